"""What appointments are booked into: the office's rules (session length, late cancellation, the semester cap …),
the class periods (Monday's, and a weekday's own where it differs), rooms, each counselor's weekly available hours
and blocked dates; and the calendar facts a booking is checked against. Everyone who manages appointments reads
them; the office head changes the rules, class periods, rooms and blocked dates; counselors set their own hours (the
head anyone's, the assistant anyone's: the assistant keeps the diary).
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, time, timedelta

from counselor_app.domain import appointment as rules, policy
from counselor_app.domain.appointment import Block, Window, hhmm, parse_time
from counselor_app.domain.areas import Area
from counselor_app.domain.duty import WEEKDAYS
from counselor_app.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from counselor_app.domain.roles import Permission, Role
from counselor_app.services.operations import changing, operation
from counselor_app.services.session import Session
from counselor_app.store import appointments as store, office as office_store, school_years

RULES_SETTING = "appointments.rules"
K12_PERIODS = (("08:00", "08:45"), ("08:55", "09:40"), ("10:00", "10:45"), ("10:55", "11:40"), ("14:00", "14:45"),
               ("14:55", "15:40"), ("16:00", "16:45"))

BAD_RULE = QT_TRANSLATE_NOOP("Errors", "{name} must be between {min} and {max}.")
BAD_TIME = QT_TRANSLATE_NOOP("Errors", "\"{value}\" is not a time of day (write it as 14:30).")
BAD_SPAN = QT_TRANSLATE_NOOP("Errors", "The end {end} is not after the start {start}.")
BAD_WEEKDAY = QT_TRANSLATE_NOOP("Errors", "Unknown day of the week.")
NO_ROOM_NAME = QT_TRANSLATE_NOOP("Errors", "Give the room a name.")
ROOM_EXISTS = QT_TRANSLATE_NOOP("Errors", "A room of this name exists already.")
BAD_ROOM_KIND = QT_TRANSLATE_NOOP("Errors", "Choose the kind of room (individual or group).")
BAD_CAPACITY = QT_TRANSLATE_NOOP("Errors", "A room holds between 1 and 200 people.")
NO_ROOM = QT_TRANSLATE_NOOP("Errors", "This room does not exist.")
NO_COUNSELOR = QT_TRANSLATE_NOOP("Errors", "Choose a counselor (an active account of a counselor or the office head).")
OWN_HOURS = QT_TRANSLATE_NOOP("Errors", "A counselor sets only their own available hours.")
NO_BLOCK = QT_TRANSLATE_NOOP("Errors", "This blocked time does not exist.")
REASON_TOO_LONG = QT_TRANSLATE_NOOP("Errors", "The reason is too long (at most {max} characters).")
OVERLAPPING_HOURS = QT_TRANSLATE_NOOP("Errors", "Two available times overlap on the same day.")
PERIOD_TIME = QT_TRANSLATE_NOOP("Errors", "{day}, period {n}: \"{value}\" is not a time of day (write it as 14:30).")
PERIOD_SPAN = QT_TRANSLATE_NOOP("Errors", "{day}, period {n}: the end {end} is not after the start {start}.")
PERIOD_OVERLAP = QT_TRANSLATE_NOOP("Errors", "{day}: period {n} ({start}–{end}) overlaps period {m} "
                                             "({other_start}–{other_end}).")
TOO_MANY_PERIODS = QT_TRANSLATE_NOOP("Errors", "{day}: at most {max} class periods a day.")
MONDAY_PERIODS = QT_TRANSLATE_NOOP("Errors", "Monday's class periods are the other days' default: give them (none "
                                             "is an empty list).")
MAX_PERIODS = 16
RULE_NAMES = {
    "minutes": QT_TRANSLATE_NOOP("AppointmentRules", "The length of a session (minutes)"),
    "late_cancel_hours": QT_TRANSLATE_NOOP("AppointmentRules", "Cancel at least this many hours ahead"),
    "late_minutes": QT_TRANSLATE_NOOP("AppointmentRules", "Minutes late that count as missed"),
    "semester_cap": QT_TRANSLATE_NOOP("AppointmentRules", "Sessions per student per semester (0: no limit)"),
    "miss_limit": QT_TRANSLATE_NOOP("AppointmentRules", "Unexcused misses that send a student back to the waiting "
                                                        "list (0: never)"),
    "offer_hours": QT_TRANSLATE_NOOP("AppointmentRules", "Hours a freed slot stays offered"),
}
RANGES = {"minutes": (15, 180), "late_cancel_hours": (0, 168), "late_minutes": (5, 120), "semester_cap": (0, 100),
          "miss_limit": (0, 20), "offer_hours": (1, 168)}


@dataclass(frozen=True)
class AppointmentRules:
    """The office's appointment rules (consent form defaults: 50 minutes at a university, 40 in K-12; 24 hours; 30
    minutes late; 10 sessions a semester; three misses)."""
    minutes: int = 40
    late_cancel_hours: int = 24
    late_minutes: int = 30
    semester_cap: int = 10
    miss_limit: int = 3
    offer_hours: int = 24
    class_periods: tuple[tuple[str, str], ...] = field(default=K12_PERIODS)     # Monday's: every day's default
    weekday_periods: tuple[tuple[int, tuple[tuple[str, str], ...]], ...] = ()   # (weekday, periods): a day's own

    def periods_of(self, weekday: int) -> tuple[tuple[str, str], ...]:
        """The class periods of a weekday (0 = Monday): its own when set, else Monday's."""
        return dict(self.weekday_periods).get(weekday, self.class_periods)

    def same_as_monday(self, weekday: int) -> bool:
        return weekday not in dict(self.weekday_periods)

    def periods(self, weekday: int = 0) -> list[tuple[time, time]]:
        return [(parse_time(s), parse_time(e)) for s, e in self.periods_of(weekday)]


