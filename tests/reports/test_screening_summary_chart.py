"""The screening summary's chart of coverage and positive rate by grade: its legend sits under the plot and covers
no bar (a 100% coverage bar reaches the top, where the legend used to be)."""
from counselor_app.reports import screening_summary
from counselor_app.reports import toolkit as kit
from counselor_app.reports.pdf_base import MM


def test_the_legend_is_under_the_plot_and_covers_no_bar():
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    grades = ["Grade 7", "Grade 8", "Grade 9", "Grade 10", "Grade 11", "Grade 12"]   # the test font has no Chinese
    chart = screening_summary.rate_chart(kit.Styles("Helvetica"), grades,
                                         [("Coverage", [100.0] * 6), ("Positive rate", [0, 1.9, 1, 2.2, 0, 0])],
                                         title="By grade", width=kit.CONTENT_WIDTH, height=62 * MM)
    figure = Figure(figsize=(chart.width / 72, chart.height / 72))
    FigureCanvasAgg(figure)
    chart.paint(figure)
    figure.canvas.draw()
    renderer = figure.canvas.get_renderer()
    ax = figure.axes[0]
    assert not ax.get_legend() and len(figure.legends) == 1
    legend = figure.legends[0].get_window_extent(renderer)
    plot = ax.get_window_extent(renderer)
    assert legend.y1 <= plot.y0, "the legend is not below the plot"
    bars = [p.get_window_extent(renderer) for p in ax.patches]
    assert len(bars) == 12 and not any(legend.overlaps(b) for b in bars)


def test_a_single_series_has_no_legend():
    from matplotlib.figure import Figure

    chart = screening_summary.rate_chart(kit.Styles("Helvetica"), ["Grade 10"], [("Share", [40.0])], title="Bands",
                                         width=kit.CONTENT_WIDTH * 0.8, height=52 * MM)
    figure = Figure()
    chart.paint(figure)
    assert not figure.legends and not figure.axes[0].get_legend()
