"""The start page's duty card: the user's duties today and in the next six days (not
"this week": on a Sunday they are next week's), the swaps waiting for the user's answer (for
the office head also the requests waiting for approval), and the logs of past duties not written or signed yet
(the user's own; the head: everyone's). A click goes to the duty page's tab."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from counselor_app.domain.errors import UserError
from counselor_app.domain.roles import Permission
from counselor_app.services import duty_changes, duty_log, duty_roster
from counselor_app.ui.duty import words
from counselor_app.ui.duty.changes_tab import HEAD, MINE, waiting_for, waiting_for_head
from counselor_app.ui.qt import QFrame, QHBoxLayout, QLabel, QPushButton, Qt, QVBoxLayout, QWidget

STYLE = """
QPushButton#dutyItem { text-align: left; border: none; padding: 3px 6px; background: transparent; }
QPushButton#dutyItem:hover { background: #eef3f8; }
"""


@dataclass(frozen=True)
class DutyDesk:
    linked: bool                    # the user's account is linked to a staff member
    today: list                     # ShiftRow of today
    week: list                      # ShiftRow of the next six days (not of the calendar week)
    waiting_mine: int               # swaps waiting for the user's answer
    waiting_head: int               # requests waiting for the head's approval (0 for others)
    missing: int                    # past duties without a signed log (the user's; the head: all)
    everyone: bool


def load_desk(session) -> DutyDesk:
    """What the card shows, in one call on the worker."""
    own = session.user.staff_id
    today = date.today()
    shifts = duty_roster.my_duties(session, today, today + timedelta(days=6)) if own is not None else []
    head = session.can(Permission.APPROVE_DUTY_CHANGES)
    changes = duty_changes.list_changes(session, open_only=True)
    try:
        missing = duty_log.missing_logs(session)
    except UserError:
        missing = []
    if not head:
        missing = [m for m in missing if m.staff_id == own]
    return DutyDesk(own is not None, [s for s in shifts if s.day == today.isoformat()],
                    [s for s in shifts if s.day != today.isoformat()],
                    sum(1 for c in changes if waiting_for(c, own)),
                    sum(1 for c in changes if waiting_for_head(c)) if head else 0, len(missing), head)


class DutyCard(QFrame):
    """``DutyCard(app, go)``: ``go(tab, which)`` opens the duty page at a tab ('mine', 'changes', 'logs')."""

    def __init__(self, app, go, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app, self.go = app, go
        self.data: DutyDesk | None = None
        self.setObjectName("card")
        self.setStyleSheet(STYLE)
        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        title = QLabel(self.tr("Duty"))
        title.setObjectName("cardTitle")
        head.addWidget(title)
        head.addStretch(1)
        layout.addLayout(head)
        self.items = QVBoxLayout()
        self.items.setSpacing(0)
        layout.addLayout(self.items)
        self.buttons: list[QPushButton] = []

    def show_data(self, desk: DutyDesk) -> None:
        self.data = desk
        self.clear()
        self.data = desk
        if desk.linked:
            if desk.today:
                for s in desk.today:
                    self._item(self.tr("Today {times}: {post}, {period}").format(
                        times=f"{s.start_time}–{s.end_time}", post=s.post, period=s.period), "mine")
            else:
                self._item(self.tr("No duty today."), "mine")
            if desk.week:
                days = words.list_text(dict.fromkeys(words.weekday_of(date.fromisoformat(s.day)) for s in desk.week))
                self._item(self.tr("{count} more duty(ies) in the next six days: {days}").format(
                    count=len(desk.week), days=days), "mine")
        if desk.waiting_mine:
            self._item(self.tr("{count} swap request(s) waiting for your answer…").format(count=desk.waiting_mine),
                       "changes", MINE, bold=True)
        if desk.waiting_head:
            self._item(self.tr("{count} swap or cover request(s) waiting for your approval…").format(
                count=desk.waiting_head), "changes", HEAD, bold=True)
        if desk.missing:
            text = (self.tr("{count} duty log(s) of the office not written or signed…") if desk.everyone
                    else self.tr("{count} of your duty logs not written or signed…"))
            self._item(text.format(count=desk.missing), "logs")
        if not self.buttons:   # an account without a staff member, nothing waiting: say so, and lead to the page
            self._item(self.tr("Nothing about duty waits for you. Open the duty roster…"), "month")

    def _item(self, text: str, tab: str, which: str = "", bold: bool = False) -> None:
        button = QPushButton(text)
        button.setObjectName("dutyItem")
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        if bold:
            font = button.font()
            font.setBold(True)
            button.setFont(font)
        button.clicked.connect(lambda _c=False: self.go(tab, which))
        self.items.addWidget(button)
        if self.isVisible():
            button.show()
        self.buttons.append(button)

    def clear(self) -> None:
        self.data = None
        for b in self.buttons:
            b.hide()
            b.deleteLater()
        self.buttons = []
