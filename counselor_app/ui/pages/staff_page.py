"""教职工: the staff of the school with their roles and the classes they lead; import, create, edit, deactivate."""
from __future__ import annotations

from counselor_app.domain.roles import Permission
from counselor_app.domain.staff_roles import CLASS_ROLES, LEADER_ROLES, STAFF_ROLES, roles_for
from counselor_app.services import staff as staff_service
from counselor_app.translation import translate_text
from counselor_app.ui import dialogs
from counselor_app.ui.import_dialog import roles_text
from counselor_app.ui.models import Column, RowsModel, name_key, sortable
from counselor_app.ui.pages import Page
from counselor_app.ui.pages.students_page import gender_text, is_university
from counselor_app.ui.qt import (
    QCheckBox, QComboBox, QCoreApplication, QDialog, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPushButton, Qt, QTimer, QVBoxLayout,
)
from counselor_app.ui.widgets import form_footer, page_heading, row_table, selected_row, show_failure


def _checkable(widget: QListWidget, text: str, value: int, checked: bool) -> None:
    item = QListWidgetItem(text)
    item.setData(Qt.ItemDataRole.UserRole, value)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    widget.addItem(item)


def _checked(widget: QListWidget) -> tuple[int, ...]:
    return tuple(widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
                 if widget.item(i).checkState() == Qt.CheckState.Checked)


class StaffPage(Page):
    key = "staff"
    permission = Permission.VIEW_REGISTER
    cares_about = frozenset({"register", "users"})

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("Pages", "Staff")

    def __init__(self, app) -> None:
        super().__init__(app)
        self.all_rows: list = []
        layout = QVBoxLayout(self)
        self.new_button = QPushButton(self.tr("New staff member…"))
        self.import_button = QPushButton(self.tr("Import staff roster…"))
        self.active_button = QPushButton(self.tr("Deactivate"))
        self.active_button.setEnabled(False)
        layout.addLayout(page_heading(self.title(), self.new_button, self.import_button, self.active_button))
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("staffSearch")
        self.search.setPlaceholderText(self.tr("Name, staff number or pinyin initials"))
        self.search.setClearButtonEnabled(True)
        self.show_inactive = QCheckBox(self.tr("Show staff who left"))
        bar.addWidget(self.search, 1)
        bar.addWidget(self.show_inactive)
        layout.addLayout(bar)
        self.model = RowsModel([
            Column(self.tr("Name"), lambda r: r.name if r.active else self.tr("{name} (left)").format(name=r.name),
                   sort_key=lambda r: name_key(r.name)),
            Column(self.tr("Staff number"), lambda r: r.staff_no),
            Column(self.tr("Gender"), lambda r: gender_text(r.gender)),
            Column(self.tr("Phone"), lambda r: r.phone),
            Column(self.tr("Account"), lambda r: r.login),
            Column(self.tr("Roles"), lambda r: roles_text(r.roles)),
            Column(self.tr("Leads"), lambda r: "; ".join(x for x in (r.grades, r.classes) if x)),
        ], self)
        self.table = row_table(self.model, stretch=False)
        sortable(self.table)
        self.table.setToolTip(self.tr("Double-click a staff member to edit. Click a column header to sort."))
        layout.addWidget(self.table)
        self.count = QLabel()
        self.count.setObjectName("hint")
        layout.addWidget(self.count)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._timer.start)
        self.show_inactive.toggled.connect(self.apply_filter)
        self.new_button.clicked.connect(lambda: self.edit(None))
        self.import_button.clicked.connect(self.import_roster)
        self.active_button.clicked.connect(self.toggle_active)
        self.table.doubleClicked.connect(lambda index: self.edit(self.model.row_at(index)))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

    def _editable(self) -> bool:
        return self.app.may(Permission.EDIT_REGISTER)

    def refresh(self) -> None:
        for button in (self.new_button, self.import_button, self.active_button):
            button.setVisible(self._editable())
        self.app.worker.run(staff_service.list_staff, self.show_rows, context=self)

    def clear_data(self) -> None:
        self.all_rows = []
        self.model.clear()
        self.search.clear()
        self.count.clear()

    def show_rows(self, rows: list) -> None:
        self.all_rows = rows
        self.apply_filter()

    def apply_filter(self) -> None:
        self._timer.stop()
        words = self.search.text().lower().split()
        inactive = self.show_inactive.isChecked()
        shown = [r for r in self.all_rows if (r.active or inactive) and all(w in r.search for w in words)]
        self.model.set_rows(shown)
        self.count.setText(self.tr("{shown} of {total} staff members").format(
            shown=len(shown), total=sum(1 for r in self.all_rows if r.active or inactive)))
        self._selection_changed()

    def selected(self):
        return selected_row(self.table)

    def _selection_changed(self, *_args) -> None:
        row = self.selected()
        self.active_button.setEnabled(row is not None)
        self.active_button.setText(self.tr("Reactivate") if row is not None and not row.active
                                   else self.tr("Deactivate"))

    def edit(self, row) -> None:
        if not self._editable():
            return
        self.editor = StaffEditDialog(self, self.app, row.id if row is not None else None)
        self.editor.open()

    def import_roster(self, path: str | None = None) -> None:
        from counselor_app.ui.import_dialog import RosterImportDialog

        self.importer = RosterImportDialog(self, self.app, "staff", path or None)
        self.importer.open()
        if not path:
            self.importer.choose_file()

    def toggle_active(self) -> None:
        row = self.selected()
        if row is None:
            return
        question = (self.tr("{name} left the school? The record is kept for the history; the classes this person "
                            "leads lose their instructor.") if is_university(self.app) else
                    self.tr("{name} left the school? The record is kept for the history; the classes this person "
                            "leads lose their head teacher."))
        if row.active and not dialogs.ask_yes_no(self, self.tr("Deactivate"), question.format(name=row.name),
                                                 yes_text=self.tr("Deactivate")):
            return
        sid, active = row.id, not row.active
        self.app.worker.run(lambda s: staff_service.set_active(s, sid, active), None,
                            lambda e: dialogs.show_error(self, e), context=self, changes={"register", "audit"})


