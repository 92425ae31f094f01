"""Charts drawn by matplotlib and placed in the PDF as vectors, with the document's Chinese font.

matplotlib is imported only when a chart is drawn (``matplotlib.figure``, never ``pyplot``, which costs most of a
second). The figure is saved as a one-page PDF and laid onto the document's page after the build
(``pdf_base.merge_overlays``): lines and text stay vectors, nothing is rasterized. The font is added to
matplotlib's font manager once per file.

A value a document may not show as a number (a count of 1 to 4 students shown as "<5", a rate built on one shown
as "—") is passed as :class:`Withheld`: a bar chart draws it as a hatched, unfilled stub up to the most it can be
(or no bar) with its label on top, a line chart as an open marker on a grey range and a gap in the line. It is
never drawn as 0, which would tell the reader "nobody".
"""
from __future__ import annotations

import io
import math
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Sequence, Union

from reportlab.platypus import Flowable

from counselor_app.reports.pdf_base import MM, Overlay, Styles

# greys that stay apart on a black-and-white printer
GREYS = ("#4a4a4a", "#9a9a9a", "#d0d0d0", "#707070", "#b8b8b8")
# lines and their markers: dark enough to see on white (the bars' lightest grey was lost as a line)
LINE_GREYS = ("black", "#6a6a6a", "#9a9a9a", "#3a3a3a", "#858585")
WITHHELD_EDGE = "#555555"


@dataclass(frozen=True)
class Withheld:
    """A value not shown as a number: ``label`` is written where it would be ("<5"); ``top`` > 0 draws a hatched
    stub (bars) or a grey range from ``low`` to ``top`` (lines), the bounds of what it can be; 0 draws none."""
    label: str
    top: float = 0.0
    low: float = 0.0


Value = Union[float, Withheld]


def _first_stub(series: Sequence[tuple[str, Sequence[Value]]]) -> Withheld | None:
    """The first withheld value drawn as a stub or range, for the legend entry that explains them (None: none)."""
    return next((v for _name, values in series for v in values if isinstance(v, Withheld) and v.top > 0), None)


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


def bar_chart(st: Styles, categories: Sequence[str], series: Sequence[tuple[str, Sequence[Value]]], *,
              title: str = "", ylabel: str = "", width: float = 150 * MM, height: float = 70 * MM,
              colors: Sequence[str] = GREYS) -> Chart:
    """Grouped bars: one group per category, one bar per series (a legend when there are several), values on top.
    A :class:`Withheld` value is a hatched stub (or no bar) labelled with its label, never a bar of 0."""

    def paint(figure) -> None:
        from matplotlib.ticker import MaxNLocator

        figure.set_layout_engine("constrained", w_pad=0.04, h_pad=0.04)   # room for the legend below
        ax = figure.add_subplot()
        n = max(len(series), 1)
        bar_w = 0.8 / n
        for i, (name, values) in enumerate(series):
            xs = [k + (i - (n - 1) / 2) * bar_w for k in range(len(categories))]
            shown = [(x, v) for x, v in zip(xs, values) if not isinstance(v, Withheld)]
            bars = ax.bar([x for x, _v in shown], [v for _x, v in shown], bar_w, label=name,
                          color=colors[i % len(colors)], edgecolor="black", linewidth=0.5)
            ax.bar_label(bars, fmt="{:g}", padding=2, fontsize=8)
            _withheld_bars(ax, [(x, v) for x, v in zip(xs, values) if isinstance(v, Withheld)], bar_w,
                           colors[i % len(colors)])
        _frame(ax, title, ylabel)
        ax.set_xticks(range(len(categories)), categories)
        ax.set_xlim(-0.5, len(categories) - 0.5)
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        ax.margins(y=0.15)
        _legend(ax, series, [_series_patch(colors[i % len(colors)]) for i in range(len(series))], bar=True)

    return Chart(st, paint, width, height)


def _series_patch(color: str):
    from matplotlib.patches import Patch

    return Patch(facecolor=color, edgecolor="black", linewidth=0.5)


