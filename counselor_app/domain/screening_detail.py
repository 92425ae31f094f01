"""A scored result as the sealed ``detail`` column keeps it (JSON), and back: factor scores with their bands, the
reasons of the verdict, the notes (raw scores, the key-item notice), validity, SCL-90's item counts.

The sentences stay translatable: a :class:`~counselor_app.domain.scales.Finding` is kept as its English source,
context and parameters (a Text parameter with its context, a Label with both languages), so a result imported in
Chinese reads in English for an English user and the other way round. Pure functions, no I/O.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Callable

from counselor_app.domain.errors import Text
from counselor_app.domain.scales import Finding, Label, ScaleResult


def _value(value: object) -> object:
    if isinstance(value, Text):
        return {"text": str(value), "context": value.context}
    if isinstance(value, Label):
        return {"zh": value.zh, "en": value.en}
    if isinstance(value, Decimal):
        return {"decimal": str(value)}
    if isinstance(value, Finding):
        return {"finding": _finding(value)}
    if isinstance(value, (int, float, str)) or value is None:
        return value
    return str(value)


def _back(value: object) -> object:
    if isinstance(value, dict):
        if "text" in value:
            return Text(value["text"], value.get("context", "Scales"))
        if "zh" in value:
            return Label(value["zh"], value.get("en", value["zh"]))
        if "decimal" in value:
            return Decimal(value["decimal"])
        if "finding" in value:
            return _finding_back(value["finding"])
    return value


def _finding(f: Finding) -> dict:
    """The JSON form of a finding; remembered, since a campaign's thousands of sheets repeat a few hundred (the key
    tells a Text's context apart: two texts alike in other contexts are not the same finding)."""
    try:
        key = (f.source, getattr(f.source, "context", None),
               tuple((k, type(v), getattr(v, "context", None), v) for k, v in f.params))
        found = _FINDINGS.get(key)
    except TypeError:                # a parameter that cannot be a key
        key = found = None
    if found is None:
        found = {"source": str(f.source), "context": getattr(f.source, "context", "Scales"),
                 "params": [[k, _value(v)] for k, v in f.params]}
        if key is not None and len(_FINDINGS) < 10_000:
            _FINDINGS[key] = found
    return found


_FINDINGS: dict[tuple, dict] = {}


def _finding_back(data: dict) -> Finding:
    return Finding(Text(data["source"], data.get("context", "Scales")),
                   tuple((k, _back(v)) for k, v in data.get("params", ())))


def _label(label: Label | None) -> dict | None:
    return None if label is None else {"zh": label.zh, "en": label.en}


def _label_back(data: dict | None) -> Label | None:
    return None if data is None else Label(data["zh"], data.get("en", data["zh"]))


