"""The duty roster of a month (值班表): one A4 landscape page per post, a calendar grid of the weeks, each school
day with its shifts' times and the names on duty — what hangs on the counseling room's door, so names and times
only (no phone, no reason of an absence, no counseling record; the footer carries no "counseling records" note).
And the workbook of ``counselor-app export duty`` (日期, 星期, 岗位, 时段, 值班人).

Input: plain data the service read (services/duty_documents.py); this module lays it out with the documents
toolkit. No Qt.
"""
from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Mapping, Sequence
from xml.sax.saxutils import escape

from counselor_app.domain.duty import WEEKDAYS
from counselor_app.domain.errors import QT_TRANSLATE_NOOP
from counselor_app.reports.pdf_base import PageHeader, Styles, Translate, build_pdf, identity

TITLE = QT_TRANSLATE_NOOP("DutyRoster", "Duty roster")
TITLE_OF = QT_TRANSLATE_NOOP("DutyRoster", "Duty roster {month}: {post}")
TITLE_MONTH = QT_TRANSLATE_NOOP("DutyRoster", "Duty roster {month}")
MONTH = QT_TRANSLATE_NOOP("DutyRoster", "{year}-{month}")
DRAFT = QT_TRANSLATE_NOOP("DutyRoster", "Draft: not published yet, it may still change.")
NAME_SEPARATOR = QT_TRANSLATE_NOOP("DutyRoster", ", ")
VACANT = QT_TRANSLATE_NOOP("DutyRoster", "(vacant)")
NO_DUTY = QT_TRANSLATE_NOOP("DutyRoster", "No duty this month.")
CHANGES = QT_TRANSLATE_NOOP("DutyRoster", "Changes of duty go through the counseling office.")

SHEET = QT_TRANSLATE_NOOP("DutyExport", "Duty roster")
HEADERS = (QT_TRANSLATE_NOOP("DutyExport", "Date"), QT_TRANSLATE_NOOP("DutyExport", "Weekday"),
           QT_TRANSLATE_NOOP("DutyExport", "Post"), QT_TRANSLATE_NOOP("DutyExport", "Time slot"),
           QT_TRANSLATE_NOOP("DutyExport", "On duty"))
WIDTHS = (12, 8, 14, 22, 30)
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class DoorLine:
    times: str                       # 12:10–13:30
    names: tuple[str, ...]
    vacant: int = 0                  # seats nobody has (shown as such, so that the door never hides a gap)
    period: str = ""                 # the shift's name as the office calls it (午休, 课后, 晚自习), printed before the times


@dataclass(frozen=True)
class PostPage:
    post: str
    days: Mapping[date, Sequence[DoorLine]]


@dataclass(frozen=True)
class DoorMonth:
    school_name: str
    unit_name: str
    year: int
    month: int
    printed_at: datetime
    pages: Sequence[PostPage]
    notes: Mapping[date, str] = field(default_factory=dict)   # a holiday's name, "make-up workday (Wednesday)"
    draft: bool = False


def _weeks(year: int, month: int) -> list[list[date | None]]:
    first = date(year, month, 1)
    day = first - timedelta(days=first.weekday())
    weeks = []
    while day.month == month or day < first:
        weeks.append([d if d.month == month else None for d in (day + timedelta(days=n) for n in range(7))])
        day += timedelta(days=7)
    return weeks


