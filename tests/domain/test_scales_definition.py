"""Loading and checking scale definitions: the shipped files, an office's own file, and every refusal's message."""
from __future__ import annotations

import copy
import json
import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from counselor_app.domain.errors import ValidationError
from counselor_app.domain.scales import (
    Outcome, builtin, builtin_definitions, find_definition, load_definition, score, with_settings,
)
from counselor_app.domain.scales.catalog import BUILTIN_FILES, builtin_text
from counselor_app.domain.scales.fields import MAX_BYTES


def L(zh, en=None):
    return {"zh": zh, "en": en or zh}


def tiny() -> dict:
    """An office's own little scale: six items 0–2, two factors, bands, a positive rule, a key item."""
    return {
        "format": 1, "code": "OWN-6", "name": L("自编六题问卷", "Own six-item questionnaire"), "version": 1,
        "item_count": 6, "items": [{"number": n, "text": f"第{n}题"} for n in range(1, 7)],
        "options": [{"score": 0, "label": L("没有", "No")}, {"score": 1, "label": L("有时", "Sometimes")},
                    {"score": 2, "label": L("经常", "Often")}],
        "factors": [{"id": "a", "name": L("甲因子", "Factor A"), "items": [1, 2, 3], "score": "mean"},
                    {"id": "b", "name": L("乙因子", "Factor B"), "items": [4, 5, 6], "score": "sum"}],
        "factors_cover_total": True,
        "bands": {"measure": "total", "ranges": [{"name": L("低", "Low"), "min": 0, "max": 5},
                                                 {"name": L("高", "High"), "min": 6, "max": 12}]},
        "positive": {"any": [{"measure": "total", "op": ">=", "value": 8},
                             {"measure": "factor", "factor": "a", "op": ">=", "value": 1.5}]},
        "key_items": [{"items": [6], "min": 2}],
    }


def refused(raw, *fragments: str) -> str:
    text = raw if isinstance(raw, (str, bytes)) else json.dumps(raw, ensure_ascii=False)
    with pytest.raises(ValidationError) as err:
        load_definition(text)
    message = str(err.value)
    assert message.startswith("Scale definition:") or "Scale definition" in message, message
    for fragment in fragments:
        assert fragment in message, message
    return message


def changed(path: str, value, base=None) -> dict:
    """``base`` (tiny()) with the value at ``path`` ("factors.0.items") replaced; value DELETE removes it."""
    raw = copy.deepcopy(base or tiny())
    *parents, last = path.split(".")
    node = raw
    for key in parents:
        node = node[int(key)] if isinstance(node, list) else node[key]
    key = int(last) if isinstance(node, list) else last
    if value is DELETE:
        del node[key]
    else:
        node[key] = value
    return raw


DELETE = object()


# --- the shipped files ----------------------------------------------------------------------------------------

def test_the_six_shipped_scales_load():
    codes = [d.code for d in builtin_definitions()]
    assert codes == ["PHQ-9", "GAD-7", "SCL-90", "MHT", "MSSMHS", "UPI"]
    for d in builtin_definitions():
        assert d.version == 1 and len(d.items) == d.item_count
        assert d.name.zh and d.name.en
        assert load_definition(d.text).fingerprint == d.fingerprint   # the stored text gives the same definition


def test_no_diagnostic_wording_in_the_shipped_files():
    """Screening is not diagnosis (筛查阳性, not 抑郁症). MHT's own title, 心理健康诊断测验, is the instrument's name."""
    for name in BUILTIN_FILES:
        text = builtin_text(name).decode("utf-8")
        for word in ("患有", "抑郁症", "焦虑症", "自杀倾向", "精神病人", "诊断为", "障碍", "disorder", "diagnos",
                     "suicid"):
            assert word not in text.lower(), (name, word)


def test_copyrighted_scales_ship_no_item_texts():
    """SCALES.md: SCL-90, MHT and the others ship scoring keys, not item texts. SCL-90 15 and 59 carry the short
    wording SCALES.md gives for its key items."""
    for code in ("SCL-90", "MHT", "MSSMHS", "UPI"):
        d = builtin(code)
        texts = {i.number: i.text for i in d.items if not i.text.startswith(f"第{i.number}题")}
        assert texts == ({15: "想结束自己的生命", 59: "想到死亡的事"} if code == "SCL-90" else {}), code
        assert d.item_texts_note is not None


