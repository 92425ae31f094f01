"""The watch list's entries: opening, one open entry per student, levels, states, responsible people, the list,
stale edits, closing with the head's approval, reopening; permissions and the audit trail."""
from datetime import date, timedelta

import pytest
from watch_helpers import TODAY, login, prepare, sample_entry

from counselor_app.domain.errors import PermissionDenied, ValidationError
from counselor_app.domain.roles import Role
from counselor_app.services import staff, watch, watch_closing, watch_detail
from counselor_app.services.watch import ChangedMeanwhile
from counselor_app.store import audit


@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    return prepare(tmp_path_factory.mktemp("watch") / "office")


@pytest.fixture
def counselor(prepared, tmp_path):
    with login(prepared, tmp_path, Role.COUNSELOR) as s:
        yield s


def rev(session, entry_id):
    return watch_detail.get_entry(session, entry_id, today=TODAY).entry.revision


def test_open_entry_defaults_and_detail(prepared, counselor):
    sid = prepared.student_ids[0]
    entry_id = watch.open_entry(counselor, sample_entry(sid), today=TODAY)
    d = watch_detail.get_entry(counselor, entry_id, today=TODAY)
    assert d.entry.state == "following" and d.entry.level == "orange"
    assert d.entry.next_review == "2026-11-16"            # opened 11-02 + 14 days (orange)
    assert d.concern.startswith("班主任反映")
    duties = {(r.duty, r.staff_id) for r in d.responsible}
    assert ("counselor", prepared.counselor_staff) in duties   # the user's own staff member
    assert any(duty == "head_teacher" for duty, _ in duties)  # the class's head teacher
    assert d.row.overdue == ("review", "no_plan")   # 11-16 passed without a follow-up; no plan after 7 days
    assert [h.kind for h in d.history] == ["opened"]
    # the concern is sealed: not in the database as text
    raw = counselor.conn.execute("SELECT concern FROM watch_entry WHERE id = ?", (entry_id,)).fetchone()[0]
    assert "班主任".encode() not in bytes(raw)
    views = [r for r in audit.iter_all(counselor.conn) if r.action == "view.watch_entry"]
    assert views[-1].target_type == "student" and views[-1].target_id == str(sid)


def test_one_open_entry_per_student(prepared, counselor):
    sid = prepared.student_ids[1]
    watch.open_entry(counselor, sample_entry(sid), today=TODAY)
    with pytest.raises(ValidationError) as e:
        watch.open_entry(counselor, sample_entry(sid), today=TODAY)
    assert e.value.source == watch.ALREADY_OPEN


@pytest.mark.parametrize("change, message", [
    (dict(level="purple"), watch.BAD_LEVEL),
    (dict(concern="  "), watch.NO_CONCERN),
    (dict(source="rumour"), watch.BAD_SOURCE),
    (dict(opened_on=TODAY + timedelta(days=1)), watch.FUTURE_DATE),
    (dict(opened_on=date(2024, 1, 1)), watch.TOO_OLD),
    (dict(severity="", state="following"), watch.NEEDS_SEVERITY),
    (dict(concern="很长" * 3000), watch.TOO_LONG),
])
def test_bad_input_is_refused_and_nothing_is_written(prepared, counselor, change, message):
    with pytest.raises(ValidationError) as e:
        watch.open_entry(counselor, sample_entry(prepared.student_ids[2], **change), today=TODAY)
    assert e.value.source == message
    assert counselor.conn.execute("SELECT count(*) FROM watch_entry").fetchone()[0] == 0


def test_a_responsible_person_who_left_is_refused(prepared, counselor, tmp_path):
    counselor.close()
    with login(prepared, tmp_path, Role.HEAD) as head:
        staff.set_active(head, prepared.other_counselor_staff, False)
        with pytest.raises(ValidationError) as e:
            watch.open_entry(head, sample_entry(prepared.student_ids[3],
                                                responsible=((prepared.other_counselor_staff, "counselor"),)),
                             today=TODAY)
        assert e.value.source == watch.STAFF_LEFT


