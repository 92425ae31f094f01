"""Scoring many sheets at once (domain/scales/batch.py) gives exactly what scoring them one by one gives
(scales.score, the reference): thousands of random sheets of every shipped scale and of a scale with reverse
items, a standard score, item rules and auxiliary questions — with missing answers, answers out of range, values
of the wrong type, invalid (lie scale) sheets — compared field by field, error by error, and as the sealed detail's
JSON (whose writer, domain/screening_detail.detail_json, is compared with json.dumps of the same data)."""
from __future__ import annotations

import json
import random

import pytest

from counselor_app.domain import scales
from counselor_app.domain.errors import UserError
from counselor_app.domain.scales import Outcome
from counselor_app.domain.scales.batch import score_many, usual_sheet
from counselor_app.domain.screening_detail import detail_data, detail_json

# a made-up scale using what the shipped ones do not: reverse items, a standard score banded, item rules, key items
# at different minimums, auxiliary questions (the rule on item 13 reads one), a mean factor and a sum factor
SPARE = {
    "format": 1, "code": "TEST-R", "name": {"zh": "测试量表", "en": "Test scale"}, "version": 3, "item_count": 14,
    "items": [{"number": n, "text": f"第{n}题"} for n in range(1, 15)],
    "options": [{"score": s, "label": {"zh": f"选{s}", "en": f"Option {s}"}} for s in range(1, 5)],
    "reverse": [2, 5, 9], "auxiliary": [13, 14],
    "total": {"standard_multiplier": 1.25},
    "factors": [{"id": "a", "name": {"zh": "甲", "en": "A"}, "items": [1, 2, 3, 4], "score": "mean",
                 "bands": [{"name": {"zh": "低", "en": "Low"}, "max": 2.49},
                           {"name": {"zh": "高", "en": "High"}, "min": 2.5}]},
                {"id": "b", "name": {"zh": "乙", "en": "B"}, "items": [5, 6, 7], "score": "sum"}],
    "bands": {"measure": "standard", "ranges": [{"name": {"zh": "正常", "en": "Normal"}, "max": 35},
                                                {"name": {"zh": "偏高", "en": "High"}, "min": 36}]},
    "positive": {"any": [{"measure": "standard", "op": ">=", "value": 40},
                         {"measure": "factor", "factor": "b", "op": ">", "value": 9},
                         {"measure": "any_item", "items": [10, 11], "op": ">=", "value": 4},
                         {"measure": "item", "item": 13, "op": ">=", "value": 3}]},
    "key_items": [{"items": [8], "min": 3}, {"items": [8, 12], "min": 4}],
}


def definitions():
    return [*scales.builtin_definitions(), scales.load_definition(json.dumps(SPARE))]


def reference(definition, numbers, row):
    """What the import did for every sheet before: scales.score, one sheet at a time."""
    try:
        return scales.score(definition, {n: v for n, v in zip(numbers, row) if v is not None})
    except UserError as error:
        return error


def random_sheets(definition, numbers, rng, count):
    scores = [o.score for o in definition.options]
    rows = []
    for _ in range(count):
        weights = rng.choice([(90, 6, 2, 1, 1), (40, 30, 15, 10, 5), (10, 20, 30, 20, 20), (1, 1, 1, 1, 96)])
        row = [rng.choices(scores, weights[:len(scores)])[0] for _ in numbers]
        spoil = rng.random()
        if spoil < 0.06:                                      # an answer missing
            row[rng.randrange(len(row))] = None
        elif spoil < 0.08:                                    # several missing, key items maybe among them
            for _ in range(rng.randint(2, 6)):
                row[rng.randrange(len(row))] = None
        elif spoil < 0.10:                                    # out of range
            row[rng.randrange(len(row))] = rng.choice([scores[-1] + 1, scores[0] - 1, 99, -3])
        elif spoil < 0.11:                                    # values of other types: never read as answers
            row[rng.randrange(len(row))] = rng.choice([True, False, 2.0, "2", [1]])
        rows.append(row)
    return rows


def same(expected, got) -> bool:
    if isinstance(expected, UserError):
        return (type(got) is type(expected) and got.source == expected.source and got.params == expected.params
                and getattr(got, "key_item_hits", None) == getattr(expected, "key_item_hits", None))
    return isinstance(got, scales.ScaleResult) and got == expected and detail_json(got) == detail_json(expected)


