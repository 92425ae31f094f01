"""The duty log (值班记录) of each duty: arrival and leaving, contacts, handover notes, safety check, key handed to,
signature; and the logs still missing for past shifts.

MANAGE_DUTY writes and reads logs. The handover notes and a contact's note are sealed with the clinical key: an
assistant records the rest (times, contacts' categories, safety check, key) but neither writes nor reads those
texts. A signed log is kept as it is. A contact with a student is audited under the student (the access report
lists it); a look at a log is audited. A contact marked as a crisis is a mark in the log (危机): it opens no crisis
incident, which the office records on the 危机事件 page.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from counselor_app.domain import duty_log as rules
from counselor_app.domain.areas import Area
from counselor_app.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from counselor_app.domain.roles import Permission
from counselor_app.services import duty
from counselor_app.services.duty_roster import load_assignment
from counselor_app.services.operations import changing, operation
from counselor_app.services.session import Session
from counselor_app.store import audit, duty as duty_store, duty_log as store, students as student_store
from counselor_app.store import users as user_store

SIGNED = QT_TRANSLATE_NOOP("Errors", "This duty log is signed: it is kept as it is.")
NOT_YET = QT_TRANSLATE_NOOP("Errors", "This shift has not begun yet: its log is written on the day.")
TIMES_ORDER = QT_TRANSLATE_NOOP("Errors", "The leaving time comes before the arrival.")
SIGN_NEEDS = QT_TRANSLATE_NOOP("Errors", "Write the arrival and leaving times before signing the log.")
NO_LOG = QT_TRANSLATE_NOOP("Errors", "This duty has no log yet.")
BAD_PARTY = QT_TRANSLATE_NOOP("Errors", "Choose who came or called.")
BAD_TOPIC = QT_TRANSLATE_NOOP("Errors", "Choose the topic of the contact.")
BAD_HANDLING = QT_TRANSLATE_NOOP("Errors", "Choose how the contact was handled.")
BAD_MINUTES = QT_TRANSLATE_NOOP("Errors", "Minutes are a number from 0 to {max}.")
NO_STUDENT = QT_TRANSLATE_NOOP("Errors", "This student is not in the register.")
TOO_LONG = QT_TRANSLATE_NOOP("Errors", "A text is too long (at most {max} characters).")


@dataclass(frozen=True)
class LogEdit:
    arrived: time | str = ""
    left: time | str = ""
    handover: str | None = None         # None: leave the sealed notes as they are (an assistant cannot write them)
    doors_windows: bool = False
    power_off: bool = False
    cabinet_locked: bool = False
    key_to: str = ""


@dataclass(frozen=True)
class ContactEdit:
    at: time | str
    party: str
    topic: str
    handling: str
    booked: bool = False
    minutes: int = 0
    crisis: bool = False
    reported_to: str = ""
    student_id: int | None = None
    note: str | None = None             # sealed


@dataclass(frozen=True)
class ContactInfo:
    id: int
    at: str
    party: str
    student_id: int | None
    booked: bool
    topic: str
    handling: str
    minutes: int
    crisis: bool
    reported_to: str
    note: str | None                    # None when there is none, or the user cannot open it
    note_hidden: bool                   # a note exists that this user cannot open


@dataclass(frozen=True)
class LogInfo:
    assignment_id: int
    day: date
    post: str
    period: str
    times: str
    staff_id: int
    name: str
    exists: bool
    arrived: str
    left: str
    handover: str | None
    handover_hidden: bool
    doors_windows: bool
    power_off: bool
    cabinet_locked: bool
    key_to: str
    signed_by: str                      # the signer's display name, '' while unsigned
    signed_at: str | None
    contacts: tuple[ContactInfo, ...]


def _shift(session: Session, assignment_id: int) -> duty_store.ShiftRow:
    a = load_assignment(session, assignment_id)
    return next(s for s in duty_store.shifts(session.conn, a.day, a.day) if s.id == assignment_id)


def _clock(value: time | str) -> str:
    if value in ("", None):
        return ""
    return duty.parse_time(value).strftime("%H:%M")


def _short(value: str) -> str:
    value = " ".join((value or "").split())
    if len(value) > rules.MAX_SHORT:
        raise ValidationError(TOO_LONG, max=rules.MAX_SHORT)
    return value


def _long(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip()
    if len(value) > rules.MAX_TEXT:
        raise ValidationError(TOO_LONG, max=rules.MAX_TEXT)
    return value or None


def _open_log(session: Session, shift: duty_store.ShiftRow, today: date | None) -> store.LogRow:
    """The duty's log, made when the first thing is written; refused before the day and once signed."""
    if date.fromisoformat(shift.day) > (today or date.today()):
        raise ValidationError(NOT_YET)
    log = store.log_of(session.conn, shift.id)
    if log is None:
        store.insert_log(session.conn, shift.id, session.user.id, audit.now_iso())
        log = store.log_of(session.conn, shift.id)
    if log.signed_at:
        raise ValidationError(SIGNED)
    return log


def _opened(column, session: Session, row_id: int, present: bool) -> tuple[str | None, bool]:
    """(text, hidden): the sealed text when this user holds the clinical key."""
    if not present:
        return None, False
    if session.clinical is None:
        return None, True
    return column.read(session.conn, session.clinical, row_id), False


