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
from hostile import (
    HEADER_ROW, SHEET_START, SHEET_END, STUDENT_ROW, cell, far_corner_xlsx, long_name_csv, shared_string_bomb_xlsx,
    workbook, zip_bomb_xlsx,
)
from counselor_app.files import limits
from counselor_app.files.roster_files import (
    CellTooLong, DamagedWorkbook, FileTooLarge, NotAFile, NotARoster, RosterFileError, SheetTooLarge, TooManyCells,
    TooManyColumns, TooManyRows, WorkbookTooLarge, read_rows, sheet_names,
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
    path = long_name_csv(tmp_path / f"{PRIVATE_NAME}.csv")
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


# --- xlsx, written by hand ---------------------------------------------------------------------------------------

def read_in_child(path, memory_mb: int = 1500) -> tuple[int, str]:
    """read_rows(path) in a child process whose address space is capped: (exit code, what it printed). A reader
    that aborts or allocates gigabytes fails here instead of taking the test run with it."""
    import subprocess

    code = ("import resource, sys\n"
            f"resource.setrlimit(resource.RLIMIT_AS, ({memory_mb} * 2**20, {memory_mb} * 2**20))\n"
            "from counselor_app.files.roster_files import read_rows, RosterFileError\n"
            "try:\n    rows = read_rows(sys.argv[1])\n    print('rows', len(rows))\n"
            "except RosterFileError as exc:\n    print(type(exc).__name__, exc)\n")
    done = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, timeout=60)
    return done.returncode, (done.stdout + done.stderr).strip()


def test_a_hand_made_workbook_reads(tmp_path):
    path = workbook(tmp_path / "r.xlsx")
    assert read_rows(path) == [["学号", "姓名"], [2026070101, "周一"]]


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_AS")
def test_one_cell_in_the_far_corner_is_refused_before_the_grid_is_allocated(tmp_path):
    # the probe's 1.7 KB file: calamine would allocate 16384 x 1048576 cells (512 GiB) and abort the process
    path = far_corner_xlsx(tmp_path / f"{PRIVATE_NAME}.xlsx")
    assert path.stat().st_size < 2000
    code, out = read_in_child(path)
    assert code == 0 and out.startswith("SheetTooLarge"), out
    assert "名单" in out and "1048576 rows, 16384 columns" in out and PRIVATE_NAME not in out


@pytest.mark.parametrize("far", [
    f'<row r="1048576">{cell("A1048576")}</row>',                                      # far down
    f'<row r="3">{cell("XFD3")}</row>',                                                 # far right
    '<row r="1048576"><c t="inlineStr"><is><t>x</t></is></c></row>',                    # a row's r, the cell none
    "<row>" + "<c><v>1</v></c>" * 300 + "</row>",                                       # columns counted, no r
    f"<row r=\"3\"><c r='XFD3' t=\"inlineStr\"><is><t>x</t></is></c></row>",            # single quotes
    f'<row r="3"><c s="1" r="XFD3" t="inlineStr"><is><t>x</t></is></c></row>',          # r not the first attribute
    f'<row r="3"><c foo="a>b" r="XFD3" t="inlineStr"><is><t>x</t></is></c></row>',      # ">" in a value before r
    f'<row r="3"><x:c xmlns:x="urn:x" r="XFD3" t="inlineStr"><x:is><x:t>x</x:t></x:is></x:c></row>',   # a prefix
    f'<row r="3">{cell("A3")}<c t="inlineStr"><is><t>x</t></is></c>{cell("XFD3")}</row>',   # mixed
])
def test_far_cells_are_found_however_they_are_written(tmp_path, far):
    path = workbook(tmp_path / "r.xlsx", far)
    with pytest.raises(SheetTooLarge) as exc:
        within(20, lambda: read_rows(path))
    assert "名单" in clear(exc, path)


def test_the_real_limits_of_a_sheet(tmp_path, monkeypatch):
    rows = "".join(f'<row r="{r}">{cell(f"A{r}", "周")}{cell(f"B{r}", "一")}</row>' for r in range(3, 201))
    path = workbook(tmp_path / "r.xlsx", rows)
    monkeypatch.setattr(limits, "MAX_ROWS", 199)
    with pytest.raises(SheetTooLarge) as exc:
        read_rows(path)
    assert "200 rows, 2 columns" in clear(exc, path)
    monkeypatch.setattr(limits, "MAX_ROWS", 200)
    monkeypatch.setattr(limits, "MAX_CELLS", 399)
    with pytest.raises(SheetTooLarge):
        read_rows(path)
    monkeypatch.setattr(limits, "MAX_CELLS", 400)
    assert len(read_rows(path)) == 200
    assert (limits.MAX_ROWS, limits.MAX_COLUMNS) != (0, 0)


def test_the_declared_dimension_is_not_trusted(tmp_path):
    # the dimension says A1:B2, the cells say otherwise; and a huge dimension alone is harmless
    path = workbook(tmp_path / "r.xlsx", f'<row r="3">{cell("ZZ3")}</row>')
    with pytest.raises(SheetTooLarge):
        read_rows(path)
    body = (SHEET_START.replace(b"A1:B2", b"A1:XFD1048576") + (HEADER_ROW + STUDENT_ROW).encode() + SHEET_END)
    assert len(read_rows(workbook(tmp_path / "d.xlsx", sheet=body))) == 2


