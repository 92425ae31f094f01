"""``grade`` rows: the K-12 grades (with their level 1..12) or a university's departments, with their leader."""
from __future__ import annotations

from typing import Sequence

from counselor_app.store.database import Connection


def insert(conn: Connection, name: str, kind: str, level: int, leader_staff_id: int | None = None,
           sort_order: int | None = None) -> int:
    """A new grade or department (``kind``: domain.school.GradeKind); at the end of the register's order unless
    ``sort_order`` is given."""
    if sort_order is None:
        sort_order = next_sort_order(conn)
    return int(conn.execute("INSERT INTO grade (name, kind, level, leader_staff_id, sort_order) VALUES (?, ?, ?, ?, ?)",
                            (name, kind, level, leader_staff_id, sort_order)).lastrowid)


def next_sort_order(conn: Connection) -> int:
    return int(conn.execute("SELECT coalesce(max(sort_order), -1) + 1 FROM grade").fetchone()[0])


def ids_by_name(conn: Connection, archived: bool = True) -> dict[str, int]:
    """Grade or department name -> id (the archived ones too, unless ``archived`` is False). The one look-up of a
    grade by its name."""
    sql = "SELECT id, name FROM grade" + ("" if archived else " WHERE archived = 0")
    return {name: int(gid) for gid, name in conn.execute(sql)}


def id_by_name(conn: Connection, name: str) -> int | None:
    r = conn.execute("SELECT id FROM grade WHERE name = ?", (name,)).fetchone()
    return int(r[0]) if r else None


def name_of(conn: Connection, grade_id: int) -> str | None:
    r = conn.execute("SELECT name FROM grade WHERE id = ?", (grade_id,)).fetchone()
    return r[0] if r else None


def exists(conn: Connection, grade_id: int) -> bool:
    return name_of(conn, grade_id) is not None


def set_level(conn: Connection, grade_id: int, level: int) -> None:
    conn.execute("UPDATE grade SET level = ? WHERE id = ?", (level, grade_id))


def set_archived(conn: Connection, grade_ids: Sequence[int], archived: bool) -> None:
    conn.executemany("UPDATE grade SET archived = ? WHERE id = ?", [(int(archived), g) for g in grade_ids])
