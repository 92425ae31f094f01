"""Create or edit one student of the register: number, name, gender, birth date, class, dorm, guardians, 心理委员."""
from __future__ import annotations

from datetime import date

from counselor_app.domain.roster_values import parse_date
from counselor_app.services import students as student_service
from counselor_app.domain.school import class_label
from counselor_app.ui.qt import (
    QCheckBox, QComboBox, QDialog, QFormLayout, QGridLayout, QGroupBox, QLabel, QLineEdit, QVBoxLayout,
)
from counselor_app.ui.widgets import form_footer, show_error_text, show_failure

GUARDIAN_ROWS = 2


class StudentEditDialog(QDialog):
    """``detail`` None: a new student. ``on_saved(student_id)`` runs after the save."""

    def __init__(self, parent, app, detail=None, on_saved=None) -> None:
        super().__init__(parent)
        self.app, self.detail, self.on_saved = app, detail, on_saved
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("New student") if detail is None else self.tr("Edit student"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.number = QLineEdit()
        self.number.setObjectName("studentNumber")
        self.name = QLineEdit()
        self.name.setObjectName("studentName")
        self.gender = QComboBox()
        for text, value in ((self.tr("not given"), ""), (self.tr("male"), "male"), (self.tr("female"), "female")):
            self.gender.addItem(text, value)
        self.birth = QLineEdit()
        self.birth.setPlaceholderText(self.tr("e.g. 2013-05-12"))
        self.klass = QComboBox()
        self.klass.setObjectName("studentClass")
        self.klass.addItem(self.tr("— no class —"), None)
        self.dorm = QLineEdit()
        self.dorm.setPlaceholderText(self.tr("e.g. 3号楼-215"))
        self.boarding = QCheckBox(self.tr("Boards at school"))
        self.monitor = QCheckBox(self.tr("Mental-health monitor of the class"))
        form.addRow(self.tr("Student number:"), self.number)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Gender:"), self.gender)
        form.addRow(self.tr("Birth date:"), self.birth)
        form.addRow(self.tr("Class:"), self.klass)
        form.addRow(self.tr("Dorm:"), self.dorm)
        form.addRow("", self.boarding)
        form.addRow("", self.monitor)
        layout.addLayout(form)
        box = QGroupBox(self.tr("Guardians"))
        grid = QGridLayout(box)
        for col, text in enumerate((self.tr("Name"), self.tr("Relation"), self.tr("Phone"))):
            grid.addWidget(QLabel(text), 0, col)
        self.guardians: list[tuple[QLineEdit, QLineEdit, QLineEdit]] = []
        for row in range(GUARDIAN_ROWS):
            fields = (QLineEdit(), QLineEdit(), QLineEdit())
            fields[1].setPlaceholderText(self.tr("e.g. 母亲"))
            for col, field in enumerate(fields):
                grid.addWidget(field, row + 1, col)
            self.guardians.append(fields)
        layout.addWidget(box)
        self.error, self.buttons = form_footer(self, layout)
        self.buttons.setEnabled(False)
        if detail is not None:
            self._fill(detail)
        self.app.worker.run(student_service.class_choices, self._classes, lambda e: show_failure(self.error, self, e),
                            context=self)

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

    def _classes(self, choices) -> None:
        for class_id, grade, name in choices:
            self.klass.addItem(class_label(grade, name), class_id)
        d = self.detail
        if d is not None and d.class_id is not None:
            if self.klass.findData(d.class_id) < 0:   # an archived class (graduated): kept, never silently dropped
                self.klass.addItem(self.tr("{klass} (archived)").format(klass=class_label(d.grade, d.class_name)),
                                   d.class_id)
            self.klass.setCurrentIndex(self.klass.findData(d.class_id))
        self.buttons.setEnabled(True)

    def edit(self) -> student_service.StudentEdit | None:
        """The form as a StudentEdit; None (and a message) when the birth date cannot be read."""
        birth = None
        if self.birth.text().strip():
            parsed, problem = parse_date(self.birth.text())
            if problem is not None or not isinstance(parsed, date):
                show_error_text(self.error, self.tr("The birth date cannot be read. Write it like 2013-05-12."))
                return None
            birth = parsed.isoformat()
        guardians = tuple((n.text(), r.text(), p.text()) for n, r, p in self.guardians)
        return student_service.StudentEdit(
            self.number.text(), self.name.text(), self.gender.currentData(), birth, self.klass.currentData(),
            self.boarding.isChecked(), guardians, self.dorm.text(), self.monitor.isChecked())

    def submit(self) -> None:
        edit = self.edit()
        if edit is None:
            return
        sid = self.detail.id if self.detail is not None else None
        self.buttons.setEnabled(False)
        self.app.worker.run(lambda s: student_service.save_student(s, edit, sid), self._saved, self._failed,
                            context=self, changes={"register", "audit"})

    def _saved(self, student_id: int) -> None:
        self.saved_id = student_id
        self.accept()
        if self.on_saved is not None:
            self.on_saved(student_id)

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        show_failure(self.error, self, error)
