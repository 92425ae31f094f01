"""Leave and suspension with the return to school (schema 11): ``student_leave`` and ``return_support`` rows, and
every return assessment meeting (schema 17): ``return_meeting`` rows, the leave row keeping the latest's summary."""
from __future__ import annotations

from typing import NamedTuple

from counselor_app.store.database import Connection
from counselor_app.store.sealed import SealedColumn

MEDICAL_NOTE = SealedColumn("student_leave", "medical_note")
# the notes of a meeting recorded before schema 17 (its return_meeting row says notes_on_leave)
MEETING_NOTES = SealedColumn("student_leave", "meeting_notes")
RETURN_MEETING_NOTES = SealedColumn("return_meeting", "notes")


class LeaveRow(NamedTuple):
    id: int
    year: int
    seq: int
    student_id: int
    entry_id: int | None
    referral_id: int | None
    kind: str
    reason: str
    state: str
    applied_on: str
    start_on: str
    expected_end: str
    documents: str
    school_approved_on: str | None
    school_approver: str
    bureau_approved_on: str | None
    bureau_ref: str
    status_before: str
    return_applied_on: str | None
    return_documents: str
    return_late: bool
    meeting_on: str | None
    meeting_people: str
    conclusion: str
    reassess_on: str | None
    returned_on: str | None
    support_until: str | None
    created_by: int | None
    revision: int


_COLUMNS = ("id, year, seq, student_id, entry_id, referral_id, kind, reason, state, applied_on, start_on, "
            "expected_end, documents, school_approved_on, school_approver, bureau_approved_on, bureau_ref, "
            "status_before, return_applied_on, return_documents, return_late, meeting_on, meeting_people, "
            "conclusion, reassess_on, returned_on, support_until, created_by, revision")


def _row(r) -> LeaveRow:
    r = list(r)
    r[20] = bool(r[20])
    return LeaveRow(*r)


def leave(conn: Connection, leave_id: int) -> LeaveRow | None:
    r = conn.execute(f"SELECT {_COLUMNS} FROM student_leave WHERE id = ?", (leave_id,)).fetchone()
    return _row(r) if r else None


def leaves_of(conn: Connection, student_id: int) -> list[LeaveRow]:
    return [_row(r) for r in conn.execute(f"SELECT {_COLUMNS} FROM student_leave WHERE student_id = ? "
                                          "ORDER BY start_on DESC, id DESC", (student_id,))]


def open_leave_of(conn: Connection, student_id: int) -> LeaveRow | None:
    r = conn.execute(f"SELECT {_COLUMNS} FROM student_leave WHERE student_id = ? AND state IN "
                     "('applied', 'approved', 'returning') ORDER BY id DESC LIMIT 1", (student_id,)).fetchone()
    return _row(r) if r else None


class ListRow(NamedTuple):
    leave: LeaveRow
    student_no: str
    name: str
    grade: str
    class_name: str


def list_rows(conn: Connection, *, open_only: bool = False) -> list[ListRow]:
    cols = ", ".join(f"l.{c.strip()}" for c in _COLUMNS.split(","))
    where = " WHERE l.state IN ('applied', 'approved', 'returning')" if open_only else ""
    n = len(_COLUMNS.split(","))
    return [ListRow(_row(r[:n]), *r[n:]) for r in conn.execute(
        f"SELECT {cols}, s.student_no, s.name, COALESCE(g.name, ''), COALESCE(c.name, '') FROM student_leave l "
        "JOIN student s ON s.id = l.student_id LEFT JOIN school_class c ON c.id = s.class_id "
        f"LEFT JOIN grade g ON g.id = c.grade_id{where} ORDER BY l.start_on DESC, l.id DESC")]


def leave_by_number(conn: Connection, year: int, seq: int) -> int | None:
    r = conn.execute("SELECT id FROM student_leave WHERE year = ? AND seq = ?", (year, seq)).fetchone()
    return int(r[0]) if r else None


def next_seq(conn: Connection, year: int) -> int:
    return int(conn.execute("SELECT COALESCE(max(seq), 0) + 1 FROM student_leave WHERE year = ?",
                            (year,)).fetchone()[0])


_INSERT = ("year", "seq", "student_id", "entry_id", "referral_id", "kind", "reason", "state", "applied_on",
           "start_on", "expected_end", "documents", "created_by")


