"""The student roster as an xlsx workbook, with Chinese column names; safe against formula injection."""
from __future__ import annotations

import io
from typing import Sequence

from counselor_app.domain.errors import QT_TRANSLATE_NOOP
from counselor_app.reports.pdf_base import Translate, identity

HEADERS = (
    QT_TRANSLATE_NOOP("RosterExport", "Student number"), QT_TRANSLATE_NOOP("RosterExport", "Name"),
    QT_TRANSLATE_NOOP("RosterExport", "Gender"), QT_TRANSLATE_NOOP("RosterExport", "Birth date"),
    QT_TRANSLATE_NOOP("RosterExport", "Grade"), QT_TRANSLATE_NOOP("RosterExport", "Class"),
    QT_TRANSLATE_NOOP("RosterExport", "Dorm"), QT_TRANSLATE_NOOP("RosterExport", "Boarding"),
    QT_TRANSLATE_NOOP("RosterExport", "Status"), QT_TRANSLATE_NOOP("RosterExport", "Guardian name"),
    QT_TRANSLATE_NOOP("RosterExport", "Guardian relation"), QT_TRANSLATE_NOOP("RosterExport", "Guardian phone"),
    QT_TRANSLATE_NOOP("RosterExport", "Second guardian name"),
    QT_TRANSLATE_NOOP("RosterExport", "Second guardian relation"),
    QT_TRANSLATE_NOOP("RosterExport", "Second guardian phone"),
)
GENDER = {"male": "男", "female": "女"}
STATUS = {"enrolled": "在读", "on_leave": "休学", "suspended": "停学", "graduated": "毕业", "transferred": "转出"}


def safe_cell(value: object) -> object:
    """Text that Excel would read as a formula (= + - @, also after a tab or CR) gets a leading apostrophe."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def students_xlsx(rows: Sequence[tuple], tr: Translate = identity) -> bytes:
    """rows: (student_no, name, gender, birth_date, grade, class, dorm, boarding, status, guardians)."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = tr(QT_TRANSLATE_NOOP("RosterExport", "Students"))
    ws.append([tr(h) for h in HEADERS])
    for no, name, gender, birth, grade, klass, dorm, boarding, status, guardians in rows:
        g = list(guardians[:2]) + [("", "", "")] * (2 - len(guardians[:2]))
        values = [no, name, GENDER.get(gender, ""), birth or "", grade or "", klass or "", dorm or "",
                  "是" if boarding else "否", STATUS.get(status, status), *g[0], *g[1]]
        ws.append([safe_cell(v) for v in values])
        for cell in ws[ws.max_row]:
            cell.number_format = "@"  # text: student numbers and phones keep their digits
            cell.data_type = "s"
    for column, width in zip("ABCDEFGHIJKLMNO", (14, 10, 6, 12, 12, 16, 12, 8, 8, 10, 10, 14, 10, 10, 14)):
        ws.column_dimensions[column].width = width
    ws.freeze_panes = "A2"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
