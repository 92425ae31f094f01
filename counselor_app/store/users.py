"""The app_user table: logins of staff members to the office."""
from __future__ import annotations

from dataclasses import dataclass

from counselor_app.domain.roles import Role
from counselor_app.store.database import Connection

_COLUMNS = ("id, login, display_name, role, active, slot_id, staff_id, created_at, deactivated_at, "
            "must_change_password")


@dataclass(frozen=True)
class UserRow:
    id: int
    login: str
    display_name: str
    role: Role
    active: bool
    slot_id: str
    staff_id: int | None
    created_at: str
    deactivated_at: str | None
    must_change_password: bool = False   # a first password given by the head, not yet replaced


def _row(r) -> UserRow:
    return UserRow(r[0], r[1], r[2], Role(r[3]), bool(r[4]), r[5], r[6], r[7], r[8], bool(r[9]))


def insert(conn: Connection, login: str, display_name: str, role: Role, slot_id: str, created_at: str,
           staff_id: int | None = None) -> int:
    cur = conn.execute(
        "INSERT INTO app_user (login, display_name, role, active, slot_id, staff_id, created_at) "
        "VALUES (?, ?, ?, 1, ?, ?, ?)",
        (login, display_name, role.value, slot_id, staff_id, created_at),
    )
    return int(cur.lastrowid)


def by_login(conn: Connection, login: str) -> UserRow | None:
    r = conn.execute(f"SELECT {_COLUMNS} FROM app_user WHERE login = ?", (login.strip(),)).fetchone()
    return _row(r) if r else None


def by_id(conn: Connection, user_id: int) -> UserRow | None:
    r = conn.execute(f"SELECT {_COLUMNS} FROM app_user WHERE id = ?", (user_id,)).fetchone()
    return _row(r) if r else None


def by_slot(conn: Connection, slot_id: str) -> UserRow | None:
    r = conn.execute(f"SELECT {_COLUMNS} FROM app_user WHERE slot_id = ?", (slot_id,)).fetchone()
    return _row(r) if r else None


def all_users(conn: Connection) -> list[UserRow]:
    return [_row(r) for r in conn.execute(f"SELECT {_COLUMNS} FROM app_user ORDER BY id")]


def set_active(conn: Connection, user_id: int, active: bool, at: str | None) -> None:
    conn.execute("UPDATE app_user SET active = ?, deactivated_at = ? WHERE id = ?",
                 (1 if active else 0, None if active else at, user_id))


def set_role(conn: Connection, user_id: int, role: Role) -> None:
    conn.execute("UPDATE app_user SET role = ? WHERE id = ?", (role.value, user_id))


def count_active_heads(conn: Connection) -> int:
    return conn.execute("SELECT count(*) FROM app_user WHERE role = 'head' AND active = 1").fetchone()[0]


def set_staff(conn: Connection, user_id: int, staff_id: int | None) -> None:
    """Link the account to its staff member (None: unlink). The one writer of the user–staff link."""
    conn.execute("UPDATE app_user SET staff_id = ? WHERE id = ?", (staff_id, user_id))


def by_staff(conn: Connection, staff_id: int) -> UserRow | None:
    """The account linked to this staff member, if any."""
    r = conn.execute(f"SELECT {_COLUMNS} FROM app_user WHERE staff_id = ?", (staff_id,)).fetchone()
    return _row(r) if r else None


def set_must_change_password(conn: Connection, user_id: int, value: bool) -> None:
    conn.execute("UPDATE app_user SET must_change_password = ? WHERE id = ?", (1 if value else 0, user_id))


@dataclass(frozen=True)
class KeyHolder:
    """What the key slots are checked against: an account's id, slot, role and state."""
    id: int
    slot_id: str
    role: Role
    active: bool


def key_holders(conn: Connection) -> list[KeyHolder]:
    """Every account as the key slots see it. Reads only columns every schema has: usable on a database before its
    upgrade (the login that upgrades it) and on a restored backup of any age."""
    return [KeyHolder(r[0], r[1], Role(r[2]), bool(r[3]))
            for r in conn.execute("SELECT id, slot_id, role, active FROM app_user ORDER BY id")]
