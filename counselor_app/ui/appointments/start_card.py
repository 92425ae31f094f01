"""The start page's today card: who is coming today (a click opens the appointment), who has not been marked
although their time has come, the held sessions without a record (counselors and the head) and the urgent waiting
requests — a watch-list student at 重点关注 or 高危 is never left waiting."""
from __future__ import annotations

from counselor_app.domain import appointment as rules
from counselor_app.services import appointment_views
from counselor_app.ui.appointments import words
from counselor_app.ui.qt import QPushButton, Qt, QVBoxLayout, QWidget
from counselor_app.ui.widgets import StartCard

STYLE = """
QPushButton#todayItem { text-align: left; border: none; padding: 3px 6px; background: transparent; }
QPushButton#todayItem:hover { background: #eef3f8; }
"""


def load_today(session):
    return appointment_views.today(session)


class TodayCard(StartCard):
    """``TodayCard(app, open_appointment, open_page, open_request)``: ``open_appointment(id)``, ``open_page(tab)``,
    ``open_request(id)`` (an urgent waiting request, opened itself)."""

    def __init__(self, app, open_appointment, open_page, open_request, parent: QWidget | None = None) -> None:
        super().__init__(STYLE, parent)
        self.app, self.open_appointment, self.open_page = app, open_appointment, open_page
        self.open_request = open_request
        self.title.setText(self.tr("Appointments today"))
        layout = self.layout()
        self.items = QVBoxLayout()
        self.items.setSpacing(0)
        layout.addLayout(self.items)
        self.buttons: list[QPushButton] = []

    def show_data(self, today) -> None:
        self.clear()
        self.data = today
        shown = [a for a in today.appointments if a.state not in rules.CANCELLED]
        if not shown:
            self._item(self.tr("No appointment today."), lambda: self.open_page(0))
        for a in shown:
            late = a.id in today.unmarked
            text = self.tr("{start}–{end} {who} · {kind} · {place} · {state}").format(
                start=a.start, end=a.end, who=words.who(a), kind=words.label(rules.Kind, a.kind),
                place=words.place(a), state=words.label(rules.State, a.state))
            if late:
                text += " · " + self.tr("not marked yet")
            self._item(text, lambda i=a.id: self.open_appointment(i), bold=late)
        if today.without_record:
            self._item(self.tr("{count} held session(s) without a record…").format(count=len(today.without_record)),
                       lambda: self.open_page(2))
        for r in today.urgent_requests:
            self._item(self.tr("Urgent: {name} ({no}) is waiting for an appointment — book now…").format(
                name=r.student_name, no=r.student_no), lambda i=r.id: self.open_request(i), bold=True)
        if today.waiting or today.offers:
            self._item(self.tr("Waiting list: {waiting} waiting, {offers} slot(s) offered…").format(
                waiting=today.waiting, offers=today.offers), lambda: self.open_page(1))

    def _item(self, text: str, go, bold: bool = False) -> None:
        button = QPushButton(text)
        button.setObjectName("todayItem")
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        if bold:
            font = button.font()
            font.setBold(True)
            button.setFont(font)
        button.clicked.connect(lambda _c=False: go())
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
