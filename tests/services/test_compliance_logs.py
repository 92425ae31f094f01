"""The compliance logs and the indicators read from them, on a small hand-checked middle school."""
from __future__ import annotations

from datetime import date

import pytest

from duty_helpers import YEAR
from counselor_app.domain.compliance import Status
from counselor_app.domain.errors import ValidationError
from counselor_app.services import compliance, compliance_logs as logs, school_calendar, staff, structure
from counselor_app.services.compliance_logs import (
    FamilyEdit, LessonEdit, PublicityEdit, SupervisionEdit, TrainingEdit, YearResourcesEdit,
)
from counselor_app.services.staff import StaffEdit
from counselor_app.store import audit

END_OF_AUTUMN = date(2027, 1, 25)   # the autumn semester (2026-09-01 .. 2027-01-22) is over


@pytest.fixture
def school(session):
    existing = {y.name: y.id for y in school_calendar.list_school_years(session)}   # a new office has the year
    year = school_calendar.save_school_year(session, YEAR, existing.get(YEAR.name))
    classes = [structure.add_class(session, "七年级", f"{n}班") for n in (1, 2)]
    full = staff.save_staff(session, StaffEdit("林老师", roles=("counselor_full",)))
    part = staff.save_staff(session, StaffEdit("陈老师", roles=("counselor_part",)))
    return year, classes, full, part


def _fill_autumn(session, classes, full, part, lessons=10):
    day = date(2026, 9, 7)
    for k in classes:
        for n in range(lessons):
            logs.save_log(session, "lesson", LessonEdit(k, date.fromordinal(day.toordinal() + 14 * n), full,
                                                        f"第{n + 1}课"))
    logs.save_log(session, "family", FamilyEdit(date(2026, 10, 20), "家庭教育讲座", "lecture", tuple(classes), 80, 71))
    logs.save_log(session, "publicity", PublicityEdit(date(2026, 9, 10), "全体教师心理健康宣传", "all_staff", 60))
    logs.save_log(session, "training", TrainingEdit(full, date(2026, 10, 1), "省级培训", 24))
    logs.save_log(session, "training", TrainingEdit(part, date(2026, 11, 1), "市级培训", 8))
    logs.save_log(session, "supervision", SupervisionEdit(full, date(2026, 11, 3), "group"))
    logs.save_log(session, "supervision", SupervisionEdit(part, date(2026, 11, 3), "group"))


def test_logs_are_added_listed_changed_removed_and_audited(session, school):
    _year, classes, full, _part = school
    lesson = logs.save_log(session, "lesson", LessonEdit(classes[0], date(2026, 9, 8), full, "认识情绪"))
    rows = logs.list_logs(session, "lesson", "2026-09-01", "2027-01-22")
    assert [(r.id, r.on_date, r.values["class"], r.values["teacher"], r.values["topic"]) for r in rows] == [
        (lesson, "2026-09-08", "七年级(1)班", "林老师", "认识情绪")]
    logs.save_log(session, "lesson", LessonEdit(classes[0], date(2026, 9, 8), full, "认识情绪", 2), lesson)
    assert logs.list_logs(session, "lesson", "2026-09-01", "2027-01-22")[0].values["periods"] == 2
    activity = logs.save_log(session, "family", FamilyEdit(date(2026, 10, 1), "家长课堂", "online", tuple(classes), 90, 80))
    assert logs.list_logs(session, "family", "2026-09-01", "2026-12-31")[0].values["class_ids"] == tuple(classes)
    logs.remove_log(session, "family", activity)
    assert logs.list_logs(session, "family", "2026-09-01", "2026-12-31") == []
    actions = [(r.action, r.target_type) for r in audit.iter_all(session.conn) if r.action.startswith("compliance")]
    assert actions == [("compliance.add", "lesson"), ("compliance.edit", "lesson"), ("compliance.add", "family"),
                       ("compliance.remove", "family")]


@pytest.mark.parametrize("kind, edit, message", [
    ("lesson", LessonEdit(None, date(2026, 9, 1)), "Choose a class"),
    ("lesson", LessonEdit(99, date(2026, 9, 1)), "not in the register"),
    ("family", FamilyEdit(date(2026, 9, 1), "讲座", "lecture", ()), "at least one class"),
    ("family", FamilyEdit(date(2026, 9, 1), "", "lecture", (1,)), "title"),
    ("publicity", PublicityEdit(date(2026, 9, 1), "宣传", "aliens"), "listed kinds"),
    ("training", TrainingEdit(1, "2026-13-01", "培训", 2), "a day such as"),
    ("training", TrainingEdit(1, date(2026, 9, 1), "培训", 0), "Hours"),
    ("supervision", SupervisionEdit(12345, date(2026, 9, 1), "group"), "staff member"),
    ("publicity", PublicityEdit(date(2026, 9, 1), "宣" * 81, "students"), "At most 80"),
])
def test_bad_input_is_refused_and_nothing_is_written(session, school, kind, edit, message):
    with pytest.raises(ValidationError, match=message):
        logs.save_log(session, kind, edit)
    assert logs.list_logs(session, kind, "2000-01-01", "2100-01-01") == []


