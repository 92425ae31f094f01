"""``dorm`` rows: the rooms of boarding students (building and room, e.g. 3号楼-215)."""
from __future__ import annotations

from counselor_app.store.database import Connection


def id_for(conn: Connection, name: str) -> int:
    """The dorm of that name, added when new."""
    r = conn.execute("SELECT id FROM dorm WHERE name = ?", (name,)).fetchone()
    if r:
        return int(r[0])
    return int(conn.execute("INSERT INTO dorm (name) VALUES (?)", (name,)).lastrowid)


def ids_by_name(conn: Connection) -> dict[str, int]:
    return {name: int(did) for did, name in conn.execute("SELECT id, name FROM dorm")}
