"""A data table: declared columns (relative or fixed widths, alignment), header rows repeated on every page,
ruled cells with optional zebra rows, and a line saying so when there are no rows. Chinese text wraps the CJK way
(at any character); Latin text (no Chinese in it) wraps at its spaces, so English never breaks inside a word
("Head teach/er"), and English headers shrink a little (to 7.5 pt at most) when a word is wider than its column.
A word that is wider than its column all the same is broken the CJK way rather than drawn over the rule.

Built for registers of thousands of rows (a year's referrals, 30,000 students): a cell whose text fits on one line
is drawn as a plain string in the cell's font (a Paragraph is measured character by character at every page break
and again when drawn, and a register is mostly dates, numbers and short names); only text that needs wrapping
becomes a Paragraph; the page looks the same. It is a LongTable, so splitting
it across pages measures only the rows that fit on the page, not every remaining row on each page."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import LongTable, Paragraph, Table, TableStyle

from counselor_app.reports.grid import text_cell
from counselor_app.reports.pdf_base import CONTENT_WIDTH, Styles

HEADER_SHADE = colors.HexColor("#e3e3e3")
ZEBRA_SHADE = colors.HexColor("#f4f4f4")
RULE = colors.black
PADDING = 4                      # left and right padding of every cell
MIN_HEADER_SIZE = 7.5            # points: English headers shrink to this at most so that their words fit


@dataclass(frozen=True)
class Column:
    title: str
    weight: float = 1.0          # share of the width left after the fixed columns
    align: str = "left"          # left, center or right
    fixed: float | None = None   # a width in points instead of a share


def column_widths(columns: Sequence[Column], width: float) -> list[float]:
    fixed = sum(c.fixed for c in columns if c.fixed)
    weights = sum(c.weight for c in columns if not c.fixed) or 1.0
    rest = max(width - fixed, 0.0)
    return [c.fixed if c.fixed else rest * c.weight / weights for c in columns]


def has_cjk(text: str) -> bool:
    """Has the text Chinese characters or full-width punctuation (wrapped anywhere, not only at spaces)?"""
    return any("\u2e80" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or "\uff00" <= ch <= "\uffef"
               for ch in text)


def words_fit(text: str, style, room: float) -> bool:
    """Latin text whose every word fits in ``room`` points: it can wrap at its spaces."""
    return not has_cjk(text) and all(stringWidth(word, style.fontName, style.fontSize) <= room
                                     for word in text.split())


def latin_style(style) -> ParagraphStyle:
    """The style wrapping at spaces instead of at any character (the Styles' CJK wrapping)."""
    return ParagraphStyle(f"{style.name}Words", parent=style, wordWrap=None)


class _Wrapping:
    """A table's paragraph styles: each style's Latin variant made once for the table, not once per cell."""

    def __init__(self) -> None:
        self.latin: dict[str, ParagraphStyle] = {}

    def style(self, text: str, style, room: float):
        if not words_fit(text, style, room):
            return style
        if style.name not in self.latin:
            self.latin[style.name] = latin_style(style)
        return self.latin[style.name]


def header_style(head, titles: Sequence[str], rooms: Sequence[float]):
    """The header style of a table: the CJK one when every title is Chinese; otherwise the size at which every word
    of the Latin titles fits its column (down to MIN_HEADER_SIZE)."""
    latin = [(t, r) for t, r in zip(titles, rooms) if not has_cjk(t)]
    if not latin:
        return head
    size = head.fontSize
    while size > MIN_HEADER_SIZE and any(stringWidth(word, head.fontName, size) > r
                                         for t, r in latin for word in t.split()):
        size -= 0.5
    if size == head.fontSize:
        return head
    return ParagraphStyle(f"{head.name}Fit", parent=head, fontSize=size, leading=head.leading * size / head.fontSize)


def _cell(value: object, style, room: float, wrapping: _Wrapping) -> object:
    """A one-line text that fits in ``room`` points as a plain string (drawn in the table's cell font), anything
    else as the wrapping paragraph of grid.text_cell (Latin text wrapped at its spaces)."""
    if isinstance(value, str) and value and "\n" not in value and value == " ".join(value.split()) \
            and stringWidth(value, style.fontName, style.fontSize) <= room:
        return value
    if isinstance(value, str):
        style = wrapping.style(value, style, room)
    return text_cell(value, style)


def data_table(st: Styles, columns: Sequence[Column], rows: Sequence[Sequence[object]], *,
               width: float = CONTENT_WIDTH, zebra: bool = True, groups: Sequence[tuple[str, int]] = (),
               empty_text: str = "") -> Table:
    """A table of ``rows`` under ``columns``' titles; ``groups`` (title, number of columns) adds a header row
    above them (本月 | 新增 新增 …). Header rows repeat on each page; the table breaks between rows."""
    if groups and sum(n for _, n in groups) != len(columns):
        raise ValueError("groups must cover every column")
    cell_style = {"left": st.cell, "center": st.cell_center, "right": st.cell_right}
    widths = column_widths(columns, width)
    room = [w - 2 * PADDING - 1 for w in widths]   # a point to spare: the string never touches the rule
    wrapping = _Wrapping()
    head_style = header_style(st.cell_center, [c.title for c in columns], room)
    header: list[list] = []
    style: list[tuple] = []
    if groups:
        row, c = [], 0
        for title, n in groups:
            span = sum(widths[c:c + n]) - 2 * PADDING - 1
            row += [Paragraph(escape(title), wrapping.style(title, head_style, span))] + [""] * (n - 1)
            if n > 1:
                style.append(("SPAN", (c, 0), (c + n - 1, 0)))
            c += n
        header.append(row)
    header.append([Paragraph(escape(c.title), wrapping.style(c.title, head_style, r))
                   for c, r in zip(columns, room)])
    n_head = len(header)

    styles = [cell_style[col.align] for col in columns]
    body = [[_cell(value, styles[i], room[i], wrapping) for i, value in enumerate(row)] for row in rows]
    if not body and empty_text:
        body = [[Paragraph(escape(empty_text), st.cell_center)] + [""] * (len(columns) - 1)]
        style.append(("SPAN", (0, n_head), (-1, n_head)))

    table = LongTable(header + body, colWidths=widths, repeatRows=n_head)
    cell = st.cell   # the plain strings: the paragraphs' font, size, leading and colour, aligned per column
    style += [("FONT", (0, n_head), (-1, -1), cell.fontName, cell.fontSize, cell.leading),
              ("TEXTCOLOR", (0, n_head), (-1, -1), cell.textColor)]
    style += [("ALIGN", (i, n_head), (i, -1), col.align.upper()) for i, col in enumerate(columns)]
    style += [
        ("GRID", (0, 0), (-1, -1), 0.5, RULE),
        ("BOX", (0, 0), (-1, -1), 1.0, RULE),
        ("LINEBELOW", (0, n_head - 1), (-1, n_head - 1), 1.0, RULE),
        ("BACKGROUND", (0, 0), (-1, n_head - 1), HEADER_SHADE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
    ]
    if zebra and len(body) > 1:
        style.append(("ROWBACKGROUNDS", (0, n_head), (-1, -1), [colors.white, ZEBRA_SHADE]))
    table.setStyle(TableStyle(style))
    return table
