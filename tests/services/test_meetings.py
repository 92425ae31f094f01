"""Review meetings: preparing (agenda from the records, refresh, hand changes), decisions, finalizing all or nothing,
the lock (service and trigger), addenda, the referral hook, bad input."""
from datetime import date

import pytest

from counselor_app.domain.errors import PermissionDenied, ValidationError
from counselor_app.domain.roles import Role
from counselor_app.services import meetings, meetings_agenda as agenda, meetings_attendance as attendance
from counselor_app.services import meetings_decisions as dec, meetings_finalize as fin, meetings_minutes
from counselor_app.services import meetings_overview as overview
from counselor_app.store import database, watch_records as plan_store
from meeting_helpers import HELD, MONTH, TODAY, login, prepared_office


@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    return prepared_office(tmp_path_factory, "meetings")


@pytest.fixture
def head(prepared, tmp_path):
    s = login(prepared, tmp_path, Role.HEAD)
    yield s
    s.close()


def new(p, name="", held=HELD):
    return meetings.NewMeeting(p.grade_id, MONTH, meetings.MeetingEdit(held, "15:30", "17:00", "三楼会议室",
                                                                       p.staff[0], p.staff[1]), name)


def items_by_student(s, mid):
    return {it.student_id: it for it in agenda.get_meeting(s, mid).items}


def ready(s, mid):
    """Start the meeting and mark everyone present."""
    meetings.start_meeting(s, mid, meetings.load_meeting(s, mid).revision)
    people = tuple(attendance.AttendeeEdit(a.role, a.staff_id, attendance="present")
                   for a in agenda.get_meeting(s, mid).attendees)
    attendance.set_attendees(s, mid, people, meetings.load_meeting(s, mid).revision)


def watch_state(s):
    tables = ("watch_entry", "watch_history", "watch_plan", "watch_measure")
    return {t: s.conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in tables}


def meeting_state(s):
    tables = ("meeting", "meeting_item", "meeting_decision", "meeting_action", "meeting_attendee")
    return {t: s.conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in tables}


# -- the agenda -------------------------------------------------------------------------------------------------------

def test_agenda_reasons_on_a_hand_checked_office(prepared, head):
    mid = meetings.create_meeting(head, new(prepared), today=TODAY)
    st, e = prepared.students, prepared.entries
    got = {it.student_id: it.reasons for it in agenda.get_meeting(head, mid).items}
    # 'calm' (review 2026-12-15, opened before the month) is not on it; the orange one comes first
    assert got == {st[1]: ("due", "new"), st[0]: ("due",), st[3]: ("level_changed",), st[4]: ("new",)}
    view = agenda.get_meeting(head, mid)
    assert [it.student_id for it in view.items][0] == st[1]
    first = view.items[0].summary
    assert (first.entry_id, first.level, first.state) == (e["new"], "orange", "following")


def test_refresh_keeps_manual_items_and_order(prepared, head):
    mid = meetings.create_meeting(head, new(prepared), today=TODAY)
    st = prepared.students
    hand = agenda.add_student(head, mid, st[7])
    items = agenda.get_meeting(head, mid).items
    order = tuple(reversed([it.id for it in items]))
    agenda.reorder(head, mid, order)
    agenda.refresh_agenda(head, mid)
    after = agenda.get_meeting(head, mid).items
    assert tuple(it.id for it in after) == order
    assert next(it for it in after if it.id == hand).manual
    with pytest.raises(ValidationError) as e:
        agenda.reorder(head, mid, order[1:])
    assert e.value.source == agenda.BAD_ORDER


def test_a_student_of_another_grade_is_refused(prepared, head):
    mid = meetings.create_meeting(head, new(prepared), today=TODAY)
    with pytest.raises(ValidationError) as e:
        agenda.add_student(head, mid, prepared.other_grade_student)
    assert e.value.source == agenda.NOT_IN_GRADE and prepared.grade in str(e.value)
    with pytest.raises(ValidationError) as e:
        agenda.add_student(head, mid, prepared.students[0])
    assert e.value.source == agenda.ALREADY_ON


