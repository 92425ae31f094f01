"""Hostile Excel 97-2003 workbooks (.xls), built record by record in the test (tests/files/biff_writer.py): each is
refused with a clear message before calamine, which parses every sheet when it opens an xls, sees it."""
from __future__ import annotations

import struct
import sys

import pytest

from biff_writer import (
    ENDOFCHAIN, compound_file, dimensions, label_sst, merge_cells, number, record, workbook_stream, xls,
)
from counselor_app.files import limits
from counselor_app.files.xls_guard import check_xls
from counselor_app.files.roster_files import (
    DamagedWorkbook, SheetTooLarge, WorkbookTooLarge, read_rows, read_workbook,
)
from test_hostile_files import PRIVATE_NAME, clear, read_in_child, within

STRINGS = ["学号", "姓名", "周一"]
ROSTER = [dimensions(0, 2, 0, 2), label_sst(0, 0, 0), label_sst(0, 1, 1), number(1, 0, 2026070101),
          label_sst(1, 1, 2)]


def write(tmp_path, data: bytes, name: str = f"{PRIVATE_NAME}.xls"):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def formula(row: int, col: int, expression: bytes) -> bytes:
    """A FORMULA record whose cached value is a number."""
    return record(0x0006, struct.pack("<HHHdHIH", row, col, 15, 1.0, 0, 0, len(expression)) + expression)


def test_a_hand_made_xls_reads(tmp_path):
    path = write(tmp_path, xls(STRINGS, {"名单": ROSTER}))
    assert read_workbook(path) == (["名单"], [["学号", "姓名"], [2026070101, "周一"]])


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_AS")
def test_one_cell_in_the_far_corner(tmp_path):
    # a 6 KB file: calamine would allocate 65,536 x 16,384 cells and abort
    path = write(tmp_path, xls(STRINGS, {"名单": ROSTER + [number(65535, 16383, 1)]}))
    code, out = read_in_child(path)
    assert code == 0 and out.startswith("SheetTooLarge") and "65536 rows, 16384 columns" in out, out


@pytest.mark.parametrize("far", [
    record(0x00D6, struct.pack("<HHHH", 300, 250, 15, 1) + b"x"),                  # RSTRING
    record(0x00BD, struct.pack("<HH", 300, 10) + b"\x00" * 6 * 241 + struct.pack("<H", 250)),   # MULRK to column 251
    record(0x0204, struct.pack("<HHHHB", 300, 250, 15, 1, 0) + b"x"),               # LABEL
    formula(300, 250, b"\x1e\x01\x00"),                                            # FORMULA
])
def test_every_record_that_places_a_cell_is_counted_before_calamine(far):
    # every record type was tried on python-calamine 0.9.1: these, NUMBER, BOOLERR, RK and LABELSST place a cell
    with pytest.raises(SheetTooLarge) as exc:
        check_xls(xls(STRINGS, {"名单": ROSTER + [far]}))
    assert "301 rows, 251 columns" in exc.value.english()


def test_a_cell_at_the_end_of_what_an_xls_holds(tmp_path):
    # 65,536 x 256 cells: a gigabyte in calamine, before anything else could look at it
    path = write(tmp_path, xls(STRINGS, {"名单": ROSTER + [number(65535, 255, 1)]}))
    with pytest.raises(SheetTooLarge) as exc:
        read_rows(path)
    assert "名单" in clear(exc, path) and "65536 rows, 256 columns" in exc.value.english()


def test_every_sheet_counts_since_calamine_builds_them_all(tmp_path):
    path = write(tmp_path, xls(STRINGS, {"名单": ROSTER, "说明": [number(60000, 0, 1), number(0, 150, 1)]}))
    with pytest.raises(SheetTooLarge) as exc:
        read_rows(path)
    assert "说明" in clear(exc, path)


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_AS")
@pytest.mark.parametrize("first_row, last_row", [(0, 0xFFFFFFF0), (5, 3)])   # absurd, and wrapping around
def test_dimensions_beyond_an_xls(tmp_path, first_row, last_row):
    path = write(tmp_path, xls(STRINGS, {"名单": [dimensions(first_row, last_row, 0, 0xFFFF)] + ROSTER[1:]}))
    code, out = read_in_child(path)
    assert code == 0 and out.startswith("DamagedWorkbook"), out


