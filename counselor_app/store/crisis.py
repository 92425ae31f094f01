"""Crisis incidents (schema 11): ``crisis_incident`` with its students, steps, parent calls, timeline and breaches.

Crisis details are sealed with the clinical key (store/sealed.py).
"""
from __future__ import annotations

from typing import NamedTuple

from counselor_app.store.database import Connection
from counselor_app.store.sealed import SealedColumn

DETAILS = SealedColumn("crisis_incident", "details")
CLOSE_NOTE = SealedColumn("crisis_incident", "close_note")
STEP_NOTE = SealedColumn("crisis_step", "note")
EVENT_TEXT = SealedColumn("crisis_event", "text")
BREACH_WHY = SealedColumn("crisis_breach", "why")


class IncidentRow(NamedTuple):
    id: int
    year: int
    seq: int
    occurred_at: str
    place: str
    type: str
    gravity: str
    found_by: str
    found_at: str
    state: str
    closed_on: str | None
    closed_by: int | None
    forced: bool
    created_by: int | None
    revision: int


_COLUMNS = ("id, year, seq, occurred_at, place, type, gravity, found_by, found_at, state, closed_on, closed_by, "
            "forced, created_by, revision")


def _row(r) -> IncidentRow:
    r = list(r)
    r[12] = bool(r[12])
    return IncidentRow(*r)


def incident(conn: Connection, incident_id: int) -> IncidentRow | None:
    r = conn.execute(f"SELECT {_COLUMNS} FROM crisis_incident WHERE id = ?", (incident_id,)).fetchone()
    return _row(r) if r else None


def incidents(conn: Connection, *, open_only: bool = False) -> list[IncidentRow]:
    where = " WHERE state = 'open'" if open_only else ""
    return [_row(r) for r in conn.execute(f"SELECT {_COLUMNS} FROM crisis_incident{where} "
                                          "ORDER BY occurred_at DESC, id DESC")]


def incident_by_number(conn: Connection, year: int, seq: int) -> int | None:
    r = conn.execute("SELECT id FROM crisis_incident WHERE year = ? AND seq = ?", (year, seq)).fetchone()
    return int(r[0]) if r else None


def next_seq(conn: Connection, year: int) -> int:
    return int(conn.execute("SELECT COALESCE(max(seq), 0) + 1 FROM crisis_incident WHERE year = ?",
                            (year,)).fetchone()[0])


def insert(conn: Connection, fields: dict, at: str) -> int:
    keys = ("year", "seq", "occurred_at", "place", "type", "gravity", "found_by", "found_at", "state", "created_by")
    cur = conn.execute(f"INSERT INTO crisis_incident ({', '.join(keys)}, created_at, updated_at) VALUES "
                       f"({', '.join('?' * len(keys))}, ?, ?)", [fields[k] for k in keys] + [at, at])
    return int(cur.lastrowid)


def update(conn: Connection, incident_id: int, fields: dict, at: str, revision: int | None = None) -> bool:
    allowed = ("state", "closed_on", "closed_by", "forced", "place", "gravity")
    if set(fields) - set(allowed):
        raise ValueError(f"not an editable column: {sorted(set(fields) - set(allowed))}")
    sets = ", ".join([f"{k} = ?" for k in fields] + ["revision = revision + 1", "updated_at = ?"])
    args = [*fields.values(), at, incident_id]
    where = "id = ?"
    if revision is not None:
        where += " AND revision = ?"
        args.append(revision)
    return conn.execute(f"UPDATE crisis_incident SET {sets} WHERE {where}", args).rowcount == 1


class StudentRow(NamedTuple):
    student_id: int
    student_no: str
    name: str
    grade: str
    class_name: str
    entry_id: int | None


def students(conn: Connection, incident_id: int) -> list[StudentRow]:
    return [StudentRow(*r) for r in conn.execute(
        "SELECT s.id, s.student_no, s.name, COALESCE(g.name, ''), COALESCE(c.name, ''), x.entry_id "
        "FROM crisis_student x JOIN student s ON s.id = x.student_id LEFT JOIN school_class c ON c.id = s.class_id "
        "LEFT JOIN grade g ON g.id = c.grade_id WHERE x.incident_id = ? ORDER BY s.student_no", (incident_id,))]


