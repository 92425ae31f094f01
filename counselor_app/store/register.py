"""School register rows: structure, staff and students (the register issue builds on these)."""
from __future__ import annotations

from typing import Iterable, Sequence

from counselor_app.store.database import Connection


def insert_staff(conn: Connection, name: str, gender: str, phone: str, roles: Iterable[str], at: str) -> int:
    cur = conn.execute("INSERT INTO staff (name, gender, phone, active, created_at) VALUES (?, ?, ?, 1, ?)",
                       (name, gender, phone, at))
    staff_id = int(cur.lastrowid)
    conn.executemany("INSERT INTO staff_role (staff_id, role) VALUES (?, ?)", [(staff_id, r) for r in roles])
    return staff_id


def insert_grade(conn: Connection, name: str, kind: str, level: int, leader_staff_id: int | None,
                 sort_order: int) -> int:
    cur = conn.execute("INSERT INTO grade (name, kind, level, leader_staff_id, sort_order) VALUES (?, ?, ?, ?, ?)",
                       (name, kind, level, leader_staff_id, sort_order))
    return int(cur.lastrowid)


def insert_class(conn: Connection, grade_id: int, name: str, head_teacher_staff_id: int | None,
                 sort_order: int) -> int:
    cur = conn.execute(
        "INSERT INTO school_class (grade_id, name, head_teacher_staff_id, sort_order) VALUES (?, ?, ?, ?)",
        (grade_id, name, head_teacher_staff_id, sort_order))
    return int(cur.lastrowid)


def dorm_id(conn: Connection, name: str) -> int:
    row = conn.execute("SELECT id FROM dorm WHERE name = ?", (name,)).fetchone()
    if row:
        return int(row[0])
    return int(conn.execute("INSERT INTO dorm (name) VALUES (?)", (name,)).lastrowid)


def insert_students(conn: Connection, rows: Sequence[tuple], at: str) -> list[int]:
    """rows: (student_no, name, gender, birth_date_iso, class_id, dorm_id, boarding, is_monitor)."""
    ids = []
    for r in rows:
        cur = conn.execute(
            "INSERT INTO student (student_no, name, gender, birth_date, class_id, dorm_id, boarding, is_monitor, "
            "status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'enrolled', ?, ?)", (*r, at, at))
        ids.append(int(cur.lastrowid))
    return ids


def insert_guardians(conn: Connection, rows: Iterable[tuple]) -> None:
    """rows: (student_id, name, relation, phone, sort_order)."""
    conn.executemany("INSERT INTO guardian (student_id, name, relation, phone, sort_order) VALUES (?, ?, ?, ?, ?)",
                     rows)


def insert_school_year(conn: Connection, name: str, start: str, end: str,
                       semesters: Sequence[tuple[int, str, str]]) -> int:
    year_id = int(conn.execute("INSERT INTO school_year (name, start_date, end_date) VALUES (?, ?, ?)",
                               (name, start, end)).lastrowid)
    conn.executemany("INSERT INTO semester (school_year_id, number, start_date, end_date) VALUES (?, ?, ?, ?)",
                     [(year_id, n, s, e) for n, s, e in semesters])
    return year_id


def counts(conn: Connection) -> dict[str, int]:
    return {table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("grade", "school_class", "staff", "student", "guardian")}


def school_year_on(conn: Connection, day: str) -> tuple[int, str, str, str] | None:
    """(id, name, start, end) of the school year containing ``day`` (ISO date), if one is recorded."""
    return conn.execute("SELECT id, name, start_date, end_date FROM school_year WHERE start_date <= ? AND ? <= end_date "
                        "ORDER BY start_date DESC LIMIT 1", (day, day)).fetchone()


def semesters_of(conn: Connection, year_id: int) -> list[tuple[int, str, str]]:
    return conn.execute("SELECT number, start_date, end_date FROM semester WHERE school_year_id = ? ORDER BY number",
                        (year_id,)).fetchall()
