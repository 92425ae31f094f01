"""Reading the audit trail with names, and one student's access report (访问记录报告).

The trail stores ids only (it names no one). Names are looked up here, when the trail is shown, and only for a
viewer who may see the school register: one query per kind of id on screen (students, staff, classes), never one
per row. Showing the trail and making the report are audited themselves.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from typing import Sequence

from counselor_app.domain import audit_labels
from counselor_app.domain.audit_chain import AuditRecord
from counselor_app.domain.audit_labels import Names, Translate
from counselor_app.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from counselor_app.domain.roles import Permission
from counselor_app.domain.school import class_label
from counselor_app.services.session import Session
from counselor_app.store import audit, users
from counselor_app.store.audit import AuditFilter
from counselor_app.services.operations import operation

REPORT_KIND = "access_report"   # the document kind: preview.access_report, print.… and save.… in the trail
# Rows that cover the whole register (or a grade, a class) rather than one student: the access report counts them
# per person, since the student's register entry may have been among what was listed or exported.
# actions that showed or wrote many students at once (a class list printed: every student of that class, with the
# guardians' phones)
REGISTER_WIDE = ("view.student_list", "view.guardian_phones", "export.students", "import.students", "register.rollover",
                 "preview.class_roster", "print.class_roster", "save.class_roster")
REPORT_LIMIT = 50_000

NO_STUDENT = QT_TRANSLATE_NOOP("Errors", "This student is not in the register.")
BAD_PERIOD = QT_TRANSLATE_NOOP("Errors", "The end of the period is before its start.")
BAD_DATE = QT_TRANSLATE_NOOP("Errors", "{value} is not a date (write it as 2026-09-01).")


@dataclass(frozen=True)
class Account:
    id: int
    display_name: str
    login: str


@dataclass(frozen=True)
class TrailView:
    rows: list[AuditRecord]
    names: Names
    accounts: list[Account]   # every account, for the page's user filter


def utc_bounds(since: date, until: date) -> tuple[str, str]:
    """The period from the start of ``since`` to the end of ``until`` (local days) as UTC times for the query."""
    start = datetime.combine(since, time.min).astimezone(timezone.utc)
    end = datetime.combine(until + timedelta(days=1), time.min).astimezone(timezone.utc)
    return start.isoformat(), end.isoformat()


def names_for(session: Session, records: Sequence[AuditRecord]) -> Names:
    """The names of the accounts, and (for a viewer who may see the register) of the students, staff and classes
    that ``records`` refer to. Students no longer in the register are simply absent (shown as such)."""
    accounts = {u.id: u.display_name for u in users.all_users(session.conn)}
    levels = level_names(session)
    if not session.can(Permission.VIEW_REGISTER):
        return Names(users=accounts, levels=levels)
    wanted = audit_labels.ids_to_name(records)
    conn = session.conn
    students = audit.student_names(conn, wanted["student"]) if wanted["student"] else {}
    staff = audit.staff_names(conn, wanted["staff"]) if wanted["staff"] else {}
    classes = ({i: class_label(g, c) for i, (g, c) in audit.class_names(conn, wanted["class"]).items()}
               if wanted["class"] else {})
    return Names(accounts, students, staff, classes, register=True, levels=levels)


def level_names(session: Session) -> dict:
    """The office's risk levels (code -> its name), so that 'yellow>orange' in a detail reads as the office says."""
    from counselor_app.store import watch as watch_store

    return {lv.code: lv.text for lv in watch_store.levels(session.conn, all_levels=True)}


@operation(Permission.VIEW_AUDIT, audit="view.audit", target="audit")
def load_trail(session: Session, f: AuditFilter) -> TrailView:
    """The rows ``f`` selects (newest first) with the names of whom they are about. Viewing is audited (the count;
    when filtered by a student, under that student, so that the head's look shows in the child's own trail)."""
    rows = audit.query(session.conn, f)
    names = names_for(session, rows)
    accounts = [Account(u.id, u.display_name, u.login) for u in users.all_users(session.conn)]
    if f.target_type == "student" and f.target_id is not None:
        session.audit("view.audit", "student", f.target_id, detail=str(len(rows)))
    else:
        session.audit("view.audit", "audit", "", detail=str(len(rows)))
    return TrailView(rows, names, accounts)