def test_two_regular_meetings_in_a_month_are_refused_an_extra_one_is_named(prepared, head):
    meetings.create_meeting(head, new(prepared), today=TODAY)
    with pytest.raises(ValidationError) as e:
        meetings.create_meeting(head, new(prepared), today=TODAY)
    assert e.value.source == meetings.REGULAR_EXISTS
    extra = meetings.create_meeting(head, new(prepared, "临时研判会"), today=TODAY)
    assert meetings.load_meeting(head, extra).kind == "extra"
    with pytest.raises(ValidationError) as e:
        meetings.create_meeting(head, new(prepared, "临时研判会"), today=TODAY)
    assert e.value.source == meetings.NAME_TAKEN


def test_an_abandoned_meeting_frees_the_month(prepared, head):
    mid = meetings.create_meeting(head, new(prepared), today=TODAY)
    with pytest.raises(ValidationError) as e:
        meetings.abandon_meeting(head, mid, " ", meetings.load_meeting(head, mid).revision)
    assert e.value.source == meetings.NO_ABANDON_REASON
    meetings.abandon_meeting(head, mid, "年级组长外出培训，改期", meetings.load_meeting(head, mid).revision)
    assert meetings.create_meeting(head, new(prepared), today=TODAY) != mid
    with pytest.raises(PermissionDenied):
        agenda.refresh_agenda(head, mid)


@pytest.mark.parametrize("edit, message", [
    (meetings.MeetingEdit(date(2026, 12, 1)), "DAY_OUTSIDE_MONTH"),
    (meetings.MeetingEdit(HELD, "25:00"), "BAD_TIME"),
    (meetings.MeetingEdit(HELD, "16:00", "15:00"), "END_BEFORE_START"),
])
def test_bad_dates_and_times(prepared, head, edit, message):
    from counselor_app.domain import meeting as rules

    with pytest.raises(ValidationError) as e:
        meetings.create_meeting(head, meetings.NewMeeting(prepared.grade_id, MONTH, edit), today=TODAY)
    assert e.value.source == getattr(meetings, message, None) or e.value.source == getattr(rules, message)
    with pytest.raises(ValidationError):
        meetings.create_meeting(head, meetings.NewMeeting(prepared.grade_id, "2026-13", meetings.MeetingEdit(HELD)))


# -- decisions and finalizing ------------------------------------------------------------------------------------------

def decide_all(s, p, mid):
    st = p.students
    it = items_by_student(s, mid)
    dec.record_decision(s, mid, it[st[1]].id, dec.DecisionEdit("lower", level="yellow", actions=(
        dec.ActionEdit("family", "班主任每周与家长电话沟通一次", owner_staff_id=p.staff[3],
                       due_on=date(2026, 12, 10)),), parent_contact="班主任本周内电话告知家长", note="情绪明显好转"))
    dec.record_decision(s, mid, it[st[0]].id, dec.DecisionEdit("close", close_reason="improved", note="稳定三个月"))
    dec.record_decision(s, mid, it[st[3]].id, dec.DecisionEdit("refer", actions=(
        dec.ActionEdit("medical", "建议家长带至市精神卫生中心就诊", owner_other="家长", due_on=date(2026, 11, 30)),)))
    dec.record_decision(s, mid, it[st[4]].id, dec.DecisionEdit("raise", level="orange", severity="mild",
                                                               next_review=date(2026, 11, 25)))


