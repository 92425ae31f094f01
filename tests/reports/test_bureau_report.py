"""The bureau report's PDF: a count shown as <5 is drawn apart in the charts (never as a bar of 0, never as its true
value), and English column headers wrap between words."""
from __future__ import annotations

import dataclasses
import io
import re

import pytest
from pypdf import PdfReader

from counselor_app.domain import bureau
from counselor_app.reports import bureau_report
from counselor_app.reports import toolkit as kit
from counselor_app.reports.charts import Withheld
from counselor_app.reports.fonts import find_cjk_font

pytestmark = pytest.mark.skipif(find_cjk_font() is None, reason="no Chinese TrueType font on this machine")

PASSWORD = "7KQ4-M9TX-AC3D-EFGH-JKMN-PQRT"
# true counts 2 and 3 are masked; the others are large enough that no axis tick reads 2 or 3
BY_GRADE = bureau.Table("risk_by_grade", "New entries by grade", ("Grade", "general concern", "close concern"),
                        (("Grade 7", 3, 310), ("Grade 8", 0, 720), ("Grade 9", 2, 450)))
BY_MONTH = bureau.Table("risk_by_month", "New entries by month", ("Month", "general concern"),
                        (("2026-09", 2), ("2026-10", 60), ("2026-11", 3)))


def _report(*tables: bureau.Table, charts=()) -> bureau.Report:
    section = bureau.Section("risk", "Risk levels", bureau.DATA, tables, charts)
    return bureau.Report("Sample School", "SMPL", "", "2026-2027-1", "2026-2027 semester one", "2026-09-01",
                         "2026-11-29", "2026-11-29 10:00", "0.1.0", (section,))


def _text(pdf: bytes) -> str:
    """The text of the PDF as the bureau reads it: encrypted as the export does, then opened with the password."""
    reader = PdfReader(io.BytesIO(kit.encrypt_pdf(pdf, PASSWORD)))
    assert reader.is_encrypted and reader.decrypt(PASSWORD)
    return "\n".join(page.extract_text() for page in reader.pages)


def _painted(chart):
    from matplotlib.figure import Figure

    figure = Figure()
    chart.paint(figure)
    return figure.axes[0]


def test_a_small_cell_is_withheld_not_zero():
    assert isinstance(bureau_report.chart_value("<5"), Withheld) and bureau_report.chart_value("<5").top == 4
    assert bureau_report.chart_value("0") == 0.0 and bureau_report.chart_value("12") == 12.0
    assert bureau_report.chart_value(bureau.NO_RATE).top == 0   # a withheld rate: no bar at all
    spec = bureau.ChartSpec("risk_by_grade", "bar", (1, 2), "By grade")
    ax = _painted(bureau_report.chart(kit.Styles("Helvetica"), BY_GRADE, spec, kit.identity))
    bars = [p for p in ax.patches if p.get_height() or p.get_width()]
    solid = [(round(p.get_x() + p.get_width() / 2, 2), p.get_height()) for p in bars if not p.get_hatch()]
    hatched = [(round(p.get_x() + p.get_width() / 2, 2), p.get_height()) for p in bars if p.get_hatch()]
    # grade 7 and grade 9, general concern (left bar of each group, at -0.2 and 1.8): hatched stubs up to 4
    assert hatched == [(-0.2, 4.0), (1.8, 4.0)]
    assert all(x not in (-0.2, 1.8) for x, _h in solid)
    assert sorted(h for _x, h in solid) == [0.0, 310.0, 450.0, 720.0]   # grade 8's true 0 stays a 0
    labels = [t.get_text() for t in ax.texts]
    assert labels.count("<5") == 2 and "0" in labels and "3" not in labels and "2" not in labels
    assert "<5" in [t.get_text() for t in ax.figure.legends[0].get_texts()]


