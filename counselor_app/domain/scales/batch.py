"""Scoring many sheets at once (:func:`score_many`): an import's 30,000 SCL-90 sheets, the same results as
:func:`.scoring.score` sheet by sheet, several times faster.

What a definition asks of every sheet is worked out once (a plan per definition and column order): the positions
of the total's, each factor's, the validity scale's, the key items' and the rules' items. The usual sheets (every
value an option score or blank, every required item answered) are then worked out column by column: the sums of
all of them at once; each factor score (with its band), key-item list and note made once per value; each band and
verdict once per set of values the rules read (total, positive items, lie score, factor scores, answers of items
named in rules), by the same functions as :func:`.scoring.score` (``band_of``, ``evaluate_any``, ``_result``).
Any other sheet goes through :func:`.scoring.score` itself. Pure Python (numpy was no faster here, and costs a
quarter of a second to import). tests/domain/test_scales_batch.py scores thousands of random sheets both ways
and compares every field.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from itertools import repeat
from operator import is_not, itemgetter, methodcaller, mul
from typing import Callable, Sequence

from counselor_app.domain.errors import UserError
from counselor_app.domain.scales import messages as m
from counselor_app.domain.scales.model import (
    Condition, FactorScore, Finding, ScaleDefinition, ScaleResult, Scoring, mean,
)
from counselor_app.domain.scales.rules import Values, Verdict, band_of, combine, evaluate, evaluate_any, \
    factor_hit, factor_ids, factor_verdict
from counselor_app.domain.scales.scoring import _definition_notes, _numbers, _result, _rule_items, score

_TYPES = frozenset({int, type(None)})
_SCALAR = ("total", "total_mean", "standard", "positive_items", "lie")
_UNSEEN = object()
_NOT_MET = Verdict(False)
_is_hit = partial(is_not, None)


def score_many(definition: ScaleDefinition, numbers: Sequence[int], rows: Sequence[Sequence[int | None]],
               usual: bool = False) -> list[ScaleResult | UserError]:
    """Score every row: ``numbers`` are the item numbers of a row's values (the file's item columns, in order);
    each row holds the raw option scores, None where unanswered. Returns, row by row, the :class:`ScaleResult`
    :func:`.scoring.score` gives, or the error it raises (:class:`.scoring.MissingAnswers`, an answer that is no
    option …) in the row's place. ``usual``: every row was found a usual sheet already (:func:`usual_sheet`)."""
    plan = _plan(definition, tuple(numbers))
    if usual and plan is not None:
        return plan.results(rows)
    out: list[ScaleResult | UserError | None] = [None] * len(rows)
    usual_rows = []
    for i, row in enumerate(rows):
        if plan is not None and plan.fits(row):
            usual_rows.append(i)
            continue
        try:
            out[i] = score(definition, dict(zip(numbers, row)))
        except UserError as error:
            out[i] = error.with_traceback(None)     # a value now: no frames kept alive with it
    if usual_rows:
        for i, result in zip(usual_rows, plan.results([rows[i] for i in usual_rows])):
            out[i] = result
    return out


def usual_sheet(definition: ScaleDefinition, numbers: tuple[int, ...], row: Sequence[int | None],
                options_only: bool = False) -> bool:
    """Whether :func:`score_many` scores this row by the plan: then it gives a result, never an error.
    ``options_only``: the caller knows every value is an option score or None (``answer_value`` read them), so
    only the required answers are looked at."""
    plan = _plan(definition, numbers)
    if plan is None:
        return False
    return plan.answered(row) if options_only and len(row) == plan.width else plan.fits(row)


def _plan(definition: ScaleDefinition, numbers: tuple[int, ...]) -> "_Plan | None":
    """The definition's plan for rows of these item numbers (remembered on the frozen definition, as _prepared);
    None when such rows can never be usual sheets (an item twice or not of the scale, a required item missing)."""
    plans = definition.__dict__.get("_batch_plans")
    if plans is None:
        plans = {}
        object.__setattr__(definition, "_batch_plans", plans)
    if numbers not in plans:
        usable = (len(set(numbers)) == len(numbers) and all(type(n) is int and definition.item(n) for n in numbers)
                  and set(definition.required_items) <= set(numbers))
        if len(plans) > 16:
            plans.clear()
        plans[numbers] = _Plan(definition, numbers) if usable else None
    return plans[numbers]


def _getter(positions: Sequence[int]) -> Callable[[Sequence], tuple]:
    """The values at these positions, always as a tuple (itemgetter of one position gives the value alone)."""
    if len(positions) == 1:
        (p,) = positions
        return lambda row: (row[p],)
    return itemgetter(*positions)


