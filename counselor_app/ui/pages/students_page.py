"""学生名册: every student, searched as you type (学号, 姓名, pinyin initials) and filtered by grade, class, status.

30,000 rows load once through the worker; searching and filtering then run on the plain rows (ui/list_page.py),
well under a frame's time (bench/bench_student_list.py). A click on a column header sorts (names in pinyin order,
grades and classes in the register's order). The guardians' phones are an optional column, hidden until asked
for: they are loaded (and the look audited) only then.
"""
from __future__ import annotations

from operator import attrgetter
from pathlib import Path

from counselor_app.domain.areas import Area
from counselor_app.domain.roles import Permission
from counselor_app.services import students as student_service
from counselor_app.ui import dialogs
from counselor_app.ui.list_page import ChoiceFilter, ListPage, keep_equal, select_rows
from counselor_app.ui.models import Column, name_key
from counselor_app.ui.qt import QCheckBox, QCoreApplication
from counselor_app.ui.vocabulary import gender_text, status_text  # noqa: F401 - the other pages import them here


def is_university(app) -> bool:
    """Whether the office serves a university (院系, 辅导员) rather than a K-12 school (年级, 班主任)."""
    return app.school is not None and app.school.school_type.is_university


GRADE, CLASS, STATUS = attrgetter("grade"), attrgetter("class_name"), attrgetter("status")


def filter_rows(rows, query: str, grade: str | None, class_name: str | None, status: str | None) -> list:
    """What the page shows for these choices (the bench measures it)."""
    return select_rows(rows, query, [lambda rs, get=get, v=v: keep_equal(rs, get, v)
                                     for get, v in ((STATUS, status), (GRADE, grade), (CLASS, class_name))
                                     if v is not None])


