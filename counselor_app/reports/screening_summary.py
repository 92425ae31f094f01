"""A screening campaign's summary (心理测评汇总): the office's version and the de-identified one for the school
leaders, laid out with the documents toolkit from plain data (services/screening_summary.py puts it into words).

Both: coverage (tested / due) and the positive rate by grade and class with a chart by grade, the bands of the total
and of each factor, the key-item hits, the candidates by what became of them. The office's version adds the list of
candidates (names, numbers, what became of each); the leaders' version has no name and no student number, prints
every count from 1 to 4 as "<5" (:func:`small_cell`) and leaves out a rate built on such a count. No document has an
item answer, and none uses diagnostic wording: a screening is not a diagnosis.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Sequence
from xml.sax.saxutils import escape

from counselor_app.domain.errors import QT_TRANSLATE_NOOP
from counselor_app.reports.pdf_base import MM, PageHeader, Styles, Translate, build_pdf, identity

TITLE = QT_TRANSLATE_NOOP("ScreeningSummary", "Screening campaign summary")
TITLE_LEADERS = QT_TRANSLATE_NOOP("ScreeningSummary", "Screening campaign summary (de-identified, for the school "
                                                      "leaders)")
CAMPAIGN = QT_TRANSLATE_NOOP("ScreeningSummary", "Campaign")
SCALE = QT_TRANSLATE_NOOP("ScreeningSummary", "Scale")
SCHOOL_YEAR = QT_TRANSLATE_NOOP("ScreeningSummary", "School year")
DATES = QT_TRANSLATE_NOOP("ScreeningSummary", "Dates")
DATES_VALUE = QT_TRANSLATE_NOOP("ScreeningSummary", "{start} to {end}")
MADE_AT = QT_TRANSLATE_NOOP("ScreeningSummary", "Made at")
OVERALL = QT_TRANSLATE_NOOP("ScreeningSummary", "In all")
OVERALL_VALUE = QT_TRANSLATE_NOOP(
    "ScreeningSummary", "{tested} of {due} tested ({coverage}); {positives} positive ({positive_rate}); {key_hits} "
                        "hit a key item")
NOT_DIAGNOSIS = QT_TRANSLATE_NOOP(
    "ScreeningSummary", "A screening is not a diagnosis: a positive screen or a key-item hit means that a counselor "
                        "reviews the student in person, nothing more.")
SMALL_CELLS = QT_TRANSLATE_NOOP(
    "ScreeningSummary", "De-identified: no names, no student numbers, no answers. Every count from 1 to 4 is shown as "
                        "<5, and a rate built on such a count is shown as —.")
COVERAGE_HEADING = QT_TRANSLATE_NOOP("ScreeningSummary", "1. Coverage and positive screens by grade and class")
COVERAGE_NOTE = QT_TRANSLATE_NOOP(
    "ScreeningSummary", "Coverage = tested / due (absent and exempt students are not due); positive rate = positive "
                        "sheets / sheets; by the grade and class each student was in when the campaign began.")
GROUP = QT_TRANSLATE_NOOP("ScreeningSummary", "Grade or class")
DUE = QT_TRANSLATE_NOOP("ScreeningSummary", "Due")
TESTED = QT_TRANSLATE_NOOP("ScreeningSummary", "Tested")
ABSENT = QT_TRANSLATE_NOOP("ScreeningSummary", "Absent")
EXEMPT = QT_TRANSLATE_NOOP("ScreeningSummary", "Exempt")
COVERAGE = QT_TRANSLATE_NOOP("ScreeningSummary", "Coverage")
POSITIVE = QT_TRANSLATE_NOOP("ScreeningSummary", "Positive")
POSITIVE_RATE = QT_TRANSLATE_NOOP("ScreeningSummary", "Positive rate")
KEY_HITS = QT_TRANSLATE_NOOP("ScreeningSummary", "Key items")
INVALID = QT_TRANSLATE_NOOP("ScreeningSummary", "Invalid")
NO_TARGETS = QT_TRANSLATE_NOOP("ScreeningSummary", "The campaign has no students to screen.")
CHART_TITLE = QT_TRANSLATE_NOOP("ScreeningSummary", "Coverage and positive rate by grade (%)")
BANDS_HEADING = QT_TRANSLATE_NOOP("ScreeningSummary", "2. Bands of the total")
BAND = QT_TRANSLATE_NOOP("ScreeningSummary", "Band")
SHEETS = QT_TRANSLATE_NOOP("ScreeningSummary", "Sheets")
SHARE = QT_TRANSLATE_NOOP("ScreeningSummary", "Share")
NO_BANDS = QT_TRANSLATE_NOOP("ScreeningSummary", "The scale has no bands of the total.")
BANDS_CHART = QT_TRANSLATE_NOOP("ScreeningSummary", "Share of the sheets by band of the total (%)")
FACTORS_HEADING = QT_TRANSLATE_NOOP("ScreeningSummary", "3. Factors")
FACTOR = QT_TRANSLATE_NOOP("ScreeningSummary", "Factor")
MEAN = QT_TRANSLATE_NOOP("ScreeningSummary", "Mean score")
FACTOR_BANDS = QT_TRANSLATE_NOOP("ScreeningSummary", "Sheets by band")
NO_FACTOR_BANDS = QT_TRANSLATE_NOOP("ScreeningSummary", "(the scale gives this factor no bands)")
BAND_COUNT = QT_TRANSLATE_NOOP("ScreeningSummary", "{band}: {count}")
BAND_SEPARATOR = QT_TRANSLATE_NOOP("ScreeningSummary", "; ")
NO_FACTORS = QT_TRANSLATE_NOOP("ScreeningSummary", "The scale has no factors.")
CANDIDATES_HEADING = QT_TRANSLATE_NOOP("ScreeningSummary", "4. Candidates and what became of them")
CANDIDATES_NOTE = QT_TRANSLATE_NOOP(
    "ScreeningSummary", "Every positive screen and every key-item hit goes to the watch list as 'to review'; a "
                        "counselor interviews the student and decides.")
WHAT_BECAME = QT_TRANSLATE_NOOP("ScreeningSummary", "What became of them")
STUDENTS = QT_TRANSLATE_NOOP("ScreeningSummary", "Students")
NO_CANDIDATES = QT_TRANSLATE_NOOP("ScreeningSummary", "The campaign has no candidates.")
LIST_HEADING = QT_TRANSLATE_NOOP("ScreeningSummary", "5. The candidates (key-item hits first)")
STUDENT_NO = QT_TRANSLATE_NOOP("ScreeningSummary", "Student no.")
NAME = QT_TRANSLATE_NOOP("ScreeningSummary", "Name")
CLASS = QT_TRANSLATE_NOOP("ScreeningSummary", "Class")
TOTAL = QT_TRANSLATE_NOOP("ScreeningSummary", "Total")
OUTCOME = QT_TRANSLATE_NOOP("ScreeningSummary", "Outcome")
SMALL = "<5"
NOT_SHOWN = "—"


@dataclass(frozen=True)
class GroupLine:
    """A grade (``klass`` '') or one of its classes; the campaign's total has neither."""
    grade: str
    klass: str
    due: int
    tested: int
    absent: int
    exempt: int
    results: int
    positives: int
    key_hits: int
    invalid: int


