"""Reading and checking a scale definition (JSON): :func:`load_definition`, :func:`with_settings`.

The file format is described in the package docstring (``counselor_app/domain/scales/__init__.py``). Every
problem ends in a :class:`~counselor_app.domain.errors.ValidationError` whose message names the problem in the
file ("Scale definition: item 12 is in no factor …"), never a traceback; the first problem found is reported.
"""
from __future__ import annotations

import copy
import hashlib
import json
import re
from decimal import Decimal
from typing import Mapping

from counselor_app.domain.scales import messages as m
from counselor_app.domain.scales.answers import word_key
from counselor_app.domain.scales.fields import (
    MAX_NAME, MAX_TEXT, SCALE, Where, fail, field_bool, field_int, field_items, field_label, field_list,
    field_number, field_object, field_text, parse_json,
)
from counselor_app.domain.scales.model import (
    CENT, MEASURES, OPS, Applicability, BandClass, Bands, Condition, Factor, Item, KeyRule, Number, Option,
    Range, ScaleDefinition, Scoring, Setting, Validity,
)
from counselor_app.domain.scales.rules import measure_domain

FORMAT = 1
MAX_ITEMS = 400
MAX_OPTIONS = 11
MAX_FACTORS = 40
MAX_BANDS = 20
MAX_RULES = 60
SCORE_LIMITS = (-10, 100)
_CODE = re.compile(r"^[^\W_][\w\-]{0,19}$")
_SETTING_KEY = re.compile(r"^[a-z][a-z0-9_]{0,29}$")
_RULE_SECTIONS = ("total", "factors", "factor_bands", "bands", "positive", "key_items", "validity", "item_stats")

TOP = {"format", "code", "name", "version", "period", "item_count", "item_texts_note", "items", "options",
       "reverse", "auxiliary", "total", "factors", "factor_bands", "factors_cover_total", "bands", "positive",
       "key_items", "validity", "item_stats", "settings", "applies_to", "notes"}
TOP_REQUIRED = ("format", "code", "name", "version", "item_count", "items", "options", "positive")


# --- entry points ---------------------------------------------------------------------------------------------

def load_definition(source: str | bytes) -> ScaleDefinition:
    """Parse and validate a scale definition (the text of a .json file, or its bytes)."""
    raw = parse_json(source)
    return _build(raw)


def with_settings(definition: ScaleDefinition, values: Mapping[str, object],
                  version: int | None = None) -> ScaleDefinition:
    """The same scale with other values of its settings, as a new version (the next one unless ``version`` is
    given): results scored by the old version keep it; nothing is rescored here."""
    raw = copy.deepcopy(dict(definition.raw))
    settings = raw.get("settings", {})
    for key, value in values.items():
        if key not in settings:
            fail(m.DEF_UNKNOWN_SETTING, setting=key)
        settings[key]["value"] = Decimal(str(value)) if isinstance(value, float) else value
    raw["version"] = definition.version + 1 if version is None else version
    return _build(raw)


def canonical_text(raw: Mapping) -> str:
    return json.dumps(raw, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=_json_number)


def _json_number(value):
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    raise TypeError(type(value).__name__)


# --- settings -------------------------------------------------------------------------------------------------

def _settings(raw: dict) -> tuple[Setting, ...]:
    value = raw.get("settings", {})
    if not isinstance(value, dict):
        SCALE.fail(m.DEF_WRONG_TYPE, key="settings", kind=m.KIND_OBJECT)
    settings = []
    for key, spec in value.items():
        where = Where(m.W_SETTING, setting=key)
        if not _SETTING_KEY.match(key):
            where.fail(m.DEF_SETTING_NAME)
        spec = field_object(spec, where, ("value", "label"), ("value", "label"))
        v = spec["value"]
        ok = (isinstance(v, (int, Decimal)) and not isinstance(v, bool)) or (isinstance(v, str) and v in OPS) or (
            isinstance(v, list) and v and all(isinstance(n, int) and not isinstance(n, bool) for n in v))
        if not ok:
            where.fail(m.DEF_SETTING_VALUE)
        settings.append(Setting(key, tuple(v) if isinstance(v, list) else v, field_label(spec, "label", where)))
    return tuple(settings)