def test_level_change_history_and_review_date(prepared, counselor):
    entry_id = watch.open_entry(counselor, sample_entry(prepared.student_ids[4], level="yellow",
                                                         opened_on=TODAY), today=TODAY)
    assert watch_detail.get_entry(counselor, entry_id, today=TODAY).entry.next_review == "2026-12-20"
    with pytest.raises(ValidationError):
        watch.change_level(counselor, entry_id, "red", "  ", rev(counselor, entry_id), today=TODAY)
    watch.change_level(counselor, entry_id, "red", "流露轻生念头", rev(counselor, entry_id), today=TODAY)
    d = watch_detail.get_entry(counselor, entry_id, today=TODAY)
    assert d.entry.level == "red" and d.entry.next_review == "2026-11-27"   # raised: 7 days from the last touch
    assert (d.history[-1].kind, d.history[-1].old, d.history[-1].new, d.history[-1].reason) == \
        ("level", "yellow", "red", "流露轻生念头")


def test_a_stale_edit_is_refused_not_lost(prepared, counselor, tmp_path):
    entry_id = watch.open_entry(counselor, sample_entry(prepared.student_ids[5]), today=TODAY)
    seen = rev(counselor, entry_id)
    watch.change_level(counselor, entry_id, "red", "第一位老师的判断", seen, today=TODAY)
    with pytest.raises(ChangedMeanwhile):   # the second counselor still had the first copy
        watch.change_level(counselor, entry_id, "yellow", "第二位老师的判断", seen, today=TODAY)
    edit = watch.EntryEdit("family", "更正后的关注内容")
    with pytest.raises(ChangedMeanwhile):
        watch.edit_entry(counselor, entry_id, edit, seen)
    assert watch_detail.get_entry(counselor, entry_id, today=TODAY).entry.level == "red"


def test_states_move_as_the_rules_say(prepared, counselor):
    entry_id = watch.open_entry(counselor, sample_entry(prepared.student_ids[6], state="candidate", severity=""),
                                today=TODAY)
    with pytest.raises(ValidationError) as e:
        watch.move_state(counselor, entry_id, "following", "", rev(counselor, entry_id))
    assert e.value.source == watch.NEEDS_SEVERITY
    watch.change_severity(counselor, entry_id, "severe", "医院诊断为中度抑郁", rev(counselor, entry_id))
    with pytest.raises(ValidationError):   # candidate → observing is not a move
        watch.move_state(counselor, entry_id, "observing", "", rev(counselor, entry_id))
    watch.move_state(counselor, entry_id, "following", "复核确认", rev(counselor, entry_id))
    watch.move_state(counselor, entry_id, "observing", "情况稳定", rev(counselor, entry_id))
    with pytest.raises(ValidationError):   # closing is not a plain move
        watch.move_state(counselor, entry_id, "closed", "", rev(counselor, entry_id))
    kinds = [h.kind for h in watch_detail.get_entry(counselor, entry_id, today=TODAY).history]
    assert kinds == ["opened", "severity", "state", "state"]


def test_closing_needs_the_heads_approval(prepared, counselor, tmp_path):
    entry_id = watch.open_entry(counselor, sample_entry(prepared.student_ids[7]), today=TODAY)
    with pytest.raises(ValidationError):
        watch_closing.request_close(counselor, entry_id, "improved", "", rev(counselor, entry_id))
    closed_now = watch_closing.request_close(counselor, entry_id, "improved", "连续两月情绪稳定，家长同意",
                                             rev(counselor, entry_id), today=TODAY)
    assert closed_now is False
    with pytest.raises(PermissionDenied):
        watch_closing.approve_close(counselor, entry_id, rev(counselor, entry_id), today=TODAY)
    d = watch_detail.get_entry(counselor, entry_id, today=TODAY)
    assert d.entry.state == "following" and d.row.close_requested
    counselor.close()
    with login(prepared, tmp_path, Role.HEAD) as head:
        from counselor_app.services import watch_loop

        assert [r.id for r in watch_loop.my_overdue(head, today=TODAY).close_requests] == [entry_id]
        watch_closing.approve_close(head, entry_id, rev(head, entry_id), today=TODAY)
        d = watch_detail.get_entry(head, entry_id, today=TODAY)
        assert d.entry.state == "closed" and d.entry.closed_by == head.user.id
        assert d.close_note == "连续两月情绪稳定，家长同意"
        assert d.row.overdue == ()


