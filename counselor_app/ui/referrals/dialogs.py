"""The referral's dialogs on the referrals page: 新建转介 (the student, urgency, hospital, reason …; a student not on
the watch list: the dialog asks before the service opens an entry), 家校会商 (the meeting with the parents and
their decision), 登记回执 (the receipt: visit, advice as one choice, next visit, advice to the school, a diagnosis
only if the family gave one), 医院名录 (a hospital added, or one of the directory changed or set aside). Each
saves through its service on the worker; a refusal shows in the form."""
from __future__ import annotations

from datetime import date

from counselor_app.domain import referral as rules
from counselor_app.services import hospitals, referral_views, referrals, students as student_service
from counselor_app.services.referrals import MeetingEdit, NotOnWatchList, ReceiptEdit, ReferralEdit
from counselor_app.translation import translate_text
from counselor_app.ui import dialogs
from counselor_app.ui.form_dialog import FormDialog, Invalid, choice
from counselor_app.ui.qt import QCheckBox, QDate, QDateEdit, QLabel, QPlainTextEdit
from counselor_app.ui.student_picker import StudentPicker, student_text
from counselor_app.ui.widgets import note_box


def _labels(enum) -> list[tuple[str, str]]:
    return [(translate_text(m.label), m.value) for m in enum]


def _day(widget: QDateEdit) -> date:
    return widget.date().toPython()


def _date_edit(day: date | None = None, name: str = "") -> QDateEdit:
    edit = QDateEdit(QDate(day or date.today()))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setObjectName(name)
    return edit


def _text_box(name: str, lines: int = 3) -> QPlainTextEdit:
    return note_box(name, 22 * lines + 12)


def load_new(session):
    return student_service.list_students(session), hospitals.list_hospitals(session, active_only=True)


class NewReferralDialog(FormDialog):
    def __init__(self, page) -> None:
        super().__init__(page, page.app, self.tr("New referral"), 620)
        self.page = page
        self.open_entry = False
        self.student = None
        self.picker = StudentPicker()
        self.picker.setObjectName("referralStudent")
        self.picker.chosen.connect(self._chosen)
        self.field(self.tr("Student:"), self.picker)
        self.urgency = self.field(self.tr("Urgency:"), choice(_labels(rules.Urgency), rules.Urgency.ROUTINE.value),
                                  name="referralUrgency")
        self.hospital = self.field(self.tr("Hospital:"), choice([]), name="referralHospital")
        self.department = self.field(self.tr("Department:"), name="referralDepartment")
        self.accompany = self.field(self.tr("Accompanied by:"), choice([(self.tr("not decided yet"), "")]
                                                                      + _labels(rules.Accompany)),
                                    name="referralAccompany")
        self.reason = self.field(self.tr("Reason and what was observed:"), _text_box("referralReason", 4))
        self.actions = self.field(self.tr("What the school has done:"), _text_box("referralActions"))
        self.screening = self.field(self.tr("Screening summary:"), _text_box("referralScreening", 2))
        self.note(self.tr("The screening summary names the scale, the date, the total and the level: never the "
                          "answers to single items. The guardian comes from the register."))

    def loader(self):
        return load_new

    def loaded(self, result) -> None:
        rows, found = result
        self.picker.set_rows(rows)
        self.hospital.clear()
        self.hospital.addItem(self.tr("not chosen yet"), None)
        for h in found:
            self.hospital.addItem(h.name, h.id)

    def _chosen(self, row) -> None:
        self.student = row
        self.open_entry = False

    def edit(self):
        if self.student is None:
            raise Invalid(self.tr("Choose the student."), self.picker)
        if not self.reason.toPlainText().strip():
            raise Invalid(self.tr("Write the reason of the referral and what was observed."), self.reason)
        return self.student.id, ReferralEdit(self.reason.toPlainText(), self.urgency.currentData(),
                                             self.hospital.currentData(), self.department.text(),
                                             accompany=self.accompany.currentData(),
                                             school_actions=self.actions.toPlainText(),
                                             screening_summary=self.screening.toPlainText())

    def saver(self, edit):
        student_id, referral = edit
        flag = self.open_entry
        return lambda s: referrals.create_referral(s, student_id, referral, open_watch_entry=flag)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, NotOnWatchList) and not self.open_entry:
            self._set_busy(False)
            if dialogs.ask_yes_no(self, self.tr("Not on the watch list"), self.tr(
                    "{student} is not on the watch list. Writing the referral puts the student on it (source: "
                    "medical-school liaison, followed up as a severe case). Go on?").format(
                    student=student_text(self.student)), yes_text=self.tr("Put on the list and write"),
                    no_text=self.tr("Cancel")):
                self.open_entry = True
                self.submit()
            return
        super()._failed(error)


