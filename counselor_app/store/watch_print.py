"""What the watch list's printed documents read beyond the entry itself: the number printed on an entry's sheets.

An entry's number is its place among the entries opened in the same calendar year, in the order they were entered
(关注 2026-007: the seventh entry opened in 2026). Entries are never deleted and a new one always comes last among
its year's, so a number, once printed, stays the entry's own.
"""
from __future__ import annotations

from counselor_app.store.database import Connection


def entry_number(conn: Connection, entry_id: int) -> tuple[str, int] | None:
    """(year the entry opened, its place in that year), or None for no such entry."""
    r = conn.execute(
        "SELECT substr(e.opened_on, 1, 4), (SELECT count(*) FROM watch_entry o "
        "WHERE substr(o.opened_on, 1, 4) = substr(e.opened_on, 1, 4) AND o.id <= e.id) "
        "FROM watch_entry e WHERE e.id = ?", (entry_id,)).fetchone()
    return (r[0], int(r[1])) if r else None


def entry_by_number(conn: Connection, year: str, place: int) -> int | None:
    """The id of the ``place``-th entry opened in ``year`` (1-based), or None."""
    if place < 1:
        return None
    r = conn.execute("SELECT id FROM watch_entry WHERE substr(opened_on, 1, 4) = ? ORDER BY id LIMIT 1 OFFSET ?",
                     (year, place - 1)).fetchone()
    return int(r[0]) if r else None