@dataclass(frozen=True)
class FactorLine:
    name: str
    mean: str                              # two decimals, '' when no sheet has the factor
    bands: tuple[tuple[str, int], ...]     # (band, sheets) in the scale's order; () when the factor has none


@dataclass(frozen=True)
class CandidateLine:
    student_no: str
    name: str
    klass: str
    total: str
    band: str
    key_items: str
    outcome: str
    what_became: str


@dataclass(frozen=True)
class Summary:
    school_name: str
    unit_name: str
    campaign: str
    scale: str
    school_year: str
    start_on: str
    end_on: str
    made_at: datetime
    deidentified: bool
    groups: tuple[GroupLine, ...]          # each grade, then its classes
    total: GroupLine
    bands: tuple[tuple[str, int], ...]     # (band of the total, sheets)
    factors: tuple[FactorLine, ...]
    fates: tuple[tuple[str, int], ...]     # (what became of the candidates, how many)
    candidates: tuple[CandidateLine, ...]  # empty in the de-identified version


def small_cell(count: int, deidentified: bool) -> str:
    """A count as printed: 1 to 4 as "<5" in the de-identified version (a small group could name a student)."""
    return SMALL if deidentified and 0 < count < 5 else str(count)


def rate(part: int, whole: int, deidentified: bool) -> str:
    """part / whole as a percentage with one decimal; — when nothing to divide by, or when the part is a small cell."""
    if not whole or (deidentified and 0 < part < 5):
        return NOT_SHOWN
    return f"{part * 100 / whole:.1f}%"


def _rate_value(part: int, whole: int, deidentified: bool) -> float | None:
    if not whole or (deidentified and 0 < part < 5):
        return None
    return round(part * 100 / whole, 1)