def _resolve(raw: dict, settings: tuple[Setting, ...]) -> dict:
    """A copy of ``raw`` whose rule sections have every "$name" replaced by that setting's value."""
    values = {s.key: (list(s.value) if isinstance(s.value, tuple) else s.value) for s in settings}
    used = set()

    def walk(node):
        if isinstance(node, dict):
            return {k: walk(v) for k, v in node.items()}
        if isinstance(node, list):
            return [walk(v) for v in node]
        if isinstance(node, str) and node.startswith("$"):
            if node[1:] not in values:
                fail(m.DEF_UNKNOWN_SETTING, setting=node[1:])
            used.add(node[1:])
            return copy.deepcopy(values[node[1:]])
        return node

    resolved = dict(raw)
    for section in _RULE_SECTIONS:
        if section in raw:
            resolved[section] = walk(raw[section])
    for key in values:
        if key not in used:
            fail(m.DEF_UNUSED_SETTING, setting=key)
    return resolved


# --- the definition -------------------------------------------------------------------------------------------

def _build(raw: dict) -> ScaleDefinition:
    field_object(raw, SCALE, TOP, TOP_REQUIRED)
    fmt = raw["format"]
    if fmt != FORMAT:
        fail(m.DEF_FORMAT, found=str(fmt)[:10], known=FORMAT)
    code = raw["code"]
    if not isinstance(code, str) or not _CODE.match(code):
        fail(m.DEF_BAD_CODE, code=str(code)[:30])
    version = raw["version"]
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        fail(m.DEF_VERSION)
    settings = _settings(raw)
    r = _resolve(raw, settings)
    name = field_label(r, "name", SCALE)
    count = field_int(r, "item_count", SCALE, low=1, high=MAX_ITEMS)
    items = _item_list(r, count)
    options = _options(r)
    reverse = frozenset(field_items(r, "reverse", SCALE, count))
    auxiliary = frozenset(field_items(r, "auxiliary", SCALE, count))
    total = field_object(r.get("total", {}), Where(m.W_TOTAL), ("exclude", "standard_multiplier"))
    exclude = set(field_items(total, "exclude", Where(m.W_TOTAL), count))
    total_items = tuple(n for n in range(1, count + 1) if n not in exclude and n not in auxiliary)
    if not total_items:
        Where(m.W_TOTAL).fail(m.DEF_NOTHING_SCORED)
    standard = None
    if "standard_multiplier" in total:
        standard = Decimal(field_number(total, "standard_multiplier", Where(m.W_TOTAL)))
        if standard <= 0:
            fail(m.DEF_MULTIPLIER)
    low, high = options[0].score, options[-1].score
    factors = _factors(r, count, total_items, low, high)
    validity = _validity(r, count, total_items, high)
    positive_from = None
    if "item_stats" in r:
        stats = field_object(r["item_stats"], Where(m.W_ITEM_STATS), ("positive_from",), ("positive_from",))
        positive_from = field_int(stats, "positive_from", Where(m.W_ITEM_STATS), low=low + 1, high=high)
    parts = _Parts(count, low, high, total_items, standard, factors, validity, positive_from)
    bands = _bands(r, parts)
    parts.bands = bands
    positive_spec = field_object(r["positive"], Where(m.W_POSITIVE), ("any",), ("any",))
    positive_rules = field_list(positive_spec, "any", Where(m.W_POSITIVE), MAX_RULES)
    if not positive_rules:
        fail(m.DEF_NO_POSITIVE_RULE)
    positive = tuple(_condition(c, Where(m.W_POSITIVE), parts) for c in positive_rules)
    key_items = tuple(_key_rule(k, count, low, high) for k in field_list(r, "key_items", SCALE, MAX_RULES))
    text = canonical_text(raw)
    return ScaleDefinition(
        code=code, name=name, version=version, item_count=count, items=items, options=options, reverse=reverse,
        auxiliary=auxiliary, total_items=total_items, standard_multiplier=standard, factors=factors, bands=bands,
        positive=positive, key_items=key_items, validity=validity, positive_item_from=positive_from,
        settings=settings, applies_to=_applies_to(r), period=field_label(r, "period", SCALE) if "period" in r else None,
        notes=tuple(field_label({"note": n}, "note", Where(m.W_NOTES), MAX_TEXT)
                    for n in field_list(r, "notes", SCALE, 10)),
        item_texts_note=field_label(r, "item_texts_note", SCALE, MAX_TEXT) if "item_texts_note" in r else None,
        fingerprint=hashlib.sha256(text.encode("utf-8")).hexdigest(), text=text, raw=raw)


