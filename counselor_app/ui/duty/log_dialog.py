"""值班记录: the log of one duty — arrival and leaving, the contacts (time, who, booked or walk-in, topic, handling,
minutes, crisis yes/no, reported to), the handover notes, the safety check (doors and windows, power, record cabinet)
and who the key was handed to; then the signature, after which the log is kept as it is (services/duty_log.py).

The handover notes and a contact's note are sealed clinical text: an assistant neither writes nor reads them (the
fields are not shown). Opening the log is audited by the service."""
from __future__ import annotations

from datetime import date, datetime, time
from operator import attrgetter

from counselor_app.domain import duty_log as rules
from counselor_app.domain.roles import holds_clinical_key
from counselor_app.services import duty_log, students as student_service
from counselor_app.ui.duty import words
from counselor_app.ui.duty.fields import clock, table, time_edit
from counselor_app.ui.form_dialog import FormDialog, Invalid, choice
from counselor_app.ui.models import Column
from counselor_app.ui.student_picker import StudentPicker
from counselor_app.ui.qt import (
    QCheckBox, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QTime, QWidget,
)
from counselor_app.ui.widgets import note_box

CRISIS_RED = "#b3261e"


def label(enum, code: str) -> str:
    return words.label_of(enum, code)


class LogDialog(FormDialog):
    def __init__(self, page, app, assignment_id: int) -> None:
        super().__init__(page, app, self.tr("Duty log"), width=640)
        self.assignment_id = assignment_id
        self.info = None
        self.sign_after = False
        self.contact_dialog = None
        self.clinical = app.user is not None and holds_clinical_key(app.user.role)
        self.heading = QLabel()
        self.heading.setObjectName("dutyLogHeading")
        self.heading.setWordWrap(True)
        self.form.addRow(self.heading)
        times = QWidget()
        row = QHBoxLayout(times)
        row.setContentsMargins(0, 0, 0, 0)
        self.arrived = time_edit(None, "dutyLogArrived")
        self.left = time_edit(None, "dutyLogLeft")
        row.addWidget(self.arrived)
        row.addWidget(QLabel(self.tr("Left at:")))
        row.addWidget(self.left)
        row.addStretch(1)
        self.field(self.tr("Arrived at:"), times)
        checks = QWidget()
        row = QHBoxLayout(checks)
        row.setContentsMargins(0, 0, 0, 0)
        self.doors = QCheckBox(self.tr("Doors and windows closed"))
        self.doors.setObjectName("dutyLogDoors")
        self.power = QCheckBox(self.tr("Power off"))
        self.power.setObjectName("dutyLogPower")
        self.cabinet = QCheckBox(self.tr("Record cabinet locked"))
        self.cabinet.setObjectName("dutyLogCabinet")
        for w in (self.doors, self.power, self.cabinet):
            row.addWidget(w)
        row.addStretch(1)
        self.field(self.tr("Safety check:"), checks)
        self.key_to = self.field(self.tr("Key handed to:"), QLineEdit(), name="dutyLogKey")
        self.key_to.setMaxLength(rules.MAX_SHORT)
        self.handover = note_box()
        self.handover.setObjectName("dutyLogHandover")
        self.handover.setFixedHeight(80)
        if self.clinical:
            self.field(self.tr("Handover notes:"), self.handover)
        else:
            self.note(self.tr("The handover notes are confidential: only counselors and the office head write and "
                              "read them."))
        self.contacts_model, self.contacts = table([
            Column(self.tr("Time"), attrgetter("at")),
            Column(self.tr("Who"), lambda c: label(rules.Party, c.party)),
            Column(self.tr("Booked"), lambda c: self.tr("booked") if c.booked else self.tr("walk-in")),
            Column(self.tr("Topic"), lambda c: label(rules.Topic, c.topic)),
            Column(self.tr("Handling"), lambda c: label(rules.Handling, c.handling)),
            Column(self.tr("Minutes"), attrgetter("minutes"), align_right=True),
            Column(self.tr("Crisis"), lambda c: self.tr("crisis") if c.crisis else "",
                   colour=lambda c: CRISIS_RED if c.crisis else None, bold=lambda c: c.crisis),
            Column(self.tr("Reported to"), attrgetter("reported_to")),
        ], self, "dutyLogContacts")
        self.contacts.setMinimumHeight(110)
        self.form.addRow(QLabel(self.tr("Contacts during the duty:")))
        self.form.addRow(self.contacts)
        self.add_contact = QPushButton(self.tr("Add a contact…"))
        self.add_contact.setObjectName("dutyLogAddContact")
        self.add_contact.clicked.connect(lambda _c=False: self.new_contact())
        self.sign_button = QPushButton(self.tr("Save and sign"))
        self.sign_button.setObjectName("dutyLogSign")
        self.sign_button.setToolTip(self.tr("A signed log is kept as it is: nothing can be changed afterwards."))
        self.sign_button.clicked.connect(lambda _c=False: self.sign())
        buttons = QWidget()
        row = QHBoxLayout(buttons)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.add_contact)
        row.addStretch(1)
        row.addWidget(self.sign_button)
        self.form.addRow(buttons)
        self.state = QLabel()
        self.state.setObjectName("hint")
        self.form.addRow(self.state)

    # -- load -----------------------------------------------------------------------------------------------------
    def loader(self):
        aid = self.assignment_id
        return lambda s: duty_log.get_log(s, aid)

    def loaded(self, info) -> None:
        self.info = info
        self.heading.setText(self.tr("{day} · {post} · {period} {times} · {name}").format(
            day=words.day_text(info.day), post=info.post, period=info.period, times=info.times, name=info.name))
        start, end = info.times.split("–")
        for edit, value, default in ((self.arrived, info.arrived, start), (self.left, info.left, end)):
            edit.setTime(QTime.fromString(value or default, "HH:mm"))
        self.doors.setChecked(info.doors_windows)
        self.power.setChecked(info.power_off)
        self.cabinet.setChecked(info.cabinet_locked)
        self.key_to.setText(info.key_to)
        self.handover.setPlainText(info.handover or "")
        self.contacts_model.set_rows(list(info.contacts))
        signed = bool(info.signed_at)
        if signed:
            when = datetime.fromisoformat(info.signed_at).astimezone().strftime("%Y-%m-%d %H:%M")
            self.state.setText(self.tr("Signed by {name} on {when}: the log is kept as it is.").format(
                name=info.signed_by, when=when))
        elif info.exists:
            self.state.setText(self.tr("Not signed yet."))
        else:
            self.state.setText(self.tr("No log written yet for this duty."))
        for w in (self.arrived, self.left, self.doors, self.power, self.cabinet, self.key_to, self.handover,
                  self.add_contact, self.sign_button):
            w.setEnabled(not signed)
        self.ok_button.setVisible(not signed)
        if signed:   # nothing to cancel in a log kept as it is
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))

    def reload_contacts(self) -> None:
        """After a contact was added: the contacts again, the fields as the user left them (not saved yet)."""
        aid = self.assignment_id
        self.app.worker.run(lambda s: duty_log.get_log(s, aid), self._contacts_loaded, context=self)

    def _contacts_loaded(self, info) -> None:
        self.info = info
        self.contacts_model.set_rows(list(info.contacts))
        if not info.signed_at:
            self.state.setText(self.tr("Not signed yet."))

    # -- save and sign ----------------------------------------------------------------------------------------
    def edit(self) -> duty_log.LogEdit:
        arrived, left = clock(self.arrived), clock(self.left)
        if left < arrived:
            raise Invalid(self.tr("The leaving time comes before the arrival."), self.left)
        return duty_log.LogEdit(arrived, left, self.handover.toPlainText() if self.clinical else None,
                                self.doors.isChecked(), self.power.isChecked(), self.cabinet.isChecked(),
                                self.key_to.text())

    def saver(self, edit: duty_log.LogEdit):
        aid, sign = self.assignment_id, self.sign_after
        self.sign_after = False

        def save(s):
            duty_log.save_log(s, aid, edit)
            if sign:
                duty_log.sign_log(s, aid)
            return sign
        return save

    def contact_time(self) -> time | None:
        """A new contact's time: now during a duty of today, else the duty's start (a log written afterwards)."""
        if self.info is None:
            return None
        start, end = (time.fromisoformat(t) for t in self.info.times.split("–"))
        now = datetime.now().time().replace(second=0, microsecond=0)
        return now if self.info.day == date.today() and start <= now <= end else start

    def sign(self) -> None:
        self.sign_after = True
        self.submit()
        self.sign_after = False

    def new_contact(self) -> None:
        self.contact_dialog = ContactDialog(self, self.app, self.assignment_id, self.clinical,
                                            on_saved=lambda _r: self.reload_contacts(), at=self.contact_time())
        self.contact_dialog.open()


