"""学生名册: every student, searched as you type (学号, 姓名, pinyin initials) and filtered by grade, class, status.

30,000 rows load once through the worker; searching and filtering then run on plain Python rows (a list
comprehension over prepared search keys) and replace the model's rows, which stays well under a frame's time
(bench/bench_student_list.py). A click on a column header sorts (names in pinyin order, grades and classes in the
register's order). The guardians' phones are an optional column, hidden until asked for: they are loaded (and the
look audited) only then.
"""
from __future__ import annotations

from counselor_app.domain.roles import Permission
from counselor_app.services import students as student_service
from counselor_app.ui.models import Column, RowsModel, name_key, sortable
from counselor_app.ui.pages import Page
from counselor_app.ui.qt import (
    QCheckBox, QComboBox, QCoreApplication, QHBoxLayout, QLabel, QLineEdit, QPushButton, QTimer, QVBoxLayout,
)
from counselor_app.ui.widgets import page_heading, row_table


def status_text(status: str) -> str:
    return {
        "enrolled": QCoreApplication.translate("Students", "enrolled"),
        "on_leave": QCoreApplication.translate("Students", "on leave"),
        "suspended": QCoreApplication.translate("Students", "suspended"),
        "graduated": QCoreApplication.translate("Students", "graduated"),
        "transferred": QCoreApplication.translate("Students", "transferred"),
    }.get(status, status)


def gender_text(gender: str) -> str:
    return {"male": QCoreApplication.translate("Students", "male"),
            "female": QCoreApplication.translate("Students", "female")}.get(gender, "")


def is_university(app) -> bool:
    """Whether the office serves a university (院系, 辅导员) rather than a K-12 school (年级, 班主任)."""
    return app.school is not None and app.school.school_type.is_university


def filter_rows(rows, query: str, grade: str | None, class_name: str | None, status: str | None) -> list:
    words = query.lower().split()
    return [r for r in rows
            if (grade is None or r.grade == grade) and (class_name is None or r.class_name == class_name)
            and (status is None or r.status == status) and all(w in r.search for w in words)]


