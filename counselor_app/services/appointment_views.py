"""What the appointment pages read: a counselor's or a room's week, today's list, a student's appointments, a
counselor's caseload. Names and times only (the assistant sees these too); reasons and records are elsewhere, for
those who may read them. Each look at students' appointments is audited (a week as one row naming the counselor or
room and how many appointments it showed; a student's list under the student).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from counselor_app.domain import appointment as rules
from counselor_app.domain.appointment import Window
from counselor_app.domain.holidays import DayInfo
from counselor_app.domain.roles import Permission, Role
from counselor_app.services import appointment_setup as setup
from counselor_app.services.appointments import clinical
from counselor_app.services.operations import operation
from counselor_app.services.session import Session
from counselor_app.store import appointment_requests as request_store, appointments as store, watch as watch_store


@dataclass(frozen=True)
class WeekDay:
    day: date
    info: DayInfo
    school_day: bool


@dataclass(frozen=True)
class Week:
    monday: date
    days: tuple[WeekDay, ...]
    appointments: tuple[store.AppointmentRow, ...]
    hours: tuple[Window, ...]                 # the counselor's available hours ((): any time, or a room's week)
    blocked: tuple[store.BlockedRow, ...]


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def week_rows(session: Session, monday: date, counselor_id: int | None, room_id: int | None
              ) -> list[store.AppointmentRow]:
    return store.between(session.conn, monday.isoformat(), (monday + timedelta(days=6)).isoformat(),
                         counselor_id=counselor_id, room_id=room_id)


@operation(Permission.MANAGE_APPOINTMENTS, audit="view.appointment_week")
def week(session: Session, day: date, *, counselor_id: int | None = None, room_id: int | None = None) -> Week:
    """The week (Monday to Sunday) holding ``day`` of one counselor or one room."""
    if (counselor_id is None) == (room_id is None):
        raise ValueError("a week of one counselor or one room")
    monday = monday_of(day)
    facts = setup.CalendarFacts(session)
    days = tuple(WeekDay(d, facts.calendar.day(d), facts.calendar.is_school_day(d))
                 for d in (monday + timedelta(days=n) for n in range(7)))
    rows = week_rows(session, monday, counselor_id, room_id)
    hours = tuple(setup.windows_of(session, counselor_id) or ()) if counselor_id is not None else ()
    blocked = tuple(b for b in store.blocked(session.conn, monday.isoformat(), (monday + timedelta(days=6)).isoformat())
                    if (b.counselor_id is None and b.room_id is None) or
                    (counselor_id is not None and b.counselor_id == counselor_id) or
                    (room_id is not None and b.room_id == room_id))
    target = ("app_user", counselor_id) if counselor_id is not None else ("appt_room", room_id)
    session.audit("view.appointment_week", *target, detail=f"week={monday.isoformat()} shown={len(rows)}")
    return Week(monday, days, tuple(rows), hours, blocked)


@dataclass(frozen=True)
class Today:
    day: date
    appointments: tuple[store.AppointmentRow, ...]     # the day's, in time order (a counselor: their own)
    unmarked: tuple[int, ...]                          # started and not yet marked arrived / missed
    without_record: tuple[store.AppointmentRow, ...]   # completed sessions without a record (counselors only)
    urgent_requests: tuple[request_store.RequestRow, ...]   # never left waiting (counselors and the head)
    waiting: int                                       # requests on the waiting list
    offers: int                                        # slots offered, waiting for an answer


@operation(Permission.MANAGE_APPOINTMENTS, audit="view.appointment_day")
def today(session: Session, *, now: datetime | None = None) -> Today:
    """The start page's day list: who is coming, who has not been marked, records missing, urgent requests."""
    now = now or datetime.now()
    day = now.date()
    mine = session.user.id if session.user.role is Role.COUNSELOR else None
    rows = store.between(session.conn, day.isoformat(), day.isoformat(), counselor_id=mine)
    unmarked = tuple(r.id for r in rows if r.state in (rules.State.BOOKED.value, rules.State.CONFIRMED.value)
                     and datetime.combine(day, rules.parse_time(r.start)) <= now)
    show = clinical(session)
    missing = tuple(store.without_record(session.conn, session.user.id)) if show else ()
    requests = request_store.open_requests(session.conn)
    urgent = tuple(r for r in requests if r.urgent) if show else ()
    session.audit("view.appointment_day", "app_user", session.user.id,
                  detail=f"day={day.isoformat()} shown={len(rows)}")
    return Today(day, tuple(rows), unmarked, missing, urgent, sum(1 for r in requests if r.state == "waiting"),
                 sum(1 for r in requests if r.state == "offered"))


@operation(Permission.MANAGE_APPOINTMENTS, audit="view.appointments", target="student")
def student_appointments(session: Session, student_id: int) -> list[store.AppointmentRow]:
    """A student's appointments, newest first (the profile hub's section)."""
    rows = store.of_student(session.conn, student_id)
    session.audit("view.appointments", "student", student_id, detail=f"shown={len(rows)}")
    return rows


@dataclass(frozen=True)
class CaseRow:
    student_id: int
    name: str
    student_no: str
    level: str                     # the open watch-list entry's level code, '' none
    last_session: str | None
    next_session: str | None
    sessions_this_semester: int


@operation((Permission.MANAGE_APPOINTMENTS, Permission.VIEW_WATCHLIST), audit="view.caseload", target="app_user")
def caseload(session: Session, counselor_id: int, *, today_: date | None = None) -> list[CaseRow]:
    """A counselor's students this semester: risk level, last and next session, sessions this semester."""
    day = today_ or date.today()
    facts = setup.CalendarFacts(session)
    semester = facts.semester_of(day) or (day.replace(month=1, day=1).isoformat(), day.isoformat())
    rows = store.caseload(session.conn, counselor_id, semester[0], semester[1], day.isoformat())
    levels = {}
    for sid, *_ in rows:
        entry = watch_store.open_entry_of(session.conn, sid)
        levels[sid] = entry.level if entry else ""
    session.audit("view.caseload", "app_user", counselor_id, detail=f"shown={len(rows)}")
    return [CaseRow(sid, name, no, levels[sid], last, nxt, int(n or 0)) for sid, name, no, last, nxt, n in rows]