def build_duty_roster(data: DoorMonth, *, tr: Translate = identity, font_path: str | None = None) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import PageBreak, Paragraph, Spacer, Table, TableStyle

    from counselor_app.reports import toolkit as kit
    from counselor_app.reports.pdf_base import LANDSCAPE_CONTENT_WIDTH

    month_text = tr(MONTH).format(year=data.year, month=data.month)
    weeks = _weeks(data.year, data.month)
    separator = tr(NAME_SEPARATOR)

    def cells(st: Styles, page: PostPage, shown, scale: float, room: float) -> list[list]:
        """The week rows of ``page`` with type at ``scale`` of the full size; ``room``: a cell's text width."""
        day_style = ParagraphStyle("dutyDay", parent=st.cell, fontSize=11 * scale, leading=14 * scale)
        note_style = ParagraphStyle("dutyNote", parent=st.cell, fontSize=8.5 * scale, leading=11 * scale,
                                    textColor=colors.HexColor("#555555"))
        line_style = ParagraphStyle("dutyLine", parent=st.cell, fontSize=10 * scale, leading=13 * scale)
        rows = []
        for week in weeks:
            if all(week[i] is None for i in shown):
                continue
            row = []
            for i in shown:
                day = week[i]
                if day is None:
                    row.append("")
                    continue
                cell = [Paragraph(f"<b>{day.day}</b>", day_style)]
                if day in data.notes:
                    cell.append(Paragraph(escape(data.notes[day]), note_style))
                for line in page.days.get(day, ()):
                    lines = _shift_lines(line, line.names + (tr(VACANT),) * line.vacant, separator,
                                         lambda text: stringWidth(text, st.family, line_style.fontSize), room)
                    cell.append(Paragraph("<br/>".join(escape(x) for x in lines), line_style))
                row.append(cell)
            rows.append(row)
        return rows

    def story(st: Styles):
        out = []
        for n, page in enumerate(data.pages or [PostPage("", {})]):
            # Saturday and Sunday get a column only when the month has duty or a make-up workday on one
            weekend = any(d.weekday() >= 5 and (page.days.get(d) or d in data.notes)
                          for w in weeks for d in w if d is not None)
            shown = range(7) if weekend else range(5)
            widths = [LANDSCAPE_CONTENT_WIDTH / len(shown)] * len(shown)
            header = [Paragraph(escape(tr(WEEKDAYS[i])), st.cell_center) for i in shown]
            room = PAGE_ROOM - LINE_ROOM * (int(data.draft) + int(not page.days))
            text_width = widths[0] - 2 * PADDING - 1
            style = TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("BOX", (0, 0), (-1, -1), 1.0, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e3e3e3")),
                ("VALIGN", (0, 1), (-1, -1), "TOP"), ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LEFTPADDING", (0, 0), (-1, -1), PADDING), ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
            ])
            table = _sized(Table, lambda scale: [header] + cells(st, page, shown, scale, text_width), widths, room,
                           style)
            if n:
                out.append(PageBreak())
            title = (tr(TITLE_OF).format(month=month_text, post=page.post) if page.post   # no post: the month all
                     else tr(TITLE_MONTH).format(month=month_text))                         # the same
            out += kit.title_block(st, title, tr=tr)
            if data.draft:
                out.append(Paragraph(escape(tr(DRAFT)), st.center))
            if not page.days:
                out.append(Paragraph(escape(tr(NO_DUTY)), st.center))
            out += [Spacer(1, 2 * kit.MM), table, Spacer(1, 3 * kit.MM), Paragraph(escape(tr(CHANGES)), st.small)]
        return out

    header = PageHeader(data.school_name, tr(TITLE), data.unit_name, data.printed_at, confidential=False)
    return build_pdf(header, story, tr=tr, font_path=font_path, landscape=True,
                     metadata_title=f"{tr(TITLE)} {month_text}")


# points of a landscape page's frame left for the grid under the title and above the closing line (130 mm: the frame
# is 164 mm less its padding, the title, the spacers and the closing line, with a few points to spare)
PAGE_ROOM = 130 * 2.834645669
LINE_ROOM = 20                  # points a further paragraph under the title takes (the draft note, "no duty")


PADDING = 4                      # points left and right in a cell
SCALES = (1.0, 0.9, 0.8, 0.72)   # the type shrinks this far to keep a busy month on one page


