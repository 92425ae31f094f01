"""The school calendar's rows: school years, their semesters and the days the office enters itself."""
from __future__ import annotations

from typing import Iterable

from counselor_app.store import school_years as school_years_store
from counselor_app.store.database import Connection

# -- school years and semesters: their one module is store/school_years.py ---------------------------------------

school_years = school_years_store.newest_first      # every school year, the newest first
school_year = school_years_store.by_id
semesters = school_years_store.all_semesters
update_year = school_years_store.update
set_semesters = school_years_store.set_semesters


def insert_year(conn: Connection, name: str, start: str, end: str) -> int:
    return school_years_store.insert(conn, name, start, end)


# -- days the office enters -------------------------------------------------------------------------


def office_days(conn: Connection, start: str | None = None, end: str | None = None) -> list[tuple[str, str, str, str]]:
    """(day, kind, name, source) of the office's own days from ``start`` to ``end`` (ISO dates, inclusive)."""
    return conn.execute("SELECT day, kind, name, source FROM calendar_day WHERE day >= ? AND day <= ? ORDER BY day",
                        (start or "0000", end or "9999")).fetchall()


def put_day(conn: Connection, day: str, kind: str, name: str, source: str, at: str) -> None:
    """Add an office day, or replace the one of that date."""
    conn.execute("INSERT INTO calendar_day (day, kind, name, source, created_at) VALUES (?, ?, ?, ?, ?) "
                 "ON CONFLICT (day) DO UPDATE SET kind = excluded.kind, name = excluded.name, "
                 "source = excluded.source, created_at = excluded.created_at", (day, kind, name, source, at))


def put_days(conn: Connection, rows: Iterable[tuple[str, str, str]], source: str, at: str) -> None:
    """Many (day, kind, name) at once."""
    for day, kind, name in rows:
        put_day(conn, day, kind, name, source, at)


def delete_day(conn: Connection, day: str) -> bool:
    return conn.execute("DELETE FROM calendar_day WHERE day = ?", (day,)).rowcount > 0
