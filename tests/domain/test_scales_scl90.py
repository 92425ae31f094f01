"""SCL-90 as SCALES.md states it: the factor map (not contiguous ranges), 总分 > 160, 阳性项目数 > 43, any 因子分 ≥ 2
(a setting), key items 15 and 59, and the statistics (总均分, 阴性项目数, 阳性症状均分)."""
from __future__ import annotations

import json
import random
from decimal import ROUND_HALF_UP, Decimal

import pytest

from counselor_app.domain.scales import Outcome, builtin, load_definition, score, with_settings

# SCALES.md, the table of factors, copied here by hand: the test compares the shipped file with it.
FACTORS = {
    "躯体化": "1 4 12 27 40 42 48 49 52 53 56 58",
    "强迫症状": "3 9 10 28 38 45 46 51 55 65",
    "人际关系敏感": "6 21 34 36 37 41 61 69 73",
    "抑郁": "5 14 15 20 22 26 29 30 31 32 54 71 79",
    "焦虑": "2 17 23 33 39 57 72 78 80 86",
    "敌对": "11 24 63 67 74 81",
    "恐怖": "13 25 47 50 70 75 82",
    "偏执": "8 18 43 68 76 83",
    "精神病性": "7 16 35 62 77 84 85 87 88 90",
    "其他（饮食睡眠）": "19 44 59 60 64 66 89",
}
TABLE = {name: [int(n) for n in items.split()] for name, items in FACTORS.items()}
KEY = (15, 59)


