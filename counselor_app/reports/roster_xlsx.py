"""The student roster as an xlsx workbook, with Chinese column names; safe against formula injection.

Written with XlsxWriter entirely in memory (``in_memory``): no temporary file ever holds a name or a phone number
(openpyxl's write-only mode spooled every sheet to the system temp folder, where a killed export left them).
Every value is a text cell (a string, never a formula) except the birth date, a real date cell. A text that
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
    import xlsxwriter

    buf = io.BytesIO()
    # in_memory: no temp files; strings stay strings (no formulas, numbers or links made of them)
    wb = xlsxwriter.Workbook(buf, {"in_memory": True, "strings_to_formulas": False, "strings_to_numbers": False,
                                   "strings_to_urls": False})
    ws = wb.add_worksheet(tr(QT_TRANSLATE_NOOP("RosterExport", "Students")))
    for index, width in enumerate(WIDTHS):
        ws.set_column(index, index, width)
    ws.freeze_panes(1, 0)
    # text: student numbers and phones keep their digits when edited; quoted: Excel's leading apostrophe
    formats = {"text": wb.add_format({"num_format": "@"}),
               "quoted": wb.add_format({"num_format": "@", "quote_prefix": True}),
               "date": wb.add_format({"num_format": "yyyy-mm-dd"})}

    def put(row: int, column: int, value: object) -> None:
        if value is None or value == "":
            return  # no cell at all: an empty cell reads back as empty
        if isinstance(value, date):
            ws.write_datetime(row, column, value, formats["date"])
        else:
            text = str(value)
            ws.write_string(row, column, text, formats["quoted" if needs_quote(text) else "text"])

    for column, title in enumerate(headers(university)):
        put(0, column, tr(title))
    for r, (no, name, gender, birth, grade, klass, dorm, boarding, status, guardians) in enumerate(rows, start=1):
        g = list(guardians[:2]) + [("", "", "")] * (2 - len(guardians[:2]))
        values = (no, name, GENDER.get(gender, ""), _birth(birth), grade, klass, dorm, "是" if boarding else "否",
                  STATUS.get(status, status), *g[0], *g[1])
        for column, value in enumerate(values):
            put(r, column, value)
    wb.close()
    return buf.getvalue()
