"""Booking counseling appointments: check, book, move, and the state changes (confirm, arrive, complete, did not
come, cancel, excuse).

Who: everyone who manages appointments (the assistant too) books, moves, confirms and cancels, and sees names and
times. The reason of an appointment, the note of a cancellation or an excuse and the semester counter are for those
who read counseling notes (the office head and counselors): the assistant neither writes nor reads them (enforced
here and by the sealing: the assistant's key slot lacks the clinical key).

Conflicts (domain/appointment.py) refuse a booking with the first blocking one's message; a crisis never waits: it
is booked over every conflict, marked overbooked, and the conflicts come back as warnings. Every change is audited
under each student of the appointment (target ``student``; the appointment's id in the detail, never a name), and
written into the appointment's history. A freed slot is offered to the first fitting waiting request
(services/appointment_waitlist.py); three unexcused misses send the student back to the waiting list.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable
from datetime import date, datetime, time

from counselor_app.domain import access, appointment as rules
from counselor_app.domain.appointment import Booking, Conflict, Proposal, add_minutes, hhmm
from counselor_app.domain.areas import Area
from counselor_app.domain.errors import QT_TRANSLATE_NOOP, UserError, ValidationError
from counselor_app.domain.roles import Permission
from counselor_app.domain.student_status import in_school
from counselor_app.services import appointment_setup as setup
from counselor_app.services.operations import changing, operation
from counselor_app.services.session import Session
from counselor_app.store import appointments as store, audit

NO_APPOINTMENT = QT_TRANSLATE_NOOP("Errors", "This appointment does not exist.")
BAD_KIND = QT_TRANSLATE_NOOP("Errors", "Choose the kind of appointment.")
BAD_MODE = QT_TRANSLATE_NOOP("Errors", "Choose in the room or online.")
BAD_REFERRAL = QT_TRANSLATE_NOOP("Errors", "Choose how the student came.")
NEEDS_ROOM = QT_TRANSLATE_NOOP("Errors", "Choose a room, or book the appointment online.")
ROOM_CLOSED = QT_TRANSLATE_NOOP("Errors", "This room is no longer in use.")
ONE_STUDENT = QT_TRANSLATE_NOOP("Errors", "This kind of appointment is for one student.")
GROUP_STUDENTS = QT_TRANSLATE_NOOP("Errors", "A group session needs at least two students.")
NO_STUDENT = QT_TRANSLATE_NOOP("Errors", "A student of this appointment is not in the register or has left the "
                                         "school.")
IN_PAST = QT_TRANSLATE_NOOP("Errors", "The time {day} {start} has already passed.")
TOO_LONG = QT_TRANSLATE_NOOP("Errors", "The session would end after midnight.")
BAD_LENGTH = QT_TRANSLATE_NOOP("Errors", "A session lasts between 10 and 240 minutes.")
CLINICAL_ONLY = QT_TRANSLATE_NOOP("Errors", "Only the office head and counselors write the reason of an appointment "
                                            "or the note of a change.")
OVER_CAP = QT_TRANSLATE_NOOP("Errors", "This student has reached the limit of {cap} sessions this semester. A "
                                       "counselor may book more with a reason.")
BAD_MOVE = QT_TRANSLATE_NOOP("Errors", "An appointment that is \"{old}\" cannot become \"{new}\".")
NOT_MOVABLE = QT_TRANSLATE_NOOP("Errors", "Only a booked or confirmed appointment can move to another time.")
TOO_LATE = QT_TRANSLATE_NOOP("Errors", "The student came more than {minutes} minutes late, which counts as missed. "
                                       "Mark the appointment as missed, or tick that the session was held anyway.")
NOT_MISSED = QT_TRANSLATE_NOOP("Errors", "Only a missed or late-cancelled appointment can be excused.")
NO_NOTE = QT_TRANSLATE_NOOP("Errors", "Write why.")
NOTE_TOO_LONG = QT_TRANSLATE_NOOP("Errors", "The text is too long (at most {max} characters).")
NOT_YET = QT_TRANSLATE_NOOP("Errors", "The appointment has not started yet.")

MAX_NOTE = 2000


class BookingConflict(UserError):
    """A booking refused for a conflict; ``conflicts`` holds them all (the first is the message)."""
    exit_code = 2

    def __init__(self, conflicts: list[Conflict]) -> None:
        self.conflicts = conflicts
        first = conflicts[0]
        super().__init__(first.message, **first.values)


class ChangedMeanwhile(UserError):
    message = QT_TRANSLATE_NOOP("Errors", "Someone else changed this appointment since you opened it. Nothing was "
                                          "saved: it is shown again as it is now.")
    exit_code = 2


@dataclass(frozen=True)
class BookingEdit:
    counselor_id: int
    day: date
    start: str
    student_ids: tuple[int, ...]
    kind: str = rules.Kind.INDIVIDUAL.value
    mode: str = rules.Mode.ROOM.value
    room_id: int | None = None
    minutes: int | None = None        # default: the office's session length
    referral: str = ""
    reason: str = ""                  # sealed; counselors only
    people: int = 0                   # in the room, when parents come too
    cap_reason: str = ""              # why past the semester cap; counselors only


@dataclass(frozen=True)
class Check:
    """What a booking would meet: its conflicts (blocking first) and, for counselors only, the student's sessions
    this semester against the cap."""
    conflicts: tuple[Conflict, ...]
    sessions_this_semester: int | None    # None for the assistant: the counter is private to counselors
    cap: int
    over_cap: bool
    start: str
    end: str

    @property
    def blocking(self) -> list[Conflict]:
        return [c for c in self.conflicts if c.blocking]

    @property
    def warnings(self) -> list[Conflict]:
        return [c for c in self.conflicts if not c.blocking]


@dataclass(frozen=True)
class Booked:
    id: int
    warnings: tuple[Conflict, ...]
    offered_request: int | None = None     # a move freed a slot that a waiting request was offered


# -- helpers shared by the appointment services --------------------------------------------------------------------

def now_or(now: datetime | None) -> datetime:
    return now or datetime.now()


def clinical(session: Session) -> bool:
    return session.can(Permission.VIEW_SESSION_NOTES)


def note_text(session: Session, value: str, *, required: bool = False) -> str | None:
    value = (value or "").strip()
    if required and not value:
        raise ValidationError(NO_NOTE)
    if len(value) > MAX_NOTE:
        raise ValidationError(NOTE_TOO_LONG, max=MAX_NOTE)
    if value and not clinical(session):
        raise ValidationError(CLINICAL_ONLY)
    return value or None


def load(session: Session, appointment_id: int) -> store.AppointmentRow:
    row = store.appointment(session.conn, appointment_id)
    if row is None:
        raise ValidationError(NO_APPOINTMENT)
    return row


def audit_students(session: Session, note, action: str, appointment_id: int, student_ids, extra: str = "") -> None:
    """The change's audit row names the first student; one more row for each other student (a group)."""
    detail = f"appointment={appointment_id}" + (f" {extra}" if extra else "")
    ids = list(student_ids) or [""]
    note.target_type, note.target_id, note.detail = "student", ids[0], detail
    for other in ids[1:]:
        audit.append(session.conn, user_id=session.user.id, action=action, target_type="student", target_id=other,
                     detail=detail)