def two_decimals(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.01"), ROUND_HALF_UP)


@pytest.fixture(scope="module")
def scl():
    return builtin("SCL-90")


def sheet(plan: dict[str, tuple[int, int]] | None = None) -> dict[int, int]:
    """All items 没有 (1) except, per factor, (number of items at 3, number at 2), key items left at 1."""
    answers = {n: 1 for n in range(1, 91)}
    for name, (threes, twos) in (plan or {}).items():
        free = [n for n in TABLE[name] if n not in KEY]
        for n in free[:threes]:
            answers[n] = 3
        for n in free[threes:threes + twos]:
            answers[n] = 2
    return answers


def test_factor_map_is_the_table_of_scales_md(scl):
    assert {f.name.zh: list(f.items) for f in scl.factors} == TABLE
    assert sorted(n for items in TABLE.values() for n in items) == list(range(1, 91))   # each item once
    assert all(f.scoring.value == "mean" for f in scl.factors)
    assert [(o.score, o.label.zh) for o in scl.options] == [(1, "没有"), (2, "很轻"), (3, "中等"), (4, "偏重"),
                                                             (5, "严重")]
    assert scl.total_range == (90, 450) and scl.bands is None and scl.key_item_numbers == KEY


def test_every_item_scores_into_its_own_factor_only(scl):
    for name, items in TABLE.items():
        for n in items:
            answers = {i: 1 for i in range(1, 91)} | {n: 5}
            result = score(scl, answers)
            raised = [f.name.zh for f in result.factors if f.value != Decimal("1.00")]
            assert raised == [name], n


# 35 items at 3: total 160, 35 positive items, every factor below 2
TOTAL_160 = {"躯体化": (5, 0), "强迫症状": (4, 0), "人际关系敏感": (4, 0), "抑郁": (6, 0), "焦虑": (4, 0),
             "敌对": (2, 0), "恐怖": (3, 0), "偏执": (2, 0), "精神病性": (4, 0), "其他（饮食睡眠）": (1, 0)}


def test_total_160_is_negative_and_161_positive(scl):
    result = score(scl, sheet(TOTAL_160))
    assert (result.total, result.positive_items, result.outcome) == (160, 35, Outcome.NEGATIVE)
    assert max(f.value for f in result.factors) < 2
    result = score(scl, sheet(TOTAL_160 | {"其他（饮食睡眠）": (1, 1)}))
    assert (result.total, result.positive_items, result.outcome) == (161, 36, Outcome.POSITIVE)
    assert max(f.value for f in result.factors) < 2
    assert [r.english() for r in result.reasons] == ["Total 161 > 160"]


def plan_of_twos(count: int) -> dict[str, tuple[int, int]]:
    """``count`` items at 2, at most k−1 in a factor of k items (every factor mean below 2)."""
    plan = {}
    for name, items in TABLE.items():
        take = min(count, len([n for n in items if n not in KEY]) - 1, len(items) - 1)
        plan[name] = (0, take)
        count -= take
    assert count == 0
    return plan


def test_43_positive_items_is_negative_and_44_positive(scl):
    result = score(scl, sheet(plan_of_twos(43)))
    assert (result.positive_items, result.negative_items, result.total, result.outcome) == (43, 47, 133,
                                                                                             Outcome.NEGATIVE)
    result = score(scl, sheet(plan_of_twos(44)))
    assert (result.positive_items, result.total, result.outcome) == (44, 134, Outcome.POSITIVE)
    assert max(f.value for f in result.factors) < 2
    assert [r.english() for r in result.reasons] == ["Positive items 44 > 43"]


def test_a_factor_score_of_2_is_positive_by_default_and_the_comparison_is_a_setting(scl):
    answers = {n: 1 for n in range(1, 91)} | {n: 2 for n in TABLE["躯体化"]}
    result = score(scl, answers)
    assert result.factor("躯体化").value == Decimal("2.00") and result.outcome is Outcome.POSITIVE
    assert [r.english() for r in result.reasons] == ["Factor Somatization: 2.00 ≥ 2"]
    assert [r.render(lang="zh_CN") for r in result.reasons] == ["Factor 躯体化: 2.00 ≥ 2"]   # names by language
    strict = with_settings(scl, {"factor_op": ">"})
    assert score(strict, answers).outcome is Outcome.NEGATIVE
    answers[1] = 3                                                    # 25 / 12 = 2.08
    assert score(strict, answers).factor("somatization").value == Decimal("2.08")
    assert score(strict, answers).outcome is Outcome.POSITIVE


def test_factor_scores_have_two_decimals(scl):
    answers = {n: 1 for n in range(1, 91)} | {n: 2 for n in TABLE["抑郁"][:12]}   # 25 / 13 = 1.923…
    result = score(scl, answers)
    assert result.factor("抑郁").value == Decimal("1.92") and str(result.factor("抑郁").value) == "1.92"
    assert result.factor("焦虑").value == Decimal("1.00")


@pytest.mark.parametrize("answer15, answer59, hits", [(1, 1, ()), (2, 1, (15,)), (1, 2, (59,)), (5, 3, (15, 59))])
def test_key_items_15_and_59_at_2(scl, answer15, answer59, hits):
    result = score(scl, sheet() | {15: answer15, 59: answer59})
    assert result.key_item_hits == hits
    assert result.candidate is bool(hits)
    assert result.outcome is Outcome.NEGATIVE                         # a key item alone is not a positive screen


def test_key_item_score_is_a_setting(scl):
    at3 = with_settings(scl, {"key_item_min": 3})
    assert score(at3, sheet() | {15: 2}).key_item_hits == ()
    assert score(at3, sheet() | {15: 3}).key_item_hits == (15,)


def test_statistics(scl):
    result = score(scl, sheet())
    assert (result.total, result.total_mean, result.positive_items, result.negative_items) == (
        90, Decimal("1.00"), 0, 90)
    assert result.positive_symptom_mean is None and result.outcome is Outcome.NEGATIVE
    answers = sheet() | {1: 2, 2: 3, 3: 5}                            # 阳性症状均分 = (总分 − 阴性项目数) / 阳性项目数
    result = score(scl, answers)
    assert result.total == 97 and result.positive_items == 3 and result.negative_items == 87
    assert result.positive_symptom_mean == Decimal("3.33") == two_decimals(Decimal(97 - 87) / 3)
    top = score(scl, {n: 5 for n in range(1, 91)})
    assert (top.total, top.total_mean, top.positive_items) == (450, Decimal("5.00"), 90)
    assert len(top.reasons) == 2 + 10                                 # total, positive items, every factor


def test_a_0_to_4_file_says_so_and_shifts_every_cutoff(scl):
    """SCALES.md: a 0–4 variant exists; then every cut-off shifts. An office's 0–4 definition gives the same
    verdicts on the same sheets."""
    raw = json.loads(scl.text)
    raw["code"] = "SCL-90-0"
    for option in raw["options"]:
        option["score"] -= 1
    raw["item_stats"]["positive_from"] = 1
    raw["positive"]["any"][0]["value"] = 160 - 90
    raw["positive"]["any"][2]["value"] = 1
    raw["settings"]["key_item_min"]["value"] = 1
    shifted = load_definition(json.dumps(raw, ensure_ascii=False))
    rng = random.Random(12)
    for _ in range(300):
        answers = {n: rng.choice((1, 1, 1, 1, 2, 2, 3, 4, 5)) for n in range(1, 91)}
        a, b = score(scl, answers), score(shifted, {n: v - 1 for n, v in answers.items()})
        assert (a.outcome, a.positive_items, a.key_item_hits) == (b.outcome, b.positive_items, b.key_item_hits)
        assert b.total == a.total - 90
        assert [f.value - 1 for f in a.factors] == [f.value for f in b.factors]


def test_verdicts_agree_with_the_formulas_of_scales_md(scl):
    """An oracle written from SCALES.md's sentences, against the engine, on many random sheets."""
    from hypothesis import given, settings, strategies as st

    @settings(max_examples=300, deadline=None)
    @given(st.lists(st.sampled_from((1, 1, 1, 2, 2, 3, 4, 5)), min_size=90, max_size=90))
    def check(values):
        answers = dict(enumerate(values, 1))
        total = sum(values)
        positive_items = sum(1 for v in values if v >= 2)
        means = {name: two_decimals(Decimal(sum(answers[n] for n in items)) / len(items))
                 for name, items in TABLE.items()}
        expected = total > 160 or positive_items > 43 or any(v >= 2 for v in means.values())
        result = score(scl, answers)
        assert result.positive is expected
        assert (result.total, result.positive_items, result.negative_items) == (total, positive_items,
                                                                                90 - positive_items)
        assert result.total_mean == two_decimals(Decimal(total) / 90)
        assert result.key_item_hits == tuple(n for n in KEY if answers[n] >= 2)
        assert {f.name.zh: f.value for f in result.factors} == means
    check()
