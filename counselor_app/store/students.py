"""The student aggregate: ``student`` rows, their guardians and their status history.

Rows come back typed (named tuples: fields by name, and ``a, b = row`` still works). Readers of one student take
its id and read that student only (:func:`by_id`, :func:`guardians_of`, :func:`status_history`); the whole-register
readers are for the list, the export and the import.
"""
from __future__ import annotations

from typing import Iterable, NamedTuple, Sequence

from counselor_app.store.database import Connection


class StudentRow(NamedTuple):
    """One student with the names of its grade, class and dorm ('' when none)."""
    id: int
    student_no: str
    name: str
    gender: str
    birth_date: str | None
    class_id: int | None
    grade: str
    class_name: str
    dorm: str
    boarding: bool
    status: str
    is_monitor: bool


class ListRow(NamedTuple):
    id: int
    student_no: str
    name: str
    gender: str
    birth_date: str | None
    grade: str
    class_name: str
    status: str
    boarding: bool
    is_monitor: bool


class Guardian(NamedTuple):
    name: str
    relation: str
    phone: str


class StatusRow(NamedTuple):
    status: str
    changed_at: str      # ISO time, UTC
    reason: str


class ExportRow(NamedTuple):
    student_no: str
    name: str
    gender: str
    birth_date: str | None
    grade: str | None
    class_name: str | None
    dorm: str | None
    boarding: int
    status: str
    guardians: list[Guardian]


# the fields an import compares, by student number (plain dicts: the import reads and merges them by field name)
IMPORT_COLUMNS = ("id", "student_no", "name", "gender", "birth_date", "class_id", "dorm_id", "boarding", "status")
_JOINS = ("FROM student s LEFT JOIN school_class c ON c.id = s.class_id LEFT JOIN grade g ON g.id = c.grade_id "
          "LEFT JOIN dorm d ON d.id = s.dorm_id")
_REGISTER_ORDER = "ORDER BY g.sort_order, c.sort_order, s.student_no"


# -- reading one student ------------------------------------------------------------------------------------------

def by_id(conn: Connection, student_id: int) -> StudentRow | None:
    r = conn.execute(
        "SELECT s.id, s.student_no, s.name, s.gender, s.birth_date, s.class_id, coalesce(g.name, ''), "
        f"coalesce(c.name, ''), coalesce(d.name, ''), s.boarding, s.status, s.is_monitor {_JOINS} WHERE s.id = ?",
        (student_id,)).fetchone()
    if r is None:
        return None
    return StudentRow(*r[:9], bool(r[9]), r[10], bool(r[11]))


def id_by_number(conn: Connection, student_no: str) -> int | None:
    r = conn.execute("SELECT id FROM student WHERE student_no = ?", (student_no,)).fetchone()
    return int(r[0]) if r else None


def guardians_of(conn: Connection, student_id: int) -> list[Guardian]:
    """The student's guardians, in the register's order."""
    return [Guardian(*r) for r in conn.execute(
        "SELECT name, relation, phone FROM guardian WHERE student_id = ? ORDER BY sort_order, id", (student_id,))]


def status_history(conn: Connection, student_id: int) -> list[StatusRow]:
    """The student's changes of status, oldest first."""
    return [StatusRow(*r) for r in conn.execute(
        "SELECT status, changed_at, reason FROM student_status_history WHERE student_id = ? ORDER BY id",
        (student_id,))]


# -- reading the register -----------------------------------------------------------------------------------------

def list_rows(conn: Connection) -> list[ListRow]:
    """Every student in register order (grade, class, student number)."""
    return [ListRow(*r[:8], bool(r[8]), bool(r[9])) for r in conn.execute(
        "SELECT s.id, s.student_no, s.name, s.gender, s.birth_date, coalesce(g.name, ''), coalesce(c.name, ''), "
        f"s.status, s.boarding, s.is_monitor {_JOINS} {_REGISTER_ORDER}")]


def by_number(conn: Connection) -> dict[str, dict]:
    """Every student keyed by student number, with the fields an import compares (IMPORT_COLUMNS)."""
    return {r[1]: dict(zip(IMPORT_COLUMNS, r))
            for r in conn.execute(f"SELECT {', '.join(IMPORT_COLUMNS)} FROM student")}


def guardians_by_student(conn: Connection) -> dict[int, list[Guardian]]:
    """Every student's guardians (students without any left out)."""
    out: dict[int, list[Guardian]] = {}
    for sid, name, relation, phone in conn.execute(
            "SELECT student_id, name, relation, phone FROM guardian ORDER BY student_id, sort_order, id"):
        out.setdefault(sid, []).append(Guardian(name, relation, phone))
    return out


def for_export(conn: Connection, grade: str | None = None, class_name: str | None = None,
               class_ids: Sequence[int] | None = None) -> list[ExportRow]:
    """The students of a grade and/or class name (all when None), with their guardians, in register order.
    ``class_ids`` (when given) restricts the rows to those classes, besides the grade and class names."""
    where, args = [], []
    if grade:
        where.append("g.name = ?")
        args.append(grade)
    if class_name:
        where.append("c.name = ?")
        args.append(class_name)
    if class_ids is not None:
        where.append(f"c.id IN ({','.join('?' * len(class_ids)) or 'NULL'})")
        args.extend(class_ids)
    sql = (f"SELECT s.id, s.student_no, s.name, s.gender, s.birth_date, g.name, c.name, d.name, s.boarding, s.status "
           f"{_JOINS}")
    if where:
        sql += " WHERE " + " AND ".join(where)
    guardians = guardians_by_student(conn)
    return [ExportRow(*r[1:], guardians.get(r[0], [])) for r in conn.execute(f"{sql} {_REGISTER_ORDER}", args)]