class ContactDialog(FormDialog):
    """A visit or a call during the duty."""

    def __init__(self, parent, app, assignment_id: int, clinical: bool, on_saved=None, at: time | None = None) -> None:
        super().__init__(parent, app, self.tr("Contact during the duty"), width=460, on_saved=on_saved)
        self.assignment_id, self.clinical = assignment_id, clinical
        self.at = self.field(self.tr("Time:"), time_edit(at or datetime.now().time(), "dutyContactAt"))
        self.party = self.field(self.tr("Who came or called:"), choice(
            [(label(rules.Party, p.value), p.value) for p in rules.Party]), name="dutyContactParty")
        self.student = None                  # the register's row, when the student is named
        self.picker = StudentPicker()
        self.picker.setObjectName("dutyContactStudent")
        self.picker.set_loading(True)
        self.picker.chosen.connect(self._chosen)
        self.field(self.tr("Student (if known):"), self.picker)
        self.booked = self.field("", QCheckBox(self.tr("Booked beforehand (not a walk-in)")), name="dutyContactBooked")
        self.topic = self.field(self.tr("Topic:"), choice(
            [(label(rules.Topic, t.value), t.value) for t in rules.Topic]), name="dutyContactTopic")
        self.handling = self.field(self.tr("Handling:"), choice(
            [(label(rules.Handling, h.value), h.value) for h in rules.Handling]), name="dutyContactHandling")
        self.minutes = self.field(self.tr("Minutes:"), QSpinBox(), name="dutyContactMinutes")
        self.minutes.setRange(0, rules.MAX_MINUTES)
        self.minutes.setValue(20)
        self.crisis = self.field("", QCheckBox(self.tr("A crisis")), name="dutyContactCrisis")
        self.reported_to = self.field(self.tr("Reported to:"), QLineEdit(), name="dutyContactReported")
        self.reported_to.setMaxLength(rules.MAX_SHORT)
        self.note_text = note_box()
        self.note_text.setObjectName("dutyContactNote")
        self.note_text.setFixedHeight(70)
        if clinical:
            self.field(self.tr("Note:"), self.note_text)
        self.note(self.tr("Handled as a crisis intervention, the contact counts as a crisis."))

    def loader(self):
        return student_service.list_students

    def loaded(self, rows) -> None:
        self.picker.set_rows(rows)

    def _load_failed(self, error: BaseException) -> None:
        """Without the register the contact is recorded all the same, without a student named."""
        self.loading = False
        self.picker.setEnabled(False)
        self.picker.set_loading(False)
        self.ok_button.setEnabled(True)

    def _chosen(self, row) -> None:
        self.student = row
        if row is not None:
            self.party.setCurrentIndex(self.party.findData(rules.Party.STUDENT.value))

    def edit(self) -> duty_log.ContactEdit:
        if self.crisis.isChecked() and not self.reported_to.text().strip():
            raise Invalid(self.tr("Say who the crisis was reported to."), self.reported_to)
        note = self.note_text.toPlainText().strip() if self.clinical else None
        return duty_log.ContactEdit(clock(self.at), self.party.currentData(), self.topic.currentData(),
                                    self.handling.currentData(), self.booked.isChecked(), self.minutes.value(),
                                    self.crisis.isChecked(), self.reported_to.text(),
                                    self.student.id if self.student is not None else None, note or None)

    def saver(self, edit: duty_log.ContactEdit):
        aid = self.assignment_id
        return lambda s: duty_log.add_contact(s, aid, edit)
