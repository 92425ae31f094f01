"""One appointment: who, when, where, its state and history, and what can happen next — confirm, arrived, held,
did not come, cancelled (by the student or the counselor), moved to another time (with the same conflict checks),
and, after the session, its record. The reason and the notes show only for those who may read them."""
from __future__ import annotations

from datetime import date, datetime

from counselor_app.domain import appointment as rules, appointment_series as series_rules
from counselor_app.domain.roles import Permission
from counselor_app.services import appointment_series as series_service, appointments as service
from counselor_app.translation import translate_text
from counselor_app.ui import dialogs
from counselor_app.ui.appointments import words
from counselor_app.ui.qt import (QComboBox, QDate, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
                                 QLabel, QLineEdit, QPushButton, QTime, QTimeEdit, QVBoxLayout)
from counselor_app.ui.widgets import show_failure


class AppointmentDialog(QDialog):
    def __init__(self, parent, app, appointment_id: int) -> None:
        super().__init__(parent)
        self.app, self.appointment_id = app, appointment_id
        self.detail = None
        self.record_dialog = None
        self.setWindowTitle(self.tr("Appointment"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        self.info = QFormLayout()
        self.when = QLabel()
        self.who = QLabel()
        self.what = QLabel()
        self.state = QLabel()
        self.state.setObjectName("appointmentState")
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        for text, widget in ((self.tr("When:"), self.when), (self.tr("Students:"), self.who),
                             (self.tr("Kind and place:"), self.what), (self.tr("State:"), self.state)):
            self.info.addRow(text, widget)
        if app.may(Permission.VIEW_SESSION_NOTES):
            self.info.addRow(self.tr("Reason:"), self.reason)
        layout.addLayout(self.info)
        self.history = QLabel()
        self.history.setObjectName("hint")
        self.history.setWordWrap(True)
        layout.addWidget(self.history)
        row = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text in (("confirm", self.tr("Confirm")), ("arrive", self.tr("Arrived")),
                          ("complete", self.tr("Session held")), ("no_show", self.tr("Did not come")),
                          ("cancel_student", self.tr("Student cancels")),
                          ("cancel_counselor", self.tr("Counselor cancels"))):
            button = QPushButton(text)
            button.setObjectName(f"appointment_{key}")
            button.clicked.connect(lambda _c=False, k=key: self.act(k))
            row.addWidget(button)
            self.buttons[key] = button
        layout.addLayout(row)
        series = QHBoxLayout()
        self.scope_label = QLabel(self.tr("Part of a series; cancel or move:"))
        self.scope = QComboBox()
        self.scope.setObjectName("appointmentScope")
        for text, code in words.choices(series_rules.Scope):
            self.scope.addItem(text, code)
        series.addWidget(self.scope_label)
        series.addWidget(self.scope)
        series.addStretch(1)
        layout.addLayout(series)
        excuse = QHBoxLayout()
        self.excuse_reason = QLineEdit()
        self.excuse_reason.setObjectName("appointmentExcuseReason")
        self.excuse_reason.setPlaceholderText(self.tr("Why the miss is excused (sick leave, exam …)"))
        self.excuse_button = QPushButton(self.tr("Excuse the miss"))
        self.excuse_button.setObjectName("appointmentExcuse")
        self.excuse_button.clicked.connect(lambda _c=False: self.excuse())
        excuse.addWidget(self.excuse_reason, 1)
        excuse.addWidget(self.excuse_button)
        self.excuse_row = [self.excuse_reason, self.excuse_button]
        layout.addLayout(excuse)
        move = QHBoxLayout()
        self.move_day = QDateEdit()
        self.move_day.setObjectName("appointmentMoveDay")
        self.move_day.setCalendarPopup(True)
        self.move_day.setDisplayFormat("yyyy-MM-dd")
        self.move_start = QTimeEdit()
        self.move_start.setObjectName("appointmentMoveStart")
        self.move_start.setDisplayFormat("HH:mm")
        self.move_button = QPushButton(self.tr("Move here"))
        self.move_button.setObjectName("appointmentMove")
        self.move_button.clicked.connect(lambda _c=False: self.move())
        move.addWidget(QLabel(self.tr("Move to:")))
        move.addWidget(self.move_day)
        move.addWidget(self.move_start)
        move.addWidget(self.move_button)
        move.addStretch(1)
        layout.addLayout(move)
        self.record_button = QPushButton(self.tr("Session record…"))
        self.record_button.setObjectName("appointmentRecord")
        self.record_button.clicked.connect(lambda _c=False: self.open_record())
        self.record_button.setVisible(app.may(Permission.VIEW_SESSION_NOTES))
        layout.addWidget(self.record_button)
        printing = QHBoxLayout()
        self.slip_button = QPushButton(self.tr("Print the slip…"))
        self.slip_button.setObjectName("appointmentSlip")
        self.slip_button.setToolTip(self.tr("For the student or the head teacher: name, time and place, no reason."))
        self.slip_button.clicked.connect(lambda _c=False: self.print_slip())
        self.consent_button = QPushButton(self.tr("Consent form…"))
        self.consent_button.setObjectName("appointmentConsent")
        self.consent_button.clicked.connect(lambda _c=False: self.print_consent())
        printing.addWidget(self.slip_button)
        printing.addWidget(self.consent_button)
        printing.addStretch(1)
        layout.addLayout(printing)
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.reload()

    def reload(self) -> None:
        self.app.worker.run(lambda s: service.get_appointment(s, self.appointment_id), self.show_detail,
                            self._failed, context=self)

    def show_detail(self, detail) -> None:
        self.detail = detail
        r = detail.row
        day = date.fromisoformat(r.day)
        self.when.setText(f"{r.day} {words.weekday(day)} {r.start}–{r.end} · {r.counselor_name}")
        self.who.setText("、".join(f"{name}（{no}）" for name, no in zip(r.student_names, r.student_nos)))
        self.what.setText(f"{words.label(rules.Kind, r.kind)} · {words.place(r)}")
        extra = ""
        if r.excused:
            extra = self.tr(" (excused)")
        self.state.setText(words.label(rules.State, r.state) + extra)
        self.reason.setText(detail.reason or "—")
        self.history.setText("\n".join(self._history_line(*h) for h in detail.history))
        moves = rules.MOVES.get(r.state, frozenset())
        self.buttons["confirm"].setEnabled("confirmed" in moves)
        self.buttons["arrive"].setEnabled("arrived" in moves)
        self.buttons["complete"].setEnabled("completed" in moves)
        self.buttons["no_show"].setEnabled("no_show" in moves)
        self.buttons["cancel_student"].setEnabled("cancelled_student" in moves)
        self.buttons["cancel_counselor"].setEnabled("cancelled_counselor" in moves)
        movable = rules.may_reschedule(r.state)
        for w in (self.move_day, self.move_start, self.move_button):
            w.setEnabled(movable)
        self.move_day.setDate(QDate(day.year, day.month, day.day))
        h, m = r.start.split(":")
        self.move_start.setTime(QTime(int(h), int(m)))
        self.record_button.setEnabled(r.state == rules.State.COMPLETED.value)
        in_series = r.series_id is not None and rules.may_reschedule(r.state)
        self.scope_label.setVisible(in_series)
        self.scope.setVisible(in_series)
        excusable = self.app.may(Permission.VIEW_SESSION_NOTES) and r.state in rules.MISSED and not r.excused
        for w in self.excuse_row:
            w.setVisible(excusable)
        self.record_button.setText(self.tr("Session record…") if detail.record_id is None else
                                   self.tr("Open the session record…"))

    def _history_line(self, at: str, who: str, kind: str, old: str, new: str) -> str:
        when = datetime.fromisoformat(at).astimezone().strftime("%Y-%m-%d %H:%M")
        old, new = words.label(rules.State, old) or old, words.label(rules.State, new) or new
        change = f"{new}" if kind == "booked" else f"{old} → {new}"
        return f"{when} {who} · {self._kind(kind)} {change}"

    def _kind(self, kind: str) -> str:
        return {"booked": self.tr("booked"), "moved": self.tr("moved"), "state": self.tr("state"),
                "excused": self.tr("excused")}.get(kind, kind)

    def _failed(self, error: BaseException) -> None:
        show_failure(self.error, self, error)

    def act(self, key: str) -> None:
        scope = self.scope.currentData() if self.scope.isVisible() else series_rules.Scope.THIS.value
        if key.startswith("cancel") and scope != series_rules.Scope.THIS.value:
            by_student = key == "cancel_student"
            if not dialogs.ask_yes_no(self, self.tr("Cancel sessions of the series"), self.tr(
                    "Cancel {scope} of this series?").format(scope=self.scope.currentText())):
                return
            self.error.clear()
            self.app.worker.run(lambda s: series_service.cancel_series(s, self.appointment_id, scope, by_student),
                                lambda _r: self.reload(), self._failed, context=self)
            return
        calls = {"confirm": lambda s: service.confirm(s, self.appointment_id),
                 "arrive": lambda s: service.arrive(s, self.appointment_id),
                 "complete": lambda s: service.complete(s, self.appointment_id),
                 "no_show": lambda s: service.no_show(s, self.appointment_id, tr=translate_text),
                 "cancel_student": lambda s: service.cancel(s, self.appointment_id, True),
                 "cancel_counselor": lambda s: service.cancel(s, self.appointment_id, False)}
        if key.startswith("cancel") and not dialogs.ask_yes_no(
                self, self.tr("Cancel the appointment"), self.tr("Cancel this appointment? Its time is offered to "
                                                                 "the waiting list.")):
            return
        self.error.clear()
        self.app.worker.run(calls[key], lambda result: self._done(key, result), self._failed, context=self)

    def _done(self, key: str, result) -> None:
        if key == "no_show" and result is not None and result.back_to_waitlist:
            dialogs.show_info(self, self.tr("Back to the waiting list"),
                              self.tr("This was the student's third unexcused miss: the coming appointments with "
                                      "this counselor are cancelled and the student is back on the waiting list."))
        self.reload()

    def excuse(self) -> None:
        reason = self.excuse_reason.text()
        self.error.clear()
        self.app.worker.run(lambda s: service.excuse(s, self.appointment_id, reason), lambda _r: self.reload(),
                            self._failed, context=self)

    def move(self) -> None:
        if self.detail is None:
            return
        day, start, revision = self.move_day.date().toPython(), self.move_start.time().toString("HH:mm"), \
            self.detail.row.revision
        scope = self.scope.currentData() if self.scope.isVisible() else series_rules.Scope.THIS.value
        self.error.clear()
        if scope == series_rules.Scope.THIS.value:
            self.app.worker.run(lambda s: service.move(s, self.appointment_id, day, start, revision),
                                lambda _r: self.reload(), self._failed, context=self)
            return
        shift = (day - date.fromisoformat(self.detail.row.day)).days
        if shift > 0:
            text = self.tr("Move {scope} of this series {days} day(s) later, to {start}? Every session moves, or "
                           "none does.")
        elif shift < 0:
            text = self.tr("Move {scope} of this series {days} day(s) earlier, to {start}? Every session moves, or "
                           "none does.")
        else:
            text = self.tr("Move {scope} of this series to {start}, same day? Every session moves, or none does.")
        if not dialogs.ask_yes_no(self, self.tr("Move sessions of the series"),
                                  text.format(scope=self.scope.currentText(), start=start, days=abs(shift))):
            return
        self.app.worker.run(lambda s: series_service.move_series(s, self.appointment_id, scope, start,
                                                                  weekday_shift=shift),
                            lambda _r: self.reload(), self._failed, context=self)

    def print_slip(self) -> None:
        from counselor_app.services import documents
        from counselor_app.translation import translate_text
        from counselor_app.ui.print_preview import open_document

        if self.detail is None:
            return
        appointment_id, day = self.appointment_id, self.detail.row.day
        open_document(self.app, self, self.tr("Appointment slip"), "appointment_slip",
                      lambda s: documents.build_document(s, "appointment_slip", tr=translate_text, id=appointment_id),
                      default_name=self.tr("appointment-slip-{day}").format(day=day), target_id=appointment_id)

    def print_consent(self) -> None:
        from counselor_app.services import documents
        from counselor_app.translation import translate_text
        from counselor_app.ui.print_preview import open_document

        if self.detail is None or not self.detail.row.student_ids:
            return
        student_id = self.detail.row.student_ids[0]
        open_document(self.app, self, self.tr("Consent form"), "consent_form",
                      lambda s: documents.build_document(s, "consent_form", tr=translate_text, student_id=student_id),
                      default_name=self.tr("consent-form"), target_id=student_id)

    def open_record(self) -> None:
        from counselor_app.ui.appointments.record_dialog import RecordDialog

        if self.detail is None:
            return
        self.record_dialog = RecordDialog(self, self.app, self.detail.row, self.detail.record_id,
                                          on_saved=lambda _r: self.reload())
        self.record_dialog.open()

