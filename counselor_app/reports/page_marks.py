"""Two parts of a printed document that reportlab does not give as such: a table that breaks only between rows (a
row breaks inside only when it is taller than most of a page), and a word laid across every page (草稿 on a draft).
Used by the minutes of a review meeting (reports/meeting_minutes.py) and its sign-in sheet."""
from __future__ import annotations


def rows_whole(table):
    """Let ``table`` break between rows only; a row breaks inside only when it is taller than most of a page
    (a very long measure), so that it is never cut off and never spread over two pages without need."""
    from reportlab.platypus import Table

    from counselor_app.reports.pdf_base import MM

    tall = 180 * MM

    class RowsWhole(Table):
        def split(self, avail_width, avail_height):  # noqa: D401 - reportlab's protocol
            self.splitInRow = 0
            parts = Table.split(self, avail_width, avail_height)
            if not parts and avail_height >= tall:
                self.splitInRow = 1
                parts = Table.split(self, avail_width, avail_height)
            return parts

    table.__class__ = RowsWhole
    return table


def watermark(pdf: bytes, text: str, font_path: str | None) -> bytes:
    """Lay ``text`` across every page, large, grey and translucent (the draft's mark)."""
    import io
    import math

    from pypdf import PdfReader
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.lib import colors
    from reportlab.pdfgen import canvas

    from counselor_app.reports.pdf_base import PAGE_HEIGHT, PAGE_WIDTH, Overlay, merge_overlays, resolve_font

    family = resolve_font(font_path)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(PAGE_WIDTH, PAGE_HEIGHT))
    c.setFillColor(colors.Color(0.75, 0.1, 0.1, alpha=0.13))
    # as large as fits along the diagonal, at most 150 points (草稿 is short, ABANDONED is not)
    size = min(150.0, 0.75 * math.hypot(PAGE_WIDTH, PAGE_HEIGHT) / max(stringWidth(text, family, 1), 1))
    c.setFont(family, size)
    c.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
    c.rotate(45)
    c.drawCentredString(0, -size / 3, text)
    c.showPage()
    c.save()
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    mark = buf.getvalue()
    return merge_overlays(pdf, [Overlay(n, 0, 0, PAGE_WIDTH, PAGE_HEIGHT, mark) for n in range(1, pages + 1)])