class StudentsPage(Page):
    key = "students"
    permission = Permission.VIEW_REGISTER
    cares_about = frozenset({"register"})

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("Pages", "Students")

    def __init__(self, app) -> None:
        super().__init__(app)
        self.all_rows: list = []
        self.phones: dict[int, list[tuple[str, str]]] | None = None   # loaded when the column is shown
        self._grade_rank: dict[str, int] = {}
        self._class_rank: dict[tuple[str, str], int] = {}
        layout = QVBoxLayout(self)
        self.new_button = QPushButton(self.tr("New student…"))
        self.import_button = QPushButton(self.tr("Import roster…"))
        self.export_button = QPushButton(self.tr("Export…"))
        self.import_button.setToolTip(self.tr("Import students from an Excel or CSV roster; you see every row's "
                                              "verdict before anything is written."))
        self.export_button.setToolTip(self.tr("Save the students shown (grade and class filters apply) as an "
                                              "Excel file."))
        self.new_button.clicked.connect(self.new_student)
        self.import_button.clicked.connect(self.import_roster)
        self.export_button.clicked.connect(self.export_roster)
        layout.addLayout(page_heading(self.title(), self.new_button, self.import_button, self.export_button))
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("studentSearch")
        self.search.setPlaceholderText(self.tr("Student number, name or pinyin initials (e.g. zsm)"))
        self.search.setClearButtonEnabled(True)
        self.grade = QComboBox()
        self.klass = QComboBox()
        self.status = QComboBox()
        self.status.addItem(self.tr("All statuses"), None)
        for s in student_service.STATUSES:
            self.status.addItem(status_text(s), s)
        self.status.setCurrentIndex(1)  # enrolled
        for w in (self.grade, self.klass, self.status):
            w.setMinimumContentsLength(8)
        self.show_phones = QCheckBox(self.tr("Guardians' phones"))
        self.show_phones.setObjectName("showGuardianPhones")
        self.show_phones.setToolTip(self.tr("Show a column with the guardians' phone numbers (each look is recorded "
                                            "in the audit trail)."))
        bar.addWidget(self.search, 2)
        bar.addWidget(self.grade)
        bar.addWidget(self.klass)
        bar.addWidget(self.status)
        bar.addWidget(self.show_phones)
        layout.addLayout(bar)
        monitor = self.tr("mental-health monitor")
        self.model = RowsModel([
            Column(self.tr("Student number"), lambda r: r.student_no),
            Column(self.tr("Name"), lambda r: r.name, sort_key=lambda r: name_key(r.name)),
            Column(self.tr("Gender"), lambda r: gender_text(r.gender)),
            Column(self.tr("Birth date"), lambda r: r.birth_date or ""),
            Column(self.tr("Grade"), lambda r: r.grade, sort_key=lambda r: self._grade_rank.get(r.grade)),
            Column(self.tr("Class"), lambda r: r.class_name,
                   sort_key=lambda r: self._class_rank.get((r.grade, r.class_name))),
            Column(self.tr("Status"), lambda r: status_text(r.status)),
            Column(self.tr("Class role"), lambda r: monitor if r.is_monitor else ""),
            Column(self.tr("Guardians' phones"), self.phones_text,
                   sort_key=lambda r: self.phones[r.id][0][1] if self.phones and r.id in self.phones else None),
        ], self)
        self.table = row_table(self.model, stretch=False)   # long university class names get their room
        self.table.setColumnHidden(self.PHONE_COLUMN, True)
        sortable(self.table)
        self.table.setToolTip(self.tr("Double-click a student to open the profile. Click a column header to sort."))
        self.table.doubleClicked.connect(self.open_profile)
        layout.addWidget(self.table)
        self.count = QLabel()
        self.count.setObjectName("hint")
        layout.addWidget(self.count)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)  # type-ahead: filter once the typing pauses
        self._timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._timer.start)
        self.grade.currentIndexChanged.connect(self._grade_changed)
        self.klass.currentIndexChanged.connect(self.apply_filter)
        self.status.currentIndexChanged.connect(self.apply_filter)
        self.show_phones.toggled.connect(self._phones_toggled)

    GRADE_COLUMN, PHONE_COLUMN = 4, 8

    def open_profile(self, index) -> None:
        row = self.model.row_at(index)
        if row is not None:
            from counselor_app.ui.pages.student_profile import StudentProfile

            self.profile = StudentProfile(self, row.id)
            self.profile.open()

    def refresh(self) -> None:
        editable = self.app.may(Permission.EDIT_REGISTER)
        for button in (self.new_button, self.import_button):
            button.setVisible(editable)
        self.show_phones.setVisible(self.app.may(Permission.VIEW_REGISTER))
        university = is_university(self.app)
        self.model.set_header(self.GRADE_COLUMN, self.tr("Department") if university else self.tr("Grade"))
        self.grade.setItemText(0, self.tr("All departments") if university else self.tr("All grades"))
        if not self.all_rows:
            self.count.setText(self.tr("Loading the register…"))
        self.app.worker.run(student_service.list_students, self.show_rows, context=self)
        if self.show_phones.isChecked():
            self.load_phones()

    # -- the optional guardians' phones column -------------------------------------------------------
    def phones_text(self, row) -> str:
        found = self.phones.get(row.id) if self.phones else None
        return " / ".join(f"{who} {phone}".strip() for who, phone in found) if found else ""

    def _phones_toggled(self, shown: bool) -> None:
        self.table.setColumnHidden(self.PHONE_COLUMN, not shown)
        if shown:
            self.load_phones()
        else:
            self.phones = None   # not kept in memory while nobody looks at them
            self.model.values_changed()

    def load_phones(self) -> None:
        self.app.worker.run(student_service.guardian_phones, self._phones_loaded, self._phones_failed,
                            context=self, changes={"audit"})

    def _phones_loaded(self, phones: dict) -> None:
        if not self.show_phones.isChecked():
            return   # unticked while loading
        self.phones = phones
        self.model.values_changed()   # the cells (and a sort by phone) see the numbers now

    def _phones_failed(self, error: BaseException) -> None:
        from counselor_app.ui import dialogs

        self.show_phones.setChecked(False)
        dialogs.show_error(self, error)

    def new_student(self) -> None:
        from counselor_app.ui.student_edit import StudentEditDialog

        self.editor = StudentEditDialog(self, self.app)
        self.editor.open()

    def import_roster(self, path: str | None = None) -> None:
        from counselor_app.ui.import_dialog import RosterImportDialog

        self.importer = RosterImportDialog(self, self.app, "students", path or None)
        self.importer.open()
        if not path:
            self.importer.choose_file()

    def export_roster(self) -> None:
        from counselor_app.services import roster_export
        from counselor_app.translation import translate_text
        from counselor_app.ui import dialogs

        grade, class_name = self.grade.currentData(), self.klass.currentData()
        target = dialogs.get_save_file_name(self, self.tr("Export students"), self.tr("students.xlsx"),
                                            self.tr("Excel workbook") + " (*.xlsx)")
        if not target:
            return
        if not target.lower().endswith(".xlsx"):
            target += ".xlsx"
        from pathlib import Path

        out = Path(target)
        self.export_button.setEnabled(False)
        self.app.worker.run(
            lambda s: roster_export.export_students(s, out, grade, class_name, tr=translate_text),
            self._exported, self._export_failed, context=self, changes={"audit"})

    def _exported(self, count: int) -> None:
        from counselor_app.ui import dialogs

        self.export_button.setEnabled(True)
        dialogs.show_info(self, self.tr("Export students"),
                          self.tr("{count} student(s) were saved to the file.").format(count=count))

    def _export_failed(self, error: BaseException) -> None:
        from counselor_app.ui import dialogs

        self.export_button.setEnabled(True)
        dialogs.show_error(self, error)

    def clear_data(self) -> None:
        self.all_rows = []
        self.phones = None
        self.model.clear()
        self.search.clear()
        self.count.clear()

    def show_rows(self, rows: list) -> None:
        self.all_rows = rows
        self._grade_rank, self._class_rank = {}, {}
        for r in rows:   # the register's order (grades and classes as the school sorts them), for sorting
            if r.grade:
                self._grade_rank.setdefault(r.grade, len(self._grade_rank))
            if r.class_name:
                self._class_rank.setdefault((r.grade, r.class_name), len(self._class_rank))
        current = self.grade.currentData()
        self.grade.blockSignals(True)
        self.grade.clear()
        self.grade.addItem(self.tr("All departments") if is_university(self.app) else self.tr("All grades"), None)
        for name in dict.fromkeys(r.grade for r in rows if r.grade):
            self.grade.addItem(name, name)
        self.grade.setCurrentIndex(max(0, self.grade.findData(current)))
        self.grade.blockSignals(False)
        self._fill_classes()
        self.apply_filter()

    def _fill_classes(self) -> None:
        grade, current = self.grade.currentData(), self.klass.currentData()
        self.klass.blockSignals(True)
        self.klass.clear()
        self.klass.addItem(self.tr("All classes"), None)
        for name in dict.fromkeys(r.class_name for r in self.all_rows
                                  if r.class_name and (grade is None or r.grade == grade)):
            self.klass.addItem(name, name)
        self.klass.setCurrentIndex(max(0, self.klass.findData(current)))
        self.klass.blockSignals(False)

    def _grade_changed(self) -> None:
        self._fill_classes()
        self.apply_filter()

    def apply_filter(self) -> None:
        self._timer.stop()
        shown = filter_rows(self.all_rows, self.search.text(), self.grade.currentData(), self.klass.currentData(),
                            self.status.currentData())
        self.model.set_rows(shown)
        self.count.setText(self.tr("{shown} of {total} students").format(shown=len(shown), total=len(self.all_rows)))