def check_students(session: Session, kind: str, student_ids) -> frozenset[int]:
    ids = frozenset(int(s) for s in student_ids)
    if kind == rules.Kind.GROUP.value:
        if len(ids) < 2:
            raise ValidationError(GROUP_STUDENTS)
    elif len(ids) != 1:
        raise ValidationError(ONE_STUDENT)
    found = store.student_statuses(session.conn, ids)
    if len(found) != len(ids) or not all(in_school(status) for status in found):
        raise ValidationError(NO_STUDENT)
    return ids


def semester_count(session: Session, student_ids, semester: tuple[str, str] | None, moving: int | None = None) -> int:
    """The most sessions any of the students has this semester (held or coming, crisis and parent meetings aside)."""
    if semester is None:
        return 0
    best = 0
    for sid in student_ids:
        n = sum(1 for aid, state, _exc, kind in store.student_states(session.conn, sid, *semester)
                if aid != moving and rules.counts_toward_cap(state)
                and kind in (rules.Kind.INDIVIDUAL.value, rules.Kind.GROUP.value))
        best = max(best, n)
    return best


def _validate(session: Session, e: BookingEdit, rules_: setup.AppointmentRules) -> tuple[time, time, frozenset[int]]:
    if e.kind not in rules.codes(rules.Kind):
        raise ValidationError(BAD_KIND)
    if e.mode not in rules.codes(rules.Mode):
        raise ValidationError(BAD_MODE)
    if e.referral and e.referral not in rules.codes(rules.Referral):
        raise ValidationError(BAD_REFERRAL)
    setup.check_counselor(session, e.counselor_id)
    if e.mode == rules.Mode.ROOM.value:
        if e.room_id is None:
            raise ValidationError(NEEDS_ROOM)
        room = store.room(session.conn, e.room_id)
        if room is None or not room.active:
            raise ValidationError(ROOM_CLOSED)
    students = check_students(session, e.kind, e.student_ids)
    start = setup.time_of(e.start)
    minutes = e.minutes or rules_.minutes
    if not 10 <= minutes <= 240:
        raise ValidationError(BAD_LENGTH)
    try:
        end = add_minutes(start, minutes)
    except ValueError:
        raise ValidationError(TOO_LONG) from None
    return start, end, students


