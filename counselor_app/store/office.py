"""The office row (school profile) and the settings table."""
from __future__ import annotations

import json
from typing import Any

from counselor_app.domain.school import SchoolProfile, SchoolType
from counselor_app.store.database import Connection


def insert_office(conn: Connection, office_id: str, profile: SchoolProfile, created_at: str) -> None:
    conn.execute(
        "INSERT INTO office (id, office_id, school_name, school_type, address, unit_name, created_at) "
        "VALUES (1, ?, ?, ?, ?, ?, ?)",
        (office_id, profile.name, profile.school_type.value, profile.address, profile.unit_name, created_at),
    )


def office_id(conn: Connection) -> str:
    return conn.execute("SELECT office_id FROM office WHERE id = 1").fetchone()[0]


def profile(conn: Connection) -> SchoolProfile:
    row = conn.execute("SELECT school_name, school_type, address, unit_name FROM office WHERE id = 1").fetchone()
    return SchoolProfile(row[0], SchoolType(row[1]), row[2], row[3])


def update_profile(conn: Connection, p: SchoolProfile) -> None:
    conn.execute("UPDATE office SET school_name = ?, school_type = ?, address = ?, unit_name = ? WHERE id = 1",
                 (p.name, p.school_type.value, p.address, p.unit_name))


def get_setting(conn: Connection, key: str, default: Any = None) -> Any:
    row = conn.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
    return json.loads(row[0]) if row else default


def set_setting(conn: Connection, key: str, value: Any) -> None:
    conn.execute("INSERT INTO setting (key, value) VALUES (?, ?) "
                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, json.dumps(value)))


def delete_setting(conn: Connection, key: str) -> None:
    conn.execute("DELETE FROM setting WHERE key = ?", (key,))
