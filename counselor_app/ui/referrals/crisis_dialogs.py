"""The crisis incident's dialogs on the crisis page: 登记危机事件 (when, where, type, gravity, the students, who found
it, what was seen), 记录处置步骤 (a step of the emergency plan with its time and person; the parents' step is an
attempt to reach them, reached or not), 结案 (the summary; the office head may close early with the reason). Each
saves through services/crisis.py on the worker; a refusal (times out of order, the loop not complete) shows in the
form."""
from __future__ import annotations

from datetime import datetime

from counselor_app.domain import crisis as rules, watch as watch_rules
from counselor_app.domain.roles import Permission
from counselor_app.services import crisis, students as student_service
from counselor_app.services.crisis import IncidentEdit
from counselor_app.translation import translate_text
from counselor_app.ui.form_dialog import FormDialog, Invalid, choice
from counselor_app.ui.qt import QCheckBox, QDate, QDateEdit, QHBoxLayout, QLabel, QListWidget, QPlainTextEdit, \
    QPushButton, QSizePolicy, QTime, QTimeEdit, QWidget
from counselor_app.ui.student_picker import StudentPicker, student_text
from counselor_app.ui.widgets import note_box


def _labels(enum) -> list[tuple[str, str]]:
    return [(translate_text(m.label), m.value) for m in enum]


class WhenEdit(QWidget):
    """A day and a time to the minute, now by default."""

    def __init__(self, name: str = "") -> None:
        super().__init__()
        # one line high: a dialog grown for the student matches does not float the day under its label
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        now = datetime.now()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.day = QDateEdit(QDate(now.date()))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.time = QTimeEdit(QTime(now.hour, now.minute))
        self.time.setDisplayFormat("HH:mm")
        self.day.setObjectName(f"{name}Day")
        self.time.setObjectName(f"{name}Time")
        row.addWidget(self.day)
        row.addWidget(self.time)
        row.addStretch(1)

    def value(self) -> datetime:
        return datetime.combine(self.day.date().toPython(), self.time.time().toPython()).replace(second=0)

    def set_value(self, value: datetime) -> None:
        self.day.setDate(QDate(value.date()))
        self.time.setTime(QTime(value.hour, value.minute))


def _text_box(name: str, lines: int = 3) -> QPlainTextEdit:
    return note_box(name, 22 * lines + 12)


class NewIncidentDialog(FormDialog):
    def __init__(self, page) -> None:
        super().__init__(page, page.app, self.tr("Record a crisis incident"), 640)
        self.students: list = []
        self.occurred = self.field(self.tr("Happened at:"), WhenEdit("incidentOccurred"))
        self.place = self.field(self.tr("Place:"), name="incidentPlace")
        self.type = self.field(self.tr("Type:"), choice([(self.tr("choose…"), "")] + _labels(rules.Type)),
                               name="incidentType")
        self.gravity = self.field(self.tr("Gravity:"), choice(_labels(rules.Gravity), rules.Gravity.MAJOR.value),
                                  name="incidentGravity")
        self.picker = StudentPicker()
        self.picker.chosen.connect(self._chosen)
        self.field(self.tr("Students:"), self.picker)
        self.chosen_list = QListWidget()
        self.chosen_list.setObjectName("incidentStudents")
        self.chosen_list.setFixedHeight(70)
        self.field("", self.chosen_list)
        self.found_by = self.field(self.tr("Found by:"), name="incidentFoundBy")
        self.found_at = self.field(self.tr("Found at:"), WhenEdit("incidentFound"))
        self.details = self.field(self.tr("What was seen:"), _text_box("incidentDetails", 4))
        self.note(self.tr("Each student goes on the watch list at the highest level (an open entry is raised). "
                          "Record the report to the counselor or school leader next: the target is 10 minutes."))

    def loader(self):
        return student_service.list_students

    def loaded(self, rows) -> None:
        self.picker.set_rows(rows)

    def _chosen(self, row) -> None:
        if row is not None and row.id not in {r.id for r in self.students}:
            self.students.append(row)
            self.chosen_list.addItem(student_text(row))
            self.picker.clear()
            self.picker.set_rows(self._rows_cache)

    def _load(self) -> None:
        def keep(rows):
            self._rows_cache = rows
            self._loaded(rows)

        self.app.worker.run(student_service.list_students, keep, self._load_failed, context=self)

    def edit(self):
        if not self.type.currentData():
            raise Invalid(self.tr("Choose the type of the incident."), self.type)
        if not self.students:
            raise Invalid(self.tr("Choose the student or students involved."), self.picker)
        return IncidentEdit(self.occurred.value(), self.type.currentData(), self.gravity.currentData(),
                            tuple(r.id for r in self.students), self.found_by.text(), self.found_at.value(),
                            self.details.toPlainText(), self.place.text())

    def saver(self, edit):
        return lambda s: crisis.report_incident(s, edit)