def _item_list(r: dict, count: int) -> tuple[Item, ...]:
    raw_items = field_list(r, "items", SCALE, MAX_ITEMS, required=True)
    if len(raw_items) != count:
        fail(m.DEF_ITEM_COUNT, count=count, found=len(raw_items))
    items = []
    for position, spec in enumerate(raw_items, 1):
        where = Where(m.W_ITEM, item=position)
        spec = field_object(spec, where, ("number", "text"), ("number", "text"))
        number = field_int(spec, "number", where)
        if number != position:
            fail(m.DEF_ITEM_NUMBER, count=count, number=number, position=position)
        items.append(Item(number, field_text(spec, "text", where)))
    return tuple(items)


def _options(r: dict) -> tuple[Option, ...]:
    options = []
    words: dict[str, int] = {}
    for position, spec in enumerate(field_list(r, "options", SCALE, MAX_OPTIONS, required=True), 1):
        where = Where(m.W_OPTION, option=position)
        spec = field_object(spec, where, ("score", "label", "synonyms"), ("score", "label"))
        score = field_int(spec, "score", where, low=SCORE_LIMITS[0], high=SCORE_LIMITS[1])
        label = field_label(spec, "label", where)
        synonyms = field_list(spec, "synonyms", where, 10)
        if not all(isinstance(s, str) and s.strip() and len(s) <= MAX_NAME for s in synonyms):
            where.fail(m.DEF_WRONG_TYPE, key="synonyms", kind=m.KIND_TEXTS)
        for word in (label.zh, label.en, *synonyms):
            key = word_key(word)
            if key.lstrip("-").isdigit():
                where.fail(m.DEF_OPTION_WORD_NUMBER, word=word)
            if words.get(key, score) != score:
                fail(m.DEF_OPTION_WORD_TWICE, word=word)
            words[key] = score
        options.append(Option(score, label, tuple(s.strip() for s in synonyms)))
    options.sort(key=lambda o: o.score)
    scores = [o.score for o in options]
    if len(scores) < 2 or scores != list(range(scores[0], scores[0] + len(scores))):
        fail(m.DEF_OPTIONS_RANGE, scores=", ".join(map(str, scores)))
    return tuple(options)


def _factors(r: dict, count: int, total_items, low: int, high: int) -> tuple[Factor, ...]:
    shared = None
    if "factor_bands" in r:
        shared = field_list(r, "factor_bands", SCALE, MAX_BANDS, required=True)
    factors, owner, ids = [], {}, set()
    for position, spec in enumerate(field_list(r, "factors", SCALE, MAX_FACTORS), 1):
        where = Where(m.W_FACTOR, factor=str(spec.get("id", position)) if isinstance(spec, dict) else position)
        spec = field_object(spec, where, ("id", "name", "items", "score", "bands"), ("id", "name", "items", "score"))
        fid = field_text(spec, "id", where, 30)
        if fid in ids:
            fail(m.DEF_FACTOR_ID_TWICE, named=fid)
        ids.add(fid)
        name = field_label(spec, "name", where)
        where = Where(m.W_FACTOR, factor=name.zh)
        items = field_items(spec, "items", where, count, allow_empty=False)
        for n in items:
            if n not in total_items:
                where.fail(m.DEF_FACTOR_NOT_SCORED, number=n)
            if n in owner:
                fail(m.DEF_ITEM_IN_TWO_FACTORS, number=n, first=owner[n], second=name.zh)
            owner[n] = name.zh
        if spec["score"] not in ("sum", "mean"):
            where.fail(m.DEF_FACTOR_SCORE)
        scoring = Scoring(spec["score"])
        span = (len(items) * low, len(items) * high) if scoring is Scoring.SUM else (
            Decimal(low).quantize(CENT), Decimal(high).quantize(CENT))
        band_specs = field_list(spec, "bands", where, MAX_BANDS, required=True) if "bands" in spec else shared
        bands = _ranges(band_specs, where, lambda band, f=name.zh: Where(m.W_FACTOR_BAND, band=band, factor=f),
                        span, scoring is Scoring.MEAN) if band_specs else ()
        factors.append(Factor(fid, name, items, scoring, bands, span[0], span[1]))
    if field_bool(r, "factors_cover_total", SCALE):
        for n in total_items:
            if n not in owner:
                fail(m.DEF_ITEM_IN_NO_FACTOR, number=n)
    if shared is not None and not factors:
        SCALE.fail(m.DEF_WRONG_TYPE, key="factors", kind=m.KIND_LIST)
    return tuple(factors)


