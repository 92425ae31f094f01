"""The duty roster of a semester: generation over the calendar, coverage, publishing, manual edits, the month."""
from __future__ import annotations

from datetime import date

import pytest

from duty_helpers import duty_office, enter_2027
from counselor_app.domain.duty_plan import ConflictReason, GapReason
from counselor_app.domain.errors import ValidationError
from counselor_app.services import duty, duty_roster, school_calendar, staff, users
from counselor_app.services.duty_roster import ConflictsFirst, GapsNeedConfirmation, YearNotCovered
from counselor_app.domain.roles import Role
from counselor_app.store import audit

BEFORE = date(2026, 8, 20)          # "today" for the tests that plan the whole autumn semester
AUTUMN_END = date(2026, 12, 31)


def actions(session) -> list[str]:
    return [r.action for r in audit.iter_all(session.conn)]


def generate(session, semester, first=None, last=AUTUMN_END, **kw):
    preview = duty_roster.preview_roster(session, semester, first, last, today=BEFORE, **kw)
    duty_roster.apply_roster(session, preview)
    return preview


def test_a_year_the_calendar_does_not_cover_is_refused_with_a_pointer(session):
    office = duty_office(session)
    with pytest.raises(YearNotCovered) as refused:
        duty_roster.preview_roster(session, office.autumn, today=BEFORE)        # the semester ends in January 2027
    assert "2027" in refused.value.english() and "School calendar page" in refused.value.english()
    with pytest.raises(YearNotCovered):
        duty_roster.publish_roster(session, office.autumn)
    enter_2027(session)                                                          # the office enters 2027's days
    assert duty_roster.preview_roster(session, office.autumn, today=BEFORE).plan.seats > 0


def test_the_2026_autumn_semester_is_generated_on_school_days_only(session):
    office = duty_office(session)
    preview = generate(session, office.autumn)
    days = {a.day for a in preview.plan.assignments}
    assert date(2026, 9, 25) not in days and not any(date(2026, 10, d) in days for d in range(1, 8))
    assert {date(2026, 9, 20), date(2026, 10, 10)} <= days
    templates = {t.id: t for t in duty.duty_setup(session, office.autumn).templates}
    assert {templates[a.template_id].weekday for a in preview.plan.assignments
            if a.day == date(2026, 9, 20)} == {1}                               # Sunday 20 Sep: Tuesday's shifts
    assert preview.plan.complete and preview.plan.seats == 84 * 4
    hotline = {a.person_id for a in preview.plan.assignments if templates[a.template_id].post_id == office.hotline}
    assert hotline == set(office.staff[:3])                                      # counselors only on the hotline
    counts = [line.counts.total for line in duty_roster.fairness(session, office.autumn)]
    assert len(counts) == 6 and max(counts) - min(counts) <= 1
    assert "duty.generate" in actions(session)


def test_generation_keeps_manual_duties_and_the_past(session):
    office = duty_office(session)
    generate(session, office.autumn)
    first_day = [a for a in duty_roster.coverage(session, office.autumn, "2026-09-01", "2026-09-01").plan.assignments]
    lunch = first_day[0]
    row = next(a for a in duty_roster.my_duties(session, "2026-09-01", "2026-09-01", staff_id=lunch.person_id)
               if a.template_id == lunch.template_id)
    other = next(p for p in office.staff if p != lunch.person_id and p in office.staff[:3])
    try:
        duty_roster.reassign(session, row.id, other)
    except ValidationError:                                   # the other is on another shift then: take a part-timer
        other = office.staff[5]
        duty_roster.reassign(session, row.id, other)
    again = duty_roster.preview_roster(session, office.autumn, "2026-09-01", "2026-09-30", today=BEFORE)
    assert any(a.day == date(2026, 9, 1) and a.template_id == lunch.template_id and a.person_id == other and a.manual
               for a in again.plan.assignments)
    fresh = duty_roster.preview_roster(session, office.autumn, "2026-09-01", "2026-09-30", today=BEFORE,
                                       keep_manual=False)
    assert not any(a.manual for a in fresh.plan.assignments)
    # from today (1 October) on: September is never planned again
    later = duty_roster.preview_roster(session, office.autumn, "2026-09-01", "2026-10-31", today=date(2026, 10, 1))
    assert later.first == date(2026, 10, 1) and min(a.day for a in later.plan.assignments) >= date(2026, 10, 8)
    with pytest.raises(ValidationError, match="past"):
        duty_roster.preview_roster(session, office.autumn, "2026-09-01", "2026-09-30", today=date(2026, 10, 1))


