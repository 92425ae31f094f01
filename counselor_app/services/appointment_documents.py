"""The appointments' printouts (reports/appointment_docs.py), registered in services/documents.py:

- ``appointment_slip`` (``id``: the appointment): one slip per student — name, class, time, place, counselor;
  never the reason;
- ``appointment_week`` (``counselor_id``, ``day``: any day of the week): a counselor's week, names and times;
- ``consent_form`` (``student_id``): the consent form with the student's and the first guardian's names and the
  office's rules (length, cap, cancelling, lateness, misses).

All three need MANAGE_APPOINTMENTS (the assistant prints slips too); documents.build_document checks it and the
print, preview or save is audited there under the record.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Callable

from counselor_app.domain import appointment as rules
from counselor_app.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from counselor_app.domain.school import class_label
from counselor_app.services import appointment_setup as setup
from counselor_app.services.appointments import load
from counselor_app.services.session import Session
from counselor_app.services.settings import read_settings
from counselor_app.store import appointments as store, office as office_store, students as student_store

NO_STUDENT = QT_TRANSLATE_NOOP("Errors", "This student is not in the register.")
BAD_DAY = QT_TRANSLATE_NOOP("Errors", "{value} is not a date (write it as 2026-11-24).")
WEEKDAYS = (QT_TRANSLATE_NOOP("AppointmentWords", "Mon"), QT_TRANSLATE_NOOP("AppointmentWords", "Tue"),
            QT_TRANSLATE_NOOP("AppointmentWords", "Wed"), QT_TRANSLATE_NOOP("AppointmentWords", "Thu"),
            QT_TRANSLATE_NOOP("AppointmentWords", "Fri"), QT_TRANSLATE_NOOP("AppointmentWords", "Sat"),
            QT_TRANSLATE_NOOP("AppointmentWords", "Sun"))


def _day(value) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise ValidationError(BAD_DAY, value=str(value)[:20]) from None


def _place(row: store.AppointmentRow, tr: Callable) -> str:
    return row.room_name if row.mode == rules.Mode.ROOM.value else tr(rules.Mode(row.mode).label)


def _when(row: store.AppointmentRow, tr: Callable) -> str:
    day = date.fromisoformat(row.day)
    return f"{row.day} {tr(WEEKDAYS[day.weekday()])} {row.start}–{row.end}"


def _klass(session: Session, student_id: int) -> str:
    s = student_store.by_id(session.conn, student_id)
    return class_label(s.grade, s.class_name) if s else ""


def _account(session: Session, value) -> int:
    """A counselor's account: its id (the window), or its login (``counselor-app print appointment-week``)."""
    text = str(value).strip()
    if text.isdigit():
        return int(text)
    found = next((i for i, login in store.counselor_logins(session.conn) if login.lower() == text.lower()), None)
    return found if found is not None else -1


def _font(session: Session) -> str | None:
    return read_settings(session).pdf_font_path or None


def slip_document(session: Session, *, tr: Callable, id) -> bytes:
    from counselor_app.reports.appointment_docs import Slip, build_slips

    row = load(session, int(id))
    profile = office_store.profile(session.conn)
    r = setup.rules_of(session)
    now = datetime.now()
    slips = [Slip(profile.name, profile.unit_name, now, f"{name}（{no}）", _klass(session, sid), _when(row, tr),
                  _place(row, tr), row.counselor_name, tr(rules.Kind(row.kind).label), r.late_cancel_hours,
                  r.late_minutes)
             for sid, name, no in zip(row.student_ids, row.student_names, row.student_nos)]
    return build_slips(slips, tr=tr, font_path=_font(session))


def week_document(session: Session, *, tr: Callable, counselor_id, day) -> bytes:
    from counselor_app.reports.appointment_docs import WeekLine, WeekSchedule, build_week

    counselor = setup.check_counselor(session, _account(session, counselor_id))
    monday = _day(day) - timedelta(days=_day(day).weekday())
    sunday = monday + timedelta(days=6)
    rows = store.between(session.conn, monday.isoformat(), sunday.isoformat(), counselor_id=counselor.id)
    lines = [WeekLine(f"{r.day} {tr(WEEKDAYS[date.fromisoformat(r.day).weekday()])}", f"{r.start}–{r.end}",
                      "、".join(r.student_names), tr(rules.Kind(r.kind).label), _place(r, tr),
                      tr(rules.State(r.state).label)) for r in rows if r.state not in rules.CANCELLED]
    profile = office_store.profile(session.conn)
    return build_week(WeekSchedule(profile.name, profile.unit_name, datetime.now(), counselor.name,
                                   monday.isoformat(), sunday.isoformat(), lines), tr=tr, font_path=_font(session))


def consent_document(session: Session, *, tr: Callable, student_id) -> bytes:
    from counselor_app.reports.appointment_docs import Consent, build_consent

    s = student_store.by_id(session.conn, int(student_id))
    if s is None:
        raise ValidationError(NO_STUDENT)
    guardians = student_store.guardians_of(session.conn, s.id)
    guardian = f"{guardians[0].name}（{guardians[0].relation}）" if guardians else ""
    today = date.today()
    under_14 = False
    if s.birth_date:
        born = date.fromisoformat(s.birth_date)
        under_14 = (today.year - born.year - ((today.month, today.day) < (born.month, born.day))) < 14
    r = setup.rules_of(session)
    profile = office_store.profile(session.conn)
    return build_consent(Consent(profile.name, profile.unit_name, datetime.now(), f"{s.name}（{s.student_no}）",
                                 class_label(s.grade, s.class_name), guardian, under_14, r.minutes, r.semester_cap,
                                 r.late_cancel_hours, r.late_minutes, r.miss_limit), tr=tr, font_path=_font(session))