class StaffEditDialog(QDialog):
    def __init__(self, parent, app, staff_id: int | None) -> None:
        super().__init__(parent)
        self.app, self.staff_id = app, staff_id
        self.saved_id: int | None = None
        self.detail = None
        self.setWindowTitle(self.tr("New staff member") if staff_id is None else self.tr("Edit staff member"))
        self.university = is_university(app)
        self.setMinimumWidth(720 if self.university else 520)   # 机械工程学院 机械设计制造及其自动化2301班
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit()
        self.staff_no = QLineEdit()
        self.gender = QComboBox()
        for text, value in ((self.tr("not given"), ""), (self.tr("male"), "male"), (self.tr("female"), "female")):
            self.gender.addItem(text, value)
        self.phone = QLineEdit()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Staff number:"), self.staff_no)
        form.addRow(self.tr("Gender:"), self.gender)
        form.addRow(self.tr("Phone:"), self.phone)
        layout.addLayout(form)
        roles = QGroupBox(self.tr("Roles"))
        self.roles_grid = QGridLayout(roles)
        self.roles: dict[str, QCheckBox] = {}
        for code, label in STAFF_ROLES.items():
            box = QCheckBox(translate_text(label), roles)
            box.setObjectName(f"role_{code}")
            box.toggled.connect(self._roles_changed)
            self.roles[code] = box
        self._lay_out_roles(roles_for(self.university))
        layout.addWidget(roles)
        led = QHBoxLayout()
        classes = QGroupBox(self.tr("Classes led (instructor)") if self.university
                            else self.tr("Classes led (head teacher)"))
        self.classes = QListWidget()
        self.classes.setObjectName("classesLed")
        self.classes.setMinimumHeight(160)
        QVBoxLayout(classes).addWidget(self.classes)
        grades = QGroupBox(self.tr("Departments led (department head)") if self.university
                           else self.tr("Grades led (grade leader)"))
        self.grades = QListWidget()
        self.grades.setObjectName("gradesLed")
        QVBoxLayout(grades).addWidget(self.grades)
        led.addWidget(classes, 3)
        led.addWidget(grades, 2)
        layout.addLayout(led)
        self.error, self.buttons = form_footer(self, layout)
        self.buttons.setEnabled(False)
        self._roles_changed()
        sid = staff_id
        self.app.worker.run(lambda s: (*staff_service.leadable(s),
                                       staff_service.get_staff(s, sid) if sid is not None else None),
                            self._loaded, lambda e: show_failure(self.error, self, e), context=self)

    def _loaded(self, result) -> None:
        classes, grades, detail = result
        self.detail = detail
        for widget, items in ((self.classes, classes), (self.grades, grades)):
            for item in items:
                mine = self.staff_id is not None and item.holder_id == self.staff_id
                text = item.label if mine or item.holder_id is None else self.tr("{item} (now {name})").format(
                    item=item.label, name=item.holder)   # ticking it takes it over: said, not silent
                _checkable(widget, text, item.id, mine)
        if detail is not None:
            e = detail.edit
            self.name.setText(e.name)
            self.staff_no.setText(e.staff_no)
            self.gender.setCurrentIndex(max(0, self.gender.findData(e.gender)))
            self.phone.setText(e.phone)
            for code in e.roles:
                if code in self.roles:
                    self.roles[code].setChecked(True)
            self._lay_out_roles(roles_for(self.university, e.roles))   # a role of the other kind of school stays
        self._roles_changed()
        self.buttons.setEnabled(True)

    def _lay_out_roles(self, codes) -> None:
        """Two columns of the role boxes this school offers; the others hidden (and never ticked)."""
        for box in self.roles.values():
            self.roles_grid.removeWidget(box)
            box.hide()
        for i, code in enumerate(codes):
            self.roles_grid.addWidget(self.roles[code], i // 2, i % 2)
            self.roles[code].show()

    def _roles_changed(self) -> None:
        self.classes.setEnabled(any(self.roles[r].isChecked() for r in CLASS_ROLES))
        self.grades.setEnabled(any(self.roles[r].isChecked() for r in LEADER_ROLES))

    def edit(self) -> staff_service.StaffEdit:
        roles = tuple(code for code, box in self.roles.items() if box.isChecked())
        class_ids = _checked(self.classes) if any(r in roles for r in CLASS_ROLES) else ()
        grade_ids = _checked(self.grades) if any(r in roles for r in LEADER_ROLES) else ()
        return staff_service.StaffEdit(self.name.text(), self.staff_no.text(), self.gender.currentData(),
                                       self.phone.text(), roles, class_ids, grade_ids)

    def submit(self) -> None:
        edit, sid = self.edit(), self.staff_id
        self.buttons.setEnabled(False)
        self.app.worker.run(lambda s: staff_service.save_staff(s, edit, sid), self._saved, self._failed,
                            context=self, changes={"register", "audit"})

    def _saved(self, staff_id: int) -> None:
        self.saved_id = staff_id
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        show_failure(self.error, self, error)