def insert(conn: Connection, fields: dict, at: str) -> int:
    cur = conn.execute(f"INSERT INTO student_leave ({', '.join(_INSERT)}, created_at, updated_at) VALUES "
                       f"({', '.join('?' * len(_INSERT))}, ?, ?)", [fields[k] for k in _INSERT] + [at, at])
    return int(cur.lastrowid)


_EDITABLE = ("entry_id", "state", "documents", "school_approved_on", "school_approver", "bureau_approved_on",
             "bureau_ref", "status_before", "return_applied_on", "return_documents", "return_late", "meeting_on",
             "meeting_people", "conclusion", "reassess_on", "returned_on", "support_until", "expected_end")


def update(conn: Connection, leave_id: int, fields: dict, at: str, revision: int | None = None) -> bool:
    names = [k for k in fields if k in _EDITABLE]
    if len(names) != len(fields):
        raise ValueError(f"not an editable column: {sorted(set(fields) - set(names))}")
    sets = ", ".join([f"{k} = ?" for k in names] + ["revision = revision + 1", "updated_at = ?"])
    args = [fields[k] for k in names] + [at, leave_id]
    where = "id = ?"
    if revision is not None:
        where += " AND revision = ?"
        args.append(revision)
    return conn.execute(f"UPDATE student_leave SET {sets} WHERE {where}", args).rowcount == 1


class SupportRow(NamedTuple):
    id: int
    position: int
    type: str
    what: str
    owner_staff_id: int | None
    owner: str            # the staff member's name, or owner_other
    frequency: str


def support(conn: Connection, leave_id: int) -> list[SupportRow]:
    return [SupportRow(*r) for r in conn.execute(
        "SELECT r.id, r.position, r.type, r.what, r.owner_staff_id, COALESCE(s.name, r.owner_other), r.frequency "
        "FROM return_support r LEFT JOIN staff s ON s.id = r.owner_staff_id WHERE r.leave_id = ? ORDER BY r.position",
        (leave_id,))]


def set_support(conn: Connection, leave_id: int, lines: list[dict]) -> None:
    conn.execute("DELETE FROM return_support WHERE leave_id = ?", (leave_id,))
    conn.executemany("INSERT INTO return_support (leave_id, position, type, what, owner_staff_id, owner_other, "
                     "frequency) VALUES (?, ?, ?, ?, ?, ?, ?)",
                     [(leave_id, n, x["type"], x["what"], x["owner_staff_id"], x["owner_other"], x["frequency"])
                      for n, x in enumerate(lines, 1)])


class MeetingRow(NamedTuple):
    id: int
    leave_id: int
    meeting_on: str
    people: str
    conclusion: str
    reassess_on: str | None
    notes: bytes | None          # sealed; see notes_on_leave
    notes_on_leave: bool         # recorded before schema 17: the notes are student_leave.meeting_notes
    recorded_by: int | None
    recorded_by_name: str
    recorded_at: str


def meetings(conn: Connection, leave_id: int) -> list[MeetingRow]:
    """The leave's return assessment meetings, in order: the last one is the decision."""
    return [MeetingRow(*r[:7], bool(r[7]), *r[8:]) for r in conn.execute(
        "SELECT m.id, m.leave_id, m.meeting_on, m.people, m.conclusion, m.reassess_on, m.notes, m.notes_on_leave, "
        "m.recorded_by, COALESCE(u.display_name, ''), m.recorded_at FROM return_meeting m "
        "LEFT JOIN app_user u ON u.id = m.recorded_by WHERE m.leave_id = ? ORDER BY m.meeting_on, m.id",
        (leave_id,))]


def add_meeting(conn: Connection, leave_id: int, fields: dict, user_id: int | None, at: str) -> int:
    """A new meeting row (its notes are sealed afterwards with its id: RETURN_MEETING_NOTES.write)."""
    cur = conn.execute("INSERT INTO return_meeting (leave_id, meeting_on, people, conclusion, reassess_on, "
                       "recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                       (leave_id, fields["meeting_on"], fields["people"], fields["conclusion"],
                        fields["reassess_on"], user_id, at))
    return int(cur.lastrowid)


def meeting_notes(conn: Connection, keys, row: MeetingRow) -> str | None:
    """A meeting's notes, opened where they were sealed."""
    if row.notes_on_leave:
        return MEETING_NOTES.read(conn, keys, row.leave_id)
    return RETURN_MEETING_NOTES.open(keys, row.id, row.notes)
