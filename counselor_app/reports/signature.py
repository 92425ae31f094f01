"""Signature lines: "班主任（签字）：________" with "年 月 日" under it, two signers a row, and the place for the
school's seal (盖章) on the right."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from counselor_app.domain.errors import QT_TRANSLATE_NOOP
from counselor_app.reports.pdf_base import CONTENT_WIDTH, MM, Styles, Translate, identity

SIGNED_BY = QT_TRANSLATE_NOOP("Pdf", "{role} (signature):")
SIGNED_BY_NAMED = QT_TRANSLATE_NOOP("Pdf", "{role} {name} (signature):")
DATE_BLANK = QT_TRANSLATE_NOOP("Pdf", "Date: __________")
SEAL = QT_TRANSLATE_NOOP("Pdf", "{organization} (seal)")


class WholeTable(Table):
    """A table that moves to the next page whole rather than split (signatures belong together). Unlike
    KeepTogether it may sit inside a KeepTogether (the receipt under a tear-off line)."""

    def split(self, avail_width, avail_height):  # noqa: D401 - reportlab's protocol
        return []


@dataclass(frozen=True)
class Signer:
    role: str
    name: str = ""    # printed before the line when known (the chair of a meeting)


def _signer_cell(st: Styles, signer: Signer, width: float, tr: Translate) -> Table:
    text = (tr(SIGNED_BY_NAMED).format(role=signer.role, name=signer.name) if signer.name
            else tr(SIGNED_BY).format(role=signer.role))
    label = Paragraph(escape(text), st.value)
    label_w = min(stringWidth(text, st.family, st.value.fontSize) + 4, width * 0.62)
    # a plain string, not a paragraph: the blanks before 年, 月 and 日 must not collapse
    cell = Table([[label, ""], [tr(DATE_BLANK), ""]], colWidths=[label_w, width - label_w],
                 rowHeights=[11 * MM, 8 * MM])
    cell.setStyle(TableStyle([
        ("LINEBELOW", (1, 0), (1, 0), 0.6, colors.black),
        ("SPAN", (0, 1), (1, 1)),
        ("FONT", (0, 1), (-1, 1), st.family, st.value.fontSize),
        ("ALIGN", (0, 1), (-1, 1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("VALIGN", (0, 1), (-1, 1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 1),
    ]))
    return cell


def seal_place(st: Styles, organization: str, *, tr: Translate = identity, width: float = CONTENT_WIDTH) -> list:
    """Room for the seal, the organization's name with (盖章), and the date, on the right (as on an official form)."""
    right = st.value.clone("sealRight", alignment=TA_RIGHT, leading=20)
    date = Table([[tr(DATE_BLANK)]], colWidths=[width], hAlign="RIGHT")
    date.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), st.family, st.value.fontSize), ("ALIGN", (0, 0), (-1, -1), "RIGHT"),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return [Spacer(1, 16 * MM), Paragraph(escape(tr(SEAL).format(organization=organization)), right), date]


def signature_block(st: Styles, signers: Sequence[Signer], *, tr: Translate = identity, per_row: int = 2,
                    width: float = CONTENT_WIDTH, seal: str = "") -> WholeTable:
    """The signers ``per_row`` a row; with ``seal`` (the school's name) the seal's place under them; never split
    between pages."""
    gutter = 8 * MM
    cell_w = (width - gutter * (per_row - 1)) / per_row
    cells = [_signer_cell(st, s, cell_w, tr) for s in signers]
    rows: list[list] = []
    for i in range(0, len(cells), per_row):
        row = cells[i:i + per_row]
        row += [""] * (per_row - len(row))
        rows.append([x for pair in zip(row, [""] * per_row) for x in pair][:-1])
    widths = ([cell_w, gutter] * per_row)[:-1]
    if seal:
        rows.append([seal_place(st, seal, tr=tr, width=width)] + [""] * (len(widths) - 1))
    table = WholeTable(rows or [[""]], colWidths=widths if rows else [width])
    style = [("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
             ("VALIGN", (0, 0), (-1, -1), "TOP")]
    if seal:
        style.append(("SPAN", (0, len(rows) - 1), (-1, len(rows) - 1)))
    table.setStyle(TableStyle(style))
    return table
