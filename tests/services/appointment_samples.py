"""The permission matrix's appointments (permission_samples.py imports these): the prepared records and one sample
call per appointment operation (services/appointment*.py, session_records.py).

Times: the samples run now (the services' clock), so the prepared appointments lie on the coming school days and
the held ones on the last school days before today."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, Callable

from counselor_app.domain.roles import Role
from counselor_app.services import (appointment_series, appointment_setup, appointment_waitlist, appointments,
                                    school_calendar, session_records, watch)
from counselor_app.store import session_records as record_store

RECORD = session_records.RecordEdit(complaint="样例主诉", process="样例过程")


def _school_days(s, start: date, step: int, count: int) -> list[date]:
    cal = school_calendar.calendar(s)
    out, day = [], start
    while len(out) < count and abs((day - start).days) < 400:
        if cal.is_school_day(day) and day.weekday() < 5:
            out.append(day)
        day += timedelta(days=step)
    return out


def _held(s, counselor: int, student: int, day: date, start: str, room: int) -> int:
    past = datetime.combine(day, datetime.min.time())
    booked = appointments.book(s, appointments.BookingEdit(counselor, day, start, (student,), room_id=room), now=past)
    appointments.arrive(s, booked.id, at=datetime.combine(day, appointments.rules.parse_time(start)))
    appointments.complete(s, booked.id)
    return booked.id


def prepare_appointments(s, students: list[int], head: int, counselor: int) -> dict:
    """Two rooms, a blocked time; coming appointments (to move, confirm, arrive, cancel, a no-show, a series); held
    sessions of the head and the counselor with records (signed and not) of a watch-list student; a waiting request
    and an offered one."""
    today = date.today()
    coming = _school_days(s, today + timedelta(days=3), 1, 6)
    past = _school_days(s, today - timedelta(days=1), -1, 3)
    room = appointment_setup.save_room(s, "样例辅导室", "individual", 2)
    spare = appointment_setup.save_room(s, "样例团辅室", "group", 12)
    blocked = appointment_setup.block_time(s, coming[-1], "培训", room_id=spare)
    a, b, c, d, e, f, g, h = students[:8]

    def book(student, day, start, who=counselor):
        return appointments.book(s, appointments.BookingEdit(who, day, start, (student,), room_id=room)).id

    booked = book(a, coming[0], "12:10")
    to_confirm = book(b, coming[0], "13:00")
    past_start = datetime.combine(past[0], datetime.min.time())
    missed = appointments.book(s, appointments.BookingEdit(counselor, past[0], "16:50", (c,), room_id=room),
                               now=past_start).id
    excused = appointments.book(s, appointments.BookingEdit(counselor, past[0], "17:40", (c,), room_id=room),
                                now=past_start).id
    appointments.no_show(s, excused)
    arriving = appointments.book(s, appointments.BookingEdit(counselor, past[0], "18:30", (d,), room_id=room),
                                 now=past_start).id
    arrived = appointments.book(s, appointments.BookingEdit(counselor, past[0], "19:20", (d,), room_id=room),
                                now=past_start).id
    appointments.arrive(s, arrived, at=datetime.combine(past[0], appointments.rules.parse_time("19:20")))
    series = appointment_series.book_series(s, appointment_series.SeriesEdit(
        appointments.BookingEdit(counselor, coming[1], "12:10", (e,), room_id=room), sessions=3))
    # the watch-list student: held sessions of the head and the counselor (records: prepare_records)
    watch.open_entry(s, watch.NewEntry(f, watch.EntryEdit("staff", "样例"), "yellow", "mild", "following",
                                       past[-1] - timedelta(days=7)))
    held = {}
    times = iter(["08:00", "08:50", "09:40", "10:30", "11:20", "14:00"])
    for who in (head, counselor):
        held[who] = [_held(s, who, f, past[-1], next(times), room) for _ in range(3)]
    offered_to = appointment_waitlist.add_request(s, appointment_waitlist.RequestEdit(h)).id
    freed = book(students[8], coming[2], "12:10")
    appointments.cancel(s, freed, False)      # offered to ``h``
    waiting = appointment_waitlist.add_request(s, appointment_waitlist.RequestEdit(g)).id
    return dict(room=room, spare=spare, blocked=blocked, booked=booked, to_confirm=to_confirm, missed=missed,
                excused=excused, arriving=arriving, arrived=arrived, series=series.id,
                series_appointment=series.appointment_ids[0], held=held, records={}, unwritten={},
                waiting=waiting, offered=offered_to, coming=coming, past=past, free_student=students[9],
                head=head, counselor=counselor, watch_student=f, booked_student=a)


def prepare_records(s, facts: dict) -> None:
    """The author logged in as ``s``: a signed and an unsigned record of two held sessions, the third unwritten."""
    signed, unsigned, unwritten = facts["held"][s.user.id]
    for appt, sign in ((signed, True), (unsigned, False)):
        rid = session_records.save_record(s, appt, RECORD)
        if sign:
            session_records.sign_record(s, rid)
        facts["records"][s.user.id, sign] = rid
    facts["unwritten"][s.user.id] = unwritten


def _author(c) -> int:
    """The author of the record the variant names: one's own, or the other clinical account's."""
    ap = c.p.appointments
    me = c.session.user.id
    if c.variant == "author":
        return me if me in (ap["head"], ap["counselor"]) else ap["counselor"]
    return ap["counselor"] if me == ap["head"] else ap["head"]


def record_of(c, signed: bool = True) -> Any:
    """The session record of the variant (for RECORDS and the samples)."""
    return record_store.record(c.session.conn, c.p.appointments["records"][_author(c), signed])


def _me(c) -> int:
    """An account to book with: one's own when one holds sessions, else the counselor's."""
    ap = c.p.appointments
    return c.session.user.id if c.session.user.role is not Role.ASSISTANT else ap["counselor"]


def _call(*args, **kwargs):
    return args, kwargs


def _edit(c, student_key: str = "free_student", start: str = "14:50", day: int = 3, **kw):
    ap = c.p.appointments
    student = ap[student_key] if isinstance(student_key, str) else student_key
    return appointments.BookingEdit(ap["counselor"], ap["coming"][day], start, (student,), room_id=ap["room"], **kw)


def _revision(c, appointment_id: int) -> int:
    return appointments.load(c.session, appointment_id).revision


def _arrive(c):
    ap = c.p.appointments
    return _call(ap["arriving"], at=datetime.combine(ap["past"][0], appointments.rules.parse_time("18:30")))


def _sign(c):
    """One's own unsigned record (the role's record: the counselor's for the assistant, who is refused anyway)."""
    ap = c.p.appointments
    return _call(ap["records"][_me(c), False])


