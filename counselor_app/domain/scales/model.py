"""The parts of a scale definition and of a scored result, as plain frozen dataclasses.

Built by :mod:`.definition` (from a JSON file) and :mod:`.scoring`; nothing here reads files or knows Qt.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from enum import Enum
from functools import lru_cache
from typing import Callable, Mapping

from counselor_app.domain.errors import QT_TRANSLATE_NOOP, Text, fill

Number = int | Decimal
CENT = Decimal("0.01")


def round2(value: Decimal) -> Decimal:
    """Two decimals, half up, as scorers write factor scores (1.915 → 1.92)."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


@lru_cache(maxsize=65536)
def mean(total: int, count: int) -> Decimal:
    """total / count to two decimals, half up (remembered: a campaign's sheets share a few thousand pairs)."""
    return round2(Decimal(total) / Decimal(count))


@dataclass(frozen=True, slots=True)
class Label:
    """A name written in the definition in Chinese and English (data, so not translated through Qt)."""
    zh: str
    en: str

    def get(self, lang: str = "zh_CN") -> str:
        return self.en if lang.lower().startswith("en") else self.zh

    def __str__(self) -> str:
        return self.zh


def identity(text: str) -> str:
    return text


@dataclass(frozen=True, slots=True)
class Finding:
    """A sentence of a result (why it is positive, why unknown, a note) or a refusal of an answer cell.

    ``source`` is an English :class:`Text` in the "Scales" context; ``params`` fill its placeholders and may hold
    :class:`Text` (translated), :class:`Label` (picked by language) and plain values.
    """
    source: Text
    params: tuple[tuple[str, object], ...] = ()

    @classmethod
    def of(cls, source: Text, **params: object) -> "Finding":
        return cls(source, tuple(params.items()))

    def render(self, translate: Callable[[str], str] = identity, lang: str = "en") -> str:
        """The sentence in the language of ``translate`` (Qt's, for a Text in its context) and ``lang``."""
        values = {k: (v.get(lang) if isinstance(v, Label) else v) for k, v in self.params}
        return fill(self.source, values, translate)

    def english(self) -> str:
        return self.render(identity, "en")

    def __str__(self) -> str:
        return self.english()


@dataclass(frozen=True, slots=True)
class Item:
    number: int
    text: str


@dataclass(frozen=True, slots=True)
class Option:
    score: int
    label: Label
    synonyms: tuple[str, ...] = ()


class Scoring(str, Enum):
    SUM = "sum"     # a count or sum: an integer
    MEAN = "mean"   # sum / number of items, two decimals


@dataclass(frozen=True, slots=True)
class Range:
    """A band of a measure: ``low`` ≤ value ≤ ``high`` (both on the measure's grid: integers, or cents)."""
    name: Label
    low: Number
    high: Number

    def holds(self, value: Number) -> bool:
        return self.low <= value <= self.high


@dataclass(frozen=True, slots=True)
class Factor:
    id: str
    name: Label
    items: tuple[int, ...]
    scoring: Scoring
    bands: tuple[Range, ...] = ()
    low: Number = 0       # the smallest and largest score the factor can have
    high: Number = 0

    def band_of(self, value: Number) -> Label | None:
        return next((b.name for b in self.bands if b.holds(value)), None)


@dataclass(frozen=True, slots=True)
class Condition:
    """One comparison of a rule. ``measure`` is one of MEASURES; the other fields as that measure needs them."""
    measure: str
    op: str = ">="
    value: Number = 0
    factor: str = ""                       # measure "factor"
    factors: tuple[str, ...] = ()          # measure "any_factor" (empty: every factor)
    items: tuple[int, ...] = ()            # measures "item" (one) and "any_item"
    bands: tuple[str, ...] = ()            # measure "band": the Chinese names of the bands


MEASURES = ("total", "total_mean", "standard", "positive_items", "lie", "factor", "any_factor", "item", "any_item",
            "band")
