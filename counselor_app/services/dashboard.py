"""What the start page (工作台) shows: school year and week, the last backup, the audit chain for the head."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timezone

from counselor_app.domain.audit_chain import GENESIS, first_broken
from counselor_app.domain.calendar import teaching_week
from counselor_app.domain.roles import Permission
from counselor_app.domain.school import SchoolProfile
from counselor_app.services import recovery, school_calendar, trail_check
from counselor_app.services.backups import newest_backup
from counselor_app.services.session import Session
from counselor_app.store import audit, office as office_store, school_years
from counselor_app.store.database import transaction
from counselor_app.services.operations import operation


@dataclass(frozen=True)
class StartPage:
    school: SchoolProfile
    today: date
    school_year: str | None        # e.g. "2026-2027"; None when no school year covers today
    semester: int | None           # 1 or 2; None between semesters
    week: int | None               # teaching week of the semester, from 1
    last_backup_at: datetime | None
    backup_age_days: float | None
    audit_checked: bool            # False when the user may not see the audit trail
    audit_rows: int
    audit_broken_row: int | None
    today_kind: str = "workday"    # holidays.DayKind value: workday, weekend, holiday, makeup
    today_name: object = ""        # the holiday's name (a translatable Text for statutory holidays)
    holidays_missing: tuple[int, ...] = ()   # years of this school year with neither built-in nor office holidays
    recovery_unconfirmed: bool = False       # for the head: the recovery key was never typed back
    audit_problem: str = ""        # the first finding about signatures, accounts or anchors (a domain.errors.Problem)


@operation(None)
def start_page(session: Session, today: date | None = None) -> StartPage:
    today = today or date.today()
    conn = session.conn
    year = school_years.on(conn, today.isoformat())
    semester = week = None
    if year:
        for s in school_years.semesters_of(conn, year.id):
            if s.start_date <= today.isoformat() <= s.end_date:
                semester, week = s.number, teaching_week(date.fromisoformat(s.start_date), today)
    last = newest_backup(session)
    age = (datetime.now(timezone.utc) - last.created_at).total_seconds() / 86400 if last else None
    checked = session.can(Permission.VIEW_AUDIT)
    rows, broken, problem = 0, None, ""
    if checked:
        broken, problem = verify_chain_since_last_time(session)
        rows = audit.head(conn)[0]
    cal = school_calendar.calendar(session)
    info = cal.day(today)
    missing: tuple[int, ...] = ()
    if year:
        start, end = date.fromisoformat(year.start_date), date.fromisoformat(year.end_date)
        missing = tuple(y for y in cal.uncovered_years(start, end) if not cal.office_day_count(y))
    unconfirmed = session.can(Permission.MANAGE_USERS) and not recovery.is_confirmed(session)
    return StartPage(office_store.profile(conn), today, year.name if year else None, semester, week,
                     last.created_at if last else None, age, checked, rows, broken, info.kind.value, info.name,
                     missing, unconfirmed, problem)


CHECKPOINT_SETTING = "audit.verified_upto"   # [row id, its hash]: the chain was whole up to there


def verify_chain_since_last_time(session: Session) -> tuple[int | None, str]:
    """Check the audit chain from the last row verified at an earlier visit (the whole chain the first time, or
    when that row's hash changed): the hashes, every entry's signature, the accounts against the signed roster and
    the anchors of the trail's head outside the database (services/trail_check.py). The mark of the last visit is
    signed by this user (a mark someone else wrote means a full check). Returns the first broken row's id (or None)
    and the first finding (or ""). The full check over every row is the 校验审计链 button and ``counselor-app
    verify``.
    """
    conn = session.conn
    if session.signer is None:
        return _unsigned_chain_since_last_time(conn), ""
    after, prev = trail_check.own_mark(conn, session.signer)
    bad = first_broken(audit.iter_all(conn, after_id=after), prev)
    if bad is not None:
        return bad.id, ""
    from counselor_app.services.integrity import trail_problems

    report = trail_problems(session)   # signatures from the same mark on; moves the mark when all is well
    return report.first_bad_row, (report.problems[0] if report.problems else "")


def _unsigned_chain_since_last_time(conn) -> int | None:
    """The hashes only, from an unsigned mark (a session without a signing key: an upgraded office before its
    first head's login)."""
    after, prev = 0, GENESIS
    mark = office_store.get_setting(conn, CHECKPOINT_SETTING)
    if mark and audit.hash_of(conn, int(mark[0])) == mark[1]:
        after, prev = int(mark[0]), mark[1]
    last = None

    def tracked():
        nonlocal last
        for record in audit.iter_all(conn, after_id=after):
            last = record
            yield record

    bad = first_broken(tracked(), prev)
    if bad is not None:
        return bad.id
    if last is not None:
        with transaction(conn):
            office_store.set_setting(conn, CHECKPOINT_SETTING, [last.id, last.hash])
    return None
