"""Roster import, pure part: header detection, column mapping, value parsers, class names, row verdicts.

All names and numbers are synthetic; phones start with 1990 like the demo school's.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings, strategies as st

from counselor_app.domain import roster, roster_values
from counselor_app.domain.errors import Text, fill
from counselor_app.domain.roster import (
    FIELDS, HeaderGuess, RowVerdict, detect_header, mapping_problems, match_header_cell, normalize_header,
    validate_rows,
)
from counselor_app.domain.roster_values import (
    excel_serial_to_date, parse_boarding, parse_class, parse_date, parse_gender, parse_phone, parse_roles,
    parse_status, parse_student_no,
)

TITLE = "2026级七年级学生名单"
HEADER = ["序号", "学号", "姓名", "性别", "出生日期", "班级", "家长姓名", "联系电话", "宿舍", "是否住校", "状态"]


def roster_rows(*data: list) -> list[list]:
    """A roster as schools keep it: a title (merged: only its first cell has the text), a blank row, the header."""
    width = len(HEADER)
    return [[TITLE] + [None] * (width - 1), [None] * width, list(HEADER), *data]


def english(message: Text, params: dict) -> str:
    return fill(message, params, lambda text: text)


# --- header detection ------------------------------------------------------------------------------------------

def test_header_found_below_title_and_blank_rows():
    guess = detect_header(roster_rows(["1", "2023070101", "林晓", "女", "2013-05-12", "七年级(3)班"]), "students")
    assert guess.row_index == 2
    assert guess.mapping == {1: "student_no", 2: "name", 3: "gender", 4: "birth_date", 5: "class_name",
                             6: "guardian_name", 7: "guardian_phone", 8: "dorm", 9: "boarding", 10: "status"}
    assert guess.unmapped_columns == [0]  # 序号


def test_header_in_the_first_row_and_columns_in_any_order():
    rows = [["联系电话", "班级", "姓名", "学号", "民族"], ["19900000001", "初一3班", "周一", "1001", "汉族"]]
    guess = detect_header(rows, "students")
    assert guess.row_index == 0
    assert guess.mapping == {0: "guardian_phone", 1: "class_name", 2: "name", 3: "student_no"}
    assert guess.unmapped_columns == [4]


@pytest.mark.parametrize("cell, field", [
    ("学号", "student_no"), ("学籍号", "student_no"), ("学生编号", "student_no"), ("考号", "student_no"),
    ("全国学籍号", "student_no"), ("学号*", "student_no"), ("*学号", "student_no"), ("学号：", "student_no"),
    ("学 号", "student_no"), ("学号（必填）", "student_no"), ("Student No.", "student_no"),
    ("student_id", "student_no"), ("姓名", "name"), ("学生姓名", "name"), (" 姓  名 ", "name"), ("Name", "name"),
    ("性别", "gender"), ("Sex", "gender"), ("出生日期", "birth_date"), ("出生年月日", "birth_date"),
    ("生日", "birth_date"), ("出生年月", "birth_date"), ("出生日期(yyyy-mm-dd)", "birth_date"),
    ("Date of birth", "birth_date"), ("年级", "grade"), ("院系", "grade"), ("班级", "class_name"),
    ("班级名称", "class_name"), ("所在班级", "class_name"), ("家长姓名", "guardian_name"),
    ("监护人姓名", "guardian_name"), ("父亲姓名", "guardian_name"), ("联系电话", "guardian_phone"),
    ("家长电话", "guardian_phone"), ("监护人电话", "guardian_phone"), ("手机", "guardian_phone"),
    ("宿舍", "dorm"), ("寝室", "dorm"), ("宿舍号", "dorm"), ("是否住校", "boarding"), ("住宿", "boarding"),
    ("住校生", "boarding"), ("是否住校(是/否)", "boarding"), ("状态", "status"), ("学籍状态", "status"),
    ("ＳＴＡＴＵＳ", "status"), ("学籍号码(新)", "student_no"), ("紧急联系电话", "guardian_phone"),
])
def test_header_synonyms(cell, field):
    assert match_header_cell(cell, "students") == field


@pytest.mark.parametrize("cell", ["序号", "民族", "身份证号", "家庭住址", "父亲工作单位", "备注", "", None, 3])
def test_cells_that_name_no_field(cell):
    assert match_header_cell(cell, "students") is None


def test_normalize_header_folds_width_and_removes_marks():
    assert normalize_header("＊学　号：") == "学号"
    assert normalize_header("Student_No.") == "studentno"


def test_guardian_columns_pair_by_relation_in_any_order():
    rows = [["学号", "姓名", "父亲姓名", "母亲姓名", "母亲电话", "父亲电话"],
            ["1", "周一", "周大", "吴二", "19900000002", "19900000001"]]
    guess = detect_header(rows, "students")
    assert guess.mapping == {0: "student_no", 1: "name", 2: "guardian_name", 3: "guardian2_name",
                             4: "guardian2_phone", 5: "guardian_phone"}
    record = validate_rows(rows, guess.row_index, guess.mapping, "students")[0].record
    assert (record["guardian_name"], record["guardian_relation"], record["guardian_phone"]) == \
        ("周大", "父亲", "19900000001")
    assert (record["guardian2_name"], record["guardian2_relation"], record["guardian2_phone"]) == \
        ("吴二", "母亲", "19900000002")


def test_numbered_guardians():
    rows = [["学号", "姓名", "监护人1姓名", "监护人1电话", "监护人2姓名", "监护人2电话"]]
    assert list(detect_header(rows, "students").mapping.values()) == [
        "student_no", "name", "guardian_name", "guardian_phone", "guardian2_name", "guardian2_phone"]


def test_english_header():
    rows = [["Student ID", "Name", "Gender", "Date of Birth", "Class", "Parent Name", "Parent Phone"]]
    assert list(detect_header(rows, "students").mapping.values()) == [
        "student_no", "name", "gender", "birth_date", "class_name", "guardian_name", "guardian_phone"]


def test_title_that_mentions_a_field_is_not_the_header():
    rows = [["七年级学生班级名单"], ["班级", "学号", "姓名"], ["3班", "1", "周一"]]
    assert detect_header(rows, "students").row_index == 1


def test_no_header_gives_none():
    assert detect_header([["1001", "周一", "男"], ["1002", "吴二", "女"]], "students") is None
    assert detect_header([], "students") is None


def test_second_column_with_the_same_meaning_is_left_to_the_user():
    guess = detect_header([["学号", "姓名", "学籍号"]], "students")
    assert guess.mapping == {0: "student_no", 1: "name"}
    assert guess.unmapped_columns == [2]


def test_staff_header():
    rows = [["教职工名单"], ["工号", "姓名", "性别", "手机号码", "职务", "所带班级"]]
    guess = detect_header(rows, "staff")
    assert guess.row_index == 1
    assert list(guess.mapping.values()) == ["staff_no", "name", "gender", "phone", "roles", "class_name"]


def test_fields_have_translatable_labels_and_known_kinds():
    assert set(FIELDS) == {"students", "staff"}
    for fields in FIELDS.values():
        keys = [f.key for f in fields]
        assert len(keys) == len(set(keys))
        assert all(isinstance(f.label, Text) and f.label.context == "Roster" for f in fields)
    assert {f.key for f in FIELDS["students"]} >= {
        "student_no", "name", "gender", "birth_date", "grade", "class_name", "guardian_name", "guardian_phone",
        "guardian2_name", "guardian2_phone", "dorm", "boarding", "status"}
    assert {f.key for f in FIELDS["staff"]} >= {"name", "phone", "gender", "roles", "class_name"}


def test_mapping_problems():
    assert mapping_problems({0: "student_no", 1: "name"}, "students") == []
    problems = mapping_problems({0: "name", 1: "name", 2: None}, "students")
    assert [english(*p) for p in problems] == ["No column of the file is used for: Student number.",
                                               "Name is chosen for more than one column."]


# --- dates -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("value", [
    "2013-05-12", "2013/5/12", "2013/05/12", "2013年5月12日", "2013年05月12日", "2013年5月12号", "20130512",
    "2013.05.12", "2013.5.12", " 2013-05-12 ", "2013 - 05 - 12", "２０１３－０５－１２", "２０１３年５月１２日",
    "2013-05-12 00:00:00", "2013-05-12T00:00:00", "2013/5/12 0:00", 41406, 41406.0, "41406", 20130512,
    datetime(2013, 5, 12, 0, 0), date(2013, 5, 12),
])
def test_dates(value):
    assert parse_date(value) == (date(2013, 5, 12), None)


@pytest.mark.parametrize("value", ["2013-5", "2013-05", "2013/5", "2013.05", "2013年5月", "201305", "２０１３年５月"])
def test_year_and_month_means_the_first_day(value):
    assert parse_date(value) == (date(2013, 5, 1), None)


@pytest.mark.parametrize("value", ["2013-02-30", "2013-13-01", "2013年2月29日", "20130231", "2013-00-10",
                                   "2013-04-31", "2013-13"])
def test_impossible_dates(value):
    assert parse_date(value) == (None, roster_values.IMPOSSIBLE_DATE)


@pytest.mark.parametrize("value", ["13-5-12", "5/12/2013", "abc", "2013", 2013, "不详", -5, 60, 80000, "12.5"])
def test_not_dates(value):
    found, error = parse_date(value)
    assert found is None and error is not None


def test_leap_day_and_empty_cells():
    assert parse_date("2012-02-29") == (date(2012, 2, 29), None)
    assert parse_date(None) == (None, None)
    assert parse_date("  ") == (None, None)
    assert parse_date("1899-12-31") == (None, roster_values.DATE_OUT_OF_RANGE)


@pytest.mark.parametrize("serial, expected", [
    (41406, date(2013, 5, 12)), (1, date(1900, 1, 1)), (59, date(1900, 2, 28)), (61, date(1900, 3, 1)),
    (36526, date(2000, 1, 1)), (45658, date(2025, 1, 1)), (41406.75, date(2013, 5, 12)),
])
def test_excel_serials(serial, expected):
    assert excel_serial_to_date(serial) == expected


def test_excel_phantom_leap_day_is_not_a_date():
    assert excel_serial_to_date(60) is None


FORMATS = ("{y}-{m:02d}-{d:02d}", "{y}/{m}/{d}", "{y}年{m}月{d}日", "{y}{m:02d}{d:02d}", "{y}.{m:02d}.{d:02d}",
           "{y}-{m}-{d}", " {y} 年 {m} 月 {d} 日 ")


@settings(max_examples=300)
@given(st.dates(min_value=date(1930, 1, 1), max_value=date(2099, 12, 31)), st.sampled_from(FORMATS),
       st.booleans())
def test_date_formats_round_trip(day, pattern, full_width):
    text = pattern.format(y=day.year, m=day.month, d=day.day)
    if full_width:
        text = text.translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789-/."})
    assert parse_date(text) == (day, None)


@given(st.dates(min_value=date(1927, 6, 1), max_value=date(2099, 12, 31)))
def test_excel_serial_round_trip(day):
    serial = (day - date(1899, 12, 30)).days
    assert parse_date(serial) == (day, None)
    assert parse_date(float(serial)) == (day, None)
    assert parse_date(datetime(day.year, day.month, day.day) + timedelta(hours=8)) == (day, None)


# --- gender, boarding, status, roles ---------------------------------------------------------------------------

@pytest.mark.parametrize("value, expected", [
    ("男", "male"), ("女", "female"), (" 男 ", "male"), ("M", "male"), ("f", "female"), ("Male", "male"),
    ("FEMALE", "female"), ("1", "male"), ("2", "female"), (1, "male"), (2.0, "female"), ("男性", "male"),
    ("女生", "female"), ("１", "male"), (None, ""), ("", ""),
])
def test_gender(value, expected):
    assert parse_gender(value) == (expected, None)


@pytest.mark.parametrize("value", ["未知", "0", "9", "x", "男女"])
def test_unknown_gender(value):
    assert parse_gender(value) == (None, roster_values.UNKNOWN_GENDER)


@pytest.mark.parametrize("value, expected", [
    ("是", True), ("否", False), ("住校", True), ("走读", False), ("Y", True), ("n", False), ("1", True),
    (0, False), ("住宿", True), ("通校", False), (" 是 ", True), (None, None), ("", None),
])
def test_boarding(value, expected):
    assert parse_boarding(value) == (expected, None)


def test_unknown_boarding():
    assert parse_boarding("有时") == (None, roster_values.UNKNOWN_BOARDING)


@pytest.mark.parametrize("value, expected", [
    ("在读", "enrolled"), ("在籍", "enrolled"), ("休学", "on_leave"), ("停学", "suspended"), ("毕业", "graduated"),
    ("已毕业", "graduated"), ("转出", "transferred"), ("转学", "transferred"), ("On leave", "on_leave"),
    ("enrolled", "enrolled"), (None, None),
])
def test_status(value, expected):
    assert parse_status(value) == (expected, None)


def test_unknown_status():
    assert parse_status("失踪") == (None, roster_values.UNKNOWN_STATUS)


def test_roles():
    assert parse_roles("班主任、兼职心理教师") == (("counselor_part", "head_teacher"), None)
    assert parse_roles("校长/班主任") == (("head_teacher", "school_leader"), None)
    assert parse_roles("instructor") == (("instructor",), None)
    assert parse_roles(None) == ((), None)
    assert parse_roles("厨师") == (None, roster_values.UNKNOWN_ROLE)


# --- phones ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("value, expected", [
    ("19900001234", "19900001234"), ("199 0000 1234", "19900001234"), ("199-0000-1234", "19900001234"),
    ("１９９００００１２３４", "19900001234"), ("+86 19900001234", "19900001234"), ("008619900001234", "19900001234"),
    (19900001234, "19900001234"), (19900001234.0, "19900001234"), ("0551-6123456", "0551-6123456"),
    ("0551 61234567", "0551-61234567"), ("(0551)61234567", "0551-61234567"), ("（0551）61234567", "0551-61234567"),
    ("010-61234567", "010-61234567"), ("02161234567", "021-61234567"), ("19900001234/19900005678",
                                                                        "19900001234 / 19900005678"),
    ("19900001234、0551-6123456", "19900001234 / 0551-6123456"), (None, ""), ("  ", ""),
])
def test_phones(value, expected):
    assert parse_phone(value) == (expected, None)


@pytest.mark.parametrize("value", ["12345", "1990000123", "199000012345", "61234567", "10900001234", "无",
                                   "19900001234/123", "0551-0123456"])
def test_bad_phones(value):
    assert parse_phone(value) == (None, roster_values.BAD_PHONE)


# --- student numbers -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("value, expected", [
    ("2023070101", "2023070101"), (2023070101, "2023070101"), (2023070101.0, "2023070101"),
    ("2023070101.0", "2023070101"), ("2.023070101e+09", "2023070101"), ("2.023070101E9", "2023070101"),
    (" 2023 0701 01 ", "2023070101"), ("２０２３０７０１０１", "2023070101"), ('="0012"', "0012"), ("'0012", "0012"),
    ("G320102201305120012", "G320102201305120012"), ("0012", "0012"), (None, ""), ("", ""),
])
def test_student_numbers(value, expected):
    assert parse_student_no(value) == (expected, None)


@pytest.mark.parametrize("value", ["2.02307e+09", "2.02307E+09", 3.201022013051201e17, 12.5, "学号"])
def test_student_numbers_that_lost_digits_or_are_not_numbers(value):
    found, error = parse_student_no(value)
    assert found is None and error in (roster_values.DIGITS_LOST, roster_values.BAD_STUDENT_NO)


def test_scientific_notation_that_dropped_digits_says_so():
    assert parse_student_no("2.02307e+09") == (None, roster_values.DIGITS_LOST)


@given(st.integers(min_value=0, max_value=10 ** 15 - 1))
def test_student_number_floats_recover_their_digits(number):
    assert parse_student_no(float(number)) == (str(number), None)
    assert parse_student_no(f"{number}.0") == (str(number), None)
    assert parse_student_no(f"{number:.{max(len(str(number)) - 1, 0)}e}") == (str(number), None)


# --- classes ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("value, grade", [
    ("七年级(3)班", None), ("七年级（3）班", None), ("七年级3班", None), ("七年级03班", None), ("七年级 3 班", None),
    ("初一3班", None), ("初一(3)班", None), ("初一（3）", None), ("初一三班", None), ("七(3)班", None), ("7年级3班", None),
    ("初中一年级3班", None), ("3班", "七年级"), ("3", "七年级"), ("(3)班", "初一"), ("三班", "初一"), ("03班", "七年级"),
    ("七年级(3)班", "七年级"), ("七年级(3)班", "初一"), ("七年级３班", None), ("初一·3班", None),
])
def test_one_class_written_many_ways(value, grade):
    ref, error = parse_class(value, grade)
    assert error is None
    assert (ref.grade, ref.name, ref.number, ref.level) == ("七年级", "七年级(3)班", 3, 7)


@pytest.mark.parametrize("value, grade, expected", [
    ("高二5班", None, ("高二", "高二(5)班", 5, 11)), ("高2(5)班", None, ("高二", "高二(5)班", 5, 11)),
    ("一年级二班", None, ("一年级", "一年级(2)班", 2, 1)), ("一年级十一班", None, ("一年级", "一年级(11)班", 11, 1)),
    ("初一十二班", None, ("七年级", "七年级(12)班", 12, 7)), ("十年级1班", None, ("高一", "高一(1)班", 1, 10)),
    ("2023级计算机1班", None, ("2023级", "2023级计算机1班", None, 0)),
    ("计算机1班", "2023级", ("2023级", "计算机1班", None, 0)),
    ("软件工程2301班", "计算机学院", ("计算机学院", "软件工程2301班", None, 0)),
    ("软件工程2301班", None, ("", "软件工程2301班", None, 0)),
    ("1班", "计算机学院", ("计算机学院", "1班", 1, 0)),
    ("高三理科1班", None, ("高三", "高三理科1班", None, 12)),
    ("Class 3A", None, ("", "Class3A", None, 0)),
])
def test_class_names(value, grade, expected):
    ref, error = parse_class(value, grade)
    assert error is None
    assert (ref.grade, ref.name, ref.number, ref.level) == expected


def test_class_errors():
    assert parse_class("3班") == (None, roster_values.CLASS_NEEDS_GRADE)
    assert parse_class("七年级(3)班", "八年级") == (None, roster_values.CLASS_GRADE_CONFLICT)
    assert parse_class("高三理科1班", "高一") == (None, roster_values.CLASS_GRADE_CONFLICT)
    assert parse_class(None, "七年级") == (None, None)


CN = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五", "十六",
      "十七", "十八", "十九", "二十"]
K12_SPELLINGS = {7: ["七年级", "初一", "初中一年级", "7年级"], 8: ["八年级", "初二", "初2"], 9: ["九年级", "初三"],
                 10: ["高一", "高中一年级", "十年级", "高1"], 11: ["高二", "11年级"], 12: ["高三", "十二年级"],
                 1: ["一年级", "小学一年级", "1年级"], 5: ["五年级"]}


@given(st.sampled_from(sorted(K12_SPELLINGS)), st.integers(min_value=1, max_value=20), st.data())
def test_same_class_same_key_however_written(level, number, data):
    grade = data.draw(st.sampled_from(K12_SPELLINGS[level]))
    style = data.draw(st.sampled_from(["{g}({n})班", "{g}（{n}）班", "{g}{n}班", "{g}{n:02d}班", "{g}{cn}班",
                                       "{g} ( {n} ) 班", "{g}({n})"]))
    written = style.format(g=grade, n=number, cn=CN[number])
    ref, error = parse_class(written)
    canonical, _ = parse_class(f"{K12_SPELLINGS[level][0]}({number})班")
    assert error is None and ref == canonical and ref.level == level and ref.number == number
    beside, _ = parse_class(f"{number}班", grade)
    assert beside == canonical


# --- rows ------------------------------------------------------------------------------------------------------

def test_valid_rows_become_records():
    rows = roster_rows(
        ["1", "2023070101", "林 晓", "女", 41406, "七年级（3）班", "林大", "199 0000 0001", "3号楼-215", "是", "在读"],
        ["2", 2023070102.0, "ＡＢ", "1", "２０１３年６月１日", "初一3班", "周二", "0551-6123456", None, "走读", None],
    )
    guess = detect_header(rows, "students")
    verdicts = validate_rows(rows, guess.row_index, guess.mapping, "students")
    assert [v.line for v in verdicts] == [4, 5]
    assert all(v.status == "ok" and not v.errors for v in verdicts)
    first, second = (v.record for v in verdicts)
    assert first == {"student_no": "2023070101", "name": "林晓", "gender": "female", "birth_date": date(2013, 5, 12),
                     "guardian_name": "林大", "guardian_phone": "19900000001", "dorm": "3号楼-215", "boarding": True,
                     "status": "enrolled", "class_name": "七年级(3)班", "class_number": 3, "grade": "七年级"}
    assert second["student_no"] == "2023070102" and second["name"] == "AB"
    assert second["birth_date"] == date(2013, 6, 1) and second["boarding"] is False and second["status"] is None
    assert second["class_name"] == first["class_name"]


def test_blank_rows_and_template_rows_are_skipped_silently():
    rows = roster_rows(["1", "1001", "周一", "男", None, None, None, None, None, None, None],
                       [None] * 11, ["2"] + [None] * 10, ["  ", "", None] + [None] * 8,
                       ["4", "1002", "吴二", "女", None, None, None, None, None, None, None])
    verdicts = validate_rows(rows, 2, detect_header(rows, "students").mapping, "students")
    assert [(v.line, v.status) for v in verdicts] == [(4, "ok"), (8, "ok")]


def test_repeated_student_number_names_both_rows():
    rows = roster_rows(["1", "1001", "周一"] + [None] * 8, ["2", "1002", "吴二"] + [None] * 8,
                       ["3", "1001.0", "郑三"] + [None] * 8, ["4", 1001, "王四"] + [None] * 8)
    verdicts = validate_rows(rows, 2, detect_header(rows, "students").mapping, "students")
    messages = {v.line: [english(*e) for e in v.errors] for v in verdicts}
    assert messages == {4: ["The same student number also appears in row(s) 6, 7."], 5: [],
                        6: ["The same student number also appears in row(s) 4, 7."],
                        7: ["The same student number also appears in row(s) 4, 6."]}
    assert [v.status for v in verdicts] == ["error", "ok", "error", "error"]


def test_row_errors_name_the_column_and_the_reason():
    rows = roster_rows(
        ["1", None, "周一", "男", "2013-02-30", "七年级(3)班", None, "12345", None, "也许", "失踪"],
        ["2", "1002", None, "未知", "2013-05-12", "3班", None, None, None, None, None],
        ["3", "2.02307e+09", "吴三", None, None, None, None, None, None, None, None],
    )
    verdicts = validate_rows(rows, 2, detect_header(rows, "students").mapping, "students")
    messages = [[english(*e) for e in v.errors] for v in verdicts]
    assert messages[0] == [
        "出生日期: there is no such day in the calendar.",
        "联系电话: not a phone number (an 11-digit mobile number, or a landline with its area code).",
        "是否住校: unknown value (use 是 or 否).",
        "状态: unknown status (use 在读, 休学, 停学, 毕业 or 转出).",
        "The student number is missing."]
    assert messages[1] == ["性别: unknown gender (use 男 or 女).", "The name is missing.",
                           "班级: the class has only a number; add a grade column or write the class like 七年级(3)班."]
    assert messages[2] == ["学号: Excel has shortened this number and digits are lost; format the column as text and "
                           "type it again."]
    assert all(v.status == "error" for v in verdicts)
    assert all(isinstance(e[0], Text) and e[0].context == "Roster" for v in verdicts for e in v.errors)


def test_messages_never_carry_values_from_the_file():
    rows = [["学号", "姓名", "出生日期"], ["1001", "周一", "2013-02-30"], ["1001", "周一", None]]
    for verdict in validate_rows(rows, 0, detect_header(rows, "students").mapping, "students"):
        for message, params in verdict.errors:
            assert "周一" not in english(message, params) and "2013-02-30" not in english(message, params)


def test_grade_column_and_number_only_classes():
    rows = [["学号", "姓名", "年级", "班级"], ["1", "周一", "初一", "3班"], ["2", "吴二", "七年级", "(3)班"],
            ["3", "郑三", "八年级", None], ["4", "王四", "计算机学院", "软件工程2301班"]]
    records = [v.record for v in validate_rows(rows, 0, detect_header(rows, "students").mapping, "students")]
    assert [(r["grade"], r["class_name"]) for r in records] == [
        ("七年级", "七年级(3)班"), ("七年级", "七年级(3)班"), ("八年级", ""), ("计算机学院", "软件工程2301班")]


def test_the_user_can_change_the_mapping():
    rows = [["编码", "学生", "备注"], ["1001", "周一", "x"]]
    assert detect_header(rows, "students") is None
    mapping = {0: "student_no", 1: "name", 2: None}
    verdicts = validate_rows(rows, HeaderGuess(0, mapping), mapping, "students")
    assert verdicts == [RowVerdict(2, "ok", {"student_no": "1001", "name": "周一"}, [])]
    guess = detect_header([["学号", "姓名", "电话"], ["1001", "周一", "19900000001"]], "students")
    guess.mapping[2] = "dorm"  # a plain dict: the preview edits it
    assert validate_rows([["学号", "姓名", "电话"], ["1001", "周一", "19900000001"]], guess.row_index,
                         guess.mapping, "students")[0].record["dorm"] == "19900000001"


def test_row_shorter_than_the_header():
    rows = [["学号", "姓名", "性别", "出生日期"], ["1001", "周一"]]
    verdict = validate_rows(rows, 0, detect_header(rows, "students").mapping, "students")[0]
    assert verdict.status == "ok" and verdict.record["birth_date"] is None and verdict.record["gender"] == ""


def test_staff_rows():
    rows = [["工号", "姓名", "性别", "手机", "职务", "年级", "所带班级"],
            ["T01", "周老师", "女", "19900000001", "班主任、兼职心理教师", "七年级", "3班"],
            ["T02", None, "男", "123", "厨师", None, None],
            ["T01", "吴老师", None, None, "校长", None, None]]
    verdicts = validate_rows(rows, 0, detect_header(rows, "staff").mapping, "staff")
    assert verdicts[0].record == {"staff_no": "T01", "name": "周老师", "gender": "female", "phone": "19900000001",
                                  "roles": ("counselor_part", "head_teacher"), "grade": "七年级",
                                  "class_name": "七年级(3)班", "class_number": 3}
    assert [english(*e) for e in verdicts[1].errors] == [
        "手机: not a phone number (an 11-digit mobile number, or a landline with its area code).",
        "职务: unknown role (use 专职心理教师, 兼职心理教师, 班主任, 年级组长, 院系负责人, 辅导员 or 校领导).",
        "The name is missing."]
    # a repeated staff number is not an error of the row: one person may have a row per class; the staff import
    # merges such rows and rejects them only when they contradict each other (services/staff_import.py)
    assert verdicts[2].errors == []


def test_every_message_is_marked_for_translation_in_the_roster_context():
    texts = [v for module in (roster, roster_values) for v in vars(module).values() if isinstance(v, Text)]
    assert len(texts) > 15
    assert all(t.context == "Roster" for t in texts)


# --- the fast paths of the parsers (roster import speed) give what the plain code gives --------------------------

def slow_fold(value: object) -> str:
    """fold() without its fast path, as it was written first."""
    import re
    import unicodedata

    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = roster_values._INVISIBLE.sub(" ", unicodedata.normalize("NFKC", str(value))).strip()
    match = re.match(r'^="(.*)"$', text)
    return match.group(1).strip() if match else text


def test_printable_text_holds_no_invisible_character_but_the_space():
    """fold() skips NFKC and the replacement of invisible characters for printable NFKC text; that is exact only
    while no printable character is in _INVISIBLE (all of them are in the BMP) and every whitespace character is
    (clean_text() then needs to look for the plain space only)."""
    invisible = roster_values._INVISIBLE
    assert [hex(c) for c in range(0x10000) if chr(c).isprintable() and c != 0x20 and invisible.match(chr(c))] == []
    assert [hex(c) for c in range(0x110000) if chr(c).isspace() and not invisible.match(chr(c))] == []


@settings(max_examples=400)
@given(st.one_of(st.text(), st.text(alphabet="０１２３４５６７８９ 　\t\u200b\ufeff=\"'（）()年月日-/.:男女周晓梅abcE+"),
                 st.integers(), st.floats(allow_nan=False), st.none(), st.dates()))
def test_fast_paths_agree_with_the_plain_code(value):
    assert roster_values.fold(value) == slow_fold(value)
    folded = slow_fold(value)
    import re
    assert roster_values.clean_text(value) == re.sub(r"\s+", " ", roster_values._CJK_SPACE.sub("", folded))
    assert roster_values.is_blank(value) == (folded == "")


@pytest.mark.parametrize("text, expected", [
    ("2e10", (None, roster_values.DIGITS_LOST)), ("1E5", (None, roster_values.DIGITS_LOST)),
    ("2.023070101e+09", ("2023070101", None)), ("2023070101", ("2023070101", None)),
    ("G110101201305121234", ("G110101201305121234", None)), ("A-1_2", ("A-1_2", None)),
    ("２０２３０７０１", ("20230701", None)), ("'2023", ("2023", None)), ("2023.000", ("2023", None)),
])
def test_student_number_fast_path_keeps_scientific_notation_out(text, expected):
    assert parse_student_no(text) == expected


def test_note_rows():
    from counselor_app.domain.roster import is_note_row

    for row in (["合计：18人"], [None, " 制表人：张老师", None, "审核人：李主任"], ["备注：以上信息由班主任核对"], ["注：不含休学学生"]):
        assert is_note_row(row), row
    for row in (["2026070101", "张三"], ["", "说明书"], [None, "张三", "备注：转入"]):
        assert not is_note_row(row), row


def test_a_value_that_could_not_be_read_is_kept_as_the_file_has_it():
    rows = [["学号", "姓名", "出生日期", "班级", "性别"],
            ["1001", "周一", "2013-02-30", "七年级(3)班", "男"],
            ["1002", "周二", 99999.0, "(3)班", "?"],
            ["1003", "周三", datetime(2013, 5, 12), "七年级(3)班", "女"]]
    first, second, third = validate_rows(rows, 0, {0: "student_no", 1: "name", 2: "birth_date", 3: "class_name",
                                                   4: "gender"}, "students")
    assert first.record["birth_date"] is None and first.raw == {"birth_date": "2013-02-30"}
    assert second.raw == {"birth_date": 99999.0, "class_name": "(3)班", "gender": "?"}
    assert third.raw == {} and third.status == "ok"
    assert [roster_values.cell_text(v) for v in (99999.0, "２０１３-02-30 ", datetime(2035, 5, 17),
                                                 datetime(2035, 5, 17, 8, 30), date(2035, 5, 17), None)] == \
        ["99999", "2013-02-30", "2035-05-17", "2035-05-17 08:30:00", "2035-05-17", ""]


REGISTER = [(1, "2026070101", "张小明", "2013-05-12", 10), (2, "2026070102", "李小红", "2013-06-01", 11),
            (3, "2026070103", "王芳", "2013-03-08", 11), (4, "2026070104", "王芳", "2013-03-08", 11),
            (5, "2026070105", "陈浩", "", 11)]


@pytest.mark.parametrize("row,expected", [
    ((7, "2026070199", "李小红", "2013-06-01", 11), (2, ("2026070102",), True, roster.LIKELY_SAME)),
    ((7, "2026070199", "李小红", "2013-06-01", 12), None),          # another class
    ((7, "2026070199", "李小红", "2013-06-02", 11), None),          # another birth date
    ((7, "2026070199", "李小红", "", 11), None),                    # no birth date in the file
    ((7, "2026070199", "李小红", "2013-06-01", None), None),        # no class in the file
    ((7, "2026070199", "陈浩", "", 11), None),                      # no birth date in the register
    ((7, "2026070199", "王芳", "2013-03-08", 11),                   # already twice in the register
     (3, ("2026070103", "2026070104"), False, roster.LIKELY_SAME_SEVERAL)),
])
def test_likely_the_same_student_under_another_number(row, expected):
    found = roster.find_likely_same([row], REGISTER, [row[1]])
    if expected is None:
        assert found == {}
        return
    same = found[7]
    assert (same.student_id, same.student_nos, same.can_renumber, same.message[0]) == expected
    assert same.message[1]["student_no"] == ", ".join(expected[1])


def test_likely_same_renumbering_only_when_unambiguous():
    row = (7, "2026070199", "李小红", "2013-06-01", 11)
    (same,) = roster.find_likely_same([row], REGISTER, ["2026070199", "2026070102"]).values()
    assert not same.can_renumber and same.message == (roster.LIKELY_SAME_IN_FILE, {"student_no": "2026070102"})
    found = roster.find_likely_same([row, (9, "2026070198", *row[2:])], REGISTER, ["2026070199", "2026070198"])
    assert [(s.line, s.can_renumber, s.message[1].get("lines")) for s in found.values()] == \
        [(7, False, "9"), (9, False, "7")]
    for same in found.values():   # a message names the register's number, translated and filled like the others
        assert "2026070102" in fill(same.message[0], same.message[1], lambda text: text)


def test_class_label_names_the_grade_when_the_class_name_does_not():
    assert roster.class_label("七年级", "七年级(9)班") == "七年级(9)班"
    assert roster.class_label("计算机学院", "1班") == "计算机学院 1班"
    assert roster.class_label("", "火箭班") == "火箭班"
