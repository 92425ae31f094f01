"""Referrals: the hospital directory, writing a referral (the watch-list entry it needs), the meeting with the
parents, issue, visit, receipt (dates in order, never after the closing), what the receipt writes into the watch
list, the overdue receipts of the start page, the review meeting's draft, settings; sealed text and the audit."""
from datetime import date, timedelta

import pytest
from watch_helpers import TODAY, login, prepare, sample_entry

from counselor_app.domain.errors import ValidationError
from counselor_app.domain.roles import Role
from counselor_app.services import hospitals, record_checks, referral_views, referrals, watch, watch_detail, watch_records
from counselor_app.services.referrals import MeetingEdit, NotOnWatchList, ReceiptEdit, ReferralEdit
from counselor_app.store import audit


@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    return prepare(tmp_path_factory.mktemp("referrals") / "office")


@pytest.fixture
def counselor(prepared, tmp_path):
    with login(prepared, tmp_path, Role.COUNSELOR) as s:
        yield s


def hospital(s) -> int:
    return hospitals.save_hospital(s, hospitals.HospitalEdit(
        "示范市精神卫生中心", ("儿童青少年心理科", "心理门诊"), "示范路8号", "0551-62345678", "王医生", "13900001111",
        True, date(2025, 3, 1)), today=TODAY)


def rev(s, referral_id) -> int:
    return referral_views.get_referral(s, referral_id, today=TODAY).row.revision


def on_list(s, student_id) -> int:
    entry = watch.open_entry(s, sample_entry(student_id), today=TODAY)
    watch_records.save_plan(s, entry, watch_records.PlanEdit("稳定情绪", (
        watch_records.MeasureEdit("medical", "建议家长带孩子就医", date(2026, 11, 3), owner_other="家长",
                                  due_on=TODAY + timedelta(days=20)),)), 0, today=TODAY)
    return entry


def issued(s, student_id, *, day=date(2026, 11, 10)) -> int:
    h = hospital(s) if not hospitals.list_hospitals(s) else hospitals.list_hospitals(s)[0].id
    rid = referrals.create_referral(s, student_id, ReferralEdit("近两周情绪低落，有自伤言语", "urgent", h,
                                                                "儿童青少年心理科", accompany="parent"),
                                    today=date(2026, 11, 6))
    referrals.record_meeting(s, rid, MeetingEdit(date(2026, 11, 8), "家长、心理教师、班主任、分管校领导", "refer",
                                                 "consented"), rev(s, rid), today=TODAY)
    referrals.issue_referral(s, rid, rev(s, rid), issued_on=day, today=TODAY)
    return rid


def test_hospital_directory_checks_and_lists(counselor):
    h = hospital(counselor)
    with pytest.raises(ValidationError) as e:
        hospitals.save_hospital(counselor, hospitals.HospitalEdit("示范市精神卫生中心"), today=TODAY)
    assert e.value.source == hospitals.NAME_TAKEN
    with pytest.raises(ValidationError):
        hospitals.save_hospital(counselor, hospitals.HospitalEdit("某医院", phone="12"), today=TODAY)
    with pytest.raises(ValidationError) as e:
        hospitals.save_hospital(counselor, hospitals.HospitalEdit("某医院", agreement_since=date(2025, 1, 1)),
                                today=TODAY)
    assert e.value.source == hospitals.SINCE_WITHOUT
    row = hospitals.list_hospitals(counselor)[0]
    assert row.id == h and row.agreement and row.departments.split("\n") == ["儿童青少年心理科", "心理门诊"]


def test_a_student_not_on_the_watch_list_needs_the_flag(prepared, counselor):
    sid = prepared.student_ids[1]
    with pytest.raises(NotOnWatchList):
        referrals.create_referral(counselor, sid, ReferralEdit("情绪低落"), today=TODAY)
    assert counselor.conn.execute("SELECT count(*) FROM referral").fetchone()[0] == 0
    rid = referrals.create_referral(counselor, sid, ReferralEdit("情绪低落"), open_watch_entry=True, today=TODAY)
    d = referral_views.get_referral(counselor, rid, today=TODAY)
    entry = watch_detail.get_entry(counselor, d.row.entry_id, today=TODAY).entry
    assert entry.source == "medical" and entry.source_ref_type == "referral" and entry.source_ref_id == d.number
    assert d.row.state == "draft" and d.number == "2026-001"
    assert d.row.guardian_name   # from the register
    last = [r for r in audit.iter_all(counselor.conn) if r.action == "referral.create"][-1]
    assert last.target_type == "student" and last.target_id == str(sid) and "opened" in last.detail


