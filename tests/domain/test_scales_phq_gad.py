"""PHQ-9 and GAD-7 as SCALES.md states them: bands on every edge, the item-9 rule, PHQ-2, the answer words."""
from __future__ import annotations

import pytest

from counselor_app.domain.scales import Outcome, builtin, score, with_settings
from counselor_app.domain.scales.scoring import MissingAnswers

PHQ_TEXTS = ["做事时提不起劲或没有兴趣", "感到心情低落、沮丧或绝望", "入睡困难、睡不安稳或睡眠过多", "感觉疲倦或没有活力",
             "食欲不振或吃太多", "觉得自己很糟或很失败，或让自己或家人失望", "对事物专注有困难", "动作或说话缓慢，或烦躁坐立不安",
             "有不如死掉或用某种方式伤害自己的念头"]
GAD_TEXTS = ["感到紧张、不安或烦躁", "不能停止或控制担忧", "对各种事情过度担忧", "很难放松", "坐立不安", "容易烦恼或急躁",
             "感到好像有可怕的事情发生"]
WORDS = ["完全不会", "好几天", "一半以上的天数", "几乎每天"]


def sheet(count: int, total: int, spare: tuple[int, ...] = ()) -> dict[int, int]:
    """Answers 0–3 summing to ``total``, filled from item 1 on, the ``spare`` items left at 0."""
    answers = {n: 0 for n in range(1, count + 1)}
    for n in answers:
        if n in spare:
            continue
        answers[n] = min(3, total)
        total -= answers[n]
    assert total == 0
    return answers


@pytest.fixture(scope="module")
def phq():
    return builtin("PHQ-9")


@pytest.fixture(scope="module")
def gad():
    return builtin("GAD-7")


def test_phq9_items_and_answers_as_published(phq):
    assert phq.code == "PHQ-9" and phq.version == 1 and phq.item_count == 9
    assert [i.text for i in phq.items] == PHQ_TEXTS
    assert [(o.score, o.label.zh) for o in phq.options] == list(enumerate(WORDS))
    assert phq.total_range == (0, 27) and phq.reverse == frozenset() and phq.validity is None
    assert phq.key_item_numbers == (9,)
    assert phq.period.zh == "过去两周"


@pytest.mark.parametrize("total, band, outcome", [
    (0, "无/极轻", Outcome.NEGATIVE), (4, "无/极轻", Outcome.NEGATIVE), (5, "轻度", Outcome.NEGATIVE),
    (9, "轻度", Outcome.NEGATIVE), (10, "中度", Outcome.POSITIVE), (14, "中度", Outcome.POSITIVE),
    (15, "中重度", Outcome.POSITIVE), (19, "中重度", Outcome.POSITIVE), (20, "重度", Outcome.POSITIVE),
    (24, "重度", Outcome.POSITIVE)])
def test_phq9_bands_on_every_edge(phq, total, band, outcome):
    result = score(phq, sheet(9, total, spare=(9,)))
    assert (result.total, result.band.zh, result.outcome) == (total, band, outcome)
    assert result.key_item_hits == ()
    assert result.positive is (outcome is Outcome.POSITIVE)
    if outcome is Outcome.POSITIVE:
        assert [r.english() for r in result.reasons] == [f"Total {total} ≥ 10"]
    else:
        assert result.reasons == () and not result.candidate


def test_phq9_item_9_is_a_key_item_whatever_the_total(phq):
    answers = sheet(9, 2, spare=(9,)) | {9: 1}          # total 3: the lowest band, negative
    result = score(phq, answers)
    assert (result.total, result.band.zh, result.outcome) == (3, "无/极轻", Outcome.NEGATIVE)
    assert result.key_item_hits == (9,) and result.candidate
    assert result.notes[0].english() == "Key item hit: a counselor needs to review it promptly."
    assert score(phq, sheet(9, 3, spare=(9,))).key_item_hits == ()
    top = score(phq, {n: 3 for n in range(1, 10)})
    assert (top.total, top.band.zh, top.key_item_hits) == (27, "重度", (9,))


def test_phq2_is_items_1_and_2(phq):
    result = score(phq, sheet(9, 3, spare=(3, 4, 5, 6, 7, 8, 9)))
    phq2 = result.factor("phq2")
    assert (phq2.value, phq2.band.zh) == (3, "达到界值（≥3）")
    assert score(phq, sheet(9, 2, spare=(9,))).factor("phq2").band.zh == "未达界值"


def test_phq9_cutoff_is_a_setting_and_a_new_version(phq):
    stricter = with_settings(phq, {"cutoff": 11})
    assert stricter.version == 2 and stricter.fingerprint != phq.fingerprint
    answers = sheet(9, 10, spare=(9,))
    assert score(phq, answers).outcome is Outcome.POSITIVE
    result = score(stricter, answers)
    assert result.outcome is Outcome.NEGATIVE and result.version == 2


def test_phq9_refuses_a_sheet_with_missing_answers(phq):
    answers = sheet(9, 5, spare=(9,))
    del answers[4]
    answers[7] = None
    with pytest.raises(MissingAnswers) as err:
        score(phq, answers)
    assert err.value.missing == (4, 7) and err.value.key_item_hits == ()
    assert str(err.value) == "PHQ-9: answers are missing for item(s) 4、7; the sheet cannot be scored."
    answers[9] = 2
    with pytest.raises(MissingAnswers) as err:
        score(phq, answers)
    assert err.value.key_item_hits == (9,)
    assert "key item was hit (item(s) 9)" in str(err.value)


def test_gad7_items_and_bands(gad):
    assert [i.text for i in gad.items] == GAD_TEXTS
    assert [o.label.zh for o in gad.options] == WORDS
    assert gad.total_range == (0, 21) and gad.key_items == () and gad.reverse == frozenset()
    for total, band, positive in [(0, "无", False), (4, "无", False), (5, "轻度", False), (9, "轻度", False),
                                  (10, "中度", True), (14, "中度", True), (15, "重度", True), (21, "重度", True)]:
        result = score(gad, sheet(7, total))
        assert (result.total, result.band.zh, result.positive) == (total, band, positive)
        assert result.key_item_hits == () and result.key_items_known


def test_answers_must_be_option_scores(phq):
    from counselor_app.domain.errors import ValidationError
    with pytest.raises(ValidationError, match="item 3: 4 is not an answer score"):
        score(phq, sheet(9, 0) | {3: 4})
    with pytest.raises(ValidationError, match="has no item 10"):
        score(phq, sheet(9, 0) | {10: 1})
    with pytest.raises(ValidationError, match="not an answer score"):
        score(phq, sheet(9, 0) | {3: True})
