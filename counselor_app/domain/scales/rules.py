"""Evaluating the rules of a definition (positive, band classes) on the values of one sheet.

Three-valued: a condition is True, False or None (unknown: a score-only row lacks the value it compares). A list
of conditions is met when any one is True, not met when all are False, unknown otherwise — so a score-only row is
positive as soon as one known rule says so, and undetermined only when nothing known decides.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Callable, Iterable

from counselor_app.domain.errors import Text
from counselor_app.domain.scales import messages as m
from counselor_app.domain.scales.model import (
    CENT, OP_SIGNS, OPS, Condition, Finding, Label, Number, Range, ScaleDefinition,
)

MEASURE_LABELS = {"total": m.M_TOTAL, "total_mean": m.M_TOTAL_MEAN, "standard": m.M_STANDARD,
                  "positive_items": m.M_POSITIVE_ITEMS}


def measure_domain(measure: str, low: int, high: int, count: int, multiplier: Decimal | None
                   ) -> tuple[Number, Number]:
    """The lowest and highest value a whole-scale measure can take (``count`` items answered ``low``..``high``)."""
    if measure == "total":
        return count * low, count * high
    if measure == "total_mean":
        return Decimal(low).quantize(CENT), Decimal(high).quantize(CENT)
    if measure == "standard":
        return int(count * low * multiplier), int(count * high * multiplier)
    raise ValueError(measure)


@dataclass
class Values:
    """What is known of one sheet. ``None`` (or an absent key) is unknown; with ``items_known`` an absent item is an
    unanswered auxiliary question, whose rules count as not met."""
    total: int | None = None
    total_mean: Decimal | None = None
    standard: int | None = None
    positive_items: int | None = None
    lie: int | None = None
    factors: dict[str, Number] = field(default_factory=dict)
    items: dict[int, int] = field(default_factory=dict)     # scored values
    items_known: bool = False
    band: Label | None = None
    band_known: bool = False
    band_reasons: tuple[Finding, ...] = ()
    band_needs: tuple[Text | Label, ...] = ()


@dataclass(frozen=True)
class Verdict:
    state: bool | None
    reasons: tuple[Finding, ...] = ()
    needs: tuple[Text | Label, ...] = ()   # what was missing, when the state is unknown


# (condition, values, definition) -> Verdict: :func:`evaluate`, or the batch scorer's remembering one (.batch)
Judge = Callable[[Condition, "Values", ScaleDefinition], "Verdict"]


def evaluate_any(conditions: Iterable[Condition], values: Values, definition: ScaleDefinition,
                 judge: Judge | None = None) -> Verdict:
    judge = judge or evaluate
    return combine([judge(c, values, definition) for c in conditions])


def combine(verdicts: list[Verdict]) -> Verdict:
    """Any of the verdicts: met when one is, unknown when none is and one is unknown, else not met."""
    if any(v.state for v in verdicts):
        return Verdict(True, tuple(r for v in verdicts if v.state for r in v.reasons))
    if any(v.state is None for v in verdicts):
        return Verdict(None, needs=tuple(dict.fromkeys(n for v in verdicts for n in v.needs)))
    return Verdict(False)


def evaluate(c: Condition, values: Values, definition: ScaleDefinition) -> Verdict:
    compare = OPS[c.op]
    sign = OP_SIGNS[c.op]
    if c.measure in MEASURE_LABELS or c.measure == "lie":
        value = getattr(values, c.measure)
        label = definition.validity.name if c.measure == "lie" else MEASURE_LABELS[c.measure]
        if value is None:
            return Verdict(None, needs=({"positive_items": m.N_POSITIVE_ITEMS, "lie": label}.get(c.measure, m.N_TOTAL),))
        if compare(value, c.value):
            return Verdict(True, (Finding.of(m.R_MEASURE, measure=label, value=value, op=sign, threshold=c.value),))
        return Verdict(False)
    if c.measure in ("factor", "any_factor"):
        return factor_verdict(c, values, definition, factor_hit)
    if c.measure in ("item", "any_item"):
        if not values.items_known:
            return Verdict(None, needs=(m.M_ANSWERS,))
        hits = []
        for n in c.items:
            value = values.items.get(n)
            if value is not None and compare(value, c.value):
                option = definition.option(value)
                hits.append(Finding.of(m.R_ITEM, number=n, answer=option.label if option else value))
        return Verdict(bool(hits), tuple(hits))
    if c.measure == "band":
        if not values.band_known:
            return Verdict(None, needs=values.band_needs or (m.M_BAND,))
        if values.band is not None and values.band.zh in c.bands:
            return Verdict(True, (Finding.of(m.R_IN_BAND, band=values.band), *values.band_reasons))
        return Verdict(False)
    raise ValueError(c.measure)


def factor_ids(c: Condition, definition: ScaleDefinition) -> tuple[str, ...]:
    """The factors a "factor" or "any_factor" condition compares."""
    return (c.factor,) if c.measure == "factor" else (c.factors or tuple(f.id for f in definition.factors))


def factor_verdict(c: Condition, values: Values, definition: ScaleDefinition, hit) -> Verdict:
    """A "factor" or "any_factor" condition; ``hit(c, factor id, value, definition)`` is :func:`factor_hit` or the
    batch scorer's remembering one."""
    hits, unknown = [], False
    for fid in factor_ids(c, definition):
        value = values.factors.get(fid)
        if value is None:
            unknown = True
        elif (found := hit(c, fid, value, definition)) is not None:
            hits.append(found)
    return Verdict(True, tuple(hits)) if hits else Verdict(None, needs=(m.M_FACTORS,)) if unknown else Verdict(
        False)


def factor_hit(c: Condition, fid: str, value: Number, definition: ScaleDefinition) -> Finding | None:
    """The reason of one factor meeting the condition, or None."""
    if not OPS[c.op](value, c.value):
        return None
    name = next(f.name for f in definition.factors if f.id == fid)
    return Finding.of(m.R_FACTOR, factor=name, value=value, op=OP_SIGNS[c.op], threshold=c.value)


def band_of(definition: ScaleDefinition, values: Values, judge: Judge | None = None) -> None:
    """Set the band of the sheet in ``values``: band_known, band, band_reasons (the met rules of a class band) and,
    when unknown, band_needs (what is missing)."""
    values.band_known, values.band, values.band_reasons, values.band_needs = True, None, (), ()
    bands = definition.bands
    if bands is None:
        return
    if bands.classes:
        for cls in bands.classes:
            if not cls.any:
                values.band = cls.name
                return
            verdict = evaluate_any(cls.any, values, definition, judge)
            if verdict.state is None:
                values.band_known, values.band_needs = False, verdict.needs
                return
            if verdict.state:
                values.band, values.band_reasons = cls.name, verdict.reasons
                return
    value = getattr(values, bands.measure)
    if value is None:
        values.band_known, values.band_needs = False, (m.N_TOTAL,)
        return
    values.band = _range_name(bands.ranges, value)


def _range_name(ranges: tuple[Range, ...], value: Number) -> Label | None:
    return next((r.name for r in ranges if r.holds(value)), None)
