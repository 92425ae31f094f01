"""The waiting list (候约): requests with preferences, offers of freed slots, and the way back after misses.

A request names the student, optionally a counselor and preferred times ('weekday HH:MM-HH:MM;…'). Its state:
waiting → offered (a freed slot, for the office's hours) → booked; an offer not taken goes back to waiting and the
slot to the next request; a request past its last day expires; the office may withdraw it.

Priority: a student on the watch list at one of the two most serious levels (重点关注 / 高危 by default) is never
left waiting: the request is marked urgent, the counselor to tell (the preferred one, else the student's responsible
counselor) is named in the result at once, and urgent requests head every today list until booked. The assistant
sees that a request is urgent only as its place at the top: never why (the watch list is not the assistant's).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Callable

from counselor_app.domain import appointment as rules
from counselor_app.domain.areas import Area
from counselor_app.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from counselor_app.domain.roles import Permission
from counselor_app.services import appointment_setup as setup
from counselor_app.services.appointments import BookingEdit, book, clinical, load, note_text, now_or
from counselor_app.services.operations import changing, operation
from counselor_app.services.session import Session
from counselor_app.store import appointment_requests as store, appointments as appt_store, audit, watch as watch_store
from counselor_app.store.database import transaction

NO_REQUEST = QT_TRANSLATE_NOOP("Errors", "This waiting-list request does not exist.")
ALREADY_WAITING = QT_TRANSLATE_NOOP("Errors", "This student is already on the waiting list.")
NOT_OPEN = QT_TRANSLATE_NOOP("Errors", "This request is no longer waiting.")
NO_OFFER = QT_TRANSLATE_NOOP("Errors", "This request has no slot offered.")
OFFER_LAPSED = QT_TRANSLATE_NOOP("Errors", "The offer of this slot has lapsed.")
BAD_PREFERRED = QT_TRANSLATE_NOOP("Errors", "Preferred times are written as \"weekday HH:MM-HH:MM\" (weekday 0 = "
                                            "Monday), separated by \";\".")
BAD_UNTIL = QT_TRANSLATE_NOOP("Errors", "The last day of the request has already passed.")
MISSES_NOTE = QT_TRANSLATE_NOOP("AppointmentWaitlist", "Back on the waiting list after {count} unexcused misses.")


@dataclass(frozen=True)
class RequestEdit:
    student_id: int
    counselor_id: int | None = None
    kind: str = rules.Kind.INDIVIDUAL.value
    referral: str = ""
    preferred: str = ""
    note: str = ""                 # sealed; counselors only
    priority: int = 0
    valid_until: date | None = None


@dataclass(frozen=True)
class Added:
    id: int
    urgent: bool                   # never left waiting: book at once (the assistant gets False, sees the order)
    notify_user_id: int | None     # the counselor to tell at once


@dataclass(frozen=True)
class RequestView:
    row: store.RequestRow
    urgent: bool | None            # None for the assistant
    note: str | None               # None when the user may not read it


def _ranks(session: Session) -> dict[str, int]:
    return {lv.code: lv.rank for lv in watch_store.levels(session.conn)}


def urgency(session: Session, student_id: int) -> bool:
    entry = watch_store.open_entry_of(session.conn, student_id)
    return rules.never_waits(entry.level if entry else None, _ranks(session))


def _responsible_account(session: Session, student_id: int) -> int | None:
    return appt_store.responsible_account(session.conn, student_id)


def _check_preferred(text: str) -> str:
    text = (text or "").strip()
    for part in filter(None, (p.strip() for p in text.split(";"))):
        wd, _, times = part.partition(" ")
        s, _, e = times.partition("-")
        try:
            if not 0 <= int(wd) <= 6:
                raise ValueError
            setup.span(s, e)
        except (ValueError, ValidationError):
            raise ValidationError(BAD_PREFERRED) from None
    return text


def insert_request(session: Session, edit: RequestEdit, at: str, note: str | None) -> Added:
    """The request row (inside the caller's transaction)."""
    urgent = urgency(session, edit.student_id)
    notify = edit.counselor_id or (_responsible_account(session, edit.student_id) if urgent else None)
    request_id = store.insert(session.conn, {
        "student_id": edit.student_id, "counselor_id": edit.counselor_id, "kind": edit.kind,
        "referral": edit.referral, "preferred": edit.preferred, "priority": edit.priority, "urgent": int(urgent),
        "valid_until": edit.valid_until.isoformat() if edit.valid_until else None,
        "notify_user_id": notify if urgent else None, "created_by": session.user.id}, at)
    if note:
        store.NOTE.write(session.conn, session.clinical, request_id, note)
    return Added(request_id, urgent, notify if urgent else None)


@operation(Permission.MANAGE_APPOINTMENTS, changes={Area.APPOINTMENTS}, audit="appointment.request",
           target="student", target_arg="edit.student_id")
def add_request(session: Session, edit: RequestEdit, *, today: date | None = None) -> Added:
    """Put a student on the waiting list. A watch-list student at 重点关注 or 高危 is urgent: the result names the
    counselor to tell, and the request heads the today lists until it is booked."""
    from counselor_app.services.appointments import check_students

    check_students(session, rules.Kind.INDIVIDUAL.value, (edit.student_id,))
    if edit.counselor_id is not None:
        setup.check_counselor(session, edit.counselor_id)
    if edit.kind not in (rules.Kind.INDIVIDUAL.value, rules.Kind.GROUP.value, rules.Kind.PARENT.value):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose the kind of appointment."))
    if edit.valid_until is not None and edit.valid_until < (today or date.today()):
        raise ValidationError(BAD_UNTIL)
    edit = RequestEdit(**{**edit.__dict__, "preferred": _check_preferred(edit.preferred)})
    note = note_text(session, edit.note)
    if store.open_of_student(session.conn, edit.student_id) is not None:
        raise ValidationError(ALREADY_WAITING)
    at = audit.now_iso()
    with changing(session, "appointment.request", "student", edit.student_id) as n:
        added = insert_request(session, edit, at, note)
        n.detail = f"request={added.id}" + (" urgent" if added.urgent else "")
    return added if clinical(session) else Added(added.id, False, None)


@operation(Permission.MANAGE_APPOINTMENTS)
def list_requests(session: Session, *, now: datetime | None = None) -> list[RequestView]:
    """The waiting and offered requests, in the order slots are offered (urgent first). Offers past their time and
    requests past their last day lapse first (audited, announced only when one did), so the list never shows an
    offer that can no longer be taken."""
    now = now_or(now)
    if _due(session, now):
        with transaction(session.conn):
            lapse_due(session, now, audit.now_iso())
        session.changed |= {Area.APPOINTMENTS, Area.AUDIT}
    show = clinical(session)
    return [RequestView(r, r.urgent if show else None, None) for r in store.open_requests(session.conn)]


@operation(Permission.MANAGE_APPOINTMENTS, audit="view.request", target="appt_request")
def get_request(session: Session, request_id: int) -> RequestView:
    row = _load(session, request_id)
    show = clinical(session)
    note = store.NOTE.read(session.conn, session.clinical, row.id) if show else None
    session.audit("view.request", "student", row.student_id, detail=f"request={row.id}")
    return RequestView(row, row.urgent if show else None, note)


def _load(session: Session, request_id: int) -> store.RequestRow:
    row = store.request(session.conn, request_id)
    if row is None:
        raise ValidationError(NO_REQUEST)
    return row


# -- offers ---------------------------------------------------------------------------------------------------------

def offer_freed(session: Session, freed: appt_store.AppointmentRow, now: datetime, at: str) -> int | None:
    """Offer the slot ``freed`` left (cancelled or moved) to the first fitting waiting request; inside the caller's
    transaction. Offers already lapsed go back to waiting first, so their requests may take this slot. Fitting: the
    same counselor or none preferred, an individual request, its preferred times, not one of the appointment's own
    students, not past its last day. Only a future slot of an individual session is offered."""
    lapse_due(session, now, at)
    return _offer(session, freed, now, at)


def _offer(session: Session, freed: appt_store.AppointmentRow, now: datetime, at: str) -> int | None:
    day = date.fromisoformat(freed.day)
    start, end = rules.parse_time(freed.start), rules.parse_time(freed.end)
    if freed.kind not in (rules.Kind.INDIVIDUAL.value, rules.Kind.CRISIS.value) or datetime.combine(day, start) <= now:
        return None
    hours = setup.rules_of(session).offer_hours
    for r in store.open_requests(session.conn):
        if r.state != "waiting" or r.kind != rules.Kind.INDIVIDUAL.value or r.student_id in freed.student_ids:
            continue
        if r.counselor_id not in (None, freed.counselor_id) or (r.valid_until and r.valid_until < freed.day):
            continue
        if not rules.fits(r.preferred, day.weekday(), start, end):
            continue
        expires = min(now + timedelta(hours=hours), datetime.combine(day, start))
        store.update(session.conn, r.id, {
            "state": "offered", "offer_day": freed.day, "offer_start": freed.start, "offer_end": freed.end,
            "offer_counselor_id": freed.counselor_id, "offer_room_id": freed.room_id,
            "offer_expires": expires.replace(microsecond=0).isoformat()}, at)
        audit.append(session.conn, user_id=session.user.id, action="appointment.offer", target_type="student",
                     target_id=r.student_id, detail=f"request={r.id} appointment={freed.id}")
        return r.id
    return None


@operation(Permission.MANAGE_APPOINTMENTS, changes={Area.APPOINTMENTS}, audit="appointment.book",
           target="appt_request")
def accept_offer(session: Session, request_id: int, *, now: datetime | None = None) -> int:
    """The student takes the offered slot: booked (with the usual checks), the request done."""
    row = _load(session, request_id)
    now = now_or(now)
    if row.state != "offered":
        raise ValidationError(NO_OFFER)
    if row.offer_expires and datetime.fromisoformat(row.offer_expires) < now:
        raise ValidationError(OFFER_LAPSED)
    start, end = rules.parse_time(row.offer_start), rules.parse_time(row.offer_end)
    minutes = (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)
    mode = rules.Mode.ROOM.value if row.offer_room_id is not None else rules.Mode.ONLINE.value
    booked = book(session, BookingEdit(row.offer_counselor_id, date.fromisoformat(row.offer_day), row.offer_start,
                                       (row.student_id,), row.kind, mode, row.offer_room_id, minutes, row.referral),
                  now=now, request_id=request_id)
    _finish(session, row, booked.id)
    return booked.id


@operation(Permission.MANAGE_APPOINTMENTS, changes={Area.APPOINTMENTS}, audit="appointment.book",
           target="appt_request")
def book_request(session: Session, request_id: int, edit: BookingEdit, *, now: datetime | None = None) -> int:
    """Book a waiting (or offered) request at a time the office chose; an offered slot goes to the next request."""
    row = _load(session, request_id)
    if row.state not in ("waiting", "offered") or edit.student_ids != (row.student_id,):
        raise ValidationError(NOT_OPEN)
    booked = book(session, edit, now=now, request_id=request_id)
    _finish(session, row, booked.id)
    return booked.id


def _finish(session: Session, row: store.RequestRow, appointment_id: int) -> None:
    at = audit.now_iso()
    with changing(session, "appointment.request_booked", "student", row.student_id,
                  f"request={row.id} appointment={appointment_id}"):
        store.clear_offer(session.conn, row.id, "booked", at)
        store.update(session.conn, row.id, {"appointment_id": appointment_id}, at)


@operation(Permission.MANAGE_APPOINTMENTS, changes={Area.APPOINTMENTS}, audit="appointment.decline_offer",
           target="appt_request")
def decline_offer(session: Session, request_id: int, *, now: datetime | None = None) -> int | None:
    """The student does not take the slot: back to waiting, the slot offered to the next request. Returns it."""
    row = _load(session, request_id)
    if row.state != "offered":
        raise ValidationError(NO_OFFER)
    with changing(session, "appointment.decline_offer", "student", row.student_id, f"request={row.id}") as note:
        nxt = _pass_on(session, row, now_or(now), audit.now_iso())
        note.detail += f" offered={nxt}" if nxt else ""
    return nxt


def _pass_on(session: Session, row: store.RequestRow, now: datetime, at: str) -> int | None:
    """Back to waiting, the offered slot to the next fitting request (inside the caller's transaction)."""
    slot = appt_store.AppointmentRow(0, rules.Kind.INDIVIDUAL.value, "", row.offer_counselor_id, "", row.offer_room_id,
                                     "", row.offer_day, row.offer_start, row.offer_end, "", "", False, False, False,
                                     None, None, None, 0, (row.student_id,), (), ())
    store.clear_offer(session.conn, row.id, "waiting", at)
    return _offer(session, slot, now, at)


def _lapsed(r: store.RequestRow, now: datetime) -> bool:
    return r.state == "offered" and bool(r.offer_expires) and datetime.fromisoformat(r.offer_expires) < now


def _past(r: store.RequestRow, now: datetime) -> bool:
    return bool(r.valid_until) and r.valid_until < now.date().isoformat()


def _due(session: Session, now: datetime) -> bool:
    return any(_lapsed(r, now) or _past(r, now) for r in store.open_requests(session.conn))


def lapse_due(session: Session, now: datetime, at: str) -> tuple[int, int]:
    """Inside the caller's transaction: offers past their time go back to waiting (their slot to the next fitting
    request), requests past their last day expire; one audit row each. Returns (offers lapsed, requests expired)."""
    lapsed = expired = 0
    for r in store.open_requests(session.conn):
        if _lapsed(r, now):
            nxt = _pass_on(session, r, now, at)
            audit.append(session.conn, user_id=session.user.id, action="appointment.expire", target_type="student",
                         target_id=r.student_id, detail=f"request={r.id} offer lapsed" +
                         (f" offered={nxt}" if nxt else ""))
            lapsed += 1
        elif _past(r, now):
            store.clear_offer(session.conn, r.id, "expired", at)
            audit.append(session.conn, user_id=session.user.id, action="appointment.expire", target_type="student",
                         target_id=r.student_id, detail=f"request={r.id} expired")
            expired += 1
    return lapsed, expired


@operation(Permission.MANAGE_APPOINTMENTS, changes={Area.APPOINTMENTS}, audit="appointment.expire")
def expire_requests(session: Session, *, now: datetime | None = None) -> tuple[int, int]:
    """Lapsed offers go back to waiting (their slot to the next request); requests past their last day expire.
    Returns (offers lapsed, requests expired). The waiting list does this itself whenever it is read and before a
    freed slot is offered; this is the same step on its own (the command line, a test)."""
    with changing(session, "appointment.expire") as note:
        lapsed, expired = lapse_due(session, now_or(now), audit.now_iso())
        note.detail = f"lapsed={lapsed} expired={expired}"
    return lapsed, expired


@operation(Permission.MANAGE_APPOINTMENTS, changes={Area.APPOINTMENTS}, audit="appointment.withdraw",
           target="appt_request")
def withdraw_request(session: Session, request_id: int) -> None:
    row = _load(session, request_id)
    if row.state not in ("waiting", "offered"):
        raise ValidationError(NOT_OPEN)
    with changing(session, "appointment.withdraw", "student", row.student_id, f"request={row.id}"):
        store.clear_offer(session.conn, row.id, "withdrawn", audit.now_iso())


# -- misses ---------------------------------------------------------------------------------------------------------

def after_miss(session: Session, row: appt_store.AppointmentRow, now: datetime, at: str,
               tr: Callable[[str], str] = str) -> dict:
    """After a miss (inside its transaction): the student's unexcused misses this semester; at the office's limit,
    the coming appointments with this counselor are cancelled (by the counselor) and the student goes back to the
    waiting list with a note, translated by ``tr`` when written (a sealed note is plain text). Individual sessions
    only."""
    if row.kind != rules.Kind.INDIVIDUAL.value or len(row.student_ids) != 1:
        return {"misses": 0, "request_id": None}
    student = row.student_ids[0]
    facts = setup.CalendarFacts(session)
    semester = facts.semester_of(date.fromisoformat(row.day)) or (row.day, row.day)
    states = appt_store.student_states(session.conn, student, *semester)
    misses = rules.unexcused_misses((rules.State.NO_SHOW.value if aid == row.id else st, exc)
                                    for aid, st, exc, _k in states)
    limit = setup.rules_of(session).miss_limit
    if not rules.back_to_waitlist(misses, limit) or store.open_of_student(session.conn, student) is not None:
        return {"misses": misses, "request_id": None}
    for other in appt_store.future_of(session.conn, student, row.counselor_id, row.day):
        old = load(session, other)
        appt_store.update(session.conn, other, {"state": rules.State.CANCELLED_COUNSELOR.value}, at)
        appt_store.add_history(session.conn, other, at, session.user.id, "state", old.state,
                               rules.State.CANCELLED_COUNSELOR.value)
    note = tr(MISSES_NOTE).format(count=misses) if session.clinical is not None else None
    added = insert_request(session, RequestEdit(student, row.counselor_id), at, note)
    return {"misses": misses, "request_id": added.id}
