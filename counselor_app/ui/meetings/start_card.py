"""The start page's review-meeting card (研判会): the grades without a meeting this month (when the policy asks for
more than one a month — 设置 → 政策指标 — the grades short of them, each with "held/required"), and the user's overdue
meeting actions (measures a finalized meeting gave them, past their due date and not done).

services.meetings_overview.grades_short and overdue_actions (the user's own staff member) feed it, in one
call on the worker. A grade's link opens the 研判会 page with the new-meeting dialog for that grade and month; an
action's link opens the meeting that decided it. Nothing of it is built for a role that does not manage meetings.
"""
from __future__ import annotations

from datetime import date

from counselor_app.domain import meeting as rules, watch as watch_rules
from counselor_app.services import meetings_overview
from counselor_app.ui.meetings import words
from counselor_app.ui.qt import QHBoxLayout, QLabel, QPushButton, Qt, QVBoxLayout, QWidget
from counselor_app.ui.watch.entry_words import label as watch_label
from counselor_app.ui.widgets import StartCard

SHOWN = 8

STYLE = """
QPushButton#meetingGradeLink, QPushButton#meetingActionLink { text-align: left; border: none; padding: 3px 6px;
                                                              background: transparent; }
QPushButton#meetingGradeLink { color: #b3261e; }
QPushButton#meetingGradeLink:hover, QPushButton#meetingActionLink:hover { background: #eef3f8; }
QLabel#meetingSubTitle { font-weight: 600; color: #1f2d3d; padding-top: 6px; }
"""


def load_card(session, today: date | None = None):
    """(this month, the grades short of its meetings, the user's overdue meeting actions, meetings due a month)."""
    day = today or date.today()
    return (rules.month_of(day), meetings_overview.grades_short(session, today=day),
            meetings_overview.overdue_actions(session, today=day), meetings_overview.required_per_month(session))


class MeetingCard(StartCard):
    """``MeetingCard(app, new_meeting, open_meeting)``: ``new_meeting(grade_id, month)`` prepares a grade's meeting,
    ``open_meeting(meeting_id)`` opens one."""

    def __init__(self, app, new_meeting, open_meeting, parent: QWidget | None = None) -> None:
        super().__init__(STYLE, parent)
        self.app, self.new_meeting, self.open_meeting = app, new_meeting, open_meeting
        self.title.setText(self.tr("Review meetings"))
        layout = self.layout()
        self.grades_title = QLabel(self.tr("Grades without a meeting this month"))
        self.grades_title.setObjectName("meetingSubTitle")
        layout.addWidget(self.grades_title)
        self.grades = QHBoxLayout()
        self.grades.setSpacing(4)
        layout.addLayout(self.grades)
        self.actions_title = QLabel(self.tr("Your overdue meeting actions"))
        self.actions_title.setObjectName("meetingSubTitle")
        layout.addWidget(self.actions_title)
        self.actions = QVBoxLayout()
        self.actions.setSpacing(0)
        layout.addLayout(self.actions)
        self.buttons: list[QPushButton] = []
        self.clear()

    def show_data(self, result) -> None:
        month, grades, actions, required = result
        self.data = result
        self._clear_items()
        self.summary.setText(self._summary(month, len(grades), len(actions), required))
        if required == 1:
            self.grades_title.setText(self.tr("Grades without a meeting this month") if grades else
                                      self.tr("Every grade has its meeting this month."))
        else:
            self.grades_title.setText(
                self.tr("Grades with fewer than {count} meetings this month (held/required)").format(count=required)
                if grades else self.tr("Every grade has its {count} meetings this month.").format(count=required))
        self.grades_title.show()
        for g in grades:
            text = g.grade if required == 1 else f"{g.grade} {g.held}/{g.required}"
            button = self._button("meetingGradeLink", text, self.tr("Prepare this grade's meeting of {month}").format(
                month=words.month_text(month)))
            button.clicked.connect(lambda _c=False, g=g.grade_id: self.new_meeting(g, month))
            self.grades.addWidget(button)
        self.grades.addStretch(1)
        self.actions_title.setVisible(bool(actions))
        for a in actions[:SHOWN]:
            text = self.tr("{student} · {klass} — {measure}, due {day} (meeting of {held})").format(
                student=a.student, klass=a.klass or words.DASH, measure=watch_label(watch_rules.MeasureType, a.type),
                day=a.due_on or words.DASH, held=a.held_on)
            button = self._button("meetingActionLink", text, self.tr("Open the meeting that decided it"))
            button.clicked.connect(lambda _c=False, m=a.meeting_id: self.open_meeting(m))
            self.actions.addWidget(button)
        if len(actions) > SHOWN:
            more = QLabel(self.tr("… and {count} more").format(count=len(actions) - SHOWN))
            more.setObjectName("hint")
            self.actions.addWidget(more)
            self.buttons.append(more)
        if self.isVisible():   # shown now, in the card (a hidden card shows them with itself)
            for widget in self.buttons:
                widget.show()

    def _summary(self, month: str, missing: int, overdue: int, required: int) -> str:
        if required == 1:
            text = self.tr("{month}: {missing} without a meeting · {overdue} overdue actions of yours")
        else:
            text = self.tr("{month}: {missing} grades short of {required} meetings · {overdue} overdue actions of yours")
        return text.format(month=words.month_text(month), missing=missing, overdue=overdue, required=required)

    def _button(self, name: str, text: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.buttons.append(button)
        return button

    def _clear_items(self) -> None:
        for widget in self.buttons:
            widget.hide()
            widget.deleteLater()
        self.buttons = []
        while self.grades.count():   # the stretch
            self.grades.takeAt(0)

    def clear(self) -> None:
        """The office is being locked: no name stays on screen."""
        self.data = None
        self._clear_items()
        self.summary.clear()
        self.grades_title.hide()
        self.actions_title.hide()
