"""The roster import (students or staff): the table import's preview (ui/table_import_dialog.py) with what a roster
adds — the grades and classes the import creates, and a choice for each row that is most likely a student of the
register under another number (ui/import_same_student.py), which the import waits for.
"""
from __future__ import annotations

from pathlib import Path

from counselor_app.domain import roster
from counselor_app.domain.errors import fill
from counselor_app.services import roster_import, staff_import
from counselor_app.translation import translate_text
from counselor_app.ui.import_same_student import SameStudentPanel
from counselor_app.ui.models import Column
from counselor_app.ui.qt import QLabel
from counselor_app.ui.table_import_dialog import TableImportDialog, row_message, shown_value

SERVICES = {
    "students": (roster_import.preview_students, roster_import.import_students),
    "staff": (staff_import.preview_staff, staff_import.import_staff),
}
NAMES_SHOWN = 12   # created classes named in the preview; the rest are counted


def roles_text(roles) -> str:
    """'班主任、年级组长' / 'head teacher, grade leader'."""
    from counselor_app.domain.staff_roles import ROLE_SEPARATOR, STAFF_ROLES

    return translate_text(ROLE_SEPARATOR).join(translate_text(STAFF_ROLES[r]) for r in roles if r in STAFF_ROLES)


class RosterImportDialog(TableImportDialog):
    def __init__(self, parent, app, kind: str = "students", path: str | Path | None = None) -> None:
        super().__init__(parent, app, kind, *SERVICES[kind], path=path)
        self.setWindowTitle(self.tr("Import the student roster") if kind == "students"
                            else self.tr("Import the staff roster"))

    def verdict_extras(self) -> list:
        self.created = QLabel()   # the grades and classes the import creates
        self.created.setObjectName("importCreated")
        self.created.setWordWrap(True)
        self.created.setVisible(False)
        self.same = SameStudentPanel()
        self.same.changed.connect(self._choice_changed)
        return [self.created, self.same]

    # -- the verdict table --------------------------------------------------------------------------------------
    def verdict_columns(self) -> tuple[list[Column], dict[int, str]]:
        number = "student_no" if self.kind == "students" else "staff_no"
        extra = ("birth_date", self.tr("Birth date"), shown_value) if self.kind == "students" else \
            ("roles", self.tr("Roles"), lambda roles: roles_text(roles or ()))
        text = lambda value: value or ""   # noqa: E731
        columns = [Column(self.tr("Row"), lambda v: v.line, align_right=True), Column(self.tr("Verdict"), self.verdict),
                   Column(self.tr("Student number") if self.kind == "students" else self.tr("Staff number"),
                          self.shown(number, text)),
                   Column(self.tr("Name"), self.shown("name", text)), Column(extra[1], self.shown(extra[0], extra[2])),
                   Column(self.tr("Class"), self.shown("class_name", text)), Column(self.tr("Problem"), self.problem)]
        return columns, {2: number, 3: "name", 4: extra[0], 5: "class_name"}

    def verdict(self, v) -> str:
        if self.preview is not None and v.line in self.preview.likely_same and v.status == "ok":
            return {None: self.tr("to choose"), roster.SAME_NEW: self.tr("new student"),
                    roster.SAME_RENUMBER: self.tr("corrected number"),
                    roster.SAME_SKIP: self.tr("skipped")}[self.preview.choices.get(v.line)]
        return super().verdict(v)

    def problem(self, v) -> str:
        same = self.preview.likely_same.get(v.line) if self.preview is not None else None
        return fill(*same.message, translate_text) if same is not None and v.status == "ok" else row_message(v)

    def file_prompt(self) -> tuple[str, str]:
        return self.tr("Choose a roster file"), self.tr("Rosters")

    def problem_rows(self, preview) -> list:
        return [v for v in preview.verdicts if v.status == "error" or v.line in preview.likely_same]

    def summary_text(self, preview) -> str:
        if not preview.likely_same:
            return super().summary_text(preview)
        return self.tr("{new} new, {updated} updated, {unchanged} unchanged, {rejected} rejected, {skipped} skipped, "
                       "{undecided} still to choose").format(
            new=preview.new, updated=preview.updated, unchanged=preview.unchanged, rejected=len(preview.rejected),
            skipped=preview.skipped, undecided=len(preview.undecided))

    def result_text(self, result) -> str:
        text = super().result_text(result)
        if result.renumbered or result.skipped:
            text += " " + self.tr("Student numbers corrected: {renumbered}; rows skipped: {skipped}.").format(
                renumbered=result.renumbered, skipped=result.skipped)
        return text

    # -- what a roster adds ---------------------------------------------------------------------------------------
    def _loaded(self, preview: roster_import.ImportPreview) -> None:
        _keep_choices(self.preview, preview)
        super()._loaded(preview)
        self.same.set_preview(preview)
        self._show_created(preview.new_grades, preview.new_classes, preview.university, done=False)

    def _load_failed(self, error: BaseException) -> None:
        self.same.set_preview(None)
        self.created.setVisible(False)
        super()._load_failed(error)

    def _choice_changed(self) -> None:
        """A likely-same row decided (or undecided) in the panel: the counts, verdicts and the Import button."""
        self._show_verdicts()
        self._update_buttons()

    def _show_created(self, grades, classes, university: bool, done: bool) -> None:
        """Which grades (departments) and classes the import creates, or created; hidden when none."""
        self.created.setVisible(bool(classes))
        if not classes:
            return
        separator = self.tr(", ")

        def names(items: list[str]) -> str:
            text = separator.join(items[:NAMES_SHOWN])
            more = self.tr("… {count} in all").format(count=len(items))
            return text if len(items) <= NAMES_SHOWN else text + separator + more

        if not grades:
            text = self.tr("Created these classes: {classes}.") if done else \
                self.tr("The import creates these classes: {classes}.")
        elif university:
            text = self.tr("Created these departments: {grades}; and these classes: {classes}.") if done else \
                self.tr("The import creates these departments: {grades}; and these classes: {classes}.")
        else:
            text = self.tr("Created these grades: {grades}; and these classes: {classes}.") if done else \
                self.tr("The import creates these grades: {grades}; and these classes: {classes}.")
        self.created.setText(text.format(grades=names(list(grades)),
                                         classes=names([roster.class_label(g, c) for g, c in classes])))

    def ready(self) -> bool:
        return super().ready() and not self.preview.undecided

    def _update_buttons(self) -> None:
        super()._update_buttons()
        p = self.preview
        if p is not None and p.undecided and not p.problems and not self.import_button.toolTip():
            self.import_button.setToolTip(self.tr("Some rows look like students already in the register: choose "
                                                  "for each what the import does."))

    def inputs(self) -> list:
        return super().inputs() + [self.same]

    def _applied(self, result: roster_import.ImportResult) -> None:
        super()._applied(result)
        self._show_created(result.new_grades, result.new_classes, self.preview.university, done=True)


def _keep_choices(old: roster_import.ImportPreview | None, new: roster_import.ImportPreview) -> None:
    """A row decided before the rows were checked again (another column's meaning changed) keeps its choice when it
    still matches the same students of the register."""
    if old is None or not old.choices or new.problems:
        return
    for line, choice in old.choices.items():
        same = new.likely_same.get(line)
        if same is not None and same.student_nos == old.likely_same[line].student_nos:
            new.choose(choice, [line])