def _defaults(session: Session) -> AppointmentRules:
    kind = policy.school_category(office_store.profile(session.conn).school_type.value)
    if kind == policy.UNIVERSITY:
        return AppointmentRules(minutes=50, class_periods=())
    return AppointmentRules()


def rules_of(session: Session) -> AppointmentRules:
    stored = office_store.get_setting(session.conn, RULES_SETTING, {}) or {}
    base = _defaults(session)
    known = {k: int(v) for k, v in stored.items() if k in RANGES}
    periods = stored.get("class_periods")
    out = replace(base, **known)
    if periods is not None:
        out = replace(out, class_periods=tuple(tuple(p) for p in periods))
    own = stored.get("weekday_periods") or {}
    return replace(out, weekday_periods=tuple((int(wd), tuple(tuple(p) for p in own[wd]))
                                              for wd in sorted(own, key=int)))


@operation(Permission.MANAGE_APPOINTMENTS, target="setting")
def appointment_rules(session: Session) -> AppointmentRules:
    return rules_of(session)


def time_of(value: str | time) -> time:
    try:
        return parse_time(value)
    except ValueError:
        raise ValidationError(BAD_TIME, value=str(value)[:10]) from None


def span(start: str | time, end: str | time) -> tuple[time, time]:
    s, e = time_of(start), time_of(end)
    if e <= s:
        raise ValidationError(BAD_SPAN, start=hhmm(s), end=hhmm(e))
    return s, e


def checked_periods(weekday: int, periods) -> list[list[str]]:
    """A day's class periods as stored ([['08:00', '08:45'], …] by start), or a ValidationError naming the day and
    the period (numbered as given): a time that is none, an end not after its start, two periods that overlap."""
    if not 0 <= int(weekday) <= 6:
        raise ValidationError(BAD_WEEKDAY)
    day = WEEKDAYS[int(weekday)]
    periods = tuple(periods)
    if len(periods) > MAX_PERIODS:
        raise ValidationError(TOO_MANY_PERIODS, day=day, max=MAX_PERIODS)
    spans = []
    for n, (start, end) in enumerate(periods, 1):
        times = []
        for value in (start, end):
            try:
                times.append(parse_time(value))
            except ValueError:
                raise ValidationError(PERIOD_TIME, day=day, n=n, value=str(value)[:10]) from None
        if times[1] <= times[0]:
            raise ValidationError(PERIOD_SPAN, day=day, n=n, start=hhmm(times[0]), end=hhmm(times[1]))
        spans.append((times[0], times[1]))
    clash = rules.overlapping(spans)
    if clash is not None:
        (s1, e1), (s2, e2) = spans[clash[1]], spans[clash[0]]
        raise ValidationError(PERIOD_OVERLAP, day=day, n=clash[1] + 1, start=hhmm(s1), end=hhmm(e1),
                              m=clash[0] + 1, other_start=hhmm(s2), other_end=hhmm(e2))
    return [[hhmm(s), hhmm(e)] for s, e in sorted(spans)]


