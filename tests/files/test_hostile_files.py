"""Hostile files given to the import (issue 10, finding 8): each one ends in a clear message, quickly, without the
memory of the process running away. Every hostile file is built here, in a temp folder; none is kept in the
repository.

The limits are lowered with monkeypatch where a realistic file would make the test slow; one realistic case of
each kind stays at the real limit."""
from __future__ import annotations

import os
import sys
import threading
import zipfile

import pytest

from counselor_app.domain.errors import Text, UserError
from counselor_app.files import limits, roster_files
from counselor_app.files.roster_files import (
    CellTooLong, FileTooLarge, NotAFile, NotARoster, RosterFileError, TooManyCells, TooManyColumns, TooManyRows,
    read_rows, sheet_names,
)

PRIVATE_NAME = "七年级3班_周晓梅名单"


def clear(exc_info, path) -> str:
    """A Roster message that names neither the file nor its folder; its English text."""
    error = exc_info.value
    assert isinstance(error, RosterFileError) and isinstance(error, UserError) and error.exit_code == 2
    assert isinstance(error.source, Text) and error.source.context == "Roster"
    text = error.english()
    assert PRIVATE_NAME not in text and str(path) not in text
    return text


def within(seconds: float, call):
    """``call()`` in a daemon thread: its result or exception, or a test failure when it blocks (a FIFO)."""
    box: dict = {}

    def run():
        try:
            box["value"] = call()
        except BaseException as exc:  # noqa: BLE001 - handed back to the test
            box["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"still reading after {seconds} s"
    if "error" in box:
        raise box["error"]
    return box["value"]


# --- what is opened ----------------------------------------------------------------------------------------------

@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_is_refused_at_once(tmp_path):
    path = tmp_path / f"{PRIVATE_NAME}.csv"
    os.mkfifo(path)
    for read in (read_rows, sheet_names):
        with pytest.raises(NotAFile) as exc:
            within(5, lambda: read(path))
        assert "not a file" in clear(exc, path)


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_a_link_to_an_endless_device_is_refused_at_once(tmp_path):
    path = tmp_path / f"{PRIVATE_NAME}.csv"
    path.symlink_to("/dev/zero")
    with pytest.raises(NotAFile) as exc:
        within(5, lambda: read_rows(path))
    clear(exc, path)


def test_a_folder_is_not_a_file(tmp_path):
    folder = tmp_path / f"{PRIVATE_NAME}.xlsx"
    folder.mkdir()
    with pytest.raises(NotAFile) as exc:
        read_rows(folder)
    assert isinstance(exc.value, NotARoster)   # what a folder raised before: callers catching that still do
    clear(exc, folder)


def test_a_file_over_the_size_limit_is_not_read(tmp_path, monkeypatch):
    path = tmp_path / f"{PRIVATE_NAME}.csv"
    path.write_bytes("学号,姓名\n".encode() + b"1,a\n" * 300)
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 1000)
    with pytest.raises(FileTooLarge) as exc:
        read_rows(path)
    assert "larger than" in clear(exc, path)
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 2000)
    assert len(read_rows(path)) == 301


def test_the_real_size_limit_refuses_a_sparse_file_without_reading_it(tmp_path):
    path = tmp_path / "huge.csv"
    with open(path, "wb") as f:   # a hole: gigabytes on paper, nothing on the disk
        f.truncate(4 * 1024 ** 3)
    with pytest.raises(FileTooLarge):
        within(5, lambda: read_rows(path))
    assert limits.MAX_FILE_BYTES == 50 * 1024 * 1024


# --- csv ---------------------------------------------------------------------------------------------------------

def test_a_20_mb_name_in_a_csv_is_refused_with_its_row(tmp_path):
    # 7 million 周: 21 MB of UTF-8, under the file size limit
    path = tmp_path / f"{PRIVATE_NAME}.csv"
    path.write_bytes(("学号,姓名\n2026070101,周一\n2026070102," + "周" * 7_000_000 + "\n").encode())
    with pytest.raises(CellTooLong) as exc:
        read_rows(path)
    text = clear(exc, path)
    assert "Row 3" in text and "32767" in text


