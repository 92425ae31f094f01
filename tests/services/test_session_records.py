"""Session records: numbered per year, sealed, the record-level rule (author and office head only), signed →
locked (by the trigger too), addenda, a follow-up to the watch list, and the list of sessions without a record."""
from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from appointment_helpers import MONDAY, NOW, OTHER, edit, login, prepare
from counselor_app.domain.errors import PermissionDenied, ValidationError
from counselor_app.domain.roles import Role
from counselor_app.services import appointment_views as views, appointments as ap, session_records as rec, watch
from counselor_app.store import session_records as store

RECORD = rec.RecordEdit(complaint="近两周失眠，担心期中考试", state_seen="情绪低落，语速慢", assessment="考试焦虑",
                        goal="学会放松", process="倾听，认知重评", intervention="放松训练", response="愿意尝试",
                        homework="每晚呼吸练习", evaluation="焦虑自评下降", next_day=date(2026, 11, 23))


@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    return prepare(tmp_path_factory.mktemp("records") / "office")


def held(s, prepared, student, day=MONDAY, start="10:00", counselor=None) -> int:
    booked = ap.book(s, edit(prepared, student, day=day, start=start, counselor_id=counselor or s.user.id), now=NOW)
    ap.arrive(s, booked.id, at=datetime.combine(day, datetime.strptime(start, "%H:%M").time()))
    ap.complete(s, booked.id)
    return booked.id


def test_write_sign_lock_addendum(prepared, tmp_path):
    with login(prepared, tmp_path, Role.COUNSELOR) as s:
        first = held(s, prepared, prepared.student_ids[0])
        second = held(s, prepared, prepared.student_ids[1], start="11:00")
        assert [r.id for r in rec.records_without(s)] == [first, second]
        rid = rec.save_record(s, first, rec.RecordEdit(complaint="草稿"))
        assert rec.save_record(s, first, RECORD) == rid
        other = rec.save_record(s, second, rec.RecordEdit(complaint="x", process="y"))
        assert store.record(s.conn, rid).number == "2026-001" and store.record(s.conn, other).number == "2026-002"
        assert [r.id for r in rec.records_without(s)] == []
        raw = s.conn.execute("SELECT complaint FROM session_record WHERE id = ?", (rid,)).fetchone()[0]
        assert "失眠".encode() not in bytes(raw)     # sealed
        assert rec.sign_record(s, rid) == "2026-001"
        view = rec.get_record(s, rid)
        assert view.edit == RECORD and view.signature_ok is True
        with pytest.raises(ValidationError, match="signed and locked"):
            rec.save_record(s, first, RECORD)
        with pytest.raises(ValidationError, match="signed"):
            rec.sign_record(s, rid)
        with pytest.raises(Exception, match="locked"):
            s.conn.execute("UPDATE session_record SET place = 'x' WHERE id = ?", (rid,))
        with pytest.raises(Exception, match="kept"):
            s.conn.execute("DELETE FROM session_record WHERE id = ?", (rid,))
        rec.add_addendum(s, rid, "补充：家长反馈睡眠改善")
        assert [body for _a, body in rec.get_record(s, rid).addenda] == ["补充：家长反馈睡眠改善"]
        with pytest.raises(ValidationError, match="signed record"):
            rec.add_addendum(s, other, "x")
        audits = s.conn.execute("SELECT action, target_type, target_id FROM audit_log WHERE action LIKE "
                                "'%session_record%' ORDER BY id").fetchall()
        assert ("view.session_record", "student", str(prepared.student_ids[0])) in audits
        assert ("session_record.sign", "student", str(prepared.student_ids[0])) in audits


def test_record_level_rule(prepared, tmp_path):
    with login(prepared, tmp_path, Role.COUNSELOR) as s:
        appt = held(s, prepared, prepared.student_ids[0])
        rid = rec.save_record(s, appt, RECORD)
        rec.sign_record(s, rid)
        unwritten = held(s, prepared, prepared.student_ids[1], start="14:00")
    with login(prepared, tmp_path, OTHER) as other:        # another counselor: refused, audited
        with pytest.raises(PermissionDenied, match="its author and the office head"):
            rec.get_record(other, rid)
        with pytest.raises(PermissionDenied):
            rec.add_addendum(other, rid, "x")
        denied = other.conn.execute("SELECT action, target_type, target_id, outcome FROM audit_log "
                                    "ORDER BY id DESC LIMIT 1").fetchone()
        assert denied == ("denied.session_record.view", "session_record", str(rid), "denied")
        with pytest.raises(ValidationError, match="who held the session"):
            rec.save_record(other, unwritten, RECORD)
        with pytest.raises(PermissionDenied):
            rec.save_record(other, appt, RECORD)
    with login(prepared, tmp_path, Role.HEAD) as head:     # the office head reads it and may add to it
        assert rec.get_record(head, rid).edit.complaint == RECORD.complaint
        rec.add_addendum(head, rid, "督导意见：继续每周一次")
        with pytest.raises(ValidationError, match="Only the author"):
            rec.sign_record(head, rid)
    with login(prepared, tmp_path, Role.ASSISTANT) as asst:   # the assistant: never
        with pytest.raises(PermissionDenied):
            rec.get_record(asst, rid)
        with pytest.raises(PermissionDenied):
            rec.records_without(asst)


