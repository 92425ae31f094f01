"""Leave and suspension, the return to school: approvals (the bureau for a 休学), the register's status with its
dated history, the watch entry following (跟进中, then 观察中 with the support plan as plan measures), the late
application warning, the assessment meeting, dates out of order refused, a receipt that starts a leave."""
from datetime import date, timedelta

import pytest
from watch_helpers import TODAY, login, prepare, sample_entry

from counselor_app.domain.errors import ClinicalKeyMissing, ValidationError
from counselor_app.domain.roles import Role
from counselor_app.services import hospitals, leaves, record_checks, referral_views, referrals, students, watch, watch_detail
from counselor_app.services.leaves import Approval, LeaveEdit, ReturnMeeting, SupportLine
from counselor_app.services.referrals import MeetingEdit, ReceiptEdit, ReferralEdit
from counselor_app.store import sealed


@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    return prepare(tmp_path_factory.mktemp("leaves") / "office")


@pytest.fixture
def counselor(prepared, tmp_path):
    with login(prepared, tmp_path, Role.COUNSELOR) as s:
        yield s


def rev(s, leave_id) -> int:
    return leaves.get_leave(s, leave_id).row.revision


SUSPENSION = LeaveEdit("suspension", "mental", date(2026, 9, 20), date(2026, 12, 1), date(2026, 9, 18),
                       ("application", "certificate"), "抑郁发作，建议休学治疗三个月")


def away(s, student_id) -> tuple[int, int]:
    entry = watch.open_entry(s, sample_entry(student_id, opened_on=date(2026, 9, 1)), today=date(2026, 9, 1))
    leave_id = leaves.start_leave(s, student_id, SUSPENSION, today=date(2026, 9, 18))
    leaves.approve_leave(s, leave_id, Approval(date(2026, 9, 19), "张校长", date(2026, 9, 19), "教学〔2026〕12号"),
                         rev(s, leave_id), today=date(2026, 9, 19))
    return leave_id, entry


def test_a_suspension_needs_the_bureau_and_shows_in_the_register(prepared, counselor):
    sid = prepared.student_ids[0]
    watch.open_entry(counselor, sample_entry(sid, opened_on=date(2026, 9, 1)), today=date(2026, 9, 1))
    leave_id = leaves.start_leave(counselor, sid, SUSPENSION, today=date(2026, 9, 18))
    with pytest.raises(ValidationError) as e:
        leaves.approve_leave(counselor, leave_id, Approval(date(2026, 9, 19), "张校长"), rev(counselor, leave_id),
                             today=date(2026, 9, 19))
    assert e.value.source == leaves.NEEDS_BUREAU
    assert students.get_student(counselor, sid).status == "enrolled"
    leaves.approve_leave(counselor, leave_id, Approval(date(2026, 9, 19), "张校长", date(2026, 9, 19)),
                         rev(counselor, leave_id), today=date(2026, 9, 19))
    detail = students.get_student(counselor, sid)
    assert detail.status == "on_leave"
    assert detail.history[-1][0] == "on_leave" and detail.history[-1][1].startswith("2026-09-20")
    d = leaves.get_leave(counselor, leave_id)
    assert d.medical_note.startswith("抑郁") and d.row.state == "approved"
    raw = counselor.conn.execute("SELECT medical_note FROM student_leave WHERE id = ?", (leave_id,)).fetchone()[0]
    assert "抑郁".encode() not in bytes(raw)
    with pytest.raises(ValidationError) as e:
        leaves.start_leave(counselor, sid, SUSPENSION, today=TODAY)
    assert e.value.source == leaves.ALREADY_AWAY


def test_a_leave_cannot_end_before_it_starts(prepared, counselor):
    with pytest.raises(ValidationError) as e:
        leaves.start_leave(counselor, prepared.student_ids[1], LeaveEdit("leave", "physical", date(2026, 11, 10),
                                                                         date(2026, 11, 9)), today=TODAY)
    assert e.value.source == leaves.END_BEFORE_START