def _ranges(specs: list, where: Where, band_where, span: tuple[Number, Number], cents: bool) -> tuple[Range, ...]:
    """Score ranges of one measure: contiguous on its grid (whole numbers, or cents for a mean), non-overlapping,
    from its lowest to its highest possible value. The first band's min and the last band's max may be left out."""
    step = CENT if cents else 1
    ranges, names = [], set()
    for position, spec in enumerate(specs, 1):
        inner = band_where(position)
        spec = field_object(spec, inner, ("name", "min", "max"), ("name",))
        name = field_label(spec, "name", inner)
        inner = band_where(name.zh)
        if name.zh in names:
            where.fail(m.DEF_BAND_NAME_TWICE, named=name.zh)
        names.add(name.zh)
        lo = _limit(spec, "min", inner, cents) if "min" in spec else (span[0] if position == 1 else None)
        hi = _limit(spec, "max", inner, cents) if "max" in spec else (span[1] if position == len(specs) else None)
        if lo is None or hi is None:
            inner.fail(m.DEF_MISSING_KEY, key="min" if lo is None else "max")
        if hi < lo:
            inner.fail(m.DEF_BAND_ORDER)
        if ranges and lo != ranges[-1].high + step:
            where.fail(m.DEF_BAND_GAP, first=ranges[-1].name.zh, second=name.zh, high=ranges[-1].high, low=lo)
        ranges.append(Range(name, lo, hi))
    if ranges[0].low != span[0]:
        where.fail(m.DEF_BAND_START, low=span[0], found=ranges[0].low)
    if ranges[-1].high != span[1]:
        where.fail(m.DEF_BAND_END, high=span[1], found=ranges[-1].high)
    return tuple(ranges)


def _limit(spec: dict, key: str, where: Where, cents: bool) -> Number:
    value = field_number(spec, key, where)
    if cents:
        value = Decimal(value)
        if value != value.quantize(CENT):
            where.fail(m.DEF_BAND_GRID, grid=m.GRID_CENTS)
        return value.quantize(CENT)
    if not isinstance(value, int):
        where.fail(m.DEF_BAND_GRID, grid=m.GRID_WHOLE)
    return value


class _Parts:
    """What a rule may refer to, collected while the definition is read."""

    def __init__(self, count, low, high, total_items, standard, factors, validity, positive_from):
        self.count, self.low, self.high, self.total_items = count, low, high, total_items
        self.standard, self.factors, self.validity, self.positive_from = standard, factors, validity, positive_from
        self.bands: Bands | None = None

    def measures(self, in_classes: bool) -> tuple[str, ...]:
        have = {"total": True, "total_mean": True, "standard": self.standard is not None,
                "positive_items": self.positive_from is not None, "lie": self.validity is not None,
                "factor": bool(self.factors), "any_factor": bool(self.factors), "item": True, "any_item": True,
                "band": self.bands is not None and not in_classes}
        return tuple(k for k in MEASURES if have[k])


def _bands(r: dict, parts: _Parts) -> Bands | None:
    if "bands" not in r:
        return None
    where = Where(m.W_BANDS)
    spec = field_object(r["bands"], where, ("measure", "ranges", "classes"))
    if ("ranges" in spec) == ("classes" in spec):
        where.fail(m.DEF_BANDS_KIND)
    if "classes" in spec:
        if "measure" in spec:
            where.fail(m.DEF_UNKNOWN_KEY, key="measure")
        classes = []
        specs = field_list(spec, "classes", where, MAX_BANDS, required=True)
        for position, cls in enumerate(specs, 1):
            inner = Where(m.W_CLASS, band=position)
            cls = field_object(cls, inner, ("name", "any"), ("name",))
            name = field_label(cls, "name", inner)
            inner = Where(m.W_CLASS, band=name.zh)
            if any(c.name.zh == name.zh for c in classes):
                where.fail(m.DEF_BAND_NAME_TWICE, named=name.zh)
            rules = tuple(_condition(c, inner, parts, in_classes=True) for c in field_list(cls, "any", inner, MAX_RULES))
            last = position == len(specs)
            if last and rules:
                fail(m.DEF_LAST_CLASS, named=name.zh)
            if not last and not rules:
                fail(m.DEF_CLASS_NO_RULES, named=name.zh)
            classes.append(BandClass(name, rules))
        if len(classes) < 2:
            where.fail(m.DEF_TOO_FEW_CLASSES)
        return Bands(classes=tuple(classes))
    measure = spec.get("measure")
    if measure not in ("total", "total_mean", "standard") or (measure == "standard" and parts.standard is None):
        where.fail(m.DEF_BANDS_MEASURE, measure=str(measure)[:30])
    span = measure_domain(measure, parts.low, parts.high, len(parts.total_items), parts.standard)
    return Bands(measure, _ranges(field_list(spec, "ranges", where, MAX_BANDS, required=True), where,
                                  lambda band: Where(m.W_BAND, band=band), span, measure == "total_mean"))