APPOINTMENT_SAMPLES: dict[str, Callable] = {
    "appointment_setup.appointment_rules": lambda c: _call(),
    "appointment_setup.set_appointment_rules": lambda c: _call({"semester_cap": 12}),
    "appointment_setup.set_class_periods": lambda c: _call({4: (("08:00", "08:45"), ("14:00", "14:45"))}),
    "appointment_setup.list_rooms": lambda c: _call(),
    "appointment_setup.save_room": lambda c: _call("样例新辅导室"),
    "appointment_setup.list_counselors": lambda c: _call(),
    "appointment_setup.counselor_hours": lambda c: _call(c.p.appointments["counselor"]),
    "appointment_setup.set_counselor_hours": lambda c: _call(_me(c), ((0, "08:00", "17:00"),)),
    "appointment_setup.block_time": lambda c: _call(c.p.appointments["coming"][-1], "会议"),
    "appointment_setup.unblock_time": lambda c: _call(c.p.appointments["blocked"]),
    "appointment_setup.list_blocks": lambda c: _call(c.p.appointments["coming"][0]),
    "appointments.check_booking": lambda c: _call(_edit(c)),
    "appointments.book": lambda c: _call(_edit(c)),
    "appointments.move": lambda c: _call(c.p.appointments["booked"], c.p.appointments["coming"][4], "15:40",
                                         _revision(c, c.p.appointments["booked"])),
    "appointments.confirm": lambda c: _call(c.p.appointments["to_confirm"]),
    "appointments.arrive": _arrive,
    "appointments.complete": lambda c: _call(c.p.appointments["arrived"]),
    "appointments.no_show": lambda c: _call(c.p.appointments["missed"]),
    "appointments.cancel": lambda c: _call(c.p.appointments["booked"], True),
    "appointments.excuse": lambda c: _call(c.p.appointments["excused"], "病假"),
    "appointments.get_appointment": lambda c: _call(c.p.appointments["booked"]),
    "appointment_series.preview_series": lambda c: _call(appointment_series.SeriesEdit(_edit(c), sessions=2)),
    "appointment_series.book_series": lambda c: _call(appointment_series.SeriesEdit(_edit(c), sessions=2)),
    "appointment_series.cancel_series": lambda c: _call(c.p.appointments["series_appointment"], "all"),
    "appointment_series.move_series": lambda c: _call(c.p.appointments["series_appointment"], "all", "15:40"),
    "appointment_series.get_series": lambda c: _call(c.p.appointments["series"]),
    "appointment_waitlist.add_request": lambda c: _call(appointment_waitlist.RequestEdit(
        c.p.appointments["free_student"])),
    "appointment_waitlist.list_requests": lambda c: _call(),
    "appointment_waitlist.get_request": lambda c: _call(c.p.appointments["waiting"]),
    "appointment_waitlist.accept_offer": lambda c: _call(c.p.appointments["offered"]),
    "appointment_waitlist.book_request": lambda c: _call(c.p.appointments["waiting"], _edit(c, _waiting_student(c))),
    "appointment_waitlist.decline_offer": lambda c: _call(c.p.appointments["offered"]),
    "appointment_waitlist.expire_requests": lambda c: _call(),
    "appointment_waitlist.withdraw_request": lambda c: _call(c.p.appointments["waiting"]),
    "session_records.save_record": lambda c: _call(c.p.appointments["unwritten"][_me(c)], RECORD),
    "session_records.sign_record": _sign,
    "session_records.add_addendum": lambda c: _call(record_of(c).id, "样例补充"),
    "session_records.get_record": lambda c: _call(record_of(c).id),
    "session_records.followup_to_watch": lambda c: _call(record_of(c).id, "样例随访"),
    "session_records.records_without": lambda c: _call(),
    "session_records.watch_target": lambda c: _call(c.p.appointments["unwritten"][_me(c)]),
    "appointment_views.week": lambda c: _call(c.p.appointments["coming"][0], counselor_id=c.p.appointments[
        "counselor"]),
    "appointment_views.today": lambda c: _call(),
    "appointment_views.student_appointments": lambda c: _call(c.p.appointments["booked_student"]),
    "appointment_views.caseload": lambda c: _call(c.p.appointments["counselor"]),
}


def _waiting_student(c) -> int:
    return appointment_waitlist.store.request(c.session.conn, c.p.appointments["waiting"]).student_id


# Each appointment document's parameters for build_document (permission_samples.DOCUMENT_PARAMS).
APPOINTMENT_DOCUMENTS: dict[str, Callable] = {
    "appointment_slip": lambda c: {"id": c.p.appointments["booked"]},
    "appointment_week": lambda c: {"counselor_id": c.p.appointments["counselor"],
                                   "day": c.p.appointments["coming"][0].isoformat()},
    "consent_form": lambda c: {"student_id": c.p.appointments["booked_student"]},
}
