"""Class membership per school year (schema 5): which class a student was in, in which school year, from when.

A row holds ``since`` (the first day in the class) and ``until`` (the first day out of it; None while the student
is in it): a student is in the class on ``day`` when ``since <= day < until``. The school year is the register's
(store.school_years.register_year), so a class's grade and name in that year are known (:func:`classes_in_year`).

Kept current by :func:`place`, called wherever a student is put into a class or leaves one: a new or edited
student, the roster import, a status change (graduated, transferred: out; back to enrolled: in again), the year
rollover (every student still in school opens a row in the new year) and the demo office.
"""
from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from typing import Iterable, NamedTuple, Sequence

from counselor_app.store.database import Connection

CHUNK = 500   # ids per IN (...) list, well under SQLite's variable limit


class Membership(NamedTuple):
    id: int
    student_id: int
    school_year_id: int
    class_id: int
    since: str
    until: str | None


class StudentClass(NamedTuple):
    """A row of one student's class history with the school year's name and the class as it was called then."""
    school_year_id: int
    year: str
    class_id: int
    grade: str
    class_name: str
    since: str
    until: str | None


class ClassInYear(NamedTuple):
    class_id: int
    grade_id: int
    grade: str
    class_name: str
    grade_order: int
    class_order: int


class ClassCount(NamedTuple):
    class_id: int
    school_year_id: int
    students: int


_COLUMNS = "id, student_id, school_year_id, class_id, since, until"


def _chunks(ids: Sequence[int]) -> Iterable[list[int]]:
    for start in range(0, len(ids), CHUNK):
        yield list(ids[start:start + CHUNK])


def open_rows(conn: Connection, student_ids: Sequence[int]) -> dict[int, Membership]:
    """The open membership (the class the student is in now) of each of these students that has one."""
    found: dict[int, Membership] = {}
    for chunk in _chunks(student_ids):
        marks = ",".join("?" * len(chunk))
        for r in conn.execute(f"SELECT {_COLUMNS} FROM class_membership WHERE until IS NULL "
                              f"AND student_id IN ({marks})", chunk):
            row = Membership(*r)
            found[row.student_id] = row
    return found


def place(conn: Connection, placements: Iterable[tuple[int, int | None]], year_id: int | None, day: str) -> int:
    """Record that each student is, from ``day`` on, in the class given (student id, class id), or in none (None:
    graduated, transferred, or taken out of the class). A student already in that class in that school year keeps
    the row; otherwise the open row ends on ``day`` and a new one begins. A row begun the same day in the same school year
    is corrected in place (no empty stays from a correction); a new school year always begins a row of its own. Returns the number of rows written."""
    wanted = dict(placements)
    current = open_rows(conn, list(wanted))
    closing, moving, opening = [], [], []
    for student_id, class_id in wanted.items():
        row = current.get(student_id)
        if class_id is None or year_id is None:
            if row is not None:
                closing.append((max(day, row.since), row.id))
            continue
        if row is not None:
            if (row.school_year_id, row.class_id) == (year_id, class_id):
                continue
            if row.since >= day and row.school_year_id == year_id:
                moving.append((year_id, class_id, row.id))
                continue
            closing.append((max(day, row.since), row.id))
        opening.append((student_id, year_id, class_id, day))
    conn.executemany("UPDATE class_membership SET until = ? WHERE id = ?", closing)
    conn.executemany("UPDATE class_membership SET school_year_id = ?, class_id = ? WHERE id = ?", moving)
    conn.executemany("INSERT INTO class_membership (student_id, school_year_id, class_id, since) VALUES (?, ?, ?, ?)",
                     opening)
    return len(closing) + len(moving) + len(opening)


def current_classes(conn: Connection, statuses: Sequence[str]) -> list[tuple[int, int]]:
    """(student id, class id) of every student with a class and one of these statuses."""
    marks = ",".join("?" * len(statuses))
    return conn.execute(f"SELECT id, class_id FROM student WHERE class_id IS NOT NULL AND status IN ({marks}) "
                        "ORDER BY id", list(statuses)).fetchall()


def class_on(conn: Connection, student_id: int, day: str) -> Membership | None:
    """The class the student was in on ``day`` (YYYY-MM-DD), if any."""
    r = conn.execute(f"SELECT {_COLUMNS} FROM class_membership WHERE student_id = ? AND since <= ? "
                     "AND (until IS NULL OR ? < until) ORDER BY since DESC, id DESC LIMIT 1",
                     (student_id, day, day)).fetchone()
    return Membership(*r) if r else None


def of_student(conn: Connection, student_id: int) -> list[Membership]:
    """Every membership of one student, oldest first."""
    return [Membership(*r) for r in conn.execute(
        f"SELECT {_COLUMNS} FROM class_membership WHERE student_id = ? ORDER BY since, id", (student_id,))]


def students_of(conn: Connection, class_id: int, year_id: int) -> list[int]:
    """The students who were in the class at some time of that school year (ids, ascending)."""
    return [r[0] for r in conn.execute(
        "SELECT DISTINCT student_id FROM class_membership WHERE class_id = ? AND school_year_id = ? "
        "ORDER BY student_id", (class_id, year_id))]