def test_a_stale_preview_is_refused(session):
    office = duty_office(session)
    preview = duty_roster.preview_roster(session, office.autumn, "2026-09-01", "2026-09-30", today=BEFORE)
    duty.add_unavailability(session, office.autumn, duty.UnavailableEdit(office.staff[0], "teaching", weekday=0))
    with pytest.raises(ValidationError, match="changed since"):
        duty_roster.apply_roster(session, preview)


def test_unavailability_is_respected_and_shown_as_conflict_when_added_later(session):
    office = duty_office(session)
    generate(session, office.autumn, last=date(2026, 10, 31))
    sick = office.staff[1]
    duty.add_unavailability(session, office.autumn, duty.UnavailableEdit(sick, "sick", "2026-10-12", "2026-10-16"))
    found = duty_roster.coverage(session, office.autumn, "2026-09-01", "2026-10-31")
    conflicts = {(c.assignment.day, c.reason) for c in found.plan.conflicts}
    assert conflicts and all(reason is ConflictReason.UNAVAILABLE and date(2026, 10, 12) <= day <= date(2026, 10, 16)
                             for day, reason in conflicts)
    with pytest.raises(ConflictsFirst):
        duty_roster.publish_roster(session, office.autumn, "2026-10-31")
    preview = generate(session, office.autumn, date(2026, 10, 1), date(2026, 10, 31))
    assert not any(a.person_id == sick and date(2026, 10, 12) <= a.day <= date(2026, 10, 16)
                   for a in preview.plan.assignments)
    assert not duty_roster.coverage(session, office.autumn, "2026-09-01", "2026-10-31").plan.conflicts


def test_coverage_names_who_left_and_deactivated_accounts(session):
    office = duty_office(session)
    generate(session, office.autumn, last=date(2026, 9, 30))
    staff.set_active(session, office.staff[4], False)
    account = users.add_user(session, "zhouls", "周老师", Role.ASSISTANT, "Quiet-River-2026")
    staff.link_account(session, account.id, office.staff[3])
    users.deactivate_user(session, "zhouls")
    found = duty_roster.coverage(session, office.autumn, "2026-09-01", "2026-09-30")
    reasons = {c.assignment.person_id: c.reason for c in found.plan.conflicts}
    assert reasons == {office.staff[4]: ConflictReason.LEFT, office.staff[3]: ConflictReason.DEACTIVATED}
    again = duty_roster.preview_roster(session, office.autumn, "2026-09-01", "2026-09-30", today=BEFORE)
    assert not {office.staff[3], office.staff[4]} & {a.person_id for a in again.plan.assignments}


def test_publishing_with_gaps_needs_confirmation(session):
    office = duty_office(session)
    duty.set_members(session, office.autumn, tuple(office.staff[3:]))   # no counselor: the hotline stays empty
    generate(session, office.autumn, last=date(2026, 9, 30))
    found = duty_roster.coverage(session, office.autumn, "2026-09-01", "2026-09-30")
    assert found.gaps == 2 * 22 and {g.reason for g in found.plan.gaps} == {GapReason.NOBODY_ELIGIBLE}
    with pytest.raises(GapsNeedConfirmation) as refused:
        duty_roster.publish_roster(session, office.autumn, "2026-09-30")
    assert refused.value.params["gaps"] == 44
    published = duty_roster.publish_roster(session, office.autumn, "2026-09-30", confirm_gaps=True)
    assert published.published_through is None and published.gaps == 44
    assert duty_roster.coverage(session, office.autumn, "2026-09-01", "2026-09-30").published_through == \
        date(2026, 9, 30)
    assert "duty.publish" in actions(session)


