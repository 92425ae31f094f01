"""预约…: book an appointment. The student is found by typing (number, name, pinyin initials); a group takes several.
As the time, counselor, room or student changes, the booking is checked on the worker and the conflicts are listed
under the form — the ones that refuse it in red, warnings (a class period, a crisis overbooking) in orange — with,
for counselors only, the student's sessions this semester against the cap. The reason is for counselors and the
head only: the assistant's form has no such field. The service checks everything again when 预约 is clicked."""
from __future__ import annotations

from datetime import date

from counselor_app.domain import appointment as rules
from counselor_app.domain.errors import UserError
from counselor_app.domain.roles import Permission
from counselor_app.domain import appointment_series as series_rules
from counselor_app.services import appointment_series as series_service, appointment_setup as setup_service
from counselor_app.services import appointments as service, students
from counselor_app.ui.appointments import words
from counselor_app.ui.form_dialog import FormDialog, Invalid, choice
from counselor_app.ui.qt import (QDate, QDateEdit, QLabel, QListWidget, QSpinBox, Qt,
                                 QTimeEdit, QTime, QTimer)
from counselor_app.ui.student_picker import StudentPicker, student_text
from counselor_app.ui.widgets import note_box


def load_choices(session):
    """The students, the counselors, the rooms and the office's rules, in one call on the worker."""
    return (students.list_students(session), setup_service.list_counselors(session),
            setup_service.list_rooms(session), setup_service.appointment_rules(session))


