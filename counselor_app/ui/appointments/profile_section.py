"""The student profile's 预约 section: the student's appointments, newest first (day, time, kind, place, counselor,
state), the sessions this semester for counselors, and 预约… to book one for the student. A double-click opens the
appointment. For those who manage appointments (the profile hides it from the others, the service refuses them).

Imported by ui/profile_sections.py (which defines SectionWidget) when that module is loaded: import that one first.
"""
from __future__ import annotations

from datetime import date

from counselor_app.domain import appointment as rules
from counselor_app.ui.appointments import words
from counselor_app.ui.models import Column, RowsModel
from counselor_app.ui.profile_sections import SectionWidget
from counselor_app.ui.qt import QHBoxLayout, QLabel, QPushButton
from counselor_app.ui.widgets import row_table, selected_row


class AppointmentsSection(SectionWidget):
    def __init__(self, profile) -> None:
        super().__init__(profile)
        self.data = None
        self.dialog = None
        self.summary = QLabel()
        self.summary.setObjectName("hint")
        self.body.addWidget(self.summary)
        self.model = RowsModel([
            Column(self.tr("Day"), lambda r: f"{r.day} {words.weekday(date.fromisoformat(r.day))}"),
            Column(self.tr("Time"), lambda r: f"{r.start}–{r.end}"),
            Column(self.tr("Kind"), lambda r: words.label(rules.Kind, r.kind)),
            Column(self.tr("Place"), words.place),
            Column(self.tr("Counselor"), lambda r: r.counselor_name),
            Column(self.tr("State"), lambda r: words.label(rules.State, r.state)),
        ], self)
        self.table = row_table(self.model, stretch=False)
        self.table.setObjectName("profileAppointments")
        self.table.doubleClicked.connect(lambda index: self.open(self.model.row_at(index)))
        self.body.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Open the appointment"))
        self.open_button.setObjectName("profileAppointmentOpen")
        self.open_button.clicked.connect(lambda _c=False: self.open(selected_row(self.table)))
        self.book_button = QPushButton(self.tr("Book…"))
        self.book_button.setObjectName("profileAppointmentBook")
        self.book_button.clicked.connect(lambda _c=False: self.book())
        row.addWidget(self.open_button)
        row.addWidget(self.book_button)
        row.addStretch(1)
        self.body.addLayout(row)

    def show_data(self, data) -> None:
        self.data = data
        self.model.set_rows(list(data.rows))
        text = self.tr("{n} appointment(s)").format(n=len(data.rows))
        if data.this_semester is not None:
            text += " · " + self.tr("{n} session(s) this semester").format(n=data.this_semester)
        self.summary.setText(text)

    def clear(self) -> None:
        self.data = None
        self.model.set_rows([])
        self.summary.clear()

    def open(self, row) -> None:
        from counselor_app.ui.appointments.appointment_dialog import AppointmentDialog

        if row is None:
            return
        self.dialog = AppointmentDialog(self, self.profile.app, row.id)
        self.dialog.open()

    def book(self) -> None:
        from counselor_app.ui.appointments.booking_dialog import BookingDialog

        student = getattr(self.profile, "student_id", None)
        self.dialog = BookingDialog(self, self.profile.app, day=date.today(), student_id=student)
        self.dialog.open()