def test_manual_edits_keep_the_rules(session):
    office = duty_office(session)
    lunch_monday = office.templates[0]                    # 辅导室, Monday, 午休
    hotline_monday = office.templates[1]                  # 热线, Monday, 午休 (counselors only)
    duty_roster.assign(session, "2026-09-07", lunch_monday, office.staff[0])
    with pytest.raises(ValidationError, match="already on this shift"):
        duty_roster.assign(session, "2026-09-07", lunch_monday, office.staff[0])
    with pytest.raises(ValidationError, match="already has the 1"):
        duty_roster.assign(session, "2026-09-07", lunch_monday, office.staff[1])
    with pytest.raises(ValidationError, match="same time"):
        duty_roster.assign(session, "2026-09-07", hotline_monday, office.staff[0])
    with pytest.raises(ValidationError, match="may not take"):
        duty_roster.assign(session, "2026-09-07", hotline_monday, office.staff[4])
    with pytest.raises(ValidationError, match="does not take place"):
        duty_roster.assign(session, "2026-10-05", lunch_monday, office.staff[1])          # National Day
    duty.add_unavailability(session, office.autumn, duty.UnavailableEdit(office.staff[1], "teaching", weekday=0,
                                                                         period="午休"))
    with pytest.raises(ValidationError, match="unavailable"):
        duty_roster.assign(session, "2026-09-07", hotline_monday, office.staff[1])
    new = duty_roster.assign(session, "2026-09-07", hotline_monday, office.staff[2])
    duty_roster.unassign(session, new)
    assert [a.staff_id for a in duty_roster.my_duties(session, "2026-09-07", "2026-09-07", staff_id=office.staff[2])] \
        == []
    assert {"duty.assign", "duty.unassign"} <= set(actions(session))


def test_the_month_per_post(session):
    office = duty_office(session)
    generate(session, office.autumn, last=date(2026, 10, 31))
    month = duty_roster.month_roster(session, 2026, 10)
    assert [p.post for p in month.posts] == ["辅导室", "热线"]
    room = month.posts[0]
    assert sorted(room.days) == sorted(d for d in room.days)
    assert date(2026, 10, 1) not in room.days and date(2026, 10, 10) in room.days
    assert [line.times for line in room.days[date(2026, 10, 12)]] == ["12:10–13:30", "16:40–17:40"]
    assert month.notes[date(2026, 10, 10)] == "make-up workday" and not month.published
    with pytest.raises(ValidationError):
        duty_roster.month_roster(session, 2026, 13)


def test_the_month_shows_a_shift_nobody_is_on_as_empty_seats_through_the_planned_days(session):
    """A shift nobody on the list may take: generated, it has no duty at all, and the month (the grid, the door)
    still lists it on each of its days, its seats empty, as the check before publishing does; a month after the last
    planned day lists nothing."""
    office = duty_office(session)
    evening = duty.save_template(session, office.autumn, duty.TemplateEdit(office.room, 2, "晚自习", "19:00", "21:00",
                                                                           roles=("school_leader",)))
    generate(session, office.autumn, last=date(2026, 10, 31))
    room = next(p for p in duty_roster.month_roster(session, 2026, 10).posts if p.post == "辅导室")
    empty = {day: line for day, lines in room.days.items() for line in lines if line.template_id == evening}
    # the Wednesdays (7 Oct a holiday) and Saturday 10 Oct, a make-up workday on Wednesday's timetable
    assert sorted(empty) == [date(2026, 10, d) for d in (10, 14, 21, 28)]
    line = empty[date(2026, 10, 14)]
    assert (line.period, line.times, line.names, line.heads, line.assignment_ids) == ("晚自习", "19:00–21:00", (), 1, ())
    assert [x.template_id for x in room.days[date(2026, 10, 12)]] != []                   # the other days as before
    assert duty_roster.month_roster(session, 2026, 11).posts == ()                       # not generated yet


def test_the_school_calendar_change_shows_as_a_conflict(session):
    office = duty_office(session)
    generate(session, office.autumn, last=date(2026, 9, 30))
    school_calendar.add_office_day(session, "2026-09-18", "holiday", "校运会")
    found = duty_roster.coverage(session, office.autumn, "2026-09-01", "2026-09-30")
    assert {(c.assignment.day, c.reason) for c in found.plan.conflicts} == {(date(2026, 9, 18),
                                                                             ConflictReason.NO_SHIFT)}
