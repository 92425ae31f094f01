"""MSSMHS (levels of each factor and of 总均分) and UPI (classes as OR-ed rules, lie items not scored, auxiliary
questions) as SCALES.md states them."""
from __future__ import annotations

from decimal import Decimal

import pytest

from counselor_app.domain.scales import Outcome, builtin, score, with_settings

MSSMHS_FACTORS = {
    "强迫症状": "3 10 12 22 23 48", "偏执": "11 20 24 26 47 49", "敌对": "19 21 25 50 52 58",
    "人际关系紧张与敏感": "4 17 18 45 51 59", "抑郁": "5 13 14 16 44 57", "焦虑": "6 15 34 43 46 56",
    "学习压力": "31 33 36 38 40 55", "适应不良": "1 8 9 29 39 41", "情绪不平衡": "2 7 27 32 35 53",
    "心理不平衡": "28 30 37 42 54 60",
}
MSS_TABLE = {name: [int(n) for n in items.split()] for name, items in MSSMHS_FACTORS.items()}


@pytest.fixture(scope="module")
def mss():
    return builtin("MSSMHS")


@pytest.fixture(scope="module")
def upi():
    return builtin("UPI")


def test_mssmhs_factors_are_the_table_of_scales_md(mss):
    assert {f.name.zh: list(f.items) for f in mss.factors} == MSS_TABLE
    assert sorted(n for items in MSS_TABLE.values() for n in items) == list(range(1, 61))
    assert [(o.score, o.label.zh) for o in mss.options] == [(1, "无"), (2, "轻度"), (3, "中度"), (4, "偏重"),
                                                             (5, "严重")]
    assert mss.total_range == (60, 300) and mss.key_items == () and mss.validity is None


def factor_sum(total: int) -> list[int]:
    """Six answers 1–5 summing to ``total`` (6–30)."""
    answers, rest = [], total
    for left in range(6, 0, -1):
        value = max(1, min(5, rest - (left - 1)))
        answers.append(value)
        rest -= value
    assert rest == 0
    return answers


@pytest.mark.parametrize("factor_total, value, level, positive", [
    (6, "1.00", "正常", False), (11, "1.83", "正常", False), (12, "2.00", "轻度", True), (17, "2.83", "轻度", True),
    (18, "3.00", "中度", True), (23, "3.83", "中度", True), (24, "4.00", "较重", True), (29, "4.83", "较重", True),
    (30, "5.00", "严重", True)])
def test_mssmhs_factor_levels_on_every_edge(mss, factor_total, value, level, positive):
    answers = {n: 1 for n in range(1, 61)}
    answers |= dict(zip(MSS_TABLE["学习压力"], factor_sum(factor_total)))
    result = score(mss, answers)
    factor = result.factor("学习压力")
    assert (str(factor.value), factor.band.zh) == (value, level)
    assert result.positive is positive
    assert result.band.zh == "正常"                                    # 总均分 stays below 2
    if positive:
        assert [r.english() for r in result.reasons] == [f"Factor Study pressure: {value} ≥ 2"]


@pytest.mark.parametrize("total, mean, level, positive", [
    (60, "1.00", "正常", False), (110, "1.83", "正常", False), (119, "1.98", "正常", True), (120, "2.00", "轻度", True),
    (179, "2.98", "轻度", True), (180, "3.00", "中度", True), (240, "4.00", "较重", True), (299, "4.98", "较重", True),
    (300, "5.00", "严重", True)])
def test_mssmhs_total_mean_levels(mss, total, mean, level, positive):
    order = [n for items in zip(*MSS_TABLE.values()) for n in items]   # round robin over the factors
    base = total // 60
    answers = {n: base for n in range(1, 61)}
    for n in order[:total - base * 60]:
        answers[n] += 1
    result = score(mss, answers)
    assert (result.total, str(result.total_mean), result.band.zh, result.positive) == (total, mean, level, positive)
    reasons = [r.english() for r in result.reasons]
    # the mean of the factor means is the total mean: at 1.98 some factor is at 2 already (positive, band 正常)
    assert (f"Total mean {mean} ≥ 2" in reasons) is (Decimal(mean) >= 2)
    if total == 110:
        assert max(f.value for f in result.factors) == Decimal("1.83")


