"""School calendar arithmetic (the register issue adds holidays and make-up workdays)."""
from __future__ import annotations

from datetime import date, timedelta


def school_year_for(today: date) -> tuple[str, date, date, list[tuple[int, date, date]]]:
    """The usual school year containing ``today``: 1 September to 31 August, two semesters.

    A starting point that the register lets the office correct to its own calendar.
    """
    start_year = today.year if today.month >= 9 else today.year - 1
    start, end = date(start_year, 9, 1), date(start_year + 1, 8, 31)
    semesters = [(1, start, date(start_year + 1, 1, 20)), (2, date(start_year + 1, 2, 20), date(start_year + 1, 7, 10))]
    return f"{start_year}-{start_year + 1}", start, end, semesters


def teaching_week(semester_start: date, day: date) -> int:
    """Week number of ``day`` in a semester starting ``semester_start``; weeks run Monday to Sunday, from 1."""
    first_monday = semester_start - timedelta(days=semester_start.weekday())
    return (day - first_monday).days // 7 + 1