def conflicts_of(session: Session, p: Proposal, facts: setup.CalendarFacts, rules_: setup.AppointmentRules,
                 windows=None) -> list[Conflict]:
    """The conflicts of ``p`` against the database: one query for the day's bookings of the counselor, room and
    students; the counselor's hours, the blocked times, the calendar."""
    existing = [Booking(i, c, r, frozenset(st), p.day, rules.parse_time(s), rules.parse_time(e))
                for i, c, r, s, e, st in store.holding_on(session.conn, p.day.isoformat(), p.counselor_id,
                                                          p.room_id, p.student_ids)]
    day = facts.facts(p.day)
    room = store.room(session.conn, p.room_id) if p.room_id is not None else None
    if windows is None:
        windows = setup.windows_of(session, p.counselor_id)
    return rules.conflicts(p, existing, windows=windows, blocks=setup.blocks_of(session, p.day, p.day),
                           school_day=day.school_day, timetable=day.timetable,
                           class_periods=rules_.periods(p.day.weekday() if day.timetable is None else day.timetable),
                           room_capacity=room.capacity if room else None)


def _check(session: Session, e: BookingEdit, moving: int | None = None) -> tuple[Check, Proposal]:
    rules_ = setup.rules_of(session)
    start, end, students = _validate(session, e, rules_)
    p = Proposal(e.counselor_id, e.day, start, end, e.kind, e.mode,
                 e.room_id if e.mode == rules.Mode.ROOM.value else None, students, e.people, moving)
    facts = setup.CalendarFacts(session)
    found = conflicts_of(session, p, facts, rules_)
    count = semester_count(session, students, facts.semester_of(e.day), moving)
    counted = e.kind in (rules.Kind.INDIVIDUAL.value, rules.Kind.GROUP.value)
    over = counted and moving is None and rules.over_cap(count, rules_.semester_cap)
    return Check(tuple(found), count if clinical(session) else None, rules_.semester_cap, over, hhmm(start),
                 hhmm(end)), p


@operation(Permission.MANAGE_APPOINTMENTS)
def check_booking(session: Session, edit: BookingEdit, moving: int | None = None) -> Check:
    """What booking ``edit`` would meet, without booking it (the booking dialog shows it as the user types)."""
    return _check(session, edit, moving)[0]


def _refuse_if_blocked(check: Check, crisis: bool) -> None:
    if check.blocking and not crisis:
        raise BookingConflict(check.blocking)


