"""A screening campaign's results as an xlsx workbook: one row per result, the columns the command line promises
(README "Screening"): 学号, 姓名, 班级, 量表, 总分, 等级, 筛查结果, 关键题, one column per factor headed with the
factor's name, then 阳性项目数 (SCL-90) and 效度 (MHT).

The column titles and the words of 筛查结果 are a file format that schools' IT staff script against: they are the
same in every language of the interface. Written with XlsxWriter in memory (no temporary file ever holds a name);
text cells throughout, numbers as numbers; a text Excel would take for a formula gets its quote prefix.
"""
from __future__ import annotations

import io
from dataclasses import dataclass
from decimal import Decimal
from typing import Sequence

BASE_HEADERS = ("学号", "姓名", "班级", "量表", "总分", "等级", "筛查结果", "关键题")
POSITIVE_ITEMS = "阳性项目数"
LIE = "效度"
SHEET = "测评结果"


@dataclass(frozen=True)
class Line:
    student_no: str
    name: str
    klass: str
    scale: str
    total: int | None
    band: str
    outcome: str                    # 阳性 / 阴性 / 无效 / 未定
    key_items: str                  # 15、59
    factors: tuple[object, ...]     # one value per factor column: int, Decimal (two decimals) or None
    positive_items: int | None = None
    lie: int | None = None


def screening_xlsx(lines: Sequence[Line], factor_names: Sequence[str], positive_items: bool, lie: bool) -> bytes:
    import xlsxwriter

    from counselor_app.reports.roster_xlsx import needs_quote

    headers = list(BASE_HEADERS) + list(factor_names) + ([POSITIVE_ITEMS] if positive_items else []) + \
        ([LIE] if lie else [])
    buf = io.BytesIO()
    wb = xlsxwriter.Workbook(buf, {"in_memory": True, "strings_to_formulas": False, "strings_to_numbers": False,
                                   "strings_to_urls": False})
    ws = wb.add_worksheet(SHEET)
    ws.freeze_panes(1, 0)
    formats = {"text": wb.add_format({"num_format": "@"}),
               "quoted": wb.add_format({"num_format": "@", "quote_prefix": True}),
               "cents": wb.add_format({"num_format": "0.00"}),
               "head": wb.add_format({"num_format": "@", "bold": True})}
    widths = [14, 10, 16, 10, 8, 10, 10, 10] + [max(8, len(n) * 2 + 2) for n in headers[len(BASE_HEADERS):]]
    for index, width in enumerate(widths):
        ws.set_column(index, index, width)

    def put(row: int, column: int, value: object) -> None:
        if value is None or value == "":
            return
        if isinstance(value, Decimal):
            ws.write_number(row, column, float(value), formats["cents"])
        elif isinstance(value, int):
            ws.write_number(row, column, value)
        else:
            text = str(value)
            ws.write_string(row, column, text, formats["quoted" if needs_quote(text) else "text"])

    for column, title in enumerate(headers):
        ws.write_string(0, column, title, formats["head"])
    for r, x in enumerate(lines, start=1):
        values = [x.student_no, x.name, x.klass, x.scale, x.total, x.band, x.outcome, x.key_items, *x.factors]
        if positive_items:
            values.append(x.positive_items)
        if lie:
            values.append(x.lie)
        for column, value in enumerate(values):
            put(r, column, value)
    ws.autofilter(0, 0, max(len(lines), 1), len(headers) - 1)
    wb.close()
    return buf.getvalue()
