"""班级: every class with its grade leader, head teacher / 辅导员, 心理委员 and enrolled count (the warning network of
policy §6 at a glance); add a class by hand, rename, archive."""
from __future__ import annotations

from operator import attrgetter
from typing import NamedTuple

from counselor_app.domain.areas import Area
from counselor_app.domain.roles import Permission
from counselor_app.services import structure as structure_service
from counselor_app.ui import dialogs
from counselor_app.ui.form_dialog import FormDialog
from counselor_app.ui.list_page import STRETCH, CheckFilter, ChoiceFilter, ListPage
from counselor_app.ui.models import Column, name_key
from counselor_app.ui.pages.students_page import is_university
from counselor_app.ui.qt import QComboBox, QCoreApplication

MISSING = "#b3261e"   # a class without its head teacher or monitor: the gap in the warning network, in red
ARCHIVED = "#6b7785"


class ClassEdit(NamedTuple):
    grade: str
    name: str


class ClassDialog(FormDialog):
    """A new class (grade or department + class), or a new name for one."""

    def __init__(self, page: "ClassesPage", row) -> None:
        super().__init__(page, page.app, self.tr("New class") if row is None else self.tr("Rename class"), 420)
        self.row = row
        university = is_university(page.app)
        self.grade = self.field(self.tr("Department:") if university else self.tr("Grade:"), QComboBox(),
                                name="classGrade")
        self.grade.setEditable(True)
        self.grade.addItems(list(dict.fromkeys(r.grade for r in page.all_rows if not r.archived)))
        self.name = self.field(self.tr("Class:"), name="className", placeholder=self.tr("e.g. 软件工程2301班")
                               if university else self.tr("e.g. 3班 or 七年级(3)班"))
        if row is not None:
            self.grade.setCurrentText(row.grade)
            self.grade.setEnabled(False)
            self.name.setText(row.class_name)

    def edit(self) -> ClassEdit:
        return ClassEdit(self.grade.currentText(), self.name.text())

    def saver(self, edit: ClassEdit):
        if self.row is None:
            return lambda s: structure_service.add_class(s, edit.grade, edit.name)
        class_id = self.row.id
        return lambda s: structure_service.rename_class(s, class_id, edit.name)