class ReferralMeetingDialog(FormDialog):
    """The multi-party meeting with the parents (on a draft)."""

    def __init__(self, page, row) -> None:
        super().__init__(page, page.app, self.tr("Meeting with the parents about R {number}").format(
            number=row.number), 560)
        self.row = row
        self.field(self.tr("Student:"), QLabel(f"{row.student_no} {row.name} · {row.klass}"))
        self.day = self.field(self.tr("Date:"), _date_edit(name="meetingDate"))
        self.people = self.field(self.tr("Participants:"), name="meetingPeople",
                                 placeholder=self.tr("parents, counselor, head teacher, school leader"))
        self.outcome = self.field(self.tr("Outcome:"), choice(_labels(rules.Outcome), rules.Outcome.REFER.value),
                                  name="meetingOutcome")
        self.parents = self.field(self.tr("The parents:"), choice(_labels(rules.Parents),
                                                                  rules.Parents.CONSENTED.value),
                                  name="meetingParents")
        self.refusal = self.field(self.tr("Reason of a refusal:"), _text_box("meetingRefusal", 2))
        self.notes = self.field(self.tr("Notes:"), _text_box("meetingNotes"))
        self.note(self.tr("Following up at school, or the parents' signed refusal, closes the referral."))

    def loader(self):
        referral_id = self.row.id
        return lambda s: referral_views.get_referral(s, referral_id).row.revision

    def loaded(self, revision) -> None:
        self.revision = revision

    def edit(self):
        return MeetingEdit(_day(self.day), self.people.text(), self.outcome.currentData(), self.parents.currentData(),
                           self.refusal.toPlainText(), self.notes.toPlainText())

    def saver(self, edit):
        referral_id, revision = self.row.id, self.revision
        return lambda s: referrals.record_meeting(s, referral_id, edit, revision)


class ReferralReceiptDialog(FormDialog):
    """The receipt of an issued referral."""

    def __init__(self, page, row) -> None:
        super().__init__(page, page.app, self.tr("Receipt of R {number}").format(number=row.number), 560)
        self.row = row
        self.field(self.tr("Student:"), QLabel(f"{row.student_no} {row.name} · {row.klass}"))
        self.visited = self.field(self.tr("Date of the visit:"), _date_edit(name="receiptVisited"))
        self.returned = self.field(self.tr("Handed back on:"), _date_edit(name="receiptReturned"))
        self.hospital = self.field(self.tr("Hospital:"), name="receiptHospital", placeholder=row.hospital)
        self.department = self.field(self.tr("Department:"), name="receiptDepartment")
        self.doctor = self.field(self.tr("Doctor (optional):"), name="receiptDoctor")
        self.advice = self.field(self.tr("The doctor's advice:"), choice([(self.tr("choose…"), "")]
                                                                         + _labels(rules.Advice)),
                                 name="receiptAdvice")
        self.has_next = QCheckBox(self.tr("a next visit is planned"))
        self.has_next.setObjectName("receiptHasNext")
        self.field("", self.has_next)
        self.next_visit = self.field(self.tr("Next visit:"), _date_edit(name="receiptNext"))
        self.next_visit.setEnabled(False)
        self.has_next.toggled.connect(self.next_visit.setEnabled)
        self.school_advice = self.field(self.tr("Advice to the school:"), _text_box("receiptSchoolAdvice", 2))
        self.diagnosis = self.field(self.tr("Diagnosis (only if the family gives one):"),
                                    name="receiptDiagnosis")
        self.start_leave = QCheckBox(self.tr("Enter the family's application for a suspension now (three months "
                                             "from the visit; approve it on the leave page)"))
        self.start_leave.setObjectName("receiptStartLeave")
        self.start_leave.setVisible(False)
        self.field("", self.start_leave)
        self.advice.currentIndexChanged.connect(self._advice_changed)
        self.note(self.tr("The receipt writes a medical follow-up into the student's watch-list entry; the diagnosis "
                          "is kept sealed with the clinical records and never printed."))

    def loader(self):
        referral_id = self.row.id
        return lambda s: referral_views.get_referral(s, referral_id).row.revision

    def loaded(self, revision) -> None:
        self.revision = revision

    def _advice_changed(self, *_args) -> None:
        away = self.advice.currentData() in rules.AWAY_ADVICE
        self.start_leave.setVisible(away)
        if not away:
            self.start_leave.setChecked(False)

    def edit(self):
        if not self.advice.currentData():
            raise Invalid(self.tr("Choose the doctor's advice."), self.advice)
        return ReceiptEdit(_day(self.visited), _day(self.returned), self.advice.currentData(), self.hospital.text(),
                           self.department.text(), self.doctor.text(),
                           _day(self.next_visit) if self.has_next.isChecked() else None,
                           self.school_advice.toPlainText(), self.diagnosis.text())

    def saver(self, edit):
        from datetime import timedelta

        from counselor_app.services.leaves import LeaveEdit

        referral_id, revision = self.row.id, self.revision
        leave = None
        if self.start_leave.isChecked():
            leave = LeaveEdit("suspension", "mental", edit.visited_on, edit.visited_on + timedelta(days=90),
                              edit.returned_on)
        return lambda s: referrals.record_receipt(s, referral_id, edit, revision, leave=leave)


