"""Holidays, make-up workdays (调休) and school days: the chinese-calendar package merged with the office's days.

The package holds the State Council's yearly notice for the years it knows and raises NotImplementedError for
the others (2027 at the time of writing). For such a year the office enters or imports the notice's days itself;
until it does, only weekends are days off and the UI says that the year is not covered.

Rules, in the order they apply to one date:
1. a day the office entered (holiday or workday) wins: the school's own changes and the years the package lacks;
2. the package's holidays and make-up workdays;
3. Saturday and Sunday are weekend days, Monday to Friday workdays.

A *school day* is a workday (an ordinary one or a make-up workday) inside a semester. Later features ask
:meth:`SchoolCalendar.is_school_day` (duty rosters, appointments): one dict look-up per date, the tables of a
year built once and cached. No Qt, no I/O.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum
from functools import lru_cache
from typing import Iterable, Mapping

from counselor_app.domain.errors import QT_TRANSLATE_NOOP, Text


class DayKind(str, Enum):
    WORKDAY = "workday"            # Monday to Friday, no holiday
    WEEKEND = "weekend"            # Saturday or Sunday, no make-up workday
    HOLIDAY = "holiday"            # a statutory holiday or a day off the office entered
    MAKEUP_WORKDAY = "makeup"      # 补班: a weekend day that is worked instead of a holiday

    @property
    def is_workday(self) -> bool:
        return self in (DayKind.WORKDAY, DayKind.MAKEUP_WORKDAY)


class Source(str, Enum):
    RULE = "rule"          # weekday or weekend by the rule of the week
    PACKAGE = "package"    # the chinese-calendar package
    OFFICE = "office"      # entered or imported by the office


# The package's holiday names (its English values), translated in the UI like any other source string.
HOLIDAY_NAMES: dict[str, Text] = {
    "New Year's Day": QT_TRANSLATE_NOOP("Holidays", "New Year's Day"),
    "Spring Festival": QT_TRANSLATE_NOOP("Holidays", "Spring Festival"),
    "Tomb-sweeping Day": QT_TRANSLATE_NOOP("Holidays", "Tomb-sweeping Day"),
    "Labour Day": QT_TRANSLATE_NOOP("Holidays", "Labour Day"),
    "Dragon Boat Festival": QT_TRANSLATE_NOOP("Holidays", "Dragon Boat Festival"),
    "National Day": QT_TRANSLATE_NOOP("Holidays", "National Day"),
    "Mid-autumn Festival": QT_TRANSLATE_NOOP("Holidays", "Mid-autumn Festival"),
    "Anti-Fascist 70th Day": QT_TRANSLATE_NOOP("Holidays", "Anti-Fascist 70th Day"),
}


@dataclass(frozen=True, slots=True)
class DayInfo:
    day: date
    kind: DayKind
    name: str = ""             # a Text (translatable) for the package's holidays, the office's own words otherwise
    source: Source = Source.RULE

    @property
    def is_workday(self) -> bool:
        return self.kind.is_workday


# -- the package ----------------------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _package_tables() -> tuple[tuple[int, int], dict[int, dict[date, tuple[str, str]]]]:
    """((first year, last year), {year: {day: (kind, english name)}}) from the package's constants, once."""
    from chinese_calendar import constants  # imported at first use: the calendar is not needed at start-up

    by_year: dict[int, dict[date, tuple[str, str]]] = {}
    for day, name in constants.holidays.items():
        by_year.setdefault(day.year, {})[day] = ("holiday", name)
    for day, name in constants.workdays.items():
        by_year.setdefault(day.year, {})[day] = ("workday", name)
    years = (min(by_year), max(by_year)) if by_year else (0, -1)
    return years, by_year


def package_years() -> tuple[int, int]:
    """The first and last year the chinese-calendar package covers."""
    return _package_tables()[0]


def is_year_covered(year: int) -> bool:
    """Whether the package holds the holidays of ``year`` (it raises NotImplementedError for the others)."""
    first, last = package_years()
    return first <= year <= last


def package_days(year: int) -> dict[date, tuple[str, str]]:
    """{day: (kind 'holiday'|'workday', English name)} of the package for ``year``; {} for a year not covered."""
    return dict(_package_tables()[1].get(year, {}))


