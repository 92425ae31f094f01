"""The policy's review meetings per grade and month (设置 → 政策指标, review_meetings_per_month, §6): a grade is short
in a month while it has fewer meetings (prepared, in progress or finalized; not abandoned) than the setting asks —
on the start page's list, the year's month × grade overview and the compliance page's loop."""
from __future__ import annotations

import pytest
from meeting_helpers import HELD, MONTH, TODAY, login, prepared_office

from counselor_app.domain.roles import Role
from counselor_app.services import compliance, meetings, meetings_overview as overview, settings
from counselor_app.store import school_years


@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    return prepared_office(tmp_path_factory, "meetingspolicy")


@pytest.fixture
def head(prepared, tmp_path):
    s = login(prepared, tmp_path, Role.HEAD)
    yield s
    s.close()


def new(p, name=""):
    return meetings.NewMeeting(p.grade_id, MONTH, meetings.MeetingEdit(HELD, "15:30", "17:00", "三楼会议室",
                                                                       p.staff[0], p.staff[1]), name)


def short(s):
    return {g.grade_id: (g.grade, g.held, g.required) for g in overview.grades_short(s, today=TODAY)}


def test_one_meeting_a_month_as_before(prepared, head):
    everyone = {g for g, _n in overview.grades_without_meeting(head, today=TODAY)}
    assert short(head)[prepared.grade_id] == (prepared.grade, 0, 1) and set(short(head)) == everyone
    meetings.create_meeting(head, new(prepared), today=TODAY)
    assert prepared.grade_id not in short(head)
    assert {g for g, _n in overview.grades_without_meeting(head, today=TODAY)} == everyone - {prepared.grade_id}
    loops = dict((str(label), n) for label, n in compliance.other_loops(head, TODAY))
    assert loops["Grades without a review meeting this month"] == len(everyone) - 1


def test_two_meetings_a_month_list_a_grade_with_one_as_one_of_two(prepared, head):
    everyone = set(short(head))
    settings.set_thresholds(head, {"review_meetings_per_month": 2})
    first = meetings.create_meeting(head, new(prepared), today=TODAY)
    assert short(head)[prepared.grade_id] == (prepared.grade, 1, 2)          # listed as 1/2
    assert set(short(head)) == everyone                                     # the others hold none of two
    loops = dict((str(label), n) for label, n in compliance.other_loops(head, TODAY))
    assert loops["Grades with fewer review meetings this month than the policy asks"] == len(everyone)
    extra = meetings.create_meeting(head, new(prepared, "临时研判会"), today=TODAY)
    assert prepared.grade_id not in short(head)                             # two of two: no longer short
    year = school_years.on(head.conn, TODAY.isoformat())
    view = overview.year_overview(head, year.id)
    cell = next(c for g in view.grades if g.grade_id == prepared.grade_id for c in g.cells if c.month == MONTH)
    assert view.required == 2 and len(cell.meetings) == 2 and not cell.short(view.required)
    # an abandoned meeting does not count
    meetings.abandon_meeting(head, extra, "改期", meetings.load_meeting(head, extra).revision)
    assert short(head)[prepared.grade_id] == (prepared.grade, 1, 2)
    cell = next(c for g in overview.year_overview(head, year.id).grades if g.grade_id == prepared.grade_id
                for c in g.cells if c.month == MONTH)
    assert cell.meetings == ((first, "regular", "preparing"),) and cell.short(2)