def _withheld_bars(ax, cells: Sequence[tuple[float, Withheld]], bar_w: float, color: str) -> None:
    """Withheld values of one series: a hatched stub in a pale tint of the series' grey, or only the label."""
    from matplotlib.colors import to_rgba

    stubs = [(x, w) for x, w in cells if w.top > 0]
    if stubs:
        bars = ax.bar([x for x, _w in stubs], [w.top for _x, w in stubs], bar_w, color=to_rgba(color, 0.3),
                      hatch="////", edgecolor=WITHHELD_EDGE, linewidth=0.5, linestyle=(0, (2, 1)))
        ax.bar_label(bars, labels=[w.label for _x, w in stubs], padding=2, fontsize=8)
    for x, w in cells:
        if w.top <= 0:
            ax.annotate(w.label, (x, 0), xytext=(0, 2), textcoords="offset points", ha="center", va="bottom",
                        fontsize=8)


def line_chart(st: Styles, categories: Sequence[str], series: Sequence[tuple[str, Sequence[Value]]], *,
               title: str = "", ylabel: str = "", width: float = 150 * MM, height: float = 70 * MM) -> Chart:
    """One line per series over the categories (months), each with its own marker for grey printing. A
    :class:`Withheld` value breaks the line and shows as an open marker on a grey range (its bounds)."""
    markers = "os^Dv"

    def paint(figure) -> None:
        from matplotlib.ticker import MaxNLocator

        figure.set_layout_engine("constrained", w_pad=0.04, h_pad=0.04)   # room for the legend below
        ax = figure.add_subplot()
        n = max(len(series), 1)
        for i, (name, values) in enumerate(series):
            color = LINE_GREYS[i % len(LINE_GREYS)]
            marker = markers[i % len(markers)]
            ys = [math.nan if isinstance(v, Withheld) else v for v in values]
            ax.plot(range(len(categories)), ys, label=name, color=color, marker=marker, markersize=4, linewidth=1.2)
            shift = (i - (n - 1) / 2) * 0.06   # the series' open markers side by side, not on top of each other
            for k, v in enumerate(values):
                if isinstance(v, Withheld) and v.top > 0:
                    x = k + shift
                    ax.plot([x, x], [v.low, v.top], color="#bbbbbb", linewidth=3, solid_capstyle="butt", zorder=1)
                    ax.plot([x], [(v.low + v.top) / 2], marker=marker, markersize=4, color=color,
                            markerfacecolor="white", linestyle="none", zorder=3)
        _frame(ax, title, ylabel)
        ax.set_xticks(range(len(categories)), categories)
        ax.set_ylim(bottom=0)
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        _legend(ax, series, None, bar=False)

    return Chart(st, paint, width, height)


def _legend(ax, series, handles: list | None, *, bar: bool) -> None:
    """The series' legend when there are several (``handles``: one per series, else the plotted lines), and an entry
    for the withheld values when there are any: in one row under the chart, where it hides no bar."""
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    if len(series) > 1:
        handles = list(handles) if handles is not None else ax.get_legend_handles_labels()[0]
        labels = [name for name, _values in series]
    else:
        handles, labels = [], []
    withheld = _first_stub(series)
    if withheld is not None:
        handles.append(Patch(facecolor="white", hatch="////", edgecolor=WITHHELD_EDGE, linewidth=0.5) if bar
                       else Line2D([], [], color="#bbbbbb", linewidth=3, marker="o", markersize=4,
                                   markerfacecolor="white", markeredgecolor="black"))
        labels.append(withheld.label)
    if handles:
        ax.figure.legend(handles, labels, loc="outside lower center", ncol=min(len(handles), 6), frameon=False,
                         fontsize=8)


def _frame(ax, title: str, ylabel: str) -> None:
    if title:
        ax.set_title(title, fontsize=10)
    if ylabel:
        ax.set_ylabel(ylabel)
    ax.spines[["top", "right"]].set_visible(False)
    ax.grid(axis="y", linewidth=0.4, color="#bbbbbb")
    ax.set_axisbelow(True)
