"""The school calendar: package holidays merged with the office's days, school days, uncovered years."""
from datetime import date, timedelta

import pytest
from hypothesis import given, strategies as st

from counselor_app.domain.holidays import (
    DayKind, SchoolCalendar, Source, days_between, is_year_covered, package_days, package_years,
)


def test_package_covers_2026_but_not_2027():
    first, last = package_years()
    assert first <= 2026 <= last
    assert is_year_covered(2026) and not is_year_covered(2027) and not is_year_covered(1999)
    assert package_days(2027) == {}


def test_package_holidays_and_makeup_workdays_2026():
    cal = SchoolCalendar()
    spring = cal.day(date(2026, 2, 17))
    assert spring.kind is DayKind.HOLIDAY and spring.source is Source.PACKAGE and spring.name == "Spring Festival"
    makeup = cal.day(date(2026, 2, 14))   # a Saturday worked for the Spring Festival
    assert makeup.kind is DayKind.MAKEUP_WORKDAY and makeup.is_workday
    assert cal.day(date(2026, 10, 5)).kind is DayKind.HOLIDAY and not cal.is_workday(date(2026, 10, 5))
    assert cal.day(date(2026, 11, 28)).kind is DayKind.WEEKEND        # an ordinary Saturday
    assert cal.day(date(2026, 11, 27)) .kind is DayKind.WORKDAY        # an ordinary Friday
    assert cal.day(date(2026, 11, 27)).source is Source.RULE


def test_uncovered_year_uses_the_week_rule_until_the_office_enters_days():
    cal = SchoolCalendar()
    assert cal.uncovered_years(date(2026, 9, 1), date(2027, 7, 10)) == [2027]
    assert cal.is_workday(date(2027, 2, 8))   # a Monday: nobody has said it is a holiday yet
    office = {date(2027, 2, 8): ("holiday", "春节"), date(2027, 2, 20): ("workday", "春节补班")}
    cal = SchoolCalendar(office)
    assert cal.day(date(2027, 2, 8)).kind is DayKind.HOLIDAY and cal.day(date(2027, 2, 8)).name == "春节"
    assert cal.day(date(2027, 2, 20)).kind is DayKind.MAKEUP_WORKDAY   # a Saturday
    assert cal.day(date(2027, 2, 20)).source is Source.OFFICE
    assert cal.office_day_count(2027) == 2 and cal.office_day_count(2026) == 0


def test_office_days_override_the_package():
    cal = SchoolCalendar({date(2026, 10, 8): ("holiday", "校庆"), date(2026, 10, 7): ("workday", "")})
    assert cal.day(date(2026, 10, 8)).kind is DayKind.HOLIDAY          # a Thursday the school gives off
    assert cal.day(date(2026, 10, 7)).kind is DayKind.WORKDAY          # a package holiday the office cancelled
    assert cal.is_workday(date(2026, 10, 7))


def test_school_days_only_inside_semesters():
    cal = SchoolCalendar(semesters=[(date(2026, 9, 1), date(2027, 1, 20)), (date(2027, 2, 22), date(2027, 7, 10))])
    assert not cal.is_school_day(date(2026, 8, 31))                    # before the first semester
    assert cal.is_school_day(date(2026, 9, 1))                         # Tuesday, first day
    assert not cal.is_school_day(date(2026, 10, 1))                    # National Day
    assert cal.is_school_day(date(2026, 10, 10))                       # make-up Saturday
    assert not cal.is_school_day(date(2027, 2, 1))                     # winter holidays (between semesters)
    assert cal.is_school_day(date(2027, 1, 20)) and cal.is_school_day(date(2027, 2, 22))
    # September 2026: 22 weekdays; 25 September is Mid-autumn (Friday); 20 September (Sunday) is worked
    assert cal.school_days(date(2026, 9, 1), date(2026, 9, 30)) == 22 - 1 + 1
    assert cal.workdays(date(2026, 9, 1), date(2026, 9, 30)) == 22


def test_no_semesters_no_school_days():
    assert SchoolCalendar().school_days(date(2026, 9, 1), date(2026, 9, 30)) == 0


def test_special_days_in_order_across_years():
    cal = SchoolCalendar({date(2027, 1, 1): ("holiday", "元旦")})
    days = cal.special_days(date(2026, 12, 20), date(2027, 1, 10))
    assert [d.day for d in days] == [date(2027, 1, 1)]
    days = cal.special_days(date(2026, 9, 1), date(2026, 10, 31))
    assert days == sorted(days, key=lambda d: d.day) and len(days) >= 10
    assert {d.kind for d in days} == {DayKind.HOLIDAY, DayKind.MAKEUP_WORKDAY}


@given(st.dates(min_value=date(2005, 1, 1), max_value=date(2026, 12, 31)))
def test_agrees_with_the_package_for_covered_years(day):
    import chinese_calendar

    assert SchoolCalendar().is_workday(day) == chinese_calendar.is_workday(day)


@given(st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31)), st.integers(0, 400))
def test_school_days_equal_counting_one_by_one(start, length):
    end = start + timedelta(days=length)
    cal = SchoolCalendar(semesters=[(date(2026, 9, 1), date(2027, 1, 20))])
    assert cal.school_days(start, end) == sum(cal.is_school_day(d) for d in days_between(start, end))
    assert cal.school_days(start, end) <= cal.workdays(start, end)


def test_two_years_of_school_days_in_one_call():
    cal = SchoolCalendar(semesters=[(date(2026, 9, 1), date(2027, 7, 10))])
    days = cal.school_days(date(2026, 1, 1), date(2027, 12, 31))   # its speed: bench/bench_duty.py uses it
    assert days == cal.school_days(date(2026, 9, 1), date(2027, 7, 10)) and 150 < days < 230   # only the semester


@pytest.mark.parametrize("day", [date(2026, 1, 1), date(2026, 5, 1), date(2026, 6, 19)])
def test_holiday_names_come_from_the_package(day):
    assert SchoolCalendar().day(day).name in ("New Year's Day", "Labour Day", "Dragon Boat Festival")
