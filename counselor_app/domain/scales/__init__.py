"""Screening scales (心理测评量表): definitions as data, and the scoring engine. Pure domain code: no Qt, no SQL.

The facts come from ``../shared/SCALES.md``; every number of a scale (items, answers, factors, excluded items,
bands, rules, key items, validity) lives in a JSON definition, never in the code. Shipped: ``data/phq9.json``,
``gad7.json``, ``scl90.json``, ``mht.json``, ``mssmhs.json``, ``upi.json``. An office adds its own scale from a
file; it is checked exactly like the shipped ones.

API
---
Definitions (:mod:`.definition`, :mod:`.catalog`)::

    load_definition(text_or_bytes) -> ScaleDefinition     # parse + validate; ValidationError with a clear message
    with_settings(definition, {"cutoff": 11}) -> ScaleDefinition   # a new version with other setting values
    builtin_definitions() -> tuple[ScaleDefinition, ...]  # the six shipped scales
    builtin("phq9") / find_definition(definitions, "SCL-90") -> ScaleDefinition | None   # by code or name

Scoring (:mod:`.scoring`)::

    answer_value(definition, item, cell) -> (score | None, Finding | None)   # "2", "好几天", "是", "偏重" → score
    score(definition, {item: raw score or None}) -> ScaleResult   # MissingAnswers (a ValidationError) if needed
                                                                   # answers are missing; it carries key_item_hits
    score_totals(definition, total, {factor id or name: score}, positive_items=None, lie=None) -> ScaleResult

A :class:`ScaleResult` holds ``code`` + ``version`` + ``fingerprint`` of the definition that scored it (store them:
a changed definition is a new version and never rescores old results), ``outcome`` (POSITIVE / NEGATIVE / INVALID —
MHT's lie scale, neither positive nor negative — / UNKNOWN, a score-only row the rules cannot decide),
``positive`` (True / False / None), ``reasons`` (why), ``total``, ``total_mean``, ``factors`` (FactorScore: id,
name, value — an int for a sum, a two-decimal Decimal for a mean — and its band), ``band``, ``key_item_hits``
(item numbers; ``key_items_known`` is False for score-only rows), ``valid`` and ``lie``, for SCL-90
``positive_items`` / ``negative_items`` / ``positive_symptom_mean``, ``standard`` (SAS/SDS-like scales), and
``notes`` (the key-item notice 命中关键题目，请尽快人工复核, the definition's notes such as MHT's "raw scores").
``candidate`` is True for a positive screen or a key-item hit. Sentences are :class:`Finding` objects: render them
with ``finding.render(translate_text, lang)`` (Qt's translation of the "Scales" context, and "zh_CN" or "en" for
the names the definition gives in both languages). Names (scale, factors, bands) are :class:`Label` (zh, en).

Decisions
---------
- Means are rounded to two decimals (half up) before any comparison or band, so what the counselor reads is what
  was judged. Answers are raw option scores; reverse-scored items are turned round in :func:`score`.
- A sheet is scored only when every item that counts somewhere (``definition.required_items``: total, factors,
  validity, key items, rules) is answered — SCALES.md allows no prorating. Auxiliary questions (UPI 61–64) may be
  missing: their rules then count as not met, and a note says so.
- Key items are judged on the answers given, even when the sheet cannot be scored (``MissingAnswers``).
- Score-only rows: a rule on a value not given is unknown; a list of rules is met as soon as one known rule is.

The file format (format 1)
--------------------------
One JSON object (UTF-8; at most 512 KB). Unknown fields and a field written twice are refused. Names are
``{"zh": "…", "en": "…"}``.

- ``format`` 1; ``code`` (1–20 letters, digits, - _: "PHQ-9"); ``name``; ``version`` (whole number ≥ 1: edit a
  rule → raise it); optional ``period`` (过去两周), ``item_texts_note``, ``notes`` (shown with every result),
  ``applies_to`` {``grade_levels`` [from, to] (K-12 levels 1–12), ``university``, ``min_age``, ``note``}.
- ``item_count`` and ``items`` [{``number`` 1…n in order, ``text``}] — copyrighted scales carry "第N题".
- ``options`` [{``score``, ``label`` (the answer word, e.g. 好几天 / Several days), ``synonyms``}]: whole scores
  counting up by one; a word names one score only.
- ``reverse`` [items] scored max+min−answer; ``auxiliary`` [items] answered but never counted (UPI 61–64);
  ``total`` {``exclude`` [items not in the total (MHT lie items, UPI 5 20 35 50)], ``standard_multiplier``
  (standard score = int(total × it), SAS/SDS)}.
- ``factors`` [{``id``, ``name``, ``items``, ``score`` "sum" | "mean", ``bands``}]: an item in one factor at most;
  ``factors_cover_total`` true demands every counted item in one; ``factor_bands`` are the bands of every factor
  without its own.
- Bands (``bands``; a factor's ``bands``): score ranges {``measure`` "total" | "total_mean" | "standard",
  ``ranges`` [{``name``, ``min``, ``max``}]} — contiguous (whole numbers, or cents for a mean), non-overlapping,
  from the lowest to the highest possible value (the first ``min`` and last ``max`` may be left out) — or
  ``classes`` [{``name``, ``any`` [rules]}]: the first class whose rules are met; the last class has no rules.
- ``positive`` {``any`` [rules]}: positive when any rule is met. A rule: {``measure``, ``op`` (>=, >, <=, <, ==),
  ``value``} with measure ``total``, ``total_mean``, ``standard``, ``positive_items`` (needs ``item_stats``
  {``positive_from``}: SCL-90's items scored ≥ 2), ``lie``, ``factor`` (+ ``factor`` id), ``any_factor``
  (+ optional ``factors``), ``item`` (+ ``item``), ``any_item`` (+ ``items``); or {``measure`` "band", ``in``
  [band names]}.
- ``key_items`` [{``items``, ``min``}]: an item answered at ``min`` or more is a key-item hit, whatever the total.
- ``validity`` {``name``, ``items``, ``invalid_from``}: the lie score; from ``invalid_from`` on the sheet is
  invalid. Its items must be excluded from the total.
- ``settings`` {name: {``value``, ``label``}}: SCALES.md's "settings" (a default plus a choice). A rule writes
  ``"$name"`` where the value goes (a number, a comparison, a list of items); :func:`with_settings` makes the new
  version with other values.
"""
from counselor_app.domain.scales.catalog import builtin, builtin_definitions, find_definition
from counselor_app.domain.scales.definition import load_definition, with_settings
from counselor_app.domain.scales.model import (
    FactorScore, Finding, Label, Outcome, ScaleDefinition, ScaleResult,
)
from counselor_app.domain.scales.scoring import MissingAnswers, answer_value, score, score_totals

__all__ = ["FactorScore", "Finding", "Label", "MissingAnswers", "Outcome", "ScaleDefinition", "ScaleResult",
           "answer_value", "builtin", "builtin_definitions", "find_definition", "load_definition", "score",
           "score_totals", "with_settings"]
