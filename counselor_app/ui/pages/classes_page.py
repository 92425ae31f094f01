"""班级: every class with its grade leader, head teacher / 辅导员, 心理委员 and enrolled count (the warning network of
policy §6 at a glance); add a class by hand, rename, archive."""
from __future__ import annotations

from counselor_app.domain.roles import Permission
from counselor_app.services import structure as structure_service
from counselor_app.ui import dialogs
from counselor_app.ui.models import Column, RowsModel, name_key, sortable
from counselor_app.ui.pages import Page
from counselor_app.ui.pages.students_page import is_university
from counselor_app.ui.qt import (
    QCheckBox, QComboBox, QCoreApplication, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QVBoxLayout,
)
from counselor_app.ui.widgets import form_footer, page_heading, row_table, selected_row, show_failure


class ClassesPage(Page):
    key = "classes"
    permission = Permission.VIEW_REGISTER
    cares_about = frozenset({"register"})

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("Pages", "Classes")

    def __init__(self, app) -> None:
        super().__init__(app)
        self.all_rows: list = []
        self._rank: dict[int, int] = {}   # class id → place in the register's order (grades, then classes)
        self._grade_rank: dict[str, int] = {}
        layout = QVBoxLayout(self)
        self.add_button = QPushButton(self.tr("New class…"))
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.archive_button = QPushButton(self.tr("Archive"))
        self.rollover_button = QPushButton(self.tr("Year rollover…"))
        self.rollover_button.setToolTip(self.tr("Once a year: every class moves up one grade and the top grade "
                                                "graduates, after an automatic backup."))
        layout.addLayout(page_heading(self.title(), self.add_button, self.rename_button, self.archive_button,
                                      self.rollover_button))
        bar = QHBoxLayout()
        self.grade = QComboBox()
        self.grade.setMinimumContentsLength(10)
        self.show_archived = QCheckBox(self.tr("Show archived classes"))
        self.missing = QCheckBox(self.tr("Only classes without head teacher or mental-health monitor"))
        bar.addWidget(self.grade)
        bar.addWidget(self.missing)
        bar.addStretch(1)
        bar.addWidget(self.show_archived)
        layout.addLayout(bar)
        people = lambda attr: (lambda r: name_key(getattr(r, attr)))  # noqa: E731
        self.model = RowsModel([
            Column(self.tr("Grade"), lambda r: r.grade, sort_key=lambda r: self._grade_rank.get(r.grade)),
            Column(self.tr("Class"), lambda r: r.class_name if not r.archived
                   else self.tr("{name} (archived)").format(name=r.class_name), sort_key=lambda r: self._rank.get(r.id)),
            Column(self.tr("Enrolled"), lambda r: r.enrolled, align_right=True),
            Column(self.tr("Grade leader"), lambda r: r.grade_leader, sort_key=people("grade_leader")),
            Column(self.tr("Head teacher"), lambda r: r.head_teacher or self.tr("— none —"),
                   sort_key=people("head_teacher")),
            Column(self.tr("Mental-health monitors"), lambda r: r.monitors or self.tr("— none —"),
                   sort_key=people("monitors")),
        ], self)
        self.table = row_table(self.model, stretch=False)
        sortable(self.table)
        self.table.setToolTip(self.tr("Click a column header to sort."))
        layout.addWidget(self.table)
        self.count = QLabel()
        self.count.setObjectName("hint")
        layout.addWidget(self.count)
        self.grade.currentIndexChanged.connect(self.apply_filter)
        self.show_archived.toggled.connect(self.apply_filter)
        self.missing.toggled.connect(self.apply_filter)
        self.add_button.clicked.connect(self.add_class)
        self.rename_button.clicked.connect(self.rename_class)
        self.archive_button.clicked.connect(self.toggle_archived)
        self.rollover_button.clicked.connect(self.rollover)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _i: self.rename_class())

    def _editable(self) -> bool:
        return self.app.may(Permission.EDIT_REGISTER)

    def refresh(self) -> None:
        for button in (self.add_button, self.rename_button, self.archive_button):
            button.setVisible(self._editable())
        self.apply_school_type()
        self.app.worker.run(structure_service.list_classes, self.show_rows, context=self)

    def apply_school_type(self) -> None:
        """年级, 年级组长, 班主任 at a K-12 school; 院系, 院系负责人, 辅导员 at a university."""
        university = is_university(self.app)
        for column, k12, uni in ((0, self.tr("Grade"), self.tr("Department")),
                                 (3, self.tr("Grade leader"), self.tr("Department head")),
                                 (4, self.tr("Head teacher"), self.tr("Instructor"))):
            self.model.set_header(column, uni if university else k12)
        self.missing.setText(self.tr("Only classes without instructor or mental-health monitor") if university
                             else self.tr("Only classes without head teacher or mental-health monitor"))
        self.grade.setItemText(0, self.tr("All departments") if university else self.tr("All grades"))

    def clear_data(self) -> None:
        self.all_rows = []
        self.model.clear()
        self.count.clear()

    def show_rows(self, rows: list) -> None:
        self.all_rows = rows
        self._rank = {r.id: n for n, r in enumerate(rows)}
        self._grade_rank = {}
        for r in rows:
            self._grade_rank.setdefault(r.grade, len(self._grade_rank))
        current = self.grade.currentData()
        self.grade.blockSignals(True)
        self.grade.clear()
        self.grade.addItem(self.tr("All departments") if is_university(self.app) else self.tr("All grades"), None)
        for name in dict.fromkeys(r.grade for r in rows):
            self.grade.addItem(name, name)
        self.grade.setCurrentIndex(max(0, self.grade.findData(current)))
        self.grade.blockSignals(False)
        self.apply_filter()

    def apply_filter(self) -> None:
        grade, archived, missing = self.grade.currentData(), self.show_archived.isChecked(), self.missing.isChecked()
        shown = [r for r in self.all_rows if (archived or not r.archived) and (grade is None or r.grade == grade)
                 and (not missing or not r.head_teacher or not r.monitors)]
        self.model.set_rows(shown)
        self.count.setText(self.tr("{classes} classes, {students} enrolled students").format(
            classes=len(shown), students=sum(r.enrolled for r in shown)))
        self._selection_changed()

    def selected(self):
        return selected_row(self.table)

    def _selection_changed(self, *_args) -> None:
        row = self.selected()
        self.rename_button.setEnabled(row is not None and not row.archived)
        self.archive_button.setEnabled(row is not None)
        self.archive_button.setText(self.tr("Restore") if row is not None and row.archived else self.tr("Archive"))

    def add_class(self) -> None:
        self.editor = ClassDialog(self, None)
        self.editor.open()

    def rename_class(self) -> None:
        row = self.selected()
        if row is not None and not row.archived and self._editable():
            self.editor = ClassDialog(self, row)
            self.editor.open()

    def toggle_archived(self) -> None:
        row = self.selected()
        if row is None:
            return
        archive = not row.archived
        if archive and not dialogs.ask_yes_no(self, self.tr("Archive"), self.tr(
                "Archive {klass}? It is no longer offered for students; its history stays.").format(klass=row.label),
                yes_text=self.tr("Archive")):
            return
        class_id = row.id
        self.app.worker.run(lambda s: structure_service.set_archived(s, class_id, archive), None,
                            lambda e: dialogs.show_error(self, e), context=self, changes={"register", "audit"})

    def rollover(self) -> None:
        from counselor_app.ui.rollover_dialog import RolloverDialog

        self.rollover_dialog = RolloverDialog(self, self.app)
        self.rollover_dialog.open()