def _shift_lines(line: DoorLine, names: Sequence[str], separator: str, width_of, room: float) -> list[str]:
    """A shift in a cell: its name and times (午休 12:10–13:30) on the first line with the names that fit after them;
    a name and times too wide together for the cell (Evening study 19:00–21:00 in a narrow column) go on two lines,
    the times never broken."""
    if not line.period:
        return _unbroken(line.times, names, separator, width_of, room)
    heading = f"{line.period} {line.times}"
    if width_of(heading) <= room:
        return _unbroken(heading, names, separator, width_of, room)
    return [line.period] + _unbroken(line.times, names, separator, width_of, room)


def _unbroken(times: str, names: Sequence[str], separator: str, width_of, room: float) -> list[str]:
    """The lines of one shift in a cell: the times, then the names as far as they go, each name whole on a line
    (a wrapped 欧阳\n明 would be misread on the door); a name too long for a line still gets a line of its own."""
    lines, current = [], times
    for n, name in enumerate(names):
        piece = name + (separator if n < len(names) - 1 else "")
        joined = f"{current} {piece}" if current == times else current + piece
        if width_of(joined) <= room or not current:
            current = joined
        else:
            lines.append(current.rstrip())
            current = piece
    lines.append(current)
    return lines


def _sized(table_class, make_rows, widths: list[float], room: float, style=None):
    """The grid on one page, its week rows stretched to fill it (a door is read from a step away): laid out at full
    size to know each row's natural height, with smaller type while it does not fit, then again with the room left
    shared among the weeks. A month too full even at the smallest type keeps its natural heights (the table breaks
    between weeks, the weekday header repeated). ``style`` (the cells' padding) is set before measuring: measured
    with reportlab's wider default padding, a busy month wrapped more than it prints and spilled onto a second page."""
    def made(rows, **heights):
        table = table_class(rows, colWidths=widths, repeatRows=1, **heights)
        if style is not None:
            table.setStyle(style)
        return table

    for scale in SCALES:
        rows = make_rows(scale)
        natural = made(rows)
        natural.wrap(sum(widths), 10_000)
        heights = list(natural._rowHeights)
        spare = room - sum(heights)
        if spare >= 0:
            break
    else:
        return natural
    if len(heights) < 2:
        return natural
    extra = spare / (len(heights) - 1)
    return made(rows, rowHeights=[heights[0]] + [h + extra for h in heights[1:]])


# -- the workbook ------------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ExportLine:
    day: date
    post: str
    period: str
    times: str
    names: tuple[str, ...]


def duty_xlsx(lines: Sequence[ExportLine], tr: Translate = identity) -> bytes:
    """One row per shift and day: 日期 (a date cell), 星期, 岗位, 时段 (period and times), 值班人 (names).
    Written in memory (no temporary file); text never becomes a formula."""
    import xlsxwriter

    buf = io.BytesIO()
    wb = xlsxwriter.Workbook(buf, {"in_memory": True, "strings_to_formulas": False, "strings_to_numbers": False,
                                   "strings_to_urls": False})
    ws = wb.add_worksheet(tr(SHEET))
    for index, width in enumerate(WIDTHS):
        ws.set_column(index, index, width)
    ws.freeze_panes(1, 0)
    text = wb.add_format({"num_format": "@"})
    quoted = wb.add_format({"num_format": "@", "quote_prefix": True})
    day_format = wb.add_format({"num_format": "yyyy-mm-dd"})
    bold = wb.add_format({"bold": True})
    for column, title in enumerate(HEADERS):
        ws.write_string(0, column, tr(title), bold)
    separator = tr(NAME_SEPARATOR)
    for row, line in enumerate(lines, start=1):
        ws.write_datetime(row, 0, datetime.combine(line.day, datetime.min.time()), day_format)
        values = (tr(WEEKDAYS[line.day.weekday()]), line.post, f"{line.period} {line.times}".strip(),
                  separator.join(line.names))
        for column, value in enumerate(values, start=1):
            ws.write_string(row, column, value, quoted if value[:1] in FORMULA_START else text)
    wb.close()
    return buf.getvalue()
