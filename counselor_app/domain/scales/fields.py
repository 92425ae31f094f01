"""Reading the JSON of a scale definition and its typed fields, each refusal naming where in the file it is.

Used by :mod:`.definition`; every function raises :class:`~counselor_app.domain.errors.ValidationError` with a
message of :mod:`.messages`.
"""
from __future__ import annotations

import json
from decimal import Decimal

from counselor_app.domain.errors import ValidationError
from counselor_app.domain.scales import messages as m
from counselor_app.domain.scales.model import Label, Number

MAX_BYTES = 512 * 1024
MAX_TEXT = 300
MAX_NAME = 60


class Where:
    """Where in the file a problem is: a Text ("factor {factor}") and its parameters."""
    __slots__ = ("text", "params")

    def __init__(self, text, **params):
        self.text, self.params = text, params

    def fail(self, message, **params):
        raise ValidationError(message, where=self.text, **self.params, **params)


SCALE = Where(m.W_SCALE)


def fail(message, **params):
    raise ValidationError(message, **params)


# --- JSON -----------------------------------------------------------------------------------------------------

def parse_json(source: str | bytes) -> dict:
    if isinstance(source, (bytes, bytearray)):
        if len(source) > MAX_BYTES:
            fail(m.DEF_TOO_LARGE, size=len(source) // 1024 + 1, max=MAX_BYTES // 1024)
        text = None
        for encoding in ("utf-8-sig", "gb18030"):   # Notepad of older Windows saves "ANSI" (GBK)
            try:
                text = bytes(source).decode(encoding)
                break
            except UnicodeDecodeError:
                continue
        if text is None or "\x00" in text:
            fail(m.DEF_NOT_TEXT)
    elif isinstance(source, str):
        text = source.lstrip("\ufeff")
        if len(text.encode("utf-8", "surrogatepass")) > MAX_BYTES:
            fail(m.DEF_TOO_LARGE, size=len(text.encode("utf-8", "surrogatepass")) // 1024 + 1,
                  max=MAX_BYTES // 1024)
    else:
        raise TypeError("load_definition takes the text or the bytes of a file")
    try:
        raw = json.loads(text, parse_float=_decimal, parse_int=_int, parse_constant=_no_constant,
                         object_pairs_hook=_no_duplicates)
        json.dumps(raw, ensure_ascii=False, default=str).encode("utf-8")   # no lone surrogate ("\ud800")
    except _DuplicateKey as err:
        fail(m.DEF_DUPLICATE_KEY, key=err.key)
    except _BadNumber as err:
        fail(m.DEF_BAD_NUMBER, number=err.text)
    except json.JSONDecodeError as err:
        fail(m.DEF_BAD_JSON, line=err.lineno, column=err.colno, reason=err.msg)
    except RecursionError:
        fail(m.DEF_BAD_JSON, line=1, column=1, reason="nested too deeply")
    except UnicodeEncodeError:
        fail(m.DEF_NOT_TEXT)
    if not isinstance(raw, dict):
        fail(m.DEF_NOT_OBJECT)
    return raw


class _DuplicateKey(ValueError):
    def __init__(self, key):
        super().__init__(key)
        self.key = key[:40].encode("utf-8", "replace").decode("utf-8")


class _BadNumber(ValueError):
    def __init__(self, text):
        super().__init__(text)
        self.text = text[:20]


def _decimal(text: str) -> Decimal:
    """A JSON number with a fraction or exponent, exactly; absurd ones (1e999999999) are refused."""
    try:
        value = Decimal(text) if len(text) <= 30 else None
    except ArithmeticError:     # decimal.Overflow
        value = None
    if value is None or not value.is_finite() or value.adjusted() > 9:
        raise _BadNumber(text)
    return value


def _int(text: str) -> int:
    if len(text.lstrip("-")) > 12:
        raise _BadNumber(text)
    return int(text)


def _no_duplicates(pairs):
    result = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKey(key)
        result[key] = value
    return result


def _no_constant(name):
    raise _BadNumber(name)


# --- typed fields ---------------------------------------------------------------------------------------------

def field_object(value, where: Where, allowed, required=(), key: str = "") -> dict:
    """``value`` as an object of the ``allowed`` fields, the ``required`` ones present (``key``: its field name)."""
    if not isinstance(value, dict):
        if key:
            where.fail(m.DEF_WRONG_TYPE, key=key, kind=m.KIND_OBJECT)
        where.fail(m.DEF_NEED_OBJECT)
    prefix = f"{key}." if key else ""
    for k in value:
        if k not in allowed:
            where.fail(m.DEF_UNKNOWN_KEY, key=prefix + str(k)[:40])
    for k in required:
        if k not in value:
            where.fail(m.DEF_MISSING_KEY, key=prefix + k)
    return value


def field_int(obj: dict, key: str, where: Where, default=None, low=None, high=None) -> int:
    value = obj.get(key, default)
    if isinstance(value, Decimal) and value == value.to_integral_value():
        value = int(value)
    if not isinstance(value, int) or isinstance(value, bool):
        where.fail(m.DEF_WRONG_TYPE, key=key, kind=m.KIND_INT)
    if (low is not None and value < low) or (high is not None and value > high):
        where.fail(m.DEF_OUT_OF_RANGE, key=key, low=low, high=high)
    return value


def field_number(obj: dict, key: str, where: Where) -> Number:
    value = obj.get(key)
    if isinstance(value, bool) or not isinstance(value, (int, Decimal)):
        where.fail(m.DEF_WRONG_TYPE, key=key, kind=m.KIND_NUMBER)
    if isinstance(value, int):
        return value
    if not value.is_finite() or abs(value) > 10 ** 6:
        where.fail(m.DEF_WRONG_TYPE, key=key, kind=m.KIND_NUMBER)
    return int(value) if value == value.to_integral_value() else value


def field_text(obj: dict, key: str, where: Where, limit=MAX_TEXT, name: str = "") -> str:
    value = obj.get(key)
    name = name or key
    if not isinstance(value, str):
        where.fail(m.DEF_WRONG_TYPE, key=name, kind=m.KIND_TEXT)
    value = value.strip()
    if not value:
        where.fail(m.DEF_EMPTY_TEXT, key=name)
    if len(value) > limit:
        where.fail(m.DEF_TEXT_TOO_LONG, key=name, max=limit)
    return value


def field_label(obj: dict, key: str, where: Where, limit=MAX_NAME) -> Label:
    """A {"zh": …, "en": …} name."""
    value = obj.get(key)
    if not isinstance(value, dict):
        where.fail(m.DEF_WRONG_TYPE, key=key, kind=m.KIND_LABEL)
    field_object(value, where, ("zh", "en"), ("zh", "en"), key=key)
    return Label(field_text(value, "zh", where, limit, f"{key}.zh"), field_text(value, "en", where, limit, f"{key}.en"))


def field_bool(obj: dict, key: str, where: Where, default=False) -> bool:
    value = obj.get(key, default)
    if not isinstance(value, bool):
        where.fail(m.DEF_WRONG_TYPE, key=key, kind=m.KIND_BOOL)
    return value


def field_items(obj: dict, key: str, where: Where, count: int, allow_empty=True) -> tuple[int, ...]:
    value = obj.get(key, [])
    if not isinstance(value, list) or (not value and not allow_empty):
        where.fail(m.DEF_WRONG_TYPE, key=key, kind=m.KIND_ITEMS)
    seen = []
    for n in value:
        if isinstance(n, bool) or not isinstance(n, int):
            where.fail(m.DEF_WRONG_TYPE, key=key, kind=m.KIND_ITEMS)
        if not 1 <= n <= count:
            where.fail(m.DEF_NO_SUCH_ITEM, number=n, count=count)
        if n in seen:
            where.fail(m.DEF_ITEM_TWICE_IN, number=n)
        seen.append(n)
    return tuple(seen)


def field_list(obj: dict, key: str, where: Where, limit: int, required=False) -> list:
    value = obj.get(key, [])
    if not isinstance(value, list) or (required and not value):
        where.fail(m.DEF_WRONG_TYPE, key=key, kind=m.KIND_LIST)
    if len(value) > limit:
        where.fail(m.DEF_TOO_MANY, key=key, max=limit)
    return value
