"""Create or edit one student of the register: number, name, gender, birth date, class, dorm, guardians, 心理委员."""
from __future__ import annotations

from datetime import date

from counselor_app.domain.roster_values import parse_date
from counselor_app.domain.school import class_label
from counselor_app.services import students as student_service
from counselor_app.ui.form_dialog import FormDialog, Invalid, choice
from counselor_app.ui.qt import QCheckBox, QGridLayout, QGroupBox, QLabel, QLineEdit
from counselor_app.ui.vocabulary import gender_choices

GUARDIAN_ROWS = 2


class StudentEditDialog(FormDialog):
    """``detail`` None: a new student. ``on_saved(student_id)`` runs after the save."""

    def __init__(self, parent, app, detail=None, on_saved=None) -> None:
        super().__init__(parent, app, self.tr("New student") if detail is None else self.tr("Edit student"), 560,
                         on_saved)
        self.detail = detail
        self.number = self.field(self.tr("Student number:"), name="studentNumber")
        self.name = self.field(self.tr("Name:"), name="studentName")
        self.gender = self.field(self.tr("Gender:"), choice(gender_choices()))
        self.birth = self.field(self.tr("Birth date:"), placeholder=self.tr("e.g. 2013-05-12"))
        self.klass = self.field(self.tr("Class:"), choice([(self.tr("— no class —"), None)]), name="studentClass")
        self.dorm = self.field(self.tr("Dorm:"), placeholder=self.tr("e.g. Building 3, room 215"))
        self.boarding = self.field("", QCheckBox(self.tr("Boards at school")))
        self.monitor = self.field("", QCheckBox(self.tr("Mental-health monitor of the class")))
        box = QGroupBox(self.tr("Guardians"))
        grid = QGridLayout(box)
        for col, text in enumerate((self.tr("Name"), self.tr("Relation"), self.tr("Phone"))):
            grid.addWidget(QLabel(text), 0, col)
        self.guardians: list[tuple[QLineEdit, QLineEdit, QLineEdit]] = []
        for row in range(GUARDIAN_ROWS):
            fields = (QLineEdit(), QLineEdit(), QLineEdit())
            fields[1].setPlaceholderText(self.tr("e.g. mother"))
            for col, field in enumerate(fields):
                grid.addWidget(field, row + 1, col)
            self.guardians.append(fields)
        self.body.addWidget(box)
        if detail is not None:
            self._fill(detail)

    @property
    def saved_id(self) -> int | None:
        return self.saved_value

    def _fill(self, d) -> None:
        self.number.setText(d.student_no)
        self.name.setText(d.name)
        self.gender.setCurrentIndex(max(0, self.gender.findData(d.gender)))
        self.birth.setText(d.birth_date or "")
        self.dorm.setText(d.dorm)
        self.boarding.setChecked(d.boarding)
        self.monitor.setChecked(d.is_monitor)
        for fields, guardian in zip(self.guardians, d.guardians):
            for field, value in zip(fields, guardian):
                field.setText(value)

    def loader(self):
        return student_service.class_choices

    def loaded(self, choices) -> None:
        for class_id, grade, name in choices:
            self.klass.addItem(class_label(grade, name), class_id)
        d = self.detail
        if d is not None and d.class_id is not None:
            if self.klass.findData(d.class_id) < 0:   # an archived class (graduated): kept, never silently dropped
                self.klass.addItem(self.tr("{klass} (archived)").format(klass=class_label(d.grade, d.class_name)),
                                   d.class_id)
            self.klass.setCurrentIndex(self.klass.findData(d.class_id))

    def edit(self) -> student_service.StudentEdit:
        birth = None
        if self.birth.text().strip():
            parsed, problem = parse_date(self.birth.text())
            if problem is not None or not isinstance(parsed, date):
                raise Invalid(self.tr("The birth date cannot be read. Write it like 2013-05-12."), self.birth)
            birth = parsed.isoformat()
        guardians = tuple((n.text(), r.text(), p.text()) for n, r, p in self.guardians)
        return student_service.StudentEdit(
            self.number.text(), self.name.text(), self.gender.currentData(), birth, self.klass.currentData(),
            self.boarding.isChecked(), guardians, self.dorm.text(), self.monitor.isChecked())

    def saver(self, edit):
        sid = self.detail.id if self.detail is not None else None
        return lambda s: student_service.save_student(s, edit, sid)
