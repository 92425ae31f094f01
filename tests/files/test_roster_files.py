"""Reading roster files: xlsx and xls with title rows and merged cells, csv in the encodings schools really have,
and a clear error (never a traceback, never the file name) for everything else. Synthetic names only."""
from __future__ import annotations

import codecs
import csv
import io
import shutil
import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from counselor_app.domain.errors import Text, UserError
from counselor_app.domain.roster import detect_header, validate_rows
from counselor_app.domain.roster_values import DIGITS_LOST, parse_student_no
from counselor_app.files import limits, roster_files
from counselor_app.files.roster_files import (
    DamagedWorkbook, EmptyRoster, EmptySheet, EncryptedWorkbook, FileMissing, NotARoster, OldExcelFile,
    RosterFileError, SheetTooLarge, UnknownEncoding, UnknownSheet, decode_text, detect_delimiter, read_rows,
    read_workbook, sheet_names,
)

# The kind of file name schools use: it carries a class and a student's name, so no message may repeat it.
PRIVATE_NAME = "七年级3班_周晓梅名单"
HEADER = ["序号", "学号", "姓名", "性别", "出生日期", "班级", "家长姓名", "联系电话"]
PEOPLE = [
    [1, "2023070101", "周晓梅", "女", "2013-05-12", "七年级(3)班", "周大", "19900000001"],
    [2, "2023070102", "吴浩然", "男", "2013/6/1", "七年级(3)班", "吴二", "19900000002"],
    [3, "2023070103", "郑欣怡", "女", "2013年7月3日", "七年级(3)班", "郑三", "19900000003"],
]


def workbook_with_title(path, *, merge_class=False):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "七年级"
    ws["A1"] = "2026级七年级学生名单"
    ws.merge_cells("A1:H1")
    ws["A2"] = "填表日期：2026年9月1日"
    ws.merge_cells("A2:H2")
    ws.append([])  # a blank row
    ws.append(HEADER)
    ws.append([1, 2023070101, "周晓梅", "女", datetime(2013, 5, 12), "七年级(3)班", "周大", 19900000001])
    ws.append([2, 2023070102, "吴浩然", "男", 41426, None if merge_class else "七年级(3)班", "吴二", "19900000002"])
    ws.append([])
    ws.append([3, "2023070103", "郑欣怡", "女", "2013年7月3日", None if merge_class else "七年级(3)班", "郑三",
               "199 0000 0003"])
    if merge_class:
        ws.merge_cells("F5:F8")
    ws["E5"].number_format = "yyyy-mm-dd"
    wb.save(path)
    return path


def assert_clear(exc_info, path):
    """A UserError with a Roster message that names neither the file nor its folder."""
    error = exc_info.value
    assert isinstance(error, RosterFileError) and isinstance(error, UserError)
    assert isinstance(error.source, Text) and error.source.context == "Roster"
    text = error.english()
    assert PRIVATE_NAME not in text and str(path) not in text and path.name not in text
    return text


# --- xlsx ------------------------------------------------------------------------------------------------------

def test_xlsx_with_merged_title_rows(tmp_path):
    rows = read_rows(workbook_with_title(tmp_path / f"{PRIVATE_NAME}.xlsx"))
    assert rows[0] == ["2026级七年级学生名单"] + [None] * 7  # the merged title: its top-left cell only
    assert rows[1][0].startswith("填表日期") and rows[1][1:] == [None] * 7
    assert rows[2] == [None] * 8
    assert rows[3] == HEADER
    # a date cell comes as a date (calamine); openpyxl gave a datetime at midnight
    assert rows[4] == [1, 2023070101, "周晓梅", "女", date(2013, 5, 12), "七年级(3)班", "周大", 19900000001]
    assert rows[5][4] == 41426 and rows[6] == [None] * 8
    assert all(len(r) == 8 for r in rows)


def test_xlsx_end_to_end(tmp_path):
    rows = read_rows(workbook_with_title(tmp_path / "r.xlsx"))
    guess = detect_header(rows, "students")
    assert guess.row_index == 3
    verdicts = validate_rows(rows, guess.row_index, guess.mapping, "students")
    assert [(v.line, v.status) for v in verdicts] == [(5, "ok"), (6, "ok"), (8, "ok")]
    assert [v.record["birth_date"] for v in verdicts] == [date(2013, 5, 12), date(2013, 6, 1), date(2013, 7, 3)]
    assert {v.record["class_name"] for v in verdicts} == {"七年级(3)班"}
    assert [v.record["guardian_phone"] for v in verdicts] == ["19900000001", "19900000002", "19900000003"]