@operation(Permission.MANAGE_APPOINTMENTS, changes={Area.APPOINTMENTS}, audit="appointment.book",
           target="appt_request")
def book(session: Session, edit: BookingEdit, *, now: datetime | None = None, request_id: int | None = None
         ) -> Booked:
    """Book an appointment. Refused with the first conflict's message (BookingConflict), unless a crisis; past the
    semester cap only with a reason (counselors)."""
    now = now_or(now)
    reason = note_text(session, edit.reason)
    cap_reason = note_text(session, edit.cap_reason)
    check, p = _check(session, edit)
    if datetime.combine(edit.day, p.start) < now.replace(second=0, microsecond=0) and edit.kind != "crisis":
        raise ValidationError(IN_PAST, day=edit.day.isoformat(), start=hhmm(p.start))
    crisis = edit.kind == rules.Kind.CRISIS.value
    _refuse_if_blocked(check, crisis)
    overbooked = crisis and any(c.kind != rules.ConflictKind.CLASS_PERIOD.value for c in check.conflicts)
    if check.over_cap and not cap_reason:
        raise ValidationError(OVER_CAP, cap=check.cap)
    at = audit.now_iso()
    with changing(session, "appointment.book") as note:
        appointment_id = store.insert(session.conn, {
            "kind": edit.kind, "mode": edit.mode, "counselor_id": edit.counselor_id, "room_id": p.room_id,
            "day": edit.day.isoformat(), "start": hhmm(p.start), "end": hhmm(p.end), "referral": edit.referral,
            "overbooked": int(overbooked), "over_cap": int(check.over_cap),
            "request_id": request_id, "created_by": session.user.id}, sorted(p.student_ids), at)
        if reason:
            store.REASON.write(session.conn, session.clinical, appointment_id, reason)
        if check.over_cap:
            store.STATE_NOTE.write(session.conn, session.clinical, appointment_id, cap_reason)
        store.add_history(session.conn, appointment_id, at, session.user.id, "booked", "",
                          f"{edit.day.isoformat()} {hhmm(p.start)}")
        audit_students(session, note, "appointment.book", appointment_id, sorted(p.student_ids),
                       "overbooked" if overbooked else "")
    return Booked(appointment_id, tuple(check.conflicts))


@operation(Permission.MANAGE_APPOINTMENTS, changes={Area.APPOINTMENTS}, audit="appointment.move",
           target_arg="appointment_id", target="appointment")
def move(session: Session, appointment_id: int, day: date, start: str, revision: int, *, room_id: int | None = None,
         mode: str | None = None, minutes: int | None = None, counselor_id: int | None = None,
         now: datetime | None = None) -> Booked:
    """Move an appointment to another time (and room, mode or counselor), with the same conflict checks; its old
    slot is offered to the first fitting waiting request."""
    row = load(session, appointment_id)
    if not rules.may_reschedule(row.state):
        raise ValidationError(NOT_MOVABLE)
    length = minutes or _minutes(row)
    mode = mode or row.mode
    edit = BookingEdit(counselor_id or row.counselor_id, day, start, row.student_ids, row.kind, mode,
                       (room_id if room_id is not None else row.room_id) if mode == rules.Mode.ROOM.value else None,
                       length)
    check, p = _check(session, edit, moving=appointment_id)
    now = now_or(now)
    if datetime.combine(day, p.start) < now.replace(second=0, microsecond=0):
        raise ValidationError(IN_PAST, day=day.isoformat(), start=hhmm(p.start))
    _refuse_if_blocked(check, row.kind == rules.Kind.CRISIS.value)
    at = audit.now_iso()
    from counselor_app.services import appointment_waitlist as waitlist

    with changing(session, "appointment.move") as note:
        if not store.update(session.conn, appointment_id, {
                "day": day.isoformat(), "start_time": hhmm(p.start), "end_time": hhmm(p.end), "room_id": p.room_id,
                "mode": mode, "counselor_id": edit.counselor_id}, at, revision):
            raise ChangedMeanwhile()
        store.add_history(session.conn, appointment_id, at, session.user.id, "moved", f"{row.day} {row.start}",
                          f"{day.isoformat()} {hhmm(p.start)}")
        offered = waitlist.offer_freed(session, row, now, at)
        audit_students(session, note, "appointment.move", appointment_id, row.student_ids,
                       f"offered={offered}" if offered else "")
    return Booked(appointment_id, tuple(check.conflicts), offered)