def enrolled_in_class(conn: Connection, class_id: int) -> list[ExportRow]:
    """The enrolled students of one class, with their guardians, by student number (a class list)."""
    rows = conn.execute(
        "SELECT s.id, s.student_no, s.name, s.gender, s.birth_date, g.name, c.name, d.name, s.boarding, s.status "
        f"{_JOINS} WHERE s.class_id = ? AND s.status = 'enrolled' ORDER BY s.student_no", (class_id,)).fetchall()
    guardians: dict[int, list[Guardian]] = {}
    for sid, name, relation, phone in conn.execute(
            "SELECT g.student_id, g.name, g.relation, g.phone FROM guardian g JOIN student s ON s.id = g.student_id "
            "WHERE s.class_id = ? AND s.status = 'enrolled' ORDER BY g.student_id, g.sort_order, g.id", (class_id,)):
        guardians.setdefault(sid, []).append(Guardian(name, relation, phone))
    return [ExportRow(*r[1:], guardians.get(r[0], [])) for r in rows]


# -- writing ------------------------------------------------------------------------------------------------------

_UPDATABLE = {"name", "gender", "birth_date", "class_id", "dorm_id", "boarding", "status", "is_monitor"}


def insert(conn: Connection, fields: dict, at: str) -> int:
    """A new student from ``fields`` (student_no and name needed; the rest defaults: no class, enrolled)."""
    cur = conn.execute(
        "INSERT INTO student (student_no, name, gender, birth_date, class_id, dorm_id, boarding, is_monitor, status, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (fields["student_no"], fields["name"], fields.get("gender", ""), fields.get("birth_date"),
         fields.get("class_id"), fields.get("dorm_id"), int(bool(fields.get("boarding", False))),
         int(bool(fields.get("is_monitor", False))), fields.get("status", "enrolled"), at, at))
    return int(cur.lastrowid)


def insert_many(conn: Connection, rows: Sequence[tuple], at: str) -> list[int]:
    """Enrolled students from rows (student_no, name, gender, birth_date_iso, class_id, dorm_id, boarding,
    is_monitor); their ids in the same order."""
    ids = []
    for r in rows:
        cur = conn.execute(
            "INSERT INTO student (student_no, name, gender, birth_date, class_id, dorm_id, boarding, is_monitor, "
            "status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'enrolled', ?, ?)", (*r, at, at))
        ids.append(int(cur.lastrowid))
    return ids


def update(conn: Connection, student_id: int, fields: dict, at: str) -> None:
    if not fields:
        return
    if set(fields) - _UPDATABLE:
        raise ValueError(set(fields) - _UPDATABLE)
    assignments = ", ".join(f"{k} = ?" for k in fields)
    conn.execute(f"UPDATE student SET {assignments}, updated_at = ? WHERE id = ?", (*fields.values(), at, student_id))


def set_number(conn: Connection, student_id: int, student_no: str) -> None:
    conn.execute("UPDATE student SET student_no = ? WHERE id = ?", (student_no, student_id))


def set_status(conn: Connection, student_ids: Iterable[int], status: str, at: str) -> None:
    conn.executemany("UPDATE student SET status = ?, updated_at = ? WHERE id = ?",
                     [(status, at, s) for s in student_ids])


def add_status_history(conn: Connection, rows: Iterable[tuple[int, str, str, str, int | None]]) -> None:
    """Rows of the status history: (student id, status, changed at, reason, user id). The one writer of it."""
    conn.executemany("INSERT INTO student_status_history (student_id, status, changed_at, reason, user_id) "
                     "VALUES (?, ?, ?, ?, ?)", rows)


def replace_guardians(conn: Connection, student_id: int, guardians: Sequence[tuple[str, str, str]]) -> None:
    conn.execute("DELETE FROM guardian WHERE student_id = ?", (student_id,))
    insert_guardians(conn, [(student_id, n, r, p, i) for i, (n, r, p) in enumerate(guardians)])


def insert_guardians(conn: Connection, rows: Iterable[tuple]) -> None:
    """rows: (student_id, name, relation, phone, sort_order)."""
    conn.executemany("INSERT INTO guardian (student_id, name, relation, phone, sort_order) VALUES (?, ?, ?, ?, ?)",
                     rows)


def enrolled_in(conn: Connection, class_ids: Sequence[int]) -> list[int]:
    """The enrolled students of these classes (ids, ascending within each batch of classes)."""
    out: list[int] = []
    for start in range(0, len(class_ids), 500):
        chunk = list(class_ids[start:start + 500])
        marks = ", ".join("?" * len(chunk))
        out += [i for i, in conn.execute(
            f"SELECT id FROM student WHERE status = 'enrolled' AND class_id IN ({marks}) ORDER BY id", chunk)]
    return out


def counts(conn: Connection) -> dict[str, int]:
    """How many rows the register's main tables hold."""
    return {table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("grade", "school_class", "staff", "student", "guardian")}