def test_millions_of_cells_at_one_place_are_too_many(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_CELLS", 1000)
    path = workbook(tmp_path / "r.xlsx", f'<row r="3">{cell("A3") * 2000}</row>')
    with pytest.raises(SheetTooLarge):
        read_rows(path)


# --- xlsx: the zip ------------------------------------------------------------------------------------------------

@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_AS")
def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path):
    path = zip_bomb_xlsx(tmp_path / f"{PRIVATE_NAME}.xlsx")
    assert path.stat().st_size < 3 * 1024 * 1024
    code, out = read_in_child(path, memory_mb=1000)
    assert code == 0 and out.startswith("WorkbookTooLarge"), out


def test_parts_that_unpack_to_more_than_the_zip_says_are_refused(tmp_path):
    # the directory says 1 KB, the data inflates to 5 MB: only unpacking tells
    path = workbook(tmp_path / "r.xlsx", rows=b"<row>" + b" " * 5_000_000 + b"</row>")
    data = bytearray(path.read_bytes())
    archive = zipfile.ZipFile(path)
    info = archive.getinfo("xl/worksheets/sheet1.xml")
    central = _central_entry(data, info.filename)
    data[central + 24:central + 28] = (1000).to_bytes(4, "little")           # uncompressed size
    local = info.header_offset
    data[local + 22:local + 26] = (1000).to_bytes(4, "little")
    path.write_bytes(bytes(data))
    with pytest.raises((DamagedWorkbook, WorkbookTooLarge)) as exc:
        read_rows(path)
    clear(exc, path)


def _central_entry(data: bytes, name: str) -> int:
    pos = data.index(b"PK\x05\x06")
    start = int.from_bytes(data[pos + 16:pos + 20], "little")
    while True:
        length = int.from_bytes(data[start + 28:start + 30], "little")
        if data[start + 46:start + 46 + length].decode() == name:
            return start
        start += 46 + length + int.from_bytes(data[start + 30:start + 32], "little") + \
            int.from_bytes(data[start + 32:start + 34], "little")


def test_a_part_packed_far_tighter_than_any_sheet_is_refused(tmp_path, monkeypatch):
    path = workbook(tmp_path / "r.xlsx", rows=b"<row>" + b" " * 3_000_000 + b"</row>")
    with pytest.raises(WorkbookTooLarge):
        read_rows(path)
    monkeypatch.setattr(limits, "MAX_RATIO", 10_000)
    assert len(read_rows(path)) == 2


def test_too_many_parts_or_too_much_unpacked(tmp_path, monkeypatch):
    path = workbook(tmp_path / "r.xlsx", extra=[(f"xl/media/p{i}.bin", b"x") for i in range(30)])
    monkeypatch.setattr(limits, "MAX_ZIP_MEMBERS", 20)
    with pytest.raises(WorkbookTooLarge):
        read_rows(path)
    monkeypatch.setattr(limits, "MAX_ZIP_MEMBERS", 5_000)
    monkeypatch.setattr(limits, "MAX_UNPACKED_BYTES", 1_500)
    with pytest.raises(WorkbookTooLarge):
        read_rows(path)


def test_two_parts_of_one_name_are_damage(tmp_path):
    path = workbook(tmp_path / "r.xlsx")
    with pytest.warns(UserWarning), zipfile.ZipFile(path, "a") as z:
        z.writestr("xl/worksheets/sheet1.xml", SHEET_START + f'<row r="9">{cell("XFD9")}</row>'.encode() + SHEET_END)
    with pytest.raises(DamagedWorkbook):
        read_rows(path)


def test_a_shared_string_copied_into_many_cells_is_refused(tmp_path, monkeypatch):
    path = shared_string_bomb_xlsx(tmp_path / "r.xlsx")
    assert path.stat().st_size < 100_000
    with pytest.raises(WorkbookTooLarge):
        read_rows(path)
    monkeypatch.setattr(limits, "MAX_TEXT_BYTES", 10 ** 9)
    assert len(read_rows(path)) == 3002


def test_a_cell_longer_than_excel_allows_in_a_workbook(tmp_path):
    path = workbook(tmp_path / "r.xlsx", f'<row r="3">{cell("B3", "周" * 32_768)}</row>')
    with pytest.raises(CellTooLong) as exc:
        read_rows(path)
    assert "Row 3" in clear(exc, path)


def test_too_many_merged_ranges(tmp_path, monkeypatch):
    merged = "".join(f'<mergeCell ref="A{r}:A100000"/>' for r in range(3, 60))
    body = (SHEET_START + (HEADER_ROW + STUDENT_ROW).encode() + b"</sheetData>"
            + f'<mergeCells count="57">{merged}</mergeCells></worksheet>'.encode())
    path = workbook(tmp_path / "r.xlsx", sheet=body)
    monkeypatch.setattr(limits, "MAX_MERGED_RANGES", 50)
    with pytest.raises(SheetTooLarge):
        read_rows(path)
    monkeypatch.setattr(limits, "MAX_MERGED_RANGES", 10_000)
    assert len(read_rows(path)) == 2