PARENTS_REACHED, PARENTS_TRIED = "parents_reached", "parents_tried"


class StepDialog(FormDialog):
    """A step of the plan, or an attempt to reach a student's parents."""

    def __init__(self, page, row) -> None:
        super().__init__(page, page.app, self.tr("Record a step of C {number}").format(number=row.number), 560)
        self.row = row
        steps = [(translate_text(s.label), s.value) for s in rules.Step
                 if s not in (rules.Step.FOUND, rules.Step.PARENTS)]
        self.step = self.field(self.tr("Step:"), choice([(self.tr("Parents reached"), PARENTS_REACHED),
                                                         (self.tr("Parents called, not reached"), PARENTS_TRIED)]
                                                        + steps), name="stepStep")
        self.student = self.field(self.tr("Whose parents:"), choice([]), name="stepStudent")
        self.way = self.field(self.tr("How:"), choice(_labels(watch_rules.ContactWay),
                                                      watch_rules.ContactWay.PHONE.value), name="stepWay")
        self.when = self.field(self.tr("When:"), WhenEdit("stepWhen"))
        self.by = self.field(self.tr("By:"), name="stepBy")
        self.note_text = self.field(self.tr("Notes:"), _text_box("stepNote", 2))
        self.step.currentIndexChanged.connect(self._step_changed)
        self._step_changed()

    def _step_changed(self, *_args) -> None:
        parents = self.step.currentData() in (PARENTS_REACHED, PARENTS_TRIED)
        self.student.setEnabled(parents)
        self.way.setEnabled(parents)
        self.note_text.setEnabled(not parents)

    def loader(self):
        incident_id = self.row.id
        return lambda s: crisis.get_incident(s, incident_id)

    def loaded(self, detail) -> None:
        for s in detail.students:
            self.student.addItem(f"{s.student_no} {s.name}", s.student_id)

    def edit(self):
        return self.step.currentData(), self.student.currentData(), self.way.currentData(), self.when.value(), \
            self.by.text(), self.note_text.toPlainText()

    def saver(self, edit):
        step, student, way, when, by, note = edit
        incident_id = self.row.id
        if step in (PARENTS_REACHED, PARENTS_TRIED):
            reached = step == PARENTS_REACHED
            return lambda s: crisis.add_parent_call(s, incident_id, student, when, by, way, reached)
        return lambda s: crisis.record_step(s, incident_id, step, when, by, note)


class CloseIncidentDialog(FormDialog):
    """The closing summary; the office head may close before the loop is complete, with the reason."""

    def __init__(self, page, row) -> None:
        super().__init__(page, page.app, self.tr("Close C {number}").format(number=row.number), 520)
        self.row = row
        self.summary = self.field(self.tr("Summary:"), _text_box("closeSummary", 4))
        self.force = QCheckBox(self.tr("Close now although the loop is not complete (office head)"))
        self.force.setObjectName("closeForce")
        self.force.setVisible(page.app.may(Permission.APPROVE_WATCH_CLOSING))
        self.field("", self.force)
        self.note(self.tr("An incident closes once the parents of every student were reached and the review "
                          "meeting is recorded."))

    def loader(self):
        incident_id = self.row.id
        return lambda s: crisis.get_incident(s, incident_id).row.revision

    def loaded(self, revision) -> None:
        self.revision = revision

    def edit(self):
        return self.summary.toPlainText(), self.force.isChecked()

    def saver(self, edit):
        text, force = edit
        incident_id, revision = self.row.id, self.revision
        if force:
            return lambda s: crisis.force_close_incident(s, incident_id, text, revision)
        return lambda s: crisis.close_incident(s, incident_id, text, revision)


class TimelineDialog(FormDialog):
    """A free entry of the incident's timeline, or a breach of confidentiality (who was told, when, why)."""

    def __init__(self, page, row, breach: bool = False) -> None:
        title = (self.tr("Breach of confidentiality: C {number}") if breach
                 else self.tr("Timeline entry: C {number}")).format(number=row.number)
        super().__init__(page, page.app, title, 520)
        self.row, self.breach = row, breach
        self.when = self.field(self.tr("When:"), WhenEdit("timelineWhen"))
        self.told = self.field(self.tr("Who was told:"), name="timelineTold") if breach else None
        self.text = self.field(self.tr("Why:") if breach else self.tr("What happened:"), _text_box("timelineText"))
        if breach:
            self.note(self.tr("Record every breach of confidentiality made to protect life: it stays on record."))

    def edit(self):
        return self.when.value(), self.told.text() if self.told is not None else "", self.text.toPlainText()

    def saver(self, edit):
        when, told, text = edit
        incident_id = self.row.id
        if self.breach:
            return lambda s: crisis.add_breach(s, incident_id, told, when, text)
        return lambda s: crisis.add_event(s, incident_id, when, text)
