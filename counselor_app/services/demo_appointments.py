"""The demo office's appointments: a semester of counseling so far and the next two weeks, as the demo counselor
keeps them.

Rooms (two individual rooms, a group room, a sand-tray room), the counselor's hours, individual sessions most
school days (held, a few missed or cancelled, the coming ones booked or confirmed), a weekly series crossing the
National Day week when the semester holds it, a group session, a parent meeting, a crisis session; session records
for most held sessions (signed, one with an addendum), the last week's still missing; a waiting list with an urgent
request (a watch-list student at 重点关注 or 高危, when the demo has one) and an offered slot. Everything goes
through the services (audited as a counselor's work), with the clock of each step set to its day.
"""
from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path
from random import Random

from counselor_app.domain.errors import UserError
from counselor_app.services import (appointment_series, appointment_setup, appointment_waitlist, appointments,
                                    office, school_calendar, session_records)
from counselor_app.services.appointments import BookingEdit
from counselor_app.services.session import Session
from counselor_app.store import watch as watch_store
from counselor_app.store.crypto import KdfParams

ROOMS = (("个体辅导室1", "individual", 2), ("个体辅导室2", "individual", 2), ("团体辅导室", "group", 12),
         ("沙盘室", "individual", 3))
TIMES = ("12:10", "16:50", "17:40")       # lunch and after class: no class missed
REASONS = ("学业压力，考试前失眠", "与室友关系紧张", "父母离异后情绪低落", "对未来感到迷茫", "手机依赖，作息紊乱",
           "被同学孤立，不愿上学", "自我评价低，常自责")
RECORDS = [dict(complaint="近两周入睡困难，担心期中考试成绩", state_seen="情绪紧张，语速较快，能主动表达",
                assessment="考试焦虑，程度中等，无自伤念头", goal="学会两种放松方法，调整作息",
                process="倾听、共情，讨论考试意义，练习腹式呼吸", intervention="放松训练，认知重评",
                response="愿意尝试，练习时逐渐放松", homework="每晚睡前呼吸练习10分钟并记录",
                evaluation="焦虑自评由7分降至5分"),
           dict(complaint="与室友发生争执后不愿回宿舍", state_seen="委屈、愤怒，哭泣后平静",
                assessment="人际冲突引发情绪困扰", goal="表达感受，找到沟通方式", process="情绪疏导，角色扮演",
                intervention="沟通技巧训练", response="表示愿意与室友谈一谈", homework="写下想对室友说的话",
                evaluation="情绪平稳，计划可行")]


def _try(fn) -> object | None:
    try:
        return fn()
    except UserError:
        return None


def _school_days(cal, start: date, end: date) -> list[date]:
    return [start + timedelta(days=n) for n in range((end - start).days + 1)
            if cal.is_school_day(start + timedelta(days=n)) and (start + timedelta(days=n)).weekday() < 5]


def write_appointments(data_dir: Path, logins: dict[str, str], password: str, kdf: KdfParams | None, today: date,
                       head: Session, seed: int = 1) -> Session:
    """Write the demo's appointments; the office is open in one session at a time: ``head`` is closed while the
    counselor works, and the head logs in again (the session returned)."""
    rnd = Random(seed)
    rooms = [appointment_setup.save_room(head, *r) for r in ROOMS]
    cal = school_calendar.calendar(head)
    years = school_calendar.list_school_years(head)
    semester = next((s for y in years for s in y.semesters if s.start <= today <= s.end), None)
    if semester is None:
        return head
    head.close()
    counselor = office.login(data_dir, logins["counselor"], password, kdf)
    try:
        _write(counselor, cal, semester, today, rooms, rnd)
    finally:
        counselor.close()
    return office.login(data_dir, logins["head"], password, kdf)


def _students(s: Session) -> list[int]:
    from counselor_app.services import students

    return [r.id for r in students.list_students(s) if r.status == "enrolled"]


