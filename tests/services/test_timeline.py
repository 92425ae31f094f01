"""One student's timeline: every event about the student, newest first, a page at a time, each source only for the
roles allowed to see it."""
import itertools
import time
from datetime import datetime, timedelta, timezone

import pytest

from counselor_app.domain.errors import PermissionDenied
from counselor_app.domain.roles import Role
from counselor_app.services import students, timeline
from counselor_app.services.office import login
from counselor_app.services.users import add_user
from counselor_app.store import audit, register
from counselor_app.store.database import transaction

ASSISTANT, ASSISTANT_PASSWORD = "zhaoli", "Desk-Helper-2026"
START = datetime(2026, 9, 1, 8, 0, tzinfo=timezone.utc)


@pytest.fixture
def clock(monkeypatch):
    """Every time the services take (audit rows, status history) is a minute after the last one."""
    ticks = (START + timedelta(minutes=n) for n in itertools.count())
    monkeypatch.setattr(audit, "now_iso", lambda: next(ticks).isoformat())


@pytest.fixture
def klass(session):
    with transaction(session.conn):
        grade = register.insert_grade(session.conn, "七年级", "grade", 7, None, 0)
        return register.insert_class(session.conn, grade, "七年级(3)班", None, 0)


def a_life(session, klass):
    """Entered by hand, looked at, edited, on leave, back: the student's file as the services write it."""
    edit = students.StudentEdit("2026070301", "林小雨", "female", "2013-04-02", klass)
    sid = students.save_student(session, edit)
    other = students.save_student(session, students.StudentEdit("2026070302", "周明", class_id=klass))
    students.get_student(session, sid)
    students.save_student(session, students.StudentEdit("2026070302", "周明", class_id=klass, dorm="2号楼"), other)
    students.save_student(session, students.StudentEdit(**{**edit.__dict__, "dorm": "3号楼-215"}), sid)
    students.change_status(session, sid, "on_leave", "因病休学")
    students.change_status(session, sid, "enrolled", "复学")
    return sid


REGISTER = ["status", "edits", "access"]   # every source but the classes (tested on their own, below)


def rows(page):
    return [(e.source, e.title, e.detail, e.by) for e in page.events if e.source != "classes"]


def test_the_head_sees_every_event_newest_first(session, clock, klass):
    sid = a_life(session, klass)
    page = timeline.student_timeline(session, sid)
    assert rows(page) == [
        ("status", "Status changed to enrolled", "复学", "王主任"),
        ("status", "Status changed to on leave", "因病休学", "王主任"),
        ("edits", "Student changed", "changed: dormitory", "王主任"),
        ("access", "Student viewed", "", "王主任"),
        ("status", "Entered the register", "entered by hand", "王主任"),
    ]   # the other student's edit is not there; student.add and student.status are the status events themselves
    assert page.sources[:4] == ("status", "classes", "edits", "access") and not page.more and page.before is None
    assert sorted(page.sources[4:]) == ["crisis", "referrals", "screening", "watch"]   # the features' own, in the order first imported
    assert [e.at for e in page.events] == sorted((e.at for e in page.events), reverse=True)
    only = timeline.student_timeline(session, sid, sources=["status"])
    assert [e.source for e in only.events] == ["status"] * 3


def test_an_assistant_sees_the_register_events_but_not_who_looked(new_office, data_dir, clock, klass):
    sid = a_life(new_office.session, klass)
    add_user(new_office.session, ASSISTANT, "赵丽", Role.ASSISTANT, ASSISTANT_PASSWORD)
    new_office.session.close()
    with login(data_dir, ASSISTANT, ASSISTANT_PASSWORD) as assistant:
        page = timeline.student_timeline(assistant, sid)
        assert page.sources == ("status", "classes", "edits")
        assert [t for _s, t, _d, _b in rows(page)] == [
            "Status changed to enrolled", "Status changed to on leave", "Student changed", "Entered the register"]
        with pytest.raises(PermissionDenied):   # asked for anyway: refused, and the refusal audited
            timeline.student_timeline(assistant, sid, sources=["access"])
        last = list(audit.iter_all(assistant.conn))[-1]
        assert (last.action, last.target_type, last.target_id, last.outcome) == (
            "denied.view_audit", "student", str(sid), "denied")


def fill(session, student_id, count, at, action="view.student"):
    """``count`` audit rows about the student at the times ``at(n)`` (hashes chained by audit.append)."""
    with transaction(session.conn):
        for n in range(count):
            audit.append(session.conn, user_id=session.user.id, action=action, target_type="student",
                         target_id=student_id, at=at(n))


def walk(session, sid, limit):
    pages, before = [], None
    while True:
        page = timeline.student_timeline(session, sid, limit=limit, before=before, sources=REGISTER)
        pages.append(page)
        if not page.more:
            return pages
        before = page.before


def test_thousands_of_rows_come_a_page_at_a_time_none_lost_none_twice(session, clock, klass):
    sid = a_life(session, klass)
    busy = START - timedelta(days=30)   # older than the pages' own looks (audited as they are read)
    fill(session, sid, 3000, lambda n: (busy + timedelta(minutes=n)).isoformat())
    fill(session, sid + 1, 20000, lambda n: (busy + timedelta(seconds=n)).isoformat())   # others' rows around
    first = timeline.student_timeline(session, sid, sources=REGISTER)   # its speed: bench/bench_timeline.py
    assert len(first.events) == timeline.PAGE and first.more
    pages = walk(session, sid, 100)
    events = [e for p in pages for e in p.events]
    assert len(pages) == 31 and all(len(p.events) <= 100 for p in pages)
    # the rows, the student's life, and the look at the first page above (audited)
    assert len(events) == 3000 + 5 + 1 and len({(e.source, e.seq) for e in events}) == len(events)
    assert [e.at for e in events] == sorted((e.at for e in events), reverse=True)
    assert events[0].title == "Student viewed" and events[5].title == "Entered the register"
    assert events[-1].at == busy.isoformat()


