"""The school's structure: grades or departments and their classes, with the people of the warning network."""
from __future__ import annotations

from counselor_app.store.database import Connection


def class_overview(conn: Connection) -> list[tuple]:
    """(class id, grade id, grade, grade kind, class, head teacher, grade leader, enrolled, monitors 'a,b', archived)
    for every class, in register order."""
    return conn.execute(
        "SELECT c.id, g.id, g.name, g.kind, c.name, h.name, l.name, "
        " (SELECT count(*) FROM student s WHERE s.class_id = c.id AND s.status = 'enrolled'), "
        " (SELECT group_concat(s.name, '、') FROM student s WHERE s.class_id = c.id AND s.is_monitor = 1 "
        "   AND s.status = 'enrolled'), c.archived "
        "FROM school_class c JOIN grade g ON g.id = c.grade_id LEFT JOIN staff h ON h.id = c.head_teacher_staff_id "
        "LEFT JOIN staff l ON l.id = g.leader_staff_id ORDER BY c.archived, g.sort_order, c.sort_order, c.id"
    ).fetchall()


def grade_by_name(conn: Connection, name: str) -> int | None:
    row = conn.execute("SELECT id FROM grade WHERE name = ?", (name,)).fetchone()
    return int(row[0]) if row else None


def class_by_name(conn: Connection, grade_id: int, name: str) -> int | None:
    row = conn.execute("SELECT id FROM school_class WHERE grade_id = ? AND name = ?", (grade_id, name)).fetchone()
    return int(row[0]) if row else None


def class_row(conn: Connection, class_id: int) -> tuple | None:
    """(grade id, class name, archived)."""
    return conn.execute("SELECT grade_id, name, archived FROM school_class WHERE id = ?", (class_id,)).fetchone()


def rename_class(conn: Connection, class_id: int, name: str) -> None:
    conn.execute("UPDATE school_class SET name = ? WHERE id = ?", (name, class_id))


def set_class_archived(conn: Connection, class_id: int, archived: bool) -> None:
    conn.execute("UPDATE school_class SET archived = ? WHERE id = ?", (int(archived), class_id))


def students_in_class(conn: Connection, class_id: int, statuses: tuple[str, ...] = ("enrolled",)) -> int:
    marks = ",".join("?" * len(statuses))
    return int(conn.execute(f"SELECT count(*) FROM student WHERE class_id = ? AND status IN ({marks})",
                            (class_id, *statuses)).fetchone()[0])


def grade_name(conn: Connection, grade_id: int) -> str:
    return conn.execute("SELECT name FROM grade WHERE id = ?", (grade_id,)).fetchone()[0]