def test_applicability_as_scales_md_states_it():
    scl, mht, mss, upi, phq = (builtin(c) for c in ("SCL-90", "MHT", "MSSMHS", "UPI", "PHQ-9"))
    assert scl.applies_to.min_age == 16 and scl.applies_to.suits(10) and scl.applies_to.suits(university=True)
    assert not scl.applies_to.suits(9) and not scl.applies_to.suits(11, age=15)
    assert mht.applies_to.suits(4) and mht.applies_to.suits(12) and not mht.applies_to.suits(3)
    assert not mht.applies_to.suits(university=True)
    assert mss.applies_to.suits(7) and not mss.applies_to.suits(6)
    assert upi.applies_to.suits(university=True) and not upi.applies_to.suits(12)
    assert phq.applies_to.suits(5) is None                     # SCALES.md states no ages for PHQ-9


def test_find_a_scale_by_what_a_user_types():
    for typed, code in [("phq9", "PHQ-9"), ("PHQ-9", "PHQ-9"), ("gad 7", "GAD-7"), ("scl90", "SCL-90"),
                        ("症状自评量表", "SCL-90"), ("mht", "MHT"), ("中学生心理健康量表", "MSSMHS"), ("upi", "UPI")]:
        assert builtin(typed).code == code
    assert builtin("") is None and builtin("SDS") is None
    newer = with_settings(builtin("PHQ-9"), {"cutoff": 12})
    assert find_definition([builtin("PHQ-9"), newer], "phq-9").version == 2


