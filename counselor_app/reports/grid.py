"""The label–value grid of a form (姓名 | 王*明 | 性别 | 男): ruled cells, labels shaded, long values wrapping.

Two columns put one field on each row; four columns put two, and a field with ``wide=True`` takes a whole row.
A blank value with a ``height`` leaves room to write by hand.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from counselor_app.reports.pdf_base import CONTENT_WIDTH, MM, Styles

LABEL_SHADE = colors.HexColor("#efefef")
RULE = colors.black


@dataclass(frozen=True)
class Field:
    label: str
    value: object = ""         # text (newlines kept), a flowable (check boxes) or a list of flowables
    wide: bool = False         # a whole row of a four-column grid
    height: float | None = None  # at least this tall (points), for what is written by hand


def text_cell(value: object, style) -> object:
    """A table cell: text becomes a wrapping paragraph (escaped, newlines kept); flowables pass through."""
    if value is None:
        return ""
    if isinstance(value, (Flowable, list, tuple)):
        return value
    text = escape(str(value)).replace("\n", "<br/>")
    return Paragraph(text, style) if text else ""


def label_value_grid(st: Styles, fields: Sequence[Field], *, columns: int = 4, width: float = CONTENT_WIDTH,
                     label_width: float | None = None) -> Table:
    """The fields as a ruled grid of ``columns`` (2 or 4) cells a row, labels in the shaded cells."""
    if columns not in (2, 4):
        raise ValueError(columns)
    pairs = columns // 2
    label_w = label_width or (28 * MM if pairs == 2 else 32 * MM)
    value_w = (width - pairs * label_w) / pairs
    col_widths = [label_w, value_w] * pairs

    rows: list[list] = []
    heights: list[float | None] = []
    spans: list[tuple[int, int, int]] = []    # (row, first value column, last column)
    labels: list[tuple[int, int]] = []
    current: list[Field] = []

    def flush() -> None:
        if not current:
            return
        r = len(rows)
        row: list = []
        for i, field in enumerate(current):
            labels.append((r, 2 * i))
            row += [Paragraph(escape(field.label), st.label), text_cell(field.value, st.value)]
        if len(row) < columns:                # a last field alone: its value runs to the right edge
            spans.append((r, len(row) - 1, columns - 1))
            row += [""] * (columns - len(row))
        rows.append(row)
        tallest = [f.height for f in current if f.height]
        heights.append(max(tallest) if tallest else None)
        current.clear()

    for field in fields:
        if field.wide or pairs == 1:
            flush()
            current.append(field)
            flush()
        else:
            current.append(field)
            if len(current) == pairs:
                flush()
    flush()

    table = Table(rows, colWidths=col_widths, rowHeights=heights, splitInRow=1)
    style = [
        ("GRID", (0, 0), (-1, -1), 0.6, RULE),
        ("BOX", (0, 0), (-1, -1), 1.0, RULE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
    ]
    style += [("BACKGROUND", (c, r), (c, r), LABEL_SHADE) for r, c in labels]
    style += [("SPAN", (first, r), (last, r)) for r, first, last in spans]
    # a tall field is written from the top, as on paper
    style += [("VALIGN", (1, r), (-1, r), "TOP") for r, h in enumerate(heights) if h]
    table.setStyle(TableStyle(style))
    return table