def test_high_risk_must_be_lowered_before_closing(prepared, counselor, tmp_path):
    entry_id = watch.open_entry(counselor, sample_entry(prepared.student_ids[8], level="red"), today=TODAY)
    counselor.close()
    with login(prepared, tmp_path, Role.HEAD) as head:
        with pytest.raises(ValidationError) as e:
            watch_closing.request_close(head, entry_id, "improved", "好转", rev(head, entry_id), today=TODAY)
        assert e.value.source == watch_closing.LOWER_FIRST
        watch.change_level(head, entry_id, "yellow", "评估后降级", rev(head, entry_id), today=TODAY)
        assert watch_closing.request_close(head, entry_id, "improved", "好转", rev(head, entry_id), today=TODAY)
        assert watch_detail.get_entry(head, entry_id, today=TODAY).entry.state == "closed"


def test_rejected_and_withdrawn_requests_leave_the_entry_open(prepared, counselor, tmp_path):
    entry_id = watch.open_entry(counselor, sample_entry(prepared.student_ids[9]), today=TODAY)
    watch_closing.request_close(counselor, entry_id, "improved", "好转", rev(counselor, entry_id), today=TODAY)
    watch_closing.withdraw_close(counselor, entry_id, rev(counselor, entry_id))
    watch_closing.request_close(counselor, entry_id, "improved", "好转", rev(counselor, entry_id), today=TODAY)
    counselor.close()
    with login(prepared, tmp_path, Role.HEAD) as head:
        watch_closing.reject_close(head, entry_id, "仍需观察一个月", rev(head, entry_id))
        d = watch_detail.get_entry(head, entry_id, today=TODAY)
        assert d.entry.state == "following" and not d.row.close_requested
        assert [h.kind for h in d.history][-4:] == ["close_requested", "close_withdrawn", "close_requested",
                                                    "close_rejected"]


def test_reopen_keeps_the_history_and_one_open_entry(prepared, counselor, tmp_path):
    sid = prepared.student_ids[10]
    first = watch.open_entry(counselor, sample_entry(sid, level="yellow"), today=TODAY)
    counselor.close()
    with login(prepared, tmp_path, Role.HEAD) as head:
        watch_closing.request_close(head, first, "improved", "好转", rev(head, first), today=TODAY)
        second = watch.open_entry(head, sample_entry(sid), today=TODAY)   # a new period may start
        with pytest.raises(ValidationError) as e:
            watch_closing.reopen(head, first, "orange", "再次出现自伤", rev(head, first), today=TODAY)
        assert e.value.source == watch.ALREADY_OPEN
        watch_closing.request_close(head, second, "mistake", "误录", rev(head, second), today=TODAY)
        watch_closing.reopen(head, first, "orange", "再次出现自伤", rev(head, first), today=TODAY)
        d = watch_detail.get_entry(head, first, today=TODAY)
        assert d.entry.state == "following" and d.entry.level == "orange" and d.entry.closed_on is None
        assert d.history[-1].kind == "reopened" and d.history[-1].reason == "再次出现自伤"
        assert d.entry.next_review == (TODAY + timedelta(days=14)).isoformat()


def test_the_assistant_sees_nothing_of_the_watch_list(prepared, counselor, tmp_path):
    entry_id = watch.open_entry(counselor, sample_entry(prepared.student_ids[11]), today=TODAY)
    counselor.close()
    with login(prepared, tmp_path, Role.ASSISTANT) as assistant:
        for call in (lambda: watch.list_entries(assistant),
                     lambda: watch_detail.get_entry(assistant, entry_id),
                     lambda: watch.open_entry(assistant, sample_entry(prepared.student_ids[12]))):
            with pytest.raises(PermissionDenied):
                call()
        denied = [r for r in audit.iter_all(assistant.conn) if r.outcome == "denied"]
        assert {r.action for r in denied} >= {"denied.view_watchlist", "denied.edit_watchlist"}