def _dec(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def detail_json(result: ScaleResult) -> str:
    """The sealed detail of a result: everything but the plain columns' own copies needs it. The text is
    :func:`detail_data` as ``json.dumps`` writes it (no ASCII escapes, no spaces), put together from pieces
    remembered by the objects they come from: an import's thousands of results share their factor scores and
    sentences (domain/scales/batch.py), and json.dumps of the whole was most of the import's time."""
    head = (result.code, result.version, result.fingerprint, result.outcome)
    opening = _OPENINGS.get(head)
    if opening is None:
        opening = _OPENINGS[head] = "".join((
            '{"code":', _dump(result.code), ',"version":', _plain(result.version), ',"fingerprint":',
            _dump(result.fingerprint), ',"outcome":', _dump(result.outcome.value)))
    hits = result.key_item_hits
    return "".join((
        opening, ',"total":', _plain(result.total),
        ',"total_mean":', _plain(_dec(result.total_mean)), ',"band":', _label_text(result.band),
        ',"factors":[', ",".join(map(_factor_text, result.factors)),
        '],"reasons":[', ",".join(map(_finding_text, result.reasons)),
        '],"notes":[', ",".join(map(_finding_text, result.notes)),
        '],"key_item_hits":', "[" + ",".join(map(str, hits)) + "]" if _INT.issuperset(map(type, hits)) else
        _dump(list(hits)), ',"key_items_known":', _plain(result.key_items_known),
        ',"valid":', _plain(result.valid), ',"lie":', _plain(result.lie), ',"standard":', _plain(result.standard),
        ',"positive_items":', _plain(result.positive_items), ',"negative_items":', _plain(result.negative_items),
        ',"positive_symptom_mean":', _plain(_dec(result.positive_symptom_mean)), ',"score_only":',
        _plain(result.score_only), "}"))


_OPENINGS: dict[tuple, str] = {}     # (code, version, fingerprint, outcome) → the text up to the outcome
_dump = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _plain(value: object) -> str:
    """A scalar as json.dumps writes it (None, bools, ints and a Decimal's text quickly; anything else through the
    encoder)."""
    if value is None:
        return "null"
    kind = type(value)
    if kind is int:
        return str(value)
    if kind is bool:
        return "true" if value else "false"
    if kind is str and _DECIMAL_TEXT.fullmatch(value):    # nothing to escape
        return '"' + value + '"'
    return _dump(value)


_DECIMAL_TEXT = re.compile(r"-?[0-9.E+]{1,40}")


_PIECES: dict[int, tuple[object, str]] = {}     # id of a factor score, finding or label → (it, its JSON)


def _piece(obj: object, make) -> str:
    """The JSON of ``obj`` made by ``make``, remembered by the object itself (kept alive with its text, so its id
    is never another's)."""
    found = _PIECES.get(id(obj))
    if found is not None and found[0] is obj:
        return found[1]
    text = make(obj)
    if len(_PIECES) >= 20_000:
        _PIECES.clear()
    _PIECES[id(obj)] = (obj, text)
    return text


def _factor_text(f) -> str:
    return _piece(f, lambda f: _dump({"id": f.id, "name": _label(f.name), "value": _value(f.value),
                                      "band": _label(f.band)}))


def _finding_text(f: Finding) -> str:
    return _piece(f, lambda f: _dump(_finding(f)))


def _label_text(label: Label | None) -> str:
    return "null" if label is None else _piece(label, lambda b: _dump(_label(b)))


def detail_data(result: ScaleResult) -> dict:
    """The sealed detail as a dict (what :func:`detail_json` writes)."""
    return {
        "code": result.code, "version": result.version, "fingerprint": result.fingerprint,
        "outcome": result.outcome.value, "total": result.total, "total_mean": _dec(result.total_mean),
        "band": _label(result.band),
        "factors": [{"id": f.id, "name": _label(f.name), "value": _value(f.value), "band": _label(f.band)}
                    for f in result.factors],
        "reasons": [_finding(f) for f in result.reasons], "notes": [_finding(f) for f in result.notes],
        "key_item_hits": list(result.key_item_hits), "key_items_known": result.key_items_known,
        "valid": result.valid, "lie": result.lie, "standard": result.standard,
        "positive_items": result.positive_items, "negative_items": result.negative_items,
        "positive_symptom_mean": _dec(result.positive_symptom_mean), "score_only": result.score_only,
    }


@dataclass(frozen=True)
class FactorLine:
    id: str
    name: Label
    value: int | Decimal
    band: Label | None

    @property
    def shown(self) -> str:
        """As the export writes it: a mean with two decimals, a sum (MHT's content scales) as a count."""
        return f"{self.value:.2f}" if isinstance(self.value, Decimal) else str(self.value)


@dataclass(frozen=True)
class Detail:
    code: str
    version: int
    outcome: str
    total: int | None
    total_mean: Decimal | None
    band: Label | None
    factors: tuple[FactorLine, ...]
    reasons: tuple[Finding, ...]
    notes: tuple[Finding, ...]
    key_item_hits: tuple[int, ...]
    key_items_known: bool
    valid: bool | None
    lie: int | None
    standard: int | None
    positive_items: int | None
    negative_items: int | None
    positive_symptom_mean: Decimal | None
    score_only: bool

    def sentences(self, translate: Callable[[str], str], lang: str) -> list[str]:
        """The reasons and notes in the reader's language."""
        return [f.render(translate, lang) for f in (*self.reasons, *self.notes)]


def detail_from_json(text: str) -> Detail:
    d = json.loads(text)
    dec = (lambda v: None if v is None else Decimal(v))
    return Detail(
        d["code"], int(d["version"]), d["outcome"], d.get("total"), dec(d.get("total_mean")),
        _label_back(d.get("band")),
        tuple(FactorLine(f["id"], _label_back(f["name"]), _back(f["value"]), _label_back(f.get("band")))
              for f in d.get("factors", ())),
        tuple(_finding_back(f) for f in d.get("reasons", ())), tuple(_finding_back(f) for f in d.get("notes", ())),
        tuple(d.get("key_item_hits", ())), bool(d.get("key_items_known", True)), d.get("valid"), d.get("lie"),
        d.get("standard"), d.get("positive_items"), d.get("negative_items"), dec(d.get("positive_symptom_mean")),
        bool(d.get("score_only")))


def answers_json(answers: dict[int, int] | None) -> str | None:
    """The answers as a JSON list, item 1 first; null for an item not answered (an auxiliary question)."""
    if answers is None:
        return None
    if not answers:
        return "[]"
    values = list(map(answers.get, range(1, max(answers) + 1)))
    if None not in values and _INT.issuperset(map(type, values)):    # the usual sheet: every item answered
        return "[" + ",".join(map(str, values)) + "]"
    return "[" + ",".join("null" if v is None else str(int(v)) for v in values) + "]"


_INT = frozenset({int})


def answers_from_json(text: str | None) -> dict[int, int] | None:
    if text is None:
        return None
    data = json.loads(text)
    if isinstance(data, dict):
        return {int(k): int(v) for k, v in data.items()}
    return {n: int(v) for n, v in enumerate(data, 1) if v is not None}
