"""导入不可值班安排: unavailability for duty from a sheet (姓名 or 工号, 日期 or 开始日期/结束日期 or 星期, 时段, 原因)
through the table-import dialog: the header row found, the column mapping, every row's verdict with its Excel row
number, then all or nothing (or the valid rows); the same sheet again adds nothing (services/duty_import.py)."""
from __future__ import annotations

from functools import partial

from counselor_app.services import duty_import
from counselor_app.ui.duty import words
from counselor_app.ui.table_import_dialog import TableImportDialog


class UnavailabilityImportDialog(TableImportDialog):
    def __init__(self, page, semester_id: int, path: str | None = None) -> None:
        super().__init__(page, page.app, "duty_unavailability",
                         partial(duty_import.preview_unavailability, semester_id=semester_id),
                         partial(duty_import.import_unavailability, semester_id=semester_id), path=path)
        self.setWindowTitle(self.tr("Import unavailability for duty"))

    def file_prompt(self) -> tuple[str, str]:
        return self.tr("Choose the sheet of unavailability"), self.tr("Tables")

    def summary_text(self, preview) -> str:
        return self.tr("{new} new, {unchanged} already entered, {rejected} rejected").format(
            new=preview.new, unchanged=preview.unchanged, rejected=len(preview.rejected))

    def result_text(self, added: int) -> str:
        left_out = len(self.preview.rejected) if self.preview is not None else 0
        return words.sentences([self.tr("{count} entry(ies) of unavailability added.").format(count=added),
                                self.tr("{count} invalid row(s) left out.").format(count=left_out) if left_out else ""])