def test_list_rows_and_responsible_lost(prepared, counselor, tmp_path):
    sid = prepared.student_ids[13]
    entry_id = watch.open_entry(counselor, sample_entry(sid, opened_on=TODAY), today=TODAY)
    row = next(r for r in watch.list_entries(counselor, today=TODAY) if r.id == entry_id)
    assert row.overdue == () and row.klass and row.responsible_names
    head_teacher = next(s for d, s, _n in row.responsible if d == "head_teacher")
    counselor.close()
    with login(prepared, tmp_path, Role.HEAD) as head:
        staff.set_active(head, head_teacher, False)   # the head teacher left the school
        row = next(r for r in watch.list_entries(head, today=TODAY) if r.id == entry_id)
        assert "responsible_lost" in row.overdue
        people = tuple((s, d) for d, s, _n in row.responsible if s != head_teacher)
        watch.set_responsible(head, entry_id, people, rev(head, entry_id), "班主任离职")
        row = next(r for r in watch.list_entries(head, today=TODAY) if r.id == entry_id)
        assert "responsible_lost" not in row.overdue


def test_every_change_is_audited_under_the_student_without_names(prepared, counselor):
    sid = prepared.student_ids[14]
    entry_id = watch.open_entry(counselor, sample_entry(sid), today=TODAY)
    watch.change_level(counselor, entry_id, "red", "原因", rev(counselor, entry_id), today=TODAY)
    rows = [r for r in audit.iter_all(counselor.conn) if r.action.startswith("watch.")]
    assert [r.action for r in rows] == ["watch.open", "watch.level"]
    assert all(r.target_type == "student" and r.target_id == str(sid) for r in rows)
    name = counselor.conn.execute("SELECT name FROM student WHERE id = ?", (sid,)).fetchone()[0]
    assert all(name not in r.detail and "原因" not in r.detail for r in rows)


def test_a_student_who_left_with_an_open_entry_is_listed(prepared, counselor, tmp_path):
    from counselor_app.services import students

    sid = prepared.student_ids[15]
    entry_id = watch.open_entry(counselor, sample_entry(sid, opened_on=TODAY), today=TODAY)
    students.change_status(counselor, sid, "transferred", "转学")
    row = next(r for r in watch.list_entries(counselor, today=TODAY) if r.id == entry_id)
    assert row.overdue == ("student_left",)


def test_a_closed_entry_has_no_pending_close_request(prepared, counselor, tmp_path):
    entry_id = watch.open_entry(counselor, sample_entry(prepared.student_ids[16], level="yellow"), today=TODAY)
    counselor.close()
    with login(prepared, tmp_path, Role.HEAD) as head:
        watch_closing.request_close(head, entry_id, "improved", "好转", rev(head, entry_id), today=TODAY)
        row = next(r for r in watch.list_entries(head, today=TODAY) if r.id == entry_id)
        assert row.state == "closed" and not row.close_requested


def test_the_history_names_a_responsible_person_who_left(prepared, counselor, tmp_path):
    entry_id = watch.open_entry(counselor, sample_entry(
        prepared.student_ids[17], responsible=((prepared.other_counselor_staff, "counselor"),)), today=TODAY)
    watch.set_responsible(counselor, entry_id, ((prepared.counselor_staff, "counselor"),), rev(counselor, entry_id),
                          "交接")
    counselor.close()
    with login(prepared, tmp_path, Role.HEAD) as head:
        staff.set_active(head, prepared.other_counselor_staff, False)
        d = watch_detail.get_entry(head, entry_id, today=TODAY)
        assert set(d.staff_names) == {prepared.counselor_staff, prepared.other_counselor_staff}
