"""Read-only queries of one student's profile (services/profile.py) and timeline (services/timeline.py).

Each reads one student's rows only (never the whole register to show one student). The timeline's readers take
``before`` (an ISO time: only rows strictly older; None: from the newest) and ``limit``, newest first, so that a
student with thousands of rows costs one short page per look, never the whole history.
"""
from __future__ import annotations

import json
from typing import Iterable, NamedTuple

from counselor_app.domain.audit_chain import AuditRecord
from counselor_app.store import students
from counselor_app.store.database import Connection

_AUDIT_COLUMNS = "id, at, user_id, action, target_type, target_id, outcome, detail, prev_hash, hash"
_NEWEST = "9999"   # later than any ISO time: "no bound"


class StatusChange(NamedTuple):
    id: int
    status: str
    changed_at: str      # ISO time, UTC
    reason: str          # a code the app writes (created, import, demo, rollover) or the user's own words
    user_id: int | None


def status_changes(conn: Connection, student_id: int, before: str | None = None,
                   limit: int | None = None) -> list[StatusChange]:
    """The student's status history, newest first (all of it when ``limit`` is None)."""
    return [StatusChange(*r) for r in conn.execute(
        "SELECT id, status, changed_at, reason, user_id FROM student_status_history "
        "WHERE student_id = ? AND changed_at < ? ORDER BY changed_at DESC, id DESC LIMIT ?",
        (student_id, before or _NEWEST, -1 if limit is None else limit))]


def student_audit(conn: Connection, student_id: int, before: str | None, limit: int, *,
                  only: Iterable[str] | None = None, leave_out: Iterable[str] = ()) -> list[AuditRecord]:
    """The audit rows about the student (target "student" and its id), newest first: with ``only``, just those
    actions; rows whose action is in ``leave_out`` skipped."""
    where = ["target_type = 'student'", "target_id = ?", "at < ?"]
    args: list = [str(student_id), before or _NEWEST]
    if only is not None:
        where.append("action IN (SELECT value FROM json_each(?))")
        args.append(json.dumps(sorted(set(only))))
    leave_out = sorted(set(leave_out))
    if leave_out:
        where.append("action NOT IN (SELECT value FROM json_each(?))")
        args.append(json.dumps(leave_out))
    args.append(limit)
    return [AuditRecord(*r) for r in conn.execute(
        f"SELECT {_AUDIT_COLUMNS} FROM audit_log WHERE " + " AND ".join(where)
        + " ORDER BY at DESC, id DESC LIMIT ?", args)]


guardians_of = students.guardians_of   # the one reader of a student's guardians