@pytest.mark.parametrize("definition", definitions(), ids=lambda d: d.code)
def test_thousands_of_random_sheets_score_exactly_as_one_by_one(definition):
    rng = random.Random(definition.code)
    numbers = list(range(1, definition.item_count + 1))
    rows = random_sheets(definition, numbers, rng, 2500)
    got = score_many(definition, numbers, rows)
    expected = [reference(definition, numbers, row) for row in rows]
    assert len(got) == len(rows)
    wrong = [i for i, (e, g) in enumerate(zip(expected, got)) if not same(e, g)]
    assert not wrong, (rows[wrong[0]], expected[wrong[0]], got[wrong[0]])
    # the sample holds every kind of outcome the scale has, and errors
    kinds = {e.outcome if isinstance(e, scales.ScaleResult) else type(e).__name__ for e in expected}
    assert {Outcome.NEGATIVE, "MissingAnswers", "ValidationError"} <= kinds
    assert Outcome.POSITIVE in kinds or definition.code == "MHT" and Outcome.INVALID in kinds
    if definition.code == "MHT":
        assert Outcome.INVALID in kinds
    assert any(isinstance(e, scales.ScaleResult) and e.key_item_hits for e in expected) or not definition.key_items


@pytest.mark.parametrize("definition", definitions(), ids=lambda d: d.code)
def test_columns_in_another_order_or_without_the_auxiliary_questions(definition):
    rng = random.Random(7)
    numbers = list(range(1, definition.item_count + 1))
    rng.shuffle(numbers)
    numbers = [n for n in numbers if n not in definition.auxiliary or rng.random() < 0.5]
    rows = random_sheets(definition, numbers, rng, 400)
    got = score_many(definition, numbers, rows)
    assert all(same(reference(definition, numbers, r), g) for r, g in zip(rows, got))


def test_files_that_can_never_be_usual_sheets_go_one_by_one():
    scl = scales.builtin("SCL-90")
    rows = [[1] * 89]
    for numbers in ([*range(1, 90)], [*range(1, 90), 91], [1, 1, *range(3, 91)]):   # item 90 lacking; 91; twice
        got = score_many(scl, numbers, [[1] * len(numbers)] + rows)
        assert all(isinstance(g, UserError) for g in got)
        assert not usual_sheet(scl, tuple(numbers), [1] * len(numbers))
    assert usual_sheet(scl, tuple(range(1, 91)), [1] * 90)
    assert not usual_sheet(scl, tuple(range(1, 91)), [1] * 89 + [None])      # a required item unanswered
    assert not usual_sheet(scl, tuple(range(1, 91)), [1] * 89 + [True])      # True is no answer, though == 1
    assert score_many(scl, range(1, 91), []) == []
    # the import's row rule knows its values are option scores (answer_value's): only the answers are counted
    assert usual_sheet(scl, tuple(range(1, 91)), [1] * 90, options_only=True)
    assert not usual_sheet(scl, tuple(range(1, 91)), [1] * 89 + [None], options_only=True)
    assert not usual_sheet(scl, tuple(range(1, 91)), [1] * 89, options_only=True)       # a value short


def test_the_detail_json_is_json_dumps_of_the_detail():
    """detail_json puts the text together from remembered pieces: the same text as json.dumps of the data, for
    sheets, score-only rows, invalid and undetermined results, and results of a definition edited (new objects)."""
    rng = random.Random(3)
    for definition in definitions():
        numbers = list(range(1, definition.item_count + 1))
        results = [r for r in score_many(definition, numbers, random_sheets(definition, numbers, rng, 300))
                   if isinstance(r, scales.ScaleResult)]
        results.append(scales.score_totals(definition, total=definition.total_range[0]))
        for r in results:
            assert detail_json(r) == json.dumps(detail_data(r), ensure_ascii=False, separators=(",", ":"))
            assert detail_json(r) == detail_json(r)
    upi = scales.builtin("UPI")
    undetermined = scales.score_totals(upi, total=3)
    assert undetermined.outcome is Outcome.UNKNOWN or undetermined.outcome is Outcome.NEGATIVE
    assert detail_json(undetermined) == json.dumps(detail_data(undetermined), ensure_ascii=False,
                                                   separators=(",", ":"))


def test_batch_scoring_does_not_import_numpy_or_anything_heavy():
    import subprocess
    import sys

    code = ("import sys; from counselor_app.domain import scales; from counselor_app.domain.scales.batch import "
            "score_many; d = scales.builtin('SCL-90'); score_many(d, range(1, 91), [[1] * 90]); "
            "print(sorted(m for m in ('numpy', 'matplotlib', 'PySide6') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