def test_the_return_late_warning_meeting_and_support_plan(prepared, counselor):
    sid = prepared.student_ids[2]
    leave_id, entry = away(counselor, sid)
    assert watch_detail.get_entry(counselor, entry, today=TODAY).entry.state == "following"
    with pytest.raises(ValidationError) as e:   # a return application before the leave started
        leaves.apply_return(counselor, leave_id, date(2026, 9, 1), (), rev(counselor, leave_id), today=TODAY)
    assert e.value.source == record_checks.BEFORE
    assert leaves.apply_return(counselor, leave_id, date(2026, 11, 20), ("application", "certificate"),
                               rev(counselor, leave_id), today=TODAY) is True   # 11 days before 12-01: late
    with pytest.raises(ValidationError) as e:
        leaves.complete_return(counselor, leave_id, TODAY, (SupportLine("peer", "心理委员每日关注", owner_other="心理委员"),),
                               rev(counselor, leave_id), today=TODAY)
    assert e.value.source == leaves.NOT_AGREED
    with pytest.raises(ValidationError) as e:
        leaves.record_return_meeting(counselor, leave_id, ReturnMeeting(date(2026, 11, 20), "家长、心理教师",
                                                                        "postponed"), rev(counselor, leave_id),
                                     today=TODAY)
    assert e.value.source == leaves.NEEDS_REASSESS
    leaves.record_return_meeting(counselor, leave_id, ReturnMeeting(date(2026, 11, 20), "家长、心理教师、班主任、分管校领导",
                                                                    "agreed", notes="情绪稳定"), rev(counselor, leave_id),
                                 today=TODAY)
    support = (SupportLine("peer", "心理委员每日关注", owner_other="心理委员", frequency="每天"),
               SupportLine("individual", "定期谈话", owner_staff_id=prepared.counselor_staff, frequency="每周一次"))
    with pytest.raises(ValidationError) as e:   # before the meeting
        leaves.complete_return(counselor, leave_id, date(2026, 11, 19), support, rev(counselor, leave_id), today=TODAY)
    assert e.value.source == record_checks.BEFORE
    leaves.complete_return(counselor, leave_id, TODAY, support, rev(counselor, leave_id), today=TODAY)
    d = leaves.get_leave(counselor, leave_id)
    assert d.row.state == "returned" and d.row.support_until == "2027-02-20" and len(d.support) == 2
    assert students.get_student(counselor, sid).status == "enrolled"
    e = watch_detail.get_entry(counselor, entry, today=TODAY)
    assert e.entry.state == "observing"
    added = [m for m in e.plan.measures if m.start_on == TODAY.isoformat()]
    assert [(m.type, m.due_on, m.state) for m in added] == [("peer", "2027-02-20", "ongoing"),
                                                            ("individual", "2027-02-20", "ongoing")]


def test_the_return_forms(prepared, counselor):
    from io import BytesIO

    from pypdf import PdfReader

    from counselor_app.services import documents

    sid = prepared.student_ids[5]
    leave_id, _entry = away(counselor, sid)
    with pytest.raises(ValidationError):   # no support plan before the return
        documents.build_document(counselor, "return_support", id=leave_id)
    leaves.apply_return(counselor, leave_id, date(2026, 11, 10), ("application",), rev(counselor, leave_id),
                        today=TODAY)
    leaves.record_return_meeting(counselor, leave_id, ReturnMeeting(date(2026, 11, 12), "家长、心理教师", "agreed",
                                                                    notes="评估意见ABC"), rev(counselor, leave_id),
                                 today=TODAY)
    leaves.complete_return(counselor, leave_id, TODAY, (SupportLine("peer", "心理委员关注", owner_other="心理委员"),),
                           rev(counselor, leave_id), today=TODAY)

    def text(kind) -> tuple[int, str]:
        reader = PdfReader(BytesIO(documents.build_document(counselor, kind, id=leave_id)))
        return len(reader.pages), "".join("".join(p.extract_text() for p in reader.pages).split())

    pages, form = text("return_form")
    assert pages <= 2 and "ABC" in form and "intime" in form   # one page in Chinese; English labels wrap
    number = leaves.get_leave(counselor, leave_id).number
    pages, sheet = text("return_support")
    assert pages == 1 and "心理委员关注" in sheet and number in sheet
    assert "ABC" not in sheet and "抑郁" not in sheet            # no clinical text for the head teacher


def test_overdue_returns(prepared, counselor):
    leave_id, _entry = away(counselor, prepared.student_ids[3])
    assert [x.id for x in leaves.overdue_returns(counselor, today=date(2026, 12, 1))] == []
    assert [x.id for x in leaves.overdue_returns(counselor, today=date(2026, 12, 2))] == [leave_id]


