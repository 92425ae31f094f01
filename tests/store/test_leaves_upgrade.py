"""Schema 17 on an office saved at schema 16: the one return assessment meeting a leave row held becomes its first
meeting row (who recorded it from the audit trail), its sealed notes still open where they were sealed, a second
meeting is added beside it, and a clinical-key rotation re-seals both columns."""
import shutil
from datetime import date
from pathlib import Path

from counselor_app.domain.roles import holds_clinical_key
from counselor_app.services import leaves, users
from counselor_app.services.integrity import verify_office
from counselor_app.services.leaves import ReturnMeeting
from counselor_app.services.office import login
from counselor_app.store import leaves as store, migrations, sealed

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "schema_v16"
FIXTURE_PASSWORD = "Xinli-2026-Office"
OLD_NOTES = "第一次评估：睡眠仍差，暂缓复学"


def test_the_meeting_on_a_leave_row_becomes_its_first_meeting(tmp_path, monkeypatch):
    office = tmp_path / "office"
    shutil.copytree(FIXTURE, office)
    with monkeypatch.context() as m:   # the office as version 16 wrote it: the meeting on the leave row
        upto16 = migrations.migrations()[:16]
        m.setattr(migrations, "migrations", lambda: upto16)
        with login(office, "demo", FIXTURE_PASSWORD) as s:
            assert migrations.current_version(s.conn) == 16
            student_id = s.conn.execute("SELECT min(id) FROM student").fetchone()[0]
            applied = "2026-11-10"
            at = "2026-11-12T09:00:00+00:00"
            for n, (state, meeting) in enumerate((("approved", None), ("returning", "2026-11-12")), 1):
                leave_id = s.conn.execute(
                    "INSERT INTO student_leave (year, seq, student_id, kind, reason, state, applied_on, start_on, "
                    "expected_end, return_applied_on, meeting_on, meeting_people, conclusion, reassess_on, created_at, "
                    "updated_at) VALUES (2026, ?, ?, 'leave', 'mental', ?, '2026-09-01', '2026-09-01', '2026-11-30', "
                    "?, ?, ?, ?, ?, ?, ?)",
                    (n, student_id if n == 2 else student_id + 1, state, applied if meeting else None, meeting,
                     "家长、心理教师" if meeting else "", "postponed" if meeting else "",
                     "2026-12-20" if meeting else None, at, at)).lastrowid
            store.MEETING_NOTES.write(s.conn, s.clinical, leave_id, OLD_NOTES)
            s.conn.commit()
            s.audit("leave.return_meeting", "student", student_id, detail=f"leave={leave_id} postponed")
            recorder = s.user.display_name
    with login(office, "demo", FIXTURE_PASSWORD) as s:
        assert migrations.current_version(s.conn) == migrations.latest_version()
        assert verify_office(s).ok
        [first] = leaves.get_leave(s, leave_id).meetings
        assert (first.meeting_on, first.people, first.conclusion, first.reassess_on, first.notes, first.recorded_by) \
            == ("2026-11-12", "家长、心理教师", "postponed", "2026-12-20", OLD_NOTES, recorder)
        # the other leaves had no meeting: no row
        assert s.conn.execute("SELECT count(*) FROM return_meeting").fetchone()[0] == 1
        leaves.record_return_meeting(s, leave_id, ReturnMeeting(date(2026, 11, 19), "家长、心理教师、班主任", "agreed",
                                                                notes="第二次：同意"),
                                     leaves.get_leave(s, leave_id).row.revision)
        # a key holder leaves: the clinical key is rotated, both columns re-sealed
        epoch = s.clinical.current
        holder = next(u for u in users.list_users(s) if u.active and u.login != "demo"
                      and holds_clinical_key(u.role))
        users.deactivate_user(s, holder.login)
        assert s.clinical.current == epoch + 1
        old_blob = s.conn.execute("SELECT meeting_notes FROM student_leave WHERE id = ?", (leave_id,)).fetchone()[0]
        assert sealed.sealed_epoch(bytes(old_blob)) == epoch + 1
        assert [(x.conclusion, x.notes) for x in leaves.get_leave(s, leave_id).meetings] == [
            ("postponed", OLD_NOTES), ("agreed", "第二次：同意")]
        assert verify_office(s).ok
