"""The table-import framework: a new kind of table is a field list (and, where needed, a row rule).

The kind here is made up for the test (a duty roster's unavailable days, as the duty feature will declare it): the
framework must find its header under a title, map synonyms, parse, name missing and repeated values, and skip
note lines, without any code of its own beyond the field list.
"""
from __future__ import annotations

from datetime import date

import pytest

from counselor_app.domain.errors import QT_TRANSLATE_NOOP, fill
from counselor_app.domain.roster_values import parse_date
from counselor_app.domain.table_import import (
    BAD_VALUE, MISSING_COLUMN, MISSING_VALUE, TableKind, bad_value, detect_header, field, kind_of, mapping_problems,
    register, validate_rows,
)

TEXT = QT_TRANSLATE_NOOP("Test", "text")
UNAVAILABLE = TableKind(
    "test_unavailable",
    (field("name", QT_TRANSLATE_NOOP("Test", "Teacher"), "教师|姓名|教师姓名|teacher", required=True),
     field("day", QT_TRANSLATE_NOOP("Test", "Date"), "日期|不可值班日期|date", parse_date, required=True),
     field("reason", QT_TRANSLATE_NOOP("Test", "Reason"), "原因|事由|备注")),
    TEXT, TEXT, TEXT, unique="day", repeated=QT_TRANSLATE_NOOP("Test", "again, see row {lines}"), first_wins=True)


def english(message, params) -> str:
    return fill(message, params, lambda text: text)


def rows():
    return [["2027年春季学期教师不可值班日期"], [None], ["教师姓名", "不可值班日期（yyyy-mm-dd）", "事由"],
            ["王老师", "2027-03-01", "培训"], ["李老师", "2027-02-30", ""], ["", "2027-03-02", ""],
            [None, None, None], ["赵老师", "2027-03-01", "重复"], ["制表人：教务处", None, None]]


def test_a_new_kind_is_a_field_list():
    guess = detect_header(rows(), UNAVAILABLE)
    assert guess.row_index == 2 and guess.mapping == {0: "name", 1: "day", 2: "reason"}
    verdicts = validate_rows(rows(), guess, guess.mapping, UNAVAILABLE)
    assert [(v.line, v.status) for v in verdicts] == [(4, "ok"), (5, "error"), (6, "error"), (8, "error"),
                                                      (9, "note")]
    assert verdicts[0].record == {"name": "王老师", "day": date(2027, 3, 1), "reason": "培训"}
    assert [english(*e) for e in verdicts[1].errors] == ["不可值班日期(yyyy-mm-dd): there is no such day in the calendar."]
    assert verdicts[1].raw == {"day": "2027-02-30"}   # the preview shows the cell as the file has it
    assert verdicts[2].errors == [(MISSING_VALUE, {"field": UNAVAILABLE.fields[0].label})]
    assert [english(*e) for e in verdicts[3].errors] == ["again, see row 4"]   # the first row with the date stands


def test_every_row_with_a_repeated_value_is_rejected_unless_the_first_wins():
    kind = TableKind("test_all_repeats", UNAVAILABLE.fields, TEXT, TEXT, TEXT, unique="day",
                     repeated=QT_TRANSLATE_NOOP("Test", "also in {lines}"))
    verdicts = validate_rows([["姓名", "日期"], ["甲", "2027-03-01"], ["乙", "2027-03-01"]], 0, {0: "name", 1: "day"},
                             kind)
    assert [english(*v.errors[0]) for v in verdicts] == ["also in 3", "also in 2"]


def test_a_required_column_missing_and_a_field_chosen_twice():
    problems = mapping_problems({0: "name", 2: "name"}, UNAVAILABLE)
    assert problems[0] == (MISSING_COLUMN, {"field": UNAVAILABLE.fields[1].label})
    assert "more than one column" in english(*problems[1])
    assert detect_header([["说明"], ["教师"]], UNAVAILABLE) is None   # one field named: not a header


def test_a_row_rule_sees_the_parsed_record_and_speaks_like_a_parser():
    def rules(header_row, columns):
        def rule(verdict, cells):
            if verdict.record.get("day") and verdict.record["day"].weekday() >= 5:
                bad_value(verdict, header_row, columns, "day", UNAVAILABLE.fields[1].label,
                          QT_TRANSLATE_NOOP("Test", "a weekend"), cells["day"])
        return rule

    kind = TableKind("test_rules", UNAVAILABLE.fields, TEXT, TEXT, TEXT, row_rules=rules)
    (verdict,) = validate_rows([["教师", "日期"], ["甲", "2027-03-06"]], 0, {0: "name", 1: "day"}, kind)
    assert verdict.status == "error" and verdict.errors == [
        (BAD_VALUE, {"column": "日期", "reason": "a weekend"})] and verdict.raw == {"day": "2027-03-06"}


def test_kinds_are_found_by_name_once_registered():
    import counselor_app.domain.calendar_table  # noqa: F401 - a kind's module registers it
    import counselor_app.domain.roster  # noqa: F401

    with pytest.raises(KeyError):
        kind_of("test_unavailable")
    register(UNAVAILABLE)
    assert kind_of("test_unavailable") is UNAVAILABLE and kind_of(UNAVAILABLE) is UNAVAILABLE
    assert kind_of("students").name == "students" and kind_of("calendar_days").name == "calendar_days"
