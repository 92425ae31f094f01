"""The demo office's watch list (services/demo_watch.py playing domain/demo_watch.py through the services)."""
from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

import pytest
from testdata import CHEAP_KDF

from counselor_app.domain import demo_watch_texts as texts
from counselor_app.domain.school import SchoolType
from counselor_app.domain.watch import CloseReason, Overdue, Severity, Source, State, codes
from counselor_app.services import integrity, office, staff, users, watch, watch_detail, watch_loop
from counselor_app.services.demo import DEMO_PASSWORD, create_demo_office
from counselor_app.store import watch_records as record_store

TODAY = date(2026, 11, 20)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo") / "office"
    made = create_demo_office(folder, students=600, kdf=CHEAP_KDF, today=TODAY, watch=True)
    s = made.office.session
    rows = watch.list_entries(s, today=TODAY)
    details = {r.id: watch_detail.get_entry(s, r.id) for r in rows}
    head_view = watch_loop.my_overdue(s, today=TODAY)
    problems = integrity.plan_problems(s)
    s.close()
    with office.login(folder, "counselor", DEMO_PASSWORD) as c:
        mine = watch_loop.my_overdue(c, today=TODAY)
        counselor_staff = c.user.staff_id
    return {"rows": rows, "details": details, "head": head_view, "mine": mine, "counselor_staff": counselor_staff,
            "problems": problems}


def test_a_plain_demo_has_an_empty_watch_list(tmp_path):
    made = create_demo_office(tmp_path / "o", students=40, kdf=CHEAP_KDF, today=TODAY)
    with made.office.session as s:
        assert watch.list_entries(s, today=TODAY) == []


def test_about_four_percent_of_the_students_in_every_state_level_class_and_source(demo):
    rows = demo["rows"]
    assert 20 <= len(rows) <= 30                       # 3–5% of 600
    assert len({r.student_id for r in rows}) == len(rows)
    assert set(Counter(r.state for r in rows)) == set(codes(State))
    levels = Counter(r.level for r in rows)
    assert levels["yellow"] > levels["orange"] > levels["red"] > 0
    assert {r.severity for r in rows} >= set(codes(Severity))
    assert {r.source for r in rows} == set(codes(Source))
    assert {r.source for r in rows if r.state != State.CLOSED} == set(codes(Source))
    assert len({r.klass for r in rows}) > 5


def test_every_close_reason_a_reopening_a_waiting_and_a_returned_closing(demo):
    details = demo["details"].values()
    closed = [d for d in details if d.entry.state == State.CLOSED]
    assert {d.entry.close_reason for d in closed} == set(codes(CloseReason))
    assert all(d.close_note and d.entry.closed_on for d in closed)
    kinds = Counter(h.kind for d in details for h in d.history)
    assert kinds["reopened"] == 1 and kinds["close_rejected"] == 1 and kinds["level"] >= 2
    waiting = [d for d in details if d.entry.state != State.CLOSED and d.entry.close_requested_at]
    assert len(waiting) == 1
    assert [r.id for r in demo["head"].close_requests] == [waiting[0].entry.id]
    red_closed = [d for d in closed if d.entry.level == "red"]
    assert red_closed == []                               # 高危 never closes before being lowered


def test_plans_follow_ups_and_contacts_over_the_months(demo):
    details = list(demo["details"].values())
    with_plan = [d for d in details if d.plan is not None]
    assert len(with_plan) >= len(details) - 6           # candidates, the entry without a plan, quick closings
    assert sum(len(d.plan_versions) >= 2 for d in details) >= 4
    assert not demo["problems"]                         # every plan version signed by its author
    types = {m.type for d in with_plan for m in d.plan.measures}
    assert {"individual", "teacher_watch", "family", "medical", "medication", "academic"} <= types
    followups = [f for d in details for f in d.followups]
    assert len(followups) >= 100
    days = sorted(date.fromisoformat(f.on_date) for f in followups)
    assert days[0] <= TODAY - timedelta(days=200) and days[-1] <= TODAY
    texts = [f.seen for f in followups]
    assert len(set(texts)) >= 0.9 * len(texts)            # varied, not one sentence repeated
    assert all(sum("\u4e00" <= ch <= "\u9fff" for ch in t) > 20 for t in texts)
    assert sum(len(f.addenda) for f in followups) >= 2
    contacts = [c for d in details for c in d.contacts]
    assert len(contacts) >= 20 and {c.result for c in contacts} >= {"reached", "declined"}
    for d in details:   # every fact within the entry's life
        opened = d.entry.opened_on
        assert all(opened <= f.on_date <= TODAY.isoformat() for f in d.followups)
        assert all(opened <= c.on_date <= TODAY.isoformat() for c in d.contacts)