def test_finalize_applies_every_decision_and_locks(prepared, head):
    mid = meetings.create_meeting(head, new(prepared), today=TODAY)
    decide_all(head, prepared, mid)
    ready(head, mid)
    done = fin.finalize_meeting(head, mid, meetings.load_meeting(head, mid).revision, today=TODAY)
    assert (done.applied, done.raised, done.lowered, done.closed, done.measures) == (4, 1, 1, 1, 2)
    e = prepared.entries
    rows = {r[0]: r[1:] for r in head.conn.execute("SELECT id, level, state, next_review FROM watch_entry")}
    assert rows[e["new"]] == ("yellow", "following", "2026-12-05")       # lowered: opened 11-05 + 30 days
    assert rows[e["due"]][1] == "closed"                                  # the head's finalization approves
    assert rows[e["candidate"]] == ("orange", "following", "2026-11-25")  # confirmed and raised
    plan = plan_store.current_plan(head.conn, e["new"])
    assert [m.type for m in plan_store.measures(head.conn, plan.id)] == ["family"]
    assert meetings.load_meeting(head, mid).state == "finalized"
    # the lock: a direct service call, then SQL on the store
    with pytest.raises(PermissionDenied):
        dec.record_decision(head, mid, items_by_student(head, mid)[prepared.students[1]].id,
                            dec.DecisionEdit("maintain"))
    with pytest.raises(PermissionDenied):
        meetings.edit_meeting(head, mid, meetings.MeetingEdit(HELD), meetings.load_meeting(head, mid).revision)
    # the store's own functions, under any check a service might forget: the triggers refuse them
    from counselor_app.store import meeting_records as records, meetings as meeting_store

    item = items_by_student(head, mid)[prepared.students[1]]
    for write in (lambda: records.delete_decision(head.conn, item.id),
                  lambda: meeting_store.update_meeting(head.conn, mid, {"state": "preparing"}),
                  lambda: meeting_store.replace_attendees(head.conn, mid, []),
                  lambda: records.mark_applied(head.conn, 1, level_before="", level_after="", state_before="",
                                               state_after="", review_after="", at="")):
        with pytest.raises(database.DatabaseError):
            with database.transaction(head.conn):
                write()
    for sql in ("UPDATE meeting SET place = 'x'", "UPDATE meeting_decision SET code = 'maintain'",
                "DELETE FROM meeting_action", "UPDATE meeting_attendee SET attendance = 'absent'",
                "INSERT INTO meeting_item (meeting_id, student_id, position, added_at) VALUES (1, 9, 99, 'x')",
                "DELETE FROM meeting"):
        with pytest.raises(database.DatabaseError):
            with database.transaction(head.conn):
                head.conn.execute(sql)
    minutes = meetings_minutes.minutes(head, mid)
    assert [d.decision for d in minutes.decisions] == ["lower", "close", "refer", "raise"]
    assert all("*" in d.student for d in minutes.decisions) and minutes.identity is None
    assert meetings_minutes.minutes(head, mid, identity=True).identity[0].number == 1


def test_a_counselor_finalizing_leaves_the_closing_to_the_head(prepared, tmp_path):
    s = login(prepared, tmp_path, Role.COUNSELOR)
    try:
        mid = meetings.create_meeting(s, new(prepared), today=TODAY)
        decide_all(s, prepared, mid)
        ready(s, mid)
        done = fin.finalize_meeting(s, mid, meetings.load_meeting(s, mid).revision, today=TODAY)
        assert (done.closed, done.close_requests) == (0, 1)
        state, asked = s.conn.execute("SELECT state, close_requested_at FROM watch_entry WHERE id = ?",
                                      (prepared.entries["due"],)).fetchone()
        assert state == "following" and asked
    finally:
        s.close()


def test_finalizing_is_all_or_nothing(prepared, head, monkeypatch):
    mid = meetings.create_meeting(head, new(prepared), today=TODAY)
    decide_all(head, prepared, mid)
    ready(head, mid)
    before_watch, before_meeting = watch_state(head), meeting_state(head)
    calls = []
    real = plan_store.insert_measure

    def failing(*args, **kwargs):   # the second decision with measures fails midway
        calls.append(1)
        if len(calls) == 2:
            raise database.DatabaseError("disk I/O error")
        return real(*args, **kwargs)

    monkeypatch.setattr(plan_store, "insert_measure", failing)
    with pytest.raises(database.DatabaseError):
        fin.finalize_meeting(head, mid, meetings.load_meeting(head, mid).revision, today=TODAY)
    assert len(calls) == 2
    assert watch_state(head) == before_watch and meeting_state(head) == before_meeting
    monkeypatch.setattr(plan_store, "insert_measure", real)
    fin.finalize_meeting(head, mid, meetings.load_meeting(head, mid).revision, today=TODAY)
    assert meetings.load_meeting(head, mid).state == "finalized"


