"""The year rollover (学年升级): preview the plan, then apply it in one transaction after an automatic backup.

Undo: restore the backup taken just before (kind "prerollover", shown on the Backup page); it holds the register
exactly as it was, and the record of the rollover goes with it, so the rollover can then be done again.

Which school year: the one after the last rollover's, or, before the first rollover, the one after the school year
the office was set up in (its register holds that year's classes). The caller may name another year. Refused:
a year the register was already rolled into (or an earlier one), a year more than one ahead of today's, and a
second rollover within half a year of the last one (a double click must not promote everybody twice). A rollover
well before the end of the current school year is only warned about (plan.warnings; see domain.rollover).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from counselor_app.domain import rollover as plan_rules
from counselor_app.domain.calendar import school_year_for
from counselor_app.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from counselor_app.domain.rollover import ClassRow, GradeRow, Plan
from counselor_app.domain.roles import Permission
from counselor_app.domain.school import GradeKind
from counselor_app.services.backups import make_backup
from counselor_app.services.progress import Progress
from counselor_app.services.session import Session
from counselor_app.services import class_history
from counselor_app.store import audit, grades, office as office_store, rollover as store, school_years
from counselor_app.store.database import transaction
from counselor_app.services.operations import operation
from counselor_app.domain.areas import Area

REASON = "rollover"
BACKUP_KIND = "prerollover"
MIN_DAYS_BETWEEN = 180

BAD_YEAR = QT_TRANSLATE_NOOP("Rollover", "Write the school year like 2027-2028.")
ALREADY_ROLLED = QT_TRANSLATE_NOOP(
    "Rollover", "The register was already rolled over into the school year {year} on {day}. To do it again, restore "
                "the backup taken before it.")
TOO_SOON = QT_TRANSLATE_NOOP(
    "Rollover", "The register was rolled over into {year} on {day}; the next rollover is due at the end of that "
                "school year.")
TOO_EARLY = QT_TRANSLATE_NOOP(
    "Rollover", "The school year {year} is more than a year ahead of today; roll over one year at a time.")
BAD_PROGRAM_YEARS = QT_TRANSLATE_NOOP("Rollover", "The length of study must be 1 to 9 years.")
UNKNOWN_CLASS = QT_TRANSLATE_NOOP("Rollover", "There is no current class with the ID {id} (the first column of --dry-run).")
BLOCKED = QT_TRANSLATE_NOOP(
    "Rollover", "The rollover has {count} blocking problem(s), so nothing was changed. See the preview.")
CHANGED = QT_TRANSLATE_NOOP(
    "Rollover", "The register changed since the preview, so nothing was changed. Look at the new preview.")


@dataclass(frozen=True)
class RolloverResult:
    year: str
    promoted: int
    graduated_classes: int
    graduated_students: int
    grades_created: int
    year_created: bool
    backup: Path


def _start_year(year: str | None) -> int:
    m = re.fullmatch(r"\s*((?:19|20)\d{2})(?:\s*[-–/至]\s*((?:19|20)\d{2}))?\s*", year or "")
    if not m or (m.group(2) and int(m.group(2)) != int(m.group(1)) + 1):
        raise ValidationError(BAD_YEAR)
    return int(m.group(1))


def _default_start_year(session: Session, today: date) -> int:
    """The year after the last rollover, else after the school year the office was set up in; never earlier than
    the school year that begins around today (June to October: this year's September; later: next year's). An
    office set up in late August for the coming year would otherwise be offered the year it is already in."""
    done = store.rollovers(session.conn)
    if done:
        known = _start_year(done[-1].year) + 1
    else:
        created = datetime.fromisoformat(store.office_created_at(session.conn)).date()
        known = int(school_year_for(created)[0][:4]) + 1
    around_today = today.year + 1 if today.month >= 11 else today.year
    return max(known, around_today)


def _plan(session: Session, start_year: int, graduate, program_years: int | None, today: date) -> Plan:
    conn = session.conn
    school_type = office_store.profile(conn).school_type
    grade_rows = [GradeRow(**g._asdict()) for g in store.grades(conn)]
    class_rows = [ClassRow(**c._asdict()) for c in store.classes_with_counts(conn)]
    plan = plan_rules.plan_rollover(school_type, grade_rows, class_rows, start_year, graduate=graduate,
                                    program_years=program_years, existing_years=school_years.names(conn))
    start, end = plan.year_start.isoformat(), plan.year_end.isoformat()
    if any(y.start_date <= end and start <= y.end_date for y in school_years.dates(conn)):
        plan.year_exists = True   # a year the office entered itself (other name or dates) is kept, not doubled
    refusals = []
    done = store.rollovers(conn)
    if done:
        last = done[-1]
        day = last.at[:10]
        later = [d for d in done if _start_year(d.year) >= start_year]
        if later:
            refusals.append((ALREADY_ROLLED, {"year": later[-1].year, "day": later[-1].at[:10]}))
        elif today - date.fromisoformat(day) < timedelta(days=MIN_DAYS_BETWEEN):
            refusals.append((TOO_SOON, {"year": last.year, "day": day}))
    if start_year > int(school_year_for(today)[0][:4]) + 1:
        refusals.append((TOO_EARLY, {"year": plan.year}))
    plan.problems[:0] = refusals
    calendar = [(y.name, date.fromisoformat(y.start_date), date.fromisoformat(y.end_date),
                 date.fromisoformat(y.last_semester_end) if y.last_semester_end else None)
                for y in school_years.dates(conn)]
    warning = plan_rules.early_warning(today, start_year, calendar)
    if warning is not None:
        plan.warnings.append(warning)
    return plan


@operation(Permission.EDIT_REGISTER, target="school_year")
def preview_rollover(session: Session, graduate: set[int] | frozenset[int] | None = None,
                     program_years: int | None = None, year: str | None = None, today: date | None = None) -> Plan:
    """The plan of the rollover; nothing is written. ``graduate``: the classes chosen to graduate (None: the
    defaults); ``year``: the new school year (default: see the module's docstring)."""
    start_year = _start_year(year) if year else _default_start_year(session, today or date.today())
    if program_years is not None and not 1 <= program_years <= 9:
        raise ValidationError(BAD_PROGRAM_YEARS)
    if graduate:
        live = {c.id for c in store.classes_with_counts(session.conn) if not c.archived}
        unknown = sorted(set(graduate) - live)
        if unknown:
            raise ValidationError(UNKNOWN_CLASS, id=unknown[0])
    return _plan(session, start_year, graduate, program_years, today or date.today())


@operation((Permission.EDIT_REGISTER, Permission.BACKUP), changes={Area.REGISTER, Area.CALENDAR, Area.BACKUP}, audit="register.rollover", target="school_year", target_arg="plan.year")
def apply_rollover(session: Session, plan: Plan, progress: Progress | None = None,
                   today: date | None = None) -> RolloverResult:
    """Back up (kind prerollover), then apply ``plan`` in one transaction, audited with counts only.

    The plan is made again from the database first: if the register changed since the preview, nothing happens.
    Needs the permission to edit the register and to make backups (the backup comes first).
    """
    fresh = _plan(session, plan.year_start.year, plan.choices, plan.program_years, today or date.today())
    if fresh.problems:
        raise ValidationError(BLOCKED, count=len(fresh.problems))
    if (fresh.steps, fresh.new_grades, fresh.grade_levels, fresh.archive_grades) != (
            plan.steps, plan.new_grades, plan.grade_levels, plan.archive_grades):
        raise ValidationError(CHANGED)
    info = make_backup(session, progress=progress, kind=BACKUP_KIND)  # reports the backup's pages
    total = len(plan.steps) + 2
    try:
        counts = _write(session, plan, progress, total, info.path.name, today or date.today())
    except Exception as exc:  # rolled back: record the attempt (counts only), then let the caller report it
        session.audit(store.ROLLOVER_ACTION, "school_year", plan.year, outcome="failed", detail=type(exc).__name__)
        raise
    return RolloverResult(plan.year, *counts, info.path)


def _write(session: Session, plan: Plan, progress: Progress | None, total: int, backup: str,
           day: date) -> tuple[int, int, int, int, bool]:
    conn, now = session.conn, audit.now_iso()
    top = plan_rules.TOP_LEVEL.get(plan.school_type, 0)
    with transaction(conn):
        from_year = school_years.register_year(conn)
        for name, level in plan.new_grades:
            grades.insert(conn, name, GradeKind.GRADE, level)
        created = len(plan.new_grades)
        ids = grades.ids_by_name(conn)
        if plan.graduation_grade in plan.archive_grades and plan.graduation_grade not in ids:
            ids[plan.graduation_grade] = grades.insert(conn, plan.graduation_grade, GradeKind.GRADE, top)
        grades.set_archived(conn, plan.unarchive_grades, False)
        for grade_id, level in plan.grade_levels.items():
            grades.set_level(conn, grade_id, level)
        moving = [s for s in plan.steps if (s.new_grade, s.new_name) != (s.grade, s.name)]
        store.park_classes(conn, [s.class_id for s in moving])
        graduating = [s.class_id for s in plan.graduating]
        for i, s in enumerate(plan.steps):
            if progress is not None and i % 50 == 0:
                progress.update(1 + i, total)
            store.move_class(conn, s.class_id, ids[s.new_grade], s.new_name, s.action == plan_rules.GRADUATE)
        students = store.enrolled_in(conn, graduating)
        store.graduate_students(conn, students, now, REASON, session.user.id)
        grades.set_archived(conn, [ids[n] for n in plan.archive_grades], True)
        year_created = not plan.year_exists
        start, end = plan.year_start.isoformat(), plan.year_end.isoformat()
        if year_created:
            to_year = school_years.insert(conn, plan.year, start, end,
                                          [(n, s.isoformat(), e.isoformat()) for n, s, e in plan.semesters])
        else:
            to_year = school_years.overlapping(conn, plan.year, start, end)
        # the record of this rollover, and every student still in school in their class of the new year
        counts = (len(plan.promoted), len(graduating), len(students), created)
        store.record(conn, now, session.user.id, plan.year, from_year, to_year, backup, counts,
                     [(s.class_id, s.action, ids[s.grade], s.name, ids[s.new_grade], s.new_name, s.enrolled)
                      for s in plan.steps])
        class_history.keep(conn, [(s, None) for s in students], day)
        class_history.keep_in_school(conn, day)
        audit.append(conn, user_id=session.user.id, action=store.ROLLOVER_ACTION, target_type="school_year",
                     target_id=plan.year, detail="/".join(map(str, counts)))
        if progress is not None:
            progress.update(total - 1, total)  # the last chance to cancel: after the commit it is done
    return len(plan.promoted), len(graduating), len(students), created, year_created
