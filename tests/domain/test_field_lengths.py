"""Every imported field has a length limit: a longer cell is a row error in plain words, never stored and never cut
silently (issue 10, finding 8: a 20 MB name was stored)."""
from __future__ import annotations

from datetime import date

import pytest

from counselor_app.domain import calendar_table, roster  # noqa: F401 - registers the kinds
from counselor_app.domain.errors import fill
from counselor_app.domain.table_import import KINDS, TOO_LONG, validate_rows


def english(message, params) -> str:
    return fill(message, params, lambda text: text)


@pytest.mark.parametrize("kind", ["students", "staff", "calendar_days"])
def test_every_field_of_every_kind_has_a_sensible_limit(kind):
    for f in KINDS[kind].fields:
        assert isinstance(f.max_length, int) and 10 <= f.max_length <= 200, f.key


def test_the_limits_match_what_the_register_forms_allow():
    students = KINDS["students"].by_key
    assert students["name"].max_length == students["guardian_name"].max_length == 40   # services/office.MAX_NAME
    assert students["guardian_relation"].max_length == 20                                # guardian_relation.MAX_LENGTH
    assert students["dorm"].max_length == 40 and students["student_no"].max_length == 32
    assert KINDS["calendar_days"].by_key["name"].max_length == calendar_table.NAME_MAX


def test_a_name_over_the_limit_is_a_row_error_and_is_not_kept():
    rows = [["学号", "姓名", "班级"], ["1", "周" * 40, "七年级(1)班"], ["2", "吴" * 41, "七年级(1)班"],
            ["3", "郑" * 30_000, "七年级(1)班"]]
    verdicts = validate_rows(rows, 0, {0: "student_no", 1: "name", 2: "class_name"}, "students")
    assert [v.status for v in verdicts] == ["ok", "error", "error"]
    assert verdicts[0].record["name"] == "周" * 40
    assert [english(*e) for e in verdicts[1].errors] == ["姓名: too long (at most 40 characters)."]
    assert verdicts[1].record["name"] == ""                      # nothing of it is kept, not even cut short
    assert verdicts[1].raw["name"] == "吴" * 40 + "…"            # the preview shows the start, in red
    assert len(verdicts[2].raw["name"]) == 41


def test_fields_read_by_a_row_rule_and_parsed_fields_have_limits_too():
    rows = [["学号", "姓名", "班级", "年级", "家长电话", "宿舍"],
            ["1" * 33, "周一", "七年级(1)班", "七年级", "", ""],
            ["2", "吴二", "软件工程" * 11, "", "", ""],
            ["3", "郑三", "七年级(1)班", "七" * 41, "", ""],
            ["4", "王四", "七年级(1)班", "七年级", " / ".join(["13900000001"] * 8), "3号楼" * 14]]
    mapping = {0: "student_no", 1: "name", 2: "class_name", 3: "grade", 4: "guardian_phone", 5: "dorm"}
    verdicts = validate_rows(rows, 0, mapping, "students")
    messages = [[english(*e) for e in v.errors] for v in verdicts]
    assert messages == [["学号: too long (at most 32 characters)."],
                        ["班级: too long (at most 40 characters)."],
                        ["年级: too long (at most 40 characters)."],
                        ["家长电话: too long (at most 100 characters).", "宿舍: too long (at most 40 characters)."]]


def test_a_value_that_grows_when_folded_is_measured_as_stored():
    # ㍿ folds to 株式会社: 11 characters in the file, 44 in the register
    rows = [["工号", "姓名"], ["T1", "㍿" * 11]]
    verdicts = validate_rows(rows, 0, {0: "staff_no", 1: "name"}, "staff")
    assert [english(*e) for e in verdicts[0].errors] == ["姓名: too long (at most 40 characters)."]


def test_a_calendar_day_name_over_the_limit_is_refused_not_cut():
    rows = [["日期", "类型", "名称"], ["2027-10-01", "放假", "国庆节"], ["2027-10-02", "放假", "国" * 41]]
    verdicts = validate_rows(rows, 0, {0: "day", 1: "kind", 2: "name"}, "calendar_days")
    assert verdicts[0].record == {"day": date(2027, 10, 1), "kind": "holiday", "name": "国庆节"}
    assert [english(*e) for e in verdicts[1].errors] == ["名称: too long (at most 40 characters)."]


def test_the_reason_is_translatable_with_its_number():
    assert TOO_LONG.context == "Roster" and "{max}" in TOO_LONG
