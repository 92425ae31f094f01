"""Which class a student was in, and when: the history later features count by (the watch list's history,
screening coverage, the bureau report), and the record of the year rollovers.

A class keeps its row when the rollover moves it up (七年级(3)班 becomes 八年级(3)班), so a class is named here
as it was called in the school year asked about. Memberships are kept in the register's school year
(store.school_years.register_year) from the day a change was made (store.membership explains the rows).

The readers are operations that need the permission to view the register. They return ids, classes and counts,
never names, and are not audited themselves: a feature that shows students with them audits its own view.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Iterable

from counselor_app.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from counselor_app.domain.roles import Permission
from counselor_app.domain.school import class_label
from counselor_app.domain.student_status import IN_SCHOOL, StudentStatus
from counselor_app.services.operations import operation
from counselor_app.services.session import Session
from counselor_app.store import membership, rollover as rollover_store, school_years, users
from counselor_app.store.database import Connection

NO_YEAR = QT_TRANSLATE_NOOP("Errors", "This school year is not in the calendar.")


def keep(conn: Connection, placements: Iterable[tuple[int, int | None]], day: date | None = None) -> None:
    """Inside a register write: each (student id, class id or None) is where the student is from ``day`` (today)
    on, in the register's school year. Every service that puts students into classes or out of them calls this."""
    placements = list(placements)
    if placements:
        membership.place(conn, placements, school_years.register_year(conn), (day or date.today()).isoformat())


def keep_in_school(conn: Connection, day: date | None = None) -> None:
    """Inside a register write: every student still in school is in their class of the register's school year
    (after a rollover moved the classes into a new one)."""
    keep(conn, membership.current_classes(conn, IN_SCHOOL), day)


@dataclass(frozen=True, slots=True)
class ClassAtTime:
    """A student's class in one school year, named as it was then."""
    class_id: int
    school_year_id: int
    year: str
    grade: str
    class_name: str
    label: str          # 七年级(3)班
    since: str          # YYYY-MM-DD
    until: str | None   # the first day out of it; None: still in it


@dataclass(frozen=True, slots=True)
class Tally:
    """Students of a class (or of a grade: ``class_id`` None) on a day, named as they were then."""
    grade_id: int
    grade: str
    class_id: int | None
    class_name: str
    label: str
    students: int


@operation(Permission.VIEW_REGISTER, target="student")
def student_classes(session: Session, student_id: int) -> list[ClassAtTime]:
    """One student's classes, oldest first."""
    return [_at_time(row) for row in membership.history(session.conn, student_id)]


@operation(Permission.VIEW_REGISTER, target="student")
def class_on(session: Session, student_id: int, day: date) -> ClassAtTime | None:
    """The class the student was in on ``day``, or None (not yet in the register, in no class, or had left)."""
    found = membership.class_on(session.conn, student_id, day.isoformat())
    if found is None:
        return None
    return next(_at_time(r) for r in membership.history(session.conn, student_id)
                if (r.school_year_id, r.class_id, r.since) == (found.school_year_id, found.class_id, found.since))


def _at_time(r: membership.StudentClass) -> ClassAtTime:
    return ClassAtTime(r.class_id, r.school_year_id, r.year, r.grade, r.class_name, class_label(r.grade, r.class_name),
                       r.since, r.until)


@operation(Permission.VIEW_REGISTER, target="class")
def students_of_class(session: Session, class_id: int, school_year_id: int) -> list[int]:
    """The ids of the students who were in the class at some time of that school year."""
    return membership.students_of(session.conn, class_id, school_year_id)


@operation(Permission.VIEW_REGISTER, target="class")
def counts_on(session: Session, day: date, per_grade: bool = False,
              statuses: Iterable[str] | None = (StudentStatus.ENROLLED,)) -> list[Tally]:
    """How many students each class (or grade, ``per_grade``) had on ``day``, in register order as it was then.
    ``statuses``: count only students whose status that day was one of these (default enrolled; None: everyone in
    a class, on leave and suspended too)."""
    conn = session.conn
    codes = None if statuses is None else [str(getattr(s, "value", s)) for s in statuses]
    counts = membership.counts_on(conn, day.isoformat(), codes)
    names: dict[int, dict[int, membership.ClassInYear]] = {}
    tallies: dict[tuple, list] = {}
    for c in counts:
        classes = names.setdefault(c.school_year_id, membership.classes_in_year(conn, c.school_year_id))
        k = classes[c.class_id]
        key = (k.grade_order, k.grade_id) if per_grade else (k.grade_order, k.grade_id, k.class_order, k.class_id)
        if key not in tallies:
            tallies[key] = [k, 0]
        tallies[key][1] += c.students
    out = []
    for key in sorted(tallies):
        k, students = tallies[key]
        if per_grade:
            out.append(Tally(k.grade_id, k.grade, None, "", k.grade, students))
        else:
            out.append(Tally(k.grade_id, k.grade, k.class_id, k.class_name, class_label(k.grade, k.class_name),
                             students))
    return out


@operation(Permission.VIEW_REGISTER, target="school_year")
def register_year(session: Session) -> school_years.SchoolYear:
    """The school year the register's classes stand in (the last rollover's, else the set-up year)."""
    year_id = school_years.register_year(session.conn)
    found = school_years.by_id(session.conn, year_id) if year_id is not None else None
    if found is None:
        raise ValidationError(NO_YEAR)
    return found


# -- the record of the rollovers ---------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class ClassMove:
    class_id: int
    action: str          # domain.rollover PROMOTE, GRADUATE (its students graduated, the class archived) or STAY
    before: str          # the class as it was called before, 七年级(3)班
    after: str           # and after, 八年级(3)班 (a graduated class: 2027届高三(1)班)
    enrolled: int        # enrolled students then (those who graduated, for a graduating class)


@dataclass(frozen=True, slots=True)
class RolloverRecord:
    id: int
    at: str              # ISO time, UTC
    by: str              # the user's display name ('' when unknown)
    year: str            # the school year rolled into
    from_year: str
    backup: str          # folder name of the backup taken just before ('' before schema 5)
    promoted: int
    graduated_classes: int
    graduated_students: int
    grades_created: int
    classes: tuple[ClassMove, ...]   # empty for rollovers before schema 5 (only their counts were kept)


@operation(Permission.VIEW_REGISTER, target="school_year")
def rollover_history(session: Session) -> list[RolloverRecord]:
    """Every year rollover, newest first, with what it did to each class."""
    conn = session.conn
    years = {y.id: y.name for y in school_years.all_years(conn)}
    out = []
    for r in rollover_store.history(conn):
        user = users.by_id(conn, r.user_id) if r.user_id is not None else None
        moves = tuple(ClassMove(c.class_id, c.action, class_label(c.from_grade, c.from_name),
                                class_label(c.to_grade, c.to_name), c.enrolled)
                      for c in rollover_store.classes_of(conn, r.id))
        out.append(RolloverRecord(r.id, r.at, user.display_name if user else "", r.year,
                                  years.get(r.from_year_id, "") if r.from_year_id is not None else "", r.backup,
                                  r.promoted, r.graduated_classes, r.graduated_students, r.grades_created, moves))
    return out