OPS: Mapping[str, Callable[[Number, Number], bool]] = {
    ">=": lambda a, b: a >= b, ">": lambda a, b: a > b, "<=": lambda a, b: a <= b, "<": lambda a, b: a < b,
    "==": lambda a, b: a == b,
}
OP_SIGNS = {">=": "≥", ">": ">", "<=": "≤", "<": "<", "==": "="}


@dataclass(frozen=True, slots=True)
class BandClass:
    """A band decided by rules (UPI's 第一类 …): the first class whose rules are met; the last has none."""
    name: Label
    any: tuple[Condition, ...]


@dataclass(frozen=True, slots=True)
class Bands:
    measure: str = ""                      # "total", "total_mean" or "standard" for ranges; "" for classes
    ranges: tuple[Range, ...] = ()
    classes: tuple[BandClass, ...] = ()

    def names(self) -> tuple[Label, ...]:
        return tuple(b.name for b in (self.ranges or self.classes))


@dataclass(frozen=True, slots=True)
class KeyRule:
    items: tuple[int, ...]
    min: int


@dataclass(frozen=True, slots=True)
class Validity:
    name: Label
    items: tuple[int, ...]
    invalid_from: int


@dataclass(frozen=True, slots=True)
class Applicability:
    """Who the scale is meant for, as SCALES.md states it. None: not stated."""
    grade_levels: tuple[int, int] | None = None    # K-12 levels (1..12), inclusive
    university: bool | None = None
    min_age: int | None = None
    note: Label | None = None

    def suits(self, grade_level: int = 0, university: bool = False, age: int | None = None) -> bool | None:
        """Whether a student of that K-12 level (0: none) or university fits; None when nothing is stated."""
        if self.grade_levels is None and self.university is None and self.min_age is None:
            return None
        if age is not None and self.min_age is not None and age < self.min_age:
            return False
        if university:
            return bool(self.university)
        if self.grade_levels is None:
            return self.university is None and self.min_age is None
        return self.grade_levels[0] <= grade_level <= self.grade_levels[1]


@dataclass(frozen=True, slots=True)
class Setting:
    """A choice the scale leaves to the office (SCALES.md "setting"): the value the definition uses."""
    key: str
    value: object
    label: Label


@dataclass(frozen=True, eq=False)
class ScaleDefinition:
    """A validated scale definition. Build it with :func:`.definition.load_definition`, never by hand."""
    code: str
    name: Label
    version: int
    item_count: int
    items: tuple[Item, ...]
    options: tuple[Option, ...]
    reverse: frozenset[int]
    auxiliary: frozenset[int]
    total_items: tuple[int, ...]           # the items the total sums (all but excluded and auxiliary ones)
    standard_multiplier: Decimal | None    # total × this, truncated: a standard score (SAS/SDS)
    factors: tuple[Factor, ...]
    bands: Bands | None
    positive: tuple[Condition, ...]
    key_items: tuple[KeyRule, ...]
    validity: Validity | None
    positive_item_from: int | None         # SCL-90: an item at this score or more counts as a positive item
    settings: tuple[Setting, ...]
    applies_to: Applicability
    period: Label | None
    notes: tuple[Label, ...]
    item_texts_note: Label | None
    fingerprint: str                       # sha256 of the canonical text: the same code and version, the same rules
    text: str = field(repr=False)          # the canonical JSON text: store it, load_definition(text) gives it back
    raw: Mapping = field(repr=False, default_factory=dict)

    # --- lookups ---------------------------------------------------------------------------------------------
    @property
    def key(self) -> tuple[str, int]:
        return self.code, self.version

    @property
    def min_score(self) -> int:
        return self.options[0].score

    @property
    def max_score(self) -> int:
        return self.options[-1].score

    @property
    def total_range(self) -> tuple[int, int]:
        n = len(self.total_items)
        return n * self.min_score, n * self.max_score

    def item(self, number: int) -> Item | None:
        return self.items[number - 1] if 1 <= number <= self.item_count else None

    def option(self, score: int) -> Option | None:
        return next((o for o in self.options if o.score == score), None)

    def factor(self, key: str) -> Factor | None:
        """A factor by its id, or its Chinese or English name (spaces and case ignored)."""
        wanted = "".join(str(key).split()).lower()
        for f in self.factors:
            if wanted in (f.id.lower(), "".join(f.name.zh.split()).lower(), "".join(f.name.en.split()).lower()):
                return f
        return None

    def setting(self, key: str) -> object:
        return next(s.value for s in self.settings if s.key == key)

    @property
    def key_item_numbers(self) -> tuple[int, ...]:
        return tuple(sorted({n for rule in self.key_items for n in rule.items}))

    @property
    def required_items(self) -> tuple[int, ...]:
        """The items a sheet must answer to be scored: every item that counts somewhere (not auxiliary ones)."""
        return self._required

    def __post_init__(self) -> None:
        used = set(self.total_items)
        for f in self.factors:
            used.update(f.items)
        for rule in self.key_items:
            used.update(rule.items)
        if self.validity:
            used.update(self.validity.items)
        conditions = list(self.positive)
        if self.bands:
            conditions += [c for cls in self.bands.classes for c in cls.any]
        for c in conditions:
            if c.measure in ("item", "any_item"):
                used.update(c.items)
        object.__setattr__(self, "_required", tuple(sorted(used - self.auxiliary)))


