"""Scoring a sheet (:func:`score`) or a score-only row (:func:`score_totals`) with a validated definition.

Every number and rule comes from the definition; nothing about a particular scale is written here. Means are
rounded to two decimals (half up) before they are compared or banded, so a result never disagrees with what the
counselor reads on the screen (1.995 shows 2.00 and is ≥ 2).
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Mapping

from counselor_app.domain.errors import Text, ValidationError
from counselor_app.domain.roster_values import fold
from counselor_app.domain.scales import messages as m
from counselor_app.domain.scales.answers import answer_value  # noqa: F401 - part of this module's API
from counselor_app.domain.scales.model import (
    CENT, Factor, FactorScore, Finding, Number, Outcome, ScaleDefinition, ScaleResult, Scoring, mean,
)
from counselor_app.domain.scales.rules import Values, Verdict, band_of, evaluate_any

_NOTE = Text("{note}", "Scales")    # a note of the definition: the text is the definition's own (zh / en)


class MissingAnswers(ValidationError):
    """Required answers are missing: the sheet is not scored. ``key_item_hits`` lists the key items hit among the
    answers that are there, so that the import can still bring the sheet to a counselor."""

    def __init__(self, definition: ScaleDefinition, missing: list[int], key_item_hits: list[int]) -> None:
        self.missing = tuple(missing)
        self.key_item_hits = tuple(key_item_hits)
        numbers = _numbers(missing)
        if key_item_hits:
            super().__init__(m.SCORE_MISSING_KEY_HIT, scale=definition.code, numbers=numbers,
                             keys=_numbers(key_item_hits))
        else:
            super().__init__(m.SCORE_MISSING, scale=definition.code, numbers=numbers)


def _numbers(numbers) -> str:
    """Item numbers as the export writes them: 15、59."""
    return "、".join(str(n) for n in numbers)


# --- a whole sheet --------------------------------------------------------------------------------------------

def score(definition: ScaleDefinition, answers: Mapping[int, int | None]) -> ScaleResult:
    """Score one sheet. ``answers`` maps item numbers to the raw option scores (:func:`answer_value` reads a cell);
    None or an absent item is unanswered. Every item in ``definition.required_items`` must be answered, else
    :class:`MissingAnswers`; auxiliary questions may be left out."""
    fast = _prepared(definition)
    given = answers.values()
    # the usual sheet (whole-number items of the scale, answers among its scores or blank) is checked with set
    # operations; anything else goes through the item-by-item check, which names the first bad cell
    if (fast.numbers.issuperset(answers) and _INT.issuperset(map(type, answers))
            and _ANSWER_TYPES.issuperset(map(type, given)) and fast.allowed.issuperset(given)):
        if fast.reverse:
            low_high, reverse = fast.low_high, fast.reverse
            scored = {n: low_high - v if n in reverse else v for n, v in answers.items() if v is not None}
        elif None in given:
            scored = {n: v for n, v in answers.items() if v is not None}
        else:
            scored = dict(answers)
    else:
        scored = _checked(definition, answers)
    hits = key_item_hits(definition, scored) if fast.key_numbers else []
    if not fast.required.issubset(scored):
        raise MissingAnswers(definition, [n for n in definition.required_items if n not in scored], hits)

    get = scored.__getitem__
    counted = list(map(get, definition.total_items))
    total = sum(counted)
    values = Values(total=total, total_mean=mean(total, len(counted)), items=scored,
                    items_known=True, factors={f.id: _factor_value(f, get) for f in definition.factors})
    if definition.standard_multiplier is not None:
        values.standard = int(total * definition.standard_multiplier)
    extra = {}
    if definition.positive_item_from is not None:
        start = definition.positive_item_from
        positive = [v for v in counted if v >= start]
        values.positive_items = len(positive)
        extra = dict(positive_items=len(positive), negative_items=len(counted) - len(positive),
                     positive_symptom_mean=mean(sum(positive), len(positive)) if positive else None)
    if definition.validity is not None:
        values.lie = sum(map(get, definition.validity.items))
    band_of(definition, values)
    verdict = evaluate_any(definition.positive, values, definition)
    notes = list(_definition_notes(definition))
    if hits:
        notes.insert(0, Finding.of(m.R_KEY_ITEMS))
    unanswered = [n for n in _rule_items(definition) if n in definition.auxiliary and n not in scored]
    if unanswered:
        notes.append(Finding.of(m.R_AUXILIARY_MISSING, numbers=_numbers(unanswered)))
    return _result(definition, values, verdict, notes, hits, key_items_known=True, score_only=False, **extra)


_INT = frozenset({int})
_ANSWER_TYPES = frozenset({int, type(None)})


@dataclass(frozen=True)
class _Prepared:
    """What the checks of :func:`score` need of a definition, as sets (made once per definition)."""
    numbers: frozenset[int]        # the item numbers
    allowed: frozenset            # the option scores and None (unanswered)
    reverse: frozenset[int]
    low_high: int                 # min + max score: a reversed answer is low_high - answer
    required: frozenset[int]
    key_numbers: tuple[int, ...]


def _prepared(definition: ScaleDefinition) -> _Prepared:
    found = definition.__dict__.get("_prepared")
    if found is None:
        found = _Prepared(frozenset(range(1, definition.item_count + 1)),
                          frozenset(o.score for o in definition.options) | {None}, frozenset(definition.reverse),
                          definition.min_score + definition.max_score, frozenset(definition.required_items),
                          definition.key_item_numbers)
        object.__setattr__(definition, "_prepared", found)   # the frozen definition keeps it, as _words
    return found


def _checked(definition: ScaleDefinition, answers: Mapping[int, int | None]) -> dict[int, int]:
    """The answers checked one by one: the first item the scale has not, or answer that is no option, is refused."""
    low, high = definition.min_score, definition.max_score
    scored: dict[int, int] = {}
    for number, raw in answers.items():
        if isinstance(number, bool) or not isinstance(number, int) or definition.item(number) is None:
            raise ValidationError(m.SCORE_NO_SUCH_ITEM, scale=definition.code, number=str(number)[:10])
        if raw is None:
            continue
        if isinstance(raw, bool) or not isinstance(raw, int) or not low <= raw <= high:
            raise ValidationError(m.SCORE_NOT_AN_OPTION, scale=definition.code, number=number,
                                  value=str(raw)[:10], low=low, high=high)
        scored[number] = low + high - raw if number in definition.reverse else raw
    return scored


def key_item_hits(definition: ScaleDefinition, scored: Mapping[int, int]) -> list[int]:
    """The key items answered at or above their rule's score, among the (scored) answers given."""
    return sorted({n for rule in definition.key_items for n in rule.items
                   if scored.get(n) is not None and scored[n] >= rule.min})