def _write(s: Session, cal, semester, today: date, rooms: list[int], rnd: Random) -> None:
    me = s.user.id
    appointment_setup.set_counselor_hours(s, me, tuple((wd, a, b) for wd in range(5)
                                                       for a, b in (("08:00", "13:00"), ("14:00", "18:30"))))
    pupils = _students(s)
    if len(pupils) < 12:
        return
    watch_ids = [e for e in watch_store.student_ids_with_open_entries(s.conn)]
    clients = rnd.sample([p for p in pupils if p not in watch_ids], 10) + watch_ids[:2]
    start = max(semester.start, today - timedelta(days=42))
    past = _school_days(cal, start, today - timedelta(days=1))
    coming = _school_days(cal, today + timedelta(days=1), today + timedelta(days=14))
    held: list[int] = []
    for n, day in enumerate(past):
        if n % 2:
            continue
        student = clients[n // 2 % len(clients)]
        when = datetime.combine(day, time(7, 0))
        booked = _try(lambda: appointments.book(s, BookingEdit(
            me, day, TIMES[n % 3], (student,), room_id=rooms[n % 2], referral=rnd.choice(
                ("self", "head_teacher", "parent", "screening")), reason=rnd.choice(REASONS)), now=when))
        if booked is None:
            continue
        roll = rnd.random()
        if roll < 0.1:
            appointments.no_show(s, booked.id, now=when + timedelta(hours=12))
        elif roll < 0.18:
            appointments.cancel(s, booked.id, True, "学生请假", now=when - timedelta(days=2))
        else:
            begin = datetime.combine(day, appointments.rules.parse_time(TIMES[n % 3]))
            appointments.arrive(s, booked.id, at=begin + timedelta(minutes=rnd.choice((0, 3, 8))))
            appointments.complete(s, booked.id)
            held.append(booked.id)
    # records: all but the last week's sessions; most signed, one with an addendum
    recent = (today - timedelta(days=7)).isoformat()
    for k, appt in enumerate(held):
        if appointments.load(s, appt).day >= recent:
            continue
        rid = session_records.save_record(s, appt, session_records.RecordEdit(**RECORDS[k % len(RECORDS)]))
        if k % 4 != 3:
            session_records.sign_record(s, rid)
            if k == 0:
                session_records.add_addendum(s, rid, "补充：班主任反馈该生近一周按时返校，情绪稳定。")
    # today: two sessions and a crisis; the coming two weeks: a weekly series, single sessions, a group, a parent
    # meeting
    morning = datetime.combine(today, time(7))
    if cal.is_school_day(today):
        for k, (at, kind) in enumerate((("12:10", "individual"), ("16:50", "individual"), ("17:40", "crisis"))):
            _try(lambda: appointments.book(s, BookingEdit(me, today, at, (clients[4 + k],), kind, room_id=rooms[k % 2],
                                                          referral="self"), now=morning))
    if coming:
        first = coming[0]
        appointment_series.book_series(s, appointment_series.SeriesEdit(BookingEdit(
            me, first, "12:10", (clients[0],), room_id=rooms[3], referral="head_teacher", reason="适应困难，需持续跟进"),
            sessions=8), now=datetime.combine(today, time(7)))
        for n, day in enumerate(coming[1:8]):
            booked = _try(lambda: appointments.book(s, BookingEdit(
                me, day, TIMES[1 + n % 2], (clients[1 + n % (len(clients) - 1)],), room_id=rooms[n % 2],
                referral="self", reason=rnd.choice(REASONS)), now=datetime.combine(today, time(7))))
            if booked is not None and n % 2 == 0:
                appointments.confirm(s, booked.id)
        group_day = coming[min(3, len(coming) - 1)]
        _try(lambda: appointments.book(s, BookingEdit(me, group_day, "14:00", tuple(rnd.sample(pupils, 6)), "group",
                                                      room_id=rooms[2], minutes=60, referral="screening"),
                                       now=datetime.combine(today, time(7))))
        _try(lambda: appointments.book(s, BookingEdit(me, coming[min(2, len(coming) - 1)], "14:00", (clients[2],),
                                                      "parent", room_id=rooms[3], people=3, referral="parent"),
                                       now=datetime.combine(today, time(7))))
    # the waiting list: two plain requests, one with times, an urgent one; a freed slot offered
    others = [p for p in pupils if p not in clients]
    for student, kw in ((others[0], {}), (others[1], {"preferred": "2 12:00-13:00;4 16:30-18:30"}),
                        (others[2], {"counselor_id": me})):
        _try(lambda: appointment_waitlist.add_request(s, appointment_waitlist.RequestEdit(student, **kw),
                                                      today=today))
    urgent = [w for w in watch_ids if w not in clients and appointment_waitlist.urgency(s, w)]
    if urgent:
        _try(lambda: appointment_waitlist.add_request(s, appointment_waitlist.RequestEdit(
            urgent[0], note="研判会建议尽快安排个体辅导"), today=today))
    if len(coming) > 8:
        freed = _try(lambda: appointments.book(s, BookingEdit(me, coming[8], "12:10", (clients[3],), room_id=rooms[0]),
                                               now=datetime.combine(today, time(7))))
        if freed is not None:
            appointments.cancel(s, freed.id, True, now=datetime.combine(today, time(7)))
