"""The cut line above a tear-off receipt (回执): dashes across the page, drawn scissors, "沿此线剪开"."""
from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether

from counselor_app.domain.errors import QT_TRANSLATE_NOOP
from counselor_app.reports.pdf_base import MM, Styles, Translate, identity

CUT_HERE = QT_TRANSLATE_NOOP("Pdf", "Cut along this line")


class TearOffLine(Flowable):
    def __init__(self, st: Styles, *, tr: Translate = identity, font_size: float = 9) -> None:
        super().__init__()
        self.family = st.family
        self.text = tr(CUT_HERE)
        self.size = font_size
        self.spaceBefore = 5 * MM
        self.spaceAfter = 5 * MM

    def wrap(self, avail_width, avail_height):  # noqa: D401 - reportlab's protocol
        self.width, self.height = avail_width, self.size * 1.6
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        mid = self.height / 2
        text_w = stringWidth(self.text, self.family, self.size)
        gap_from = (self.width - text_w) / 2 - 3 * MM
        gap_to = (self.width + text_w) / 2 + 3 * MM
        c.saveState()
        c.setLineWidth(0.6)
        c.setDash(4, 3)
        c.line(9 * MM, mid, gap_from, mid)
        c.line(gap_to, mid, self.width, mid)
        c.setDash()
        self._scissors(1 * MM, mid)
        c.setFont(self.family, self.size)
        c.drawCentredString(self.width / 2, mid - self.size * 0.35, self.text)
        c.restoreState()

    def _scissors(self, x: float, mid: float) -> None:
        """Two finger rings on the left, two blades crossing towards the dashes (about 7 mm long)."""
        c = self.canv
        r = 1.05 * MM
        c.setLineWidth(0.7)
        c.circle(x + r, mid + 1.5 * MM, r, stroke=1, fill=0)
        c.circle(x + r, mid - 1.5 * MM, r, stroke=1, fill=0)
        c.line(x + 2 * r, mid + 1.2 * MM, x + 7 * MM, mid - 1.1 * MM)
        c.line(x + 2 * r, mid - 1.2 * MM, x + 7 * MM, mid + 1.1 * MM)


def tear_off(st: Styles, receipt: list, *, tr: Translate = identity) -> KeepTogether:
    """The cut line and the receipt under it, kept on one page."""
    return KeepTogether([TearOffLine(st, tr=tr), *receipt])
