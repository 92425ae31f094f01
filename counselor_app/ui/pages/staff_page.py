"""教职工: the staff of the school with their roles and the classes they lead; import, create, edit, deactivate."""
from __future__ import annotations

from operator import attrgetter

from counselor_app.domain.areas import Area
from counselor_app.domain.roles import Permission
from counselor_app.domain.staff_roles import STAFF_ROLES, leads_classes, leads_grades, roles_for
from counselor_app.services import staff as staff_service
from counselor_app.translation import translate_text
from counselor_app.ui import dialogs
from counselor_app.ui.form_dialog import CheckList, FormDialog, choice
from counselor_app.ui.import_dialog import roles_text
from counselor_app.ui.list_page import CheckFilter, ListPage
from counselor_app.ui.models import Column, name_key
from counselor_app.ui.pages.students_page import is_university
from counselor_app.ui.vocabulary import gender_choices, gender_text
from counselor_app.ui.qt import QCheckBox, QCoreApplication, QGridLayout, QGroupBox, QHBoxLayout, QVBoxLayout


class StaffEditDialog(FormDialog):
    def __init__(self, parent, app, staff_id: int | None) -> None:
        self.university = is_university(app)
        super().__init__(parent, app, self.tr("New staff member") if staff_id is None else self.tr("Edit staff member"),
                         720 if self.university else 520)   # 机械工程学院 机械设计制造及其自动化2301班
        self.staff_id, self.detail = staff_id, None
        self.name = self.field(self.tr("Name:"))
        self.staff_no = self.field(self.tr("Staff number:"))
        self.gender = self.field(self.tr("Gender:"), choice(gender_choices()))
        self.phone = self.field(self.tr("Phone:"))
        roles = QGroupBox(self.tr("Roles"))
        self.roles_grid = QGridLayout(roles)
        self.roles: dict[str, QCheckBox] = {}
        for code, label in STAFF_ROLES.items():
            self.roles[code] = box = QCheckBox(translate_text(label), roles)
            box.setObjectName(f"role_{code}")
            box.toggled.connect(self._roles_changed)
        self._lay_out_roles(roles_for(self.university))
        self.body.addWidget(roles)
        led = QHBoxLayout()
        self.classes, self.grades = CheckList(), CheckList()
        self.classes.setObjectName("classesLed")
        self.classes.setMinimumHeight(160)
        self.grades.setObjectName("gradesLed")
        for title, widget, stretch in (
                (self.tr("Classes led (instructor)") if self.university else self.tr("Classes led (head teacher)"),
                 self.classes, 3),
                (self.tr("Departments led (department head)") if self.university
                 else self.tr("Grades led (grade leader)"), self.grades, 2)):
            group = QGroupBox(title)
            QVBoxLayout(group).addWidget(widget)
            led.addWidget(group, stretch)
        self.body.addLayout(led)
        self._roles_changed()

    @property
    def saved_id(self) -> int | None:
        return self.saved_value

    def loader(self):
        sid = self.staff_id
        return lambda s: (*staff_service.leadable(s), staff_service.get_staff(s, sid) if sid is not None else None)

    def loaded(self, result) -> None:
        classes, grades, detail = result
        self.detail = detail
        for widget, items in ((self.classes, classes), (self.grades, grades)):
            for item in items:
                mine = self.staff_id is not None and item.holder_id == self.staff_id
                text = item.label if mine or item.holder_id is None else self.tr("{item} (now {name})").format(
                    item=item.label, name=item.holder)   # ticking it takes it over: said, not silent
                widget.add(text, item.id, mine)
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

    def _lay_out_roles(self, codes) -> None:
        """Two columns of the role boxes this school offers; the others hidden (and never ticked)."""
        for box in self.roles.values():
            self.roles_grid.removeWidget(box)
            box.hide()
        for i, code in enumerate(codes):
            self.roles_grid.addWidget(self.roles[code], i // 2, i % 2)
            self.roles[code].show()

    def _roles_changed(self) -> None:
        checked = [code for code, box in self.roles.items() if box.isChecked()]
        self.classes.setEnabled(leads_classes(checked))
        self.grades.setEnabled(leads_grades(checked))

    def edit(self) -> staff_service.StaffEdit:
        roles = tuple(code for code, box in self.roles.items() if box.isChecked())
        class_ids = self.classes.checked_values() if leads_classes(roles) else ()
        grade_ids = self.grades.checked_values() if leads_grades(roles) else ()
        return staff_service.StaffEdit(self.name.text(), self.staff_no.text(), self.gender.currentData(),
                                       self.phone.text(), roles, class_ids, grade_ids)

    def saver(self, edit):
        sid = self.staff_id
        return lambda s: staff_service.save_staff(s, edit, sid)


class StaffPage(ListPage):
    key = "staff"
    permission = Permission.VIEW_REGISTER
    cares_about = frozenset({Area.REGISTER, Area.USERS})
    loader = staticmethod(staff_service.list_staff)
    edit_dialog = staticmethod(lambda page, row: StaffEditDialog(page, page.app, row.id if row is not None else None))
    edit_permission = Permission.EDIT_REGISTER
    search_name = "staffSearch"
    stretch = False

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("Pages", "Staff")

    def heading(self):
        self.new_button = self.action(self.tr("New staff member…"), self.edit, Permission.EDIT_REGISTER)
        self.import_button = self.action(self.tr("Import staff roster…"), self.import_roster,
                                         Permission.EDIT_REGISTER)
        self.active_button = self.action(self.tr("Deactivate"), self.toggle_active, Permission.EDIT_REGISTER, row=True,
                                         label=lambda r: self.tr("Reactivate") if r is not None and not r.active
                                         else self.tr("Deactivate"))
        return [self.new_button, self.import_button, self.active_button]

    def search_hint(self) -> str:
        return self.tr("Name, staff number or pinyin initials")

    def filters(self):
        self.show_inactive = CheckFilter(self.tr("Show staff who left"), when_off=attrgetter("active"))
        return [self.show_inactive]

    def columns(self):
        return [
            Column(self.tr("Name"), lambda r: r.name if r.active else self.tr("{name} (left)").format(name=r.name),
                   sort_key=lambda r: name_key(r.name), colour=lambda r: None if r.active else "#6b7785"),
            Column(self.tr("Staff number"), attrgetter("staff_no")),
            Column(self.tr("Gender"), lambda r: gender_text(r.gender)),
            Column(self.tr("Phone"), attrgetter("phone")),
            Column(self.tr("Account"), attrgetter("login")),
            Column(self.tr("Roles"), lambda r: roles_text(r.roles)),
            Column(self.tr("Leads"), lambda r: "; ".join(x for x in (r.grades, r.classes) if x)),
        ]

    def table_tip(self) -> str:
        return self.tr("Double-click a staff member to edit. Click a column header to sort.")

    def count_text(self, shown, rows) -> str:
        total = len(rows) if self.show_inactive.isChecked() else sum(1 for r in rows if r.active)
        return self.tr("{shown} of {total} staff members").format(shown=len(shown), total=total)

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
                            lambda e: dialogs.show_error(self, e), context=self)