def _factor_value(factor: Factor, get) -> Number:
    total = sum(map(get, factor.items))
    return total if factor.scoring is Scoring.SUM else mean(total, len(factor.items))


def _rule_items(definition: ScaleDefinition) -> list[int]:
    conditions = list(definition.positive)
    if definition.bands:
        conditions += [c for cls in definition.bands.classes for c in cls.any]
    return sorted({n for c in conditions for n in c.items})


def _definition_notes(definition: ScaleDefinition):
    return (Finding.of(_NOTE, note=note) for note in definition.notes)


def _result(definition: ScaleDefinition, values: Values, verdict: Verdict, notes, hits, *, key_items_known: bool,
            score_only: bool, factors: tuple[FactorScore, ...] | None = None, **extra) -> ScaleResult:
    """The result of the values and verdict; ``factors``: the factor scores when the caller has them made (the
    batch scorer remembers them), else made here."""
    valid = None if definition.validity is None or values.lie is None else (
        values.lie < definition.validity.invalid_from)
    if definition.validity is None:
        valid = True
    if valid is False:
        outcome = Outcome.INVALID
        reasons = (Finding.of(m.R_INVALID, scale=definition.validity.name, value=values.lie,
                              threshold=definition.validity.invalid_from),)
    elif verdict.state is None:
        outcome = Outcome.UNKNOWN
        reasons = tuple(Finding.of(m.R_NEEDS, what=what) for what in verdict.needs)
    else:
        outcome = Outcome.POSITIVE if verdict.state else Outcome.NEGATIVE
        reasons = verdict.reasons
    if valid is None:
        notes.append(Finding.of(m.R_VALIDITY_UNKNOWN, scale=definition.validity.name))
    if factors is None:
        factors = tuple(FactorScore(f.id, f.name, values.factors[f.id], f.band_of(values.factors[f.id]))
                        for f in definition.factors if values.factors.get(f.id) is not None)
    return ScaleResult(
        code=definition.code, version=definition.version, fingerprint=definition.fingerprint, outcome=outcome,
        total=values.total, total_mean=values.total_mean, factors=factors, band=values.band, reasons=reasons,
        key_item_hits=tuple(hits), key_items_known=key_items_known, valid=valid, lie=values.lie,
        standard=values.standard, notes=tuple(notes), score_only=score_only, **extra)


# --- score-only rows ------------------------------------------------------------------------------------------

