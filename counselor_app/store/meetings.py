"""Review meetings (schema 12): the ``meeting`` rows, their agenda items and attendees.

Decisions, actions, addenda and what the agenda is built from are in store/meeting_records.py. The triggers of
schema 12 refuse every change to a finalized or abandoned meeting and its rows (addenda aside): a service that
forgot to check gets the database's refusal.
"""
from __future__ import annotations

from typing import Iterable, NamedTuple

from counselor_app.store.database import Connection
from counselor_app.store.sealed import SealedColumn

OTHER_MATTERS = SealedColumn("meeting", "other_matters")


class MeetingRow(NamedTuple):
    id: int
    grade_id: int
    grade: str
    grade_kind: str
    month: str
    kind: str
    name: str
    state: str
    held_on: str
    start_time: str
    end_time: str
    place: str
    chair_staff_id: int | None
    chair: str
    recorder_staff_id: int | None
    recorder: str
    previous_id: int | None
    abandon_reason: str
    created_at: str
    created_by: int | None
    started_at: str | None
    finalized_at: str | None
    finalized_by: int | None
    finalizer: str
    revision: int

    @property
    def finalized(self) -> bool:   # domain/access.py's Finalizable: a locked meeting changes no more
        return self.state in ("finalized", "abandoned")


_MEETING = """
SELECT m.id, m.grade_id, g.name, g.kind, m.month, m.kind, m.name, m.state, m.held_on, m.start_time, m.end_time,
       m.place, m.chair_staff_id, COALESCE(c.name, ''), m.recorder_staff_id, COALESCE(r.name, ''), m.previous_id,
       m.abandon_reason, m.created_at, m.created_by, m.started_at, m.finalized_at, m.finalized_by,
       COALESCE(u.display_name, ''), m.revision
FROM meeting m JOIN grade g ON g.id = m.grade_id
LEFT JOIN staff c ON c.id = m.chair_staff_id LEFT JOIN staff r ON r.id = m.recorder_staff_id
LEFT JOIN app_user u ON u.id = m.finalized_by
"""


class ItemRow(NamedTuple):
    id: int
    meeting_id: int
    student_id: int
    student_no: str
    name: str
    class_id: int | None
    grade: str
    class_name: str
    entry_id: int | None
    reasons: str
    position: int
    manual: bool


class AttendeeRow(NamedTuple):
    id: int
    meeting_id: int
    staff_id: int | None
    name: str                 # the staff member's name, or the external person's
    organisation: str
    role: str
    attendance: str
    absence_reason: str
    position: int
    active: bool              # a staff member still at the school (an external person: True)


# -- meetings -----------------------------------------------------------------------------------------------------

def meeting(conn: Connection, meeting_id: int) -> MeetingRow | None:
    r = conn.execute(f"{_MEETING} WHERE m.id = ?", (meeting_id,)).fetchone()
    return MeetingRow(*r) if r else None


def meetings(conn: Connection, *, grade_id: int | None = None, months: Iterable[str] | None = None) -> list[MeetingRow]:
    where, args = [], []
    if grade_id is not None:
        where.append("m.grade_id = ?")
        args.append(grade_id)
    if months is not None:
        months = list(months)
        where.append(f"m.month IN ({','.join('?' * len(months))})")
        args += months
    sql = _MEETING + (f" WHERE {' AND '.join(where)}" if where else "") + " ORDER BY m.month, m.held_on, m.id"
    return [MeetingRow(*r) for r in conn.execute(sql, args)]


def regular_of(conn: Connection, grade_id: int, month: str) -> int | None:
    """The grade's regular meeting of the month that is not abandoned."""
    r = conn.execute("SELECT id FROM meeting WHERE grade_id = ? AND month = ? AND kind = 'regular' "
                     "AND state <> 'abandoned'", (grade_id, month)).fetchone()
    return int(r[0]) if r else None


def name_taken(conn: Connection, grade_id: int, month: str, name: str) -> bool:
    return conn.execute("SELECT 1 FROM meeting WHERE grade_id = ? AND month = ? AND name = ? AND state <> 'abandoned'",
                        (grade_id, month, name)).fetchone() is not None


def last_finalized(conn: Connection, grade_id: int, before: str, *, exclude: int | None = None) -> MeetingRow | None:
    """The grade's latest finalized meeting held on or before the day ``before``."""
    r = conn.execute(f"{_MEETING} WHERE m.grade_id = ? AND m.state = 'finalized' AND m.held_on <= ? AND m.id IS NOT ? "
                     "ORDER BY m.held_on DESC, m.id DESC LIMIT 1", (grade_id, before, exclude)).fetchone()
    return MeetingRow(*r) if r else None