def _minutes(row: store.AppointmentRow) -> int:
    s, e = rules.parse_time(row.start), rules.parse_time(row.end)
    return (e.hour * 60 + e.minute) - (s.hour * 60 + s.minute)


# -- state changes ------------------------------------------------------------------------------------------------

def change_state(session: Session, row: store.AppointmentRow, new: str, action: str, *, note_text_: str | None = None,
                 extra: dict | None = None, detail: str = "", after=None) -> None:
    """Move ``row`` to state ``new`` (refused when the rules do not allow it), audited, with its history."""
    if not rules.may_move(row.state, new):
        raise ValidationError(BAD_MOVE, old=rules.State(row.state).label, new=rules.State(new).label)
    at = audit.now_iso()
    with changing(session, action) as note:
        if not store.update(session.conn, row.id, {"state": new, **(extra or {})}, at, row.revision):
            raise ChangedMeanwhile()
        if note_text_:
            store.STATE_NOTE.write(session.conn, session.clinical, row.id, note_text_)
        store.add_history(session.conn, row.id, at, session.user.id, "state", row.state, new)
        more = after(at) if after else ""
        audit_students(session, note, action, row.id, row.student_ids, " ".join(x for x in (f"{row.state}>{new}",
                                                                                              detail, more) if x))


@operation(Permission.MANAGE_APPOINTMENTS, changes={Area.APPOINTMENTS}, audit="appointment.confirm",
           target="appointment")
def confirm(session: Session, appointment_id: int) -> None:
    change_state(session, load(session, appointment_id), rules.State.CONFIRMED.value, "appointment.confirm")


@operation(Permission.MANAGE_APPOINTMENTS, changes={Area.APPOINTMENTS}, audit="appointment.arrive",
           target="appointment")
def arrive(session: Session, appointment_id: int, *, at: datetime | None = None, held_anyway: bool = False) -> None:
    """The student came. More than the office's minutes late counts as missed, unless the session is held anyway."""
    row = load(session, appointment_id)
    at = now_or(at)
    start = datetime.combine(date.fromisoformat(row.day), rules.parse_time(row.start))
    late = setup.rules_of(session).late_minutes
    if rules.too_late(start, at, late) and not held_anyway:
        raise ValidationError(TOO_LATE, minutes=late)
    change_state(session, row, rules.State.ARRIVED.value, "appointment.arrive",
                 extra={"arrived_at": at.replace(microsecond=0).isoformat()})


@operation(Permission.MANAGE_APPOINTMENTS, changes={Area.APPOINTMENTS}, audit="appointment.complete",
           target="appointment")
def complete(session: Session, appointment_id: int) -> None:
    """The session was held: a session record is due (services/session_records.py)."""
    change_state(session, load(session, appointment_id), rules.State.COMPLETED.value, "appointment.complete")


@dataclass(frozen=True)
class Missed:
    misses: int                    # the student's unexcused misses this semester (counselors only; else None)
    back_to_waitlist: bool
    request_id: int | None


@operation(Permission.MANAGE_APPOINTMENTS, changes={Area.APPOINTMENTS}, audit="appointment.no_show",
           target="appointment")