class StudentsPage(ListPage):
    key = "students"
    permission = Permission.VIEW_REGISTER
    cares_about = frozenset({Area.REGISTER})
    loader = staticmethod(student_service.list_students)
    search_name = "studentSearch"
    stretch = False   # long university class names get their room
    GRADE_COLUMN, PHONE_COLUMN = 4, 8

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("Pages", "Students")

    def __init__(self, app) -> None:
        self.phones: dict[int, list[tuple[str, str]]] | None = None   # loaded when the column is shown
        self._grade_rank: dict[str, int] = {}
        self._class_rank: dict[tuple[str, str], int] = {}
        super().__init__(app)
        self.table.setColumnHidden(self.PHONE_COLUMN, True)
        self.show_phones.toggled.connect(self._phones_toggled)

    def heading(self):
        self.new_button = self.action(self.tr("New student…"), self.new_student, Permission.EDIT_REGISTER)
        self.import_button = self.action(self.tr("Import roster…"), self.import_roster, Permission.EDIT_REGISTER,
                                         tip=self.tr("Import students from an Excel or CSV roster; you see every "
                                                     "row's verdict before anything is written."))
        self.export_button = self.action(self.tr("Export…"), self.export_roster, tip=self.tr(
            "Save the students shown (grade and class filters apply) as an Excel file."))
        return [self.new_button, self.import_button, self.export_button]

    def search_hint(self) -> str:
        return self.tr("Student number, name or pinyin initials (e.g. zsm)")

    def filters(self):
        self.grade = ChoiceFilter(GRADE, self._all_grades)
        self.klass = ChoiceFilter(CLASS, self.tr("All classes"), within=self.grade)
        self.status = ChoiceFilter(STATUS, self.tr("All statuses"), [(status_text(s), s) for s in
                                                                      student_service.STATUSES], default="enrolled")
        self.show_phones = QCheckBox(self.tr("Guardians' phones"))
        self.show_phones.setObjectName("showGuardianPhones")
        self.show_phones.setToolTip(self.tr("Show a column with the guardians' phone numbers (each look is recorded "
                                            "in the audit trail)."))
        return [self.grade, self.klass, self.status, self.show_phones]

    def narrowers(self):   # the status first: it keeps the fewest rows
        return [self.status.narrow, self.grade.narrow, self.klass.narrow]

    def columns(self):
        monitor = self.tr("mental-health monitor")
        return [
            Column(self.tr("Student number"), attrgetter("student_no")),
            Column(self.tr("Name"), attrgetter("name"), sort_key=lambda r: name_key(r.name)),
            Column(self.tr("Gender"), lambda r: gender_text(r.gender)),
            Column(self.tr("Birth date"), lambda r: r.birth_date or ""),
            Column(self.tr("Grade"), GRADE, sort_key=lambda r: self._grade_rank.get(r.grade)),
            Column(self.tr("Class"), CLASS, sort_key=lambda r: self._class_rank.get((r.grade, r.class_name))),
            Column(self.tr("Status"), lambda r: status_text(r.status)),
            Column(self.tr("Class role"), lambda r: monitor if r.is_monitor else ""),
            Column(self.tr("Guardians' phones"), self.phones_text,
                   sort_key=lambda r: self.phones[r.id][0][1] if self.phones and r.id in self.phones else None),
        ]

    def table_tip(self) -> str:
        return self.tr("Double-click a student to open the profile. Click a column header to sort.")

    def count_text(self, shown, rows) -> str:
        return self.tr("{shown} of {total} students").format(shown=len(shown), total=len(rows))

    def loading_text(self) -> str:
        return self.tr("Loading the register…")

    def _all_grades(self) -> str:
        return self.tr("All departments") if is_university(self.app) else self.tr("All grades")

    def open_row(self, row) -> None:
        from counselor_app.ui.pages.student_profile import StudentProfile

        self.profile = StudentProfile(self, row.id)
        self.profile.open()

    def new_student(self) -> None:
        from counselor_app.ui.student_edit import StudentEditDialog

        self.editor = StudentEditDialog(self, self.app)
        self.editor.open()

    def refresh(self) -> None:
        self.model.set_header(self.GRADE_COLUMN, self.tr("Department") if is_university(self.app) else self.tr("Grade"))
        self.grade.relabel()
        super().refresh()
        if self.show_phones.isChecked():
            self.load_phones()

    def received(self, rows: list) -> list:
        self._grade_rank, self._class_rank = {}, {}
        for r in rows:   # the register's order (grades and classes as the school sorts them), for sorting
            if r.grade:
                self._grade_rank.setdefault(r.grade, len(self._grade_rank))
            if r.class_name:
                self._class_rank.setdefault((r.grade, r.class_name), len(self._class_rank))
        return rows

    def clear_data(self) -> None:
        self.phones = None
        super().clear_data()

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
        self.app.worker.run(student_service.guardian_phones, self._phones_loaded, self._phones_failed, context=self)

    def _phones_loaded(self, phones: dict) -> None:
        if self.show_phones.isChecked():   # not unticked while loading
            self.phones = phones
            self.model.values_changed()   # the cells (and a sort by phone) see the numbers now

    def _phones_failed(self, error: BaseException) -> None:
        self.show_phones.setChecked(False)
        dialogs.show_error(self, error)

    # -- import and export ---------------------------------------------------------------------------
    def import_roster(self, path: str | None = None) -> None:
        from counselor_app.ui.import_dialog import RosterImportDialog

        self.importer = RosterImportDialog(self, self.app, "students", path or None)
        self.importer.open()
        if not path:
            self.importer.choose_file()

    def export_roster(self) -> None:
        from counselor_app.services import roster_export
        from counselor_app.translation import translate_text

        grade, class_name = self.grade.currentData(), self.klass.currentData()
        target = dialogs.get_save_file_name(self, self.tr("Export students"), self.tr("students.xlsx"),
                                            self.tr("Excel workbook") + " (*.xlsx)")
        if not target:
            return
        out = Path(target if target.lower().endswith(".xlsx") else target + ".xlsx")
        self.export_button.setEnabled(False)
        self.app.worker.run(lambda s: roster_export.export_students(s, out, grade, class_name, tr=translate_text),
                            self._exported, self._export_failed, context=self)

    def _exported(self, count: int) -> None:
        self.export_button.setEnabled(True)
        dialogs.show_info(self, self.tr("Export students"),
                          self.tr("{count} student(s) were saved to the file.").format(count=count))

    def _export_failed(self, error: BaseException) -> None:
        self.export_button.setEnabled(True)
        dialogs.show_error(self, error)