def add_student(conn: Connection, incident_id: int, student_id: int, entry_id: int | None) -> None:
    conn.execute("INSERT INTO crisis_student (incident_id, student_id, entry_id) VALUES (?, ?, ?)",
                 (incident_id, student_id, entry_id))


def incidents_of_student(conn: Connection, student_id: int) -> list[int]:
    return [int(i) for i, in conn.execute("SELECT incident_id FROM crisis_student WHERE student_id = ?",
                                          (student_id,))]


class StepRow(NamedTuple):
    id: int
    step: str
    done_at: str
    done_by: str


def steps(conn: Connection, incident_id: int) -> list[StepRow]:
    return [StepRow(*r) for r in conn.execute("SELECT id, step, done_at, done_by FROM crisis_step WHERE "
                                              "incident_id = ? ORDER BY done_at, id", (incident_id,))]


def set_step(conn: Connection, incident_id: int, step: str, done_at: str, done_by: str, user_id: int,
             at: str) -> int:
    """Record a step (again: the later record replaces the earlier one's time and person); returns its row id."""
    conn.execute("INSERT INTO crisis_step (incident_id, step, done_at, done_by, user_id, created_at) VALUES "
                 "(?, ?, ?, ?, ?, ?) ON CONFLICT(incident_id, step) DO UPDATE SET done_at = excluded.done_at, "
                 "done_by = excluded.done_by, user_id = excluded.user_id, created_at = excluded.created_at",
                 (incident_id, step, done_at, done_by, user_id, at))
    return int(conn.execute("SELECT id FROM crisis_step WHERE incident_id = ? AND step = ?",
                            (incident_id, step)).fetchone()[0])


class CallRow(NamedTuple):
    id: int
    student_id: int
    at: str
    by_name: str
    way: str
    reached: bool


def calls(conn: Connection, incident_id: int) -> list[CallRow]:
    return [CallRow(i, s, a, b, w, bool(r)) for i, s, a, b, w, r in conn.execute(
        "SELECT id, student_id, at, by_name, way, reached FROM crisis_parent_call WHERE incident_id = ? "
        "ORDER BY at, id", (incident_id,))]


def add_call(conn: Connection, incident_id: int, student_id: int, at_time: str, by_name: str, way: str,
             reached: bool, user_id: int, at: str) -> int:
    cur = conn.execute("INSERT INTO crisis_parent_call (incident_id, student_id, at, by_name, way, reached, user_id, "
                       "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                       (incident_id, student_id, at_time, by_name, way, int(reached), user_id, at))
    return int(cur.lastrowid)


class EventRow(NamedTuple):
    id: int
    at: str
    user_name: str


def events(conn: Connection, incident_id: int) -> list[EventRow]:
    return [EventRow(*r) for r in conn.execute(
        "SELECT e.id, e.at, COALESCE(u.display_name, '') FROM crisis_event e LEFT JOIN app_user u ON u.id = e.user_id "
        "WHERE e.incident_id = ? ORDER BY e.at, e.id", (incident_id,))]


def add_event(conn: Connection, incident_id: int, at_time: str, user_id: int, at: str) -> int:
    cur = conn.execute("INSERT INTO crisis_event (incident_id, at, user_id, created_at) VALUES (?, ?, ?, ?)",
                       (incident_id, at_time, user_id, at))
    return int(cur.lastrowid)


class BreachRow(NamedTuple):
    id: int
    told: str
    at: str
    user_name: str


def breaches(conn: Connection, incident_id: int) -> list[BreachRow]:
    return [BreachRow(*r) for r in conn.execute(
        "SELECT b.id, b.told, b.at, COALESCE(u.display_name, '') FROM crisis_breach b LEFT JOIN app_user u "
        "ON u.id = b.user_id WHERE b.incident_id = ? ORDER BY b.at, b.id", (incident_id,))]


def add_breach(conn: Connection, incident_id: int, told: str, at_time: str, user_id: int, at: str) -> int:
    cur = conn.execute("INSERT INTO crisis_breach (incident_id, told, at, user_id, created_at) VALUES (?, ?, ?, ?, ?)",
                       (incident_id, told, at_time, user_id, at))
    return int(cur.lastrowid)