def student_filter(student_id: int, since: date, until: date, limit: int) -> AuditFilter:
    start, end = utc_bounds(since, until)
    return AuditFilter(since=start, until=end, limit=limit, target_type="student", target_id=str(student_id))


@operation((Permission.VIEW_AUDIT, Permission.VIEW_REGISTER), audit="export.access_report", target="student", target_arg="student_id")
def access_report_pdf(session: Session, student_id: int, since: date, until: date, tr: Translate) -> bytes:
    """The access report of one student for a period: every audit row about the student (who viewed, changed,
    printed, exported or was refused, and when), and the register-wide lists and exports of the period per person.

    Office head only (the audit trail and the register); making it is audited under the student with the period
    and the number of rows, and previews, prints and saves of it are audited by the print path."""
    from counselor_app.reports.access_report import AccessEntry, AccessReport, BulkEntry, build_access_report
    from counselor_app.services.settings import read_settings
    from counselor_app.store import office as office_store

    if until < since:
        raise ValidationError(BAD_PERIOD)
    conn = session.conn
    found = audit.student_names(conn, [student_id]).get(student_id)
    where = audit.student_class(conn, student_id)
    if found is None or where is None:
        raise ValidationError(NO_STUDENT)
    rows = audit.query(conn, student_filter(student_id, since, until, REPORT_LIMIT))
    names = names_for(session, rows)
    entries = [AccessEntry(r.id, local_time(r.at), audit_labels.user_words(r.user_id, names),
                           audit_labels.action_words(r.action, tr), audit_labels.outcome_words(r.outcome, tr),
                           audit_labels.detail_words(r, names, tr))
               for r in reversed(rows)]
    start, end = utc_bounds(since, until)
    bulk = [BulkEntry(audit_labels.user_words(user_id, names), audit_labels.action_words(action, tr), count,
                      local_time(first), local_time(last))
            for user_id, action, count, first, last in audit.summary(conn, REGISTER_WIDE, start, end)]
    grade, klass, status = where
    profile = office_store.profile(conn)
    status_label = audit_labels.DETAILS.get(status)
    report = AccessReport(
        school_name=profile.name, unit_name=profile.unit_name, student_name=found[1], student_no=found[0],
        class_name=class_label(grade, klass), status=tr(status_label) if status_label else status,
        since=since, until=until, made_by=session.user.display_name, made_at=datetime.now(),
        entries=entries, bulk=bulk, truncated=len(rows) >= REPORT_LIMIT)
    pdf = build_access_report(report, tr=tr, font_path=read_settings(session).pdf_font_path or None)
    session.audit(f"export.{REPORT_KIND}", "student", student_id,
                  detail=f"{since.isoformat()}/{until.isoformat()}/{len(rows)}")
    return pdf


def access_report_document(session: Session, *, tr: Translate, student_id: int | str, since: date | str,
                           until: date | str) -> bytes:
    """The access report as the document registry builds it (services/documents.py): parameters may be text, as the
    command line gives them (--student-id 17 --since 2026-02-01 --until 2026-07-15)."""
    number = student_id if isinstance(student_id, int) else as_number(str(student_id))
    if number is None:
        raise ValidationError(NO_STUDENT)
    return access_report_pdf(session, number, as_date(since), as_date(until), tr)


def as_number(text: str) -> int | None:
    text = text.strip()
    return int(text) if text.isdigit() else None


def as_date(value: date | str) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise ValidationError(BAD_DATE, value=str(value)) from None


def local_time(iso: str) -> str:
    return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M:%S")
