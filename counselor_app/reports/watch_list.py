"""The watch list of the school, a grade or a class: as a printed list (one row per open entry; names and numbers
masked unless the office asked for them) and as the xlsx workbook of ``counselor-app export watchlist``.

Neither carries clinical text: the list's facts are the page's (level, class of case, state, responsible people,
dates, what is overdue). Input: plain rows the service read, every code already in words
(services/watch_documents.py).
"""
from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, datetime
from typing import Sequence

from counselor_app.domain.errors import QT_TRANSLATE_NOOP
from counselor_app.reports.pdf_base import PageHeader, Styles, Translate, build_pdf, identity

TITLE = QT_TRANSLATE_NOOP("WatchDocuments", "Watch list")
TITLE_OF = QT_TRANSLATE_NOOP("WatchDocuments", "Watch list: {scope}")
SCOPE = QT_TRANSLATE_NOOP("WatchDocuments", "Students listed")
OPEN_ENTRIES = QT_TRANSLATE_NOOP("WatchDocuments", "Open entries")
BY_LEVEL = QT_TRANSLATE_NOOP("WatchDocuments", "By level")
LEVEL_COUNT = QT_TRANSLATE_NOOP("WatchDocuments", "{level} {count}")
OVERDUE_COUNT = QT_TRANSLATE_NOOP("WatchDocuments", "Overdue")
NAMES = QT_TRANSLATE_NOOP("WatchDocuments", "Names")
MASKED = QT_TRANSLATE_NOOP("WatchDocuments", "masked (王*明, last four digits of the number)")
UNMASKED = QT_TRANSLATE_NOOP("WatchDocuments",
                             "in full, as asked for by the person printing (recorded in the audit trail)")
PRINTED = QT_TRANSLATE_NOOP("WatchDocuments", "Printed on")
SEQ = QT_TRANSLATE_NOOP("WatchDocuments", "No.")
NUMBER = QT_TRANSLATE_NOOP("WatchDocuments", "Student number")
NAME = QT_TRANSLATE_NOOP("WatchDocuments", "Name")
CLASS = QT_TRANSLATE_NOOP("WatchDocuments", "Class")
LEVEL = QT_TRANSLATE_NOOP("WatchDocuments", "Level")
SEVERITY = QT_TRANSLATE_NOOP("WatchDocuments", "Case")
STATE = QT_TRANSLATE_NOOP("WatchDocuments", "State")
RESPONSIBLE = QT_TRANSLATE_NOOP("WatchDocuments", "Responsible")
NEXT_REVIEW = QT_TRANSLATE_NOOP("WatchDocuments", "Next review")
OVERDUE = QT_TRANSLATE_NOOP("WatchDocuments", "Overdue")
NO_ENTRIES = QT_TRANSLATE_NOOP("WatchDocuments", "No open entry.")
MADE_BY = QT_TRANSLATE_NOOP("WatchDocuments", "Compiled by")
CHECKED_BY = QT_TRANSLATE_NOOP("WatchDocuments", "Checked by")
SEPARATOR = QT_TRANSLATE_NOOP("WatchDocuments", ", ")
NONE = "—"

SHEET = QT_TRANSLATE_NOOP("WatchExport", "Watch list")
HEADERS = (
    QT_TRANSLATE_NOOP("WatchExport", "Student number"), QT_TRANSLATE_NOOP("WatchExport", "Name"),
    QT_TRANSLATE_NOOP("WatchExport", "Class"), QT_TRANSLATE_NOOP("WatchExport", "Source"),
    QT_TRANSLATE_NOOP("WatchExport", "Level"), QT_TRANSLATE_NOOP("WatchExport", "Class of case"),
    QT_TRANSLATE_NOOP("WatchExport", "State"), QT_TRANSLATE_NOOP("WatchExport", "Responsible people"),
    QT_TRANSLATE_NOOP("WatchExport", "Next review"), QT_TRANSLATE_NOOP("WatchExport", "Overdue"),
    QT_TRANSLATE_NOOP("WatchExport", "Opened on"), QT_TRANSLATE_NOOP("WatchExport", "What is overdue"),
)
YES = QT_TRANSLATE_NOOP("WatchExport", "yes")
NO = QT_TRANSLATE_NOOP("WatchExport", "no")
WIDTHS = (14, 10, 16, 22, 10, 8, 9, 26, 12, 9, 12, 30)


@dataclass(frozen=True)
class ListLine:
    """One entry, every value in words (name and number already masked when the list is)."""
    student_no: str
    name: str
    klass: str
    source: str
    level: str
    severity: str
    state: str
    responsible: tuple[str, ...]   # names
    next_review: str         # YYYY-MM-DD, '' for a closed entry
    overdue: tuple[str, ...]  # what is overdue, in words
    opened_on: str


@dataclass(frozen=True)
class WatchList:
    school_name: str
    unit_name: str
    scope: str               # 全校, 七年级, 七年级(3)班
    masked: bool
    printed_at: datetime
    lines: tuple[ListLine, ...]
    by_level: tuple[tuple[str, int], ...]   # (level in words, open entries), most serious first


