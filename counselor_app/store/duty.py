"""Duty rosters (schema 9): posts, shift templates with who may take them, the duty list, unavailability, the
office's make-up workday timetables, the roster's state and the assignments.

Swaps and covers are in store/duty_changes.py, the duty log in store/duty_log.py.
"""
from __future__ import annotations

from typing import Iterable, NamedTuple, Sequence

from counselor_app.store.database import Connection


class PostRow(NamedTuple):
    id: int
    name: str
    sort_order: int
    active: bool


class TemplateRow(NamedTuple):
    id: int
    semester_id: int
    post_id: int
    weekday: int
    period: str
    start_time: str
    end_time: str
    heads: int
    kind: str
    active: bool
    roles: tuple[str, ...]
    staff: tuple[int, ...]


class UnavailableRow(NamedTuple):
    id: int
    semester_id: int
    staff_id: int
    reason: str
    first_day: str | None
    last_day: str | None
    weekday: int | None
    period: str


class AssignmentRow(NamedTuple):
    id: int
    day: str
    template_id: int
    staff_id: int
    manual: bool


class RosterRow(NamedTuple):
    semester_id: int
    published_through: str | None
    published_at: str | None
    published_by: int | None
    gaps: int
    revision: int


class ShiftRow(NamedTuple):
    """An assignment with its template, post and person, for the month grid, a person's duties and the export."""
    id: int
    day: str
    template_id: int
    post_id: int
    post: str
    period: str
    start_time: str
    end_time: str
    kind: str
    staff_id: int
    name: str
    manual: bool


# -- posts --------------------------------------------------------------------------------------------------------

def posts(conn: Connection) -> list[PostRow]:
    return [PostRow(r[0], r[1], r[2], bool(r[3]))
            for r in conn.execute("SELECT id, name, sort_order, active FROM duty_post ORDER BY sort_order, id")]


def post_by_name(conn: Connection, name: str) -> int | None:
    r = conn.execute("SELECT id FROM duty_post WHERE name = ?", (name,)).fetchone()
    return int(r[0]) if r else None


def insert_post(conn: Connection, name: str) -> int:
    order = conn.execute("SELECT coalesce(max(sort_order), 0) + 1 FROM duty_post").fetchone()[0]
    return int(conn.execute("INSERT INTO duty_post (name, sort_order) VALUES (?, ?)", (name, order)).lastrowid)


def update_post(conn: Connection, post_id: int, name: str, active: bool) -> None:
    conn.execute("UPDATE duty_post SET name = ?, active = ? WHERE id = ?", (name, int(active), post_id))


# -- templates ----------------------------------------------------------------------------------------------------

_TEMPLATE = ("SELECT id, semester_id, post_id, weekday, period, start_time, end_time, heads, kind, active "
             "FROM duty_template")


def templates(conn: Connection, semester_id: int, *, active_only: bool = True,
              ids: Iterable[int] | None = None) -> list[TemplateRow]:
    """The templates of a semester (or those of ``ids``), with who may take them, in weekday, time, post order."""
    if ids is not None:
        ids = sorted(set(ids)) or [0]
        where, args = f"WHERE id IN ({','.join('?' * len(ids))})", tuple(ids)
    else:
        where, args = "WHERE semester_id = ?" + (" AND active = 1" if active_only else ""), (semester_id,)
    rows = conn.execute(f"{_TEMPLATE} {where} ORDER BY weekday, start_time, post_id, id", args).fetchall()
    roles: dict[int, list[str]] = {}
    staff: dict[int, list[int]] = {}
    found = [int(r[0]) for r in rows] or [0]
    marks = ",".join("?" * len(found))
    for tid, role in conn.execute(f"SELECT template_id, role FROM duty_template_role WHERE template_id IN ({marks}) "
                                  "ORDER BY role", found):
        roles.setdefault(tid, []).append(role)
    for tid, sid in conn.execute(f"SELECT template_id, staff_id FROM duty_template_staff WHERE template_id IN "
                                 f"({marks}) ORDER BY staff_id", found):
        staff.setdefault(tid, []).append(int(sid))
    return [TemplateRow(*r[:9], bool(r[9]), tuple(roles.get(r[0], ())), tuple(staff.get(r[0], ()))) for r in rows]


def insert_template(conn: Connection, semester_id: int, post_id: int, weekday: int, period: str, start: str,
                    end: str, heads: int, kind: str, roles: Iterable[str], staff: Iterable[int]) -> int:
    tid = int(conn.execute(
        "INSERT INTO duty_template (semester_id, post_id, weekday, period, start_time, end_time, heads, kind) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", (semester_id, post_id, weekday, period, start, end, heads, kind)).lastrowid)
    set_eligibility(conn, tid, roles, staff)
    return tid