@operation(Permission.EDIT_SETTINGS, changes={Area.APPOINTMENTS}, audit="setting.change", target="setting")
def set_class_periods(session: Session, by_weekday: dict) -> AppointmentRules:
    """Set the class periods of some weekdays ({0-6: periods or None}; periods (('08:00', '08:45'), …), () for a
    day without classes). Monday's (0) are every other day's default; None sets a day back to the same as Monday.
    Each day is checked (times, end after start, no two periods overlapping) before anything is saved."""
    current = office_store.get_setting(session.conn, RULES_SETTING, {}) or {}
    own = {int(k): v for k, v in (current.get("weekday_periods") or {}).items()}
    monday = current.get("class_periods")
    for weekday, periods in sorted(by_weekday.items()):
        if periods is None:
            if int(weekday) == 0:
                raise ValidationError(MONDAY_PERIODS)
            checked_periods(weekday, ())          # the weekday is one
            own.pop(int(weekday), None)
        elif int(weekday) == 0:
            monday = checked_periods(0, periods)
        else:
            own[int(weekday)] = checked_periods(weekday, periods)
    new = current | {"weekday_periods": {str(k): own[k] for k in sorted(own)}}
    if monday is not None:
        new["class_periods"] = monday
    days = ",".join(str(k) for k in sorted(by_weekday))
    with changing(session, "setting.change", "setting", RULES_SETTING, f"class_periods={days}"):
        office_store.set_setting(session.conn, RULES_SETTING, new)
    return rules_of(session)


@operation(Permission.EDIT_SETTINGS, changes={Area.APPOINTMENTS}, audit="setting.change", target="setting")
def set_appointment_rules(session: Session, values: dict, class_periods: tuple | None = None) -> AppointmentRules:
    """Change some of the rules ({name: number}); ``class_periods``: Monday's class periods (('08:00', '08:45'), …),
    the default of the other days (set_class_periods sets a day's own)."""
    current = office_store.get_setting(session.conn, RULES_SETTING, {}) or {}
    for key, value in values.items():
        low, high = RANGES.get(key, (None, None))
        if low is None:
            raise ValueError(f"unknown appointment rule {key!r}")
        if not low <= int(value) <= high:
            raise ValidationError(BAD_RULE, name=RULE_NAMES[key], min=low, max=high)
    new = current | {k: int(v) for k, v in values.items()}
    if class_periods is not None:
        new["class_periods"] = checked_periods(0, class_periods)
    with changing(session, "setting.change", "setting", RULES_SETTING, ",".join(sorted(new))):
        office_store.set_setting(session.conn, RULES_SETTING, new)
    return rules_of(session)


# -- rooms ------------------------------------------------------------------------------------------------------

@operation(Permission.MANAGE_APPOINTMENTS)
def list_rooms(session: Session, *, all_rooms: bool = False) -> list[store.RoomRow]:
    return store.rooms(session.conn, all_rooms=all_rooms)


@operation(Permission.EDIT_SETTINGS, changes={Area.APPOINTMENTS}, audit="appointment.room", target="appt_room")
def save_room(session: Session, name: str, kind: str = "individual", capacity: int = 2, active: bool = True,
              room_id: int | None = None) -> int:
    name = (name or "").strip()
    if not name or len(name) > 30:
        raise ValidationError(NO_ROOM_NAME)
    if kind not in rules.codes(rules.RoomKind):
        raise ValidationError(BAD_ROOM_KIND)
    if not 1 <= int(capacity) <= 200:
        raise ValidationError(BAD_CAPACITY)
    other = store.room_named(session.conn, name)
    if other is not None and other != room_id:
        raise ValidationError(ROOM_EXISTS)
    if room_id is not None and store.room(session.conn, room_id) is None:
        raise ValidationError(NO_ROOM)
    with changing(session, "appointment.room", "appt_room") as note:
        room_id = store.save_room(session.conn, room_id, name, kind, int(capacity), active)
        note.target_id = room_id
    return room_id


# -- counselors and their hours -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Counselor:
    id: int            # the account
    name: str


def counselors_of(session: Session) -> list[Counselor]:
    return [Counselor(i, n) for i, n in store.counselor_accounts(session.conn)]


@operation(Permission.MANAGE_APPOINTMENTS)
def list_counselors(session: Session) -> list[Counselor]:
    """The accounts appointments are booked with: active counselors and office heads."""
    return counselors_of(session)


def check_counselor(session: Session, counselor_id: int) -> Counselor:
    found = next((c for c in counselors_of(session) if c.id == counselor_id), None)
    if found is None:
        raise ValidationError(NO_COUNSELOR)
    return found


@operation(Permission.MANAGE_APPOINTMENTS, target="app_user")
def counselor_hours(session: Session, counselor_id: int) -> list[Window]:
    return windows_of(session, counselor_id) or []


def windows_of(session: Session, counselor_id: int) -> list[Window] | None:
    rows = store.availability(session.conn, counselor_id)
    return [Window(r.weekday, parse_time(r.start), parse_time(r.end)) for r in rows] if rows else None