def build_watch_list(data: WatchList, *, tr: Translate = identity, font_path: str | None = None) -> bytes:
    from reportlab.platypus import Spacer

    from counselor_app.reports import toolkit as kit
    from counselor_app.reports.watch_plan import small_cells, splittable

    # ten columns on a portrait page: 9-point cells, fixed widths that hold a student number and a date whole
    columns = [kit.Column(tr(SEQ), fixed=9.5 * kit.MM, align="right"), kit.Column(tr(NUMBER), fixed=21 * kit.MM),
               kit.Column(tr(NAME), fixed=15 * kit.MM), kit.Column(tr(CLASS), fixed=21.5 * kit.MM),
               kit.Column(tr(LEVEL), fixed=17 * kit.MM, align="center"),
               kit.Column(tr(SEVERITY), fixed=10 * kit.MM, align="center"),
               kit.Column(tr(STATE), fixed=13 * kit.MM, align="center"), kit.Column(tr(RESPONSIBLE), weight=1),
               kit.Column(tr(NEXT_REVIEW), fixed=21 * kit.MM, align="center"), kit.Column(tr(OVERDUE), weight=1.2)]
    # one responsible person, one overdue item a line: a name is never broken in two
    rows = [[str(n), x.student_no, x.name, x.klass or NONE, x.level, x.severity or NONE, x.state,
             "\n".join(x.responsible) or NONE, x.next_review or NONE, "\n".join(x.overdue) or NONE]
            for n, x in enumerate(data.lines, 1)]
    overdue = sum(1 for x in data.lines if x.overdue)
    title = tr(TITLE_OF).format(scope=data.scope)

    def story(st: Styles):
        from counselor_app.reports.watch_plan import title_with_mark

        counts = tr(SEPARATOR).join(tr(LEVEL_COUNT).format(level=level, count=n) for level, n in data.by_level)
        facts = kit.label_value_grid(st, [
            kit.Field(tr(SCOPE), data.scope), kit.Field(tr(PRINTED), data.printed_at.strftime("%Y-%m-%d")),
            kit.Field(tr(OPEN_ENTRIES), str(len(data.lines))), kit.Field(tr(OVERDUE_COUNT), str(overdue)),
            kit.Field(tr(BY_LEVEL), counts or NONE, wide=True),
            kit.Field(tr(NAMES), tr(MASKED if data.masked else UNMASKED), wide=True)])
        return [*title_with_mark(st, title, "", tr), facts, Spacer(1, 4 * kit.MM),
                splittable(kit.data_table(small_cells(st), columns, rows, empty_text=tr(NO_ENTRIES))),
                Spacer(1, 8 * kit.MM),
                kit.signature_block(st, [kit.Signer(tr(MADE_BY)), kit.Signer(tr(CHECKED_BY))], tr=tr)]

    header = PageHeader(data.school_name, title, data.unit_name, data.printed_at)
    return build_pdf(header, story, tr=tr, font_path=font_path, metadata_title=tr(TITLE))


# -- the xlsx export --------------------------------------------------------------------------------------------

def _day(value: str) -> date | str:
    try:
        return date.fromisoformat(value) if value else ""
    except ValueError:
        return value


def watch_list_xlsx(lines: Sequence[ListLine], tr: Translate = identity) -> bytes:
    """The workbook, written in memory (no temporary file ever holds a name): text cells, real date cells, the
    header frozen; a text Excel would take for a formula gets Excel's leading apostrophe (reports/roster_xlsx.py)."""
    import xlsxwriter

    from counselor_app.reports.roster_xlsx import needs_quote

    buf = io.BytesIO()
    wb = xlsxwriter.Workbook(buf, {"in_memory": True, "strings_to_formulas": False, "strings_to_numbers": False,
                                   "strings_to_urls": False})
    ws = wb.add_worksheet(tr(SHEET))
    for index, width in enumerate(WIDTHS):
        ws.set_column(index, index, width)
    ws.freeze_panes(1, 0)
    formats = {"text": wb.add_format({"num_format": "@"}),
               "quoted": wb.add_format({"num_format": "@", "quote_prefix": True}),
               "date": wb.add_format({"num_format": "yyyy-mm-dd"}),
               "head": wb.add_format({"num_format": "@", "bold": True})}

    def put(row: int, column: int, value: object, fmt: str = "") -> None:
        if value is None or value == "":
            return
        if isinstance(value, date):
            ws.write_datetime(row, column, value, formats["date"])
        else:
            text = str(value)
            ws.write_string(row, column, text, formats[fmt or ("quoted" if needs_quote(text) else "text")])

    for column, title in enumerate(HEADERS):
        put(0, column, tr(title), "head")
    sep = tr(SEPARATOR)
    for r, x in enumerate(lines, start=1):
        values = (x.student_no, x.name, x.klass, x.source, x.level, x.severity, x.state, sep.join(x.responsible),
                  _day(x.next_review), tr(YES if x.overdue else NO), _day(x.opened_on), sep.join(x.overdue))
        for column, value in enumerate(values):
            put(r, column, value)
    ws.autofilter(0, 0, max(len(lines), 1), len(HEADERS) - 1)
    wb.close()
    return buf.getvalue()
