"""score_totals: score-only rows (totals and factor scores from a platform, no answers). The band and verdict
where the known values decide them, UNKNOWN with what is missing otherwise; key items never known."""
from __future__ import annotations

from decimal import Decimal

import pytest

from counselor_app.domain.errors import ValidationError
from counselor_app.domain.scales import Outcome, builtin, score_totals

SCL_FACTORS = ["躯体化", "强迫症状", "人际关系敏感", "抑郁", "焦虑", "敌对", "恐怖", "偏执", "精神病性", "其他（饮食睡眠）"]


def reasons(result):
    return [r.english() for r in result.reasons]


def test_phq9_total_only():
    phq = builtin("PHQ-9")
    result = score_totals(phq, 12)
    assert (result.total, result.band.zh, result.outcome, result.score_only) == (12, "中度", Outcome.POSITIVE, True)
    assert (result.key_item_hits, result.key_items_known, result.candidate) == ((), False, True)
    assert [n.english() for n in result.notes] == [
        "Only totals were imported: whether a key item was hit is unknown; look at the answers on the platform."]
    low = score_totals(phq, "3")
    assert (low.band.zh, low.outcome, low.candidate) == ("无/极轻", Outcome.NEGATIVE, False)
    assert score_totals(phq, 9.0).band.zh == "轻度"


def test_gad7_has_no_key_items_so_no_note():
    result = score_totals(builtin("GAD-7"), 15)
    assert (result.band.zh, result.positive, result.notes) == ("重度", True, ())


def test_scl90_needs_what_its_rules_compare():
    scl = builtin("SCL-90")
    result = score_totals(scl, 150)
    assert (result.outcome, result.positive) == (Outcome.UNKNOWN, None)
    assert reasons(result) == ["Not enough to decide: the count of positive items not given.",
                               "Not enough to decide: the factor scores not given."]
    assert score_totals(scl, 161).outcome is Outcome.POSITIVE                # one known rule suffices
    assert score_totals(scl, 150, positive_items=44).outcome is Outcome.POSITIVE
    everything_low = {name: "1.50" for name in SCL_FACTORS}
    result = score_totals(scl, 150, everything_low, positive_items=43)
    assert (result.outcome, len(result.factors), result.total_mean) == (Outcome.NEGATIVE, 10, Decimal("1.67"))
    assert result.factor("躯体化").value == Decimal("1.50")
    some = dict(list(everything_low.items())[:9])
    assert score_totals(scl, 150, some, positive_items=43).outcome is Outcome.UNKNOWN
    result = score_totals(scl, 150, {"抑郁": 2}, positive_items=10)
    assert (result.outcome, reasons(result)) == (Outcome.POSITIVE, ["Factor Depression: 2.00 ≥ 2"])
    result = score_totals(scl, None, {"depression": "２.１３"})          # by id, full-width digits
    assert result.total is None and result.positive and result.factors[0].value == Decimal("2.13")


def test_mht_validity_from_the_lie_score():
    mht = builtin("MHT")
    result = score_totals(mht, 70, lie=3)
    assert (result.outcome, result.valid, result.lie) == (Outcome.POSITIVE, True, 3)
    result = score_totals(mht, 70, lie=7)
    assert (result.outcome, result.valid, result.positive) == (Outcome.INVALID, False, None)
    result = score_totals(mht, 70)
    assert (result.outcome, result.valid) == (Outcome.POSITIVE, None)      # flagged for review all the same
    assert "Lie scale (validity) not given: whether the sheet is valid is unknown." in [
        n.english() for n in result.notes]


def test_mht_total_must_be_the_sum_of_its_content_scales():
    mht = builtin("MHT")
    scales = {"学习焦虑": 10, "对人焦虑": 5, "孤独倾向": 5, "自责倾向": 5, "过敏倾向": 5, "身体症状": 10,
              "恐怖倾向": 5, "冲动倾向": 5}
    result = score_totals(mht, 50, scales, lie=1)
    assert result.factor("学习焦虑").band.zh == "高" and result.factor("对人焦虑").band.zh == "一般"
    with pytest.raises(ValidationError, match="the total 51 is not the sum of the factor scores \\(50\\)"):
        score_totals(mht, 51, scales, lie=1)
    with pytest.raises(ValidationError, match="must be a whole number"):
        score_totals(mht, 50, scales | {"学习焦虑": 9.5})


def test_upi_classes_from_the_total_where_they_can_be_decided():
    upi = builtin("UPI")
    result = score_totals(upi, 30)
    assert (result.band.zh, result.outcome) == ("第一类", Outcome.POSITIVE)
    result = score_totals(upi, 22)                                   # item 25 could still make it 第一类
    assert (result.band, result.outcome) == (None, Outcome.UNKNOWN)
    assert reasons(result) == ["Not enough to decide: the item answers not given."]


def test_mssmhs_factor_levels_from_given_means():
    mss = builtin("MSSMHS")
    result = score_totals(mss, 100, {"学习压力": "3.00", "Anxiety": 1.5})
    assert result.band.zh == "正常" and result.total_mean == Decimal("1.67")
    assert [(f.name.zh, str(f.value), f.band.zh) for f in result.factors] == [("焦虑", "1.50", "正常"),
                                                                            ("学习压力", "3.00", "中度")]
    assert result.positive


@pytest.mark.parametrize("code, total, factors, extra, message", [
    ("PHQ-9", None, {}, {}, "PHQ-9: neither a total nor a factor score was given."),
    ("PHQ-9", 28, {}, {}, "PHQ-9: the total 28 is outside the possible range (0 to 27)."),
    ("PHQ-9", -1, {}, {}, "outside the possible range"),
    ("PHQ-9", "十二", {}, {}, 'PHQ-9: the total "十二" is not a number.'),
    ("PHQ-9", "nan", {}, {}, "is not a number"),
    ("PHQ-9", True, {}, {}, "is not a number"),
    ("PHQ-9", 12.5, {}, {}, "PHQ-9: the total 12.5 must be a whole number."),
    ("SCL-90", None, {"睡眠": 2}, {}, 'SCL-90 has no factor "睡眠".'),
    ("SCL-90", None, {"抑郁": "2.125"}, {}, "the score of factor 抑郁 2.125 has more than two decimals."),
    ("SCL-90", None, {"抑郁": 5.5}, {}, "the score of factor 抑郁 5.5 is outside the possible range (1.00 to 5.00)"),
    ("SCL-90", None, {"抑郁": "1e999999999"}, {}, "1E+999999999 is outside the possible range"),
    ("PHQ-9", "1e999999999", {}, {}, "1E+999999999 is outside the possible range"),
    ("PHQ-9", float("inf"), {}, {}, "is not a number"),
    ("SCL-90", 150, {}, {"positive_items": 91}, "count of positive items 91 is outside"),
    ("MHT", 50, {}, {"lie": 11}, "validity (lie) score 11 is outside the possible range (0 to 10)"),
])
def test_bad_totals_are_refused(code, total, factors, extra, message):
    with pytest.raises(ValidationError) as err:
        score_totals(builtin(code), total, factors, **extra)
    assert message in str(err.value)
