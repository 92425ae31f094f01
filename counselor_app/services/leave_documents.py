"""The return to school's documents: ``return_form`` (复学申请及评估表, the office's file, MANAGE_REFERRALS) and
``return_support`` (the support plan for the head teacher, no clinical text). Both take the leave's id or its
number (2026-003). Registered in services/documents.py, which checks the permission and audits every output; the
application form also writes ``view.leave`` under the student (it carries every meeting's assessment)."""
from __future__ import annotations

from datetime import datetime
from typing import Callable

from counselor_app.domain import leave as rules, watch as watch_rules
from counselor_app.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from counselor_app.domain.gender import Gender
from counselor_app.domain.school import class_label
from counselor_app.services.leaves import meeting_lines, number_of
from counselor_app.services.record_checks import record_id
from counselor_app.services.session import Session
from counselor_app.services.settings import read_settings
from counselor_app.store import leaves as store, office as office_store, students as student_store

BAD_LEAVE = QT_TRANSLATE_NOOP("Errors", "\u201c{leave}\u201d is not a leave (write its number as on the forms, for "
                                        "example 2026-003).")
NO_RETURN = QT_TRANSLATE_NOOP("Errors", "This student is not back at school yet: the support plan is made with the "
                                        "return.")


def _leave_id(conn, value) -> int:
    found = record_id(conn, value, store.leave_by_number, store.leave)
    if found is None:
        raise ValidationError(BAD_LEAVE, leave=str(value))
    return found


def leave_id_of(session: Session, value) -> int:
    """The id of a leave given by its id or by the number on its forms (2026-003); an unknown one is a
    ValidationError naming what was given. For the command line's ``print return-form --id``."""
    return _leave_id(session.conn, value)


def _font(session: Session) -> str | None:
    return read_settings(session).pdf_font_path or None


def return_form_document(session: Session, *, tr: Callable, id) -> bytes:
    from counselor_app.reports.return_forms import APPROVED, ReturnForm, build_return_form

    conn = session.conn
    row = store.leave(conn, _leave_id(conn, id))
    student = student_store.by_id(conn, row.student_id)
    guardians = student_store.guardians_of(conn, row.student_id)
    guardian = " ".join(f"{guardians[0].name}（{guardians[0].relation}） {guardians[0].phone}".split()) \
        if guardians else ""
    profile = office_store.profile(conn)
    approval = lambda day, who: tr(APPROVED).format(day=day, who=who).strip() if day else ""   # noqa: E731
    held = meeting_lines(session, row.id)
    last = held[-1] if held else None
    word = lambda code: tr(rules.Conclusion(code).label)   # noqa: E731
    form = ReturnForm(
        profile.name, profile.unit_name, number_of(row), student.name,
        tr(Gender(student.gender).label) if student.gender else "", class_label(student.grade, student.class_name),
        student.student_no, guardian, tr(rules.Kind(row.kind).label), tr(rules.Reason(row.reason).label),
        row.start_on, row.expected_end, approval(row.school_approved_on, row.school_approver),
        approval(row.bureau_approved_on, row.bureau_ref), row.return_applied_on or "",
        row.return_late if row.return_applied_on else None,
        tuple(tr(d.label) for d in rules.ReturnDocument),
        tuple(tr(rules.ReturnDocument(d).label) for d in rules.split(row.return_documents)),
        last.meeting_on if last else "", last.people if last else "", tuple(tr(c.label) for c in rules.Conclusion),
        word(last.conclusion) if last else "", (last.reassess_on or "") if last else "", last.notes if last else "",
        datetime.now(), tuple((x.meeting_on, x.people, word(x.conclusion), x.reassess_on or "", x.notes)
                              for x in held[:-1]))
    session.audit("view.leave", "student", row.student_id, detail=f"leave={row.id} form")
    return build_return_form(form, tr=tr, font_path=_font(session))


def support_sheet_document(session: Session, *, tr: Callable, id) -> bytes:
    from counselor_app.reports.return_forms import SupportSheet, build_support_sheet

    conn = session.conn
    row = store.leave(conn, _leave_id(conn, id))
    if row.returned_on is None:
        raise ValidationError(NO_RETURN)
    student = student_store.by_id(conn, row.student_id)
    profile = office_store.profile(conn)
    lines = tuple((tr(watch_rules.MeasureType(x.type).label), x.what, x.owner, x.frequency)
                  for x in store.support(conn, row.id))
    counselor = ""
    if session.user.staff_id is not None:
        counselor = session.user.display_name
    sheet = SupportSheet(profile.name, profile.unit_name, number_of(row), student.name,
                         class_label(student.grade, student.class_name), row.returned_on, row.support_until or "",
                         lines, counselor, datetime.now())
    return build_support_sheet(sheet, tr=tr, font_path=_font(session))
