"""The bureau report of an office: no "<5" can be worked out from its totals and shared margins (the attacker of
tests/bureau_attacker.py, over the whole report), and every file of the export carries the same hidden cells."""
from __future__ import annotations

import csv
import io
import json
from datetime import date
from types import SimpleNamespace

import pytest
from openpyxl import load_workbook

from bureau_attacker import assert_report_protected
from testdata import CHEAP_KDF
from counselor_app.domain import bureau
from counselor_app.domain import compliance as rules
from counselor_app.reports import bureau_report
from counselor_app.services import bureau_export, bureau_sections
from counselor_app.services.demo import create_demo_office
from counselor_app.services.settings import read_settings
from counselor_app.store import compliance as compliance_store
from counselor_app.store import watch as watch_store

TODAY = date.today()


@pytest.fixture(scope="module")
def session(tmp_path_factory):
    demo = create_demo_office(tmp_path_factory.mktemp("suppression") / "office", students=80, kdf=CHEAP_KDF,
                              watch=True)
    yield demo.office.session
    demo.office.session.close()


def _protected(report: bureau.Report) -> str:
    tables = report.tables()
    return assert_report_protected(tables, bureau_sections.same_sums(tables))


def test_the_demo_report_gives_no_small_count_back(session):
    report = bureau_export.build_report(session, None, today=TODAY)
    assert any(bureau.SMALL in row for t in report.tables() for row in t.cells())
    _protected(report)


@pytest.fixture
def one_small_cell(session, monkeypatch):
    """Entries of the period such that grade 1's row reads <5 + 20 = 22 and the month table's margins alike."""
    levels = [lv.code for lv in sorted(watch_store.levels(session.conn, all_levels=True), key=lambda lv: lv.rank)]
    grades = list(compliance_store.enrolled_per_grade(session.conn))
    rows = ([("2026-10", grades[0], levels[0], "screening", "")] * 20
            + [("2026-10", grades[0], levels[1], "screening", "")] * 2
            + [("2026-11", grades[1], levels[0], "self", "")] * 9
            + [("2026-11", grades[1], levels[1], "screening", "")] * 12)
    monkeypatch.setattr(compliance_store, "watch_opened", lambda _conn, _start, _end: rows)
    return bureau_export.build_report(session, None, today=TODAY)


def test_a_row_with_one_small_cell_hides_another_and_the_whole_report_holds(one_small_cell):
    tables = {t.key: t for t in one_small_cell.tables()}
    grade_row = tables["risk_by_grade"].cells()[0]      # true: 20, 2, 0 …, total 22
    assert grade_row[2] == bureau.SMALL and bureau.SECONDARY in (grade_row[1], grade_row[-1])
    # and the margins: the month table and the watch tables count the same 43 entries
    assert _protected(one_small_cell) in ("enumerated", "searched")


def _number(cell: str) -> str:
    """A cell as the workbook holds it: numbers as numbers (100.0 reads back as 100), marks as text."""
    try:
        return f"{float(cell):g}"
    except ValueError:
        return cell


def test_every_file_carries_the_same_hidden_cells(one_small_cell):
    base = bureau.base_name(one_small_cell.short_code, one_small_cell.period)
    files = bureau_report.data_files(one_small_cell)
    book = load_workbook(io.BytesIO(files[f"{base}.xlsx"]))
    data = json.loads(files[f"{base}.json"])
    hidden = 0
    for table in one_small_cell.tables():
        expected = bureau_report._sheet_rows(table, str)
        rows = list(csv.reader(io.StringIO(files[f"{base}-{table.key}.csv"].decode("utf-8-sig"))))
        assert rows == expected
        assert data["tables"][table.key]["rows"] == expected
        sheet = book[table.key[:31]]
        xlsx = [[("" if v is None else f"{v:g}" if isinstance(v, float) else str(v)) for v in row]
                for row in sheet.iter_rows(min_row=3, values_only=True)]
        assert [r[:len(expected[0])] for r in xlsx] == [[_number(c) for c in row] for row in expected]
        hidden += sum(row.count(bureau.SECONDARY) for row in expected)
    assert hidden >= 1


def test_the_pdf_shows_the_mark_and_explains_it(one_small_cell):
    from pypdf import PdfReader

    text = " ".join("\n".join(p.extract_text() for p in PdfReader(io.BytesIO(bureau_report.build_pdf(
        one_small_cell))).pages).split())
    assert "shown as *, so that a count below 5 cannot be worked out from the totals" in text
    assert " * " in text


def test_a_star_is_not_drawn_as_a_value():
    value = bureau_report.chart_value(bureau.SECONDARY)
    assert value.label == bureau.SECONDARY and value.top == 0


def test_an_indicator_share_or_status_on_a_small_count_is_withheld(session):
    """40 entries, 1 late: 97.5% × 40 would give the 1 back; 4 entries, 1 late: 75% says 3 of 4. With amber from
    80% (the default), 5 entries and "partly met" leave only 1 late, 15 entries and "not met" only 4: the number
    of entries goes as "*" there; 10 entries and "partly met" (1 or 2 late) may stay."""
    t = read_settings(session).thresholds
    assert t["amber_share_percent"] == 80

    def entries(counted: int, late: int):
        return rules.intervention(rules.InterventionCounts(range(counted), range(late)), t)

    severe = rules.severe(rules.SevereCounts(range(15), range(4, 15)), t)       # 4 of 15 without a plan
    board = SimpleNamespace(indicators=[entries(40, 1), entries(4, 1), entries(40, 10), entries(5, 1),
                                        entries(15, 4), entries(10, 1), severe])
    rows = bureau_sections._indicators(session, None, board).tables[0].cells()
    assert [r[2] for r in rows] == [bureau.NO_RATE, bureau.NO_RATE, "75%", bureau.NO_RATE, bureau.NO_RATE,
                                    bureau.NO_RATE, bureau.NO_RATE]
    assert [r[1] for r in rows] == [str(r.status.label) for r in board.indicators]
    assert [r[4:] for r in rows] == [["40", "<5"], ["<5", "<5"], ["40", "10"], ["*", "<5"], ["*", "<5"],
                                     ["10", "<5"], ["*", "<5"]]


def test_a_rate_is_never_shown_beside_a_hidden_count(session):
    """rate × its shown denominator would give the count back: wherever a rate is shown, both counts are."""
    report = bureau_export.build_report(session, None, today=TODAY)
    for table in report.tables():
        if table.key != "screening_by_grade":
            continue
        for cells in table.cells():
            due, tested, coverage, positive, positive_rate = cells[1:]
            if coverage != bureau.NO_RATE:
                assert bureau.SMALL not in (due, tested) and bureau.SECONDARY not in (due, tested)
            if positive_rate != bureau.NO_RATE:
                assert bureau.SMALL not in (tested, positive) and bureau.SECONDARY not in (tested, positive)


def test_the_workbook_explains_the_marks_too(one_small_cell):
    base = bureau.base_name(one_small_cell.short_code, one_small_cell.period)
    book = load_workbook(io.BytesIO(bureau_report.data_files(one_small_cell)[f"{base}.xlsx"]))
    notes = [row[0] for row in book.worksheets[0].iter_rows(values_only=True) if row[0]]
    assert any("shown as <5" in n for n in notes) and any("shown as *" in n for n in notes)