@operation(Permission.MANAGE_APPOINTMENTS, changes={Area.APPOINTMENTS}, audit="appointment.hours", target="app_user")
def set_counselor_hours(session: Session, counselor_id: int, windows: tuple[tuple[int, str, str], ...]) -> None:
    """A counselor's weekly available hours: (weekday 0-6, start, end), replacing the old ones; () = any time."""
    check_counselor(session, counselor_id)
    if session.user.role is Role.COUNSELOR and counselor_id != session.user.id:
        raise ValidationError(OWN_HOURS)
    parsed = []
    for weekday, start, end in windows:
        if not 0 <= int(weekday) <= 6:
            raise ValidationError(BAD_WEEKDAY)
        s, e = span(start, end)
        parsed.append((int(weekday), s, e))
    parsed.sort()
    for (w1, _s1, e1), (w2, s2, _e2) in zip(parsed, parsed[1:]):
        if w1 == w2 and s2 < e1:
            raise ValidationError(OVERLAPPING_HOURS)
    with changing(session, "appointment.hours", "app_user", counselor_id, f"windows={len(parsed)}"):
        store.set_availability(session.conn, counselor_id, [(w, hhmm(s), hhmm(e)) for w, s, e in parsed])


# -- blocked dates ----------------------------------------------------------------------------------------------

@operation(Permission.MANAGE_APPOINTMENTS, changes={Area.APPOINTMENTS}, audit="appointment.block", target="appt_block")
def block_time(session: Session, day: date, reason: str = "", counselor_id: int | None = None,
               room_id: int | None = None, start: str | None = None, end: str | None = None) -> int:
    """Block a day (or a time of it) for a counselor, a room, or the whole office (neither given)."""
    if counselor_id is not None:
        check_counselor(session, counselor_id)
    if room_id is not None and store.room(session.conn, room_id) is None:
        raise ValidationError(NO_ROOM)
    times = (None, None) if start is None and end is None else tuple(hhmm(t) for t in span(start, end))
    reason = (reason or "").strip()
    if len(reason) > 50:
        raise ValidationError(REASON_TOO_LONG, max=50)
    with changing(session, "appointment.block", "appt_block") as note:
        note.target_id = store.add_blocked(session.conn, day.isoformat(), counselor_id, room_id, times[0], times[1],
                                           reason, session.user.id, _now())
    return int(note.target_id)


@operation(Permission.MANAGE_APPOINTMENTS, changes={Area.APPOINTMENTS}, audit="appointment.unblock",
           target="appt_block")
def unblock_time(session: Session, blocked_id: int) -> None:
    with changing(session, "appointment.unblock", "appt_block", blocked_id):
        if not store.remove_blocked(session.conn, blocked_id):
            raise ValidationError(NO_BLOCK)


@operation(Permission.MANAGE_APPOINTMENTS)
def list_blocks(session: Session, start: date, days: int = 366) -> list[store.BlockedRow]:
    """The blocked dates and times from ``start`` on (a year by default), by day: the set-up dialog lists them."""
    return store.blocked(session.conn, start.isoformat(), (start + timedelta(days=days)).isoformat())


def blocks_of(session: Session, start: date, end: date) -> list[Block]:
    return [Block(date.fromisoformat(b.day), b.counselor_id, b.room_id,
                  parse_time(b.start) if b.start else None, parse_time(b.end) if b.end else None, b.reason)
            for b in store.blocked(session.conn, start.isoformat(), end.isoformat())]


def _now() -> str:
    from counselor_app.store.audit import now_iso

    return now_iso()


# -- the calendar facts of a day --------------------------------------------------------------------------------

@dataclass(frozen=True)
class DayFacts:
    school_day: bool
    timetable: int | None           # the weekday whose hours apply (a make-up workday follows another)
    semester: tuple[str, str] | None   # (start, end) of the semester holding the day


class CalendarFacts:
    """The school calendar as bookings need it, built once per call (a series asks for many days)."""

    def __init__(self, session: Session) -> None:
        from counselor_app.services.school_calendar import _calendar

        self.calendar = _calendar(session)
        self.semesters = sorted((s.start_date, s.end_date) for s in school_years.all_semesters(session.conn))
        self._follows: dict[int, dict[date, int]] = {}

    def follows(self, year: int) -> dict[date, int]:
        found = self._follows.get(year)
        if found is None:
            from counselor_app.domain.duty_days import replaced_weekdays

            found = self._follows[year] = replaced_weekdays(self.calendar, date(year, 1, 1), date(year, 12, 31))
        return found

    def all_follows(self, start: date, end: date) -> dict[date, int]:
        out: dict[date, int] = {}
        for year in range(start.year, end.year + 1):
            out.update(self.follows(year))
        return out

    def semester_of(self, day: date) -> tuple[str, str] | None:
        iso = day.isoformat()
        return next((s for s in self.semesters if s[0] <= iso <= s[1]), None)

    def facts(self, day: date) -> DayFacts:
        school = self.calendar.is_school_day(day)
        timetable = day.weekday()
        if school and day.weekday() >= 5:
            timetable = self.follows(day.year).get(day)
        return DayFacts(school, timetable, self.semester_of(day))