def test_merged_cells_in_the_data_area_take_the_top_left_value(tmp_path):
    rows = read_rows(workbook_with_title(tmp_path / "r.xlsx", merge_class=True))
    assert [r[5] for r in rows[4:]] == ["七年级(3)班", "七年级(3)班", None, "七年级(3)班"]  # a blank row stays blank
    verdicts = validate_rows(rows, 3, detect_header(rows, "students").mapping, "students")
    assert [v.record["class_name"] for v in verdicts] == ["七年级(3)班"] * 3


def test_sheets_are_listed_and_chosen(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.title = "说明"
    wb.active["A1"] = "请勿修改表头"
    for name in ("七年级", "八年级"):
        ws = wb.create_sheet(name)
        ws.append(["学号", "姓名"])
        ws.append([f"{name}-1", "周一"])
    wb.active = 2
    path = tmp_path / "r.xlsx"
    wb.save(path)
    assert sheet_names(path) == ["说明", "七年级", "八年级"]
    assert read_rows(path) == [["学号", "姓名"], ["八年级-1", "周一"]]  # the sheet active when saved
    assert read_rows(path, sheet="七年级") == [["学号", "姓名"], ["七年级-1", "周一"]]
    assert read_rows(path, sheet="说明") == [["请勿修改表头"]]
    with pytest.raises(UnknownSheet) as exc:
        read_rows(path, sheet="九年级")
    assert "九年级" in exc.value.english()


def test_formulas_give_their_saved_values_and_text_numbers_stay_text(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["学号", "姓名", "出生日期"])
    ws.append(["0012", "  ", 41406.0])
    path = tmp_path / "r.xlsx"
    wb.save(path)
    assert read_rows(path) == [["学号", "姓名", "出生日期"], ["0012", None, 41406]]


def test_empty_sheet(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.title = "Sheet1"
    path = tmp_path / f"{PRIVATE_NAME}.xlsx"
    wb.save(path)
    with pytest.raises(EmptySheet) as exc:
        read_rows(path)
    assert "Sheet1" in assert_clear(exc, path)


def test_csv_list_no_sheets(tmp_path):
    path = tmp_path / "r.csv"
    path.write_text("学号,姓名\n1,周一\n", encoding="utf-8")
    assert sheet_names(path) == []


def rewrite_zip(src, dst, replace: dict[str, bytes]) -> None:
    with zipfile.ZipFile(src) as a, zipfile.ZipFile(dst, "w") as b:
        for item in a.infolist():
            b.writestr(item, replace.get(item.filename, a.read(item)))


def test_hidden_and_chart_sheets(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.title = "代码表"
    wb.active.sheet_state = "hidden"
    wb.active["A1"] = "性别代码"
    ws = wb.create_sheet("名单")
    ws.append(["学号", "姓名"])
    ws.append(["1", "周一"])
    wb.create_chartsheet("图表")
    saved = tmp_path / "saved.xlsx"
    wb.save(saved)
    # a workbook saved with the hidden sheet active (openpyxl itself would not write that)
    xml = zipfile.ZipFile(saved).read("xl/workbook.xml").replace(b'activeTab="1"', b'activeTab="0"')
    path = tmp_path / "r.xlsx"
    rewrite_zip(saved, path, {"xl/workbook.xml": xml})
    assert sheet_names(path) == ["代码表", "名单"]  # hidden sheets are listed, chart sheets are not
    assert read_rows(path) == [["学号", "姓名"], ["1", "周一"]]  # never a hidden sheet by default
    assert read_rows(path, sheet="代码表") == [["性别代码"]]
    with pytest.raises(UnknownSheet):
        read_rows(path, sheet="图表")


def test_numbers_errors_and_times_in_xlsx(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["学号", "姓名", "全国学籍号", "备注", "时间"])
    ws.append([2023070101.0, "#N/A", 1.2345678901234568e18, 1.5, datetime(2013, 5, 12, 8, 30)])
    ws.append(["1234567890123456789", "周一", "G110101201305121234", True, None])
    path = tmp_path / "r.xlsx"
    wb.save(path)
    rows = read_rows(path)
    assert rows[1][:2] == [2023070101, None] and rows[1][3:] == [1.5, datetime(2013, 5, 12, 8, 30)]  # #N/A: empty
    assert type(rows[1][0]) is int  # a whole number typed in Excel, as openpyxl gave it
    assert type(rows[1][2]) is float and rows[1][2] == pytest.approx(1.2345678901234568e18)
    assert rows[2] == ["1234567890123456789", "周一", "G110101201305121234", True, None]
    assert parse_student_no(rows[1][2]) == (None, DIGITS_LOST)  # Excel rounded it: refused, never guessed


def test_a_value_in_a_far_corner_is_refused_clearly(tmp_path, monkeypatch):
    wb = openpyxl.Workbook()
    wb.active.title = "名单"
    wb.active.append(["学号", "姓名"])
    wb.active.append(["1", "周一"])
    wb.active["Z3000"] = "x"  # 3,000 x 26 cells; the limit is lowered so the test stays small
    path = tmp_path / f"{PRIVATE_NAME}.xlsx"
    wb.save(path)
    monkeypatch.setattr(limits, "MAX_CELLS", 50_000)
    with pytest.raises(SheetTooLarge) as exc:
        read_rows(path)
    text = assert_clear(exc, path)
    assert "3000 rows, 26 columns" in text and "名单" in text
    monkeypatch.setattr(limits, "MAX_CELLS", 100_000)
    assert len(read_rows(path)) == 3000


# --- xls (Excel 97-2003, what student-status systems often export) ---------------------------------------------

XLS = Path(__file__).parent / "fixtures" / "roster.xls"  # made by fixtures/make_roster_xls.py


@pytest.fixture(params=["roster.xls", "roster-libreoffice.xls"])  # the same roster from two writers
def xls_path(request, tmp_path):
    path = tmp_path / f"{PRIVATE_NAME}.xls"
    shutil.copyfile(XLS.with_name(request.param), path)
    return path


def test_xls_sheets_and_the_active_one(xls_path):
    assert sheet_names(xls_path) == ["说明", "七年级", "代码表"]  # 代码表 is hidden
    rows = read_rows(xls_path)  # the sheet active when saved, not the first one
    assert rows[0] == ["2026级七年级学生名单"] + [None] * 8  # merged title: its top-left cell only
    assert rows[1][0].startswith("填表日期") and rows[2] == [None] * 9
    assert rows[3] == ["序号", "学号", "姓名", "性别", "出生日期", "班级", "家长姓名", "联系电话", "全国学籍号"]
    assert read_rows(xls_path, sheet="说明") == [["本表由学籍系统导出，请勿修改表头"]]
    assert read_rows(xls_path, sheet="代码表") == [["性别代码", None], ["1", "男"]]
    with pytest.raises(UnknownSheet):
        read_rows(xls_path, sheet="八年级")


def test_read_workbook_gives_names_and_rows_at_once(xls_path, tmp_path):
    assert read_workbook(xls_path) == (sheet_names(xls_path), read_rows(xls_path))
    assert read_workbook(xls_path, "说明") == (["说明", "七年级", "代码表"], [["本表由学籍系统导出，请勿修改表头"]])
    path = tmp_path / "r.csv"
    path.write_text("学号,姓名\n1,周一\n", encoding="utf-8")
    assert read_workbook(path) == ([], [["学号", "姓名"], ["1", "周一"]])


def test_xls_cells(xls_path):
    rows = read_rows(xls_path)
    assert rows[4] == [1, 2023070101, "周晓梅", "女", date(2013, 5, 12), "七年级(3)班", "周大", 19900000001,
                       "1101012013051212345"]
    assert all(type(v) is int for v in (rows[4][0], rows[4][1], rows[4][7]))  # stored as floats in the file
    assert rows[5][4] == date(2013, 6, 1) and rows[5][8] == "G110101201306011234"
    assert rows[6] == [None] * 9  # the spacer row inside the merged class cell stays blank
    assert rows[7][5] == "七年级(3)班"  # filled down from the merged cell
    assert parse_student_no(rows[4][8]) == ("1101012013051212345", None)  # 19 digits kept as text
    assert parse_student_no(rows[7][8]) == (None, DIGITS_LOST)  # 19 digits Excel had rounded


def test_xls_end_to_end(xls_path):
    rows = read_rows(xls_path)
    guess = detect_header(rows, "students")
    assert guess.row_index == 3
    verdicts = validate_rows(rows, guess.row_index, guess.mapping, "students")
    assert [(v.line, v.status) for v in verdicts] == [(5, "ok"), (6, "ok"), (8, "ok")]
    assert [v.record["student_no"] for v in verdicts] == ["2023070101", "2023070102", "2023070103"]
    assert [v.record["birth_date"] for v in verdicts] == [date(2013, 5, 12), date(2013, 6, 1), date(2013, 7, 3)]
    assert {v.record["class_name"] for v in verdicts} == {"七年级(3)班"}
    assert [v.record["guardian_phone"] for v in verdicts] == ["19900000001", "19900000002", "19900000003"]


def test_truncated_xls_is_damaged(tmp_path):
    path = tmp_path / f"{PRIVATE_NAME}.xls"
    path.write_bytes(XLS.read_bytes()[:3000])
    with pytest.raises(DamagedWorkbook) as exc:
        read_rows(path)
    assert_clear(exc, path)


def test_password_protected_xls(tmp_path):
    path = tmp_path / f"{PRIVATE_NAME}.xls"
    shutil.copyfile(XLS.with_name("roster-password.xls"), path)
    with pytest.raises(EncryptedWorkbook) as exc:
        read_rows(path)
    assert "password" in assert_clear(exc, path)
    with pytest.raises(EncryptedWorkbook):
        sheet_names(path)


def test_calamine_failures_become_clear_errors(tmp_path, monkeypatch):
    """calamine's own errors, and a file that makes its Rust code panic (a few damaged xls files do)."""
    import python_calamine

    path = tmp_path / f"{PRIVATE_NAME}.xls"
    shutil.copyfile(XLS, path)

    class PanicException(BaseException):  # what pyo3 raises for a Rust panic: not an Exception
        pass

    for raised, expected in ((python_calamine.PasswordError("xls is password protected"), EncryptedWorkbook),
                             (PanicException("index out of range"), DamagedWorkbook),
                             (python_calamine.XmlError("bad xml"), DamagedWorkbook)):
        def fail(*args, _raised=raised, **kwargs):
            raise _raised

        monkeypatch.setattr(python_calamine.CalamineWorkbook, "from_filelike", fail)
        with pytest.raises(expected) as exc:
            read_rows(path)
        assert_clear(exc, path)
    monkeypatch.setattr(python_calamine.CalamineWorkbook, "from_filelike",
                        lambda *a, **k: (_ for _ in ()).throw(KeyboardInterrupt()))
    with pytest.raises(KeyboardInterrupt):  # not a file problem: never turned into one
        read_rows(path)


# --- csv -------------------------------------------------------------------------------------------------------

def csv_text(rows, delimiter=","):
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return out.getvalue()


EXPECTED = [[str(c) for c in HEADER]] + [[str(c) for c in r] for r in PEOPLE]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030", "gb2312", "utf-16"])
def test_csv_encodings(tmp_path, encoding):
    path = tmp_path / f"{PRIVATE_NAME}.csv"
    path.write_bytes(csv_text([["七年级学生名单", "", ""], HEADER, *PEOPLE]).encode(encoding))
    rows = read_rows(path)
    assert rows[0] == ["七年级学生名单"] + [None] * 7
    assert rows[1:] == EXPECTED


def test_gb18030_characters_outside_gbk(tmp_path):
    path = tmp_path / "r.csv"
    path.write_bytes("学号,姓名\n1,周䶮\n2,吴㛃\n".encode("gb18030"))
    assert read_rows(path) == [["学号", "姓名"], ["1", "周䶮"], ["2", "吴㛃"]]


def test_utf16_tab_separated_as_excel_saves_unicode_text(tmp_path):
    path = tmp_path / "r.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + csv_text([HEADER, *PEOPLE], "\t").encode("utf-16-le"))
    assert read_rows(path) == EXPECTED


def test_utf16_without_bom(tmp_path):
    path = tmp_path / "r.txt"
    path.write_bytes(csv_text([HEADER, *PEOPLE], "\t").encode("utf-16-le"))
    assert read_rows(path) == EXPECTED


@pytest.mark.parametrize("delimiter", [",", "\t", ";", "|"])
def test_delimiters(tmp_path, delimiter):
    path = tmp_path / "r.csv"
    path.write_text(csv_text([["学生名单"], HEADER, *PEOPLE], delimiter), encoding="utf-8")
    assert read_rows(path)[1:] == EXPECTED


def test_quoted_cells_with_delimiters_and_line_breaks(tmp_path):
    path = tmp_path / "r.csv"
    path.write_text('学号,姓名,备注\n1,周一,"住校, 3号楼"\n2,吴二,"两行\n备注"\n', encoding="utf-8")
    assert read_rows(path) == [["学号", "姓名", "备注"], ["1", "周一", "住校, 3号楼"], ["2", "吴二", "两行\n备注"]]


def test_ragged_csv_rows_are_padded_and_trailing_blank_lines_dropped(tmp_path):
    path = tmp_path / "r.csv"
    path.write_text("学号,姓名,性别\n1,周一\n\n2,吴二,女,\n,,\n\n", encoding="utf-8")
    assert read_rows(path) == [["学号", "姓名", "性别"], ["1", "周一", None], [None] * 3, ["2", "吴二", "女"]]


def test_detect_delimiter_prefers_the_consistent_split():
    assert detect_delimiter("学号;姓名;备注\n1;周一;a,b\n2;吴二;c,d\n") == ";"
    assert detect_delimiter("学号\t姓名\n1\t周,一\n") == "\t"
    assert detect_delimiter("学号\n1\n") == ","
    # quoted cells with line breaks and semicolons: read with ";" the quotes break and the file falls apart into
    # more (two-column) records than it has; the share of consistent records still picks ","
    assert detect_delimiter('学号,姓名,班级\r\n0,0,";\n;0"\r\n0,0,";\n0;"\r\n') == ","


def test_decode_text():
    assert decode_text(codecs.BOM_UTF8 + "学号".encode()) == "学号"
    assert decode_text("学号".encode("gbk")) == "学号"
    assert decode_text(codecs.BOM_UTF16_BE + "学号".encode("utf-16-be")) == "学号"


GBK_CHARS = "周吴郑王李张刘陈杨赵黄晓梅浩然欣怡子轩一二三四五六七八九十年级班学号姓名性别男女"
cells = st.text(alphabet=GBK_CHARS + "abcXYZ0123456789 -/.,;\t\"'\n", min_size=1, max_size=8).filter(str.strip)


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.lists(cells, min_size=3, max_size=3), min_size=2, max_size=6),
       st.sampled_from(["utf-8", "utf-8-sig", "gbk", "gb18030", "utf-16"]), st.sampled_from([",", "\t", ";"]))
def test_csv_round_trip(tmp_path, rows, encoding, delimiter):
    rows = [["学号", "姓名", "班级"]] + rows
    path = tmp_path / "r.csv"
    path.write_bytes(csv_text(rows, delimiter).encode(encoding))
    assert read_rows(path) == [[c if c.strip() else None for c in r] for r in rows]


# --- files a user may pick by mistake --------------------------------------------------------------------------

def ole_file(*streams: str) -> bytes:
    """The start of an OLE compound file (old .xls, or a password-protected .xlsx) with directory entry names."""
    body = b"".join(name.encode("utf-16-le").ljust(64, b"\0") for name in streams)
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + body + b"\0" * 1024


def test_an_xls_without_its_content_is_damaged(tmp_path):
    path = tmp_path / f"{PRIVATE_NAME}.xls"
    path.write_bytes(ole_file("Workbook", "\x05SummaryInformation"))
    with pytest.raises(DamagedWorkbook) as exc:
        read_rows(path)
    assert_clear(exc, path)
    with pytest.raises(DamagedWorkbook):
        sheet_names(path)


def test_another_ole_file_says_save_as_xlsx(tmp_path):
    path = tmp_path / f"{PRIVATE_NAME}.xls"
    path.write_bytes(ole_file("WordDocument", "1Table", "\x05SummaryInformation"))  # a Word 97 document
    with pytest.raises(OldExcelFile) as exc:
        read_rows(path)
    assert ".xlsx" in assert_clear(exc, path)
    with pytest.raises(OldExcelFile):
        sheet_names(path)


def test_password_protected_xlsx(tmp_path):
    path = tmp_path / f"{PRIVATE_NAME}.xlsx"
    path.write_bytes(ole_file("EncryptionInfo", "EncryptedPackage", "\x06DataSpaces"))
    with pytest.raises(EncryptedWorkbook) as exc:
        read_rows(path)
    assert "password" in assert_clear(exc, path)


@pytest.mark.parametrize("content", [
    bytes(range(256)) * 8,
    b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
    b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\x00\x01\x02\x03" * 20,
])
def test_garbage_is_not_a_roster(tmp_path, content):
    path = tmp_path / f"{PRIVATE_NAME}.csv"
    path.write_bytes(content)
    with pytest.raises(NotARoster) as exc:
        read_rows(path)
    assert_clear(exc, path)


def test_text_in_an_unknown_encoding(tmp_path):
    path = tmp_path / "r.csv"
    path.write_bytes(b"\x81\x30\x81" * 10 + b"\xff\xfe\xfd" * 10)  # no control bytes, neither UTF-8 nor GB18030
    with pytest.raises(UnknownEncoding) as exc:
        read_rows(path)
    assert "UTF-8" in assert_clear(exc, path)


@pytest.mark.parametrize("content", [b"", b"   \r\n\r\n", codecs.BOM_UTF8, b",,,\n,,\n"])
def test_empty_files(tmp_path, content):
    path = tmp_path / f"{PRIVATE_NAME}.csv"
    path.write_bytes(content)
    with pytest.raises(EmptyRoster) as exc:
        read_rows(path)
    assert_clear(exc, path)


def test_truncated_xlsx_is_damaged(tmp_path):
    good = workbook_with_title(tmp_path / "good.xlsx").read_bytes()
    path = tmp_path / f"{PRIVATE_NAME}.xlsx"
    path.write_bytes(good[: len(good) // 2])
    with pytest.raises(DamagedWorkbook) as exc:
        read_rows(path)
    assert_clear(exc, path)


def test_xlsx_with_broken_xml_is_damaged(tmp_path):
    good = workbook_with_title(tmp_path / "good.xlsx")
    path = tmp_path / f"{PRIVATE_NAME}.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(path, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            dst.writestr(item, b"<worksheet><sheetData><row>" if item.filename.endswith("sheet1.xml") else data)
    with pytest.raises(DamagedWorkbook) as exc:
        read_rows(path)
    assert_clear(exc, path)


def test_zip_that_is_not_a_workbook(tmp_path):
    path = tmp_path / f"{PRIVATE_NAME}.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("photo.jpg", b"\xff\xd8\xff")
    with pytest.raises(NotARoster) as exc:
        read_rows(path)
    assert_clear(exc, path)


def test_opendocument_spreadsheet_says_save_as_xlsx(tmp_path):
    path = tmp_path / "r.ods"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", "<office:document-content/>")
    with pytest.raises(OldExcelFile):
        read_rows(path)


def test_missing_file_and_folder(tmp_path):
    path = tmp_path / f"{PRIVATE_NAME}.xlsx"
    with pytest.raises(FileMissing) as exc:
        read_rows(path)
    assert_clear(exc, path)
    with pytest.raises(NotARoster):
        read_rows(tmp_path)


def test_a_csv_named_xlsx_is_read_by_its_content(tmp_path):
    path = tmp_path / "r.xlsx"
    path.write_bytes("学号,姓名\n1,周一\n".encode("gbk"))
    assert read_rows(path) == [["学号", "姓名"], ["1", "周一"]]


def test_every_file_error_has_a_translatable_roster_message():
    errors = [c for c in vars(roster_files).values() if isinstance(c, type) and issubclass(c, RosterFileError)]
    assert len(errors) >= 10
    for error in errors:
        assert isinstance(error.message, Text) and error.message.context == "Roster"
        assert error.exit_code == 2