def test_a_receipt_may_start_a_leave(prepared, counselor):
    sid = prepared.student_ids[4]
    watch.open_entry(counselor, sample_entry(sid), today=TODAY)
    h = hospitals.save_hospital(counselor, hospitals.HospitalEdit("某医院"), today=TODAY)
    rid = referrals.create_referral(counselor, sid, ReferralEdit("情绪低落", "routine", h), today=TODAY)
    r = lambda: referral_views.get_referral(counselor, rid, today=TODAY).row.revision   # noqa: E731
    referrals.record_meeting(counselor, rid, MeetingEdit(TODAY - timedelta(days=4), "家长", "refer", "consented"), r(),
                             today=TODAY)
    referrals.issue_referral(counselor, rid, r(), issued_on=TODAY - timedelta(days=3), today=TODAY)
    bad = LeaveEdit("suspension", "mental", TODAY, TODAY - timedelta(days=1))
    with pytest.raises(ValidationError):
        referrals.record_receipt(counselor, rid, ReceiptEdit(TODAY, TODAY, "leave"), r(), leave=bad, today=TODAY)
    assert referral_views.get_referral(counselor, rid, today=TODAY).row.state == "issued"   # nothing written
    leave_id = referrals.record_receipt(counselor, rid, ReceiptEdit(TODAY, TODAY, "leave"), r(),
                                        leave=LeaveEdit("suspension", "mental", TODAY, TODAY + timedelta(days=90)),
                                        today=TODAY)
    d = leaves.get_leave(counselor, leave_id)
    assert d.row.referral_id == rid and d.row.state == "applied"


def returning(s, student_id) -> int:
    leave_id, _entry = away(s, student_id)
    leaves.apply_return(s, leave_id, date(2026, 11, 10), ("application", "certificate"), rev(s, leave_id),
                        today=TODAY)
    return leave_id


FIRST = ReturnMeeting(date(2026, 11, 12), "家长、心理教师", "postponed", date(2026, 11, 19), "第一次评估：睡眠仍差")
ONE_LINE = (SupportLine("peer", "关注", owner_other="心理委员"),)
SECOND = ReturnMeeting(date(2026, 11, 19), "家长、心理教师、班主任、分管校领导", "agreed", notes="第二次评估：情绪稳定")


def test_a_postponed_return_meets_again_and_every_meeting_is_kept(prepared, counselor):
    leave_id = returning(counselor, prepared.student_ids[6])
    first = leaves.record_return_meeting(counselor, leave_id, FIRST, rev(counselor, leave_id), today=TODAY)
    with pytest.raises(ValidationError) as e:   # postponed: not back yet
        leaves.complete_return(counselor, leave_id, TODAY, ONE_LINE,
                               rev(counselor, leave_id), today=TODAY)
    assert e.value.source == leaves.NOT_AGREED
    with pytest.raises(ValidationError) as e:   # a meeting before the previous one
        leaves.record_return_meeting(counselor, leave_id, ReturnMeeting(date(2026, 11, 11), "家长", "agreed"),
                                     rev(counselor, leave_id), today=TODAY)
    assert e.value.source == record_checks.BEFORE and e.value.params["other"] == leaves.WHAT_LAST_MEETING
    second = leaves.record_return_meeting(counselor, leave_id, SECOND, rev(counselor, leave_id), today=TODAY)
    assert second != first
    d = leaves.get_leave(counselor, leave_id)
    assert [(x.id, x.meeting_on, x.conclusion, x.reassess_on, x.notes) for x in d.meetings] == [
        (first, "2026-11-12", "postponed", "2026-11-19", "第一次评估：睡眠仍差"),
        (second, "2026-11-19", "agreed", None, "第二次评估：情绪稳定")]
    assert d.meetings[0].people == "家长、心理教师" and d.meetings[1].people.endswith("分管校领导")
    assert {x.recorded_by for x in d.meetings} == {counselor.user.display_name} and d.meetings[0].recorded_at
    # the leave row shows the latest
    assert (d.row.meeting_on, d.row.conclusion, d.row.reassess_on) == ("2026-11-19", "agreed", None)
    for (blob,) in counselor.conn.execute("SELECT notes FROM return_meeting WHERE leave_id = ?", (leave_id,)):
        assert "评估".encode() not in bytes(blob)                                    # sealed
    assert counselor.conn.execute("SELECT meeting_notes FROM student_leave WHERE id = ?",
                                  (leave_id,)).fetchone()[0] is None                # not on the leave row any more
    details = [r[0] for r in counselor.conn.execute(
        "SELECT detail FROM audit_log WHERE action = 'leave.return_meeting' AND detail LIKE ?",
        (f"leave={leave_id} %",))]
    assert details == [f"leave={leave_id} postponed meeting={first} n=1",
                       f"leave={leave_id} agreed meeting={second} n=2"]
    leaves.complete_return(counselor, leave_id, date(2026, 11, 20), ONE_LINE,
                           rev(counselor, leave_id), today=TODAY)
    assert leaves.get_leave(counselor, leave_id).row.state == "returned"


