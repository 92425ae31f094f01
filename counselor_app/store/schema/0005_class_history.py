"""Schema 5: class membership per school year and the history of year rollovers, in tables of their own.

``class_membership``: which class a student was in, in which school year of the register, from which day (``since``)
until which day (``until``, the first day no longer in it; NULL while the student is in it). A student has at most
one open row. The school year is the register's (the year its classes stand in: the one the last rollover went
into, else the year the office was set up in), not the calendar's: between the end of a school year and the
rollover the classes are still last year's.

``rollover`` and ``rollover_class``: each rollover (when, by whom, from which school year to which, the backup it
took, the counts) and per class what it did (moved from grade/name to grade/name, graduated — its enrolled students
graduated and the class was archived — or stayed). A class's grade and name in an earlier school year are those its
``rollover_class`` row gives as ``from_``; in the register's current year, its own.

Filled for existing offices from what they hold: their rollovers from the audit trail (the only record before this
schema; no per-class details, ``source`` 'audit'), and one membership per student with a class from the day the
student entered the register (first status-history row) — split at those rollovers, since a class keeps its row
(and its students) when it moves up — until the day a graduated or transferred student left (last row of that
status). That a student kept the same class all that time is the register's best knowledge: a student moved to
another class before schema 5 is counted in the new one back to the beginning.

Self-contained on purpose (plain SQL, no store modules): a migration must keep working when the store changes.
"""
from __future__ import annotations

TABLES = (
    """CREATE TABLE rollover (
        id                 INTEGER PRIMARY KEY,
        at                 TEXT NOT NULL,                       -- ISO time, UTC
        user_id            INTEGER REFERENCES app_user(id),
        year               TEXT NOT NULL,                       -- the school year rolled into, as it named it
        from_year_id       INTEGER REFERENCES school_year(id),  -- the register's school year before ...
        to_year_id         INTEGER REFERENCES school_year(id),  -- ... and after (made by it, or the office's own)
        backup             TEXT NOT NULL DEFAULT '',            -- folder name of the backup taken just before
        promoted           INTEGER NOT NULL DEFAULT 0,          -- classes moved up
        graduated_classes  INTEGER NOT NULL DEFAULT 0,
        graduated_students INTEGER NOT NULL DEFAULT 0,
        grades_created     INTEGER NOT NULL DEFAULT 0,
        source             TEXT NOT NULL DEFAULT 'rollover' CHECK (source IN ('rollover', 'audit'))
    )""",
    """CREATE TABLE rollover_class (
        rollover_id   INTEGER NOT NULL REFERENCES rollover(id) ON DELETE CASCADE,
        class_id      INTEGER NOT NULL REFERENCES school_class(id),
        action        TEXT NOT NULL CHECK (action IN ('promote', 'graduate', 'stay')),
        from_grade_id INTEGER NOT NULL REFERENCES grade(id),
        from_name     TEXT NOT NULL,
        to_grade_id   INTEGER NOT NULL REFERENCES grade(id),
        to_name       TEXT NOT NULL,
        enrolled      INTEGER NOT NULL DEFAULT 0,              -- enrolled students then (moved up, or graduated)
        PRIMARY KEY (rollover_id, class_id)
    )""",
    "CREATE INDEX rollover_class_class ON rollover_class(class_id)",
    """CREATE TABLE class_membership (
        id             INTEGER PRIMARY KEY,
        student_id     INTEGER NOT NULL REFERENCES student(id) ON DELETE CASCADE,
        school_year_id INTEGER NOT NULL REFERENCES school_year(id),
        class_id       INTEGER NOT NULL REFERENCES school_class(id),
        since          TEXT NOT NULL,               -- YYYY-MM-DD, the first day in the class
        until          TEXT,                        -- YYYY-MM-DD, the first day out of it; NULL: still in it
        CHECK (until IS NULL OR since <= until)
    )""",
    "CREATE UNIQUE INDEX class_membership_open ON class_membership(student_id) WHERE until IS NULL",
    "CREATE INDEX class_membership_student ON class_membership(student_id, since)",
    "CREATE INDEX class_membership_class ON class_membership(class_id, school_year_id)",
    # a student's status on a day (the last history row before its end): counts by the status of the day
    "CREATE INDEX student_status_history_at ON student_status_history(student_id, changed_at)",
)
ROLLOVER_ACTION = "register.rollover"
LEAVING = ("graduated", "transferred")