@dataclass(eq=False)
class _Plan:
    definition: ScaleDefinition
    numbers: tuple[int, ...]

    def __post_init__(self) -> None:
        d = self.definition
        at = {n: i for i, n in enumerate(self.numbers)}
        self.width = len(self.numbers)
        self.allowed = frozenset(o.score for o in d.options) | {None}
        required = [at[n] for n in d.required_items]
        self.required = None if len(required) == self.width else _getter(required) if required else None
        self.all_required = len(required) == self.width
        self.reverse = frozenset(at[n] for n in d.reverse if n in at)
        self.low_high = d.min_score + d.max_score
        total = [at[n] for n in d.total_items]
        self.total = None if total == list(range(self.width)) else _getter(total)
        self.total_count = len(total)
        self.factors = [(f, _getter([at[n] for n in f.items]), {}) for f in d.factors]
        self.lie = _getter([at[n] for n in d.validity.items]) if d.validity is not None else None
        # the key items' answers as a tuple; keys: (item, its place in that tuple, the rule's least score)
        key_items = sorted({n for rule in d.key_items for n in rule.items})
        self.key_get = _getter([at[n] for n in key_items]) if key_items else None
        self.keys = sorted({(n, key_items.index(n), rule.min) for rule in d.key_items for n in rule.items})
        self.hit_lists: dict[tuple, list[int]] = {}
        self.below = ([o.score for o in d.options if o.score < d.positive_item_from]
                      if d.positive_item_from is not None else None)
        # the auxiliary questions rules read: (item, its place among those the file has, or None)
        aux = [n for n in _rule_items(d) if n in d.auxiliary]
        present = [n for n in aux if n in at]
        self.aux_get = _getter([at[n] for n in present]) if present else None
        self.auxiliary = [(n, present.index(n) if n in at else None) for n in aux]
        self.aux_notes: dict[tuple, Finding | None] = {}
        rule_items = sorted({n for c in self._conditions() if c.measure in ("item", "any_item") for n in c.items
                             if n in at})
        self.item_get = _getter([at[n] for n in rule_items]) if rule_items else None
        self.notes = tuple(_definition_notes(d))
        self.key_note = Finding.of(m.R_KEY_ITEMS)
        self.judge = _Judge(d)

    def _conditions(self) -> list[Condition]:
        d = self.definition
        return [*d.positive, *(c for cls in (d.bands.classes if d.bands else ()) for c in cls.any)]

    def fits(self, row: Sequence) -> bool:
        """A usual sheet: its values all option scores or blank (ints, never bool), the required items answered."""
        try:
            if len(row) != self.width or not self.allowed.issuperset(row) or not _TYPES.issuperset(map(type, row)):
                return False
        except TypeError:       # a value that cannot be looked up (a list …)
            return False
        return self.answered(row)

    def answered(self, row: Sequence) -> bool:
        """Every required item answered."""
        if self.all_required:
            return None not in row
        return self.required is None or None not in self.required(row)

    def results(self, rows: Sequence[Sequence[int]]) -> list[ScaleResult]:
        """What :func:`.scoring.score` gives for each row (every one :meth:`fits`; tests compare the two field by
        field). Worked out column by column: the sums of every row at once, each factor score, key-item verdict and
        note made once per value; then each row's band and verdict, remembered by what the rules read."""
        d = self.definition
        n = len(rows)
        if self.reverse:
            reverse, low_high = self.reverse, self.low_high
            rows = [[low_high - v if i in reverse and v is not None else v for i, v in enumerate(row)]
                    for row in rows]
        counted = rows if self.total is None else list(map(self.total, rows))
        totals = list(map(sum, counted))
        sums_by_factor, scores_by_factor = [], []
        for f, get, made in self.factors:
            sums = list(map(sum, map(get, rows)))
            for summed in set(sums).difference(made):
                value = summed if f.scoring is Scoring.SUM else mean(summed, len(f.items))
                made[summed] = FactorScore(f.id, f.name, value, f.band_of(value))
            sums_by_factor.append(sums)
            scores_by_factor.append(list(map(made.__getitem__, sums)))
        factor_rows = list(zip(*scores_by_factor)) if self.factors else [()] * n
        sum_rows = list(zip(*sums_by_factor)) if self.factors else [()] * n
        nothing = [None] * n
        positives = low_sums = nothing
        if self.below is not None:      # SCL-90's positive items: those not under positive_from (counted at once)
            lows = [list(map(methodcaller("count", s), counted)) for s in self.below]
            positives = [self.total_count - sum(c) for c in zip(*lows)] if lows else [self.total_count] * n
            low_sums = [sum(map(mul, self.below, c)) for c in zip(*lows)] if lows else [0] * n
        lies = list(map(sum, map(self.lie, rows))) if self.lie is not None else nothing
        key_values = list(map(self.key_get, rows)) if self.key_get is not None else [()] * n
        aux_values = list(map(self.aux_get, rows)) if self.aux_get is not None else [()] * n
        item_values = list(map(self.item_get, rows)) if self.item_get is not None else [()] * n
        count, multiplier, judge = self.total_count, d.standard_multiplier, self.judge
        means = list(map(mean, totals, repeat(count)))
        standards = nothing if multiplier is None else [int(t * multiplier) for t in totals]
        measures = {"total": totals, "total_mean": means, "standard": standards, "positive_items": positives,
                    "lie": lies}
        by_column = self._by_column(rows, measures, sums_by_factor)
        bands, verdicts = by_column if by_column is not None else (nothing, nothing)
        known: dict[tuple, tuple] = {}      # this call's sheets only: nothing large stays behind
        out = []
        for i, (total, total_mean, standard, band, verdict, factors, sums, positive, low_sum, lie, key_value,
                aux_value, item_value) in enumerate(zip(totals, means, standards, bands, verdicts, factor_rows,
                                                        sum_rows, positives, low_sums, lies, key_values, aux_values,
                                                        item_values)):
            # row by row (band classes …), the band and verdict read the total (its mean, the standard score), the
            # positive items, the lie scale, the factor scores and the answers of items named in rules: no more
            found = (band, verdict) if verdict is not None else known.get((total, positive, lie, sums, item_value))
            if found is None:
                rule_key = (total, positive, lie, sums, item_value)
                values = Values(total=total, total_mean=total_mean, standard=standard, positive_items=positive,
                                lie=lie, items_known=True, factors={f.id: f.value for f in factors})
                if self.item_get is not None:
                    values.items = {n: v for n, v in zip(self.numbers, rows[i]) if v is not None}
                band_of(d, values, judge)
                found = known[rule_key] = (values.band, evaluate_any(d.positive, values, d, judge))
            band, verdict = found
            hits = self._hits(key_value)
            notes = [self.key_note, *self.notes] if hits else list(self.notes)
            unanswered = self._unanswered(aux_value)
            if unanswered is not None:
                notes.append(unanswered)
            values = Values(total=total, total_mean=total_mean, standard=standard, lie=lie, band=band)
            if positive is None:
                out.append(_result(d, values, verdict, notes, hits, key_items_known=True, score_only=False,
                                   factors=factors))
            else:
                out.append(_result(d, values, verdict, notes, hits, key_items_known=True, score_only=False,
                                   factors=factors, positive_items=positive, negative_items=count - positive,
                                   positive_symptom_mean=mean(total - low_sum, positive) if positive else None))
        return out

    def _by_column(self, rows, measures: dict[str, list], sums_by_factor: list[list[int]]):
        """(bands, verdicts) of all rows, condition by condition over the columns, each verdict made once per value
        it reads (by :func:`.rules.evaluate` and :func:`.rules.combine`); None when the definition needs the row
        by row way (bands by classes of rules, a condition of another kind)."""
        d = self.definition
        if d.bands is not None and d.bands.classes:
            return None
        bands = [None] * len(rows)
        if d.bands is not None:
            column = measures[d.bands.measure]
            named = {}
            for value in set(column):
                values = Values(**{d.bands.measure: value})
                band_of(d, values)
                named[value] = values.band
            bands = list(map(named.__getitem__, column))
        columns = []
        for c in d.positive:
            column = self._condition_column(c, rows, measures, sums_by_factor, bands)
            if column is None:
                return None
            columns.append(column)
        combined: dict[tuple, Verdict] = {}   # by the verdict objects of a row (alive in ``columns`` meanwhile)
        verdicts = []
        for row in (zip(*columns) if columns else repeat((), len(rows))):
            key = tuple(map(id, row))
            found = combined.get(key)
            if found is None:
                found = combined[key] = combine(list(row))
            verdicts.append(found)
        return bands, verdicts

    def _condition_column(self, c: Condition, rows, measures: dict[str, list], sums_by_factor, bands):
        """The verdict of one condition for every row, or None for a condition this way cannot judge."""
        d = self.definition
        if c.measure in _SCALAR:
            column = measures[c.measure]
            judged = {value: evaluate(c, Values(**{c.measure: value}), d) for value in set(column)}
            return list(map(judged.__getitem__, column))
        if c.measure == "band":
            judged = {band: evaluate(c, Values(band=band, band_known=True), d) for band in set(bands)}
            return list(map(judged.__getitem__, bands))
        if c.measure in ("item", "any_item"):
            at = {n: i for i, n in enumerate(self.numbers)}
            present = [n for n in c.items if n in at]
            answers = list(map(_getter([at[n] for n in present]), rows)) if present else [()] * len(rows)
            judged = {a: evaluate(c, Values(items={n: v for n, v in zip(present, a) if v is not None},
                                            items_known=True), d) for a in set(answers)}
            return list(map(judged.__getitem__, answers))
        if c.measure in ("factor", "any_factor"):
            where = {f.id: i for i, (f, _get, _made) in enumerate(self.factors)}
            ids = factor_ids(c, d)
            if not ids or any(fid not in where for fid in ids):
                return None
            hit_columns = []
            for fid in ids:         # each factor's hit (or None) by its sum, in the order factor_verdict takes
                _f, _get, made = self.factors[where[fid]]
                sums = sums_by_factor[where[fid]]
                hit = {s: factor_hit(c, fid, made[s].value, d) for s in set(sums)}
                hit_columns.append(list(map(hit.__getitem__, sums)))
            judged: dict[tuple, Verdict] = {}
            out = []
            for row in zip(*hit_columns):
                hits = tuple(filter(_is_hit, row))
                key = tuple(map(id, hits))
                found = judged.get(key)
                if found is None:       # as factor_verdict says it, every factor known
                    found = judged[key] = Verdict(True, hits) if hits else Verdict(False)
                out.append(found)
            return out
        return None

    def _hits(self, key_value: tuple) -> list[int]:
        """The key items hit, by the answers to the key items (scales.scoring.key_item_hits)."""
        found = self.hit_lists.get(key_value)
        if found is None:
            found = self.hit_lists[key_value] = sorted({n for n, at, least in self.keys
                                                        if key_value[at] is not None and key_value[at] >= least})
        return found

    def _unanswered(self, aux_value: tuple) -> Finding | None:
        """The note on auxiliary questions of the rules left unanswered, by their answers."""
        if aux_value not in self.aux_notes:
            numbers = [n for n, at in self.auxiliary if at is None or aux_value[at] is None]
            self.aux_notes[aux_value] = (Finding.of(m.R_AUXILIARY_MISSING, numbers=_numbers(numbers))
                                         if numbers else None)
        return self.aux_notes[aux_value]