def test_a_small_cell_breaks_the_line_of_a_line_chart():
    spec = bureau.ChartSpec("risk_by_month", "line", (1,), "By month")
    ax = _painted(bureau_report.chart(kit.Styles("Helvetica"), BY_MONTH, spec, kit.identity))
    line = ax.lines[0]
    ys = list(line.get_ydata())
    assert ys[1] == 60 and all(y != y for y in (ys[0], ys[2]))   # NaN: a gap, not a point at 0
    ranges = [list(l.get_ydata()) for l in ax.lines[1:] if len(l.get_ydata()) == 2]
    assert ranges == [[1, 4], [1, 4]]


def test_a_chart_of_small_cells_only_is_left_out():
    table = bureau.Table("t", "t", ("Grade", "n"), (("Grade 7", 3), ("Grade 8", 0)))
    assert bureau_report.chart(kit.Styles("Helvetica"), table, bureau.ChartSpec("t", "bar", (1,), "t"),
                               kit.identity) is None


def test_no_true_small_count_reaches_the_pdf():
    charts = (bureau.ChartSpec("risk_by_grade", "bar", (1, 2), "By grade"),
              bureau.ChartSpec("risk_by_month", "line", (1,), "By month"))
    text = _text(bureau_report.build_pdf(_report(BY_GRADE, BY_MONTH, charts=charts)))
    tokens = {t for line in text.splitlines() if not line.startswith("Page ") for t in line.split()}
    assert "310" in tokens and "720" in tokens and "60" in tokens   # the tables and the bar labels
    assert "2" not in tokens and "3" not in tokens
    # <5: 4 table cells, the two notes, and in the bar chart 2 stub labels and its legend, the line chart's legend
    assert text.count("<5") >= 4 + 2 + 3 + 1
    assert "never 0" in " ".join(text.split())


def test_the_note_says_the_staff_are_counted_on_the_day_of_the_report():
    text = " ".join(_text(bureau_report.build_pdf(_report(BY_GRADE))).split())
    assert "staff register stood on 2026-11-29" in text and "keeps no dates of employment" in text


def test_sections_without_data_are_named():
    report = _report(BY_GRADE)
    empty = bureau.Section("screening", "Screening by grade", bureau.EMPTY)
    report = bureau.Report(*[getattr(report, f) for f in ("school", "short_code", "unit_code", "period",
                                                          "period_label", "start", "end", "generated_at",
                                                          "app_version")], report.sections + (empty,))
    text = " ".join(_text(bureau_report.build_pdf(report)).split())
    assert "Sections without data: Screening by grade" in text and "No records in this period." in text


def test_english_headers_wrap_between_words():
    heads = ("Grade", "general concern", "close concern", "high risk", "crisis intervention", "back at school",
             "under observation", "Total")
    table = bureau.Table("wide", "Wide", heads, (("Grade 7", 12, 7, 9, 15, 22, 31, 96),))
    lines = [line.strip() for line in _text(bureau_report.build_pdf(_report(table))).splitlines()]
    assert "concer" not in lines and "n" not in lines and "interventi" not in lines
    assert {"concern", "intervention"} <= {word for line in lines for word in line.split()}
    assert not any(re.search(r"[a-z]-$", line) for line in lines)


def test_month_labels_under_bars_stay_whole():
    assert bureau_report._wrap("2026-10") == "2026-10"
    assert bureau_report._wrap("home-school communication") == "home-school\ncommunication"
    assert bureau_report._wrap("心理健康教育宣传活动") == "心理健康教育\n宣传活动"


def test_the_sections_without_data_are_listed_with_the_separator_of_the_language():
    report = _report(BY_GRADE)
    empty = tuple(bureau.Section(key, title, bureau.EMPTY) for key, title in (("screening", "Screening by grade"),
                                                                              ("referrals", "Referrals")))
    report = dataclasses.replace(report, sections=report.sections + empty)
    text = " ".join(_text(bureau_report.build_pdf(report)).split())
    assert "Sections without data: Screening by grade, Referrals" in text