def test_referral_hook_opens_a_draft_or_undoes_everything(prepared, head, monkeypatch):
    mid = meetings.create_meeting(head, new(prepared), today=TODAY)
    decide_all(head, prepared, mid)
    ready(head, mid)
    seen = []

    def broken(session, suggestion, tr):
        raise ValidationError(fin.NO_SUGGESTION)

    monkeypatch.setattr(fin, "REFERRAL_HOOKS", [broken])
    before = watch_state(head)
    with pytest.raises(ValidationError):
        fin.finalize_meeting(head, mid, meetings.load_meeting(head, mid).revision, today=TODAY)
    assert watch_state(head) == before and meetings.load_meeting(head, mid).state == "in_progress"
    monkeypatch.setattr(fin, "REFERRAL_HOOKS", [])
    fin.on_referral_suggested(lambda session, suggestion, tr: seen.append(suggestion) or None)
    fin.finalize_meeting(head, mid, meetings.load_meeting(head, mid).revision, today=TODAY)
    assert [x.student_id for x in seen] == [prepared.students[3]]
    waiting = fin.referral_suggestions(head)
    assert [w.decision_id for w in waiting] == [seen[0].decision_id]
    fin.link_referral(head, seen[0].decision_id, 501)
    assert fin.referral_suggestions(head) == []
    with pytest.raises(ValidationError):
        fin.link_referral(head, seen[0].decision_id, 502)


def test_finalize_refuses_an_unready_meeting(prepared, head):
    mid = meetings.create_meeting(head, new(prepared), today=TODAY)
    with pytest.raises(ValidationError) as e:
        fin.finalize_meeting(head, mid, meetings.load_meeting(head, mid).revision, today=TODAY)
    assert e.value.source == fin.NOT_STARTED
    meetings.start_meeting(head, mid, meetings.load_meeting(head, mid).revision)
    with pytest.raises(ValidationError) as e:
        fin.finalize_meeting(head, mid, meetings.load_meeting(head, mid).revision, today=TODAY)
    assert e.value.source == fin.STILL_INVITED
    ready_people = tuple(attendance.AttendeeEdit(a.role, a.staff_id, attendance="present")
                         for a in agenda.get_meeting(head, mid).attendees)
    attendance.set_attendees(head, mid, ready_people, meetings.load_meeting(head, mid).revision)
    with pytest.raises(ValidationError) as e:
        fin.finalize_meeting(head, mid, meetings.load_meeting(head, mid).revision, today=TODAY)
    assert e.value.source == fin.UNDECIDED


def test_bad_decisions(prepared, head):
    mid = meetings.create_meeting(head, new(prepared), today=TODAY)
    it = items_by_student(head, mid)
    st = prepared.students
    cases = [
        (it[st[4]].id, dec.DecisionEdit("raise", level="orange"), "CANDIDATE_NEEDS_SEVERITY"),
        (it[st[0]].id, dec.DecisionEdit("close"), "CLOSE_NEEDS_REASON"),
        (it[st[0]].id, dec.DecisionEdit("maintain", next_review=date(2027, 3, 1)), "REVIEW_TOO_LATE"),
        (it[st[0]].id, dec.DecisionEdit("maintain", actions=(dec.ActionEdit("family", "电话", owner_other="家长",
                                                                            due_on=date(2026, 11, 1)),)),
         "DUE_BEFORE_MEETING"),
        (it[st[0]].id, dec.DecisionEdit("maintain", actions=(dec.ActionEdit("family", "电话"),)), "NO_OWNER"),
    ]
    from counselor_app.domain import meeting as rules

    for item_id, edit, name in cases:
        with pytest.raises(ValidationError) as e:
            dec.record_decision(head, mid, item_id, edit)
        assert e.value.source == (getattr(dec, name, None) or getattr(rules, name)), name
    # a decision for a closed entry: the student's entry closed since the agenda was made
    with database.transaction(head.conn):
        head.conn.execute("UPDATE watch_entry SET state = 'closed', closed_on = '2026-11-17' WHERE id = ?",
                          (prepared.entries["due"],))
    with pytest.raises(ValidationError) as e:
        dec.record_decision(head, mid, it[st[0]].id, dec.DecisionEdit("maintain"))
    assert e.value.source == dec.NO_OPEN_ENTRY
    assert head.conn.execute("SELECT count(*) FROM meeting_decision").fetchone()[0] == 0


def test_addenda_only_after_finalizing_signed_and_printed(prepared, head):
    mid = meetings.create_meeting(head, new(prepared), today=TODAY)
    with pytest.raises(ValidationError):
        fin.add_addendum(head, mid, "补充")
    decide_all(head, prepared, mid)
    ready(head, mid)
    fin.finalize_meeting(head, mid, meetings.load_meeting(head, mid).revision, today=TODAY)
    fin.add_addendum(head, mid, "补充：外请专家建议两周后复评", today=TODAY)
    added = meetings_minutes.minutes(head, mid).addenda
    assert [(a.body, a.signed) for a in added] == [("补充：外请专家建议两周后复评", True)]
    with pytest.raises(database.DatabaseError):
        with database.transaction(head.conn):
            head.conn.execute("UPDATE meeting_addendum SET written_on = '2026-01-01'")


