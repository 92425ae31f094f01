"""A meeting counts the students of its grade as the grade was on the meeting's day (the class history, schema 5),
and the office's local day everywhere: last year's minutes reprinted after the school-year rollover show the same
summary, students and classes as before it (a student who has left since still counted); a meeting written down
after the rollover for a day before it has that day's grade on its agenda; the agenda's "back from leave" and the
minutes' day of finalizing are the Beijing days, not the UTC ones."""
from __future__ import annotations

from datetime import date

import pytest

from counselor_app.domain.errors import ValidationError
from counselor_app.domain.roles import Role
from counselor_app.services import meeting_documents, meetings, meetings_agenda as agenda
from counselor_app.services import meetings_attendance as attendance, meetings_decisions as dec
from counselor_app.services import meetings_finalize as fin, meetings_minutes, rollover, students
from counselor_app.store import audit, meeting_records as records, membership
from counselor_app.store.database import transaction
from meeting_helpers import HELD, MONTH, TODAY, login, prepared_office, shanghai  # noqa: F401  (a fixture)


@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    return prepared_office(tmp_path_factory, "meetings_as_held")


@pytest.fixture
def head(prepared, tmp_path):
    s = login(prepared, tmp_path, Role.HEAD)
    yield s
    s.close()


def meeting_of(s, p, held: date = HELD) -> int:
    return meetings.create_meeting(s, meetings.NewMeeting(p.grade_id, MONTH, meetings.MeetingEdit(
        held, "15:30", "17:00", "三楼会议室", p.staff[0], p.staff[1])), today=TODAY)


def finalize(s, mid: int) -> None:
    for it in agenda.get_meeting(s, mid).items:
        dec.record_decision(s, mid, it.id, dec.DecisionEdit("maintain"))
    meetings.start_meeting(s, mid, meetings.load_meeting(s, mid).revision)
    people = tuple(attendance.AttendeeEdit(a.role, a.staff_id, attendance="present")
                   for a in agenda.get_meeting(s, mid).attendees)
    attendance.set_attendees(s, mid, people, meetings.load_meeting(s, mid).revision)
    fin.finalize_meeting(s, mid, meetings.load_meeting(s, mid).revision, today=TODAY)


def printed(s, mid: int):
    """What the minutes print of the students: the summary, and each row's number and class (the annex)."""
    got = meetings_minutes.minutes(s, mid, identity=True)
    return got.summary, [(r.student_no, r.klass) for r in got.identity], [r.klass for r in got.decisions]


def roll_over(s) -> None:
    """The real school-year rollover (七年级 becomes 八年级), on today's date."""
    plan = rollover.preview_rollover(s, today=date.today())
    rollover.apply_rollover(s, plan, today=date.today())


def test_last_year_s_minutes_count_the_same_students_after_the_rollover(prepared, head):
    mid = meeting_of(head, prepared)
    finalize(head, mid)
    before = printed(head, mid)
    summary = before[0]
    assert summary.open == 5 and summary.new == 2 and len(before[1]) >= 3   # the office of meeting_helpers
    leaver = prepared.students[1]          # 'new' (orange): leaves school after the meeting, before the rollover
    students.change_status(head, leaver, "transferred", "转学")
    roll_over(head)
    now_in_grade = {r[0] for r in head.conn.execute(
        "SELECT s.id FROM student s JOIN school_class c ON c.id = s.class_id WHERE c.grade_id = ?",
        (prepared.grade_id,))}
    assert not now_in_grade & set(prepared.students)     # the grade's students have moved up (or graduated)
    assert printed(head, mid) == before                   # same counts, students and classes as it was
    day_students = membership.grade_students_on(head.conn, prepared.grade_id, HELD.isoformat())
    assert leaver in day_students and set(prepared.students) <= set(day_students)


def test_a_meeting_of_the_new_year_counts_the_grade_as_it_is_now(prepared, head):
    roll_over(head)
    later = date.today().isoformat()
    mine = set(membership.grade_students_on(head.conn, prepared.grade_id, later))
    assert not mine & set(prepared.students)
    assert {e.entry_id for e in records.grade_entries(head.conn, prepared.grade_id, later)} \
        .isdisjoint(prepared.entries.values())


