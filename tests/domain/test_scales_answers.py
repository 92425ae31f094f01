"""answer_value: an answer cell as platforms and paper forms write it → the option's score, or a reason; and the
sentences of a result in Chinese, as the translation renders them."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from decimal import Decimal
from pathlib import Path

import pytest

from counselor_app.domain.errors import fill
from counselor_app.domain.scales import answer_value, builtin, score, score_totals
from counselor_app.domain.scales.answers import ANSWER_MISSING, NO_SUCH_ITEM, NOT_AN_OPTION, NUMBER_AND_WORD_DISAGREE

ZH_TS = Path(__file__).resolve().parents[2] / "i18n" / "counselor_zh_CN.ts"


@pytest.mark.parametrize("code, cell, value", [
    ("PHQ-9", "完全不会", 0), ("PHQ-9", "好几天", 1), ("PHQ-9", "一半以上的天数", 2), ("PHQ-9", "几乎每天", 3),
    ("PHQ-9", " 好 几 天 ", 1), ("PHQ-9", "有几天", 1), ("PHQ-9", "Several days", 1), ("PHQ-9", "nearly every DAY", 3),
    ("PHQ-9", "2", 2), ("PHQ-9", 2, 2), ("PHQ-9", 2.0, 2), ("PHQ-9", Decimal("3"), 3), ("PHQ-9", "２", 2),
    ("PHQ-9", "2分", 2), ("PHQ-9", " 0 ", 0), ("PHQ-9", "2.0", 2),
    ("PHQ-9", "2 一半以上的天数", 2), ("PHQ-9", "2.一半以上的天数", 2), ("PHQ-9", "1、好几天", 1),
    ("PHQ-9", "好几天(1)", 1), ("PHQ-9", "好几天（1分）", 1), ("PHQ-9", "B.好几天", 1), ("PHQ-9", "Ｂ．好几天", 1),
    ("GAD-7", "几乎每天", 3),
    ("SCL-90", "没有", 1), ("SCL-90", "很轻", 2), ("SCL-90", "中等", 3), ("SCL-90", "偏重", 4), ("SCL-90", "严重", 5),
    ("SCL-90", "5", 5), ("SCL-90", "Quite a bit", 4),
    ("MHT", "是", 1), ("MHT", "不是", 0), ("MHT", "否", 0), ("MHT", "1", 1), ("MHT", "yes", 1),
    ("UPI", "是", 1), ("UPI", "否", 0), ("UPI", "不是", 0), ("UPI", 0, 0),
    ("MSSMHS", "无", 1), ("MSSMHS", "没有", 1), ("MSSMHS", "轻度", 2), ("MSSMHS", "偏重", 4), ("MSSMHS", "严重", 5),
])
def test_readable_answers(code, cell, value):
    assert answer_value(builtin(code), 3, cell) == (value, None)


@pytest.mark.parametrize("code, cell", [
    ("PHQ-9", "4"), ("PHQ-9", 4), ("PHQ-9", -1), ("PHQ-9", 2.5), ("PHQ-9", "2.5"), ("PHQ-9", True),
    ("PHQ-9", "很轻"), ("PHQ-9", "每天"), ("PHQ-9", "B"), ("SCL-90", "0"), ("SCL-90", "完全不会"),
    ("MHT", "2"), ("MHT", "对"), ("MSSMHS", "较重"), ("UPI", "√"), ("PHQ-9", float("nan")), ("PHQ-9", float("inf")),
    ("PHQ-9", Decimal("1e999999999")), ("PHQ-9", "9" * 5000), ("PHQ-9", 10 ** 30),
])
def test_cells_that_are_no_answer(code, cell):
    value, reason = answer_value(builtin(code), 3, cell)
    assert value is None and reason.source is NOT_AN_OPTION
    if code == "PHQ-9":
        assert reason.english() == ("not an answer of this scale (use 0 完全不会、1 好几天、2 一半以上的天数、"
                                    "3 几乎每天)")


@pytest.mark.parametrize("cell", [None, "", "   ", "\u3000"])
def test_empty_cells_are_missing_answers(cell):
    value, reason = answer_value(builtin("PHQ-9"), 1, cell)
    assert value is None and reason.source is ANSWER_MISSING and reason.english() == "no answer"


def test_number_and_word_must_agree():
    value, reason = answer_value(builtin("PHQ-9"), 1, "1 几乎每天")
    assert value is None and reason.source is NUMBER_AND_WORD_DISAGREE
    assert answer_value(builtin("PHQ-9"), 1, "几乎每天(2)")[1].source is NUMBER_AND_WORD_DISAGREE


def test_item_the_scale_does_not_have():
    value, reason = answer_value(builtin("PHQ-9"), 10, "好几天")
    assert value is None and reason.source is NO_SUCH_ITEM and reason.english() == "the scale has no item 10"


def test_auxiliary_questions_take_the_scale_answers():
    assert answer_value(builtin("UPI"), 64, "是") == (1, None)


# --- the sentences in Chinese ---------------------------------------------------------------------------------

def zh_translate():
    table = {}
    for ctx in ET.parse(ZH_TS).getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            table[(name, msg.findtext("source"))] = msg.findtext("translation")

    def translate(text):
        return table.get((getattr(text, "context", "Errors"), str(text))) or str(text)
    return translate


def test_result_sentences_read_in_chinese():
    tr = zh_translate()
    phq = builtin("PHQ-9")
    result = score(phq, {n: 0 for n in range(1, 9)} | {9: 1})
    assert [n.render(tr, "zh_CN") for n in result.notes] == ["命中关键题目，请尽快人工复核"]
    result = score(phq, {n: 2 for n in range(1, 10)})
    assert [r.render(tr, "zh_CN") for r in result.reasons] == ["总分 18 ≥ 10"]
    assert tr(result.outcome.label) == "阳性"
    upi = builtin("UPI")
    result = score(upi, {n: 0 for n in range(1, 61)} | {25: 1})
    assert [r.render(tr, "zh_CN") for r in result.reasons] == ["属于第一类", "第 25 题：是"]
    mht = builtin("MHT")
    result = score(mht, {n: 0 for n in range(1, 101)} | {n: 1 for n in range(82, 101, 2)})
    assert [r.render(tr, "zh_CN") for r in result.reasons] == [
        "效度量表（测谎）得分 10 ≥ 7：答卷无效，不判阳性或阴性，建议重测。"]
    scl = builtin("SCL-90")
    result = score_totals(scl, 150)
    assert [r.render(tr, "zh_CN") for r in result.reasons] == ["信息不足，无法判定：缺少阳性项目数。",
                                                               "信息不足，无法判定：缺少因子分。"]
    assert result.notes[0].render(tr, "zh_CN") == "仅导入了总分，是否命中关键题目未知，请到测评平台查看作答。"
    value, reason = answer_value(phq, 1, "很轻")
    assert reason.render(tr, "zh_CN") == "不是本量表的选项（请填写 0 完全不会、1 好几天、2 一半以上的天数、3 几乎每天）"


def test_refusals_read_in_chinese():
    from counselor_app.domain.errors import ValidationError
    from counselor_app.domain.scales import load_definition
    tr = zh_translate()
    raw = builtin("SCL-90").text.replace('"items":[1,4,12,27,40,42,48,49,52,53,56,58]',
                                         '"items":[1,4,27,40,42,48,49,52,53,56,58]')
    with pytest.raises(ValidationError) as err:
        load_definition(raw)
    assert fill(err.value.source, err.value.params, tr) == (
        "量表定义：第 12 题不在任何因子中，而本量表要求每道计分题都属于一个因子（factors_cover_total）。")
    raw = builtin("SCL-90").text.replace('"items":[1,4,12,27,40,42,48,49,52,53,56,58]',
                                         '"items":[1,4,12,27,40,42,48,49,52,53,56,58,3]')
    with pytest.raises(ValidationError) as err:
        load_definition(raw)
    assert fill(err.value.source, err.value.params, tr) == (
        "量表定义：第 3 题同时属于“躯体化”和“强迫症状”两个因子；每道题最多属于一个因子。")
    with pytest.raises(ValidationError) as err:
        load_definition(raw.replace('"version":1', '"version":1,"colour":"red"'))
    assert fill(err.value.source, err.value.params, tr) == "量表定义：量表中有无法识别的字段 \"colour\"。"
    with pytest.raises(ValidationError) as err:
        score(builtin("PHQ-9"), {n: 0 for n in range(1, 8)} | {9: 2})
    assert fill(err.value.source, err.value.params, tr) == (
        "PHQ-9：第 8 题未作答，无法计分。命中关键题目（第 9 题），请尽快人工复核。")