class ClassesPage(ListPage):
    key = "classes"
    permission = Permission.VIEW_REGISTER
    cares_about = frozenset({Area.REGISTER})
    loader = staticmethod(structure_service.list_classes)
    edit_dialog = ClassDialog
    edit_permission = Permission.EDIT_REGISTER
    stretch = False

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("Pages", "Classes")

    def __init__(self, app) -> None:
        self._rank: dict[int, int] = {}   # class id → place in the register's order (grades, then classes)
        self._grade_rank: dict[str, int] = {}
        super().__init__(app)

    def heading(self):
        self.add_button = self.action(self.tr("New class…"), self.add_class, Permission.EDIT_REGISTER)
        self.rename_button = self.action(self.tr("Rename…"), self.rename_class, Permission.EDIT_REGISTER, row=True,
                                         when=lambda r: not r.archived)
        self.archive_button = self.action(self.tr("Archive"), self.toggle_archived, Permission.EDIT_REGISTER,
                                          row=True, label=lambda r: self.tr("Restore") if r is not None and r.archived
                                          else self.tr("Archive"))
        self.print_button = self.action(self.tr("Print list…"), self.print_list, Permission.VIEW_REGISTER, row=True,
                                        tip=self.tr("Print the class list: the enrolled students with their "
                                                    "guardians' phones."), name="printClassList")
        self.rollover_button = self.action(self.tr("Year rollover…"), self.rollover,
                                           (Permission.EDIT_REGISTER, Permission.BACKUP), tip=self.tr(
            "Once a year: every class moves up one grade and the top grade graduates, after an automatic backup."))
        return [self.add_button, self.rename_button, self.archive_button, self.print_button, self.rollover_button]

    def filters(self):
        self.grade = ChoiceFilter(attrgetter("grade"), self._all_grades, width=10)
        self.missing = CheckFilter(self._missing_text(), when_on=lambda r: not r.head_teacher or not r.monitors)
        self.show_archived = CheckFilter(self.tr("Show archived classes"), when_off=lambda r: not r.archived)
        return [self.grade, self.missing, STRETCH, self.show_archived]

    def columns(self):
        people = lambda attr: (lambda r: name_key(getattr(r, attr)))  # noqa: E731
        none = self.tr("— none —")
        return [
            Column(self.tr("Grade"), attrgetter("grade"), sort_key=lambda r: self._grade_rank.get(r.grade)),
            Column(self.tr("Class"), lambda r: r.class_name if not r.archived
                   else self.tr("{name} (archived)").format(name=r.class_name),
                   sort_key=lambda r: self._rank.get(r.id), colour=lambda r: ARCHIVED if r.archived else None),
            Column(self.tr("Enrolled"), attrgetter("enrolled"), align_right=True),
            Column(self.tr("Grade leader"), attrgetter("grade_leader"), sort_key=people("grade_leader")),
            Column(self.tr("Head teacher"), lambda r: r.head_teacher or none, sort_key=people("head_teacher"),
                   colour=lambda r: None if r.head_teacher or r.archived else MISSING),
            Column(self.tr("Mental-health monitors"), lambda r: r.monitors or none, sort_key=people("monitors"),
                   colour=lambda r: None if r.monitors or r.archived else MISSING),
        ]

    def table_tip(self) -> str:
        return self.tr("Click a column header to sort.")

    def count_text(self, shown, rows) -> str:
        return self.tr("{classes} classes, {students} enrolled students").format(
            classes=len(shown), students=sum(r.enrolled for r in shown))

    def _all_grades(self) -> str:
        return self.tr("All departments") if is_university(self.app) else self.tr("All grades")

    def _missing_text(self) -> str:
        return (self.tr("Only classes without instructor or mental-health monitor") if is_university(self.app)
                else self.tr("Only classes without head teacher or mental-health monitor"))

    def refresh(self) -> None:
        """年级, 年级组长, 班主任 at a K-12 school; 院系, 院系负责人, 辅导员 at a university (words checked at each
        show: the school type may have changed in Settings)."""
        university = is_university(self.app)
        for column, k12, uni in ((0, self.tr("Grade"), self.tr("Department")),
                                 (3, self.tr("Grade leader"), self.tr("Department head")),
                                 (4, self.tr("Head teacher"), self.tr("Instructor"))):
            self.model.set_header(column, uni if university else k12)
        self.missing.setText(self._missing_text())
        self.grade.relabel()
        super().refresh()

    def received(self, rows: list) -> list:
        self._rank = {r.id: n for n, r in enumerate(rows)}
        self._grade_rank = {}
        for r in rows:
            self._grade_rank.setdefault(r.grade, len(self._grade_rank))
        return rows

    def add_class(self) -> None:
        self.edit(None)

    def open_row(self, _row) -> None:
        self.rename_class()

    def rename_class(self) -> None:
        row = self.selected()
        if row is not None and not row.archived:
            self.edit(row)

    def toggle_archived(self) -> None:
        row = self.selected()
        if row is None:
            return
        archive = not row.archived
        # a class with students is refused by the service, with its reason: no question asked before that
        if archive and not row.enrolled and not dialogs.ask_yes_no(self, self.tr("Archive"), self.tr(
                "Archive {klass}? It is no longer offered for students; its history stays.").format(klass=row.label),
                yes_text=self.tr("Archive")):
            return
        class_id = row.id
        self.app.worker.run(lambda s: structure_service.set_archived(s, class_id, archive), None,
                            lambda e: dialogs.show_error(self, e), context=self)

    def print_list(self) -> None:
        """The class list (班级学生名单) in the print preview; its preview, print and save are audited under the class."""
        from counselor_app.services import documents
        from counselor_app.translation import translate_text
        from counselor_app.ui.print_preview import open_document

        row = self.selected()
        if row is None:
            return
        class_id = row.id
        open_document(self.app, self, self.tr("Class list"), "class_roster",
                      lambda s: documents.build_document(s, "class_roster", tr=translate_text, class_id=class_id),
                      default_name=self.tr("class-list-{klass}").format(klass=row.label), target_id=class_id)

    def rollover(self) -> None:
        from counselor_app.ui.rollover_dialog import RolloverDialog

        self.rollover_dialog = RolloverDialog(self, self.app)
        self.rollover_dialog.open()
