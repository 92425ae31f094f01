"""Charts drawn by matplotlib and placed in the PDF as vectors, with the document's Chinese font.

matplotlib is imported only when a chart is drawn (``matplotlib.figure``, never ``pyplot``, which costs most of a
second). The figure is saved as a one-page PDF and laid onto the document's page after the build
(``pdf_base.merge_overlays``): lines and text stay vectors, nothing is rasterized. The font is added to
matplotlib's font manager once per file.
"""
from __future__ import annotations

import io
from functools import lru_cache
from typing import Callable, Sequence

from reportlab.platypus import Flowable

from counselor_app.reports.pdf_base import MM, Overlay, Styles

# greys that stay apart on a black-and-white printer
GREYS = ("#4a4a4a", "#9a9a9a", "#d0d0d0", "#707070", "#b8b8b8")


@lru_cache(maxsize=4)
def _font_family(font_file: str) -> str:
    from matplotlib import font_manager

    font_manager.fontManager.addfont(font_file)
    return font_manager.FontProperties(fname=font_file).get_name()


def render_figure(paint: Callable, width: float, height: float, font_file: str | None) -> bytes:
    """``paint(figure)`` on a matplotlib Figure of width × height points, saved as a one-page vector PDF."""
    import matplotlib
    from matplotlib.figure import Figure

    # pdf.fonttype 42: the font embedded as TrueType (text stays text, and searchable)
    rc = {"pdf.fonttype": 42, "axes.unicode_minus": False, "font.size": 9, "axes.linewidth": 0.6, "figure.dpi": 72}
    if font_file:
        rc.update({"font.family": "sans-serif", "font.sans-serif": [_font_family(font_file), "DejaVu Sans"]})
    with matplotlib.rc_context(rc):
        figure = Figure(figsize=(width / 72, height / 72))
        paint(figure)
        buf = io.BytesIO()
        figure.savefig(buf, format="pdf", metadata={"Creator": None, "Producer": None, "CreationDate": None})
    return buf.getvalue()


class Chart(Flowable):
    """A figure of ``width`` × ``height`` points, drawn by ``paint(figure)``. Needs ``pdf_base.build_pdf``."""

    def __init__(self, st: Styles, paint: Callable, width: float, height: float) -> None:
        super().__init__()
        self.paint = paint
        self.width, self.height = width, height
        self.font_file = st.font_file
        self.hAlign = "CENTER"

    def wrap(self, avail_width, avail_height):  # noqa: D401 - reportlab's protocol
        return self.width, self.height

    def draw(self) -> None:
        overlays = getattr(self.canv, "overlays", None)
        if overlays is None:
            raise RuntimeError("charts are placed by pdf_base.build_pdf")
        x, y = self.canv.absolutePosition(0, 0)
        pdf = render_figure(self.paint, self.width, self.height, self.font_file)
        overlays.append(Overlay(self.canv.getPageNumber(), x, y, self.width, self.height, pdf))


def bar_chart(st: Styles, categories: Sequence[str], series: Sequence[tuple[str, Sequence[float]]], *,
              title: str = "", ylabel: str = "", width: float = 150 * MM, height: float = 70 * MM,
              colors: Sequence[str] = GREYS) -> Chart:
    """Grouped bars: one group per category, one bar per series (a legend when there are several), values on top."""

    def paint(figure) -> None:
        from matplotlib.ticker import MaxNLocator

        ax = figure.add_subplot()
        n = max(len(series), 1)
        bar_w = 0.8 / n
        for i, (name, values) in enumerate(series):
            xs = [k + (i - (n - 1) / 2) * bar_w for k in range(len(categories))]
            bars = ax.bar(xs, values, bar_w, label=name, color=colors[i % len(colors)], edgecolor="black",
                          linewidth=0.5)
            ax.bar_label(bars, fmt="{:g}", padding=2, fontsize=8)
        _frame(ax, title, ylabel)
        ax.set_xticks(range(len(categories)), categories)
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        ax.margins(y=0.15)
        if len(series) > 1:
            ax.legend(frameon=False, fontsize=8)
        figure.tight_layout(pad=0.4)

    return Chart(st, paint, width, height)


def line_chart(st: Styles, categories: Sequence[str], series: Sequence[tuple[str, Sequence[float]]], *,
               title: str = "", ylabel: str = "", width: float = 150 * MM, height: float = 70 * MM) -> Chart:
    """One line per series over the categories (months), each with its own marker for grey printing."""
    markers = "os^Dv"

    def paint(figure) -> None:
        from matplotlib.ticker import MaxNLocator

        ax = figure.add_subplot()
        for i, (name, values) in enumerate(series):
            ax.plot(range(len(categories)), values, label=name, color="black" if i == 0 else GREYS[i % len(GREYS)],
                    marker=markers[i % len(markers)], markersize=4, linewidth=1.2)
        _frame(ax, title, ylabel)
        ax.set_xticks(range(len(categories)), categories)
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        if len(series) > 1:
            ax.legend(frameon=False, fontsize=8)
        figure.tight_layout(pad=0.4)

    return Chart(st, paint, width, height)


def _frame(ax, title: str, ylabel: str) -> None:
    if title:
        ax.set_title(title, fontsize=10)
    if ylabel:
        ax.set_ylabel(ylabel)
    ax.spines[["top", "right"]].set_visible(False)
    ax.grid(axis="y", linewidth=0.4, color="#bbbbbb")
    ax.set_axisbelow(True)
