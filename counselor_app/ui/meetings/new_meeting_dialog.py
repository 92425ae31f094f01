"""新建研判会: prepare a grade's review meeting of a month.

The dialog loads the grades (or departments) and the staff still at the school; the user chooses the grade, the
month (the day is kept inside it), whether it is the month's regular meeting or an extra one with a name
(临时研判会), the day, the times, the place, the chair and the minute-taker. The save runs
services.meetings.create_meeting on the worker, which builds the agenda from the watch list and invites the usual
people; then the meeting window opens. A second regular meeting of a grade in a month, a day outside the month or a
time written wrongly come back as the service's message in the form's error line.
"""
from __future__ import annotations

from datetime import date

from counselor_app.domain import meeting as rules
from counselor_app.services import meetings as meeting_service, meetings_overview, staff as staff_service
from counselor_app.ui.form_dialog import FormDialog, Invalid, choice
from counselor_app.ui.meetings import words
from counselor_app.ui.qt import QComboBox, QDate, QDateEdit, QHBoxLayout, QLabel, QLineEdit, QWidget

MONTHS_BACK, MONTHS_AHEAD = 6, 6   # the months offered around today's


def load_choices(session) -> tuple[list, list, set]:
    """(grades, staff, held): [(id, name)] of the grades or departments, [(staff id, name, no.)] of the staff, and
    {(grade id, month)} of the regular meetings not abandoned (a grade that has one is offered an extra one)."""
    _classes, grades = staff_service.leadable(session)
    held = {(m.grade_id, m.month) for m in meetings_overview.list_meetings(session)
            if m.kind == rules.Kind.REGULAR and m.state != rules.MeetingState.ABANDONED}
    return [(g.id, g.label) for g in grades], staff_service.staff_choices(session), held


def months_around(today: date, back: int = MONTHS_BACK, ahead: int = MONTHS_AHEAD) -> list[str]:
    base = today.year * 12 + today.month - 1
    return [f"{m // 12:04d}-{m % 12 + 1:02d}" for m in range(base - back, base + ahead + 1)]


def time_field(placeholder: str, name: str) -> QLineEdit:
    line = QLineEdit()
    line.setObjectName(name)
    line.setPlaceholderText(placeholder)
    line.setMaxLength(5)
    line.setFixedWidth(80)
    return line


