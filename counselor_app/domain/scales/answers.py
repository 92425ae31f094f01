"""One answer cell of a sheet → the option's score, as the import needs it.

A cell may hold the score ("2", 2, 2.0, "２"), the option's word ("好几天", "是", "偏重"; its English anchor
"Several days"; a synonym the definition lists, such as 否 for 不是), or both ("2 一半以上的天数", "2.一半以上的天数",
"好几天(1)", "B.好几天": the number must then agree with the word; a letter before the word is ignored).
Full-width characters, spaces and a trailing 分 are tolerated. The value returned is the raw option score;
:func:`.scoring.score` reverses reverse-scored items itself.
"""
from __future__ import annotations

import re
from decimal import Decimal

from counselor_app.domain.errors import QT_TRANSLATE_NOOP
from counselor_app.domain.roster_values import fold
from counselor_app.domain.scales.model import Finding, ScaleDefinition

ANSWER_MISSING = QT_TRANSLATE_NOOP("Scales", "no answer")
NOT_AN_OPTION = QT_TRANSLATE_NOOP("Scales", "not an answer of this scale (use {options})")
NUMBER_AND_WORD_DISAGREE = QT_TRANSLATE_NOOP(
    "Scales", "the number and the word do not agree (the scale's answers are {options})")
NO_SUCH_ITEM = QT_TRANSLATE_NOOP("Scales", "the scale has no item {item}")

_SPACES = re.compile(r"\s+")
_NUMBER = re.compile(r"-?\d+(?:\.0+)?")
_NUMBER_THEN_WORD = re.compile(r"^(-?\d+)[.、:：\-—)）]?(.+)$")
_WORD_THEN_NUMBER = re.compile(r"^(.+?)[(（](-?\d+)分?[)）]$")
_LETTER_THEN_WORD = re.compile(r"^[A-Za-z][.、:：)）](.+)$")


def word_key(text: object) -> str:
    """An answer word as a lookup key: folded to half-width, no spaces, lower case, no trailing 分 or full stop."""
    key = _SPACES.sub("", fold(text)).lower()
    return key.rstrip("。.") if len(key) > 1 else key


def option_words(definition: ScaleDefinition) -> dict[str, int]:
    """Every word that names an option (Chinese, English, synonyms), as :func:`word_key` gives it → score."""
    words = getattr(definition, "_words", None)
    if words is None:
        words = {}
        for option in definition.options:
            for word in (option.label.zh, option.label.en, *option.synonyms):
                words[word_key(word)] = option.score
        object.__setattr__(definition, "_words", words)
    return words


def options_hint(definition: ScaleDefinition) -> str:
    """The answers as the message shows them: 0 完全不会、1 好几天、2 一半以上的天数、3 几乎每天."""
    return "、".join(f"{o.score} {o.label.zh}" for o in definition.options)


def answer_value(definition: ScaleDefinition, item: int, raw: object) -> tuple[int | None, Finding | None]:
    """(score, None) for a readable answer; (None, reason) otherwise — reason ANSWER_MISSING for an empty cell
    (compare ``reason.source is ANSWER_MISSING``), NOT_AN_OPTION or NUMBER_AND_WORD_DISAGREE for a cell that is
    no answer, NO_SUCH_ITEM for an item the scale does not have."""
    if definition.item(item) is None:
        return None, Finding.of(NO_SUCH_ITEM, item=item)
    if raw is None or isinstance(raw, bool):
        return (None, Finding.of(ANSWER_MISSING)) if raw is None else _not_an_option(definition)
    if isinstance(raw, (int, float, Decimal)):
        value = Decimal(str(raw))
        if (value.is_finite() and value.adjusted() < 6 and value == value.to_integral_value()
                and definition.option(int(value)) is not None):
            return int(value), None
        return _not_an_option(definition)
    key = word_key(raw)
    if key.endswith("分") and len(key) > 1:
        key = key[:-1]
    if not key:
        return None, Finding.of(ANSWER_MISSING)
    words = option_words(definition)
    if _NUMBER.fullmatch(key):
        if len(key) > 10:
            return _not_an_option(definition)
        number = int(Decimal(key))
        return (number, None) if definition.option(number) is not None else _not_an_option(definition)
    if key in words:
        return words[key], None
    for pattern, number_first in ((_NUMBER_THEN_WORD, True), (_WORD_THEN_NUMBER, False)):
        if match := pattern.match(key):
            number, word = (match.group(1), match.group(2)) if number_first else (match.group(2), match.group(1))
            if word in words:
                if int(number) != words[word]:
                    return None, Finding.of(NUMBER_AND_WORD_DISAGREE, options=options_hint(definition))
                return words[word], None
    if (match := _LETTER_THEN_WORD.match(key)) and match.group(1) in words:
        return words[match.group(1)], None
    return _not_an_option(definition)


def _not_an_option(definition: ScaleDefinition) -> tuple[None, Finding]:
    return None, Finding.of(NOT_AN_OPTION, options=options_hint(definition))
