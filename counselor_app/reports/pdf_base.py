"""The page template every printed document uses: school header, title, footer with page x of y and print time.

Reports never import Qt: the caller passes ``tr`` (Text -> str) to translate the fixed labels.
"""
from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime
from typing import Callable, Sequence

from counselor_app.domain.errors import QT_TRANSLATE_NOOP, Text, UserError
from counselor_app.reports.fonts import find_cjk_font, register

Translate = Callable[[Text], str]

PAGE_OF = QT_TRANSLATE_NOOP("Pdf", "Page {page} of {pages}")
PRINTED_AT = QT_TRANSLATE_NOOP("Pdf", "Printed {time}")
CONFIDENTIAL = QT_TRANSLATE_NOOP("Pdf", "Confidential: psychological counseling records")


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


def identity(text: Text) -> str:
    return str(text)


class Styles:
    """Paragraph styles in the CJK font, with CJK line wrapping."""

    def __init__(self, family: str) -> None:
        from reportlab.lib import colors
        from reportlab.lib.enums import TA_CENTER
        from reportlab.lib.styles import ParagraphStyle

        self.family = family
        base = dict(fontName=family, wordWrap="CJK", textColor=colors.black)
        self.title = ParagraphStyle("title", fontSize=20, leading=28, alignment=TA_CENTER, spaceAfter=10, **base)
        self.heading = ParagraphStyle("heading", fontSize=13, leading=20, spaceBefore=10, spaceAfter=4, **base)
        self.body = ParagraphStyle("body", fontSize=11, leading=18, **base)
        self.small = ParagraphStyle("small", fontSize=9, leading=13, textColor=colors.HexColor("#444444"),
                                    **{k: v for k, v in base.items() if k != "textColor"})
        self.center = ParagraphStyle("center", parent=self.body, alignment=TA_CENTER)


def resolve_font(preferred: str | None = None) -> str:
    choice = find_cjk_font(preferred)
    if choice is None:
        raise NoCjkFont()
    return register(choice)


def build_pdf(header: PageHeader, make_story: Callable[[Styles], Sequence], *, tr: Translate = identity,
              font_path: str | None = None, metadata_title: str = "") -> bytes:
    """Lay out ``make_story(styles)`` on A4 pages with the school header and the numbered footer."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas as rl_canvas
    from reportlab.platypus import SimpleDocTemplate

    family = resolve_font(font_path)
    styles = Styles(family)
    printed = (header.printed_at or datetime.now()).strftime("%Y-%m-%d %H:%M")
    width, height = A4

    class NumberedCanvas(rl_canvas.Canvas):
        """Draws 'page x of y' once the total is known (reportlab's two-pass recipe)."""

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

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
            self.drawString(20 * mm, 11 * mm, tr(CONFIDENTIAL))
            self.drawCentredString(width / 2, 11 * mm, tr(PAGE_OF).format(page=self._pageNumber, pages=total))
            self.drawRightString(width - 20 * mm, 11 * mm, tr(PRINTED_AT).format(time=printed))
            self.restoreState()

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=24 * mm,
                            bottomMargin=22 * mm, title=metadata_title or header.title, author="",
                            subject="", creator="Counseling Office Desk")
    doc.build(list(make_story(styles)), canvasmaker=NumberedCanvas)
    return buf.getvalue()