def test_the_latest_meeting_decides_the_return(prepared, counselor):
    leave_id = returning(counselor, prepared.student_ids[7])
    leaves.record_return_meeting(counselor, leave_id, ReturnMeeting(date(2026, 11, 12), "家长", "agreed"),
                                 rev(counselor, leave_id), today=TODAY)
    leaves.record_return_meeting(counselor, leave_id, ReturnMeeting(date(2026, 11, 13), "家长、医生", "appeal"),
                                 rev(counselor, leave_id), today=TODAY)
    with pytest.raises(ValidationError) as e:   # an earlier agreement does not count after the appeal
        leaves.complete_return(counselor, leave_id, TODAY, ONE_LINE,
                               rev(counselor, leave_id), today=TODAY)
    assert e.value.source == leaves.NOT_AGREED
    assert [x.conclusion for x in leaves.get_leave(counselor, leave_id).meetings] == ["agreed", "appeal"]


def test_the_meetings_notes_open_for_the_head_survive_a_key_rotation_and_stay_shut_to_an_assistant(
        prepared, tmp_path):
    from counselor_app.domain.errors import PermissionDenied
    from counselor_app.services import users

    with login(prepared, tmp_path, Role.HEAD) as head:
        leave_id = returning(head, prepared.student_ids[8])
        leaves.record_return_meeting(head, leave_id, FIRST, rev(head, leave_id), today=TODAY)
        leaves.record_return_meeting(head, leave_id, SECOND, rev(head, leave_id), today=TODAY)
        epoch = head.clinical.current
        users.deactivate_user(head, "counselor")          # a key holder leaves: the clinical key is rotated
        assert head.clinical.current == epoch + 1
        blobs = [bytes(b) for (b,) in head.conn.execute("SELECT notes FROM return_meeting WHERE leave_id = ?",
                                                          (leave_id,))]
        assert [sealed.sealed_epoch(b) for b in blobs] == [epoch + 1, epoch + 1]
        assert [x.notes for x in leaves.get_leave(head, leave_id).meetings] == [FIRST.notes, SECOND.notes]
    with login(prepared, tmp_path, Role.ASSISTANT) as assistant:
        for call in (lambda: leaves.get_leave(assistant, leave_id),
                     lambda: leaves.record_return_meeting(assistant, leave_id, SECOND, 1, today=TODAY)):
            with pytest.raises(PermissionDenied):
                call()
        with pytest.raises(ClinicalKeyMissing):            # the database open, the notes not
            leaves.meeting_lines(assistant, leave_id)


def test_the_return_form_prints_every_meeting_the_last_as_the_decision(prepared, counselor):
    from io import BytesIO

    from pypdf import PdfReader

    from counselor_app.services import documents

    leave_id = returning(counselor, prepared.student_ids[9])
    leaves.record_return_meeting(counselor, leave_id, FIRST, rev(counselor, leave_id), today=TODAY)
    leaves.record_return_meeting(counselor, leave_id, SECOND, rev(counselor, leave_id), today=TODAY)
    reader = PdfReader(BytesIO(documents.build_document(counselor, "return_form", id=leave_id)))
    text = "".join("".join(p.extract_text() for p in reader.pages).split())
    assert "Earliermeetings" in text and "Meeting2,thelatest:thedecision" in text
    assert text.index("第一次评估：睡眠仍差") < text.index("Meeting2,thelatest") < text.index("第二次评估：情绪稳定")
    assert "2026-11-12" in text and "2026-11-19" in text
