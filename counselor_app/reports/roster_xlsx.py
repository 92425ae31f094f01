"""The student roster as an xlsx workbook, with Chinese column names; safe against formula injection.

Written in openpyxl's write-only mode: each row goes straight to the file, so 30,000 students take seconds
(appending to a normal worksheet and styling ``ws[ws.max_row]`` was quadratic: max_row walks every cell).
Every value is a text cell (inlineStr, never a formula) except the birth date, a real date cell. A text that
Excel would take for a formula once edited (= + - @) also gets the quotePrefix style, Excel's own "typed with a
leading apostrophe": the value itself stays unchanged, so an export imported again changes nothing.
"""
from __future__ import annotations

import io
from datetime import date
from typing import Sequence

from counselor_app.domain.errors import QT_TRANSLATE_NOOP
from counselor_app.reports.pdf_base import Translate, identity

GRADE_K12 = QT_TRANSLATE_NOOP("RosterExport", "Grade / department")
GRADE_UNIVERSITY = QT_TRANSLATE_NOOP("RosterExport", "Department")
HEADERS = (
    QT_TRANSLATE_NOOP("RosterExport", "Student number"), QT_TRANSLATE_NOOP("RosterExport", "Name"),
    QT_TRANSLATE_NOOP("RosterExport", "Gender"), QT_TRANSLATE_NOOP("RosterExport", "Birth date"),
    GRADE_K12, QT_TRANSLATE_NOOP("RosterExport", "Class"),
    QT_TRANSLATE_NOOP("RosterExport", "Dorm"), QT_TRANSLATE_NOOP("RosterExport", "Boarding"),
    QT_TRANSLATE_NOOP("RosterExport", "Status"), QT_TRANSLATE_NOOP("RosterExport", "Guardian name"),
    QT_TRANSLATE_NOOP("RosterExport", "Guardian relation"), QT_TRANSLATE_NOOP("RosterExport", "Guardian phone"),
    QT_TRANSLATE_NOOP("RosterExport", "Second guardian name"),
    QT_TRANSLATE_NOOP("RosterExport", "Second guardian relation"),
    QT_TRANSLATE_NOOP("RosterExport", "Second guardian phone"),
)
GRADE_COLUMN = 4
BIRTH_COLUMN = 3
WIDTHS = (14, 10, 6, 12, 12, 16, 12, 8, 8, 10, 10, 14, 10, 10, 14)
GENDER = {"male": "男", "female": "女"}
STATUS = {"enrolled": "在读", "on_leave": "休学", "suspended": "停学", "graduated": "毕业", "transferred": "转出"}
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def needs_quote(value: object) -> bool:
    """Text that Excel would read as a formula when typed or edited (= + - @, also after a tab or CR)."""
    return isinstance(value, str) and value[:1] in FORMULA_START


def headers(university: bool = False) -> tuple[str, ...]:
    """The column titles (English sources): 年级/院系 for a K-12 school, 院系 for a university."""
    return HEADERS[:GRADE_COLUMN] + ((GRADE_UNIVERSITY if university else GRADE_K12),) + HEADERS[GRADE_COLUMN + 1:]


def _birth(value: object) -> object:
    if isinstance(value, str) and value:
        try:
            return date.fromisoformat(value)
        except ValueError:
            return value  # an odd value kept in the register is exported as it is
    return value or None


def students_xlsx(rows: Sequence[tuple], tr: Translate = identity, university: bool = False) -> bytes:
    """rows: (student_no, name, gender, birth_date, grade, class, dorm, boarding, status, guardians)."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.utils import get_column_letter

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(tr(QT_TRANSLATE_NOOP("RosterExport", "Students")))
    for index, width in enumerate(WIDTHS, 1):
        ws.column_dimensions[get_column_letter(index)].width = width
    ws.freeze_panes = "A2"

    def styled(kind: str) -> WriteOnlyCell:
        cell = WriteOnlyCell(ws)
        if kind == "date":
            cell.number_format = "yyyy-mm-dd"
        else:
            cell.number_format = "@"  # text: student numbers and phones keep their digits when edited
            cell.quotePrefix = kind == "quoted"
        return cell

    # One styled cell per column and kind, reused row after row: the write-only sheet writes a row as soon as it
    # is appended, and styling a fresh cell per value would cost more than writing it.
    pool = [{kind: styled(kind) for kind in ("text", "quoted", "date")} for _ in WIDTHS]

    def cell(column: int, value: object) -> WriteOnlyCell | None:
        if value is None or value == "":
            return None  # no cell at all: cheaper, and an empty cell reads back as empty
        if isinstance(value, date):
            c = pool[column]["date"]
            c.value = value
            return c
        c = pool[column]["quoted" if needs_quote(value) else "text"]
        c.value = str(value)
        c.data_type = "s"  # never a formula, whatever the text starts with
        return c

    ws.append([cell(i, tr(h)) for i, h in enumerate(headers(university))])
    for no, name, gender, birth, grade, klass, dorm, boarding, status, guardians in rows:
        g = list(guardians[:2]) + [("", "", "")] * (2 - len(guardians[:2]))
        values = (no, name, GENDER.get(gender, ""), _birth(birth), grade, klass, dorm, "是" if boarding else "否",
                  STATUS.get(status, status), *g[0], *g[1])
        ws.append([cell(i, v) for i, v in enumerate(values)])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
