"""The days a duty roster plans for: school days of the calendar, make-up workdays with the weekday they follow."""
from __future__ import annotations

from datetime import date

import pytest

from counselor_app.domain.duty_days import DutyDay, calendar_duty_days, duty_days, replaced_weekdays
from counselor_app.domain.holidays import DayKind, SchoolCalendar, package_years

AUTUMN_2026 = (date(2026, 9, 1), date(2027, 1, 22))
MON, TUE, WED, THU, FRI, SAT, SUN = range(7)


def autumn_2026() -> SchoolCalendar:
    return SchoolCalendar(semesters=[AUTUMN_2026])


def by_day(days: list[DutyDay]) -> dict[date, DutyDay]:
    return {d.day: d for d in days}


def test_2026_autumn_holidays_off_and_make_up_workdays_on():
    days = by_day(calendar_duty_days(autumn_2026(), date(2026, 9, 1), date(2026, 12, 31)))
    assert date(2026, 9, 25) not in days                                      # Mid-Autumn, Friday
    assert all(date(2026, 10, d) not in days for d in range(1, 8))           # National Day 1-7 Oct
    assert date(2026, 9, 26) not in days and date(2026, 10, 3) not in days  # weekend days of the holidays
    # the make-up workdays follow the weekday of the day off in lieu they pay for (the package: 6 and 7 Oct)
    assert days[date(2026, 9, 20)] == DutyDay(date(2026, 9, 20), TUE, makeup=True)
    assert days[date(2026, 10, 10)] == DutyDay(date(2026, 10, 10), WED, makeup=True)
    assert days[date(2026, 9, 24)] == DutyDay(date(2026, 9, 24), THU)
    # an ordinary Saturday in the semester: a weekend day, only weekend templates apply
    assert days[date(2026, 9, 12)] == DutyDay(date(2026, 9, 12), SAT, school_day=False)
    school = [d for d in days.values() if d.school_day]
    assert len(school) == autumn_2026().school_days(date(2026, 9, 1), date(2026, 12, 31)) == 84   # 88 weekdays − 6 holidays + 2


def test_the_offices_choice_wins_over_the_replaced_weekday():
    days = by_day(calendar_duty_days(autumn_2026(), date(2026, 9, 1), date(2026, 10, 31),
                                     follows={date(2026, 10, 10): FRI}))
    assert days[date(2026, 10, 10)].timetable == FRI
    assert days[date(2026, 9, 20)].timetable == TUE


def test_every_make_up_workday_the_package_knows_is_resolved():
    calendar = SchoolCalendar()
    first, last = package_years()
    for year in range(first, last + 1):
        made_up = {i.day for i in calendar.special_days(date(year, 1, 1), date(year, 12, 31))
                   if i.kind is DayKind.MAKEUP_WORKDAY}
        assert set(replaced_weekdays(calendar, date(year, 1, 1), date(year, 12, 31))) == made_up, year
    # Spring Festival 2018: two make-up workdays, three days off in lieu (19-21 Feb): the last two
    spring_2018 = replaced_weekdays(calendar, date(2018, 2, 1), date(2018, 2, 28))
    assert spring_2018 == {date(2018, 2, 11): TUE, date(2018, 2, 24): WED}


# A year entered by hand: 2027 is not in the package (synthetic days, not the State Council's 2027 notice).
OFFICE_2027 = {
    date(2027, 1, 1): ("holiday", "元旦"),
    **{date(2027, 2, d): ("holiday", "春节") for d in range(6, 14)},
    date(2027, 2, 20): ("workday", "春节调休"),
    date(2027, 4, 5): ("holiday", "清明节"),
}
SPRING_2027 = (date(2027, 2, 22), date(2027, 7, 9))


def test_a_year_entered_by_hand_the_office_chooses_the_timetable():
    calendar = SchoolCalendar(OFFICE_2027, [SPRING_2027])
    assert replaced_weekdays(calendar, date(2027, 1, 1), date(2027, 12, 31)) == {}
    days = by_day(calendar_duty_days(calendar, date(2027, 2, 1), date(2027, 4, 30)))
    assert date(2027, 2, 20) not in days                    # the make-up Saturday lies before the semester
    assert date(2027, 4, 5) not in days and days[date(2027, 4, 6)].timetable == TUE
    wider = SchoolCalendar(OFFICE_2027, [(date(2027, 2, 15), date(2027, 7, 9))])
    days = by_day(calendar_duty_days(wider, date(2027, 2, 15), date(2027, 2, 28)))
    assert days[date(2027, 2, 20)] == DutyDay(date(2027, 2, 20), None, makeup=True)   # unresolved until chosen
    days = by_day(calendar_duty_days(wider, date(2027, 2, 15), date(2027, 2, 28), follows={date(2027, 2, 20): FRI}))
    assert days[date(2027, 2, 20)].timetable == FRI


def test_days_from_a_predicate_or_a_set_of_dates():
    school = {date(2026, 10, 9), date(2026, 10, 10), date(2026, 10, 12)}
    from_set = duty_days(date(2026, 10, 8), date(2026, 10, 12), school, follows={date(2026, 10, 10): WED})
    from_call = duty_days(date(2026, 10, 8), date(2026, 10, 12), school.__contains__,
                          follows={date(2026, 10, 10): WED})
    assert from_set == from_call == [DutyDay(date(2026, 10, 9), FRI), DutyDay(date(2026, 10, 10), WED, makeup=True),
                                     DutyDay(date(2026, 10, 12), MON)]
    with_weekend = duty_days(date(2026, 10, 8), date(2026, 10, 12), school, weekend_day={date(2026, 10, 11)})
    assert DutyDay(date(2026, 10, 11), SUN, school_day=False) in with_weekend
    assert DutyDay(date(2026, 10, 10), None, makeup=True) in with_weekend


@pytest.mark.parametrize("day", [date(2026, 9, 20), date(2026, 10, 10)])
def test_the_calendars_predicate_gives_the_same_days(day):
    calendar = autumn_2026()
    direct = by_day(duty_days(date(2026, 9, 1), date(2026, 10, 31), calendar.is_school_day,
                              follows=replaced_weekdays(calendar, date(2026, 9, 1), date(2026, 10, 31))))
    assert direct[day] == by_day(calendar_duty_days(calendar, date(2026, 9, 1), date(2026, 10, 31)))[day]
