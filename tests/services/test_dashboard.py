"""The start page's figures: school year and week, today's kind of day, years whose holidays are missing."""
from datetime import date

from counselor_app.domain import holidays
from counselor_app.services import dashboard, school_calendar


def test_school_year_week_and_today(session):
    # the office was created with the school year around today; pick days inside it
    years = school_calendar.list_school_years(session)
    year = years[0]
    first = year.semesters[0]
    d = dashboard.start_page(session, first.start)
    assert d.school_year == year.name and d.semester == 1 and d.week == 1
    national_day = date(first.start.year, 10, 1)
    d = dashboard.start_page(session, national_day)
    assert d.today_kind == "holiday" and str(d.today_name) == "National Day"


def test_missing_holidays_are_named_until_the_office_enters_them(session):
    year = school_calendar.list_school_years(session)[0]
    uncovered = [y for y in range(year.start.year, year.end.year + 1) if not holidays.is_year_covered(y)]
    d = dashboard.start_page(session, year.semesters[0].start)
    assert d.holidays_missing == tuple(uncovered)
    if uncovered:
        school_calendar.add_office_day(session, date(uncovered[0], 1, 1), "holiday", "元旦")
        assert dashboard.start_page(session, year.semesters[0].start).holidays_missing == tuple(uncovered[1:])