def test_overview_and_overdue_actions(prepared, head):
    assert prepared.grade_id in {g for g, _n in overview.grades_without_meeting(head, today=TODAY)}
    mid = meetings.create_meeting(head, new(prepared), today=TODAY)
    assert prepared.grade_id not in {g for g, _n in overview.grades_without_meeting(head, today=TODAY)}
    decide_all(head, prepared, mid)
    ready(head, mid)
    fin.finalize_meeting(head, mid, meetings.load_meeting(head, mid).revision, today=TODAY)
    late = overview.overdue_actions(head, staff_id=prepared.staff[3], today=date(2026, 12, 11))
    assert [(a.type, a.overdue) for a in late] == [("family", True)]
    assert overview.overdue_actions(head, staff_id=prepared.staff[3], today=date(2026, 12, 1)) == []
    nxt = meetings.create_meeting(head, meetings.NewMeeting(prepared.grade_id, "2026-12", meetings.MeetingEdit(
        date(2026, 12, 16), chair_staff_id=prepared.staff[0], recorder_staff_id=prepared.staff[1])),
        today=date(2026, 12, 16))
    reasons = {it.student_id: it.reasons for it in agenda.get_meeting(head, nxt).items}
    assert "open_action" in reasons[prepared.students[1]]
    assert len(overview.open_actions_for_agenda(head, nxt)) == 2
    minutes = meetings_minutes.minutes(head, nxt)
    assert {f.measure_type for f in minutes.follow_ups} == {"family", "medical"}


def test_an_assistant_sees_nothing(prepared, tmp_path):
    s = login(prepared, tmp_path, Role.ASSISTANT)
    try:
        with pytest.raises(PermissionDenied):
            overview.list_meetings(s)
    finally:
        s.close()


def test_a_referral_suggestion_opens_a_linked_draft_referral(prepared, head):
    from counselor_app.services import referral_views

    mid = meetings.create_meeting(head, new(prepared), today=TODAY)
    decide_all(head, prepared, mid)
    ready(head, mid)
    done = fin.finalize_meeting(head, mid, meetings.load_meeting(head, mid).revision, today=TODAY)
    assert fin.referral_suggestions(head) == []           # linked at once: nothing waits
    details = [referral_views.get_referral(head, r.id) for r in referral_views.list_referrals(head)]
    drafts = [d for d in details if d.row.origin == "meeting"]
    assert [d.row.student_id for d in drafts] == [prepared.students[3]]
    detail = drafts[0]
    assert detail.row.state == "draft" and detail.row.origin_ref == f"meeting={mid} decision={done.referrals[0]}"
    assert detail.reason == f"The review meeting of {HELD.isoformat()} suggested a referral to a hospital."


@pytest.mark.parametrize("state", ["draft", "issued", "visited", "returned", "closed"])
def test_a_suggestion_joins_the_referral_still_under_way(prepared, head, state):
    """A student whose referral is under way (draft, issued, visited) gets no second draft: the decision is linked to
    that referral. After the receipt is back or the referral closed, the meeting opens a new draft."""
    from counselor_app.services import referral_views, referrals

    student = prepared.students[3]
    earlier = referrals.create_referral(head, student, referrals.ReferralEdit("家长反映近期失眠"), today=TODAY)
    head.conn.execute("UPDATE referral SET state = ? WHERE id = ?", (state, earlier))   # the state under test
    mid = meetings.create_meeting(head, new(prepared), today=TODAY)
    decide_all(head, prepared, mid)
    ready(head, mid)
    done = fin.finalize_meeting(head, mid, meetings.load_meeting(head, mid).revision, today=TODAY)
    assert fin.referral_suggestions(head) == []
    mine = [r for r in referral_views.list_referrals(head) if r.student_id == student]
    linked = head.conn.execute("SELECT referral_id FROM meeting_decision WHERE id = ?",
                               (done.referrals[0],)).fetchone()[0]
    if state in ("draft", "issued", "visited"):
        assert [r.id for r in mine] == [earlier] and linked == earlier
    else:
        assert len(mine) == 2 and linked != earlier and {r.id for r in mine} == {earlier, linked}