def package_name(english: str) -> str:
    return HOLIDAY_NAMES.get(english, english)


# -- the merged calendar ----------------------------------------------------------------------------------------

def _rule_kind(day: date) -> DayKind:
    return DayKind.WEEKEND if day.weekday() >= 5 else DayKind.WORKDAY


def _kind(day: date, stored: str) -> DayKind:
    """An office or package entry: 'holiday' is a day off; 'workday' on a weekend is a make-up workday."""
    if stored == "holiday":
        return DayKind.HOLIDAY
    return DayKind.MAKEUP_WORKDAY if day.weekday() >= 5 else DayKind.WORKDAY


class SchoolCalendar:
    """The calendar of one office: package data, the office's own days and the semesters.

    ``office_days``: {day: (kind 'holiday'|'workday', name)}. ``semesters``: (start, end) pairs, inclusive.
    Build a new one after the office changes its days or semesters (services/school_calendar.calendar does).
    """

    def __init__(self, office_days: Mapping[date, tuple[str, str]] | None = None,
                 semesters: Iterable[tuple[date, date]] = ()) -> None:
        self._office: dict[int, dict[date, tuple[str, str]]] = {}
        for day, entry in (office_days or {}).items():
            self._office.setdefault(day.year, {})[day] = entry
        spans = sorted(semesters)
        self._semester_starts = [s for s, _e in spans]
        self._semester_ends = [e for _s, e in spans]
        self._years: dict[int, dict[date, DayInfo]] = {}

    def _special(self, year: int) -> dict[date, DayInfo]:
        """The days of ``year`` that differ from the rule of the week (or carry a name), built once."""
        table = self._years.get(year)
        if table is None:
            table = {}
            for day, (kind, name) in package_days(year).items():
                table[day] = DayInfo(day, _kind(day, kind), package_name(name), Source.PACKAGE)
            for day, (kind, name) in self._office.get(year, {}).items():
                table[day] = DayInfo(day, _kind(day, kind), name, Source.OFFICE)
            self._years[year] = table
        return table

    def day(self, day: date) -> DayInfo:
        """What ``day`` is: workday, weekend, holiday (with its name) or make-up workday."""
        found = self._special(day.year).get(day)
        return found if found is not None else DayInfo(day, _rule_kind(day))

    def is_workday(self, day: date) -> bool:
        """A day people work: Monday to Friday without a holiday, or a make-up workday."""
        found = self._special(day.year).get(day)
        return found.kind.is_workday if found is not None else day.weekday() < 5

    def in_semester(self, day: date) -> bool:
        i = bisect_right(self._semester_starts, day) - 1
        return i >= 0 and day <= self._semester_ends[i]

    def is_school_day(self, day: date) -> bool:
        """A workday inside a semester: the day duty rosters and appointments plan for."""
        return self.in_semester(day) and self.is_workday(day)

    def school_days(self, start: date, end: date) -> int:
        """How many school days there are from ``start`` to ``end``, both included."""
        return sum(1 for d in days_between(start, end) if self.is_school_day(d))

    def workdays(self, start: date, end: date) -> int:
        """How many workdays there are from ``start`` to ``end``, both included (semesters not considered)."""
        return sum(1 for d in days_between(start, end) if self.is_workday(d))

    def special_days(self, start: date, end: date) -> list[DayInfo]:
        """The holidays and the package's or office's named days from ``start`` to ``end``, in date order."""
        out = []
        for year in range(start.year, end.year + 1):
            out.extend(info for d, info in self._special(year).items() if start <= d <= end)
        return sorted(out, key=lambda i: i.day)

    def uncovered_years(self, start: date, end: date) -> list[int]:
        """The years from ``start`` to ``end`` that the package does not cover."""
        return [y for y in range(start.year, end.year + 1) if not is_year_covered(y)]

    def office_day_count(self, year: int) -> int:
        return len(self._office.get(year, {}))


def days_between(start: date, end: date) -> Iterable[date]:
    """Every date from ``start`` to ``end``, both included."""
    for n in range((end - start).days + 1):
        yield start + timedelta(days=n)
