"""An office with the 2026-2027 school year, a duty list of staff and the templates of a small counseling room."""
from __future__ import annotations

from dataclasses import dataclass

from counselor_app.services import duty, school_calendar, staff
from counselor_app.services.school_calendar import YearEdit
from counselor_app.services.staff import StaffEdit

YEAR = YearEdit("2026-2027", "2026-09-01", "2027-08-31",
                (("2026-09-01", "2027-01-22"), ("2027-02-22", "2027-07-09")))
NAMES = ("林老师", "陈老师", "赵老师", "周老师", "吴老师", "郑老师")
SHIFTS = (("午休", "12:10", "13:30"), ("课后", "16:40", "17:40"))


@dataclass
class DutyOffice:
    autumn: int             # semester ids
    spring: int
    staff: list[int]        # on the duty list; the first three are full-time counselors
    room: int               # posts
    hotline: int
    templates: list[int]


def duty_office(session, *, hotline_counselors_only: bool = True) -> DutyOffice:
    existing = {y.name: y.id for y in school_calendar.list_school_years(session)}
    year = school_calendar.save_school_year(session, YEAR, existing.get(YEAR.name))
    sems = {s.number: s.id for y in school_calendar.list_school_years(session) if y.id == year for s in y.semesters}
    people = [staff.save_staff(session, StaffEdit(n, roles=("counselor_full",) if i < 3 else ("counselor_part",)))
              for i, n in enumerate(NAMES)]
    room = duty.save_post(session, "辅导室")
    hotline = duty.save_post(session, "热线")
    templates = []
    for wd in range(5):
        for period, start, end in SHIFTS:
            templates.append(duty.save_template(session, sems[1], duty.TemplateEdit(room, wd, period, start, end)))
            roles = ("counselor_full",) if hotline_counselors_only else ()
            templates.append(duty.save_template(session, sems[1], duty.TemplateEdit(hotline, wd, period, start, end,
                                                                                     roles=roles)))
    duty.set_members(session, sems[1], tuple(people))
    return DutyOffice(sems[1], sems[2], people, room, hotline, templates)


def enter_2027(session) -> None:
    """The office enters January 2027 (the package does not cover 2027): New Year's Day."""
    school_calendar.add_office_day(session, "2027-01-01", "holiday", "元旦")
