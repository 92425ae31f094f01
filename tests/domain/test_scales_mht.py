"""MHT as SCALES.md states it: eight content scales, the lie scale on the even items 82–100 (≥ 7: invalid, neither
positive nor negative), 全量表分 ≥ 65 positive, content scales ≥ 8 high and ≤ 3 low, key items 85 and 97, raw
scores said on every result."""
from __future__ import annotations

import pytest

from counselor_app.domain.scales import Outcome, builtin, score, score_totals

CONTENT = {
    "学习焦虑": list(range(1, 16)), "对人焦虑": list(range(16, 26)), "孤独倾向": list(range(26, 36)),
    "自责倾向": list(range(36, 46)), "过敏倾向": list(range(46, 56)), "身体症状": list(range(56, 71)),
    "恐怖倾向": list(range(71, 81)), "冲动倾向": list(range(81, 100, 2)),
}
LIE = list(range(82, 101, 2))
KEY = (85, 97)
CONTENT_ITEMS = [n for items in CONTENT.values() for n in items]


@pytest.fixture(scope="module")
def mht():
    return builtin("MHT")


def sheet(yes_content: int = 0, lie: int = 0, yes: tuple[int, ...] = ()) -> dict[int, int]:
    """是 on the first ``yes_content`` content items (key items skipped), on ``lie`` lie items, and on ``yes``."""
    answers = {n: 0 for n in range(1, 101)}
    for n in [n for n in CONTENT_ITEMS if n not in KEY][:yes_content]:
        answers[n] = 1
    for n in LIE[:lie]:
        answers[n] = 1
    for n in yes:
        answers[n] = 1
    return answers


def test_content_scales_and_lie_scale_are_the_table_of_scales_md(mht):
    assert {f.name.zh: list(f.items) for f in mht.factors} == CONTENT
    assert sorted(CONTENT_ITEMS + LIE) == list(range(1, 101))
    assert list(mht.validity.items) == LIE and mht.validity.invalid_from == 7
    assert mht.total_items == tuple(sorted(CONTENT_ITEMS)) and mht.total_range == (0, 90)
    assert [(o.score, o.label.zh) for o in mht.options] == [(0, "不是"), (1, "是")]
    assert mht.key_item_numbers == KEY and mht.reverse == frozenset()


def test_lie_items_do_not_count_in_the_total(mht):
    result = score(mht, sheet(lie=6))
    assert (result.total, result.lie, result.valid) == (0, 6, True)


@pytest.mark.parametrize("total, outcome", [(0, Outcome.NEGATIVE), (64, Outcome.NEGATIVE), (65, Outcome.POSITIVE),
                                            (88, Outcome.POSITIVE)])
def test_total_65_is_positive(mht, total, outcome):
    result = score(mht, sheet(yes_content=total))
    assert (result.total, result.outcome, result.key_item_hits) == (total, outcome, ())
    if outcome is Outcome.POSITIVE:
        assert [r.english() for r in result.reasons] == [f"Total {total} ≥ 65"]


def test_lie_score_6_is_valid_and_7_invalid_neither_positive_nor_negative(mht):
    valid = score(mht, sheet(yes_content=70, lie=6))
    assert (valid.valid, valid.lie, valid.outcome, valid.positive) == (True, 6, Outcome.POSITIVE, True)
    invalid = score(mht, sheet(yes_content=70, lie=7))
    assert (invalid.valid, invalid.lie, invalid.outcome, invalid.positive) == (False, 7, Outcome.INVALID, None)
    assert invalid.total == 70                                        # kept, not thrown away
    assert [r.english() for r in invalid.reasons] == [
        "Lie scale (validity) 7 ≥ 7: the sheet is not valid, neither positive nor negative; a retest is "
        "recommended."]
    assert not invalid.candidate
    low = score(mht, sheet(yes_content=3, lie=10))
    assert (low.outcome, low.positive) == (Outcome.INVALID, None)   # not negative either


@pytest.mark.parametrize("yes, hits", [((85,), (85,)), ((97,), (97,)), ((85, 97), (85, 97)), ((83, 99), ())])
def test_key_items_85_and_97_whatever_the_total(mht, yes, hits):
    result = score(mht, sheet(yes=yes))
    assert result.key_item_hits == hits and result.candidate is bool(hits)
    assert result.outcome is Outcome.NEGATIVE
    invalid = score(mht, sheet(lie=9, yes=yes))                      # an invalid sheet still shows its key items
    assert invalid.outcome is Outcome.INVALID and invalid.key_item_hits == hits and invalid.candidate is bool(hits)


@pytest.mark.parametrize("yes, band", [(0, "低"), (3, "低"), (4, "一般"), (7, "一般"), (8, "高"), (15, "高")])
def test_content_scale_8_high_3_low(mht, yes, band):
    answers = {n: 0 for n in range(1, 101)} | {n: 1 for n in CONTENT["学习焦虑"][:yes]}
    scale = score(mht, answers).factor("学习焦虑")
    assert (scale.value, scale.band.zh) == (yes, band)
    assert isinstance(scale.value, int)                               # content scales are counts


def test_impulsivity_is_the_odd_items_from_81(mht):
    answers = {n: 0 for n in range(1, 101)} | {n: 1 for n in (81, 83, 87, 89, 91, 93, 95, 99)}
    result = score(mht, answers)
    assert result.factor("冲动倾向").value == 8 and result.factor("冲动倾向").band.zh == "高"
    assert result.lie == 0 and result.total == 8


def test_every_result_says_the_cutoffs_are_raw_scores(mht):
    for result in (score(mht, sheet()), score(mht, sheet(lie=8)), score_totals(mht, 70, lie=2)):
        assert any("raw scores" in n.english() for n in result.notes)
        assert any("原始分" in n.render(lang="zh_CN") for n in result.notes)


def test_verdicts_agree_with_the_rules_of_scales_md(mht):
    """An oracle written from SCALES.md's sentences, against the engine, on many random sheets."""
    from hypothesis import given, settings, strategies as st

    @settings(max_examples=300, deadline=None)
    @given(st.lists(st.booleans(), min_size=100, max_size=100), st.integers(0, 10))
    def check(yes, lie):
        answers = {n: int(v) for n, v in enumerate(yes, 1)}
        for i, n in enumerate(LIE):
            answers[n] = int(i < lie)
        result = score(mht, answers)
        total = sum(answers[n] for n in CONTENT_ITEMS)
        assert (result.total, result.lie) == (total, lie)
        expected = Outcome.INVALID if lie >= 7 else Outcome.POSITIVE if total >= 65 else Outcome.NEGATIVE
        assert result.outcome is expected
        assert result.key_item_hits == tuple(n for n in KEY if answers[n] == 1)
        for name, items in CONTENT.items():
            count = sum(answers[n] for n in items)
            band = "高" if count >= 8 else "低" if count <= 3 else "一般"
            assert (result.factor(name).value, result.factor(name).band.zh) == (count, band)
    check()
