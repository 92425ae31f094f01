"""Recurring counseling sessions: a rule plus exceptions, as pure functions.

A series is weekly or every two weeks from its first day, for N sessions or until a date. Each date the rule gives
that is not a school day (a statutory holiday, a weekend, the vacation) is *skipped and reported*, never an
error — unless a make-up workday (调休) of the same week follows that weekday's timetable: then the session moves
there (2026: Wednesday 7 October is off, Saturday 10 October is worked "as a Wednesday"), and is reported as moved.
Skipped dates do not count toward N: a series of 8 holds 8 sessions.

Exceptions are the series' own changes of single dates: a date cancelled or moved ("this one"); "this and the
following" ends the series at a date (its rule is cut, a new series may start there); "all" changes the rule.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Callable, Mapping

from counselor_app.domain.codes import Code
from counselor_app.domain.errors import QT_TRANSLATE_NOOP

MAX_SESSIONS = 60                 # a series longer than this is a mistake (a school year holds ~40 weeks)
MAX_SPAN_DAYS = 400               # the rule never looks further than this from its first day


class Scope(Code):
    """Which sessions a change of a series applies to."""
    THIS = "this"                  # 仅此一次
    FOLLOWING = "following"        # 此次及以后
    ALL = "all"                    # 全部


class Interval(Code):
    WEEKLY = "weekly"              # 每周
    BIWEEKLY = "biweekly"          # 每两周


LABELS: dict[type, dict] = {
    Scope: {Scope.THIS: QT_TRANSLATE_NOOP("SeriesScope", "only this one"),
            Scope.FOLLOWING: QT_TRANSLATE_NOOP("SeriesScope", "this and the following"),
            Scope.ALL: QT_TRANSLATE_NOOP("SeriesScope", "all of the series")},
    Interval: {Interval.WEEKLY: QT_TRANSLATE_NOOP("SeriesInterval", "every week"),
               Interval.BIWEEKLY: QT_TRANSLATE_NOOP("SeriesInterval", "every two weeks")},
}

WEEKS = {Interval.WEEKLY.value: 1, Interval.BIWEEKLY.value: 2}
EXCEPTION_KINDS = ("skipped", "cancelled", "moved")   # a series' single dates (store: appt_series_exception.kind)


@dataclass(frozen=True)
class Rule:
    first: date
    interval: str = Interval.WEEKLY.value
    count: int | None = None       # N sessions, or
    until: date | None = None      # every session up to this date (inclusive)

    def __post_init__(self) -> None:
        if self.interval not in WEEKS:
            raise ValueError("unknown interval")
        if (self.count is None) == (self.until is None):
            raise ValueError("a series ends after N sessions or at a date, one of the two")
        if self.count is not None and not 1 <= self.count <= MAX_SESSIONS:
            raise ValueError("count out of range")
        if self.until is not None and self.until < self.first:
            raise ValueError("until before first")


@dataclass(frozen=True)
class Occurrence:
    planned: date                  # the date the rule gives
    day: date                      # the date the session is held (a make-up workday when moved)

    @property
    def moved(self) -> bool:
        return self.day != self.planned


@dataclass
class SeriesPlan:
    sessions: list[Occurrence] = field(default_factory=list)
    skipped: list[date] = field(default_factory=list)       # dates of the rule that are not school days
    cancelled: list[date] = field(default_factory=list)     # dates the office cancelled (exceptions)

    @property
    def days(self) -> list[date]:
        return [o.day for o in self.sessions]

    @property
    def moved(self) -> list[Occurrence]:
        return [o for o in self.sessions if o.moved]


def _same_week_makeup(day: date, school_day: Callable[[date], bool], follows: Mapping[date, int]) -> date | None:
    """The make-up workday of ``day``'s week that follows ``day``'s weekday, if any."""
    monday = day - timedelta(days=day.weekday())
    for n in (5, 6):
        other = monday + timedelta(days=n)
        if follows.get(other) == day.weekday() and school_day(other):
            return other
    return None


def plan(rule: Rule, school_day: Callable[[date], bool], *, follows: Mapping[date, int] | None = None,
         cancelled: frozenset[date] | set[date] = frozenset(), ended_on: date | None = None) -> SeriesPlan:
    """The sessions of ``rule``. ``school_day``: the calendar's predicate; ``follows``: {make-up workday: the
    weekday whose timetable it follows}; ``cancelled``: dates of the rule cancelled one by one (they count toward
    N: the session was planned); ``ended_on``: the series was cut ("this and the following") from that date."""
    follows = follows or {}
    step = timedelta(weeks=WEEKS[rule.interval])
    last = rule.until or rule.first + timedelta(days=MAX_SPAN_DAYS)
    if ended_on is not None:
        last = min(last, ended_on - timedelta(days=1))
    out = SeriesPlan()
    counted = 0
    day = rule.first
    while day <= last and (rule.count is None or counted < rule.count):
        if day in cancelled:
            out.cancelled.append(day)
            counted += 1
        elif school_day(day):
            out.sessions.append(Occurrence(day, day))
            counted += 1
        else:
            makeup = _same_week_makeup(day, school_day, follows)
            if makeup is not None:
                out.sessions.append(Occurrence(day, makeup))
                counted += 1
            else:
                out.skipped.append(day)
        day += step
    return out