def test_dimensions_of_formatted_empty_cells_are_harmless(tmp_path):
    # Excel's DIMENSIONS cover formatted empty cells down to row 65,536; calamine only reserves room for them
    path = write(tmp_path, xls(STRINGS, {"名单": [dimensions(0, 65536, 0, 256)] + ROSTER[1:]}))
    assert len(read_rows(path)) == 2


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_AS")
def test_a_shared_string_copied_into_many_cells(tmp_path):
    # 20,000 cells showing one 30,000-character string: a 340 KB file that took calamine past 3 GB
    path = write(tmp_path, xls(STRINGS + ["周" * 30_000], {"名单": ROSTER + [label_sst(r, 0, 3) for r in range(2, 20002)]}))
    assert path.stat().st_size < 400_000
    code, out = read_in_child(path)
    assert code == 0 and out.startswith("WorkbookTooLarge"), out


def test_a_string_table_that_claims_billions_of_strings(tmp_path):
    stream = workbook_stream(STRINGS, {"名单": ROSTER}).replace(struct.pack("<ii", 3, 3), struct.pack("<ii", 3, 2 ** 31 - 16))
    path = write(tmp_path, compound_file(stream))
    with pytest.raises(WorkbookTooLarge):
        read_rows(path)


def test_formulas_that_repeat_spaces(tmp_path):
    # PtgInt 1, then 2,000 space tokens of 255 spaces each: calamine spent minutes on 500 of them
    expression = b"\x1e\x01\x00" + b"\x19\x40\x00\xff" * 2000
    path = write(tmp_path, xls(STRINGS, {"名单": ROSTER + [formula(r, 2, expression) for r in range(2, 502)]}))
    with pytest.raises(WorkbookTooLarge):
        within(20, lambda: read_rows(path))


def test_ordinary_formulas_are_read(tmp_path):
    # =1+2 in C2..C1001: calamine gives their saved values
    sheet = ROSTER[:-1] + [formula(r, 2, b"\x1e\x01\x00\x1e\x02\x00\x03") for r in range(1, 1001)] + ROSTER[-1:]
    path = write(tmp_path, xls(STRINGS, {"名单": sheet}))
    rows = read_rows(path)
    assert len(rows) == 1001 and rows[1][2] == 1


def test_too_many_merged_ranges(tmp_path, monkeypatch):
    path = write(tmp_path, xls(STRINGS, {"名单": ROSTER + [merge_cells([(0, 60000, 0, 0)] * 1000)] * 12}))
    with pytest.raises(SheetTooLarge):
        read_rows(path)
    monkeypatch.setattr(limits, "MAX_MERGED_RANGES", 20_000)
    assert len(read_rows(path)) == 2     # ranges below the last row fill nothing


# --- the compound file around it ------------------------------------------------------------------------------

def _fat_offset(data: bytes) -> int:
    first_fat = struct.unpack_from("<I", data, 76)[0]
    return 512 + first_fat * 512


def test_a_sector_chain_that_loops(tmp_path):
    data = bytearray(xls(STRINGS, {"名单": ROSTER}))
    fat = _fat_offset(data)
    struct.pack_into("<I", data, fat + 4 * 3, 1)   # the stream's fourth sector leads back to its second
    path = write(tmp_path, bytes(data))
    with pytest.raises(DamagedWorkbook):
        within(10, lambda: read_rows(path))


def test_a_difat_chain_that_loops(tmp_path):
    data = bytearray(xls(STRINGS, {"名单": ROSTER}))
    sector = len(data) // 512 - 2
    struct.pack_into("<II", data, 68, sector, 1)            # one DIFAT sector …
    struct.pack_into("<I", data, 512 + sector * 512 + 508, sector)   # … that names itself as the next
    path = write(tmp_path, bytes(data))
    with pytest.raises(DamagedWorkbook):
        within(10, lambda: read_rows(path))


@pytest.mark.parametrize("offset", [44, 64, 72])   # FAT, mini FAT and DIFAT sector counts
def test_header_counts_beyond_the_file(tmp_path, offset):
    data = bytearray(xls(STRINGS, {"名单": ROSTER}))
    struct.pack_into("<I", data, offset, 0x7FFFFFFF)
    path = write(tmp_path, bytes(data))
    with pytest.raises(DamagedWorkbook):
        read_rows(path)


def test_a_stream_longer_than_the_file(tmp_path):
    data = bytearray(xls(STRINGS, {"名单": ROSTER}))
    directory = 512 + struct.unpack_from("<I", data, 48)[0] * 512
    struct.pack_into("<I", data, directory + 128 + 120, 0xFFFFFF00)
    path = write(tmp_path, bytes(data))
    with pytest.raises(DamagedWorkbook):
        read_rows(path)
    assert ENDOFCHAIN == 0xFFFFFFFE