class ClassDialog(QDialog):
    """A new class (grade or department + class), or a new name for one."""

    def __init__(self, page: ClassesPage, row) -> None:
        super().__init__(page)
        self.page, self.row = page, row
        self.setWindowTitle(self.tr("New class") if row is None else self.tr("Rename class"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.grade = QComboBox()
        self.grade.setEditable(True)
        self.grade.setObjectName("classGrade")
        for name in dict.fromkeys(r.grade for r in page.all_rows if not r.archived):
            self.grade.addItem(name)
        self.name = QLineEdit()
        self.name.setObjectName("className")
        university = is_university(page.app)
        self.name.setPlaceholderText(self.tr("e.g. 软件工程2301班") if university else self.tr("e.g. 3班 or 七年级(3)班"))
        if row is not None:
            self.grade.setCurrentText(row.grade)
            self.grade.setEnabled(False)
            self.name.setText(row.class_name)
        form.addRow(self.tr("Department:") if university else self.tr("Grade:"), self.grade)
        form.addRow(self.tr("Class:"), self.name)
        layout.addLayout(form)
        self.error, self.buttons = form_footer(self, layout)

    def submit(self) -> None:
        grade, name = self.grade.currentText(), self.name.text()
        if self.row is None:
            call = lambda s: structure_service.add_class(s, grade, name)  # noqa: E731
        else:
            class_id = self.row.id
            call = lambda s: structure_service.rename_class(s, class_id, name)  # noqa: E731
        self.buttons.setEnabled(False)
        self.page.app.worker.run(call, lambda _r: self.accept(), self._failed, context=self,
                                 changes={"register", "audit"})

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        show_failure(self.error, self, error)
