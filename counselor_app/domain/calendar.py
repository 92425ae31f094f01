"""School calendar arithmetic (the register issue adds holidays and make-up workdays)."""
from __future__ import annotations

from datetime import date, timedelta


def teaching_week(semester_start: date, day: date) -> int:
    """Week number of ``day`` in a semester starting ``semester_start``; weeks run Monday to Sunday, from 1."""
    first_monday = semester_start - timedelta(days=semester_start.weekday())
    return (day - first_monday).days // 7 + 1
