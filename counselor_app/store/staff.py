"""Staff rows: the people of the school, their roles, the classes they lead as 班主任/辅导员, the grades they lead."""
from __future__ import annotations

from typing import Iterable

from counselor_app.store.database import Connection


def all_staff(conn: Connection) -> dict[int, dict]:
    """Every staff member by id with roles (a tuple of role codes), in creation order."""
    staff = {int(i): {"id": int(i), "staff_no": no or "", "name": name, "gender": gender, "phone": phone,
                      "active": bool(active), "roles": ()}
             for i, no, name, gender, phone, active in conn.execute(
                 "SELECT id, staff_no, name, gender, phone, active FROM staff ORDER BY id")}
    roles: dict[int, list[str]] = {}
    for staff_id, role in conn.execute("SELECT staff_id, role FROM staff_role ORDER BY staff_id, role"):
        roles.setdefault(int(staff_id), []).append(role)
    for staff_id, found in roles.items():
        if staff_id in staff:
            staff[staff_id]["roles"] = tuple(found)
    return staff


def insert(conn: Connection, fields: dict, at: str) -> int:
    cur = conn.execute(
        "INSERT INTO staff (staff_no, name, gender, phone, active, created_at) VALUES (?, ?, ?, ?, 1, ?)",
        (fields.get("staff_no") or None, fields["name"], fields.get("gender") or "", fields.get("phone") or "", at))
    return int(cur.lastrowid)


_COLUMNS = ("staff_no", "name", "gender", "phone", "active")


def update(conn: Connection, staff_id: int, fields: dict) -> None:
    names = [k for k in fields if k in _COLUMNS]
    if names:
        conn.execute(f"UPDATE staff SET {', '.join(f'{k} = ?' for k in names)} WHERE id = ?",
                     (*[fields[k] for k in names], staff_id))


def set_roles(conn: Connection, staff_id: int, roles: Iterable[str]) -> None:
    conn.execute("DELETE FROM staff_role WHERE staff_id = ?", (staff_id,))
    conn.executemany("INSERT INTO staff_role (staff_id, role) VALUES (?, ?)", [(staff_id, r) for r in roles])


def set_class_head(conn: Connection, class_id: int, staff_id: int | None) -> None:
    conn.execute("UPDATE school_class SET head_teacher_staff_id = ? WHERE id = ?", (staff_id, class_id))


def set_grade_leader(conn: Connection, grade_id: int, staff_id: int | None) -> None:
    conn.execute("UPDATE grade SET leader_staff_id = ? WHERE id = ?", (staff_id, grade_id))


def set_class_heads(conn: Connection, heads: dict[int, int | None]) -> None:
    """class id -> its head teacher's staff id (None: none)."""
    conn.executemany("UPDATE school_class SET head_teacher_staff_id = ? WHERE id = ?",
                     [(s, c) for c, s in heads.items()])


def set_grade_leaders(conn: Connection, leaders: dict[int, int | None]) -> None:
    """grade id -> its leader's staff id (None: none)."""
    conn.executemany("UPDATE grade SET leader_staff_id = ? WHERE id = ?", [(s, g) for g, s in leaders.items()])


def class_heads(conn: Connection) -> dict[int, int | None]:
    """class id -> head teacher staff id, for every class that is not archived."""
    return {int(c): (int(s) if s is not None else None) for c, s in conn.execute(
        "SELECT id, head_teacher_staff_id FROM school_class WHERE archived = 0")}


def grade_leaders(conn: Connection) -> dict[int, int | None]:
    return {int(g): (int(s) if s is not None else None) for g, s in conn.execute(
        "SELECT id, leader_staff_id FROM grade WHERE archived = 0")}


def grades_for_lookup(conn: Connection) -> dict[str, int]:
    return {name: int(i) for i, name in conn.execute("SELECT id, name FROM grade WHERE archived = 0")}


def staff_list(conn: Connection) -> list[tuple]:
    """(id, staff_no, name, gender, phone, active, roles 'a,b', classes led 'grade<TAB>class;…', login,
    grades led 'name;…') for the list."""
    return conn.execute(
        "SELECT s.id, COALESCE(s.staff_no, ''), s.name, s.gender, s.phone, s.active, "
        " (SELECT group_concat(role, ',') FROM staff_role r WHERE r.staff_id = s.id), "
        " (SELECT group_concat(g.name || char(9) || c.name, ';') FROM school_class c JOIN grade g ON g.id = c.grade_id "
        "   WHERE c.head_teacher_staff_id = s.id AND c.archived = 0), "
        " (SELECT login FROM app_user u WHERE u.staff_id = s.id AND u.active = 1), "
        " (SELECT group_concat(g.name, ';') FROM grade g WHERE g.leader_staff_id = s.id AND g.archived = 0) "
        "FROM staff s ORDER BY s.active DESC, s.name").fetchall()


def classes_led(conn: Connection, staff_id: int) -> list[int]:
    return [int(c) for c, in conn.execute(
        "SELECT id FROM school_class WHERE head_teacher_staff_id = ? AND archived = 0 ORDER BY sort_order",
        (staff_id,))]


def staff_id_by_number(conn: Connection, staff_no: str) -> int | None:
    row = conn.execute("SELECT id FROM staff WHERE staff_no = ?", (staff_no,)).fetchone()
    return int(row[0]) if row else None


def exists(conn: Connection, staff_id: int) -> bool:
    return conn.execute("SELECT 1 FROM staff WHERE id = ?", (staff_id,)).fetchone() is not None


def link_user(conn: Connection, user_id: int, staff_id: int | None) -> None:
    conn.execute("UPDATE app_user SET staff_id = ? WHERE id = ?", (staff_id, user_id))


def user_for_staff(conn: Connection, staff_id: int) -> int | None:
    row = conn.execute("SELECT id FROM app_user WHERE staff_id = ?", (staff_id,)).fetchone()
    return int(row[0]) if row else None


def grades_led(conn: Connection, staff_id: int) -> list[int]:
    return [int(g) for g, in conn.execute(
        "SELECT id FROM grade WHERE leader_staff_id = ? AND archived = 0 ORDER BY sort_order", (staff_id,))]


def grade_exists(conn: Connection, grade_id: int) -> bool:
    return conn.execute("SELECT 1 FROM grade WHERE id = ?", (grade_id,)).fetchone() is not None


def user_exists(conn: Connection, user_id: int) -> bool:
    return conn.execute("SELECT 1 FROM app_user WHERE id = ?", (user_id,)).fetchone() is not None


def class_holders(conn: Connection) -> list[tuple[int, str, str, int | None, str]]:
    """(class id, grade, class, head teacher's staff id, head teacher's name) of the classes not archived."""
    return [(int(c), g, n, (int(h) if h is not None else None), hn or "") for c, g, n, h, hn in conn.execute(
        "SELECT c.id, g.name, c.name, c.head_teacher_staff_id, s.name FROM school_class c "
        "JOIN grade g ON g.id = c.grade_id LEFT JOIN staff s ON s.id = c.head_teacher_staff_id "
        "WHERE c.archived = 0 ORDER BY g.sort_order, c.sort_order")]


def grade_holders(conn: Connection) -> list[tuple[int, str, int | None, str]]:
    """(grade id, name, leader's staff id, leader's name) of the grades and departments not archived."""
    return [(int(g), n, (int(h) if h is not None else None), hn or "") for g, n, h, hn in conn.execute(
        "SELECT g.id, g.name, g.leader_staff_id, s.name FROM grade g LEFT JOIN staff s ON s.id = g.leader_staff_id "
        "WHERE g.archived = 0 ORDER BY g.sort_order, g.id")]
