"""Rows the year rollover reads and writes (grades, classes, statuses, the record of past rollovers)."""
from __future__ import annotations

from typing import Sequence

from counselor_app.store.database import Connection

ROLLOVER_ACTION = "register.rollover"


def grades(conn: Connection) -> list[tuple[int, str, str, int, int, int]]:
    """(id, name, kind, level, archived, has a leader) of every grade or department."""
    return conn.execute("SELECT id, name, kind, level, archived, leader_staff_id IS NOT NULL FROM grade "
                        "ORDER BY sort_order, id").fetchall()


def classes_with_counts(conn: Connection) -> list[tuple[int, int, str, int, int, int, int]]:
    """(id, grade_id, name, archived, enrolled, on leave or suspended, graduated or transferred) of every class."""
    return conn.execute(
        "SELECT c.id, c.grade_id, c.name, c.archived, "
        "coalesce(sum(s.status = 'enrolled'), 0), coalesce(sum(s.status IN ('on_leave', 'suspended')), 0), "
        "coalesce(sum(s.status IN ('graduated', 'transferred')), 0) "
        "FROM school_class c LEFT JOIN student s ON s.class_id = c.id GROUP BY c.id ORDER BY c.sort_order, c.id"
    ).fetchall()


def school_year_names(conn: Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM school_year")}


def school_year_dates(conn: Connection) -> list[tuple[str, str, str, str | None]]:
    """(name, start, end, end of its last semester or None) of every school year in the calendar, oldest first."""
    return conn.execute("SELECT y.name, y.start_date, y.end_date, "
                        "(SELECT max(s.end_date) FROM semester s WHERE s.school_year_id = y.id) "
                        "FROM school_year y ORDER BY y.start_date").fetchall()


def office_created_at(conn: Connection) -> str:
    return conn.execute("SELECT created_at FROM office WHERE id = 1").fetchone()[0]


def rollovers(conn: Connection) -> list[tuple[str, str]]:
    """(school year rolled into, when) of every rollover applied, oldest first (from the audit trail)."""
    return conn.execute("SELECT target_id, at FROM audit_log WHERE action = ? AND outcome = 'ok' ORDER BY id",
                        (ROLLOVER_ACTION,)).fetchall()


def grade_ids_by_name(conn: Connection) -> dict[str, int]:
    return {name: gid for gid, name in conn.execute("SELECT id, name FROM grade")}


def set_grade_level(conn: Connection, grade_id: int, level: int) -> None:
    conn.execute("UPDATE grade SET level = ? WHERE id = ?", (level, grade_id))


def set_grades_archived(conn: Connection, grade_ids: Sequence[int], archived: bool) -> None:
    conn.executemany("UPDATE grade SET archived = ? WHERE id = ?", [(int(archived), g) for g in grade_ids])


def park_classes(conn: Connection, class_ids: Sequence[int]) -> None:
    """Give moving classes a temporary unique name, so the moves never meet a half-moved name (UNIQUE(grade, name))."""
    conn.executemany("UPDATE school_class SET name = name || ' #rollover-' || id WHERE id = ?",
                     [(c,) for c in class_ids])


def move_class(conn: Connection, class_id: int, grade_id: int, name: str, archived: bool) -> None:
    conn.execute("UPDATE school_class SET grade_id = ?, name = ?, archived = ? WHERE id = ?",
                 (grade_id, name, int(archived), class_id))


def enrolled_in(conn: Connection, class_ids: Sequence[int]) -> list[int]:
    out: list[int] = []
    for start in range(0, len(class_ids), 500):
        chunk = list(class_ids[start:start + 500])
        marks = ", ".join("?" * len(chunk))
        out += [r[0] for r in conn.execute(
            f"SELECT id FROM student WHERE status = 'enrolled' AND class_id IN ({marks}) ORDER BY id", chunk)]
    return out


def graduate_students(conn: Connection, student_ids: Sequence[int], at: str, reason: str,
                      user_id: int | None) -> None:
    """Status graduated with a history row each."""
    conn.executemany("UPDATE student SET status = 'graduated', updated_at = ? WHERE id = ?",
                     [(at, s) for s in student_ids])
    conn.executemany("INSERT INTO student_status_history (student_id, status, changed_at, reason, user_id) "
                     "VALUES (?, 'graduated', ?, ?, ?)", [(s, at, reason, user_id) for s in student_ids])
