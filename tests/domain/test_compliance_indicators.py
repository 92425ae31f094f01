"""The seven §19 indicators on hand-checked small offices: green, amber and red of each (2023 Anhui defaults)."""
from __future__ import annotations

import pytest

from counselor_app.domain import compliance as c
from counselor_app.domain import policy
from counselor_app.domain.compliance import Status

T = policy.defaults()   # amber from 80 % of the target


def test_due_so_far_counts_whole_ones_only():
    assert c.due_so_far(1, 18 / 2) == 9          # 18 weeks: 9 lessons (one every two weeks)
    assert c.due_so_far(1, 0.99) == 0            # the semester not over: the family activity not due yet
    assert c.due_so_far(40, 0.5) == 20
    assert c.due_so_far(2, 1.0) == 2


# --- 课程开设 -------------------------------------------------------------------------------------------------
def _courses(lessons, family, weeks=20, semesters=1.0, category=policy.K12, credits=None):
    return c.courses(c.CourseCounts(category, lessons, family, weeks, semesters, credits), T)


def test_courses_green_when_every_class_has_its_lessons_and_family_activity():
    ind = _courses({1: 10, 2: 11}, {1: 1, 2: 1})      # 20 weeks: 10 lessons due
    assert (ind.status, ind.figure, ind.target, ind.gaps) == (Status.GREEN, 100.0, 100, ())


def test_courses_amber_when_four_of_five_classes_meet_it():
    ind = _courses({1: 10, 2: 10, 3: 10, 4: 10, 5: 9}, {k: 1 for k in range(1, 6)})
    assert (ind.status, ind.figure, ind.gaps) == (Status.AMBER, 80.0, (5,))
    assert ind.notes[0].params == {"count": 1, "total": 5, "due": 10}


def test_courses_red_when_half_the_classes_lack_the_family_activity():
    ind = _courses({1: 10, 2: 10}, {1: 1})
    assert (ind.status, ind.figure, ind.gaps) == (Status.RED, 50.0, (2,))


def test_courses_vocational_and_university_rules():
    assert _courses({1: 10}, {1: 1}, category=policy.VOCATIONAL).status == Status.GREEN
    assert _courses({1: 9}, {1: 1}, category=policy.VOCATIONAL).status == Status.RED   # one class, short
    assert _courses({1: 0}, {1: 1}, category=policy.UNIVERSITY, credits=2).status == Status.GREEN
    assert _courses({1: 0}, {1: 1}, category=policy.UNIVERSITY, credits=None).status == Status.RED
    assert _courses({1: 0}, {1: 1}, category=policy.UNIVERSITY, credits=1.6).status == Status.AMBER   # 80 %
    assert _courses({}, {}).status == Status.RED


# --- 专职教师配备 ---------------------------------------------------------------------------------------------
def _staff(students, full, part=(), hours=None, trainings=None, sup=None, publicity=1, years=1.0,
           category=policy.K12):
    hours = hours if hours is not None else {s: 40 for s in full}
    trainings = trainings if trainings is not None else {s: 2 for s in part}
    sup = sup if sup is not None else {s: 2 for s in (*full, *part)}
    return c.staffing(c.StaffCounts(category, students, full, part, hours, trainings, sup, publicity, years), T)


def test_staffing_green_amber_red():
    assert _staff(1200, [1], [2]).status == Status.GREEN
    amber = _staff(1200, [1], [2], trainings={2: 1})          # the part-time teacher had one training of two
    assert (amber.status, amber.gaps, amber.figure, amber.target) == (Status.AMBER, (2,), 1.0, 1.0)
    assert _staff(1200, [1], publicity=0).status == Status.AMBER   # no all-staff publicity activity this year
    red = _staff(1001, [], [2])                                  # more than 1000 students, no full-time teacher
    assert (red.status, red.figure, red.target) == (Status.RED, 0.0, 1.0)
    assert _staff(1000, [], [2]).status == Status.GREEN          # 1000 students: part-time is enough
    assert _staff(300, []).status == Status.RED                  # nobody at all


