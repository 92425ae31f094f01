"""Counseling appointments (心理咨询预约, policy §7): their code lists, states and the conflict rules, as pure functions.

An appointment is one counselor, a day and a time, individual / group / parent meeting / crisis, in a room or
online, for one or more students. Its state moves 已预约 → 已确认 → 已到 → 已完成, or ends 未到 / 学生取消 / 老师取消 /
迟取消 (the student cancelled less than the office's hours — 24 by default — before the start). :data:`MOVES` holds
the allowed changes.

Conflicts (:func:`conflicts`): the counselor, the room or a student already booked at an overlapping time; a time
outside the counselor's availability; a blocked date; a day that is not a school day. Each refuses the booking —
except for a crisis, which never waits: for it every conflict is a warning and it may overbook. A time during the
student's class periods is only a warning, for every kind.

Recurring series are in domain/appointment_series.py; no-show and semester-cap rules at the end of this module.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Iterable

from counselor_app.domain.codes import Code
from counselor_app.domain.errors import QT_TRANSLATE_NOOP, Text


class Kind(Code):
    INDIVIDUAL = "individual"      # 个体辅导
    GROUP = "group"                # 团体辅导
    PARENT = "parent"              # 家长访谈
    CRISIS = "crisis"              # 危机干预


class Mode(Code):
    ROOM = "room"                  # 辅导室
    ONLINE = "online"              # 线上


class RoomKind(Code):
    INDIVIDUAL = "individual"      # 个体辅导室
    GROUP = "group"                # 团体辅导室


class State(Code):
    BOOKED = "booked"                          # 已预约
    CONFIRMED = "confirmed"                    # 已确认
    ARRIVED = "arrived"                        # 已到
    COMPLETED = "completed"                    # 已完成
    NO_SHOW = "no_show"                        # 未到
    CANCELLED_STUDENT = "cancelled_student"    # 学生取消
    CANCELLED_COUNSELOR = "cancelled_counselor"  # 老师取消
    LATE_CANCEL = "late_cancel"                # 迟取消


class Referral(Code):
    """How the student came (来访途径)."""
    SELF = "self"                  # 主动求助
    HEAD_TEACHER = "head_teacher"  # 班主任转介
    PARENT = "parent"              # 家长请求
    OBSERVATION = "observation"    # 观察发现
    SCREENING = "screening"        # 测评筛查
    MEETING = "meeting"            # 研判会


class ConflictKind(Code):
    COUNSELOR_BUSY = "counselor_busy"
    ROOM_BUSY = "room_busy"
    STUDENT_BUSY = "student_busy"
    OUTSIDE_AVAILABILITY = "outside_availability"
    BLOCKED = "blocked"
    NOT_SCHOOL_DAY = "not_school_day"
    CLASS_PERIOD = "class_period"
    ROOM_TOO_SMALL = "room_too_small"


LABELS: dict[type, dict] = {
    Kind: {Kind.INDIVIDUAL: QT_TRANSLATE_NOOP("AppointmentKind", "individual"),
           Kind.GROUP: QT_TRANSLATE_NOOP("AppointmentKind", "group"),
           Kind.PARENT: QT_TRANSLATE_NOOP("AppointmentKind", "parent meeting"),
           Kind.CRISIS: QT_TRANSLATE_NOOP("AppointmentKind", "crisis")},
    Mode: {Mode.ROOM: QT_TRANSLATE_NOOP("AppointmentMode", "in the room"),
           Mode.ONLINE: QT_TRANSLATE_NOOP("AppointmentMode", "online")},
    RoomKind: {RoomKind.INDIVIDUAL: QT_TRANSLATE_NOOP("RoomKind", "individual room"),
               RoomKind.GROUP: QT_TRANSLATE_NOOP("RoomKind", "group room")},
    State: {State.BOOKED: QT_TRANSLATE_NOOP("AppointmentState", "booked"),
            State.CONFIRMED: QT_TRANSLATE_NOOP("AppointmentState", "confirmed"),
            State.ARRIVED: QT_TRANSLATE_NOOP("AppointmentState", "arrived"),
            State.COMPLETED: QT_TRANSLATE_NOOP("AppointmentState", "completed"),
            State.NO_SHOW: QT_TRANSLATE_NOOP("AppointmentState", "did not come"),
            State.CANCELLED_STUDENT: QT_TRANSLATE_NOOP("AppointmentState", "cancelled by the student"),
            State.CANCELLED_COUNSELOR: QT_TRANSLATE_NOOP("AppointmentState", "cancelled by the counselor"),
            State.LATE_CANCEL: QT_TRANSLATE_NOOP("AppointmentState", "cancelled late")},
    Referral: {Referral.SELF: QT_TRANSLATE_NOOP("AppointmentReferral", "asked for help"),
               Referral.HEAD_TEACHER: QT_TRANSLATE_NOOP("AppointmentReferral", "referred by the head teacher"),
               Referral.PARENT: QT_TRANSLATE_NOOP("AppointmentReferral", "parents' request"),
               Referral.OBSERVATION: QT_TRANSLATE_NOOP("AppointmentReferral", "noticed by staff"),
               Referral.SCREENING: QT_TRANSLATE_NOOP("AppointmentReferral", "screening"),
               Referral.MEETING: QT_TRANSLATE_NOOP("AppointmentReferral", "review meeting")},
    ConflictKind: {
        ConflictKind.COUNSELOR_BUSY: QT_TRANSLATE_NOOP(
            "AppointmentConflict", "The counselor already has an appointment from {start} to {end} on {day}."),
        ConflictKind.ROOM_BUSY: QT_TRANSLATE_NOOP(
            "AppointmentConflict", "The room is already booked from {start} to {end} on {day}."),
        ConflictKind.STUDENT_BUSY: QT_TRANSLATE_NOOP(
            "AppointmentConflict", "A student of this appointment already has one from {start} to {end} on {day}."),
        ConflictKind.OUTSIDE_AVAILABILITY: QT_TRANSLATE_NOOP(
            "AppointmentConflict", "The time is outside the counselor's available hours on this day."),
        ConflictKind.BLOCKED: QT_TRANSLATE_NOOP(
            "AppointmentConflict", "This time is blocked ({reason})."),
        ConflictKind.NOT_SCHOOL_DAY: QT_TRANSLATE_NOOP(
            "AppointmentConflict", "{day} is not a school day (holiday, weekend or vacation)."),
        ConflictKind.CLASS_PERIOD: QT_TRANSLATE_NOOP(
            "AppointmentConflict", "The time falls in a class period ({start}–{end}): the student misses class."),
        ConflictKind.ROOM_TOO_SMALL: QT_TRANSLATE_NOOP(
            "AppointmentConflict", "The room holds {capacity} people; this appointment has {count}."),
    },
}

ACTIVE = frozenset({State.BOOKED.value, State.CONFIRMED.value, State.ARRIVED.value, State.COMPLETED.value})
"""Sessions held or still to come (they count toward the semester cap)."""
HOLDS_SLOT = ACTIVE
"""States whose slot a new booking must not overlap (a missed or cancelled one freed it)."""
FINISHED = frozenset({State.COMPLETED.value, State.NO_SHOW.value, State.CANCELLED_STUDENT.value,
                      State.CANCELLED_COUNSELOR.value, State.LATE_CANCEL.value})
CANCELLED = frozenset({State.CANCELLED_STUDENT.value, State.CANCELLED_COUNSELOR.value, State.LATE_CANCEL.value})

MOVES: dict[str, frozenset[str]] = {
    State.BOOKED.value: frozenset({State.CONFIRMED.value, State.ARRIVED.value, State.NO_SHOW.value} | CANCELLED),
    State.CONFIRMED.value: frozenset({State.ARRIVED.value, State.NO_SHOW.value} | CANCELLED),
    State.ARRIVED.value: frozenset({State.COMPLETED.value}),
}


def may_move(old: str, new: str) -> bool:
    """Whether an appointment may go from state ``old`` to ``new`` (finished states are final)."""
    return new in MOVES.get(old, frozenset())


def may_reschedule(state: str) -> bool:
    """Only an appointment that has not started or ended may move to another time."""
    return state in (State.BOOKED.value, State.CONFIRMED.value)


def cancel_state(by_student: bool, now: datetime, start: datetime, late_hours: int) -> str:
    """The state a cancellation gives: the counselor's, the student's in time, or the student's too late."""
    if not by_student:
        return State.CANCELLED_COUNSELOR.value
    return State.LATE_CANCEL.value if start - now < timedelta(hours=late_hours) else State.CANCELLED_STUDENT.value