_CONDITION_KEYS = {"total": (), "total_mean": (), "standard": (), "positive_items": (), "lie": (),
                   "factor": ("factor",), "any_factor": ("factors",), "item": ("item",), "any_item": ("items",),
                   "band": ("in",)}


def _condition(spec, where: Where, parts: _Parts, in_classes: bool = False) -> Condition:
    if not isinstance(spec, dict):
        where.fail(m.DEF_WRONG_TYPE, key="any", kind=m.KIND_RULES)
    measure = spec.get("measure")
    known = parts.measures(in_classes)
    if measure not in known:
        where.fail(m.DEF_UNKNOWN_MEASURE, measure=str(measure)[:30], known=", ".join(known))
    extra = _CONDITION_KEYS[measure]
    if measure == "band":
        spec = field_object(spec, where, ("measure", "in"), ("measure", "in"))
        names = spec["in"]
        known_bands = [n.zh for n in parts.bands.names()]
        if not isinstance(names, list) or not names:
            where.fail(m.DEF_WRONG_TYPE, key="in", kind=m.KIND_TEXTS)
        for n in names:
            if n not in known_bands:
                where.fail(m.DEF_UNKNOWN_BAND, named=str(n)[:30])
        return Condition("band", bands=tuple(names))
    required = ("measure", "op", "value") + tuple(k for k in extra if k != "factors")
    spec = field_object(spec, where, ("measure", "op", "value") + extra, required)
    op = spec["op"]
    if op not in OPS:
        where.fail(m.DEF_UNKNOWN_OP, op=str(op)[:10])
    value = field_number(spec, "value", where)
    if measure == "factor" or measure == "any_factor":
        ids = [spec["factor"]] if measure == "factor" else spec.get("factors", [])
        if not isinstance(ids, list):
            where.fail(m.DEF_WRONG_TYPE, key="factors", kind=m.KIND_TEXTS)
        for fid in ids:
            if not any(f.id == fid for f in parts.factors):
                where.fail(m.DEF_UNKNOWN_FACTOR, named=str(fid)[:30])
        return Condition(measure, op, value, factor=ids[0] if measure == "factor" else "",
                         factors=tuple(ids) if measure == "any_factor" else ())
    if measure in ("item", "any_item"):
        if measure == "item":
            items = field_items({"item": [spec["item"]]}, "item", where, parts.count)
        else:
            items = field_items(spec, "items", where, parts.count, allow_empty=False)
        return Condition(measure, op, value, items=items)
    return Condition(measure, op, value)


def _key_rule(spec, count: int, low: int, high: int) -> KeyRule:
    where = Where(m.W_KEY_ITEMS)
    spec = field_object(spec, where, ("items", "min"), ("items", "min"))
    items = field_items(spec, "items", where, count, allow_empty=False)
    return KeyRule(items, field_int(spec, "min", where, low=low + 1, high=high))


def _validity(r: dict, count: int, total_items, high: int) -> Validity | None:
    if "validity" not in r:
        return None
    where = Where(m.W_VALIDITY)
    spec = field_object(r["validity"], where, ("name", "items", "invalid_from"), ("name", "items", "invalid_from"))
    items = field_items(spec, "items", where, count, allow_empty=False)
    for n in items:
        if n in total_items:
            where.fail(m.DEF_VALIDITY_IN_TOTAL, number=n)
    return Validity(field_label(spec, "name", where), items,
                    field_int(spec, "invalid_from", where, low=1, high=len(items) * high))


def _applies_to(r: dict) -> Applicability:
    if "applies_to" not in r:
        return Applicability()
    where = Where(m.W_APPLIES)
    spec = field_object(r["applies_to"], where, ("grade_levels", "university", "min_age", "note"))
    levels = None
    if "grade_levels" in spec:
        levels = spec["grade_levels"]
        if (not isinstance(levels, list) or len(levels) != 2
                or not all(isinstance(n, int) and not isinstance(n, bool) and 1 <= n <= 12 for n in levels)
                or levels[0] > levels[1]):
            where.fail(m.DEF_GRADE_LEVELS)
        levels = (levels[0], levels[1])
    return Applicability(
        grade_levels=levels,
        university=field_bool(spec, "university", where) if "university" in spec else None,
        min_age=field_int(spec, "min_age", where, low=1, high=99) if "min_age" in spec else None,
        note=field_label(spec, "note", where, MAX_TEXT) if "note" in spec else None)