def test_staffing_university_ratio_and_half_year():
    assert c.required_fulltime(policy.UNIVERSITY, 9000, T) == 3      # 1:4000, rounded up
    assert c.required_fulltime(policy.UNIVERSITY, 3000, T) == 2      # at least two
    assert _staff(9000, [1, 2], category=policy.UNIVERSITY).status == Status.RED
    half = _staff(1200, [1], hours={1: 20}, sup={1: 1}, years=0.5)   # half the year: 20 h and 1 supervision due
    assert half.status == Status.GREEN


# --- 经费场地保障 ---------------------------------------------------------------------------------------------
def _resources(category, students, funding, rooms=None, m2=None):
    return c.funding_venue(c.ResourceCounts(category, students, funding, rooms, m2), T)


def test_funding_venue_green_amber_red():
    assert _resources(policy.UNIVERSITY, 10000, 150000, m2=300).status == Status.GREEN     # 15 yuan, 300 m²
    amber = _resources(policy.UNIVERSITY, 10000, 140000, m2=320)                          # 14 yuan per student
    assert (amber.status, amber.figure, amber.target) == (Status.AMBER, 14.0, 15)
    assert _resources(policy.UNIVERSITY, 10000, None, m2=None).status == Status.RED        # nothing entered
    assert _resources(policy.K12, 800, 20000, rooms=1).status == Status.GREEN
    assert _resources(policy.K12, 800, 20000, rooms=0).status == Status.AMBER
    assert _resources(policy.K12, 800, 0, rooms=0).status == Status.RED


# --- 校医协同 -------------------------------------------------------------------------------------------------
def test_hospital_green_amber_red():
    assert c.hospital(c.HospitalCounts(True), T).status == Status.GREEN
    amber = c.hospital(c.HospitalCounts(True, 4, (7,)), T)
    assert (amber.status, amber.figure, amber.gaps) == (Status.AMBER, 4.0, (7,))
    assert c.hospital(c.HospitalCounts(False), T).status == Status.RED


# --- 排查预警 -------------------------------------------------------------------------------------------------
def test_screening_green_amber_red():
    assert c.screening(c.ScreeningCounts(200, [1], 200), T).status == Status.GREEN
    amber = c.screening(c.ScreeningCounts(200, [1], 180), T)      # 90 % of the 100 % asked
    assert (amber.status, amber.figure, amber.target) == (Status.AMBER, 90.0, 100)
    assert c.screening(c.ScreeningCounts(200, [1], 100), T).status == Status.RED
    assert c.screening(c.ScreeningCounts(200, [], 0), T).status == Status.RED
    # the monthly review meetings count once that part exists
    assert c.screening(c.ScreeningCounts(200, [1], 200, 3, 6), T).status == Status.RED


# --- 干预化解 / 重症学生包保 ------------------------------------------------------------------------------------
@pytest.mark.parametrize("overdue, status", [((), Status.GREEN), ((1,), Status.AMBER), ((1, 2, 3), Status.RED)])
def test_intervention(overdue, status):
    ind = c.intervention(c.InterventionCounts([1, 2, 3, 4, 5], overdue), T)
    assert ind.status == status and ind.gaps == tuple(overdue)


def test_intervention_with_no_open_entries_is_green():
    assert c.intervention(c.InterventionCounts([], []), T).figure == 100.0


@pytest.mark.parametrize("covered, status", [((1, 2, 3, 4, 5), Status.GREEN), ((1, 2, 3, 4), Status.AMBER),
                                             ((1,), Status.RED)])
def test_severe(covered, status):
    ind = c.severe(c.SevereCounts([1, 2, 3, 4, 5], covered), T)
    assert ind.status == status


def test_amber_share_is_a_setting():
    strict = T | {"amber_share_percent": 95}
    assert c.severe(c.SevereCounts([1, 2, 3, 4, 5], [1, 2, 3, 4]), strict).status == Status.RED


def test_every_indicator_has_a_label():
    assert [i.label for i in c.IndicatorCode] == ["Courses", "Full-time teachers", "Funding and venue",
                                                  "School–hospital cooperation", "Screening and warning",
                                                  "Intervention", "Severe cases under care"]
