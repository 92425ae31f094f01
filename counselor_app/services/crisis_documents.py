"""The crisis incident report: ``crisis_report`` for the school leader (VIEW_CRISIS, crisis details included) and
``crisis_report_bureau`` for the education bureau (BUREAU_REPORT: the office head; no clinical text). Both take the
incident's id or its number (2026-003). Registered in services/documents.py (permission, audit of every output);
the leader's version also writes ``view.crisis`` (it carries the sealed details)."""
from __future__ import annotations

from datetime import datetime
from typing import Callable

from counselor_app.domain import crisis as rules, watch as watch_rules
from counselor_app.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from counselor_app.domain.school import class_label
from counselor_app.services.crisis import read_incident
from counselor_app.services.record_checks import record_id
from counselor_app.services.session import Session
from counselor_app.services.settings import read_settings
from counselor_app.store import crisis as store, office as office_store

BAD_INCIDENT = QT_TRANSLATE_NOOP("Errors", "\u201c{incident}\u201d is not a crisis incident (write its number as on "
                                           "the report, for example 2026-003).")
STUDENT = QT_TRANSLATE_NOOP("CrisisDocuments", "{name} ({klass})")
CLOSED_ON = QT_TRANSLATE_NOOP("CrisisDocuments", "{state} ({day})")


def _incident_id(conn, value) -> int:
    found = record_id(conn, value, store.incident_by_number, store.incident)
    if found is None:
        raise ValidationError(BAD_INCIDENT, incident=str(value))
    return found


def incident_id_of(session: Session, value) -> int:
    """The id of a crisis incident given by its id or by the number on its report (2026-003); an unknown one is a
    ValidationError naming what was given. For the command line's ``print crisis-report --id``."""
    return _incident_id(session.conn, value)


def _time(value: str | None) -> str:
    return value.replace("T", " ") if value else ""


def _report(session: Session, tr: Callable, id, bureau: bool) -> bytes:
    from counselor_app.reports.crisis_report import (MINUTES_LATE, MINUTES_OK, NOT_REPORTED, REACHED, UNREACHED,
                                                     FORCED, CrisisReport, build_crisis_report)

    conn = session.conn
    d = read_incident(session, _incident_id(conn, id))
    row = d.row
    names = {s.student_id: s.name for s in d.students}
    students = "、".join(tr(STUDENT).format(name=s.name, klass=class_label(s.grade, s.class_name))
                        if s.class_name else s.name for s in d.students)
    if d.report_minutes is None:
        report_time = tr(NOT_REPORTED)
    else:
        report_time = tr(MINUTES_LATE if d.report_late else MINUTES_OK).format(minutes=d.report_minutes,
                                                                                target=d.target_minutes)
    state = tr(rules.State(row.state).label)
    if row.closed_on:
        state = tr(CLOSED_ON).format(state=state, day=row.closed_on)
    steps = tuple((tr(rules.Step(s.step).label), _time(s.done_at), s.done_by, "" if bureau else s.note)
                  for s in d.steps)
    calls = tuple((_time(c.at), names.get(c.student_id, ""), tr(watch_rules.ContactWay(c.way).label), c.by_name,
                   tr(REACHED if c.reached else UNREACHED)) for c in d.calls)
    closing = ""
    if not bureau and d.close_note:
        closing = tr(FORCED).format(reason=d.close_note) if row.forced else d.close_note
    profile = office_store.profile(conn)
    report = CrisisReport(
        profile.name, profile.unit_name, d.number, bureau, _time(row.occurred_at), row.place,
        tr(rules.Type(row.type).label), tr(rules.Gravity(row.gravity).label), row.found_by, _time(row.found_at),
        students, state, report_time, "" if bureau else d.details, steps, calls,
        () if bureau else tuple((_time(a), who, text) for a, who, text in d.events),
        () if bureau else tuple((_time(a), told, why) for a, told, why, _by in d.breaches), closing, datetime.now())
    if not bureau:
        session.audit("view.crisis", "crisis", row.id, detail="report")
    return build_crisis_report(report, tr=tr, font_path=read_settings(session).pdf_font_path or None)


def report_document(session: Session, *, tr: Callable, id) -> bytes:
    return _report(session, tr, id, False)


def bureau_report_document(session: Session, *, tr: Callable, id) -> bytes:
    return _report(session, tr, id, True)