class Outcome(str, Enum):
    POSITIVE = "positive"
    NEGATIVE = "negative"
    INVALID = "invalid"     # MHT's lie scale: neither positive nor negative, a retest is recommended
    UNKNOWN = "unknown"     # only totals were given and the rules need more

    @property
    def label(self) -> Text:
        return OUTCOME_LABELS[self]


OUTCOME_LABELS = {
    Outcome.POSITIVE: QT_TRANSLATE_NOOP("Scales", "Positive"),
    Outcome.NEGATIVE: QT_TRANSLATE_NOOP("Scales", "Negative"),
    Outcome.INVALID: QT_TRANSLATE_NOOP("Scales", "Invalid"),
    Outcome.UNKNOWN: QT_TRANSLATE_NOOP("Scales", "Undetermined"),
}


@dataclass(frozen=True, slots=True)
class FactorScore:
    id: str
    name: Label
    value: Number            # an int for a sum, a Decimal with two decimals for a mean
    band: Label | None

    @property
    def display(self) -> str:
        return str(self.value)


@dataclass(frozen=True)
class ScaleResult:
    """What scoring one sheet (or one score-only row) gives. Store ``code`` and ``version`` with it."""
    code: str
    version: int
    fingerprint: str
    outcome: Outcome
    total: int | None
    total_mean: Decimal | None
    factors: tuple[FactorScore, ...]
    band: Label | None
    reasons: tuple[Finding, ...]           # why positive / invalid / undetermined (empty for a plain negative)
    key_item_hits: tuple[int, ...]
    key_items_known: bool                  # False for score-only input: nobody knows the key items then
    valid: bool | None                     # None: the scale has a validity scale but its score was not given
    lie: int | None                        # the validity (lie) scale's score, when the scale has one
    standard: int | None = None
    positive_items: int | None = None      # SCL-90 阳性项目数
    negative_items: int | None = None      # SCL-90 阴性项目数
    positive_symptom_mean: Decimal | None = None   # SCL-90 阳性症状均分 (None when no positive item)
    notes: tuple[Finding, ...] = ()        # shown with every result of this kind (raw scores, key-item notice …)
    score_only: bool = False

    @property
    def positive(self) -> bool | None:
        """True or False; None when the sheet is invalid or the input did not allow a verdict."""
        return {Outcome.POSITIVE: True, Outcome.NEGATIVE: False}.get(self.outcome)

    @property
    def key_item_hit(self) -> bool:
        return bool(self.key_item_hits)

    @property
    def candidate(self) -> bool:
        """A screening the office must look at: positive, or a key item hit (whatever the total)."""
        return self.outcome is Outcome.POSITIVE or self.key_item_hit

    def factor(self, key: str) -> FactorScore | None:
        return next((f for f in self.factors if key in (f.id, f.name.zh, f.name.en)), None)
