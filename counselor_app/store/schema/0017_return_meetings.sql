-- Schema 17: every return assessment meeting (复学评估会) kept, one row each. A postponed return (暂缓复学) is
-- followed by another meeting, which until now was written over the first on the leave row. The leave row keeps
-- the latest meeting's date, participants, conclusion and re-assessment date as its summary (services/leaves.py
-- writes both in one transaction); the decision rules read the meetings.
--
-- The meeting recorded on each leave before this version becomes its first row; who recorded it and when come
-- from the audit trail's last 'leave.return_meeting' entry for it (else the leave's last change, nobody named).
-- Its sealed notes stay where they were sealed, student_leave.meeting_notes (a sealed value is bound to its table,
-- column and row, and a migration does not hold the clinical key to seal them again): such a row says
-- notes_on_leave = 1. A clinical-key rotation re-seals both columns (store/leaves.py declares both).
CREATE TABLE return_meeting (
    id             INTEGER PRIMARY KEY,
    leave_id       INTEGER NOT NULL REFERENCES student_leave(id),
    meeting_on     TEXT NOT NULL,
    people         TEXT NOT NULL DEFAULT '',          -- the participants, '、' between them
    conclusion     TEXT NOT NULL CHECK (conclusion IN ('agreed', 'postponed', 'appeal')),
    reassess_on    TEXT,                              -- a postponed return's re-assessment date
    notes          BLOB,                              -- sealed: the assessment
    notes_on_leave INTEGER NOT NULL DEFAULT 0 CHECK (notes_on_leave IN (0, 1)),
    recorded_by    INTEGER REFERENCES app_user(id),
    recorded_at    TEXT NOT NULL
);
CREATE INDEX return_meeting_leave ON return_meeting(leave_id, meeting_on, id);
CREATE TRIGGER return_meeting_no_delete BEFORE DELETE ON return_meeting
BEGIN SELECT RAISE(ABORT, 'a return assessment meeting stays on record'); END;
INSERT INTO return_meeting (leave_id, meeting_on, people, conclusion, reassess_on, notes_on_leave, recorded_by,
                            recorded_at)
    SELECT l.id, l.meeting_on, l.meeting_people, l.conclusion, l.reassess_on, l.meeting_notes IS NOT NULL,
           (SELECT a.user_id FROM audit_log a WHERE a.action = 'leave.return_meeting' AND a.outcome = 'ok'
                AND a.detail = 'leave=' || l.id || ' ' || l.conclusion ORDER BY a.id DESC LIMIT 1),
           COALESCE((SELECT a.at FROM audit_log a WHERE a.action = 'leave.return_meeting' AND a.outcome = 'ok'
                AND a.detail = 'leave=' || l.id || ' ' || l.conclusion ORDER BY a.id DESC LIMIT 1), l.updated_at)
    FROM student_leave l WHERE l.meeting_on IS NOT NULL AND l.conclusion <> '' ORDER BY l.id;