def rate_chart(st: Styles, categories: Sequence[str], series: Sequence[tuple[str, Sequence[float | None]]], *,
               title: str, width: float, height: float):
    """Grouped bars of percentages; a value not shown (None) draws no bar and says "—" at the foot."""
    from counselor_app.reports.charts import GREYS, Chart, _frame

    def paint(figure) -> None:
        figure.set_layout_engine("constrained", w_pad=0.04, h_pad=0.04)   # room for the legend below
        ax = figure.add_subplot()
        n = max(len(series), 1)
        bar_w = 0.8 / n
        for i, (name, values) in enumerate(series):
            xs = [k + (i - (n - 1) / 2) * bar_w for k in range(len(categories))]
            heights = [0 if v is None else v for v in values]
            bars = ax.bar(xs, heights, bar_w, label=name, color=GREYS[i % len(GREYS)], edgecolor="black",
                          linewidth=0.5)
            ax.bar_label(bars, labels=[NOT_SHOWN if v is None else f"{v:g}" for v in values], padding=2, fontsize=7)
        _frame(ax, title, "")
        many = len(categories) > 8
        extra = max(0.0, (4 - len(categories)) / 2)      # one grade's bars as wide as four grades' would be
        ax.set_xlim(-0.5 - extra, len(categories) - 0.5 + extra)
        ax.set_xticks(range(len(categories)), categories, rotation=35 if many else 0, ha="right" if many else "center",
                      fontsize=7 if many else 8)
        ax.set_ylim(0, 110)
        if len(series) > 1:   # in one row under the plot, where it hides no bar (a 100% bar reaches the top)
            figure.legend(loc="outside lower center", ncols=len(series), frameon=False, fontsize=8)

    return Chart(st, paint, width, height)


def compact(st: Styles) -> Styles:
    """The styles with 9-point table cells: ten columns of numbers fit the width with their headers whole."""
    import copy

    from reportlab.lib.styles import ParagraphStyle

    out = copy.copy(st)
    for name in ("cell", "cell_center", "cell_right"):
        setattr(out, name, ParagraphStyle(f"{name}Compact", parent=getattr(st, name), fontSize=9, leading=12))
    return out


KEEP_WITH_ROWS = 30 * MM   # a heading never ends a page: it keeps this much of its table (header and a few rows)


