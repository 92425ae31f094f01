"""The days a duty roster plans for, each with the weekday whose timetable it follows.

A school day Monday to Friday follows its own weekday. A make-up workday (调休, a Saturday or Sunday worked instead
of a holiday) follows the timetable of another weekday: the office says which (schools announce "10月10日（周六）
按周三课表上课"; the State Council's notice itself only lists the days off and the days worked). Unless it does, the
default is the weekday the make-up workday *replaces*: the notice pays for each make-up workday with a day off in
lieu (调休放假), and the chinese-calendar package lists those days (``constants.in_lieu_days``); the make-up
workdays of one holiday and its days off in lieu are paired in date order (2026: Sunday 20 Sep ↔ Tuesday 6 Oct,
Saturday 10 Oct ↔ Wednesday 7 Oct); when a holiday has more days off in lieu than make-up workdays (Spring Festival
2018: three and two), the last ones. A make-up workday the office entered
itself (a year the package does not cover) names no day off in lieu: which of the holiday's weekdays is statutory
and which is in lieu cannot be told from the dates (the last weekday holiday is the festival itself in some years,
Dragon Boat 2010), so the office chooses. A make-up workday without a timetable (``None``) gets no shifts: the
generator lists it, until the office chooses.

Weekend days inside a semester that are not holidays are listed too, with their own weekday: only templates for
Saturday or Sunday (weekend duty at boarding schools) plan anything on them.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Callable, Collection, Iterable, Mapping

from counselor_app.domain.holidays import DayKind, SchoolCalendar, Source, days_between

BLOCK_GAP = 40      # days: make-up workdays and days off of one holiday lie closer together than this


@dataclass(frozen=True, slots=True)
class DutyDay:
    day: date
    timetable: int | None      # the weekday (0 = Monday) whose shifts apply; None: a make-up workday unresolved
    makeup: bool = False       # a Saturday or Sunday worked (调休)
    school_day: bool = True    # False: a weekend day (only weekend templates apply)


def _member(days: Callable[[date], bool] | Collection[date] | None) -> Callable[[date], bool]:
    if days is None:
        return lambda _d: False
    if callable(days):
        return days
    chosen = frozenset(days)
    return chosen.__contains__


def duty_days(start: date, end: date, school_day: Callable[[date], bool] | Collection[date], *,
              follows: Mapping[date, int] | None = None,
              weekend_day: Callable[[date], bool] | Collection[date] | None = None) -> list[DutyDay]:
    """The days from ``start`` to ``end`` to plan: the school days (a predicate or a set of dates), a make-up
    workday (a school day on a Saturday or Sunday) following ``follows[day]`` (``None`` when absent), and the
    ``weekend_day`` days (not school days) with their own weekday."""
    is_school, is_weekend = _member(school_day), _member(weekend_day)
    follows = follows or {}
    out = []
    for day in days_between(start, end):
        wd = day.weekday()
        if is_school(day):
            if wd >= 5:
                out.append(DutyDay(day, follows.get(day), makeup=True))
            else:
                out.append(DutyDay(day, wd))
        elif is_weekend(day):
            out.append(DutyDay(day, wd, school_day=False))
    return out


def calendar_duty_days(calendar: SchoolCalendar, start: date, end: date,
                       follows: Mapping[date, int] | None = None) -> list[DutyDay]:
    """:func:`duty_days` from the office's calendar: its school days, the weekday each make-up workday replaces
    (:func:`replaced_weekdays`) overridden by the office's ``follows``, and the ordinary weekend days inside a
    semester."""
    chosen = dict(replaced_weekdays(calendar, start, end))
    chosen.update(follows or {})

    def weekend(day: date) -> bool:
        return calendar.in_semester(day) and calendar.day(day).kind is DayKind.WEEKEND

    return duty_days(start, end, calendar.is_school_day, follows=chosen, weekend_day=weekend)


# -- which weekday a make-up workday replaces ----------------------------------------------------------------------

@lru_cache(maxsize=1)
def _package_in_lieu() -> frozenset[date]:
    from chinese_calendar import constants  # imported at first use, as domain/holidays does
    return frozenset(getattr(constants, "in_lieu_days", {}))


def _blocks(days: Iterable[tuple[date, str]]) -> list[list[date]]:
    """Dates of one name grouped into holiday blocks: neighbours closer than BLOCK_GAP days."""
    by_name: dict[str, list[date]] = {}
    for day, name in days:
        by_name.setdefault(name, []).append(day)
    blocks = []
    for name in sorted(by_name):
        run: list[date] = []
        for day in sorted(by_name[name]):
            if run and (day - run[-1]).days >= BLOCK_GAP:
                blocks.append(run)
                run = []
            run.append(day)
        blocks.append(run)
    return blocks


def replaced_weekdays(calendar: SchoolCalendar, start: date, end: date) -> dict[date, int]:
    """{make-up workday from ``start`` to ``end``: the weekday of the day off in lieu it pays for}, for the
    package's make-up workdays (module doc). Days around the range are read too: a holiday's days off may lie
    outside it."""
    margin = timedelta(days=BLOCK_GAP)
    infos = calendar.special_days(start - margin, end + margin)
    in_lieu = _package_in_lieu()
    named = [(i.day, f"{i.source.value}:{i.name}") for i in infos
             if i.kind in (DayKind.HOLIDAY, DayKind.MAKEUP_WORKDAY)]
    kinds = {i.day: i for i in infos}
    out: dict[date, int] = {}
    for block in _blocks(named):
        makeups = [d for d in block if kinds[d].kind is DayKind.MAKEUP_WORKDAY]
        if not makeups:
            continue
        holidays = [d for d in block if kinds[d].kind is DayKind.HOLIDAY and d.weekday() < 5]
        if kinds[makeups[0]].source is not Source.PACKAGE:
            continue                      # the office's own days: it chooses (module doc)
        off = [d for d in holidays if d in in_lieu]
        if len(off) < len(makeups):
            continue
        off = off[-len(makeups):]         # more days off than make-up workdays (2018): the last ones
        for made_up, day_off in zip(makeups, off):
            if start <= made_up <= end:
                out[made_up] = day_off.weekday()
    return out