def update_template(conn: Connection, template_id: int, post_id: int, weekday: int, period: str, start: str,
                    end: str, heads: int, kind: str, roles: Iterable[str], staff: Iterable[int]) -> None:
    conn.execute("UPDATE duty_template SET post_id = ?, weekday = ?, period = ?, start_time = ?, end_time = ?, "
                 "heads = ?, kind = ? WHERE id = ?", (post_id, weekday, period, start, end, heads, kind, template_id))
    set_eligibility(conn, template_id, roles, staff)


def set_eligibility(conn: Connection, template_id: int, roles: Iterable[str], staff: Iterable[int]) -> None:
    conn.execute("DELETE FROM duty_template_role WHERE template_id = ?", (template_id,))
    conn.execute("DELETE FROM duty_template_staff WHERE template_id = ?", (template_id,))
    conn.executemany("INSERT INTO duty_template_role (template_id, role) VALUES (?, ?)",
                     [(template_id, r) for r in sorted(set(roles))])
    conn.executemany("INSERT INTO duty_template_staff (template_id, staff_id) VALUES (?, ?)",
                     [(template_id, s) for s in sorted(set(staff))])


def remove_template(conn: Connection, template_id: int) -> bool:
    """Delete a template without assignments; one with assignments is only deactivated (the past stays).
    True when it was deleted."""
    used = conn.execute("SELECT 1 FROM duty_assignment WHERE template_id = ? LIMIT 1", (template_id,)).fetchone()
    if used:
        conn.execute("UPDATE duty_template SET active = 0 WHERE id = ?", (template_id,))
        return False
    conn.execute("DELETE FROM duty_template WHERE id = ?", (template_id,))
    return True


# -- the duty list and unavailability --------------------------------------------------------------------------------

def members(conn: Connection, semester_id: int) -> list[int]:
    return [int(r[0]) for r in conn.execute("SELECT staff_id FROM duty_member WHERE semester_id = ? ORDER BY staff_id",
                                            (semester_id,))]


def set_members(conn: Connection, semester_id: int, staff_ids: Iterable[int]) -> None:
    conn.execute("DELETE FROM duty_member WHERE semester_id = ?", (semester_id,))
    conn.executemany("INSERT INTO duty_member (semester_id, staff_id) VALUES (?, ?)",
                     [(semester_id, s) for s in sorted(set(staff_ids))])


_UNAVAILABLE = "SELECT id, semester_id, staff_id, reason, first_day, last_day, weekday, period FROM duty_unavailable"


def unavailable(conn: Connection, semester_id: int) -> list[UnavailableRow]:
    return [UnavailableRow(*r) for r in conn.execute(
        f"{_UNAVAILABLE} WHERE semester_id = ? ORDER BY staff_id, weekday IS NULL, weekday, first_day, id",
        (semester_id,))]


def unavailable_by_id(conn: Connection, row_id: int) -> UnavailableRow | None:
    r = conn.execute(f"{_UNAVAILABLE} WHERE id = ?", (row_id,)).fetchone()
    return UnavailableRow(*r) if r else None


def insert_unavailable(conn: Connection, semester_id: int, staff_id: int, reason: str, first: str | None,
                       last: str | None, weekday: int | None, period: str) -> int:
    return int(conn.execute(
        "INSERT INTO duty_unavailable (semester_id, staff_id, reason, first_day, last_day, weekday, period) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)", (semester_id, staff_id, reason, first, last, weekday, period)).lastrowid)


def delete_unavailable(conn: Connection, row_id: int) -> None:
    conn.execute("DELETE FROM duty_unavailable WHERE id = ?", (row_id,))


# -- make-up workdays ------------------------------------------------------------------------------------------------

def makeup_choices(conn: Connection) -> dict[str, int]:
    return {r[0]: int(r[1]) for r in conn.execute("SELECT day, weekday FROM duty_makeup")}


def set_makeup(conn: Connection, day: str, weekday: int | None) -> None:
    if weekday is None:
        conn.execute("DELETE FROM duty_makeup WHERE day = ?", (day,))
    else:
        conn.execute("INSERT INTO duty_makeup (day, weekday) VALUES (?, ?) ON CONFLICT (day) DO UPDATE SET "
                     "weekday = excluded.weekday", (day, weekday))


# -- the roster --------------------------------------------------------------------------------------------------

def roster(conn: Connection, semester_id: int) -> RosterRow | None:
    r = conn.execute("SELECT semester_id, published_through, published_at, published_by, gaps, revision "
                     "FROM duty_roster "
                     "WHERE semester_id = ?", (semester_id,)).fetchone()
    return RosterRow(*r) if r else None


def touch_roster(conn: Connection, semester_id: int) -> None:
    """A change of the semester's roster: its revision goes up (a draft row is made for the first)."""
    conn.execute("INSERT INTO duty_roster (semester_id) VALUES (?) ON CONFLICT (semester_id) DO UPDATE SET "
                 "revision = revision + 1", (semester_id,))


