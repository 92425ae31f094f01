"""The start page's card of the referral, return and crisis loops: open crisis incidents first, in red (counselors
and the head), then the referrals whose receipt is overdue and the leaves past their end without a finished return
(one's own; the head's: all). services.referral_loops.my_loops gives them; the card is hidden when there is nothing
to do. 查看转介 opens the referrals page filtered to the overdue receipts."""
from __future__ import annotations

from counselor_app.domain import crisis as crisis_rules, leave as leave_rules
from counselor_app.services import referral_loops
from counselor_app.translation import translate_text
from counselor_app.ui.qt import QLabel, QPushButton, Qt, QVBoxLayout, QWidget
from counselor_app.ui.widgets import StartCard

SHOWN = 8
RED = "#b3261e"
STYLE = """
QLabel#loopIncident { color: #b3261e; font-weight: 600; padding: 2px 6px; }
QLabel#loopItem { padding: 2px 6px; }
QLabel#loopSubTitle { font-weight: 600; color: #1f2d3d; padding-top: 6px; }
QPushButton#loopShowReferrals { border: none; color: #2f6fae; padding: 2px 4px; background: transparent; }
QPushButton#loopShowReferrals:hover { text-decoration: underline; }
"""


def load_loops(session):
    return referral_loops.my_loops(session)


class LoopsCard(StartCard):
    def __init__(self, app, show_referrals, parent: QWidget | None = None) -> None:
        super().__init__(STYLE, parent)
        self.app = app
        self.show_referrals = show_referrals
        self.title.setText(self.tr("Crisis incidents, referrals and returns"))
        layout = self.layout()
        self.items = QVBoxLayout()
        self.items.setSpacing(0)
        layout.addLayout(self.items)
        self.referrals_button = QPushButton(self.tr("Show the referrals"))
        self.referrals_button.setObjectName("loopShowReferrals")
        self.referrals_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.referrals_button.clicked.connect(lambda _c=False: self.show_referrals())
        self.referrals_button.hide()
        layout.addWidget(self.referrals_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.labels: list[QLabel] = []
        self.hide()

    def _add(self, text: str, name: str) -> None:
        label = QLabel(text)
        label.setObjectName(name)
        label.setWordWrap(True)
        self.items.addWidget(label)
        self.labels.append(label)

    def clear(self) -> None:
        self.data = None
        for label in self.labels:
            self.items.removeWidget(label)
            label.deleteLater()
        self.labels = []
        self.referrals_button.hide()
        self.hide()

    def show_data(self, loops) -> None:
        self.clear()
        self.data = loops
        if loops.empty:
            return
        if loops.incidents:
            self._add(self.tr("Open crisis incidents ({count})").format(count=len(loops.incidents)), "loopSubTitle")
        for i in loops.incidents[:SHOWN]:
            missing = []
            if not i.parents_reached:
                missing.append(self.tr("parents not all reached"))
            if i.review_overdue:
                missing.append(self.tr("review meeting overdue"))
            elif not i.review_done:
                missing.append(self.tr("no review meeting yet"))
            self._add(self.tr("C {number} · {type} · {gravity} · {time}{missing}").format(
                number=i.number, type=translate_text(crisis_rules.Type(i.type).label),
                gravity=translate_text(crisis_rules.Gravity(i.gravity).label), time=i.occurred_at.replace("T", " "),
                missing=(" · " + "、".join(missing)) if missing else ""), "loopIncident")
        if loops.receipts:
            self._add(self.tr("Referral receipts overdue ({count})").format(count=len(loops.receipts)),
                      "loopSubTitle")
        for r in loops.receipts[:SHOWN]:
            self._add(self.tr("R {number} · {name} · {klass} · receipt due {due}").format(
                number=r.number, name=r.name, klass=r.klass, due=r.receipt_due), "loopItem")
        if loops.returns:
            self._add(self.tr("Leaves past their end without a return ({count})").format(count=len(loops.returns)),
                      "loopSubTitle")
        for x in loops.returns[:SHOWN]:
            self._add(self.tr("L {number} · {name} · {klass} · {kind} until {end} · {state}").format(
                number=x.number, name=x.name, klass=x.klass, kind=translate_text(leave_rules.Kind(x.kind).label),
                end=x.expected_end, state=translate_text(leave_rules.State(x.state).label)), "loopItem")
        self.referrals_button.setVisible(bool(loops.receipts) and self.app.main_window is not None)
        self.show()