def test_the_indicators_of_a_complete_autumn(session, school):
    year, classes, full, part = school
    _fill_autumn(session, classes, full, part)
    logs.save_year_resources(session, year, YearResourcesEdit(20000, 2, 60, None, "示范市第四人民医院", date(2025, 3, 1)))
    board = compliance.dashboard(session, "2026-2027-1", today=END_OF_AUTUMN)
    status = {i.code: i.status for i in board.indicators}
    # 10 lessons each (21 weeks: 10 due), one family activity each; the full-time teacher had 24 h by late January
    # (0.4 of the year: 16 h due), the part-time teacher one training of the 0 due so far; one supervision each
    assert status == {"courses": Status.GREEN, "staffing": Status.GREEN, "funding_venue": Status.GREEN,
                      "hospital": Status.GREEN, "screening": Status.RED,       # no screening results yet
                      "intervention": Status.GREEN, "severe": Status.GREEN}
    assert board.period.start == date(2026, 9, 1) and board.as_of == date(2027, 1, 22)
    # the other parts' loops, as counts, for the head who may see them all
    assert [(str(label), n) for label, n in board.loops] == [
        ("Grades without a review meeting this month", 1), ("Referral receipts overdue", 0),
        ("Counseling sessions without a record", 0)]
    assert any(r.action == "view.compliance" and r.target_id == "2026-2027-1" for r in audit.iter_all(session.conn))


def test_the_indicators_turn_amber_and_red(session, school):
    year, classes, full, part = school
    _fill_autumn(session, classes[:1], full, part)        # the second class: no lessons, no family activity
    logs.save_year_resources(session, year, YearResourcesEdit(None, 0))
    board = compliance.dashboard(session, "2026-2027-1", today=END_OF_AUTUMN)
    by_code = {i.code: i for i in board.indicators}
    assert by_code["courses"].status == Status.RED and by_code["courses"].gaps == (classes[1],)
    assert by_code["funding_venue"].status == Status.RED
    assert by_code["hospital"].status == Status.RED
    # a second term later: the year's 40 hours are due in full and the full-time teacher has 24
    board = compliance.dashboard(session, "2026-2027", today=date(2027, 9, 1))
    staffing = {i.code: i for i in board.indicators}["staffing"]
    assert staffing.status == Status.AMBER and full in staffing.gaps


def test_an_unknown_period_is_a_clear_message(session, school):
    with pytest.raises(ValidationError, match="2031-2032-1"):
        compliance.dashboard(session, "2031-2032-1")
    with pytest.raises(ValidationError, match="No such semester"):
        compliance.dashboard(session, "2026-2027-3")


def test_year_resources_are_saved_and_checked(session, school):
    year = school[0]
    logs.save_year_resources(session, year, YearResourcesEdit(15000.5, 1, 80.0, None, "医院"))
    assert logs.get_year_resources(session, year).funding_yuan == 15000.5
    with pytest.raises(ValidationError, match="numbers from 0"):
        logs.save_year_resources(session, year, YearResourcesEdit(-1))
    with pytest.raises(ValidationError, match="numbers from 0"):
        logs.save_year_resources(session, year, YearResourcesEdit(venue_rooms=1.5))
    assert logs.get_year_resources(session, year).venue_rooms == 1


def test_the_records_behind_an_indicator(session, school):
    year, classes, full, part = school
    _fill_autumn(session, classes[:1], full, part)
    logs.save_year_resources(session, year, YearResourcesEdit(20000, 2))
    rows = compliance.indicator_evidence(session, "2026-2027-1", "courses", today=END_OF_AUTUMN)
    assert [(r.id, r.short, r.figures) for r in rows] == [(classes[1], True, (0, 0)), (classes[0], False, (10, 1))]
    staff_rows = compliance.indicator_evidence(session, "2026-2027-1", "staffing", today=END_OF_AUTUMN)
    assert {(r.label, r.figures) for r in staff_rows} == {("林老师", (24.0, 1, 1)), ("陈老师", (8.0, 1, 1))}
    year_rows = compliance.indicator_evidence(session, "2026-2027-1", "funding_venue", today=END_OF_AUTUMN)
    assert [(r.kind, r.figures, r.short) for r in year_rows] == [("school_year", (20000.0, 2, None), False)]


def test_a_past_period_counts_todays_counselors_and_says_so(session, school):
    # the staff register keeps no dates of employment: a semester that is over is judged on today's counselors,
    # and the staffing indicator says so instead of pretending to know who worked then
    year, classes, full, part = school

    def staffing(today):
        board = compliance.dashboard(session, "2026-2027-1", today=today)
        return {i.code: i for i in board.indicators}["staffing"]

    running = staffing(date(2026, 12, 1))
    assert all(n.text != compliance.NOTE_STAFF_TODAY for n in running.notes)
    over = staffing(END_OF_AUTUMN)
    assert [n.params for n in over.notes if n.text == compliance.NOTE_STAFF_TODAY] == [{"day": "2027-01-25"}]
    assert set(over.evidence) == {full, part}
    staff.set_active(session, part, False)   # left after the semester: the register cannot tell
    assert set(staffing(END_OF_AUTUMN).evidence) == {full}