def insert_meeting(conn: Connection, fields: dict, at: str, user_id: int) -> int:
    cur = conn.execute(
        "INSERT INTO meeting (grade_id, month, kind, name, held_on, start_time, end_time, place, chair_staff_id, "
        "recorder_staff_id, previous_id, created_at, created_by) VALUES (:grade_id, :month, :kind, :name, :held_on, "
        ":start_time, :end_time, :place, :chair_staff_id, :recorder_staff_id, :previous_id, :at, :user)",
        {**fields, "at": at, "user": user_id})
    return int(cur.lastrowid)


_EDITABLE = ("name", "state", "held_on", "start_time", "end_time", "place", "chair_staff_id", "recorder_staff_id",
             "previous_id", "abandon_reason", "started_at", "finalized_at", "finalized_by", "abandoned_at",
             "abandoned_by")


def update_meeting(conn: Connection, meeting_id: int, fields: dict, revision: int | None = None) -> bool:
    """Change the meeting and add one to its revision; with ``revision``, only if it is still at it."""
    names = [k for k in fields if k in _EDITABLE]
    if len(names) != len(fields):
        raise ValueError(f"not an editable column: {sorted(set(fields) - set(names))}")
    sets = ", ".join([f"{k} = ?" for k in names] + ["revision = revision + 1"])
    args = [fields[k] for k in names] + [meeting_id]
    where = "id = ?"
    if revision is not None:
        where += " AND revision = ?"
        args.append(revision)
    return conn.execute(f"UPDATE meeting SET {sets} WHERE {where}", args).rowcount == 1


# -- the agenda ---------------------------------------------------------------------------------------------------

_ITEM = """
SELECT i.id, i.meeting_id, i.student_id, s.student_no, s.name, s.class_id, COALESCE(g.name, ''), COALESCE(c.name, ''),
       i.entry_id, i.reasons, i.position, i.manual
FROM meeting_item i JOIN student s ON s.id = i.student_id
LEFT JOIN school_class c ON c.id = s.class_id LEFT JOIN grade g ON g.id = c.grade_id
"""


def items(conn: Connection, meeting_id: int) -> list[ItemRow]:
    return [ItemRow(*r[:11], bool(r[11])) for r in conn.execute(f"{_ITEM} WHERE i.meeting_id = ? ORDER BY i.position",
                                                                (meeting_id,))]


def item(conn: Connection, item_id: int) -> ItemRow | None:
    r = conn.execute(f"{_ITEM} WHERE i.id = ?", (item_id,)).fetchone()
    return ItemRow(*r[:11], bool(r[11])) if r else None