def too_late(start: datetime, arrived: datetime, late_minutes: int) -> bool:
    """A student more than ``late_minutes`` late counts as missed (consent form: 30 minutes)."""
    return arrived - start > timedelta(minutes=late_minutes)


# -- times ---------------------------------------------------------------------------------------------------------

def parse_time(value: str | time) -> time:
    """'08:30' or a time; ValueError otherwise."""
    if isinstance(value, time):
        return value.replace(second=0, microsecond=0)
    text = (value or "").strip().replace("：", ":")
    hh, _, mm = text.partition(":")
    if not (hh.isdigit() and mm.isdigit() and len(mm) == 2 and len(hh) in (1, 2)):
        raise ValueError("not a time")
    return time(int(hh), int(mm))


def hhmm(t: time) -> str:
    return t.strftime("%H:%M")


def add_minutes(t: time, minutes: int) -> time:
    """``t`` plus ``minutes``; ValueError past midnight."""
    total = t.hour * 60 + t.minute + minutes
    if not 0 <= total < 24 * 60:
        raise ValueError("past midnight")
    return time(total // 60, total % 60)


def overlaps(a_start: time, a_end: time, b_start: time, b_end: time) -> bool:
    """Half-open intervals: 09:00–09:50 and 09:50–10:40 do not overlap."""
    return a_start < b_end and b_start < a_end


def overlapping(spans: Iterable[tuple[time, time]]) -> tuple[int, int] | None:
    """The first two of ``spans`` (indexes as given, the earlier one first) that overlap, or None. Class periods
    08:00–08:45 and 08:40–09:25 overlap; 08:00–08:45 and 08:45–09:30 do not (half-open, as bookings)."""
    order = sorted(enumerate(spans), key=lambda x: (x[1][0], x[1][1], x[0]))
    latest = None          # the span seen so far that ends last: (index, (start, end))
    for i, (s, e) in order:
        if latest is not None and overlaps(s, e, *latest[1]):
            return latest[0], i
        if latest is None or e > latest[1][1]:
            latest = (i, (s, e))
    return None


# -- conflicts -----------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Booking:
    """An existing appointment as the conflict check sees it (one that holds its slot)."""
    id: int
    counselor_id: int
    room_id: int | None
    student_ids: frozenset[int]
    day: date
    start: time
    end: time


@dataclass(frozen=True)
class Proposal:
    """An appointment to book or move to."""
    counselor_id: int
    day: date
    start: time
    end: time
    kind: str = Kind.INDIVIDUAL.value
    mode: str = Mode.ROOM.value
    room_id: int | None = None
    student_ids: frozenset[int] = frozenset()
    people: int = 0               # people in the room (students and parents); 0 = the students
    moving: int | None = None     # the appointment being moved: it is no conflict with itself


@dataclass(frozen=True)
class Window:
    """A counselor's available time on a weekday (0 = Monday)."""
    weekday: int
    start: time
    end: time


@dataclass(frozen=True)
class Block:
    """A blocked date or time: the counselor's (a training), a room's (repairs) or the office's (counselor and room
    None). Whole day when start is None."""
    day: date
    counselor_id: int | None = None
    room_id: int | None = None
    start: time | None = None
    end: time | None = None
    reason: str = ""


@dataclass(frozen=True)
class Conflict:
    kind: str                       # ConflictKind
    blocking: bool                  # False: a warning the booking may go ahead with
    other_id: int | None = None     # the appointment in the way
    params: tuple[tuple[str, object], ...] = ()

    @property
    def message(self) -> Text:
        return ConflictKind(self.kind).label

    @property
    def values(self) -> dict:
        return dict(self.params)


def conflicts(p: Proposal, existing: Iterable[Booking], *, windows: Iterable[Window] | None, blocks: Iterable[Block],
              school_day: bool, timetable: int | None = None, class_periods: Iterable[tuple[time, time]] = (),
              room_capacity: int | None = None) -> list[Conflict]:
    """Every conflict of ``p``: blocking first, then warnings. ``windows``: the counselor's availability (None:
    the counselor set none, so any time is available); ``timetable``: the weekday whose availability applies
    (a make-up workday follows another weekday's; default the day's own). A crisis makes every conflict a
    warning (it never waits); class periods are a warning for every kind."""
    crisis = p.kind == Kind.CRISIS.value
    hard = not crisis
    out: list[Conflict] = []
    day = p.day.isoformat()
    if not school_day:
        out.append(Conflict(ConflictKind.NOT_SCHOOL_DAY.value, hard, params=(("day", day),)))
    for b in existing:
        if b.id == p.moving or b.day != p.day or not overlaps(p.start, p.end, b.start, b.end):
            continue
        span = (("day", day), ("start", hhmm(b.start)), ("end", hhmm(b.end)))
        if b.counselor_id == p.counselor_id:
            out.append(Conflict(ConflictKind.COUNSELOR_BUSY.value, hard, b.id, span))
        if p.mode == Mode.ROOM.value and p.room_id is not None and b.room_id == p.room_id:
            out.append(Conflict(ConflictKind.ROOM_BUSY.value, hard, b.id, span))
        if p.student_ids & b.student_ids:
            out.append(Conflict(ConflictKind.STUDENT_BUSY.value, hard, b.id, span))
    if windows is not None:
        weekday = p.day.weekday() if timetable is None else timetable
        if not any(w.weekday == weekday and w.start <= p.start and p.end <= w.end for w in windows):
            out.append(Conflict(ConflictKind.OUTSIDE_AVAILABILITY.value, hard))
    for blk in blocks:
        if blk.day != p.day:
            continue
        mine = (blk.counselor_id is None and blk.room_id is None) or blk.counselor_id == p.counselor_id or (
            blk.room_id is not None and p.mode == Mode.ROOM.value and blk.room_id == p.room_id)
        if mine and (blk.start is None or overlaps(p.start, p.end, blk.start, blk.end or time(23, 59))):
            out.append(Conflict(ConflictKind.BLOCKED.value, hard, params=(("reason", blk.reason or "—"),)))
    count = p.people or len(p.student_ids)
    if p.mode == Mode.ROOM.value and room_capacity is not None and count > room_capacity:
        out.append(Conflict(ConflictKind.ROOM_TOO_SMALL.value, hard,
                            params=(("capacity", room_capacity), ("count", count))))
    if p.student_ids and p.kind != Kind.PARENT.value:
        for s, e in class_periods:
            if overlaps(p.start, p.end, s, e):
                out.append(Conflict(ConflictKind.CLASS_PERIOD.value, False, params=(("start", hhmm(s)),
                                                                                      ("end", hhmm(e)))))
                break
    return sorted(out, key=lambda c: not c.blocking)


def blocking(found: Iterable[Conflict]) -> list[Conflict]:
    return [c for c in found if c.blocking]


# -- no-shows and the semester cap ------------------------------------------------------------------------------

MISSED = frozenset({State.NO_SHOW.value, State.LATE_CANCEL.value})


def unexcused_misses(history: Iterable[tuple[str, bool]]) -> int:
    """How many of a student's appointments (state, excused) count as unexcused misses: not come, or cancelled too
    late, and not excused by the counselor."""
    return sum(1 for state, excused in history if state in MISSED and not excused)


def back_to_waitlist(misses: int, limit: int) -> bool:
    """Three unexcused misses (the office's limit) send the student back to the waiting list."""
    return limit > 0 and misses >= limit


def over_cap(sessions_this_semester: int, cap: int) -> bool:
    """Whether one more session passes the semester's cap (10 by default; an override with a reason allows it)."""
    return cap > 0 and sessions_this_semester + 1 > cap


def counts_toward_cap(state: str) -> bool:
    """Sessions held or still to come count; cancelled and missed ones do not."""
    return state in ACTIVE


def codes(enum: type[Code]) -> tuple[str, ...]:
    return tuple(m.value for m in enum)


def never_waits(level: str | None, ranks: dict[str, int]) -> bool:
    """Whether a watch-list student at ``level`` must never be left on the waiting list: the two most serious of
    the office's levels (重点关注 and 高危 by default). ``ranks``: {level code: rank} of the office's levels."""
    if not level or level not in ranks:
        return False
    top = sorted(ranks.values(), reverse=True)[:2]
    return ranks[level] >= min(top)


def fits(preferred: str, weekday: int, start: time, end: time) -> bool:
    """Whether a slot fits a request's preferred times ('weekday HH:MM-HH:MM;…', '' = any time)."""
    if not preferred.strip():
        return True
    for part in preferred.split(";"):
        wd, _, times = part.strip().partition(" ")
        s, _, e = times.partition("-")
        try:
            if int(wd) == weekday and parse_time(s) <= start and end <= parse_time(e):
                return True
        except ValueError:
            continue
    return False


# The other code lists the schema checks (store: appointment_history.kind, appt_request.kind and .state).
HISTORY_KINDS = ("booked", "moved", "state", "excused")
REQUEST_KINDS = (Kind.INDIVIDUAL.value, Kind.GROUP.value, Kind.PARENT.value)
REQUEST_STATES = ("waiting", "offered", "booked", "expired", "withdrawn")