class _Judge:
    """:func:`.rules.evaluate`, remembering each condition's verdict by the values it reads (a total, a factor
    score, the answers of its items, the band): the same verdict objects for the same values."""

    def __init__(self, definition: ScaleDefinition) -> None:
        self.verdicts: dict[int, dict] = {}
        self.hits: dict[int, list[tuple[str, dict]]] = {}

    def __call__(self, c: Condition, values: Values, definition: ScaleDefinition) -> Verdict:
        measure = c.measure
        if measure in ("factor", "any_factor"):
            return self._factors(c, values, definition)
        if measure in _SCALAR:
            key = getattr(values, measure)
        elif measure in ("item", "any_item"):
            key = (values.items_known, *map(values.items.get, c.items))
        elif measure == "band":
            key = (values.band_known, values.band, values.band_reasons, values.band_needs)
        else:
            return evaluate(c, values, definition)
        known = self.verdicts.setdefault(id(c), {})
        try:
            found = known.get(key)
        except TypeError:       # a value that cannot be a key: judged afresh
            return evaluate(c, values, definition)
        if found is None:
            found = known[key] = evaluate(c, values, definition)
        return found

    def _factors(self, c: Condition, values: Values, definition: ScaleDefinition) -> Verdict:
        """A factor condition: each factor's hit remembered by its value; with a factor unknown (never in a sheet
        this module scores) the plain :func:`.rules.factor_verdict`."""
        plan = self.hits.get(id(c))
        if plan is None:
            plan = self.hits[id(c)] = [(fid, {}) for fid in factor_ids(c, definition)]
        factors = values.factors
        hits = []
        for fid, known in plan:
            value = factors.get(fid)
            if value is None:
                return factor_verdict(c, values, definition, factor_hit)
            hit = known.get(value, _UNSEEN)
            if hit is _UNSEEN:
                hit = known[value] = factor_hit(c, fid, value, definition)
            if hit is not None:
                hits.append(hit)
        return Verdict(True, tuple(hits)) if hits else _NOT_MET   # as factor_verdict says it


__all__ = ["score_many", "usual_sheet"]
