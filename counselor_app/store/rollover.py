"""Rows the year rollover reads and writes (grades, classes, statuses), and the record of past rollovers
(tables ``rollover`` and ``rollover_class``, schema 5)."""
from __future__ import annotations

from typing import Iterable, NamedTuple, Sequence

from counselor_app.store import grades as grades_store, school_years, students as students_store
from counselor_app.store.database import Connection

ROLLOVER_ACTION = "register.rollover"


class GradeState(NamedTuple):
    id: int
    name: str
    kind: str
    level: int
    archived: bool
    has_leader: bool


class ClassState(NamedTuple):
    id: int
    grade_id: int
    name: str
    archived: bool
    enrolled: int
    on_leave: int        # on leave or suspended
    other: int           # graduated or transferred


class Done(NamedTuple):
    year: str            # the school year rolled into, as the rollover named it
    at: str


class Rollover(NamedTuple):
    id: int
    at: str
    user_id: int | None
    year: str
    from_year_id: int | None
    to_year_id: int | None
    backup: str          # folder name of the backup taken just before ('' for rollovers before schema 5)
    promoted: int
    graduated_classes: int
    graduated_students: int
    grades_created: int
    source: str          # 'rollover', or 'audit': rebuilt from the audit trail by schema 5, no class details


class RolloverClass(NamedTuple):
    rollover_id: int
    class_id: int
    action: str          # domain.rollover PROMOTE, GRADUATE (students graduated, class archived) or STAY
    from_grade_id: int
    from_grade: str
    from_name: str
    to_grade_id: int
    to_grade: str
    to_name: str
    enrolled: int


def grades(conn: Connection) -> list[GradeState]:
    """Every grade or department, in register order."""
    return [GradeState(i, n, k, lv, bool(a), bool(led)) for i, n, k, lv, a, led in conn.execute(
        "SELECT id, name, kind, level, archived, leader_staff_id IS NOT NULL FROM grade ORDER BY sort_order, id")]


def classes_with_counts(conn: Connection) -> list[ClassState]:
    """Every class with its students counted by status."""
    return [ClassState(i, g, n, bool(a), e, lv, o) for i, g, n, a, e, lv, o in conn.execute(
        "SELECT c.id, c.grade_id, c.name, c.archived, "
        "coalesce(sum(s.status = 'enrolled'), 0), coalesce(sum(s.status IN ('on_leave', 'suspended')), 0), "
        "coalesce(sum(s.status IN ('graduated', 'transferred')), 0) "
        "FROM school_class c LEFT JOIN student s ON s.class_id = c.id GROUP BY c.id ORDER BY c.sort_order, c.id")]


school_year_names = school_years.names
school_year_dates = school_years.dates


def office_created_at(conn: Connection) -> str:
    return conn.execute("SELECT created_at FROM office WHERE id = 1").fetchone()[0]


def rollovers(conn: Connection) -> list[Done]:
    """Every rollover applied (the school year rolled into, when), oldest first."""
    return [Done(*r) for r in conn.execute("SELECT year, at FROM rollover ORDER BY id")]


_ROLLOVER = ("id, at, user_id, year, from_year_id, to_year_id, backup, promoted, graduated_classes, "
             "graduated_students, grades_created, source")


def record(conn: Connection, at: str, user_id: int | None, year: str, from_year_id: int | None,
           to_year_id: int | None, backup: str, counts: tuple[int, int, int, int],
           classes: Iterable[tuple[int, str, int, str, int, str, int]]) -> int:
    """Keep a rollover: ``counts`` (promoted, graduated classes, graduated students, grades created); ``classes``
    (class id, action, from grade id, from name, to grade id, to name, enrolled students)."""
    rollover_id = int(conn.execute(
        "INSERT INTO rollover (at, user_id, year, from_year_id, to_year_id, backup, promoted, graduated_classes, "
        "graduated_students, grades_created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (at, user_id, year, from_year_id, to_year_id, backup, *counts)).lastrowid)
    conn.executemany("INSERT INTO rollover_class (rollover_id, class_id, action, from_grade_id, from_name, "
                     "to_grade_id, to_name, enrolled) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                     [(rollover_id, *c) for c in classes])
    return rollover_id


def history(conn: Connection) -> list[Rollover]:
    """Every rollover, newest first."""
    return [Rollover(*r) for r in conn.execute(f"SELECT {_ROLLOVER} FROM rollover ORDER BY id DESC")]


def classes_of(conn: Connection, rollover_id: int) -> list[RolloverClass]:
    """What one rollover did to each class, in the order of the grades and classes it left."""
    return [RolloverClass(*r) for r in conn.execute(
        "SELECT rc.rollover_id, rc.class_id, rc.action, rc.from_grade_id, fg.name, rc.from_name, rc.to_grade_id, "
        "tg.name, rc.to_name, rc.enrolled FROM rollover_class rc JOIN grade fg ON fg.id = rc.from_grade_id "
        "JOIN grade tg ON tg.id = rc.to_grade_id LEFT JOIN school_class c ON c.id = rc.class_id "
        "WHERE rc.rollover_id = ? ORDER BY fg.sort_order, c.sort_order, rc.class_id", (rollover_id,))]


grade_ids_by_name = grades_store.ids_by_name
set_grade_level = grades_store.set_level
set_grades_archived = grades_store.set_archived


def park_classes(conn: Connection, class_ids: Sequence[int]) -> None:
    """Give moving classes a temporary unique name, so the moves never meet a half-moved name (UNIQUE(grade, name))."""
    conn.executemany("UPDATE school_class SET name = name || ' #rollover-' || id WHERE id = ?",
                     [(c,) for c in class_ids])


def move_class(conn: Connection, class_id: int, grade_id: int, name: str, archived: bool) -> None:
    conn.execute("UPDATE school_class SET grade_id = ?, name = ?, archived = ? WHERE id = ?",
                 (grade_id, name, int(archived), class_id))


enrolled_in = students_store.enrolled_in


def graduate_students(conn: Connection, student_ids: Sequence[int], at: str, reason: str,
                      user_id: int | None) -> None:
    """Status graduated with a history row each."""
    students_store.set_status(conn, student_ids, "graduated", at)
    students_store.add_status_history(conn, [(s, "graduated", at, reason, user_id) for s in student_ids])