def test_red_is_seen_weekly_and_orange_fortnightly(demo):
    for d in demo["details"].values():
        if d.entry.state == State.CLOSED or not d.followups or d.entry.level not in ("red", "orange"):
            continue
        days = sorted(date.fromisoformat(f.on_date) for f in d.followups)
        if d.entry.level == "red" and len(days) > 3:
            gaps = [(b - a).days for a, b in zip(days, days[1:])]
            assert max(gaps) <= 7, gaps


def test_overdue_on_purpose_and_on_the_right_start_pages(demo):
    rows = demo["rows"]
    reasons = Counter(o for r in rows for o in r.overdue)
    assert reasons[Overdue.REVIEW] >= 2
    assert reasons[Overdue.MEASURE] >= 1 and reasons[Overdue.NO_PLAN] >= 1 and reasons[Overdue.RESPONSIBLE_LOST] >= 1
    overdue = {r.id for r in rows if r.overdue}
    assert {r.id for r in demo["head"].overdue} == overdue and demo["head"].everyone
    mine = demo["mine"]
    assert demo["counselor_staff"] is not None and not mine.everyone
    assert 2 <= len(mine.overdue) < len(overdue)
    assert all(any(s == demo["counselor_staff"] for _d, s, _n in r.responsible) for r in mine.overdue)
    assert mine.close_requests == ()
    lost = next(r for r in rows if Overdue.RESPONSIBLE_LOST in r.overdue)
    assert any(not p.active for p in demo["details"][lost.id].responsible)


def test_the_counselor_account_is_a_counselor_of_the_staff(tmp_path):
    made = create_demo_office(tmp_path / "o", students=300, kdf=CHEAP_KDF, today=TODAY)
    with made.office.session as s:
        accounts = {u.login: u for u in users.list_users(s)}
        people = {p.id: p for p in staff.list_staff(s)}
    linked = people[accounts["counselor"].staff_id]
    assert any(r.startswith("counselor") for r in linked.roles) and not linked.classes
    assert accounts["counselor"].staff_id != accounts["demo"].staff_id


def test_the_same_seed_writes_the_same_watch_list(tmp_path, demo):
    again = create_demo_office(tmp_path / "again", students=600, kdf=CHEAP_KDF, today=TODAY, watch=True)
    with again.office.session as s:
        rows = watch.list_entries(s, today=TODAY)
        seen = [f.seen for r in rows for f in watch_detail.get_entry(s, r.id).followups]

    def key(rs):
        return [(r.student_no, r.level, r.state, r.opened_on, r.next_review, r.overdue) for r in rs]

    assert key(rows) == key(demo["rows"])
    assert seen == [f.seen for r in demo["rows"] for f in demo["details"][r.id].followups]


@pytest.mark.parametrize("school_type, students", [(SchoolType.UNIVERSITY, 400), (SchoolType.PRIMARY, 30)])
def test_other_schools_and_small_ones(tmp_path, school_type, students):
    made = create_demo_office(tmp_path / "o", students=students, school_type=school_type, kdf=CHEAP_KDF,
                              today=TODAY, watch=True)
    with made.office.session as s:
        rows = watch.list_entries(s, today=TODAY)
        text = "".join(f.seen for r in rows[:6] for f in watch_detail.get_entry(s, r.id).followups)
        assert record_store.all_plans(s.conn)
        people = staff.list_staff(s)
    assert 0 < len(rows) <= students
    assert any(Overdue.RESPONSIBLE_LOST in r.overdue for r in rows)
    newcomer = next(p for p in people if p.name in {n for n, _g in texts.NEW_HEAD_TEACHERS})
    assert newcomer.classes and any(not p.active for p in people)
    if school_type is SchoolType.UNIVERSITY:
        assert "班主任" not in text and newcomer.roles == ("instructor",)
