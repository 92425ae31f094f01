"""Check-box lists (☐ 常规 ☑ 加急 ☐ 紧急): the boxes and ticks are drawn, not taken from the font, which may
lack ☐ and ☑. Options flow on one line and wrap, or stand in ``columns``; fits a grid cell or a page."""
from __future__ import annotations

from typing import Collection, Sequence

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from counselor_app.reports.pdf_base import Styles


class CheckList(Flowable):
    """``options`` with a box each; those in ``checked`` (labels or indexes) are ticked."""

    def __init__(self, st: Styles, options: Sequence[str], checked: Collection[str | int] = (), *,
                 columns: int = 0, font_size: float = 10.5) -> None:
        super().__init__()
        self.family = st.family
        self.options = list(options)
        self.checked = {i for i, o in enumerate(self.options) if o in checked or i in checked}
        self.columns = columns
        self.size = font_size
        self.leading = font_size * 1.55
        self.box = font_size * 0.82
        self.gap = font_size * 0.35           # box to label
        self.spacing = font_size * 1.4        # label to the next box
        self._lines: list[list[tuple[float, int]]] = []

    def _item_width(self, i: int) -> float:
        return self.box + self.gap + stringWidth(self.options[i], self.family, self.size)

    def wrap(self, avail_width, avail_height):  # noqa: D401 - reportlab's protocol
        lines: list[list[tuple[float, int]]] = [[]]
        if self.columns:
            cell = avail_width / self.columns
            for i in range(len(self.options)):
                if len(lines[-1]) == self.columns:
                    lines.append([])
                lines[-1].append((len(lines[-1]) * cell, i))
        else:
            x = 0.0
            for i in range(len(self.options)):
                w = self._item_width(i)
                if lines[-1] and x + w > avail_width:
                    lines.append([])
                    x = 0.0
                lines[-1].append((x, i))
                x += w + self.spacing
        self._lines = lines
        self.width = avail_width
        self.height = self.leading * len(lines)
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setFont(self.family, self.size)
        c.setLineWidth(0.7)
        for n, line in enumerate(self._lines):
            baseline = self.height - (n + 1) * self.leading + (self.leading - self.size) / 2 + self.size * 0.15
            for x, i in line:
                box_y = baseline - self.size * 0.08
                c.rect(x, box_y, self.box, self.box, stroke=1, fill=0)
                if i in self.checked:
                    self._tick(x, box_y)
                c.drawString(x + self.box + self.gap, baseline, self.options[i])
        c.restoreState()

    def _tick(self, x: float, y: float) -> None:
        b = self.box
        path = self.canv.beginPath()
        path.moveTo(x + 0.18 * b, y + 0.52 * b)
        path.lineTo(x + 0.42 * b, y + 0.22 * b)
        path.lineTo(x + 0.86 * b, y + 0.86 * b)
        self.canv.saveState()
        self.canv.setLineWidth(1.3)
        self.canv.setLineCap(1)
        self.canv.setLineJoin(1)
        self.canv.drawPath(path, stroke=1, fill=0)
        self.canv.restoreState()
