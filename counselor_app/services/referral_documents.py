"""The referral's printed documents: the form with its tear-off receipt (``referral``, by the referral's id or its
number 2026-007) and the registers of a period (``referrals_out`` 转介出登记表, ``referrals_back`` 转介返回登记表).

Registered in services/documents.py, which checks MANAGE_REFERRALS before anything here runs and audits every
preview, print and save; the form also writes ``view.referral`` under the student (it carries clinical text), so
the student's access report shows it. The registers show names, classes, hospitals and dates, no clinical text.
"""
from __future__ import annotations

from datetime import date, datetime
from typing import Callable

from counselor_app.domain import referral as rules
from counselor_app.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from counselor_app.domain.gender import Gender
from counselor_app.domain.school import class_label
from counselor_app.services.record_checks import record_id
from counselor_app.services.referrals import lines, number_of
from counselor_app.services.session import Session
from counselor_app.services.settings import read_settings
from counselor_app.store import office as office_store, referrals as store, students as student_store
from counselor_app.store import watch as watch_store

BAD_REFERRAL = QT_TRANSLATE_NOOP("Errors", "\u201c{referral}\u201d is not a referral (write its number as on the "
                                           "form, for example 2026-007).")
BAD_PERIOD = QT_TRANSLATE_NOOP("Errors", "The period's dates are written YYYY-MM-DD, the first before the last.")


def _referral_id(conn, value) -> int:
    found = record_id(conn, value, store.referral_by_number, store.referral)
    if found is None:
        raise ValidationError(BAD_REFERRAL, referral=str(value))
    return found


def referral_id_of(session: Session, value) -> int:
    """The id of a referral given by its id or by the number on its form (2026-007, 转介 2026-007); an unknown one is
    a ValidationError naming what was given. For the command line's ``print referral --id``."""
    return _referral_id(session.conn, value)


def _age(birth: str | None, on: date) -> str:
    if not birth:
        return ""
    b = date.fromisoformat(birth)
    return str(on.year - b.year - ((on.month, on.day) < (b.month, b.day)))


def _font(session: Session) -> str | None:
    return read_settings(session).pdf_font_path or None


def _labels(enum, tr) -> tuple[str, ...]:
    return tuple(tr(m.label) for m in enum)


def referral_form_document(session: Session, *, tr: Callable, id) -> bytes:
    """The form and its receipt (the registry checked MANAGE_REFERRALS)."""
    from counselor_app.reports.referral_form import ReferralForm, build_referral_form

    conn, keys = session.conn, session.clinical
    referral_id = _referral_id(conn, id)
    r = store.referral(conn, referral_id)
    student = student_store.by_id(conn, r.student_id)
    profile = office_store.profile(conn)
    hospital = store.hospital(conn, r.hospital_id) if r.hospital_id else None
    level = ""
    if r.entry_id is not None:
        entry = watch_store.entry(conn, r.entry_id)
        found = next((lv for lv in watch_store.levels(conn, all_levels=True) if lv.code == entry.level), None)
        level = found.name(tr) if found else ""
    day = date.fromisoformat(r.issued_on) if r.issued_on else date.today()
    pick = lambda enum, code: tr(enum(code).label) if code else ""   # noqa: E731
    form = ReferralForm(
        profile.name, profile.unit_name, number_of(r), r.issued_on or "", _labels(rules.Urgency, tr),
        pick(rules.Urgency, r.urgency), student.name, tr(Gender(student.gender).label) if student.gender else "",
        _age(student.birth_date, day), class_label(student.grade, student.class_name), student.student_no, level,
        r.guardian_name, r.guardian_relation, r.guardian_phone, hospital.name if hospital else "", r.department,
        hospital.green_contact if hospital and (r.green_channel or r.urgency == rules.Urgency.EMERGENCY) else "",
        hospital.green_phone if hospital and (r.green_channel or r.urgency == rules.Urgency.EMERGENCY) else "",
        _labels(rules.Accompany, tr), pick(rules.Accompany, r.accompany),
        store.REASON.read(conn, keys, r.id) or "", store.SCREENING_SUMMARY.read(conn, keys, r.id) or "",
        store.SCHOOL_ACTIONS.read(conn, keys, r.id) or "", _labels(rules.Parents, tr), pick(rules.Parents, r.parents),
        store.REFUSAL_REASON.read(conn, keys, r.id) or "", r.receipt_due or "", _labels(rules.Advice, tr),
        datetime.now())
    session.audit("view.referral", "student", r.student_id, detail=f"referral={r.id} form")
    return build_referral_form(form, tr=tr, font_path=_font(session))