def upgrade(conn, ctx) -> None:
    for statement in TABLES:
        conn.execute(statement)
    office = conn.execute("SELECT created_at FROM office WHERE id = 1").fetchone()
    years = conn.execute("SELECT id, name, start_date, end_date FROM school_year ORDER BY start_date, id").fetchall()
    if office is None or not years:
        return   # a new database: the office set-up comes next
    created = _local_day(office[0])
    first = next((y[0] for y in years if y[2] <= created <= y[3]), years[0][0])
    timeline = [(first, "")]   # (the register's school year, the day it began to be)
    for at, user_id, name, detail in conn.execute(
            "SELECT at, user_id, target_id, detail FROM audit_log WHERE action = ? AND outcome = 'ok' ORDER BY id",
            (ROLLOVER_ACTION,)).fetchall():
        to_year = _year_named(years, name)
        counts = [int(x) if x.isdigit() else 0 for x in (detail.split("/") + ["0"] * 4)[:4]]
        conn.execute("INSERT INTO rollover (at, user_id, year, from_year_id, to_year_id, promoted, graduated_classes, "
                     "graduated_students, grades_created, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'audit')",
                     (at, user_id, name, timeline[-1][0], to_year, *counts))
        if to_year is not None:
            timeline.append((to_year, _local_day(at)))
    _fill_membership(conn, timeline)


def _local_day(at: str) -> str:
    """The local date of a stored UTC time (the days of memberships are local, like the app's today)."""
    from datetime import datetime

    return datetime.fromisoformat(at).astimezone().date().isoformat()


def _year_named(years, name: str) -> int | None:
    """The school year a rollover went into: by its name, else the one containing 1 October of its first year
    (the office had entered that year itself, under another name)."""
    for year_id, year_name, _start, _end in years:
        if year_name == name:
            return year_id
    day = f"{name[:4]}-10-01"
    return next((y[0] for y in years if y[2] <= day <= y[3]), None)


def _fill_membership(conn, timeline: list[tuple[int, str]]) -> None:
    spans = conn.execute(
        "SELECT s.id, s.class_id, s.status, s.created_at, "
        " (SELECT min(h.changed_at) FROM student_status_history h WHERE h.student_id = s.id), "
        " (SELECT max(h.changed_at) FROM student_status_history h WHERE h.student_id = s.id AND h.status = s.status) "
        "FROM student s WHERE s.class_id IS NOT NULL ORDER BY s.id").fetchall()
    rows = []
    days: dict[str, str] = {}   # UTC time -> local day (an import gives hundreds of students the same time)
    for student_id, class_id, status, created, entered, left_at in spans:
        start = days.get(entered or created) or days.setdefault(entered or created, _local_day(entered or created))
        left_on = (days.get(left_at) or days.setdefault(left_at, _local_day(left_at))) if left_at else None
        end = (left_on or start) if status in LEAVING else None
        if end is not None and end < start:
            end = start
        placed = []
        for k, (year_id, began) in enumerate(timeline):
            ends = timeline[k + 1][1] if k + 1 < len(timeline) else None
            since = max(start, began)
            until = end if ends is None else (ends if end is None else min(end, ends))
            if until is None or since < until:
                placed.append((student_id, year_id, class_id, since, until))
        if not placed:   # in and out on the same day: an empty stay, so that the class's list still names them
            year_id = next(y for y, began in reversed(timeline) if began <= start)   # the first began on ""
            placed.append((student_id, year_id, class_id, start, end))
        rows += placed
    conn.executemany("INSERT INTO class_membership (student_id, school_year_id, class_id, since, until) "
                     "VALUES (?, ?, ?, ?, ?)", rows)