def test_meeting_refusal_needs_its_reason_and_closes(prepared, counselor):
    sid = prepared.student_ids[2]
    on_list(counselor, sid)
    rid = referrals.create_referral(counselor, sid, ReferralEdit("情绪低落"), today=TODAY)
    with pytest.raises(ValidationError) as e:
        referrals.record_meeting(counselor, rid, MeetingEdit(TODAY, "家长、心理教师", "refer", "refused"),
                                 rev(counselor, rid), today=TODAY)
    assert e.value.source == referrals.NO_REFUSAL
    referrals.record_meeting(counselor, rid, MeetingEdit(TODAY, "家长、心理教师", "refer", "refused",
                                                         "家长认为孩子只是学习压力大"), rev(counselor, rid), today=TODAY)
    d = referral_views.get_referral(counselor, rid, today=TODAY)
    assert d.row.state == "closed" and d.row.close_reason == "refused" and d.refusal_reason.startswith("家长认为")
    with pytest.raises(ValidationError):
        referrals.issue_referral(counselor, rid, d.row.revision, today=TODAY)


def test_issue_needs_hospital_and_parents_and_sets_the_due_date(prepared, counselor):
    sid = prepared.student_ids[3]
    entry = on_list(counselor, sid)
    rid = referrals.create_referral(counselor, sid, ReferralEdit("情绪低落"), today=TODAY)
    with pytest.raises(ValidationError) as e:
        referrals.issue_referral(counselor, rid, rev(counselor, rid), today=TODAY)
    assert e.value.source == referrals.BAD_HOSPITAL
    referrals.edit_referral(counselor, rid, ReferralEdit("情绪低落", "routine", hospital(counselor)),
                            rev(counselor, rid))
    with pytest.raises(ValidationError) as e:
        referrals.issue_referral(counselor, rid, rev(counselor, rid), today=TODAY)
    assert e.value.source == referrals.NO_PARENTS
    referrals.record_meeting(counselor, rid, MeetingEdit(TODAY, "家长、心理教师", "refer", "informed"),
                             rev(counselor, rid), today=TODAY)
    assert referrals.issue_referral(counselor, rid, rev(counselor, rid), today=TODAY) == "2026-11-27"
    measures = watch_detail.get_entry(counselor, entry, today=TODAY).plan.measures
    assert [m.state for m in measures if m.type == "medical"] == ["ongoing"]


def test_the_receipt_days_are_a_setting(prepared, tmp_path):
    with login(prepared, tmp_path, Role.HEAD) as head:
        with pytest.raises(ValidationError):
            hospitals.set_loop_settings(head, hospitals.LoopSettings(receipt_days=0))
        hospitals.set_loop_settings(head, hospitals.LoopSettings(receipt_days=14))
        on_list(head, prepared.student_ids[4])
        rid = issued(head, prepared.student_ids[4], day=date(2026, 11, 10))
        assert referral_views.get_referral(head, rid, today=TODAY).row.receipt_due == "2026-11-24"


def test_dates_out_of_order_are_refused(prepared, counselor):
    sid = prepared.student_ids[5]
    on_list(counselor, sid)
    rid = issued(counselor, sid)
    with pytest.raises(ValidationError) as e:
        referrals.record_visit(counselor, rid, date(2026, 11, 9), rev(counselor, rid), today=TODAY)
    assert e.value.source == record_checks.BEFORE
    with pytest.raises(ValidationError) as e:
        referrals.record_receipt(counselor, rid, ReceiptEdit(date(2026, 11, 12), date(2026, 11, 11), "normal"),
                                 rev(counselor, rid), today=TODAY)
    assert e.value.source == record_checks.BEFORE
    with pytest.raises(ValidationError) as e:
        referrals.record_receipt(counselor, rid, ReceiptEdit(date(2026, 11, 12), TODAY + timedelta(days=1), "normal"),
                                 rev(counselor, rid), today=TODAY)
    assert e.value.source == record_checks.FUTURE
    assert referral_views.get_referral(counselor, rid, today=TODAY).row.state == "issued"


