"""Screening's vocabulary and rules (domain/screening.py), the results table's header recognition
(domain/screening_table.py) and the sealed detail's JSON (domain/screening_detail.py)."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from counselor_app.domain import scales, screening
from counselor_app.domain.screening_detail import answers_from_json, answers_json, detail_from_json, detail_json
from counselor_app.domain.screening_table import detect, item_of_header, mapping_problems


def test_the_outcomes_are_the_scale_engines():
    assert set(screening.codes(screening.Outcome)) == {o.value for o in scales.Outcome}
    assert set(screening.OUTCOME_WORDS) == set(screening.codes(screening.Outcome))


def test_coverage_leaves_out_the_absent_and_exempt():
    c = screening.coverage(["tested"] * 3 + ["due"] * 2 + ["absent", "exempt"])
    assert (c.due, c.tested, c.absent, c.exempt) == (5, 3, 1, 1) and c.percent == "60.0%"
    assert screening.coverage(["absent"]).rate is None and screening.coverage([]).percent == ""


def test_key_items_and_candidates():
    assert screening.key_items_text([59, 15]) == "15、59" and screening.key_items_of("15、59") == (15, 59)
    assert screening.key_items_of("") == ()
    assert screening.is_candidate("negative", (9,)) and screening.is_candidate("positive", ())
    assert not screening.is_candidate("invalid", ()) and not screening.is_candidate("unknown", ())
    assert sorted([((), 1), ((9,), 5), ((), 2), ((9,), 3)], key=lambda x: screening.candidate_order(*x)) == [
        ((9,), 3), ((9,), 5), ((), 1), ((), 2)]


def test_the_next_school_day():
    friday = date(2026, 11, 20)
    weekday = lambda d: d.weekday() < 5   # noqa: E731
    assert screening.next_school_day(friday, weekday, weekday) == date(2026, 11, 23)
    winter = lambda d: weekday(d) and d >= date(2027, 2, 20)   # noqa: E731 - the next semester
    assert screening.next_school_day(date(2027, 1, 25), winter, weekday) == date(2027, 2, 22)
    never = lambda d: False   # noqa: E731 - no semesters entered: the next workday
    assert screening.next_school_day(friday, never, weekday) == date(2026, 11, 23)
    assert screening.next_school_day(friday, never, never) == friday + timedelta(days=1)


PHQ = scales.builtin("PHQ-9")
SCL = scales.builtin("SCL-90")


@pytest.mark.parametrize("header, item", [
    ("1", 1), ("第1题", 1), ("Q1", 1), ("q 1", 1), ("T1", 1), ("题目1", 1), ("PHQ9_1", 1), ("phq-9 1", 1),
    ("1. 做事时提不起劲或没有兴趣", 1), ("做事时提不起劲或没有兴趣", 1), ("1、做事时提不起劲或没有兴趣？", 1),
    ("9.有不如死掉或用某种方式伤害自己的念头", 9), ("（2）", 2), ("3.", 3), ("感到心情低落、沮丧或绝望（过去两周）", 2),
    ("10", None), ("总分", None), ("PHQ-9", None), ("PHQ9", None), ("学号", None), (3, None), ("", None),
])
def test_item_columns_by_number_or_text(header, item):
    assert item_of_header(header, PHQ) == item


def test_copyrighted_scales_by_number_and_their_code():
    assert [item_of_header(h, SCL) for h in ("第90题", "SCL90_15", "scl15", "T90", "91")] == [90, 15, 15, 90, None]
    assert item_of_header("GAD1", scales.builtin("GAD-7")) == 1


def test_the_header_row_under_a_title_and_what_a_mapping_lacks():
    rows = [["心理测评导出"], [], ["学号", "姓名", "班级", *map(str, range(1, 10)), "总分", "用时"], ["1", "张三"]]
    index, mapping = detect(rows, PHQ)
    assert index == 2 and mapping[0] == "student_no" and mapping[3] == "item_1" and mapping[12] == "total"
    assert 13 not in mapping
    assert mapping_problems(mapping, PHQ) == []
    assert mapping_problems({0: "student_no", **{i: f"item_{i}" for i in range(1, 9)}}, PHQ)[0][1] == {
        "items": "9", "scale": "PHQ-9"}
    assert mapping_problems({0: "name", 1: "total"}, PHQ) == []                       # score-only, by name
    assert [p[0] for p in mapping_problems({1: "item_1"}, PHQ)][0].startswith("No column of the file names")
    assert detect([["姓名", "电话"]], PHQ) is None


def test_the_sealed_detail_and_answers_come_back_whole():
    answers = {n: 2 for n in range(1, 91)}
    answers[15] = 3
    result = scales.score(SCL, answers)
    back = detail_from_json(detail_json(result))
    assert (back.total, back.positive_items, back.key_item_hits, back.outcome) == (181, 90, (15, 59), "positive")
    assert [f.shown for f in back.factors][:2] == ["2.00", "2.00"] and back.factors[0].name.zh == "躯体化"
    assert back.sentences(str, "en") == [f.render(str, "en") for f in (*result.reasons, *result.notes)]
    assert answers_from_json(answers_json(answers)) == answers and answers_json(None) is None
    mht = scales.score_totals(scales.builtin("MHT"), 40, lie=8)
    again = detail_from_json(detail_json(mht))
    assert again.outcome == "invalid" and again.lie == 8 and again.score_only and not again.key_items_known
