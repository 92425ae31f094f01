"""School years and their semesters (the calendar frame), and which one the register stands in."""
from __future__ import annotations

from typing import Iterable, NamedTuple, Sequence

from counselor_app.store.database import Connection


class SchoolYear(NamedTuple):
    id: int
    name: str
    start_date: str
    end_date: str


class Semester(NamedTuple):
    number: int
    start_date: str
    end_date: str


class SemesterRow(NamedTuple):
    id: int
    school_year_id: int
    number: int
    start_date: str
    end_date: str


class YearDates(NamedTuple):
    name: str
    start_date: str
    end_date: str
    last_semester_end: str | None


_COLUMNS = "id, name, start_date, end_date"


def insert(conn: Connection, name: str, start: str, end: str, semesters: Sequence[tuple[int, str, str]] = ()) -> int:
    """A school year with its semesters: (number, start, end)."""
    year_id = int(conn.execute("INSERT INTO school_year (name, start_date, end_date) VALUES (?, ?, ?)",
                               (name, start, end)).lastrowid)
    if semesters:
        set_semesters(conn, year_id, semesters)
    return year_id


def update(conn: Connection, year_id: int, name: str, start: str, end: str) -> None:
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


def by_id(conn: Connection, year_id: int) -> SchoolYear | None:
    r = conn.execute(f"SELECT {_COLUMNS} FROM school_year WHERE id = ?", (year_id,)).fetchone()
    return SchoolYear(*r) if r else None


def on(conn: Connection, day: str) -> SchoolYear | None:
    """The school year containing ``day`` (ISO date), if one is recorded."""
    r = conn.execute(f"SELECT {_COLUMNS} FROM school_year WHERE start_date <= ? AND ? <= end_date "
                     "ORDER BY start_date DESC LIMIT 1", (day, day)).fetchone()
    return SchoolYear(*r) if r else None


def all_years(conn: Connection) -> list[SchoolYear]:
    """Every school year, oldest first."""
    return [SchoolYear(*r) for r in conn.execute(f"SELECT {_COLUMNS} FROM school_year ORDER BY start_date, id")]


def newest_first(conn: Connection) -> list[SchoolYear]:
    return [SchoolYear(*r) for r in conn.execute(f"SELECT {_COLUMNS} FROM school_year ORDER BY start_date DESC")]


def all_semesters(conn: Connection) -> list[SemesterRow]:
    """Every semester of every school year."""
    return [SemesterRow(*r) for r in conn.execute(
        "SELECT id, school_year_id, number, start_date, end_date FROM semester ORDER BY school_year_id, number")]


def semesters_of(conn: Connection, year_id: int) -> list[Semester]:
    return [Semester(*r) for r in conn.execute(
        "SELECT number, start_date, end_date FROM semester WHERE school_year_id = ? ORDER BY number", (year_id,))]


def names(conn: Connection) -> set[str]:
    return {name for name, in conn.execute("SELECT name FROM school_year")}


def dates(conn: Connection) -> list[YearDates]:
    """Every school year with the end of its last semester (None without semesters), oldest first."""
    return [YearDates(*r) for r in conn.execute(
        "SELECT y.name, y.start_date, y.end_date, "
        "(SELECT max(s.end_date) FROM semester s WHERE s.school_year_id = y.id) "
        "FROM school_year y ORDER BY y.start_date")]


def overlapping(conn: Connection, name: str, start: str, end: str) -> int | None:
    """The recorded school year that is the year ``name`` from ``start`` to ``end``: the one of that name, else the
    one overlapping those dates the most (a year the office entered itself under another name or other dates)."""
    best, most = None, 0
    for year in all_years(conn):
        if year.name == name:
            return year.id
        overlap = _days(min(end, year.end_date)) - _days(max(start, year.start_date))
        if overlap >= 0 and (best is None or overlap > most):
            best, most = year.id, overlap
    return best


def _days(iso: str) -> int:
    from datetime import date

    return date.fromisoformat(iso).toordinal()


def register_year(conn: Connection) -> int | None:
    """The school year the register's classes stand in: the one the last rollover went into, else the one the
    office was set up in (else the earliest recorded). Memberships are kept in this year."""
    r = conn.execute("SELECT to_year_id FROM rollover WHERE to_year_id IS NOT NULL ORDER BY id DESC LIMIT 1").fetchone()
    if r:
        return int(r[0])
    r = conn.execute("SELECT y.id FROM school_year y, office o WHERE y.start_date <= substr(o.created_at, 1, 10) "
                     "AND substr(o.created_at, 1, 10) <= y.end_date ORDER BY y.start_date DESC LIMIT 1").fetchone()
    if r:
        return int(r[0])
    r = conn.execute("SELECT id FROM school_year ORDER BY start_date, id LIMIT 1").fetchone()
    return int(r[0]) if r else None