def insert_items(conn: Connection, meeting_id: int, rows: Iterable[tuple[int, int | None, str, int, bool]], at: str,
                 user_id: int) -> None:
    """Agenda items: (student id, entry id, reasons, position, manual)."""
    conn.executemany("INSERT INTO meeting_item (meeting_id, student_id, entry_id, reasons, position, manual, added_at, "
                     "added_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                     [(meeting_id, s, e, r, p, int(m), at, user_id) for s, e, r, p, m in rows])


def update_item(conn: Connection, item_id: int, *, entry_id: int | None, reasons: str, position: int) -> None:
    conn.execute("UPDATE meeting_item SET entry_id = ?, reasons = ?, position = ? WHERE id = ?",
                 (entry_id, reasons, position, item_id))


def set_positions(conn: Connection, positions: Iterable[tuple[int, int]]) -> None:
    """(item id, position) pairs; through negative values, so no two items ever share a place midway."""
    positions = list(positions)
    conn.executemany("UPDATE meeting_item SET position = ? WHERE id = ?", [(-p - 1, i) for i, p in positions])
    conn.executemany("UPDATE meeting_item SET position = ? WHERE id = ?", [(p, i) for i, p in positions])


def delete_items(conn: Connection, item_ids: Iterable[int]) -> None:
    conn.executemany("DELETE FROM meeting_item WHERE id = ?", [(i,) for i in item_ids])


# -- attendees ----------------------------------------------------------------------------------------------------

def attendees(conn: Connection, meeting_id: int) -> list[AttendeeRow]:
    return [AttendeeRow(*r[:9], bool(r[9])) for r in conn.execute(
        "SELECT a.id, a.meeting_id, a.staff_id, COALESCE(s.name, a.name), a.organisation, a.role, a.attendance, "
        "a.absence_reason, a.position, COALESCE(s.active, 1) FROM meeting_attendee a "
        "LEFT JOIN staff s ON s.id = a.staff_id WHERE a.meeting_id = ? ORDER BY a.position", (meeting_id,))]


def replace_attendees(conn: Connection, meeting_id: int, rows: Iterable[tuple]) -> None:
    """The meeting's attendees are exactly ``rows``: (staff id, name, organisation, role, attendance, reason)."""
    conn.execute("DELETE FROM meeting_attendee WHERE meeting_id = ?", (meeting_id,))
    conn.executemany("INSERT INTO meeting_attendee (meeting_id, staff_id, name, organisation, role, attendance, "
                     "absence_reason, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                     [(meeting_id, *r, n) for n, r in enumerate(rows, 1)])


# -- the register around a meeting ------------------------------------------------------------------------------------

def grade_row(conn: Connection, grade_id: int) -> tuple[str, bool] | None:
    """(name, archived) of a grade or department."""
    r = conn.execute("SELECT name, archived FROM grade WHERE id = ?", (grade_id,)).fetchone()
    return (r[0], bool(r[1])) if r else None


def grade_names(conn: Connection) -> dict[int, str]:
    return {int(i): n for i, n in conn.execute("SELECT id, name FROM grade")}


def meeting_grades(conn: Connection) -> list[tuple[int, str]]:
    """The grades that hold meetings: not archived, with a class that is not archived, in the register's order."""
    return [(int(i), n) for i, n in conn.execute(
        "SELECT g.id, g.name FROM grade g WHERE g.archived = 0 AND EXISTS (SELECT 1 FROM school_class c "
        "WHERE c.grade_id = g.id AND c.archived = 0) ORDER BY g.sort_order, g.id")]


def grade_of_student(conn: Connection, student_id: int) -> int | None:
    r = conn.execute("SELECT c.grade_id FROM student s JOIN school_class c ON c.id = s.class_id WHERE s.id = ?",
                     (student_id,)).fetchone()
    return int(r[0]) if r else None


def student_place(conn: Connection, student_id: int) -> tuple[int, str]:
    """(the class's sort order, the student number): where a student goes in an agenda."""
    r = conn.execute("SELECT COALESCE(c.sort_order, 0), s.student_no FROM student s LEFT JOIN school_class c "
                     "ON c.id = s.class_id WHERE s.id = ?", (student_id,)).fetchone()
    return (int(r[0]), r[1]) if r else (0, "")


def students_brief(conn: Connection, student_ids: Iterable[int]) -> dict[int, tuple[str, str, str, str]]:
    """student id → (name, number, grade, class) for the students given."""
    ids = sorted(set(student_ids))
    out = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        out.update({int(r[0]): tuple(r[1:]) for r in conn.execute(
            "SELECT s.id, s.name, s.student_no, COALESCE(g.name, ''), COALESCE(c.name, '') FROM student s "
            "LEFT JOIN school_class c ON c.id = s.class_id LEFT JOIN grade g ON g.id = c.grade_id "
            f"WHERE s.id IN ({','.join('?' * len(chunk))})", chunk)})
    return out


def office_header(conn: Connection) -> tuple[str, str, str]:
    """(school name, unit name, school type)."""
    r = conn.execute("SELECT school_name, unit_name, school_type FROM office WHERE id = 1").fetchone()
    return (r[0], r[1], r[2]) if r else ("", "", "")


class Invitees(NamedTuple):
    leader: int | None               # the grade's leader, active
    head_teachers: list[int]         # of the classes of the students on the agenda, active
    counselors: list[int]            # full-time first, then part-time
    school_leader: int | None        # the first active staff member with the school-leader role


def invitees(conn: Connection, meeting_id: int, grade_id: int) -> Invitees:
    leader = conn.execute("SELECT g.leader_staff_id FROM grade g JOIN staff s ON s.id = g.leader_staff_id "
                          "WHERE g.id = ? AND s.active = 1", (grade_id,)).fetchone()
    heads = [int(s) for s, in conn.execute(
        "SELECT c.head_teacher_staff_id FROM school_class c JOIN staff s ON s.id = c.head_teacher_staff_id "
        "WHERE s.active = 1 AND c.id IN (SELECT st.class_id FROM meeting_item i JOIN student st "
        "ON st.id = i.student_id WHERE i.meeting_id = ?) ORDER BY c.sort_order, c.name", (meeting_id,))]
    counselors = [int(s) for s, in conn.execute(
        "SELECT s.id FROM staff s WHERE s.active = 1 AND EXISTS (SELECT 1 FROM staff_role r WHERE "
        "r.staff_id = s.id AND r.role IN ('counselor_full', 'counselor_part')) ORDER BY "
        "EXISTS (SELECT 1 FROM staff_role r WHERE r.staff_id = s.id AND r.role = 'counselor_full') DESC, s.id")]
    school = conn.execute("SELECT s.id FROM staff s JOIN staff_role r ON r.staff_id = s.id WHERE s.active = 1 "
                          "AND r.role = 'school_leader' ORDER BY s.id LIMIT 1").fetchone()
    return Invitees(int(leader[0]) if leader else None, heads, counselors, int(school[0]) if school else None)