def test_a_student_the_register_did_not_know_yet_counts_in_the_class_they_began_in(prepared, head):
    # the demo office's students entered the register on 2026-11-01: a meeting dated in October still counts them
    october = membership.grade_students_on(head.conn, prepared.grade_id, "2026-10-20")
    assert set(prepared.students) <= set(october)
    assert prepared.other_grade_student not in october


def test_an_abandoned_meeting_after_the_rollover_still_names_the_class_it_had(prepared, head):
    mid = meeting_of(head, prepared)
    meetings.abandon_meeting(head, mid, "校运会", meetings.load_meeting(head, mid).revision)
    before = [it.klass for it in agenda.get_meeting(head, mid).items]
    roll_over(head)
    assert [it.klass for it in agenda.get_meeting(head, mid).items] == before
    assert all(k.startswith(prepared.grade) for k in before)


def test_a_meeting_prepared_after_the_rollover_for_a_day_before_it_discusses_that_day_s_grade(prepared, head):
    roll_over(head)
    mid = meeting_of(head, prepared)       # held on 18 Nov, written down only after the rollover
    items = agenda.get_meeting(head, mid).items
    assert {prepared.students[0], prepared.students[1]} <= {it.student_id for it in items} <= set(prepared.students)
    assert all(it.klass.startswith(prepared.grade) for it in items)
    extra = prepared.students[-1]          # by hand: in the grade on the meeting's day, in the next grade now
    agenda.add_student(head, mid, extra)
    assert extra in {it.student_id for it in agenda.get_meeting(head, mid).items}
    with pytest.raises(ValidationError):   # never in the grade: refused, the agenda as it was
        agenda.add_student(head, mid, prepared.other_grade_student)
    assert len(agenda.get_meeting(head, mid).items) == len(items) + 1


def status(s, student_id: int, st: str, at: str) -> None:
    with transaction(s.conn):
        s.conn.execute("UPDATE student SET status = ? WHERE id = ?", (st, student_id))
        s.conn.execute("INSERT INTO student_status_history (student_id, status, changed_at, reason, user_id) "
                       "VALUES (?, ?, ?, '病假', 1)", (student_id, st, at))


def test_a_return_at_07_30_in_beijing_is_on_that_beijing_day(prepared, head, shanghai):
    back, late = prepared.students[6], prepared.students[7]
    status(head, back, "on_leave", "2026-10-10T02:00:00+00:00")
    status(head, back, "enrolled", "2026-10-20T23:30:00+00:00")   # 21 Oct 07:30 in Beijing: after the last meeting
    status(head, late, "on_leave", "2026-11-01T02:00:00+00:00")
    status(head, late, "enrolled", "2026-11-18T16:30:00.250000+00:00")   # 19 Nov 00:30 in Beijing: after the meeting
    got = records.returns_in_grade(head.conn, prepared.grade_id, "2026-10-20", "2026-11-18")
    assert got == {back: "2026-10-21"}
    assert records.returns_in_grade(head.conn, prepared.grade_id, "2026-10-21", "2026-11-18") == {}
    assert records.returns_in_grade(head.conn, prepared.grade_id, "2026-11-18", "2026-11-19") == {late: "2026-11-19"}


def test_the_agenda_puts_a_student_back_at_07_30_on_it(prepared, head, shanghai):
    back = prepared.students[6]
    status(head, back, "on_leave", "2026-10-10T02:00:00+00:00")
    # a grade's first meeting looks back 31 days, to 18 Oct: 19 Oct 07:30 in Beijing is 18 Oct 23:30 UTC
    status(head, back, "enrolled", "2026-10-18T23:30:00+00:00")
    mid = meeting_of(head, prepared)
    item = next(it for it in agenda.get_meeting(head, mid).items if it.student_id == back)
    assert "returned" in item.reasons


def test_the_minutes_say_the_beijing_day_of_finalizing(prepared, head, shanghai, monkeypatch):
    monkeypatch.setattr(audit, "now_iso", lambda: "2026-11-18T23:30:00+00:00")   # 19 Nov 07:30 in Beijing
    mid = meeting_of(head, prepared)
    finalize(head, mid)
    assert meetings_minutes.minutes(head, mid).meeting.finalized_on == "2026-11-19"
    sheet = meeting_documents.sign_in_data(head, mid)
    assert sheet.meeting.finalized_on == "2026-11-19"