# --- UPI ------------------------------------------------------------------------------------------------------

def upi_sheet(total: int = 0, yes: tuple[int, ...] = (), aux: dict[int, int] | None = None) -> dict[int, int]:
    """是 on ``total`` scored items that are not key items (then on key items), plus ``yes``; auxiliary answers."""
    plain = [n for n in range(1, 61) if n not in (5, 20, 35, 50, 8, 16, 25, 26)]
    answers = {n: 0 for n in range(1, 61)} | {n: 1 for n in plain[:total]} | {n: 1 for n in yes}
    return answers | (aux if aux is not None else {61: 0, 62: 0, 63: 0, 64: 0})


def test_upi_scores_56_items(upi):
    assert upi.item_count == 64 and upi.total_range == (0, 56)
    assert upi.auxiliary == frozenset({61, 62, 63, 64})
    assert set(range(1, 61)) - set(upi.total_items) == {5, 20, 35, 50}
    assert upi.key_item_numbers == (8, 16, 25, 26)
    assert [o.label.zh for o in upi.options] == ["否", "是"]
    result = score(upi, upi_sheet(yes=(5, 20, 35, 50)))
    assert result.total == 0 and result.band.zh == "第三类"


@pytest.mark.parametrize("total, band, positive", [(0, "第三类", False), (19, "第三类", False),
                                                   (20, "第二类", False), (24, "第二类", False),
                                                   (25, "第一类", True), (52, "第一类", True)])
def test_upi_classes_by_total(upi, total, band, positive):
    result = score(upi, upi_sheet(total))
    assert (result.total, result.band.zh, result.positive, result.key_item_hits) == (total, band, positive, ())
    if positive:
        assert [r.english() for r in result.reasons] == ["In Class 1", f"Total {total} ≥ 25"]


def test_upi_item_25_is_first_class_and_a_key_item(upi):
    result = score(upi, upi_sheet(yes=(25,)))
    assert (result.total, result.band.zh, result.outcome, result.key_item_hits) == (1, "第一类", Outcome.POSITIVE,
                                                                                   (25,))
    assert [r.render(lang="zh_CN") for r in result.reasons] == ["In 第一类", "Item 25: 是"]


@pytest.mark.parametrize("item", [8, 16, 26])
def test_upi_items_8_16_26_are_second_class_and_key_items(upi, item):
    result = score(upi, upi_sheet(3, yes=(item,)))
    assert (result.band.zh, result.positive, result.key_item_hits, result.candidate) == ("第二类", False, (item,),
                                                                                         True)


def test_upi_asking_for_counselling_is_first_class_and_the_item_is_a_setting(upi):
    result = score(upi, upi_sheet(aux={61: 0, 62: 0, 63: 0, 64: 1}))
    assert (result.band.zh, result.positive, result.key_item_hits) == ("第一类", True, ())
    assert score(upi, upi_sheet(aux={61: 1, 62: 1, 63: 1, 64: 0})).band.zh == "第三类"
    other_school = with_settings(upi, {"request_items": [63]})
    assert other_school.version == 2
    assert score(other_school, upi_sheet(aux={61: 0, 62: 0, 63: 1, 64: 0})).band.zh == "第一类"
    assert score(other_school, upi_sheet(aux={61: 0, 62: 0, 63: 0, 64: 1})).band.zh == "第三类"


def test_upi_without_auxiliary_answers_is_scored_with_a_note(upi):
    result = score(upi, upi_sheet(22, aux={}))
    assert (result.band.zh, result.positive) == ("第二类", False)
    assert [n.english() for n in result.notes] == [
        "Auxiliary question(s) 64 not answered: their rules count as not met."]
    assert score(upi, upi_sheet(22)).notes == ()


def test_upi_unscored_lie_items_may_be_missing(upi):
    answers = upi_sheet(10)
    for n in (5, 20, 35, 50):
        del answers[n]
    assert score(upi, answers).total == 10
    assert score(upi, answers).total_mean == Decimal("0.18")
