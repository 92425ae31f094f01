"""Exports of answer sheets (files/limits.answer_sheets): the screening import reads a long file of short answers
beyond MAX_CELLS — a university's 30,000 SCL-90 sheets are 2.8 million cells — while a file that would cost more
memory than MAX_CELLS cells (too many different values) or more than MAX_ANSWER_SHEET_CELLS cells is refused with
a clear message, and a zip bomb stays refused whatever the cell limit."""
from __future__ import annotations

import pytest

from counselor_app.files import limits
from counselor_app.files.roster_files import SheetTooLarge, TooManyCells, WorkbookTooLarge, read_rows
from counselor_app.files.errors import TooManyValues
from hostile import zip_bomb_xlsx


WORDS = ("没有", "很轻", "中等", "偏重", "严重")


def answers_csv(path, rows: int, columns: int = 92, distinct: bool = False):
    lines = ["学号,姓名," + ",".join(f"T{n}" for n in range(1, columns - 1))]
    for r in range(rows):
        cells = [f"{r}-{c}" for c in range(columns - 2)] if distinct else [WORDS[(r + c) % 5]
                                                                           for c in range(columns - 2)]
        lines.append(f"2026{r:06d},学生{r}," + ",".join(cells))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def small_limits(monkeypatch):
    monkeypatch.setattr(limits, "MAX_CELLS", 2_000)
    monkeypatch.setattr(limits, "MAX_ANSWER_SHEET_CELLS", 8_000)


def test_a_long_export_of_answers_reads_as_answer_sheets_only(tmp_path, small_limits):
    path = answers_csv(tmp_path / "scl90.csv", 60)            # 61 x 92 = 5,612 cells: over MAX_CELLS
    with pytest.raises(TooManyCells) as e:
        read_rows(path)                                       # a roster import: refused as before
    assert "more than 2000 cells" in e.value.english()
    with limits.answer_sheets():
        rows = read_rows(path)
    assert len(rows) == 61 and rows[1][2] == "没有" and rows[2][2] == "很轻"
    assert rows[1][3] is rows[2][2]                           # one string per different value
    assert limits.max_cells() == 2_000                        # the context ended


def test_too_many_different_values_are_refused(tmp_path, small_limits):
    path = answers_csv(tmp_path / "odd.csv", 60, distinct=True)   # 5,400 different values > MAX_CELLS
    with limits.answer_sheets(), pytest.raises(TooManyValues) as e:
        read_rows(path)
    assert e.value.english().startswith("The file has more than 2000 different values")


def test_more_than_the_answer_sheet_limit_is_refused(tmp_path, small_limits):
    path = answers_csv(tmp_path / "long.csv", 100)            # 9,292 cells > 8,000
    with limits.answer_sheets(), pytest.raises(TooManyCells) as e:
        read_rows(path)
    assert "more than 8000 cells" in e.value.english()


def test_a_long_xlsx_of_answers_reads_too(tmp_path, small_limits):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["学号", "姓名", *[f"T{n}" for n in range(1, 91)]])
    for r in range(40):                                       # 41 x 92 = 3,772 cells
        ws.append([f"2026{r:06d}", f"学生{r}", *[1 + (r + c) % 5 for c in range(90)]])
    wb.save(tmp_path / "scl90.xlsx")
    with pytest.raises(SheetTooLarge):
        read_rows(tmp_path / "scl90.xlsx")
    with limits.answer_sheets():
        assert len(read_rows(tmp_path / "scl90.xlsx")) == 41


def test_a_zip_bomb_is_refused_whatever_the_cell_limit(tmp_path):
    path = zip_bomb_xlsx(tmp_path / "名单.xlsx", megabytes=60)
    with limits.answer_sheets(), pytest.raises((WorkbookTooLarge, SheetTooLarge)) as e:
        read_rows(path)
    assert e.value.english().startswith(("Once opened, this workbook", "The sheet"))