def test_not_before_the_session_and_sign_needs_content(prepared, tmp_path):
    with login(prepared, tmp_path, Role.COUNSELOR) as s:
        booked = ap.book(s, edit(prepared, prepared.student_ids[0]), now=NOW).id
        with pytest.raises(ValidationError, match="completed first"):
            rec.save_record(s, booked, RECORD)
        appt = held(s, prepared, prepared.student_ids[1], start="11:00")
        rid = rec.save_record(s, appt, rec.RecordEdit(goal="只写了目标"))
        with pytest.raises(ValidationError, match="presenting problem"):
            rec.sign_record(s, rid)
        with pytest.raises(ValidationError, match="too long"):
            rec.save_record(s, appt, rec.RecordEdit(complaint="长" * 4001))


def test_followup_to_the_watch_entry_and_caseload(prepared, tmp_path):
    with login(prepared, tmp_path, Role.COUNSELOR) as s:
        student = prepared.student_ids[0]
        appt = held(s, prepared, student)
        rid = rec.save_record(s, appt, RECORD)
        with pytest.raises(ValidationError, match="no open watch-list entry"):
            rec.followup_to_watch(s, rid, "辅导一次，情绪稳定")
        watch.open_entry(s, watch.NewEntry(student, watch.EntryEdit("staff", "样例"), "orange", "mild", "following",
                                           date(2026, 11, 2)))
        rec.followup_to_watch(s, rid, "辅导一次，情绪稳定")
        assert store.record(s.conn, rid).risk_noted
        count = s.conn.execute("SELECT count(*) FROM watch_followup WHERE method = 'counseling'").fetchone()[0]
        assert count == 1
        ap.book(s, edit(prepared, student, day=MONDAY + timedelta(days=7)), now=NOW)
        case = views.caseload(s, s.user.id, today_=MONDAY)
        assert [(c.student_id, c.level, c.last_session, c.next_session, c.sessions_this_semester) for c in case] == [
            (student, "orange", "2026-11-16", "2026-11-23", 2)]


def test_a_retry_after_a_failed_signature_adds_no_second_follow_up(prepared, tmp_path, monkeypatch):
    """The form saves, adds the follow-up, then signs; a signature that fails is retried with the same steps."""
    def followups(s) -> int:
        return s.conn.execute("SELECT count(*) FROM watch_followup f JOIN watch_entry e ON e.id = f.entry_id "
                              "WHERE e.student_id = ? AND f.method = 'counseling'", (student,)).fetchone()[0]

    def attempt(s):
        rid = rec.save_record(s, appt, RECORD)
        added = rec.followup_to_watch(s, rid, "辅导一次，情绪稳定")
        return rid, added, rec.sign_record(s, rid)

    with login(prepared, tmp_path, Role.COUNSELOR) as s:
        student = prepared.student_ids[2]
        watch.open_entry(s, watch.NewEntry(student, watch.EntryEdit("staff", "样例"), "orange", "mild", "following",
                                           date(2026, 11, 2)))
        appt = held(s, prepared, student, start="15:00")

        class BrokenSigner:
            def sign(self, _statement):
                raise OSError("the key could not be used")
        signer = s.signer
        s.signer = BrokenSigner()
        with pytest.raises(OSError):
            attempt(s)
        assert followups(s) == 1 and store.record(s.conn, rec.save_record(s, appt, RECORD)).signed_at is None
        s.signer = signer
        rid, added, number = attempt(s)                          # the retry: signed, the follow-up not added again
        assert added is None and number == store.record(s.conn, rid).number and followups(s) == 1
        assert store.record(s.conn, rid).risk_noted and store.record(s.conn, rid).signed_at


def test_the_follow_up_and_its_mark_are_one_step(prepared, tmp_path, monkeypatch):
    """When the record's mark cannot be written, the follow-up is not kept either (else a retry adds it twice)."""
    with login(prepared, tmp_path, Role.COUNSELOR) as s:
        student = prepared.student_ids[3]
        watch.open_entry(s, watch.NewEntry(student, watch.EntryEdit("staff", "样例"), "orange", "mild", "following",
                                           date(2026, 11, 2)))
        rid = rec.save_record(s, held(s, prepared, student, start="16:00"), RECORD)

        def broken(*_a, **_k):
            raise OSError("disk full")
        monkeypatch.setattr(rec.store, "update", broken)
        with pytest.raises(OSError):
            rec.followup_to_watch(s, rid, "辅导一次")
        monkeypatch.undo()
        count = s.conn.execute("SELECT count(*) FROM watch_followup f JOIN watch_entry e ON e.id = f.entry_id "
                               "WHERE e.student_id = ?", (student,)).fetchone()[0]
        assert count == 0 and not store.record(s.conn, rid).risk_noted
        assert rec.followup_to_watch(s, rid, "辅导一次") is not None
        assert rec.followup_to_watch(s, rid, "辅导一次") is None