@pytest.mark.parametrize("length", [32_768, 200_000])   # under and over the csv module's own field limit
def test_a_cell_longer_than_excel_allows_is_refused(tmp_path, length):
    path = tmp_path / "r.csv"
    path.write_text("学号,姓名\n1,周一\n2,\"" + "a,b" * (length // 3 + 1) + "\"\n", encoding="utf-8")
    with pytest.raises(CellTooLong) as exc:
        read_rows(path)
    assert "Row 3" in clear(exc, path)
    path.write_text("学号,姓名\n1,周一\n2," + "a" * 32_767 + "\n", encoding="utf-8")
    assert len(read_rows(path)[2][1]) == 32_767


def test_too_many_rows(tmp_path, monkeypatch):
    path = tmp_path / "r.csv"
    path.write_text("学号,姓名\n" + "1,a\n" * 150, encoding="utf-8")
    monkeypatch.setattr(limits, "MAX_ROWS", 100)
    with pytest.raises(TooManyRows) as exc:
        read_rows(path)
    assert "more than 100 rows" in clear(exc, path)


def test_millions_of_blank_lines_are_refused(tmp_path, monkeypatch):
    path = tmp_path / "r.csv"
    path.write_bytes("学号,姓名\n1,a\n".encode() + b"\n" * 5_000_000)
    with pytest.raises(TooManyCells):   # counted before parsing: each line end may end a cell
        within(20, lambda: read_rows(path))
    monkeypatch.setattr(limits, "MAX_CELLS", 10_000_000)
    with pytest.raises(TooManyRows):    # else they stop at the row limit while parsing
        within(20, lambda: read_rows(path))


def test_too_many_columns(tmp_path):
    path = tmp_path / "r.csv"
    path.write_text("学号,姓名\n1,a\n" + ",".join(["x"] * 201) + "\n", encoding="utf-8")
    with pytest.raises(TooManyColumns) as exc:
        read_rows(path)
    assert "Row 3 has more than 200 columns" in clear(exc, path)
    path.write_text("学号,姓名\n1,a\n" + ",".join(["x"] * 200) + "\n", encoding="utf-8")
    assert len(read_rows(path)[0]) == 200


def test_too_many_cells(tmp_path, monkeypatch):
    path = tmp_path / "r.csv"
    path.write_text("学号,姓名\n" + "1,a\n" * 600, encoding="utf-8")
    monkeypatch.setattr(limits, "MAX_CELLS", 1000)
    with pytest.raises(TooManyCells) as exc:
        read_rows(path)
    assert "more than 1000 cells" in clear(exc, path)


def test_a_line_of_millions_of_empty_cells_is_refused_before_it_is_split(tmp_path):
    path = tmp_path / "r.csv"
    path.write_bytes("学号,姓名\n".encode() + b"," * 20_000_000 + b"\n")
    with pytest.raises((TooManyCells, TooManyColumns)):
        within(20, lambda: read_rows(path))


def test_a_long_line_with_a_wide_character_is_refused(tmp_path):
    # one character outside the BMP makes Python store a line with 4 bytes a character: the line is cut, not read
    path = tmp_path / "r.csv"
    path.write_bytes("学号,姓名\n1,😀".encode() + b"a" * 40_000_000 + b"\n")
    with pytest.raises(CellTooLong):
        within(20, lambda: read_rows(path))


def test_nul_characters_still_make_a_text_file_no_roster(tmp_path):
    path = tmp_path / "r.csv"
    path.write_bytes("学号,姓名\n1,周\x00一\n".encode("utf-16"))
    with pytest.raises(NotARoster):
        read_rows(path)
