"""The page template every printed document uses: school header, title, footer with page x of y and print time.

Reports never import Qt: the caller passes ``tr`` (Text -> str) to translate the fixed labels.
The parts a form is made of (grid, table, signatures, check boxes, chart, tear-off line) are in the modules
that ``reports/toolkit.py`` gathers; their sizes are in points, within ``CONTENT_WIDTH``.
"""
from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime
from typing import Callable, Sequence

from counselor_app.domain.errors import QT_TRANSLATE_NOOP, Text, UserError
from counselor_app.reports.fonts import find_cjk_font, register

Translate = Callable[[Text], str]

MM = 72 / 25.4                                # one millimetre in points
PAGE_WIDTH, PAGE_HEIGHT = 210 * MM, 297 * MM  # A4
MARGIN = 20 * MM
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN       # what a full-width part may use
LANDSCAPE_CONTENT_WIDTH = PAGE_HEIGHT - 2 * MARGIN   # the same on an A4 landscape page (build_pdf(landscape=True))

PAGE_OF = QT_TRANSLATE_NOOP("Pdf", "Page {page} of {pages}")
PRINTED_AT = QT_TRANSLATE_NOOP("Pdf", "Printed {time}")
CONFIDENTIAL = QT_TRANSLATE_NOOP("Pdf", "Confidential: psychological counseling records")
NUMBER = QT_TRANSLATE_NOOP("Pdf", "No. {number}")


class NoCjkFont(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "No Chinese font usable in PDF documents was found on this computer, so nothing was printed. "
        "In Settings, choose a TrueType font file (.ttf or .ttc, for example SimSun or Microsoft YaHei).")


@dataclass(frozen=True)
class PageHeader:
    school_name: str
    title: str
    unit_name: str = ""
    printed_at: datetime | None = None
    confidential: bool = True   # the footer's "confidential" note; off for what is posted (a door roster)


def identity(text: Text) -> str:
    return str(text)


class Styles:
    """Paragraph styles in the CJK font, with CJK line wrapping.

    ``font_file`` is the font's file, for what draws text outside reportlab (charts).
    """

    def __init__(self, family: str, font_file: str | None = None) -> None:
        from reportlab.lib import colors
        from reportlab.lib.enums import TA_CENTER, TA_RIGHT
        from reportlab.lib.styles import ParagraphStyle

        self.family = family
        self.font_file = font_file
        base = dict(fontName=family, wordWrap="CJK", textColor=colors.black)
        self.title = ParagraphStyle("title", fontSize=20, leading=28, alignment=TA_CENTER, spaceAfter=10, **base)
        self.heading = ParagraphStyle("heading", fontSize=13, leading=20, spaceBefore=10, spaceAfter=4, **base)
        self.body = ParagraphStyle("body", fontSize=11, leading=18, **base)
        self.small = ParagraphStyle("small", fontSize=9, leading=13, textColor=colors.HexColor("#444444"),
                                    **{k: v for k, v in base.items() if k != "textColor"})
        self.center = ParagraphStyle("center", parent=self.body, alignment=TA_CENTER)
        # form parts: grid labels and values, table cells, the document number under the title
        self.label = ParagraphStyle("label", fontSize=10.5, leading=15, **base)
        self.value = ParagraphStyle("value", fontSize=10.5, leading=15, **base)
        self.cell = ParagraphStyle("cell", fontSize=10, leading=14, **base)
        self.cell_center = ParagraphStyle("cellCenter", parent=self.cell, alignment=TA_CENTER)
        self.cell_right = ParagraphStyle("cellRight", parent=self.cell, alignment=TA_RIGHT)
        self.number = ParagraphStyle("number", fontSize=10.5, leading=15, alignment=TA_RIGHT, spaceAfter=4, **base)


def resolve_font(preferred: str | None = None) -> str:
    return register(_font_choice(preferred))


# Chinese punctuation that must not begin a line (避头点). reportlab's CJK wrapping keeps a character of its
# ALL_CANNOT_START at the end of the line before, but its list has the Japanese marks and not these: a line of a
# wrapped Chinese value could begin with "；" or "，".
CANNOT_START = "，。、；：？！）】》〉」』”’…—～·％"