class NewMeetingDialog(FormDialog):
    """``NewMeetingDialog(parent, app, grade_id=None, month=None, on_saved=None)``: the grade and month chosen
    beforehand come from the overview's cell (may be changed)."""

    def __init__(self, parent, app, grade_id: int | None = None, month: str | None = None, *,
                 today: date | None = None, on_saved=None) -> None:
        super().__init__(parent, app, self.tr("New review meeting"), 520, on_saved=on_saved)
        self.today = today or date.today()
        self.wanted_grade = grade_id
        self.grade = self.field(self.tr("Grade or department:"), QComboBox(), name="meetingGrade")
        self.month = self.field(self.tr("Month:"), QComboBox(), name="meetingMonth")
        for m in months_around(self.today):
            self.month.addItem(words.month_text(m), m)
        self.month.setCurrentIndex(max(0, self.month.findData(month or rules.month_of(self.today))))
        self.kind = self.field(self.tr("Kind:"), choice([(words.label(rules.Kind, k.value), k.value)
                                                         for k in rules.Kind]), name="meetingKind")
        self.name = self.field(self.tr("Name:"), name="meetingName")
        self.name.setText(self.tr("Extra review meeting"))
        self.name.setMaxLength(meeting_service.MAX_SHORT)
        self.day = QDateEdit()
        self.day.setObjectName("meetingDay")
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setCalendarPopup(True)
        self.field(self.tr("Day:"), self.day)
        times = QWidget()
        row = QHBoxLayout(times)
        row.setContentsMargins(0, 0, 0, 0)
        self.start = time_field("15:30", "meetingStart")
        self.end = time_field("16:30", "meetingEnd")
        row.addWidget(self.start)
        row.addWidget(QLabel("–"))
        row.addWidget(self.end)
        row.addStretch(1)
        self.field(self.tr("Time:"), times)
        self.place = self.field(self.tr("Place:"), name="meetingPlace",
                                placeholder=self.tr("e.g. the counseling office's meeting room"))
        self.place.setMaxLength(meeting_service.MAX_SHORT)
        self.chair = self.field(self.tr("Chair:"), QComboBox(), name="meetingChair")
        self.recorder = self.field(self.tr("Minute-taker:"), QComboBox(), name="meetingRecorder")
        self.intro = self.note(self.tr("The agenda is built from the watch list when the meeting is saved (due reviews, new "
                          "entries, level changes, returns from leave, open actions of the last meeting, screening "
                          "candidates), and the usual people are invited. Until the meeting starts the agenda can be "
                          "refreshed."))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.month.currentIndexChanged.connect(self._month_changed)
        self._kind_changed()
        self._month_changed()

    # -- the form ------------------------------------------------------------------------------------------
    def _kind_changed(self, *_args) -> None:
        self.name.setEnabled(self.kind.currentData() == rules.Kind.EXTRA.value)

    def _month_changed(self, *_args) -> None:
        """The day stays in the chosen month (today when it is this month, else its first day)."""
        first, last = rules.month_bounds(self.month.currentData())
        keep = self.day.date().toPython()
        self.day.setDateRange(QDate(first), QDate(last))
        if first <= self.today <= last:
            chosen = self.today
        elif first <= keep <= last:
            chosen = keep
        else:
            chosen = first
        self.day.setDate(QDate(chosen))

    def loader(self):
        return load_choices

    def loaded(self, result) -> None:
        grades, people, held = result
        for grade_id, name in grades:
            self.grade.addItem(name, grade_id)
        if self.wanted_grade is not None:
            self.grade.setCurrentIndex(max(0, self.grade.findData(self.wanted_grade)))
            if (self.wanted_grade, self.month.currentData()) in held:   # short of the policy's meetings a month:
                self.kind.setCurrentIndex(self.kind.findData(rules.Kind.EXTRA.value))   # the regular one is held
        for combo in (self.chair, self.recorder):
            combo.addItem(self.tr("(not chosen yet)"), None)
            for staff_id, name, _no in people:
                combo.addItem(name, staff_id)
        me = getattr(self.app.user, "staff_id", None)
        if me is not None:
            self.recorder.setCurrentIndex(max(0, self.recorder.findData(me)))

    def edit(self) -> meeting_service.NewMeeting:
        if self.grade.currentData() is None:
            raise Invalid(self.tr("Choose the grade or department."), self.grade)
        extra = self.kind.currentData() == rules.Kind.EXTRA.value
        name = self.name.text().strip() if extra else ""
        if extra and not name:
            raise Invalid(self.tr("An extra meeting needs a name (e.g. an urgent case review)."), self.name)
        edit = meeting_service.MeetingEdit(self.day.date().toPython(), self.start.text(), self.end.text(),
                                           self.place.text(), self.chair.currentData(), self.recorder.currentData())
        return meeting_service.NewMeeting(self.grade.currentData(), self.month.currentData(), edit, name)

    def saver(self, edit):
        return lambda s: meeting_service.create_meeting(s, edit)


class EditMeetingDialog(NewMeetingDialog):
    """修改会议信息: the day (inside the meeting's month), times, place, chair and minute-taker of a meeting not yet
    finalized (services.meetings.edit_meeting, with the revision the window showed). The grade, month and kind stay:
    a meeting of another grade or month is another meeting."""

    def __init__(self, parent, app, meeting, *, today: date | None = None) -> None:
        self.meeting = meeting
        super().__init__(parent, app, meeting.grade_id, meeting.month, today=today)
        self.setWindowTitle(self.tr("Meeting details"))
        if self.month.findData(meeting.month) < 0:   # a month outside the usual range: offered as it is
            self.month.addItem(words.month_text(meeting.month), meeting.month)
            self.month.setCurrentIndex(self.month.count() - 1)
        self.kind.setCurrentIndex(max(0, self.kind.findData(meeting.kind)))
        self.name.setText(meeting.name)
        for widget in (self.grade, self.month, self.kind, self.name):
            widget.setEnabled(False)
        self.intro.hide()   # the agenda is there already
        self.day.setDate(QDate(date.fromisoformat(meeting.held_on)))
        self.start.setText(meeting.start_time)
        self.end.setText(meeting.end_time)
        self.place.setText(meeting.place)

    def loaded(self, result) -> None:
        super().loaded(result)
        for combo, staff_id in ((self.chair, self.meeting.chair_staff_id),
                                (self.recorder, self.meeting.recorder_staff_id)):
            found = combo.findData(staff_id) if staff_id is not None else 0
            if found < 0:   # someone who has left the school since: still shown as chosen
                combo.addItem(self.meeting.chair if combo is self.chair else self.meeting.recorder, staff_id)
                found = combo.count() - 1
            combo.setCurrentIndex(found)

    def edit(self) -> meeting_service.MeetingEdit:
        return meeting_service.MeetingEdit(self.day.date().toPython(), self.start.text(), self.end.text(),
                                           self.place.text(), self.chair.currentData(), self.recorder.currentData())

    def saver(self, edit):
        meeting_id, revision = self.meeting.id, self.meeting.revision
        return lambda s: meeting_service.edit_meeting(s, meeting_id, edit, revision)
