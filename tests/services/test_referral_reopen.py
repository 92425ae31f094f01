"""重新打开: a closed referral reopened — back to the state it was closed from, with a required reason (sealed), the
closing it undid kept, audited, on the student's timeline; refused when not closed, without a reason, with a stale
revision, and to a role that may not close referrals (an assistant), audited."""
from datetime import date

import pytest
from test_referrals import counselor, issued, on_list, prepared, rev  # noqa: F401 (fixtures)
from watch_helpers import TODAY, login

from counselor_app.domain.errors import PermissionDenied, ValidationError
from counselor_app.domain.roles import Role
from counselor_app.services import referral_reopen, referral_views, referrals, timeline
from counselor_app.services.referrals import ChangedMeanwhile, MeetingEdit, ReceiptEdit, ReferralEdit
from counselor_app.store import audit, referrals as store


def state(s, rid) -> tuple:
    r = store.referral(s.conn, rid)
    return r.state, r.closed_on, r.close_reason, r.closed_from


def test_an_issued_referral_closed_by_mistake_goes_back_to_issued(prepared, counselor):
    s = counselor
    sid = prepared.student_ids[1]
    on_list(s, sid)
    rid = issued(s, sid)
    referrals.close_referral(s, rid, "other", "误操作结案", rev(s, rid), today=TODAY)
    assert state(s, rid) == ("closed", TODAY.isoformat(), "other", "issued")
    before = s.conn.execute("SELECT max(id) FROM audit_log").fetchone()[0]
    back = referral_reopen.reopen_referral(s, rid, "  家长带来医院新的就诊证明  ", rev(s, rid))
    assert back == "issued" and state(s, rid) == ("issued", None, "", None)
    detail = referral_views.get_referral(s, rid, today=TODAY)
    assert detail.close_note == "" and detail.row.issued_on == "2026-11-10"
    (o,) = store.reopens_of_student(s.conn, sid)
    assert (o.referral_id, o.closed_on, o.close_reason, o.back_to, o.reopened_by) == (
        rid, TODAY.isoformat(), "other", "issued", s.user.id)
    assert store.REOPEN_REASON.read(s.conn, s.clinical, o.id) == "家长带来医院新的就诊证明"
    assert store.REOPEN_CLOSE_NOTE.read(s.conn, s.clinical, o.id) == "误操作结案"   # the undone closing's note, kept
    raw = s.conn.execute("SELECT reason FROM referral_reopen WHERE id = ?", (o.id,)).fetchone()[0]
    assert "就诊证明".encode() not in bytes(raw)                                      # sealed
    (row,) = [r for r in audit.iter_all(s.conn, after_id=before) if r.action == "referral.reopen"]
    assert (row.target_type, row.target_id, row.outcome) == ("student", str(sid), "ok")
    assert row.detail == f"referral={rid} other back=issued"                          # never the reason's text
    # open again: the receipt can be entered, then it closes as completed
    referrals.record_receipt(s, rid, ReceiptEdit(date(2026, 11, 12), date(2026, 11, 14), "normal"), rev(s, rid),
                             today=TODAY)
    referrals.close_referral(s, rid, "done", "", rev(s, rid), today=TODAY)
    assert state(s, rid) == ("closed", TODAY.isoformat(), "done", "returned")
    assert referral_reopen.reopen_referral(s, rid, "回执信息有误，需更正", rev(s, rid)) == "returned"


def test_a_draft_closed_by_the_meeting_goes_back_to_draft_and_may_be_decided_again(prepared, counselor):
    s = counselor
    sid = prepared.student_ids[2]
    on_list(s, sid)
    rid = referrals.create_referral(s, sid, ReferralEdit("情绪低落"), today=TODAY)
    referrals.record_meeting(s, rid, MeetingEdit(TODAY, "家长、心理教师", "school", "informed"), rev(s, rid),
                             today=TODAY)
    assert state(s, rid) == ("closed", TODAY.isoformat(), "school", "draft")
    assert referral_reopen.reopen_referral(s, rid, "家长改变主意，同意就医", rev(s, rid)) == "draft"
    referrals.record_meeting(s, rid, MeetingEdit(TODAY, "家长、心理教师", "refer", "consented"), rev(s, rid),
                             today=TODAY)
    assert store.referral(s.conn, rid).state == "draft" and store.referral(s.conn, rid).meeting_outcome == "refer"
    events = timeline.student_timeline(s, sid, sources=("referrals",)).events
    reopened = [e for e in events if "reopened" in e.title]
    assert [e.title for e in reopened] == [f"Referral {referral_views.get_referral(s, rid).number} reopened: back to "
                                           "\u201cdraft\u201d"]
    assert reopened[0].detail == f"The closing of {TODAY.isoformat()} (followed up at school instead) undone"
    assert reopened[0].by and not reopened[0].day_only
    assert any(e.title.endswith("closed: followed up at school instead") for e in events)   # the undone closing
    assert not any("改变主意" in e.title + e.detail for e in events)                         # no clinical text


def test_a_referral_closed_before_the_closing_recorded_its_state_goes_back_by_its_dates(prepared, counselor):
    s = counselor
    sid = prepared.student_ids[3]
    on_list(s, sid)
    rid = issued(s, sid)
    referrals.record_visit(s, rid, date(2026, 11, 12), rev(s, rid), today=TODAY)
    referrals.close_referral(s, rid, "other", "转往外地", rev(s, rid), today=TODAY)
    s.conn.execute("UPDATE referral SET closed_from = NULL WHERE id = ?", (rid,))   # as schema 15 left it
    assert referral_reopen.reopen_referral(s, rid, "家长回本地就医", rev(s, rid)) == "visited"


def test_refusals_leave_the_referral_closed(prepared, counselor, tmp_path):
    s = counselor
    sid = prepared.student_ids[4]
    on_list(s, sid)
    rid = issued(s, sid)
    with pytest.raises(ValidationError) as e:
        referral_reopen.reopen_referral(s, rid, "原因", rev(s, rid))
    assert e.value.source == referral_reopen.NOT_CLOSED
    referrals.close_referral(s, rid, "other", "说明", rev(s, rid), today=TODAY)
    with pytest.raises(ValidationError) as e:
        referral_reopen.reopen_referral(s, rid, "   ", rev(s, rid))
    assert e.value.source == referral_reopen.NO_REASON
    with pytest.raises(ValidationError) as e:
        referral_reopen.reopen_referral(s, rid, "长" * 4001, rev(s, rid))
    with pytest.raises(ChangedMeanwhile):
        referral_reopen.reopen_referral(s, rid, "原因", rev(s, rid) - 1)
    assert state(s, rid) == ("closed", TODAY.isoformat(), "other", "issued")
    assert store.reopens_of_student(s.conn, sid) == []
    revision = rev(s, rid)
    s.close()
    with login(prepared, tmp_path, Role.ASSISTANT) as assistant:   # may not close referrals: may not reopen them
        with pytest.raises(PermissionDenied):
            referral_reopen.reopen_referral(assistant, rid, "原因", revision)
        last = list(audit.iter_all(assistant.conn))[-1]
        assert (last.action, last.outcome, last.user_id) == ("denied.manage_referrals", "denied", assistant.user.id)
        assert state(assistant, rid) == ("closed", TODAY.isoformat(), "other", "issued")