def _chinese_line_breaking() -> None:
    from reportlab.lib import textsplit
    from reportlab.platypus import paragraph

    for module in (textsplit, paragraph):    # each holds its own copy of the list
        missing = "".join(ch for ch in CANNOT_START if ch not in module.ALL_CANNOT_START)
        if missing:
            module.ALL_CANNOT_START += missing


def _font_choice(preferred: str | None):
    choice = find_cjk_font(preferred)
    if choice is None:
        raise NoCjkFont()
    return choice


@dataclass(frozen=True)
class Overlay:
    """A finished vector drawing (a one-page PDF) to lay on ``page`` (1-based) at x, y (points, bottom left)."""
    page: int
    x: float
    y: float
    width: float
    height: float
    pdf: bytes


def merge_overlays(pdf: bytes, overlays: Sequence[Overlay]) -> bytes:
    """Lay each overlay's page onto its page of ``pdf``, scaled to its box: vectors stay vectors."""
    if not overlays:
        return pdf
    from pypdf import PdfReader, PdfWriter, Transformation

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    for overlay in overlays:
        drawing = PdfReader(io.BytesIO(overlay.pdf)).pages[0]
        box = drawing.mediabox
        scale_x = overlay.width / float(box.width)
        scale_y = overlay.height / float(box.height)
        move = (Transformation().translate(-float(box.left), -float(box.bottom)).scale(scale_x, scale_y)
                .translate(overlay.x, overlay.y))
        writer.pages[overlay.page - 1].merge_transformed_page(drawing, move)
    writer.compress_identical_objects()
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def build_pdf(header: PageHeader, make_story: Callable[[Styles], Sequence], *, tr: Translate = identity,
              font_path: str | None = None, metadata_title: str = "", landscape: bool = False) -> bytes:
    """Lay out ``make_story(styles)`` on A4 pages (landscape: turned, as a month grid on a door) with the school
    header and the numbered footer."""
    from reportlab.lib.pagesizes import A4, landscape as turned
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas as rl_canvas
    from reportlab.platypus import SimpleDocTemplate

    choice = _font_choice(font_path)
    family = register(choice)
    _chinese_line_breaking()
    styles = Styles(family, choice.path)
    printed = (header.printed_at or datetime.now()).strftime("%Y-%m-%d %H:%M")
    pagesize = turned(A4) if landscape else A4
    width, height = pagesize

    overlays: list[Overlay] = []

    class NumberedCanvas(rl_canvas.Canvas):
        """Draws 'page x of y' once the total is known (reportlab's two-pass recipe).

        Parts drawn elsewhere (a chart) append an Overlay to ``overlays``; they are laid on after the build.
        """

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []
            self.overlays = overlays

        def showPage(self):  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
            self.saveState()
            self.setFont(family, 10)
            left = header.school_name
            if header.unit_name and header.unit_name != header.school_name and header.school_name not in header.unit_name:
                left = f"{header.school_name} {header.unit_name}"
            elif header.unit_name:
                left = header.unit_name
            self.drawString(20 * mm, height - 14 * mm, left)
            self.drawRightString(width - 20 * mm, height - 14 * mm, header.title)
            self.setLineWidth(0.6)
            self.line(20 * mm, height - 16 * mm, width - 20 * mm, height - 16 * mm)
            self.line(20 * mm, 16 * mm, width - 20 * mm, 16 * mm)
            self.setFont(family, 8.5)
            if header.confidential:
                self.drawString(20 * mm, 11 * mm, tr(CONFIDENTIAL))
            self.drawCentredString(width / 2, 11 * mm, tr(PAGE_OF).format(page=self._pageNumber, pages=total))
            self.drawRightString(width - 20 * mm, 11 * mm, tr(PRINTED_AT).format(time=printed))
            self.restoreState()

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=pagesize, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=24 * mm,
                            bottomMargin=22 * mm, title=metadata_title or header.title, author="",
                            subject="", creator="Counseling Office Desk")
    doc.build(list(make_story(styles)), canvasmaker=NumberedCanvas)
    return merge_overlays(buf.getvalue(), overlays)


def title_block(st: Styles, title: str, number: str = "", *, tr: Translate = identity) -> list:
    """The form's title, centred, and its sequence number on the right under it (编号：转介 2026-007)."""
    from xml.sax.saxutils import escape

    from reportlab.platypus import Paragraph

    parts = [Paragraph(escape(title), st.title)]
    if number:
        parts.append(Paragraph(escape(tr(NUMBER).format(number=number)), st.number))
    return parts