def test_events_of_one_instant_stay_on_one_page(session, clock, klass):
    sid = a_life(session, klass)
    late = START - timedelta(days=1)
    t1, t2, t3 = (late + timedelta(hours=h) for h in (1, 2, 3))
    fill(session, sid, 10, lambda n: t1.isoformat())
    fill(session, sid, 250, lambda n: t2.isoformat())   # more than a page at one instant
    fill(session, sid, 50, lambda n: t3.isoformat())
    pages = walk(session, sid, 100)
    instants = [{e.at for e in p.events} for p in pages]
    assert len(pages[0].events) == 5 + 50 and min(instants[0]) == t3.isoformat()   # the student's life, then t3
    assert instants[1] == {t2.isoformat()} and len(pages[1].events) == 250
    assert t1.isoformat() in instants[2]
    events = [e for p in pages for e in p.events]
    assert len(events) == 310 + 5 and len({(e.source, e.seq) for e in events}) == len(events)
    for earlier, later in zip(instants, instants[1:]):
        assert not earlier & later


def test_the_class_of_each_school_year(session, clock, klass):
    from counselor_app.services import profile
    from counselor_app.store import membership

    sid = students.save_student(session, students.StudentEdit("2026070301", "林小雨"))   # no class yet
    with transaction(session.conn):
        grade = register.insert_grade(session.conn, "八年级", "grade", 8, None, 1)
        other = register.insert_class(session.conn, grade, "八年级(1)班", None, 0)
        y1 = register.insert_school_year(session.conn, "2035-2036", "2035-09-01", "2036-07-15", [])
        y2 = register.insert_school_year(session.conn, "2036-2037", "2036-09-01", "2037-07-15", [])
        membership.place(session.conn, [(sid, klass)], y1, "2035-09-01")
        membership.place(session.conn, [(sid, klass)], y2, "2036-09-01")   # the class moved up a year
        membership.place(session.conn, [(sid, other)], y2, "2037-03-01")
        membership.place(session.conn, [(sid, None)], y2, "2037-07-01")   # left
    page = timeline.student_timeline(session, sid, sources=["classes"])
    assert [(e.title, e.detail) for e in page.events] == [
        ("Left 八年级(1)班", "school year 2036-2037"),
        ("Placed in 八年级(1)班", "school year 2036-2037; before: 七年级(3)班"),
        ("Moved up to 七年级(3)班", "school year 2036-2037"),
        ("Placed in 七年级(3)班", "school year 2035-2036"),
    ]
    assert all(e.day_only for e in page.events)
    assert [e.at for e in page.events] == sorted((e.at for e in page.events), reverse=True)
    second = timeline.student_timeline(session, sid, sources=["classes"], limit=2)
    assert [e.title for e in second.events] == ["Left 八年级(1)班", "Placed in 八年级(1)班"] and second.more
    rest = timeline.student_timeline(session, sid, sources=["classes"], limit=2, before=second.before)
    assert [e.title for e in rest.events] == ["Moved up to 七年级(3)班", "Placed in 七年级(3)班"]
    history = profile.status_changes(session, sid)
    assert [(c.year, c.klass, c.since, c.until) for c in history.classes] == [
        ("2035-2036", "七年级(3)班", "2035-09-01", "2036-09-01"), ("2036-2037", "七年级(3)班", "2036-09-01", "2037-03-01"),
        ("2036-2037", "八年级(1)班", "2037-03-01", "2037-07-01")]


def test_audit_details_read_in_words_with_the_office_own_level_names(session, clock, klass):
    """'meeting=9 entry=10 refer yellow>orange' as a review meeting wrote it: ids, the decision and the levels in
    words, the levels as the office named them (settings: risk levels)."""
    from counselor_app.domain import watch as rules
    from counselor_app.services import audit_view, watch_loop

    sid = students.save_student(session, students.StudentEdit("2026070303", "林小雨", class_id=klass))
    named = [rules.Level(lv.code, "一级关注" if lv.code == "yellow" else lv.label, lv.colour, lv.rank,
                         lv.review_days, lv.may_close) for lv in rules.DEFAULT_LEVELS]
    watch_loop.save_levels(session, named)
    with transaction(session.conn):
        audit.append(session.conn, user_id=session.user.id, action="meeting.apply", target_type="student",
                     target_id=sid, detail="meeting=9 entry=10 refer yellow>orange")
    [event] = [e for e in timeline.student_timeline(session, sid, sources=["access"]).events
               if e.title.startswith("Review meeting decision applied")]
    assert event.detail == ("review meeting #9; watch-list entry #10; suggest a referral to a hospital; "
                            "一级关注 → close concern")
    row = next(r for r in audit.iter_all(session.conn) if r.action == "meeting.apply")
    trail = audit_view.names_for(session, [row])
    assert "一级关注 → close concern" in timeline.audit_labels.detail_words(row, trail, str)   # the audit page too
    assert row.detail == "meeting=9 entry=10 refer yellow>orange"   # the stored row as written