def test_loading_works_from_an_installed_copy(tmp_path):
    """.ci/run installs the package non-editable: the JSON files must be package data. setuptools builds the
    package from a copy of the project (so that nothing is written into the work tree), and a fresh interpreter
    loads the six scales from the built copy."""
    root = Path(__file__).resolve().parents[2]
    project = tmp_path / "project"
    project.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(root / name, project / name)
    for name in ("counselor_app", "resources"):
        shutil.copytree(root / name, project / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    built = tmp_path / "built"
    run = subprocess.run([sys.executable, "-c", "from setuptools import setup; setup()", "-q", "build_py",
                          "--build-lib", str(built)], cwd=str(project), capture_output=True, text=True)
    assert run.returncode == 0, run.stderr[-2000:]
    code = ("import sys; sys.path.insert(0, sys.argv[1]); import counselor_app.domain.scales as s; "
            "assert s.__file__.startswith(sys.argv[1]), s.__file__; "
            "print(','.join(d.code for d in s.builtin_definitions()))")
    run = subprocess.run([sys.executable, "-c", code, str(built)], capture_output=True, text=True,
                         cwd=str(tmp_path))
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.strip() == "PHQ-9,GAD-7,SCL-90,MHT,MSSMHS,UPI"


# --- an office's own file -------------------------------------------------------------------------------------

def test_an_office_scale_loads_and_scores():
    d = load_definition(json.dumps(tiny(), ensure_ascii=False).encode("utf-8"))
    assert (d.code, d.total_range, [f.id for f in d.factors]) == ("OWN-6", (0, 12), ["a", "b"])
    result = score(d, {1: 2, 2: 1, 3: 2, 4: 0, 5: 0, 6: 0})     # total 5, factor a 1.67
    assert result.outcome is Outcome.POSITIVE and result.band.zh == "低"
    assert [r.english() for r in result.reasons] == ["Factor Factor A: 1.67 ≥ 1.5"]
    assert result.factor("a").value == Decimal("1.67") and result.factor("b").value == 0


def test_a_file_with_bom_and_gbk_text_loads():
    text = json.dumps(tiny(), ensure_ascii=False)
    assert load_definition(b"\xef\xbb\xbf" + text.encode("utf-8")).code == "OWN-6"
    assert load_definition(text.encode("gbk")).name.zh == "自编六题问卷"


def test_reverse_items_and_standard_scores():
    """SAS/SDS-like: reverse-scored items and a standard score int(raw × 1.25) with bands on it."""
    raw = tiny() | {"options": [{"score": s, "label": L(w)} for s, w in ((1, "没有"), (2, "有时"), (3, "经常"),
                                                                         (4, "总是"))],
                    "reverse": [2, 5], "total": {"standard_multiplier": 1.25}}
    raw["bands"] = {"measure": "standard", "ranges": [{"name": L("正常"), "max": 19}, {"name": L("偏高"), "min": 20}]}
    raw["positive"] = {"any": [{"measure": "standard", "op": ">=", "value": 20}]}
    raw["key_items"] = [{"items": [6], "min": 4}]
    d = load_definition(json.dumps(raw))
    result = score(d, {1: 4, 2: 1, 3: 1, 4: 1, 5: 1, 6: 1})     # 4 + (5-1) + 1 + 1 + (5-1) + 1 = 15
    assert (result.total, result.standard, result.band.zh, result.outcome) == (15, 18, "正常", Outcome.NEGATIVE)
    result = score(d, {1: 4, 2: 1, 3: 4, 4: 1, 5: 1, 6: 1})     # 18 → int(22.5) = 22
    assert (result.total, result.standard, result.positive) == (18, 22, True)
    assert result.factor("a").value == Decimal("4.00")


def test_settings_are_resolved_and_changed_as_a_new_version():
    raw = changed("positive", {"any": [{"measure": "total", "op": "$op", "value": "$cut"}]})
    raw["settings"] = {"cut": {"value": 8, "label": L("界值")}, "op": {"value": ">=", "label": L("比较")}}
    d = load_definition(json.dumps(raw))
    assert (d.setting("cut"), d.setting("op")) == (8, ">=")
    answers = {1: 2, 2: 0, 3: 0, 4: 2, 5: 2, 6: 2}               # total 8, factor a 0.67
    assert score(d, answers).positive
    d2 = with_settings(d, {"op": ">"})
    assert (d2.version, score(d2, answers).positive) == (2, False)
    assert with_settings(d, {"cut": 7.5}, version=9).positive[0].value == Decimal("7.5")
    assert d.setting("op") == ">="                                # the old version is unchanged
    with pytest.raises(ValidationError, match="not defined under"):
        with_settings(d, {"nope": 1})
    with pytest.raises(ValidationError, match="value of setting op must be a number, a comparison"):
        with_settings(d, {"op": "=>"})


# --- refusals -------------------------------------------------------------------------------------------------

def test_item_in_no_factor_is_refused():
    refused(changed("factors.1.items", [4, 5]), "item 6 is in no factor")


def test_item_in_two_factors_is_refused():
    refused(changed("factors.1.items", [3, 4, 5, 6]), "item 3 is in two factors, 甲因子 and 乙因子")


@pytest.mark.parametrize("path, value, fragments", [
    ("item_count", 7, ("item_count says 7 items, but 6 are listed",)),
    ("items.2.number", 4, ("numbered 1 to 6 in order; entry 3 of the list has the number 4",)),
    ("items.2.text", "  ", ('"text" in item 3 is empty',)),
    ("items.2", {"number": 3, "text": "x", "hint": "y"}, ('unknown field "hint" in item 3',)),
    ("options.1.score", 3, ("counting up by one", "found 0, 2, 3")),
    ("options", [{"score": 0, "label": L("没有")}], ("at least two whole numbers",)),
    ("options.1.synonyms", ["没有"], ('"没有" names two different scores',)),
    ("options.1.synonyms", ["１"], ("is a number",)),
    ("options.0.label", "没有", ('"label" in answer option 1 must be an object with a Chinese',)),
    ("options.0.label", {"zh": "没有"}, ('answer option 1 lacks the field "label.en"',)),
    ("factors.0.items", [1, 2, 2], ("factor 甲因子 names item 2 twice",)),
    ("factors.0.items", [1, 2, 3, 7], ("factor 甲因子 names item 7, but the scale has items 1 to 6",)),
    ("factors.0.items", [], ('"items" in factor 甲因子 must be a list of item numbers',)),
    ("factors.0.score", "median", ('"score" in factor 甲因子 must be "sum" or "mean"',)),
    ("factors.1.id", "a", ('two factors have the id "a"',)),
    ("version", 0, ("version must be a whole number, 1 or more",)),
    ("version", "2", ("version must be a whole number",)),
    ("code", "PHQ 9", ('the code "PHQ 9" must be 1 to 20 letters',)),
    ("format", 2, ("format 2 is not one this version",)),
    ("name", DELETE, ('the scale lacks the field "name"',)),
    ("colour", "red", ('unknown field "colour" in the scale',)),
    ("total", [], ("the total must be an object",)),
    ("bands.ranges.1.min", 7, ("without gap or overlap: 低 ends at 5, 高 starts at 7",)),
    ("bands.ranges.1.min", 5, ("without gap or overlap: 低 ends at 5, 高 starts at 5",)),
    ("bands.ranges.0.min", 1, ("first band of the bands must start at 0", "it starts at 1")),
    ("bands.ranges.1.max", 11, ("last band of the bands must end at 12", "it ends at 11")),
    ("bands.ranges.1.max", 13, ("must end at 12",)),
    ("bands.ranges.0.max", 5.5, ("the limits of band 低 must be whole numbers",)),
    ("bands.ranges.1.name", L("低"), ("two bands of the bands are called 低",)),
    ("bands.measure", "lie", ('not "lie"',)),
    ("bands.classes", [], ('either "ranges"',)),
    ("positive", {"any": []}, ("the positive rule needs at least one condition",)),
    ("positive.any.0.measure", "lie", ('uses "lie", which this scale does not have',)),
    ("positive.any.0.op", "=>", ('compares with "=>"',)),
    ("positive.any.0.value", "ten", ('"value" in the positive rule must be a number',)),
    ("positive.any.1.factor", "c", ('names the factor "c"',)),
    ("positive.any.0.item", 3, ('unknown field "item" in the positive rule',)),
    ("key_items.0.items", [9], ("the key items names item 9",)),
    ("key_items.0.min", 0, ('"min" in the key items must be from 1 to 2',)),
    ("key_items.0.min", 3, ('"min" in the key items must be from 1 to 2',)),
    ("applies_to", {"grade_levels": [9, 4]}, ("grade_levels must be two grades",)),
    ("applies_to", {"age": 12}, ('unknown field "age" in who the scale is for',)),
])
def test_bad_definitions_are_refused_with_their_problem(path, value, fragments):
    refused(changed(path, value), *fragments)


def test_means_are_rounded_half_up_to_two_decimals():
    from counselor_app.domain.scales.model import mean
    assert [str(mean(k, 8)) for k in (1, 3, 13, 15)] == ["0.13", "0.38", "1.63", "1.88"]   # not half-even
    assert str(mean(23, 12)) == "1.92" and str(mean(179, 90)) == "1.99" and str(mean(12, 6)) == "2.00"


def test_band_rules_of_a_mean_are_on_cents():
    raw = changed("factors.0.bands", [{"name": L("低"), "max": 0.99}, {"name": L("高"), "min": 1}])
    d = load_definition(json.dumps(raw))
    assert [(b.low, b.high) for b in d.factors[0].bands] == [(Decimal("0.00"), Decimal("0.99")),
                                                             (Decimal("1.00"), Decimal("2.00"))]
    refused(changed("factors.0.bands", [{"name": L("低"), "max": 0.98}, {"name": L("高"), "min": 1}]),
            "bands of factor 甲因子 must follow one another", "低 ends at 0.98, 高 starts at 1.00")
    refused(changed("factors.0.bands", [{"name": L("低"), "max": 0.995}, {"name": L("高"), "min": 1}]),
            "the limits of band 低 of factor 甲因子 must be numbers with at most two decimals")


def test_class_bands_need_a_catch_all_last_class():
    classes = [{"name": L("一类"), "any": [{"measure": "total", "op": ">=", "value": 9}]},
               {"name": L("二类"), "any": [{"measure": "item", "item": 6, "op": ">=", "value": 1}]}]
    refused(changed("bands", {"classes": classes}), "the last class (二类) must have no rules")
    refused(changed("bands", {"classes": [{"name": L("一类")}, {"name": L("二类")}]}),
            "class 一类 has no rules")
    refused(changed("bands", {"classes": [{"name": L("一类")}]}), "at least two entries")
    refused(changed("bands", {"classes": [classes[0] | {"any": [{"measure": "band", "in": ["一类"]}]},
                                          {"name": L("二类")}]}), 'uses "band", which this scale does not have')
    ok = changed("bands", {"classes": [classes[0], {"name": L("二类")}]})
    ok["positive"] = {"any": [{"measure": "band", "in": ["一类"]}]}
    assert load_definition(json.dumps(ok)).bands.classes[1].any == ()
    ok["positive"] = {"any": [{"measure": "band", "in": ["三类"]}]}
    refused(ok, 'names the band "三类"')


def test_settings_must_be_defined_used_and_sensible():
    raw = changed("positive.any.0.value", "$cut")
    refused(raw, '"cut" is used as a setting but not defined')
    raw["settings"] = {"cut": {"value": 8, "label": L("界值")}, "spare": {"value": 1, "label": L("多余")}}
    refused(raw, 'the setting "spare" is used by no rule')
    raw["settings"] = {"Cut": {"value": 8, "label": L("界值")}}
    refused(raw, "the name of setting Cut must be lower-case")
    raw["settings"] = {"cut": {"value": "high", "label": L("界值")}}
    refused(raw, "the value of setting cut must be a number, a comparison")


def test_validity_items_must_be_excluded_from_the_total():
    raw = changed("validity", {"name": L("测谎"), "items": [6], "invalid_from": 2})
    refused(raw, "validity items must not count in the total; item 6 does")
    raw["total"] = {"exclude": [6]}
    refused(raw, "factor 乙因子 holds item 6, which the total does not count")
    raw["factors"][1]["items"] = [4, 5]
    raw["key_items"] = []
    refused(raw, "last band of the bands must end at 10")             # five items of 0–2 count now
    del raw["bands"]["ranges"][1]["max"]                               # the last band up to the highest score
    d = load_definition(json.dumps(raw))
    assert d.total_items == (1, 2, 3, 4, 5) and d.validity.items == (6,)


def test_file_level_refusals_name_the_problem():
    text = json.dumps(tiny(), indent=1)
    broken = text.replace('"version": 1,', '"version": 1', 1)      # the comma is missed where the next field starts
    line = broken[:broken.index('"item_count"')].count("\n") + 1
    refused(broken, f"not valid JSON at line {line}, column")
    refused('{"code": "A", "code": "B"}', 'the field "code" is written twice')
    refused("[1, 2]", "must hold one JSON object")
    refused(b"\x00\x01\x02\xff\xfe" * 10, "not a text file")
    refused('{"version": NaN}', "NaN is not a number JSON allows")
    refused('{"version": 1e999999999}', "1e999999999 is not a number JSON allows, or it is far too large")
    refused('{"version": ' + "9" * 5000 + "}", "is not a number JSON allows")
    refused('{"version": 1, "name": {"zh": "\\ud800", "en": "x"}}', "not a text file")
    refused('{"c\\ud800": 1, "c\\ud800": 2}', 'the field "c?" is written twice')
    refused(b" " * (MAX_BYTES + 1), "the file is too large", f"at most {MAX_BYTES // 1024} KB")
    refused("[" * 100000 + "]" * 100000, "not valid JSON")
    refused("", "not valid JSON at line 1, column 1")


def test_limits_on_size_of_parts():
    raw = changed("items", [{"number": 1, "text": "长" * 301}] + tiny()["items"][1:])
    refused(raw, '"text" in item 1 is too long (at most 300 characters)')
    raw = changed("item_count", 401)
    refused(raw, '"item_count" in the scale must be from 1 to 400')


def test_messages_are_english_sources_with_placeholders_for_the_translation():
    with pytest.raises(ValidationError) as err:
        load_definition(json.dumps(changed("factors.1.items", [4, 5])))
    assert err.value.source.context == "Errors"
    assert err.value.source == ("Scale definition: item {number} is in no factor, but this scale requires every "
                                "scored item in one (factors_cover_total).")
    assert err.value.params == {"number": 6}