def score_totals(definition: ScaleDefinition, total: object = None, factors: Mapping[str, object] | None = None,
                 *, positive_items: object = None, lie: object = None) -> ScaleResult:
    """A result from totals only (a platform's export without the answers, for scales whose items the school may
    not copy). ``factors`` maps factor ids or names (Chinese or English) to their scores. The band and the verdict
    are given where the known values decide them (outcome UNKNOWN, with what is missing, otherwise); key items are
    never known then (``key_items_known`` False, and a note says so)."""
    factors = dict(factors or {})
    if total is None and not factors:
        raise ValidationError(m.TOTALS_NOTHING, scale=definition.code)
    values = Values()
    if total is not None:
        values.total = _whole(definition, total, m.WHAT_TOTAL, *definition.total_range)
        values.total_mean = mean(values.total, len(definition.total_items))
        if definition.standard_multiplier is not None:
            values.standard = int(values.total * definition.standard_multiplier)
    for key, raw in factors.items():
        factor = definition.factor(key)
        if factor is None:
            raise ValidationError(m.TOTALS_UNKNOWN_FACTOR, scale=definition.code, named=str(key)[:30])
        if raw is None:
            continue
        what = dict(what=m.WHAT_FACTOR, named=factor.name.zh)
        values.factors[factor.id] = (_whole(definition, raw, what, factor.low, factor.high)
                                     if factor.scoring is Scoring.SUM else _cents(definition, raw, what, factor))
    _check_factor_sum(definition, values)
    if positive_items is not None and definition.positive_item_from is not None:
        values.positive_items = _whole(definition, positive_items, m.WHAT_POSITIVE_ITEMS, 0,
                                       len(definition.total_items))
    if lie is not None and definition.validity is not None:
        values.lie = _whole(definition, lie, m.WHAT_LIE, 0, len(definition.validity.items) * definition.max_score)
    band_of(definition, values)
    verdict = evaluate_any(definition.positive, values, definition)
    notes = list(_definition_notes(definition))
    if definition.key_items:
        notes.insert(0, Finding.of(m.R_KEY_ITEMS_UNKNOWN))
    return _result(definition, values, verdict, notes, (), key_items_known=False, score_only=True,
                   positive_items=values.positive_items)


def _number(definition: ScaleDefinition, raw: object, what) -> Decimal:
    params = what if isinstance(what, dict) else {"what": what}
    try:
        if isinstance(raw, bool):
            raise InvalidOperation
        value = Decimal(str(raw)) if isinstance(raw, (int, float, Decimal)) else Decimal(fold(raw).replace(" ", ""))
        if not value.is_finite():
            raise InvalidOperation
    except (InvalidOperation, ValueError):
        raise ValidationError(m.TOTALS_NOT_A_NUMBER, scale=definition.code, value=fold(raw)[:20], **params) from None
    return value


def _whole(definition: ScaleDefinition, raw: object, what, low: int, high: int) -> int:
    params = what if isinstance(what, dict) else {"what": what}
    value = _number(definition, raw, what)
    if value != value.to_integral_value():
        raise ValidationError(m.TOTALS_NOT_WHOLE, scale=definition.code, value=str(value), **params)
    if not low <= value <= high:
        raise ValidationError(m.TOTALS_OUT_OF_RANGE, scale=definition.code, value=str(value), low=low, high=high,
                              **params)
    return int(value)


def _cents(definition: ScaleDefinition, raw: object, what: dict, factor: Factor) -> Decimal:
    value = _number(definition, raw, what)
    if not factor.low <= value <= factor.high:      # first: quantize() fails on 1E+999999999
        raise ValidationError(m.TOTALS_OUT_OF_RANGE, scale=definition.code, value=str(value), low=factor.low,
                              high=factor.high, **what)
    if value != value.quantize(CENT):
        raise ValidationError(m.TOTALS_TOO_PRECISE, scale=definition.code, value=str(value), **what)
    return value.quantize(CENT)


def _check_factor_sum(definition: ScaleDefinition, values: Values) -> None:
    """When every factor is a sum, all are given, and together they hold exactly the scored items, the total
    must be their sum (MHT's 全量表分 is the sum of its content scales): a mismatch is a column mix-up."""
    fs = definition.factors
    if (values.total is None or not fs or any(f.scoring is not Scoring.SUM for f in fs)
            or len(values.factors) != len(fs)
            or sorted(n for f in fs for n in f.items) != list(definition.total_items)):
        return
    summed = sum(values.factors.values())
    if summed != values.total:
        raise ValidationError(m.TOTALS_SUM_MISMATCH, scale=definition.code, total=values.total, sum=summed)


__all__ = ["MissingAnswers", "answer_value", "key_item_hits", "score", "score_totals"]
