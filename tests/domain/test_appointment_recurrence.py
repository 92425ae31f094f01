"""Recurring sessions across the 2026 National Day week and its 调休 weekends (Oct 1-7 off; Sunday 20 Sep and
Saturday 10 Oct worked, following the timetables of Tuesday 6 Oct and Wednesday 7 Oct)."""
from __future__ import annotations

from datetime import date

import pytest

from counselor_app.domain.appointment_series import Rule, plan
from counselor_app.domain.duty_days import replaced_weekdays
from counselor_app.domain.holidays import SchoolCalendar

CAL = SchoolCalendar({}, [(date(2026, 9, 1), date(2027, 1, 20))])
FOLLOWS = replaced_weekdays(CAL, date(2026, 9, 1), date(2027, 1, 20))


def run(rule: Rule, **kw):
    return plan(rule, CAL.is_school_day, follows=FOLLOWS, **kw)


def test_the_calendar_as_the_tests_expect():
    assert FOLLOWS == {date(2026, 9, 20): 1, date(2026, 10, 10): 2}


def test_weekly_thursday_skips_national_day_and_reports_it():
    got = run(Rule(date(2026, 9, 24), count=4))
    assert got.days == [date(2026, 9, 24), date(2026, 10, 8), date(2026, 10, 15), date(2026, 10, 22)]
    assert got.skipped == [date(2026, 10, 1)] and got.moved == []


def test_weekly_wednesday_moves_to_the_makeup_saturday():
    got = run(Rule(date(2026, 9, 23), count=4))
    assert got.days == [date(2026, 9, 23), date(2026, 9, 30), date(2026, 10, 10), date(2026, 10, 14)]
    assert [(o.planned, o.day) for o in got.moved] == [(date(2026, 10, 7), date(2026, 10, 10))]
    assert got.skipped == []


def test_weekly_tuesday_its_makeup_sunday_lies_in_another_week():
    got = run(Rule(date(2026, 9, 15), until=date(2026, 10, 20)))
    assert got.days == [date(2026, 9, 15), date(2026, 9, 22), date(2026, 9, 29), date(2026, 10, 13),
                        date(2026, 10, 20)]
    assert got.skipped == [date(2026, 10, 6)]
    assert date(2026, 9, 20) not in got.days


def test_every_two_weeks_across_the_holiday():
    got = run(Rule(date(2026, 9, 17), interval="biweekly", count=3))
    assert got.days == [date(2026, 9, 17), date(2026, 10, 15), date(2026, 10, 29)]
    assert got.skipped == [date(2026, 10, 1)]


def test_a_sunday_series_on_the_makeup_sunday_skips_the_other_sundays():
    got = run(Rule(date(2026, 9, 20), until=date(2026, 10, 4)))
    assert got.days == [date(2026, 9, 20)]
    assert got.skipped == [date(2026, 9, 27), date(2026, 10, 4)]


def test_until_stops_and_the_vacation_is_skipped():
    got = run(Rule(date(2027, 1, 6), until=date(2027, 1, 27)))
    assert got.days == [date(2027, 1, 6), date(2027, 1, 13), date(2027, 1, 20)]
    assert got.skipped == [date(2027, 1, 27)]


def test_cancelled_dates_count_and_ended_series():
    got = run(Rule(date(2026, 11, 4), count=4), cancelled={date(2026, 11, 11)})
    assert got.days == [date(2026, 11, 4), date(2026, 11, 18), date(2026, 11, 25)]
    assert got.cancelled == [date(2026, 11, 11)]
    cut = run(Rule(date(2026, 11, 4), count=8), ended_on=date(2026, 11, 18))
    assert cut.days == [date(2026, 11, 4), date(2026, 11, 11)]


def test_sixteen_weeks_with_skips():
    got = run(Rule(date(2026, 9, 10), count=16))
    assert len(got.days) == 16 and got.skipped == [date(2026, 10, 1)]


@pytest.mark.parametrize("kw", [dict(), dict(count=2, until=date(2026, 12, 1)), dict(count=0), dict(count=61),
                                dict(until=date(2026, 1, 1)), dict(count=2, interval="daily")])
def test_bad_rules(kw):
    with pytest.raises(ValueError):
        Rule(date(2026, 9, 10), **kw)
