"""Checks shared by the office's dated records (referrals, leaves, crisis incidents, review meetings).

The checks raise ValidationError with the same translated message wherever it is used, so a long text, a date in
the future or a date before the step it follows reads the same on every form.
"""
from __future__ import annotations

import re
from datetime import date

from counselor_app.domain.errors import QT_TRANSLATE_NOOP, ValidationError

TOO_LONG = QT_TRANSLATE_NOOP("Errors", "{field} is too long (at most {max} characters).")
FUTURE = QT_TRANSLATE_NOOP("Errors", "The date {day} is in the future.")
BEFORE = QT_TRANSLATE_NOOP("Errors", "{what} ({day}) cannot be before {other} ({other_day}).")


def text(value: str, field, limit: int, required=None) -> str:
    """The stripped text; `required` is the message when it may not be empty."""
    value = (value or "").strip()
    if required is not None and not value:
        raise ValidationError(required)
    if len(value) > limit:
        raise ValidationError(TOO_LONG, field=field, max=limit)
    return value


def past(day: date, today: date) -> str:
    """The day as ISO text; it may not be after today."""
    if day > today:
        raise ValidationError(FUTURE, day=day.isoformat())
    return day.isoformat()


def not_before(what, day: date, other, other_day: str | None) -> None:
    """`what` on `day` may not come before `other` on `other_day` (ISO text; None or "" when not yet done)."""
    if other_day and day.isoformat() < other_day:
        raise ValidationError(BEFORE, what=what, day=day.isoformat(), other=other, other_day=other_day)


NUMBER = re.compile(r"\D*(\d{4})\s*-\s*(\d{1,6})")     # as printed on the forms: 2026-003, 转介 2026-003


def record_id(conn, value, by_number, get) -> int | None:
    """The id of a record given by its id (an int or digits) or its printed number; None when there is none.

    ``by_number(conn, year, seq)`` finds the id of a number, ``get(conn, id)`` the record (None if it is not there).
    """
    if isinstance(value, int) and not isinstance(value, bool):
        found = value
    else:
        text = str(value).strip()
        m = NUMBER.fullmatch(text)
        found = int(text) if text.isdigit() else by_number(conn, int(m[1]), int(m[2])) if m else None
    if found is None or get(conn, found) is None:
        return None
    return found
