"""Appointments of a university office: 8 counselors, 20,000 appointments over two school years.

    python bench/bench_appointments.py [--appointments 20000] [--students 5000]

The appointments are inserted in bulk (one transaction, the store's insert). Measures (median of repeated runs,
seconds; ratios against a baseline measured in the same run):
- a counselor's week: services.appointment_views.week (the calendar of the week, the rows with their students,
  the hours, the blocked times, the audit row), and moving through ten weeks, against the bare SQL of one week
  (the appointments of one counselor from Monday to Sunday, no students);
- the conflict check of one booking: services.appointments.check_booking (validation, the calendar, the day's
  bookings of the counselor, room and student, the hours, blocks and the semester counter): absolute, the bar is
  10 ms; and against the bare SQL of the day's bookings;
- a 16-week recurring series with its skips (National Day): services.appointment_series.preview_series (the rule,
  the calendar and a conflict check per date): absolute, the bar is 50 ms; the rule alone (domain) too;
- the query plans of the week's and the conflict check's queries.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from random import Random

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from counselor_app.domain.appointment_series import Rule, plan  # noqa: E402
from counselor_app.domain.roles import Role  # noqa: E402
from counselor_app.domain.school import SchoolType  # noqa: E402
from counselor_app.services import (appointment_series, appointment_setup, appointment_views,  # noqa: E402
                                    appointments, school_calendar, students, users)
from counselor_app.services.demo import DEMO_PASSWORD, create_demo_office  # noqa: E402
from counselor_app.store import appointments as store  # noqa: E402
from counselor_app.store.crypto import KdfParams  # noqa: E402
from counselor_app.store.database import transaction  # noqa: E402

TODAY = date(2026, 11, 20)
NOW = datetime(2026, 9, 1, 8)
SLOTS = ("08:30", "09:30", "10:30", "14:00", "15:00", "16:00", "19:00")
BENCH_KDF = KdfParams(memory_kib=1024, iterations=1, lanes=1)
AT = "2026-11-20T08:00:00+00:00"


def median(fn, n: int = 9) -> float:
    times = []
    for _ in range(n):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def fill(session, student_ids: list[int], counselors: list[int], rooms: list[int], n: int, seed: int = 1) -> None:
    """``n`` appointments on the weekdays of two school years (2025-09-01 to 2027-07-10), distinct per counselor and
    slot; the past ones completed or missed, the coming ones booked."""
    rnd = Random(seed)
    start, end = date(2025, 9, 1), date(2027, 7, 10)
    days = [start + timedelta(days=k) for k in range((end - start).days + 1) if (start + timedelta(days=k)).weekday() < 5]
    slots = [(d, c, s) for d in days for c in range(len(counselors)) for s in SLOTS]
    chosen = sorted(rnd.sample(slots, n))
    with transaction(session.conn):
        for day, c, slot in chosen:
            h, m = map(int, slot.split(":"))
            end_t = f"{h:02d}:{m + 50:02d}" if m + 50 < 60 else f"{h + 1:02d}:{m - 10:02d}"
            past = day < TODAY
            aid = store.insert(session.conn, {
                "kind": "individual", "mode": "room", "counselor_id": counselors[c], "room_id": rooms[c % len(rooms)],
                "day": day.isoformat(), "start": slot, "end": end_t, "referral": "self",
                "created_by": session.user.id}, (rnd.choice(student_ids),), AT)
            if past:
                session.conn.execute("UPDATE appointment SET state = ? WHERE id = ?",
                                     ("completed" if rnd.random() < 0.85 else "no_show", aid))


def bare_week(conn, counselor: int, monday: date) -> list:
    return conn.execute("SELECT id, day, start_time, end_time, state FROM appointment WHERE counselor_id = ? "
                        "AND day >= ? AND day <= ?", (counselor, monday.isoformat(),
                                                      (monday + timedelta(days=6)).isoformat())).fetchall()


def bare_day(conn, counselor: int, room: int, student: int, day: date) -> list:
    return store.holding_on(conn, day.isoformat(), counselor, room, (student,))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--appointments", type=int, default=20000)
    ap.add_argument("--students", type=int, default=5000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        demo = create_demo_office(Path(tmp) / "office", students=args.students, kdf=BENCH_KDF, today=TODAY,
                                  school_type=SchoolType.UNIVERSITY)
        s = demo.office.session
        counselors = [u.id for u in users.list_users(s) if u.role in (Role.COUNSELOR,)]
        for k in range(8 - len(counselors)):
            counselors.append(users.add_user(s, f"c{k}", f"心理老师{k}", Role.COUNSELOR, DEMO_PASSWORD).id)
        rooms = [appointment_setup.save_room(s, f"辅导室{k + 1}", "individual", 2) for k in range(6)]
        ids = [r.id for r in students.list_students(s) if r.status == "enrolled"]
        # the school year before the demo's, so that both years' semesters are school days
        school_calendar.save_school_year(s, school_calendar.YearEdit("2025-2026", "2025-09-01", "2026-08-31", (
            ("2025-09-01", "2026-01-20"), ("2026-02-20", "2026-07-10"))))
        fill(s, ids, counselors, rooms, args.appointments)
        print(f"office: {args.students} students, {len(counselors)} counselors, {args.appointments} appointments "
              f"({time.perf_counter() - t0:.1f} s to build)")
        conn = s.conn
        me = counselors[0]
        monday = TODAY - timedelta(days=TODAY.weekday())
        shown = len(bare_week(conn, me, monday))

        t_bare = median(lambda: bare_week(conn, me, monday))
        t_week = median(lambda: appointment_views.week(s, monday, counselor_id=me))
        weeks = [monday + timedelta(weeks=k) for k in range(10)]
        t_bare10 = median(lambda: [bare_week(conn, me, w) for w in weeks], 5)
        t_week10 = median(lambda: [appointment_views.week(s, w, counselor_id=me) for w in weeks], 5)
        print(f"week of a counselor ({shown} appointments): {t_week * 1000:.2f} ms, bare SQL {t_bare * 1000:.3f} ms "
              f"(×{t_week / t_bare:.0f}); ten weeks one after another {t_week10 * 1000:.1f} ms "
              f"(bare ×{t_week10 / t_bare10:.0f}, {t_week10 * 100:.1f} ms a week)")

        student = ids[7]
        day = date(2026, 11, 24)
        edit = appointments.BookingEdit(me, day, "12:00", (student,), room_id=rooms[0])
        t_check = median(lambda: appointments.check_booking(s, edit), 15)
        t_day = median(lambda: bare_day(conn, me, rooms[0], student, day), 15)
        print(f"conflict check of one booking: {t_check * 1000:.2f} ms (bar 10 ms: "
              f"{'ok' if t_check < 0.010 else 'OVER'}), bare SQL of the day's bookings {t_day * 1000:.3f} ms "
              f"(×{t_check / t_day:.0f})")

        series = appointment_series.SeriesEdit(appointments.BookingEdit(me, date(2026, 9, 10), "12:00", (student,),
                                                                        room_id=rooms[0]), sessions=16)
        pv = appointment_series.preview_series(s, series)
        t_series = median(lambda: appointment_series.preview_series(s, series), 9)
        cal = school_calendar.calendar(s)
        t_rule = median(lambda: plan(Rule(date(2026, 9, 10), "weekly", 16, None), cal.is_school_day), 15)
        print(f"16-week series: {len(pv.days)} sessions, skipped {[d.isoformat() for d in pv.skipped]}, "
              f"{len(pv.conflicts)} dates with conflicts; preview {t_series * 1000:.1f} ms (bar 50 ms: "
              f"{'ok' if t_series < 0.050 else 'OVER'}); the rule alone {t_rule * 1000:.3f} ms; "
              f"16 bare day queries {16 * t_day * 1000:.2f} ms (×{t_series / (16 * t_day):.0f})")

        for label, sql, params in (
                ("week", "SELECT id FROM appointment WHERE counselor_id = ? AND day >= ? AND day <= ?",
                 (me, "2026-11-16", "2026-11-22")),
                ("conflicts", "SELECT a.id FROM appointment a WHERE a.day = ? AND a.state IN ('booked') AND "
                              "(a.counselor_id = ? OR a.room_id = ? OR a.id IN (SELECT appointment_id FROM "
                              "appointment_student WHERE student_id IN (?)))", ("2026-11-24", me, rooms[0], student))):
            plan_rows = [r[-1] for r in conn.execute(f"EXPLAIN QUERY PLAN {sql}", params)]
            print(f"plan ({label}): " + "; ".join(plan_rows))
        s.close()


if __name__ == "__main__":
    main()