def publish(conn: Connection, semester_id: int, through: str, at: str, user_id: int, gaps: int) -> None:
    touch_roster(conn, semester_id)
    conn.execute("UPDATE duty_roster SET published_through = ?, published_at = ?, published_by = ?, gaps = ? "
                 "WHERE semester_id = ?", (through, at, user_id, gaps, semester_id))


_ASSIGNMENT = "SELECT id, day, template_id, staff_id, manual FROM duty_assignment"


def _assignment(r) -> AssignmentRow:
    return AssignmentRow(int(r[0]), r[1], int(r[2]), int(r[3]), bool(r[4]))


def assignments(conn: Connection, semester_id: int, first: str, last: str) -> list[AssignmentRow]:
    """The assignments of the semester's templates from ``first`` to ``last``."""
    return [_assignment(r) for r in conn.execute(
        f"{_ASSIGNMENT} WHERE day BETWEEN ? AND ? AND template_id IN "
        "(SELECT id FROM duty_template WHERE semester_id = ?) ORDER BY day, template_id, staff_id",
        (first, last, semester_id))]


def assignment_by_id(conn: Connection, assignment_id: int) -> AssignmentRow | None:
    r = conn.execute(f"{_ASSIGNMENT} WHERE id = ?", (assignment_id,)).fetchone()
    return _assignment(r) if r else None


def insert_assignments(conn: Connection, rows: Sequence[tuple[str, int, int, bool]], at: str) -> None:
    """(day, template id, staff id, manual) rows."""
    conn.executemany("INSERT INTO duty_assignment (day, template_id, staff_id, manual, created_at) "
                     "VALUES (?, ?, ?, ?, ?)", [(d, t, s, int(m), at) for d, t, s, m in rows])


def insert_assignment(conn: Connection, day: str, template_id: int, staff_id: int, at: str) -> int:
    return int(conn.execute("INSERT INTO duty_assignment (day, template_id, staff_id, manual, created_at) "
                            "VALUES (?, ?, ?, 1, ?)", (day, template_id, staff_id, at)).lastrowid)


def reassign(conn: Connection, assignment_id: int, staff_id: int) -> None:
    """Give a duty to another person (a manual edit, an approved swap or cover): it becomes manual."""
    conn.execute("UPDATE duty_assignment SET staff_id = ?, manual = 1 WHERE id = ?", (staff_id, assignment_id))


def delete_assignments(conn: Connection, ids: Iterable[int]) -> None:
    conn.executemany("DELETE FROM duty_assignment WHERE id = ?", [(i,) for i in ids])


def referenced(conn: Connection, ids: Iterable[int]) -> set[int]:
    """Of ``ids``, the assignments a duty log or a swap/cover request refers to (never deleted)."""
    ids = list(ids)
    out: set[int] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        out |= {int(r[0]) for r in conn.execute(
            f"SELECT assignment_id FROM duty_log WHERE assignment_id IN ({marks}) UNION "
            f"SELECT assignment_id FROM duty_change WHERE assignment_id IN ({marks}) UNION "
            f"SELECT other_assignment FROM duty_change WHERE other_assignment IN ({marks})", chunk * 3)}
    return out


_SHIFT = ("SELECT a.id, a.day, t.id, p.id, p.name, t.period, t.start_time, t.end_time, t.kind, s.id, s.name, "
          "a.manual FROM duty_assignment a JOIN duty_template t ON t.id = a.template_id "
          "JOIN duty_post p ON p.id = t.post_id JOIN staff s ON s.id = a.staff_id")


def shifts(conn: Connection, first: str, last: str, *, staff_id: int | None = None) -> list[ShiftRow]:
    """Every assignment from ``first`` to ``last`` (of one person when ``staff_id``), in day, post, time order."""
    where, args = "WHERE a.day BETWEEN ? AND ?", [first, last]
    if staff_id is not None:
        where += " AND a.staff_id = ?"
        args.append(staff_id)
    return [ShiftRow(*r[:11], bool(r[11])) for r in conn.execute(
        f"{_SHIFT} {where} ORDER BY a.day, p.sort_order, p.id, t.start_time, t.id, s.id", args)]


def counts(conn: Connection, semester_id: int) -> dict[int, dict[str, int]]:
    """{staff id: {kind: duties}} of the semester's roster."""
    out: dict[int, dict[str, int]] = {}
    for sid, kind, n in conn.execute(
            "SELECT a.staff_id, t.kind, count(*) FROM duty_assignment a JOIN duty_template t ON t.id = a.template_id "
            "WHERE t.semester_id = ? GROUP BY a.staff_id, t.kind", (semester_id,)):
        out.setdefault(int(sid), {})[kind] = int(n)
    return out
