"""Staff rows: the people of the school, their roles, the classes they lead as 班主任/辅导员, the grades they lead."""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Iterable, NamedTuple

from counselor_app.store.database import Connection


@dataclass(frozen=True)
class StaffMember:
    id: int
    staff_no: str        # '' when none
    name: str
    gender: str
    phone: str
    active: bool
    roles: tuple[str, ...] = ()


class StaffListRow(NamedTuple):
    id: int
    staff_no: str
    name: str
    gender: str
    phone: str
    active: bool
    roles: str           # 'a,b' ('' when none)
    classes: str         # the classes led: 'grade<TAB>class;…'
    login: str           # the linked account's login ('' when none)
    grades: str          # the grades led: 'name;…'


class Holder(NamedTuple):
    """A class or grade that is not archived, with who leads it now."""
    id: int
    grade: str           # the grade's (or department's) name
    name: str            # the class's name ('' for a grade)
    holder_id: int | None
    holder: str          # the leader's name, '' when none


_MEMBER = "SELECT id, coalesce(staff_no, ''), name, gender, phone, active FROM staff"


def _roles(conn: Connection, staff_id: int | None = None) -> dict[int, tuple[str, ...]]:
    where, args = ("WHERE staff_id = ?", (staff_id,)) if staff_id is not None else ("", ())
    found: dict[int, list[str]] = {}
    for sid, role in conn.execute(f"SELECT staff_id, role FROM staff_role {where} ORDER BY staff_id, role", args):
        found.setdefault(int(sid), []).append(role)
    return {sid: tuple(roles) for sid, roles in found.items()}


def all_staff(conn: Connection) -> dict[int, StaffMember]:
    """Every staff member by id with roles (role codes), in creation order."""
    roles = _roles(conn)
    return {int(r[0]): StaffMember(int(r[0]), *r[1:5], bool(r[5]), roles.get(int(r[0]), ()))
            for r in conn.execute(f"{_MEMBER} ORDER BY id")}


def by_id(conn: Connection, staff_id: int) -> StaffMember | None:
    """One staff member with roles (reads that person only)."""
    r = conn.execute(f"{_MEMBER} WHERE id = ?", (staff_id,)).fetchone()
    if r is None:
        return None
    return replace(StaffMember(int(r[0]), *r[1:5], bool(r[5])), roles=_roles(conn, staff_id).get(staff_id, ()))


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


def staff_list(conn: Connection) -> list[StaffListRow]:
    """Everyone for the list, with roles, the classes and grades led and the linked login."""
    return [StaffListRow(int(r[0]), *r[1:5], bool(r[5]), *(x or "" for x in r[6:])) for r in conn.execute(
        "SELECT s.id, COALESCE(s.staff_no, ''), s.name, s.gender, s.phone, s.active, "
        " (SELECT group_concat(role, ',') FROM staff_role r WHERE r.staff_id = s.id), "
        " (SELECT group_concat(g.name || char(9) || c.name, ';') FROM school_class c JOIN grade g ON g.id = c.grade_id "
        "   WHERE c.head_teacher_staff_id = s.id AND c.archived = 0), "
        " (SELECT login FROM app_user u WHERE u.staff_id = s.id AND u.active = 1), "
        " (SELECT group_concat(g.name, ';') FROM grade g WHERE g.leader_staff_id = s.id AND g.archived = 0) "
        "FROM staff s ORDER BY s.active DESC, s.name")]


def classes_led(conn: Connection, staff_id: int) -> list[int]:
    return [int(c) for c, in conn.execute(
        "SELECT id FROM school_class WHERE head_teacher_staff_id = ? AND archived = 0 ORDER BY sort_order",
        (staff_id,))]


def staff_id_by_number(conn: Connection, staff_no: str) -> int | None:
    row = conn.execute("SELECT id FROM staff WHERE staff_no = ?", (staff_no,)).fetchone()
    return int(row[0]) if row else None


def exists(conn: Connection, staff_id: int) -> bool:
    return conn.execute("SELECT 1 FROM staff WHERE id = ?", (staff_id,)).fetchone() is not None


def grades_led(conn: Connection, staff_id: int) -> list[int]:
    return [int(g) for g, in conn.execute(
        "SELECT id FROM grade WHERE leader_staff_id = ? AND archived = 0 ORDER BY sort_order", (staff_id,))]


def class_holders(conn: Connection) -> list[Holder]:
    """The classes not archived with their head teacher, in register order."""
    return [Holder(int(c), g, n, (int(h) if h is not None else None), hn or "") for c, g, n, h, hn in conn.execute(
        "SELECT c.id, g.name, c.name, c.head_teacher_staff_id, s.name FROM school_class c "
        "JOIN grade g ON g.id = c.grade_id LEFT JOIN staff s ON s.id = c.head_teacher_staff_id "
        "WHERE c.archived = 0 ORDER BY g.sort_order, c.sort_order")]


def grade_holders(conn: Connection) -> list[Holder]:
    """The grades and departments not archived with their leader, in register order."""
    return [Holder(int(g), n, "", (int(h) if h is not None else None), hn or "") for g, n, h, hn in conn.execute(
        "SELECT g.id, g.name, g.leader_staff_id, s.name FROM grade g LEFT JOIN staff s ON s.id = g.leader_staff_id "
        "WHERE g.archived = 0 ORDER BY g.sort_order, g.id")]