class BookingDialog(FormDialog):
    def __init__(self, parent, app, *, day: date, start: str = "", counselor_id: int | None = None,
                 room_id: int | None = None, student_id: int | None = None, on_saved=None, request=None) -> None:
        """``request``: a waiting-list request (store RequestRow) booked by this dialog: its student, counselor,
        kind and way of coming are preset, one appointment (no series), saved through the waiting list so the
        request is marked booked."""
        super().__init__(parent, app, self.tr("Book for the waiting request") if request is not None
                         else self.tr("Book an appointment"), width=560, on_saved=on_saved)
        self.clinical = app.may(Permission.VIEW_SESSION_NOTES)
        self.request = request
        if request is not None:
            counselor_id, student_id = request.counselor_id or counselor_id, request.student_id
        self.wanted = (counselor_id, room_id)
        self.wanted_student = student_id
        self.chosen: list = []               # the chosen students' rows
        self.check = None                    # the last check's result
        self.booked = None                   # services.appointments.Booked after the save
        self.picker = self.field(self.tr("Student:"), StudentPicker())
        self.picker.chosen.connect(self._student_chosen)
        self.group = QListWidget()
        self.group.setObjectName("bookingGroup")
        self.group.setFixedHeight(64)
        self.group.hide()
        self.form.addRow("", self.group)
        self.kind = self.field(self.tr("Kind:"), choice(words.choices(rules.Kind)), name="bookingKind")
        self.counselor = self.field(self.tr("Counselor:"), choice([]), name="bookingCounselor")
        self.day = self.field(self.tr("Date:"), QDateEdit(QDate(day.year, day.month, day.day)), name="bookingDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        h, m = (start or "08:00").split(":")
        self.start = self.field(self.tr("Start:"), QTimeEdit(QTime(int(h), int(m))), name="bookingStart")
        self.start.setDisplayFormat("HH:mm")
        self.minutes = self.field(self.tr("Minutes:"), QSpinBox(), name="bookingMinutes")
        self.minutes.setRange(10, 240)
        self.minutes.setSingleStep(5)
        self.mode = self.field(self.tr("Where:"), choice(words.choices(rules.Mode)), name="bookingMode")
        self.room = self.field(self.tr("Room:"), choice([]), name="bookingRoom")
        self.repeat = self.field(self.tr("Repeat:"), choice([(self.tr("once"), "")] +
                                                            words.choices(series_rules.Interval)), name="bookingRepeat")
        self.sessions = self.field(self.tr("Sessions:"), QSpinBox(), name="bookingSessions")
        self.sessions.setRange(2, series_rules.MAX_SESSIONS)
        self.sessions.setValue(8)
        self.sessions.setEnabled(False)
        self.referral = self.field(self.tr("How the student came:"),
                                   choice([(self.tr("(not stated)"), "")] + words.choices(rules.Referral)),
                                   name="bookingReferral")
        self.reason = None
        self.cap_reason = None
        if self.clinical:
            self.reason = self.field(self.tr("Reason (confidential):"), note_box(), name="bookingReason")
            self.reason.setFixedHeight(52)
        self.conflicts = QLabel()
        self.conflicts.setObjectName("bookingConflicts")
        self.conflicts.setWordWrap(True)
        self.conflicts.setTextFormat(Qt.TextFormat.RichText)
        self.body.addWidget(self.conflicts)
        if self.clinical:
            self.cap_reason = note_box()
            self.cap_reason.setObjectName("bookingCapReason")
            self.cap_reason.setPlaceholderText(self.tr("Why more sessions than the semester's limit (only when the "
                                                       "limit is reached)"))
            self.cap_reason.setFixedHeight(44)
            self.cap_reason.hide()
            self.body.addWidget(self.cap_reason)
        self.ok_button.setText(self.tr("Book"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.recheck)
        for signal in (self.kind.currentIndexChanged, self.counselor.currentIndexChanged, self.day.dateChanged,
                       self.start.timeChanged, self.minutes.valueChanged, self.mode.currentIndexChanged,
                       self.room.currentIndexChanged, self.repeat.currentIndexChanged, self.sessions.valueChanged):
            signal.connect(lambda *_a: self._changed())

    # -- loading ---------------------------------------------------------------------------------------------------
    def loader(self):
        return load_choices

    def loaded(self, result) -> None:
        rows, counselors, rooms, rules_ = result
        self.picker.set_rows(rows)
        for c in counselors:
            self.counselor.addItem(c.name, c.id)
        for r in rooms:
            self.room.addItem(r.name, r.id)
        counselor_id, room_id = self.wanted
        if counselor_id is not None:
            self.counselor.setCurrentIndex(max(0, self.counselor.findData(counselor_id)))
        elif self.app.user is not None and self.counselor.findData(self.app.user.id) >= 0:
            self.counselor.setCurrentIndex(self.counselor.findData(self.app.user.id))
        if room_id is not None:
            self.room.setCurrentIndex(max(0, self.room.findData(room_id)))
        self.minutes.setValue(rules_.minutes)
        self.picker.line.setFocus()
        student = next((r for r in self.picker.rows if r.id == self.wanted_student), None)
        if student is not None:
            self.picker.choose(student)
        if self.request is not None:   # the request's student, kind and way of coming; one appointment
            for combo, value in ((self.kind, self.request.kind), (self.referral, self.request.referral)):
                if combo.findData(value) >= 0:
                    combo.setCurrentIndex(combo.findData(value))
            self.picker.setEnabled(False)
            self.kind.setEnabled(False)
            self.repeat.setEnabled(False)
            self.sessions.setEnabled(False)
            self.day.setFocus()

    # -- the students --------------------------------------------------------------------------------------------
    def _group(self) -> bool:
        return self.kind.currentData() == rules.Kind.GROUP.value

    def _student_chosen(self, row) -> None:
        if row is None:
            return
        if self._group():
            if all(r.id != row.id for r in self.chosen):
                self.chosen.append(row)
            self.group.clear()
            self.group.addItems([student_text(r) for r in self.chosen])
            self.group.show()
            self.picker.line.clear()
            self.picker.current = None
        else:
            self.chosen = [row]
        self._changed()

    def student_ids(self) -> tuple[int, ...]:
        if self._group():
            return tuple(r.id for r in self.chosen)
        return (self.picker.current.id,) if self.picker.current is not None else ()

    # -- checking as the user types -------------------------------------------------------------------------------
    def _changed(self) -> None:
        self.room.setEnabled(self.mode.currentData() == rules.Mode.ROOM.value)
        self.sessions.setEnabled(bool(self.repeat.currentData()))
        if not self._group():
            self.group.hide()
        self._timer.start()

    def _edit(self, strict: bool) -> service.BookingEdit | None:
        ids = self.student_ids()
        if not ids:
            if strict:
                raise Invalid(self.tr("Choose the student first: type a number, a name or pinyin initials."),
                              self.picker.line)
            return None
        if self.counselor.currentData() is None:
            if strict:
                raise Invalid(self.tr("Choose the counselor."), self.counselor)
            return None
        room = self.room.currentData() if self.mode.currentData() == rules.Mode.ROOM.value else None
        text = (lambda w: w.toPlainText().strip() if w is not None else "")
        return service.BookingEdit(
            self.counselor.currentData(), self.day.date().toPython(), self.start.time().toString("HH:mm"), ids,
            self.kind.currentData(), self.mode.currentData(), room, self.minutes.value(),
            self.referral.currentData() or "", text(self.reason),
            cap_reason=text(self.cap_reason) if self.cap_reason is not None and self.cap_reason.isVisible() else "")

    def recheck(self) -> None:
        edit = self._edit(strict=False)
        if edit is None or self.loading:
            self.conflicts.clear()
            return
        series = self._series(edit)
        if series is not None:
            self.app.worker.run(lambda s: series_service.preview_series(s, series), self.show_series,
                                self._check_failed, context=self)
            return
        self.app.worker.run(lambda s: service.check_booking(s, edit), self.show_check, self._check_failed,
                            context=self)

    def _series(self, edit):
        if not self.repeat.currentData() or edit is None:
            return None
        return series_service.SeriesEdit(edit, self.repeat.currentData(), self.sessions.value())

    def show_series(self, preview) -> None:
        """The series' dates, the skipped and moved ones, and the dates with conflicts."""
        self.check = preview
        lines = [_html(self.tr("{n} sessions: {days}").format(
            n=len(preview.days), days=self.tr(", ").join(d.strftime("%m-%d") for d in preview.days)))]
        if preview.skipped:
            text = self.tr("Skipped (not a school day): {days}").format(
                days=self.tr(", ").join(d.isoformat() for d in preview.skipped))
            lines.append(f"<span style='color:#555'>{_html(text)}</span>")
        for planned, held in preview.moved:
            text = self.tr("{planned} is a day off: held on the make-up workday {held}").format(
                planned=planned.isoformat(), held=held.isoformat())
            lines.append(f"<span style='color:#555'>{_html(text)}</span>")
        for day, conflicts in preview.conflicts:
            for c in conflicts:
                colour = "#b00020" if c.blocking else "#b06000"
                lines.append(f"<span style='color:{colour}'>{'✖' if c.blocking else '⚠'} "
                             f"{_html(words.conflict_text(c))}</span>")
        self.conflicts.setText("<br>".join(lines))

    def _check_failed(self, error: BaseException) -> None:
        if isinstance(error, UserError):
            from counselor_app.translation import error_text

            self.conflicts.setText(f"<span style='color:#b00020'>{_html(error_text(error))}</span>")
        else:
            raise error

    def show_check(self, check) -> None:
        self.check = check
        lines = []
        crisis = self.kind.currentData() == rules.Kind.CRISIS.value
        for c in check.conflicts:
            colour = "#b00020" if c.blocking else "#b06000"
            lines.append(f"<span style='color:{colour}'>{'✖' if c.blocking else '⚠'} "
                         f"{_html(words.conflict_text(c))}</span>")
        if crisis and check.conflicts:
            text = self.tr("A crisis never waits: it is booked over these conflicts.")
            lines.append(f"<span style='color:#b06000'>{_html(text)}</span>")
        if not check.conflicts:
            text = self.tr("No conflict: {start}–{end} is free.").format(start=check.start, end=check.end)
            lines.append(f"<span style='color:#2e7d32'>✔ {_html(text)}</span>")
        if check.sessions_this_semester is not None:
            lines.append(_html(self.tr("This semester: {n} of {cap} sessions.").format(
                n=check.sessions_this_semester, cap=check.cap or "∞")))
        if self.cap_reason is not None:
            self.cap_reason.setVisible(check.over_cap)
        self.conflicts.setText("<br>".join(lines))

    # -- saving ----------------------------------------------------------------------------------------------------
    def edit(self) -> service.BookingEdit:
        return self._edit(strict=True)

    def saver(self, edit):
        if self.request is not None:
            from counselor_app.services import appointment_waitlist

            request_id = self.request.id
            return lambda s: appointment_waitlist.book_request(s, request_id, edit)
        series = self._series(edit)
        if series is not None:
            return lambda s: series_service.book_series(s, series)
        return lambda s: service.book(s, edit)

    def saved(self, result) -> None:
        self.booked = result
        super().saved(result)

    def _failed(self, error: BaseException) -> None:
        super()._failed(error)
        self.recheck()


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

