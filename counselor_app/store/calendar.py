"""The school calendar's rows: school years, their semesters and the days the office enters itself."""
from __future__ import annotations

from typing import Iterable

from counselor_app.store.database import Connection

# -- school years and semesters ------------------------------------------------------------------


def school_years(conn: Connection) -> list[tuple[int, str, str, str]]:
    """(id, name, start, end) of every school year, the newest first."""
    return conn.execute("SELECT id, name, start_date, end_date FROM school_year ORDER BY start_date DESC").fetchall()


def school_year(conn: Connection, year_id: int) -> tuple[int, str, str, str] | None:
    return conn.execute("SELECT id, name, start_date, end_date FROM school_year WHERE id = ?", (year_id,)).fetchone()


def semesters(conn: Connection) -> list[tuple[int, int, int, str, str]]:
    """(id, school_year_id, number, start, end) of every semester."""
    return conn.execute("SELECT id, school_year_id, number, start_date, end_date FROM semester "
                        "ORDER BY school_year_id, number").fetchall()


def insert_year(conn: Connection, name: str, start: str, end: str) -> int:
    return int(conn.execute("INSERT INTO school_year (name, start_date, end_date) VALUES (?, ?, ?)",
                            (name, start, end)).lastrowid)


def update_year(conn: Connection, year_id: int, name: str, start: str, end: str) -> None:
    conn.execute("UPDATE school_year SET name = ?, start_date = ?, end_date = ? WHERE id = ?",
                 (name, start, end, year_id))


def set_semesters(conn: Connection, year_id: int, rows: Iterable[tuple[int, str, str]]) -> None:
    """Set the semesters (number, start, end) of a year; a semester keeps its id when its dates change."""
    rows = list(rows)
    conn.executemany(
        "INSERT INTO semester (school_year_id, number, start_date, end_date) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (school_year_id, number) DO UPDATE SET start_date = excluded.start_date, "
        "end_date = excluded.end_date", [(year_id, n, s, e) for n, s, e in rows])
    keep = [n for n, _s, _e in rows] or [0]
    conn.execute(f"DELETE FROM semester WHERE school_year_id = ? AND number NOT IN ({','.join('?' * len(keep))})",
                 (year_id, *keep))


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