def no_show(session: Session, appointment_id: int, *, now: datetime | None = None,
            tr: Callable[[str], str] = str) -> Missed:
    """The student did not come. At the office's limit of unexcused misses this semester (three), the student's
    coming appointments with the counselor are cancelled and the student goes back to the waiting list with a
    note (services/appointment_waitlist.py), written in the user's language through ``tr`` (the GUI passes
    translation.translate_text; the default leaves the English source)."""
    row = load(session, appointment_id)
    now = now_or(now)
    if datetime.combine(date.fromisoformat(row.day), rules.parse_time(row.start)) > now:
        raise ValidationError(NOT_YET)
    from counselor_app.services import appointment_waitlist as waitlist

    result: dict = {}

    def after(at: str) -> str:
        result.update(waitlist.after_miss(session, row, now, at, tr))
        return f"misses={result['misses']}" + (f" waitlist={result['request_id']}" if result["request_id"] else "")

    change_state(session, row, rules.State.NO_SHOW.value, "appointment.no_show", after=after)
    return Missed(result["misses"] if clinical(session) else None, result["request_id"] is not None,
                  result["request_id"])


@operation(Permission.MANAGE_APPOINTMENTS, changes={Area.APPOINTMENTS}, audit="appointment.cancel",
           target="appointment")
def cancel(session: Session, appointment_id: int, by_student: bool, note: str = "", *,
           now: datetime | None = None) -> tuple[str, int | None]:
    """Cancel: by the counselor, or by the student (less than the office's hours ahead: 迟取消, which counts as a
    miss). The freed slot is offered to the first fitting waiting request. Returns (state, offered request)."""
    row = load(session, appointment_id)
    words = note_text(session, note)
    now = now_or(now)
    start = datetime.combine(date.fromisoformat(row.day), rules.parse_time(row.start))
    state = rules.cancel_state(by_student, now, start, setup.rules_of(session).late_cancel_hours)
    from counselor_app.services import appointment_waitlist as waitlist

    offered: list = []

    def after(at: str) -> str:
        offered.append(waitlist.offer_freed(session, row, now, at))
        return f"offered={offered[0]}" if offered[0] else ""

    change_state(session, row, state, "appointment.cancel", note_text_=words, after=after)
    return state, offered[0]


@operation((Permission.MANAGE_APPOINTMENTS, Permission.VIEW_SESSION_NOTES), changes={Area.APPOINTMENTS},
           audit="appointment.excuse", target="appointment")
def excuse(session: Session, appointment_id: int, note: str) -> None:
    """A miss (did not come, cancelled late) excused by the counselor, with the reason: it no longer counts."""
    row = load(session, appointment_id)
    words = note_text(session, note, required=True)
    if row.state not in rules.MISSED or row.excused:
        raise ValidationError(NOT_MISSED)
    at = audit.now_iso()
    with changing(session, "appointment.excuse") as n:
        if not store.update(session.conn, row.id, {"excused": 1}, at, row.revision):
            raise ChangedMeanwhile()
        store.STATE_NOTE.write(session.conn, session.clinical, row.id, words)
        store.add_history(session.conn, row.id, at, session.user.id, "excused", row.state, row.state)
        audit_students(session, n, "appointment.excuse", row.id, row.student_ids)


# -- one appointment ------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class AppointmentDetail:
    row: store.AppointmentRow
    reason: str | None           # None when the user may not read it (the assistant)
    state_note: str | None
    history: tuple[tuple[str, str, str, str, str], ...]
    record_id: int | None


@operation(Permission.MANAGE_APPOINTMENTS, audit="view.appointment", target="appointment")
def get_appointment(session: Session, appointment_id: int) -> AppointmentDetail:
    """One appointment; its reason and notes only for those who read counseling notes (the record rule of
    appointments), the assistant sees the names and the times."""
    from counselor_app.store import session_records

    row = load(session, appointment_id)
    notes = session.may_record(access.APPOINTMENT, access.VIEW_NOTES, row)
    reason = store.REASON.read(session.conn, session.clinical, row.id) if notes else None
    state_note = store.STATE_NOTE.read(session.conn, session.clinical, row.id) if notes else None
    record = session_records.of_appointment(session.conn, row.id)
    with changing(session, "view.appointment") as note:
        audit_students(session, note, "view.appointment", row.id, row.student_ids, "notes" if notes else "")
    return AppointmentDetail(row, reason, state_note, tuple(store.history(session.conn, row.id)),
                             record.id if record else None)