def counts_on(conn: Connection, day: str, statuses: Sequence[str] | None = None) -> list[ClassCount]:
    """How many students were in each class on ``day``, with the school year of their rows. ``statuses``: count only
    students whose status on that day (status history) was one of these, e.g. ("enrolled",)."""
    sql = ("SELECT m.class_id, m.school_year_id, count(*) FROM class_membership m "
           "WHERE m.since <= :day AND (m.until IS NULL OR :day < m.until)")
    args: dict = {"day": day}
    if statuses is not None:
        marks = ",".join(f":s{i}" for i in range(len(statuses)))
        args |= {f"s{i}": s for i, s in enumerate(statuses)} | {"end": _end_of(day)}
        # the last status set before that (local) day ended; history times are UTC ISO strings, compared as such
        sql += (f" AND (SELECT h.status FROM student_status_history h WHERE h.student_id = m.student_id "
                f"AND h.changed_at < :end ORDER BY h.changed_at DESC, h.id DESC LIMIT 1) IN ({marks})")
    sql += " GROUP BY m.class_id, m.school_year_id ORDER BY m.class_id"
    return [ClassCount(*r) for r in conn.execute(sql, args)]


def _end_of(day: str) -> str:
    """The first moment after the local day ``day``, as a UTC time written like the stored ones (audit.now_iso)."""
    after = datetime.combine(date.fromisoformat(day) + timedelta(days=1), time(0))
    return after.astimezone(timezone.utc).isoformat()


def classes_in_year(conn: Connection, year_id: int) -> dict[int, ClassInYear]:
    """Every class with its grade and name in that school year: as the rollover out of that year found them (its
    ``from_`` side), else as they are now (the register's current year, or a class no rollover has moved since)."""
    return {r[0]: ClassInYear(*r) for r in conn.execute(
        "SELECT c.id, coalesce(rc.from_grade_id, c.grade_id), coalesce(fg.name, g.name), "
        "       coalesce(rc.from_name, c.name), coalesce(fg.sort_order, g.sort_order), c.sort_order "
        "FROM school_class c JOIN grade g ON g.id = c.grade_id "
        "LEFT JOIN (SELECT x.* FROM rollover_class x JOIN rollover r ON r.id = x.rollover_id "
        "           WHERE r.from_year_id = ?) rc ON rc.class_id = c.id "
        "LEFT JOIN grade fg ON fg.id = rc.from_grade_id", (year_id,))}


def history(conn: Connection, student_id: int) -> list[StudentClass]:
    """One student's classes, oldest first, each named as it was in its school year."""
    rows = of_student(conn, student_id)
    names = {r[0]: r[1] for r in conn.execute("SELECT id, name FROM school_year")}
    by_year: dict[int, dict[int, ClassInYear]] = {}
    out = []
    for m in rows:
        classes = by_year.setdefault(m.school_year_id, classes_in_year(conn, m.school_year_id))
        found = classes.get(m.class_id)
        out.append(StudentClass(m.school_year_id, names.get(m.school_year_id, ""), m.class_id,
                                found.grade if found else "", found.class_name if found else "", m.since, m.until))
    return out


# the students in a class of the grade :grade on the day :day, the grade being the class's in the school year of the
# row (the first rollover out of that year says what it was then; a class no rollover has moved since: its own). A
# student whose history begins after :day counts in the class they began in: the register's best knowledge of the
# time before it knew them (as schema 5 filled the rows). Used as ``student_id IN (...)`` by readers of other tables.
GRADE_ON_DAY = """
SELECT o.student_id FROM class_membership o JOIN school_class c ON c.id = o.class_id
WHERE (o.since <= :day AND (o.until IS NULL OR :day < o.until)
       OR o.id = (SELECT f.id FROM class_membership f WHERE f.student_id = o.student_id ORDER BY f.since, f.id LIMIT 1)
          AND o.since > :day)
  AND coalesce((SELECT x.from_grade_id FROM rollover_class x JOIN rollover r ON r.id = x.rollover_id
                WHERE r.from_year_id = o.school_year_id AND x.class_id = o.class_id ORDER BY r.id LIMIT 1),
               c.grade_id) = :grade
"""


def grade_students_on(conn: Connection, grade_id: int, day: str) -> list[int]:
    """The ids (ascending) of the students who were in a class of the grade on ``day`` (YYYY-MM-DD), the class's
    grade being the one it had in that school year: after a rollover, last year's 七年级 are still 七年级 on a day
    of last year, and a student who has left since is still one of them. See GRADE_ON_DAY for a student the
    register did not yet know on that day."""
    return sorted({int(r[0]) for r in conn.execute(GRADE_ON_DAY, {"grade": grade_id, "day": day})})


def in_grade_on(conn: Connection, student_id: int, grade_id: int, day: str) -> bool:
    """Whether the student was in a class of the grade on ``day`` (as :func:`grade_students_on` counts them)."""
    return conn.execute(f"SELECT :student IN ({GRADE_ON_DAY})",
                        {"student": student_id, "grade": grade_id, "day": day}).fetchone()[0] == 1