def _period(since, until) -> tuple[str, str]:
    try:
        a, b = date.fromisoformat(str(since)[:10]), date.fromisoformat(str(until)[:10])
    except ValueError:
        raise ValidationError(BAD_PERIOD) from None
    if a > b:
        raise ValidationError(BAD_PERIOD)
    return a.isoformat(), b.isoformat()


def _register(session: Session, tr: Callable, title, columns, rows, empty, found, since, until) -> bytes:
    from counselor_app.reports import referral_form as rf

    profile = office_store.profile(session.conn)
    back = sum(1 for x in found if x.returned_on)
    overdue = sum(1 for x in found if x.overdue)
    register = rf.Register(profile.name, profile.unit_name, tr(title), tr(rf.PERIOD).format(since=since, until=until),
                           tuple((tr(t), w, a) for t, w, a in columns), tuple(rows), tr(empty),
                           tr(rf.COUNT).format(count=len(found), back=back, overdue=overdue), datetime.now())
    session.audit("view.referrals", "referral", "", detail=f"{len(rows)} register")
    return rf.build_register(register, tr=tr, font_path=_font(session))


def referrals_out_document(session: Session, *, tr: Callable, since, until) -> bytes:
    """转介出登记表: the referrals issued in the period (drafts are not referrals yet)."""
    from counselor_app.reports import referral_form as rf

    since, until = _period(since, until)
    found = [x for x in lines(session, since=since, until=until) if x.issued_on]
    found.sort(key=lambda x: (x.issued_on, x.number))
    columns = ((rf.SEQ, 0.5, "center"), (rf.NUMBER_COL, 1.1, "center"), (rf.ISSUED, 1.1, "center"),
               (rf.NAME, 1, "left"), (rf.CLASS, 1.4, "left"), (rf.URGENCY, 1.2, "center"), (rf.HOSPITAL, 2, "left"),
               (rf.STATE, 1.1, "center"), (rf.DUE, 1.1, "center"), (rf.RETURNED_COL, 1.1, "center"))
    rows = [(str(n), x.number, x.issued_on, x.name, x.klass, tr(rules.Urgency(x.urgency).label), x.hospital,
             tr(rules.State(x.state).label), x.receipt_due or "", x.returned_on or "") for n, x in enumerate(found, 1)]
    return _register(session, tr, rf.OUT_TITLE, columns, rows, rf.NONE_IN_PERIOD, found, since, until)


def referrals_back_document(session: Session, *, tr: Callable, since, until) -> bytes:
    """转介返回登记表: the receipts that came back in the period, with the doctor's advice (no diagnosis)."""
    from counselor_app.reports import referral_form as rf

    since, until = _period(since, until)
    found = [x for x in lines(session) if x.returned_on and since <= x.returned_on <= until]
    found.sort(key=lambda x: (x.returned_on, x.number))
    full = {r.referral.id: r.referral for r in store.list_rows(session.conn)}
    columns = ((rf.SEQ, 0.5, "center"), (rf.NUMBER_COL, 1.1, "center"), (rf.NAME, 1, "left"), (rf.CLASS, 1.4, "left"),
               (rf.VISIT_DATE, 1.1, "center"), (rf.HOSPITAL, 2, "left"), (rf.ADVICE, 2, "left"),
               (rf.NEXT_VISIT, 1.1, "center"), (rf.RETURNED_COL, 1.1, "center"))
    rows = []
    for n, x in enumerate(found, 1):
        r = full[x.id]
        where = " ".join(p for p in (r.receipt_hospital or x.hospital, r.receipt_department) if p)
        rows.append((str(n), x.number, x.name, x.klass, r.visited_on or "", where,
                     tr(rules.Advice(r.advice).label) if r.advice else "", r.next_visit or "", x.returned_on))
    return _register(session, tr, rf.BACK_TITLE, columns, rows, rf.NONE_BACK, found, since, until)