def build_summary(s: Summary, *, tr: Translate = identity, font_path: str | None = None) -> bytes:
    from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer

    from counselor_app.reports import toolkit as kit

    de = s.deidentified
    title = tr(TITLE_LEADERS if de else TITLE)

    def cell(n: int) -> str:
        return small_cell(n, de)

    def story(st: Styles):
        small = compact(st)

        def heading(text) -> Paragraph:
            return Paragraph(escape(text), st.heading)

        def note(text) -> Paragraph:
            return Paragraph(escape(text), st.small)

        t = s.total
        overall = tr(OVERALL_VALUE).format(
            tested=cell(t.tested), due=cell(t.due), coverage=rate(t.tested, t.due, de), positives=cell(t.positives),
            positive_rate=rate(t.positives, t.results, de), key_hits=cell(t.key_hits))
        dates = tr(DATES_VALUE).format(start=s.start_on, end=s.end_on) if s.end_on else s.start_on
        parts = [*kit.title_block(st, title, tr=tr), kit.label_value_grid(st, [
            kit.Field(tr(CAMPAIGN), s.campaign, wide=True), kit.Field(tr(SCALE), s.scale, wide=True),
            kit.Field(tr(SCHOOL_YEAR), s.school_year or "—"), kit.Field(tr(DATES), dates),
            kit.Field(tr(OVERALL), overall, wide=True),
            kit.Field(tr(MADE_AT), s.made_at.strftime("%Y-%m-%d %H:%M"), wide=True),
        ]), Spacer(1, 2 * MM), note(tr(NOT_DIAGNOSIS))]
        if de:
            parts.append(note(tr(SMALL_CELLS)))

        # 1. coverage and positives by grade and class
        invalid = t.invalid > 0          # a scale with a validity scale (MHT) and invalid sheets
        columns = [kit.Column(tr(GROUP), weight=1.9)] + [
            kit.Column(tr(x), weight=1, align="right") for x in (DUE, TESTED, ABSENT, EXEMPT, COVERAGE, POSITIVE,
                                                                 POSITIVE_RATE, KEY_HITS, INVALID)[:9 if invalid else 8]]

        def numbers(g: GroupLine) -> list[str]:
            out = [cell(g.due), cell(g.tested), cell(g.absent), cell(g.exempt), rate(g.tested, g.due, de),
                   cell(g.positives), rate(g.positives, g.results, de), cell(g.key_hits)]
            return out + [cell(g.invalid)] if invalid else out

        rows = [[g.klass and f"\u3000{g.klass}" or g.grade, *numbers(g)] for g in s.groups]
        if s.groups:
            rows.append([tr(OVERALL), *numbers(t)])
        parts += [heading(tr(COVERAGE_HEADING)), note(tr(COVERAGE_NOTE)), Spacer(1, 1.5 * MM),
                  kit.data_table(small, columns, rows, empty_text=tr(NO_TARGETS))]
        grades = [g for g in s.groups if not g.klass]
        if grades:
            parts += [Spacer(1, 3 * MM), CondPageBreak(72 * MM), rate_chart(
                st, [g.grade for g in grades],
                [(tr(COVERAGE), [_rate_value(g.tested, g.due, de) for g in grades]),
                 (tr(POSITIVE_RATE), [_rate_value(g.positives, g.results, de) for g in grades])],
                title=tr(CHART_TITLE), width=kit.CONTENT_WIDTH, height=(72 if len(grades) > 8 else 62) * MM)]

        # 2. bands of the total
        band_rows = [[b, cell(n), rate(n, t.results, de)] for b, n in s.bands]
        part2 = [heading(tr(BANDS_HEADING)), kit.data_table(
            st, [kit.Column(tr(BAND), weight=3), kit.Column(tr(SHEETS), weight=1, align="right"),
                 kit.Column(tr(SHARE), weight=1, align="right")], band_rows, empty_text=tr(NO_BANDS))]
        parts.append(KeepTogether(part2))
        if s.bands and t.results:
            shown = [(b, n) for b, n in s.bands]
            parts += [Spacer(1, 3 * MM), CondPageBreak(58 * MM), rate_chart(
                st, [b for b, _n in shown], [(tr(SHARE), [_rate_value(n, t.results, de) for _b, n in shown])],
                title=tr(BANDS_CHART), width=kit.CONTENT_WIDTH * 0.8, height=52 * MM)]

        # 3. factors
        sep = tr(BAND_SEPARATOR)
        factor_rows = [[f.name, f.mean or NOT_SHOWN,
                        sep.join(tr(BAND_COUNT).format(band=b, count=cell(n)) for b, n in f.bands)
                        if f.bands else tr(NO_FACTOR_BANDS)] for f in s.factors]
        parts += [CondPageBreak(KEEP_WITH_ROWS), heading(tr(FACTORS_HEADING)), kit.data_table(
            st, [kit.Column(tr(FACTOR), weight=1.6), kit.Column(tr(MEAN), weight=0.9, align="right"),
                 kit.Column(tr(FACTOR_BANDS), weight=3.5)], factor_rows, empty_text=tr(NO_FACTORS))]

        # 4. candidates by what became of them
        parts.append(KeepTogether([heading(tr(CANDIDATES_HEADING)), note(tr(CANDIDATES_NOTE)), Spacer(1, 1.5 * MM),
                                   kit.data_table(st, [kit.Column(tr(WHAT_BECAME), weight=3),
                                                       kit.Column(tr(STUDENTS), weight=1, align="right")],
                                                  [[f, cell(n)] for f, n in s.fates] if any(n for _f, n in s.fates)
                                                  else [], empty_text=tr(NO_CANDIDATES))]))
        if not de:
            parts += [CondPageBreak(KEEP_WITH_ROWS), heading(tr(LIST_HEADING)), kit.data_table(small, [
                kit.Column(tr(STUDENT_NO), weight=1.5), kit.Column(tr(NAME), weight=1.1),
                kit.Column(tr(CLASS), weight=1.5), kit.Column(tr(TOTAL), weight=0.7, align="right"),
                kit.Column(tr(BAND), weight=1.2), kit.Column(tr(OUTCOME), weight=1.0),
                kit.Column(tr(KEY_HITS), weight=0.8), kit.Column(tr(WHAT_BECAME), weight=2.0)],
                [[c.student_no, c.name, c.klass, c.total, c.band, c.outcome, c.key_items, c.what_became]
                 for c in s.candidates], empty_text=tr(NO_CANDIDATES))]
        return parts

    header = PageHeader(s.school_name, title, s.unit_name, s.made_at)
    return build_pdf(header, story, tr=tr, font_path=font_path, metadata_title=title)
