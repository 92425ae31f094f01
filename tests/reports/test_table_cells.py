"""The data table's cells for long registers: one-line text drawn as a plain string, wrapping text as a paragraph,
one LongTable (its page breaks measure only the rows of the page). The speed itself is measured by
bench/bench_referrals.py (a year's register of 3,000 rows), never by a clock in a unit test."""
from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from reportlab.platypus import LongTable, Paragraph

from counselor_app.reports import toolkit as kit
from counselor_app.reports.fonts import find_cjk_font
from counselor_app.reports.pdf_base import resolve_font
from counselor_app.reports.table import MIN_HEADER_SIZE

pytestmark = pytest.mark.skipif(find_cjk_font() is None, reason="no Chinese TrueType font on this machine")

COLS = [kit.Column("序号", fixed=40, align="center"), kit.Column("医院", fixed=90), kit.Column("人数", align="right")]


def _table(rows):
    return kit.data_table(kit.Styles(resolve_font(None)), COLS, rows)


def _text(pdf: bytes) -> str:
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_one_line_cells_are_plain_strings_and_long_text_still_wraps():
    long_name = "某某市精神卫生中心附属医院儿童青少年心理科"
    table = _table([["1", "市七院", "12"], ["2", long_name, "3"], ["3", "第一行\n第二行", "4"], ["4", "a  b", 5]])
    assert isinstance(table, LongTable)
    cells = table._cellvalues[1:]
    assert cells[0] == ["1", "市七院", "12"]
    assert isinstance(cells[1][1], Paragraph)        # wider than its column: it wraps
    assert isinstance(cells[2][1], Paragraph)        # a line break is kept by the paragraph
    assert isinstance(cells[3][1], Paragraph)        # doubled spaces: the paragraph folds them, as before
    assert isinstance(cells[3][2], Paragraph)        # not text: the paragraph of grid.text_cell, as before


def test_plain_cells_are_drawn_in_the_cell_font_with_their_column_alignment():
    st = kit.Styles(resolve_font(None))
    table = kit.data_table(st, COLS, [["1", "市七院", "12"]])
    table.wrap(400, 400)
    body = table._cellStyles[1]
    assert [c.alignment for c in body] == ["CENTER", "LEFT", "RIGHT"]
    assert {(c.fontname, c.fontsize, c.leading) for c in body} == {(st.cell.fontName, 10, 14)}


def test_a_register_of_many_rows_prints_every_row_under_a_header_on_each_page():
    rows = [[str(i), "市第七人民医院" if i % 3 else "某某市精神卫生中心附属医院儿童青少年心理科", f"<{i}>"]
            for i in range(1, 401)]
    pdf = kit.build_pdf(kit.PageHeader("示例中学", "测试"), lambda st: [kit.data_table(st, COLS, rows)])
    pages = [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]
    assert len(pages) > 5 and all("序号" in p and "医院" in p for p in pages)
    whole = _text(pdf)
    assert "<400>" in whole and "<1>" in whole          # markup characters print as they are, not as tags


def _lines(table) -> list[str]:
    pdf = kit.build_pdf(kit.PageHeader("Sample School", "Test"), lambda st: [table(st)])
    return [line.strip() for line in _text(pdf).splitlines()]


def test_english_cells_and_headers_wrap_between_words():
    cols = [kit.Column("No.", fixed=30), kit.Column("Reported by", fixed=52), kit.Column("Notes", fixed=120)]
    rows = [["1", "Head teacher", "Stayed with the student, removed the tools"]]
    lines = _lines(lambda st: kit.data_table(st, cols, rows))
    assert "Head" in lines and "teacher" in lines and "Reported" in lines and "by" in lines
    assert not any(line.startswith(("Head teach", "Reporte")) and line not in ("Head", "Reported") for line in lines)
    assert not any(line in ("er", "r", "d by") for line in lines), lines


def test_chinese_cells_still_wrap_per_character():
    st = kit.Styles(resolve_font(None))
    table = kit.data_table(st, COLS, [["1", "某某市精神卫生中心附属医院儿童青少年心理科", "3"]])
    cell = table._cellvalues[1][1]
    assert isinstance(cell, Paragraph) and cell.style.wordWrap == "CJK"
    assert table._cellvalues[0][1].style.wordWrap == "CJK"       # the Chinese header too


def test_a_word_wider_than_its_column_is_broken_rather_than_drawn_over_the_rule():
    st = kit.Styles(resolve_font(None))
    cols = [kit.Column("No.", fixed=30), kit.Column("Where", fixed=40)]
    table = kit.data_table(st, cols, [["1", "Counselingroomnumberthree and more"]])
    cell = table._cellvalues[1][1]
    assert isinstance(cell, Paragraph) and cell.style.wordWrap == "CJK"


def test_an_english_header_shrinks_until_its_words_fit():
    st = kit.Styles(resolve_font(None))
    cols = [kit.Column("No.", fixed=30), kit.Column("intervention", fixed=58), kit.Column("Notes")]
    table = kit.data_table(st, cols, [["1", "2", "x"]])
    head = table._cellvalues[0][1]
    assert head.style.wordWrap is None and MIN_HEADER_SIZE <= head.style.fontSize < st.cell_center.fontSize