class HospitalDialog(FormDialog):
    """The hospital directory: a new hospital, or one of the directory changed (name, departments, address, phones,
    green channel, cooperation agreement; one no longer used is set aside, never removed: referrals name it)."""

    def __init__(self, page) -> None:
        super().__init__(page, page.app, self.tr("Hospital directory"), 520)
        self.rows = {}
        self.which = self.field(self.tr("Hospital:"), choice([(self.tr("a new hospital"), None)]),
                                name="hospitalWhich")
        self.name = self.field(self.tr("Name:"), name="hospitalName")
        self.departments = self.field(self.tr("Departments:"), name="hospitalDepartments",
                                      placeholder=self.tr("separated by commas"))
        self.address = self.field(self.tr("Address:"), name="hospitalAddress")
        self.phone = self.field(self.tr("Phone:"), name="hospitalPhone")
        self.green_contact = self.field(self.tr("Green-channel contact:"), name="hospitalGreenContact")
        self.green_phone = self.field(self.tr("Green-channel phone:"), name="hospitalGreenPhone")
        self.agreement = QCheckBox(self.tr("The school has a cooperation agreement with it"))
        self.agreement.setObjectName("hospitalAgreement")
        self.field("", self.agreement)
        self.since = self.field(self.tr("Agreement since:"), _date_edit(name="hospitalSince"))
        self.since.setEnabled(False)
        self.agreement.toggled.connect(self.since.setEnabled)
        self.active = QCheckBox(self.tr("New referrals may choose it"))
        self.active.setObjectName("hospitalActive")
        self.active.setChecked(True)
        self.field("", self.active)
        self.note(self.tr("A hospital no longer used is set aside here, never removed: earlier referrals name it."))
        self.which.currentIndexChanged.connect(self._which_changed)

    def loader(self):
        return lambda s: hospitals.list_hospitals(s)

    def loaded(self, found) -> None:
        self.rows = {h.id: h for h in found}
        for h in found:
            self.which.addItem(h.name if h.active else self.tr("{name} (set aside)").format(name=h.name), h.id)

    def _which_changed(self, *_args) -> None:
        h = self.rows.get(self.which.currentData())
        self.setWindowTitle(self.tr("Hospital directory") if h is None else self.tr("Hospital directory: {name}")
                            .format(name=h.name))
        self.name.setText(h.name if h else "")
        self.departments.setText("、".join(h.departments.split("\n")) if h and h.departments else "")
        self.address.setText(h.address if h else "")
        self.phone.setText(h.phone if h else "")
        self.green_contact.setText(h.green_contact if h else "")
        self.green_phone.setText(h.green_phone if h else "")
        self.agreement.setChecked(bool(h and h.agreement))
        self.since.setDate(QDate(date.fromisoformat(h.agreement_since) if h and h.agreement_since else date.today()))
        self.active.setChecked(h is None or bool(h.active))

    def edit(self):
        if not self.name.text().strip():
            raise Invalid(self.tr("Write the hospital's name."), self.name)
        parts = [p.strip() for p in self.departments.text().replace("，", ",").replace("、", ",").split(",")]
        return hospitals.HospitalEdit(self.name.text(), tuple(p for p in parts if p), self.address.text(),
                                      self.phone.text(), self.green_contact.text(), self.green_phone.text(),
                                      self.agreement.isChecked(), _day(self.since) if self.agreement.isChecked()
                                      else None, self.active.isChecked())

    def saver(self, edit):
        hospital_id = self.which.currentData()
        return lambda s: hospitals.save_hospital(s, edit, hospital_id)