@operation(Permission.MANAGE_DUTY, audit="view.duty_log", target="duty_assignment")
def get_log(session: Session, assignment_id: int) -> LogInfo:
    """A duty's log as written so far (empty when none yet); the look is audited."""
    shift = _shift(session, assignment_id)
    log = store.log_of(session.conn, assignment_id)
    contacts = []
    if log is not None:
        for c in store.contacts(session.conn, log.id):
            note, hidden = _opened(store.CONTACT_NOTE, session, c.id, c.has_note)
            contacts.append(ContactInfo(c.id, c.at, c.party, c.student_id, c.booked, c.topic, c.handling, c.minutes,
                                        c.crisis, c.reported_to, note, hidden))
    handover, hidden = _opened(store.HANDOVER, session, log.id, log.has_handover) if log else (None, False)
    signer = user_store.by_id(session.conn, log.signed_by) if log and log.signed_by else None
    session.audit("view.duty_log", "duty_assignment", assignment_id)
    return LogInfo(assignment_id, date.fromisoformat(shift.day), shift.post, shift.period,
                   f"{shift.start_time}–{shift.end_time}", shift.staff_id, shift.name, log is not None,
                   log.arrived if log else "", log.left_at if log else "", handover, hidden,
                   bool(log and log.doors_windows), bool(log and log.power_off), bool(log and log.cabinet_locked),
                   log.key_to if log else "", signer.display_name if signer else "", log.signed_at if log else None,
                   tuple(contacts))


@operation(Permission.MANAGE_DUTY, changes={Area.DUTY}, audit="duty.log", target="duty_assignment")
def save_log(session: Session, assignment_id: int, edit: LogEdit, *, today: date | None = None) -> None:
    """Write a duty's log (not yet signed): times, handover notes (sealed), safety check, key handed to."""
    shift = _shift(session, assignment_id)
    arrived, left = _clock(edit.arrived), _clock(edit.left)
    if arrived and left and left < arrived:
        raise ValidationError(TIMES_ORDER)
    fields = {"arrived": arrived, "left_at": left, "doors_windows": int(edit.doors_windows),
              "power_off": int(edit.power_off), "cabinet_locked": int(edit.cabinet_locked),
              "key_to": _short(edit.key_to)}
    handover = _long(edit.handover)
    with changing(session, "duty.log", "duty_assignment", assignment_id):
        log = _open_log(session, shift, today)
        store.update_log(session.conn, log.id, fields, session.user.id, audit.now_iso())
        if edit.handover is not None:
            store.HANDOVER.write(session.conn, session.clinical, log.id, handover)


@operation(Permission.MANAGE_DUTY, changes={Area.DUTY}, audit="duty.contact", target="duty_assignment")
def add_contact(session: Session, assignment_id: int, edit: ContactEdit, *, today: date | None = None) -> int:
    """Record a contact during a duty (a visit or a call). One with a student is audited under the student."""
    shift = _shift(session, assignment_id)
    if edit.party not in {p.value for p in rules.Party}:
        raise ValidationError(BAD_PARTY)
    if edit.topic not in {t.value for t in rules.Topic}:
        raise ValidationError(BAD_TOPIC)
    if edit.handling not in {h.value for h in rules.Handling}:
        raise ValidationError(BAD_HANDLING)
    if not 0 <= int(edit.minutes) <= rules.MAX_MINUTES:
        raise ValidationError(BAD_MINUTES, max=rules.MAX_MINUTES)
    if edit.student_id is not None and student_store.by_id(session.conn, edit.student_id) is None:
        raise ValidationError(NO_STUDENT)
    fields = {"at": _clock(edit.at) or "00:00", "party": edit.party, "student_id": edit.student_id,
              "booked": int(edit.booked), "topic": edit.topic, "handling": edit.handling,
              "minutes": int(edit.minutes), "crisis": int(rules.is_crisis(edit.handling, edit.crisis)),
              "reported_to": _short(edit.reported_to)}
    note = _long(edit.note)
    target = ("student", edit.student_id) if edit.student_id is not None else ("duty_assignment", assignment_id)
    with changing(session, "duty.contact", *target) as audit_note:
        log = _open_log(session, shift, today)
        contact = store.insert_contact(session.conn, log.id, fields)
        if note is not None:
            store.CONTACT_NOTE.write(session.conn, session.clinical, contact, note)
        audit_note.detail = f"duty={assignment_id}/contact={contact}" + ("/crisis" if fields["crisis"] else "")
    return contact


@operation(Permission.MANAGE_DUTY, changes={Area.DUTY}, audit="duty.log_sign", target="duty_assignment")
def sign_log(session: Session, assignment_id: int) -> None:
    """Sign a duty's log: from now on it is kept as it is."""
    log = store.log_of(session.conn, assignment_id)
    if log is None:
        raise ValidationError(NO_LOG)
    if log.signed_at:
        raise ValidationError(SIGNED)
    if not log.arrived or not log.left_at:
        raise ValidationError(SIGN_NEEDS)
    with changing(session, "duty.log_sign", "duty_assignment", assignment_id):
        store.sign(session.conn, log.id, session.user.id, audit.now_iso())


@dataclass(frozen=True)
class MissingLog:
    assignment_id: int
    day: date
    post: str
    period: str
    times: str
    staff_id: int
    name: str
    written: bool                       # begun but not signed


@operation(Permission.MANAGE_DUTY, target="duty")
def missing_logs(session: Session, first=None, last=None, *, now: datetime | None = None) -> list[MissingLog]:
    """The past shifts (over by ``now``) from ``first`` (default: 30 days ago) without a signed log."""
    now = now or datetime.now()
    last = min(duty.parse_day(last) or now.date(), now.date())
    first = duty.parse_day(first) or date.fromordinal(now.date().toordinal() - 30)
    done = store.logged(session.conn, first.isoformat(), last.isoformat())
    return [MissingLog(s.id, date.fromisoformat(s.day), s.post, s.period, f"{s.start_time}–{s.end_time}",
                       s.staff_id, s.name, s.id in done)
            for s in duty_store.shifts(session.conn, first.isoformat(), last.isoformat())
            if not done.get(s.id) and rules.log_due(date.fromisoformat(s.day), duty.parse_time(s.end_time), now)]