def test_the_receipt_writes_into_the_watch_list_and_seals_the_diagnosis(prepared, counselor):
    sid = prepared.student_ids[6]
    entry = on_list(counselor, sid)
    rid = issued(counselor, sid)
    referrals.record_visit(counselor, rid, date(2026, 11, 12), rev(counselor, rid), today=TODAY)
    referrals.record_receipt(counselor, rid, ReceiptEdit(
        date(2026, 11, 12), date(2026, 11, 14), "normal", doctor="李医生", next_visit=date(2026, 12, 12),
        school_advice="避免过大学业压力", diagnosis="适应障碍"), rev(counselor, rid), today=TODAY)
    d = referral_views.get_referral(counselor, rid, today=TODAY)
    assert d.row.state == "returned" and d.diagnosis == "适应障碍" and d.row.receipt_hospital == "示范市精神卫生中心"
    raw = counselor.conn.execute("SELECT diagnosis FROM referral WHERE id = ?", (rid,)).fetchone()[0]
    assert "适应障碍".encode() not in bytes(raw)
    detail = watch_detail.get_entry(counselor, entry, today=TODAY)
    f = detail.followups[-1]
    assert f.method == "medical" and f.on_date == "2026-11-12" and d.number in f.seen and "可在校正常学习" in f.seen
    assert [m.state for m in detail.plan.measures if m.type == "medical"] == ["done"]
    referrals.close_referral(counselor, rid, "done", "", rev(counselor, rid), today=TODAY)
    with pytest.raises(ValidationError) as e:
        referrals.record_receipt(counselor, rid, ReceiptEdit(date(2026, 11, 12), date(2026, 11, 14), "revisit"),
                                 rev(counselor, rid), today=TODAY)
    assert e.value.source == referrals.RECEIPT_CLOSED


def test_a_referral_closes_as_done_only_with_its_receipt(prepared, counselor):
    sid = prepared.student_ids[7]
    on_list(counselor, sid)
    rid = issued(counselor, sid)
    with pytest.raises(ValidationError) as e:
        referrals.close_referral(counselor, rid, "done", "", rev(counselor, rid), today=TODAY)
    assert e.value.source == referrals.NOT_RETURNED
    referrals.close_referral(counselor, rid, "other", "家长转往外地就医", rev(counselor, rid), today=TODAY)
    assert referral_views.get_referral(counselor, rid, today=TODAY).close_note == "家长转往外地就医"


def test_overdue_receipts_for_the_writer_and_the_head(prepared, tmp_path):
    with login(prepared, tmp_path, Role.COUNSELOR) as s:
        on_list(s, prepared.student_ids[8])
        rid = issued(s, prepared.student_ids[8], day=date(2026, 11, 10))   # due 11-17
        assert [r.id for r in referral_views.overdue_receipts(s, today=date(2026, 11, 17))] == []
        assert [r.id for r in referral_views.overdue_receipts(s, today=TODAY)] == [rid]
    with login(prepared, tmp_path, Role.HEAD) as head:
        assert [r.id for r in referral_views.overdue_receipts(head, today=TODAY)] == [rid]
        on_list(head, prepared.student_ids[9])
        mine = issued(head, prepared.student_ids[9], day=date(2026, 11, 10))
    with login(prepared, tmp_path, Role.COUNSELOR) as s:   # not the head's own
        assert [r.id for r in referral_views.overdue_receipts(s, today=TODAY)] == [rid]
        assert mine in [r.id for r in referral_views.list_referrals(s, today=TODAY)]


def test_a_review_meeting_opens_a_draft(prepared, counselor):
    sid = prepared.student_ids[10]
    on_list(counselor, sid)
    rid = referrals.open_draft_referral(counselor, sid, from_meeting="meeting=3 decision=7",
                                        reason="研判会建议转介就医", today=TODAY)
    d = referral_views.get_referral(counselor, rid, today=TODAY)
    assert d.row.origin == "meeting" and d.row.origin_ref == "meeting=3 decision=7" and d.row.state == "draft"
    assert d.reason == "研判会建议转介就医"
    with pytest.raises(NotOnWatchList):
        referrals.open_draft_referral(counselor, prepared.student_ids[11], from_meeting="meeting=3", reason="x",
                                      today=TODAY)
