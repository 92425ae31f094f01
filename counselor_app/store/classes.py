"""``school_class`` rows: the classes under their grades or departments, with their head teacher (班主任 / 辅导员).

A class keeps its row for good: the rollover moves it up and renames it, graduation archives it
(store/membership.py knows what it was called in an earlier school year).
"""
from __future__ import annotations

from typing import NamedTuple

from counselor_app.store.database import Connection


class ClassRow(NamedTuple):
    id: int
    grade_id: int
    name: str
    archived: bool


class ClassChoice(NamedTuple):
    """A class to choose (not archived), with its grade's name."""
    id: int
    grade: str
    name: str


class NamedClass(NamedTuple):
    id: int
    grade: str | None
    archived: bool           # the class or its grade


class Overview(NamedTuple):
    id: int
    grade_id: int
    grade: str
    grade_kind: str
    name: str
    head_teacher: str        # '' when none
    grade_leader: str
    enrolled: int
    monitors: str            # the class's 心理委员, '张三、李四'
    archived: bool


def insert(conn: Connection, grade_id: int, name: str, head_teacher_staff_id: int | None = None,
           sort_order: int | None = None) -> int:
    """A new class; at the end of the register's order unless ``sort_order`` is given."""
    if sort_order is None:
        sort_order = next_sort_order(conn)
    return int(conn.execute(
        "INSERT INTO school_class (grade_id, name, head_teacher_staff_id, sort_order) VALUES (?, ?, ?, ?)",
        (grade_id, name, head_teacher_staff_id, sort_order)).lastrowid)


def next_sort_order(conn: Connection) -> int:
    return int(conn.execute("SELECT coalesce(max(sort_order), -1) + 1 FROM school_class").fetchone()[0])


def by_id(conn: Connection, class_id: int) -> ClassRow | None:
    r = conn.execute("SELECT id, grade_id, name, archived FROM school_class WHERE id = ?", (class_id,)).fetchone()
    return ClassRow(r[0], r[1], r[2], bool(r[3])) if r else None


def exists(conn: Connection, class_id: int) -> bool:
    return conn.execute("SELECT 1 FROM school_class WHERE id = ?", (class_id,)).fetchone() is not None


def id_by_name(conn: Connection, grade_id: int, name: str) -> int | None:
    r = conn.execute("SELECT id FROM school_class WHERE grade_id = ? AND name = ?", (grade_id, name)).fetchone()
    return int(r[0]) if r else None


def ids_by_name(conn: Connection) -> dict[tuple[int, str], int]:
    """(grade id, class name) -> class id, of every class."""
    return {(gid, name): cid for cid, gid, name in conn.execute("SELECT id, grade_id, name FROM school_class")}


def choices(conn: Connection) -> list[ClassChoice]:
    """The classes not archived, in register order."""
    return [ClassChoice(*r) for r in conn.execute(
        "SELECT c.id, g.name, c.name FROM school_class c JOIN grade g ON g.id = c.grade_id WHERE c.archived = 0 "
        "ORDER BY g.sort_order, c.sort_order")]


def named(conn: Connection, class_name: str) -> list[NamedClass]:
    """Every class of that name, in register order."""
    return [NamedClass(i, g, bool(a)) for i, g, a in conn.execute(
        "SELECT c.id, g.name, c.archived OR coalesce(g.archived, 0) FROM school_class c "
        "LEFT JOIN grade g ON g.id = c.grade_id WHERE c.name = ? ORDER BY g.sort_order, c.sort_order, c.id",
        (class_name,))]


def archived_names(conn: Connection) -> set[tuple[str, str]]:
    """(grade name, class name) of the archived classes (graduated, or no longer taught)."""
    return {(g, c) for g, c in conn.execute(
        "SELECT g.name, c.name FROM school_class c JOIN grade g ON g.id = c.grade_id WHERE c.archived = 1")}


_OVERVIEW = (
    "SELECT c.id, g.id, g.name, g.kind, c.name, h.name, l.name, "
    " (SELECT count(*) FROM student s WHERE s.class_id = c.id AND s.status = 'enrolled'), "
    " (SELECT group_concat(s.name, '、') FROM student s WHERE s.class_id = c.id AND s.is_monitor = 1 "
    "   AND s.status = 'enrolled'), c.archived "
    "FROM school_class c JOIN grade g ON g.id = c.grade_id LEFT JOIN staff h ON h.id = c.head_teacher_staff_id "
    "LEFT JOIN staff l ON l.id = g.leader_staff_id")


def _overview_row(r) -> Overview:
    return Overview(*r[:5], r[5] or "", r[6] or "", int(r[7]), r[8] or "", bool(r[9]))


def overview(conn: Connection) -> list[Overview]:
    """Every class with its grade, head teacher, grade leader, enrolled students and 心理委员, in register order
    (archived ones last)."""
    return [_overview_row(r) for r in conn.execute(
        f"{_OVERVIEW} ORDER BY c.archived, g.sort_order, c.sort_order, c.id")]


def overview_of(conn: Connection, class_id: int) -> Overview | None:
    """One class as :func:`overview` shows it (None when there is no such class)."""
    r = conn.execute(f"{_OVERVIEW} WHERE c.id = ?", (class_id,)).fetchone()
    return _overview_row(r) if r else None


def students_in(conn: Connection, class_id: int, statuses: tuple[str, ...] = ("enrolled",)) -> int:
    """How many students of these statuses the class has."""
    marks = ",".join("?" * len(statuses))
    return int(conn.execute(f"SELECT count(*) FROM student WHERE class_id = ? AND status IN ({marks})",
                            (class_id, *statuses)).fetchone()[0])


def rename(conn: Connection, class_id: int, name: str) -> None:
    conn.execute("UPDATE school_class SET name = ? WHERE id = ?", (name, class_id))


def set_archived(conn: Connection, class_id: int, archived: bool) -> None:
    conn.execute("UPDATE school_class SET archived = ? WHERE id = ?", (int(archived), class_id))
