"""Swaps and covers of duties (schema 9, table ``duty_change``)."""
from __future__ import annotations

from typing import NamedTuple

from counselor_app.store.database import Connection


class ChangeRow(NamedTuple):
    id: int
    kind: str
    state: str
    assignment_id: int
    other_assignment: int | None
    staff_id: int
    other_staff_id: int
    reason: str
    requested_by: int | None
    requested_at: str
    accepted_by: int | None
    accepted_at: str | None
    decided_by: int | None
    decided_at: str | None


_COLUMNS = ("id, kind, state, assignment_id, other_assignment, staff_id, other_staff_id, reason, requested_by, "
            "requested_at, accepted_by, accepted_at, decided_by, decided_at")
OPEN = ("requested", "accepted")


def by_id(conn: Connection, change_id: int) -> ChangeRow | None:
    r = conn.execute(f"SELECT {_COLUMNS} FROM duty_change WHERE id = ?", (change_id,)).fetchone()
    return ChangeRow(*r) if r else None


def changes(conn: Connection, *, open_only: bool = False) -> list[ChangeRow]:
    where = "WHERE state IN ('requested', 'accepted')" if open_only else ""
    return [ChangeRow(*r) for r in conn.execute(f"SELECT {_COLUMNS} FROM duty_change {where} ORDER BY id DESC")]


def open_on(conn: Connection, assignment_ids: list[int]) -> bool:
    """Whether an open request already concerns one of these duties."""
    marks = ",".join("?" * len(assignment_ids))
    return conn.execute(f"SELECT 1 FROM duty_change WHERE state IN ('requested', 'accepted') AND "
                        f"(assignment_id IN ({marks}) OR other_assignment IN ({marks})) LIMIT 1",
                        (*assignment_ids, *assignment_ids)).fetchone() is not None


def insert(conn: Connection, kind: str, assignment_id: int, other_assignment: int | None, staff_id: int,
           other_staff_id: int, reason: str, user_id: int, at: str) -> int:
    return int(conn.execute(
        "INSERT INTO duty_change (kind, state, assignment_id, other_assignment, staff_id, other_staff_id, reason, "
        "requested_by, requested_at) VALUES (?, 'requested', ?, ?, ?, ?, ?, ?, ?)",
        (kind, assignment_id, other_assignment, staff_id, other_staff_id, reason, user_id, at)).lastrowid)


def accept(conn: Connection, change_id: int, user_id: int, at: str) -> None:
    conn.execute("UPDATE duty_change SET state = 'accepted', accepted_by = ?, accepted_at = ? WHERE id = ?",
                 (user_id, at, change_id))


def close(conn: Connection, change_id: int, state: str, user_id: int, at: str) -> None:
    """approved, rejected (the head), declined (the colleague) or withdrawn (the requester)."""
    conn.execute("UPDATE duty_change SET state = ?, decided_by = ?, decided_at = ? WHERE id = ?",
                 (state, user_id, at, change_id))
