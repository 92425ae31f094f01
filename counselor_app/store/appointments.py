"""Appointments (schema 13): rooms, availability, blocked dates, appointments with their students and history,
recurring series and their exceptions. Waitlist requests are in store/appointment_requests.py, session records in
store/session_records.py.

The reason of an appointment and the note of its state (why cancelled, excused, the cap overridden) are sealed.
"""
from __future__ import annotations

from typing import Iterable, NamedTuple

from counselor_app.store.database import Connection
from counselor_app.store.sealed import SealedColumn

REASON = SealedColumn("appointment", "reason")
STATE_NOTE = SealedColumn("appointment", "state_note")

HOLDING = ("booked", "confirmed", "arrived", "completed")   # domain.appointment.HOLDS_SLOT
_HOLDING_SQL = "('booked', 'confirmed', 'arrived', 'completed')"


class RoomRow(NamedTuple):
    id: int
    name: str
    kind: str
    capacity: int
    active: bool


class AvailabilityRow(NamedTuple):
    id: int
    counselor_id: int
    weekday: int
    start: str
    end: str


class BlockedRow(NamedTuple):
    id: int
    day: str
    counselor_id: int | None
    room_id: int | None
    start: str | None
    end: str | None
    reason: str


class AppointmentRow(NamedTuple):
    id: int
    kind: str
    mode: str
    counselor_id: int
    counselor_name: str
    room_id: int | None
    room_name: str
    day: str
    start: str
    end: str
    state: str
    referral: str
    excused: bool
    overbooked: bool
    over_cap: bool
    series_id: int | None
    planned_on: str | None
    request_id: int | None
    revision: int
    student_ids: tuple[int, ...]
    student_names: tuple[str, ...]
    student_nos: tuple[str, ...]


class SeriesRow(NamedTuple):
    id: int
    counselor_id: int
    kind: str
    mode: str
    room_id: int | None
    start: str
    end: str
    referral: str
    first_day: str
    every: str
    sessions: int | None
    until: str | None
    ended_on: str | None
    student_ids: tuple[int, ...]


# -- rooms, availability, blocked dates ---------------------------------------------------------------------------

def rooms(conn: Connection, *, all_rooms: bool = False) -> list[RoomRow]:
    where = "" if all_rooms else " WHERE active = 1"
    return [RoomRow(r[0], r[1], r[2], r[3], bool(r[4])) for r in conn.execute(
        f"SELECT id, name, kind, capacity, active FROM appt_room{where} ORDER BY name")]


def room(conn: Connection, room_id: int) -> RoomRow | None:
    r = conn.execute("SELECT id, name, kind, capacity, active FROM appt_room WHERE id = ?", (room_id,)).fetchone()
    return RoomRow(r[0], r[1], r[2], r[3], bool(r[4])) if r else None


def room_named(conn: Connection, name: str) -> int | None:
    r = conn.execute("SELECT id FROM appt_room WHERE name = ?", (name,)).fetchone()
    return int(r[0]) if r else None


def save_room(conn: Connection, room_id: int | None, name: str, kind: str, capacity: int, active: bool) -> int:
    if room_id is None:
        return int(conn.execute("INSERT INTO appt_room (name, kind, capacity, active) VALUES (?, ?, ?, ?)",
                                (name, kind, capacity, int(active))).lastrowid)
    conn.execute("UPDATE appt_room SET name = ?, kind = ?, capacity = ?, active = ? WHERE id = ?",
                 (name, kind, capacity, int(active), room_id))
    return room_id


def availability(conn: Connection, counselor_id: int) -> list[AvailabilityRow]:
    return [AvailabilityRow(*r) for r in conn.execute(
        "SELECT id, counselor_id, weekday, start_time, end_time FROM appt_availability WHERE counselor_id = ? "
        "ORDER BY weekday, start_time", (counselor_id,))]


def set_availability(conn: Connection, counselor_id: int, windows: Iterable[tuple[int, str, str]]) -> None:
    conn.execute("DELETE FROM appt_availability WHERE counselor_id = ?", (counselor_id,))
    conn.executemany("INSERT INTO appt_availability (counselor_id, weekday, start_time, end_time) VALUES (?, ?, ?, ?)",
                     [(counselor_id, wd, s, e) for wd, s, e in windows])


def blocked(conn: Connection, start: str, end: str) -> list[BlockedRow]:
    return [BlockedRow(*r) for r in conn.execute(
        "SELECT id, day, counselor_id, room_id, start_time, end_time, reason FROM appt_blocked "
        "WHERE day >= ? AND day <= ? ORDER BY day, start_time", (start, end))]


def add_blocked(conn: Connection, day: str, counselor_id: int | None, room_id: int | None, start: str | None,
                end: str | None, reason: str, user_id: int, at: str) -> int:
    return int(conn.execute(
        "INSERT INTO appt_blocked (day, counselor_id, room_id, start_time, end_time, reason, created_by, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", (day, counselor_id, room_id, start, end, reason, user_id, at)).lastrowid)


def remove_blocked(conn: Connection, blocked_id: int) -> bool:
    return conn.execute("DELETE FROM appt_blocked WHERE id = ?", (blocked_id,)).rowcount > 0


# -- appointments -------------------------------------------------------------------------------------------------

_ROW = ("SELECT a.id, a.kind, a.mode, a.counselor_id, COALESCE(u.display_name, ''), a.room_id, COALESCE(r.name, ''), "
        "a.day, a.start_time, a.end_time, a.state, a.referral, a.excused, a.overbooked, a.over_cap, a.series_id, "
        "a.planned_on, a.request_id, a.revision, "
        "(SELECT group_concat(s.id || char(31) || s.name || char(31) || s.student_no, char(30)) "
        " FROM appointment_student x JOIN student s ON s.id = x.student_id WHERE x.appointment_id = a.id) "
        "FROM appointment a LEFT JOIN app_user u ON u.id = a.counselor_id LEFT JOIN appt_room r ON r.id = a.room_id")


def _row(r) -> AppointmentRow:
    people = sorted(tuple(p.split("\x1f")) for p in r[19].split("\x1e")) if r[19] else []
    return AppointmentRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10], r[11], bool(r[12]),
                          bool(r[13]), bool(r[14]), r[15], r[16], r[17], r[18],
                          tuple(int(p[0]) for p in people), tuple(p[1] for p in people), tuple(p[2] for p in people))


def appointment(conn: Connection, appointment_id: int) -> AppointmentRow | None:
    r = conn.execute(f"{_ROW} WHERE a.id = ?", (appointment_id,)).fetchone()
    return _row(r) if r else None


def insert(conn: Connection, fields: dict, student_ids: Iterable[int], at: str) -> int:
    cur = conn.execute(
        "INSERT INTO appointment (kind, mode, counselor_id, room_id, day, start_time, end_time, state, referral, "
        "overbooked, over_cap, series_id, planned_on, request_id, created_by, created_at, updated_at) VALUES "
        "(:kind, :mode, :counselor_id, :room_id, :day, :start, :end, 'booked', :referral, :overbooked, :over_cap, "
        ":series_id, :planned_on, :request_id, :created_by, :at, :at)", {
            "series_id": None, "planned_on": None, "request_id": None, "overbooked": 0, "over_cap": 0,
            **fields, "at": at})
    appointment_id = int(cur.lastrowid)
    conn.executemany("INSERT INTO appointment_student (appointment_id, student_id) VALUES (?, ?)",
                     [(appointment_id, s) for s in sorted(set(student_ids))])
    return appointment_id


_UPDATABLE = {"day", "start_time", "end_time", "room_id", "mode", "state", "excused", "arrived_at", "counselor_id",
              "series_id", "planned_on", "over_cap", "overbooked"}


def update(conn: Connection, appointment_id: int, fields: dict, at: str, revision: int | None = None) -> bool:
    """Change the appointment's ``fields``; with ``revision``, only when it is still that (a stale edit: False)."""
    bad = set(fields) - _UPDATABLE
    if bad:
        raise ValueError(f"not updatable: {sorted(bad)}")
    sets = ", ".join(f"{k} = :{k}" for k in fields)
    where = "id = :id" + (" AND revision = :revision" if revision is not None else "")
    cur = conn.execute(f"UPDATE appointment SET {sets}, updated_at = :at, revision = revision + 1 WHERE {where}",
                       {**fields, "at": at, "id": appointment_id, "revision": revision})
    return cur.rowcount > 0


def add_history(conn: Connection, appointment_id: int, at: str, user_id: int | None, kind: str, old: str = "",
                new: str = "") -> None:
    conn.execute("INSERT INTO appointment_history (appointment_id, at, user_id, kind, old_value, new_value) "
                 "VALUES (?, ?, ?, ?, ?, ?)", (appointment_id, at, user_id, kind, old, new))


def history(conn: Connection, appointment_id: int) -> list[tuple[str, str, str, str, str]]:
    """(at, user name, kind, old, new), oldest first."""
    return conn.execute(
        "SELECT h.at, COALESCE(u.display_name, ''), h.kind, h.old_value, h.new_value FROM appointment_history h "
        "LEFT JOIN app_user u ON u.id = h.user_id WHERE h.appointment_id = ? ORDER BY h.id",
        (appointment_id,)).fetchall()


def holding_on(conn: Connection, day: str, counselor_id: int, room_id: int | None,
               student_ids: Iterable[int]) -> list[tuple[int, int, int | None, str, str, tuple[int, ...]]]:
    """The appointments of ``day`` that hold their slot and share the counselor, the room or a student:
    (id, counselor id, room id, start, end, student ids). The conflict check's one query."""
    students = sorted(set(student_ids))
    marks = ",".join("?" * len(students)) or "NULL"
    rows = conn.execute(
        f"SELECT a.id, a.counselor_id, a.room_id, a.start_time, a.end_time, "
        f"(SELECT group_concat(x.student_id) FROM appointment_student x WHERE x.appointment_id = a.id) "
        f"FROM appointment a WHERE a.day = ? AND a.state IN {_HOLDING_SQL} AND (a.counselor_id = ? OR a.room_id = ? "
        f"OR a.id IN (SELECT appointment_id FROM appointment_student WHERE student_id IN ({marks})))",
        (day, counselor_id, room_id if room_id is not None else -1, *students)).fetchall()
    return [(r[0], r[1], r[2], r[3], r[4], tuple(int(s) for s in r[5].split(",")) if r[5] else ()) for r in rows]


def between(conn: Connection, start: str, end: str, *, counselor_id: int | None = None, room_id: int | None = None,
            student_id: int | None = None) -> list[AppointmentRow]:
    """Appointments from ``start`` to ``end`` (ISO days, inclusive), of one counselor, room or student."""
    where, args = ["a.day >= ?", "a.day <= ?"], [start, end]
    if counselor_id is not None:
        where.append("a.counselor_id = ?")
        args.append(counselor_id)
    if room_id is not None:
        where.append("a.room_id = ?")
        args.append(room_id)
    if student_id is not None:
        where.append("a.id IN (SELECT appointment_id FROM appointment_student WHERE student_id = ?)")
        args.append(student_id)
    return [_row(r) for r in conn.execute(f"{_ROW} WHERE {' AND '.join(where)} ORDER BY a.day, a.start_time, a.id",
                                          args)]


def of_student(conn: Connection, student_id: int) -> list[AppointmentRow]:
    return [_row(r) for r in conn.execute(
        f"{_ROW} WHERE a.id IN (SELECT appointment_id FROM appointment_student WHERE student_id = ?) "
        f"ORDER BY a.day DESC, a.start_time DESC", (student_id,))]


def student_states(conn: Connection, student_id: int, start: str, end: str,
                   counselor_id: int | None = None) -> list[tuple[int, str, bool, str]]:
    """(appointment id, state, excused, kind) of a student's appointments from ``start`` to ``end``."""
    extra, args = "", [student_id, start, end]
    if counselor_id is not None:
        extra, args = " AND a.counselor_id = ?", [*args, counselor_id]
    return [(r[0], r[1], bool(r[2]), r[3]) for r in conn.execute(
        "SELECT a.id, a.state, a.excused, a.kind FROM appointment a JOIN appointment_student x "
        "ON x.appointment_id = a.id WHERE x.student_id = ? AND a.day >= ? AND a.day <= ?" + extra, args)]


def future_of(conn: Connection, student_id: int, counselor_id: int, after: str) -> list[int]:
    """The student's appointments with the counselor after the day ``after`` that still hold their slot."""
    return [r[0] for r in conn.execute(
        "SELECT a.id FROM appointment a JOIN appointment_student x ON x.appointment_id = a.id WHERE x.student_id = ? "
        "AND a.counselor_id = ? AND a.day > ? AND a.state IN ('booked', 'confirmed') ORDER BY a.day",
        (student_id, counselor_id, after))]


def without_record(conn: Connection, counselor_id: int | None) -> list[AppointmentRow]:
    """Completed appointments without a session record (of one counselor, or all), oldest first."""
    extra, args = "", []
    if counselor_id is not None:
        extra, args = " AND a.counselor_id = ?", [counselor_id]
    return [_row(r) for r in conn.execute(
        f"{_ROW} WHERE a.state = 'completed' AND NOT EXISTS (SELECT 1 FROM session_record s "
        f"WHERE s.appointment_id = a.id){extra} ORDER BY a.day, a.start_time", args)]


def caseload(conn: Connection, counselor_id: int, sem_start: str, sem_end: str, today: str
             ) -> list[tuple[int, str, str, str | None, str | None, int]]:
    """(student id, name, number, last session day, next appointment day, sessions this semester) of every student
    the counselor saw or will see this semester."""
    return conn.execute(
        "SELECT s.id, s.name, s.student_no, "
        " max(CASE WHEN a.state = 'completed' THEN a.day END), "
        " min(CASE WHEN a.day >= ? AND a.state IN ('booked', 'confirmed') THEN a.day END), "
        " sum(CASE WHEN a.state IN ('booked', 'confirmed', 'arrived', 'completed') AND a.day >= ? AND a.day <= ? "
        "     THEN 1 ELSE 0 END) "
        "FROM appointment a JOIN appointment_student x ON x.appointment_id = a.id JOIN student s ON s.id = x.student_id "
        "WHERE a.counselor_id = ? AND a.day >= ? AND a.day <= ? GROUP BY s.id ORDER BY s.name",
        (today, sem_start, sem_end, counselor_id, sem_start, sem_end)).fetchall()


# -- series -------------------------------------------------------------------------------------------------------

def insert_series(conn: Connection, fields: dict, student_ids: Iterable[int], at: str) -> int:
    cur = conn.execute(
        "INSERT INTO appt_series (counselor_id, kind, mode, room_id, start_time, end_time, referral, first_day, every, "
        "sessions, until, created_by, created_at, updated_at) VALUES (:counselor_id, :kind, :mode, :room_id, :start, "
        ":end, :referral, :first_day, :every, :sessions, :until, :created_by, :at, :at)", {**fields, "at": at})
    series_id = int(cur.lastrowid)
    conn.executemany("INSERT INTO appt_series_student (series_id, student_id) VALUES (?, ?)",
                     [(series_id, s) for s in sorted(set(student_ids))])
    return series_id


def series(conn: Connection, series_id: int) -> SeriesRow | None:
    r = conn.execute("SELECT id, counselor_id, kind, mode, room_id, start_time, end_time, referral, first_day, every, "
                     "sessions, until, ended_on FROM appt_series WHERE id = ?", (series_id,)).fetchone()
    if r is None:
        return None
    students = tuple(x[0] for x in conn.execute(
        "SELECT student_id FROM appt_series_student WHERE series_id = ? ORDER BY student_id", (series_id,)))
    return SeriesRow(*r, students)


def end_series(conn: Connection, series_id: int, day: str, at: str) -> None:
    conn.execute("UPDATE appt_series SET ended_on = ?, updated_at = ? WHERE id = ?", (day, at, series_id))


def update_series_time(conn: Connection, series_id: int, start: str, end: str, room_id: int | None, mode: str,
                       at: str) -> None:
    conn.execute("UPDATE appt_series SET start_time = ?, end_time = ?, room_id = ?, mode = ?, updated_at = ? "
                 "WHERE id = ?", (start, end, room_id, mode, at, series_id))


def put_exception(conn: Connection, series_id: int, planned_on: str, kind: str, moved_to: str | None,
                  at: str) -> None:
    conn.execute("INSERT INTO appt_series_exception (series_id, planned_on, kind, moved_to, at) VALUES (?, ?, ?, ?, ?) "
                 "ON CONFLICT (series_id, planned_on) DO UPDATE SET kind = excluded.kind, "
                 "moved_to = excluded.moved_to, at = excluded.at", (series_id, planned_on, kind, moved_to, at))


def exceptions(conn: Connection, series_id: int) -> list[tuple[str, str, str | None]]:
    """(planned day, kind, moved to) of the series' exceptions, in date order."""
    return conn.execute("SELECT planned_on, kind, moved_to FROM appt_series_exception WHERE series_id = ? "
                        "ORDER BY planned_on", (series_id,)).fetchall()


def series_appointments(conn: Connection, series_id: int) -> list[AppointmentRow]:
    return [_row(r) for r in conn.execute(f"{_ROW} WHERE a.series_id = ? ORDER BY a.day, a.start_time",
                                          (series_id,))]


# -- facts from other aggregates the bookings check --------------------------------------------------------------

def counselor_accounts(conn: Connection) -> list[tuple[int, str]]:
    """(id, display name) of the active accounts appointments are booked with: counselors and office heads."""
    return conn.execute("SELECT id, display_name FROM app_user WHERE active = 1 AND role IN ('head', 'counselor') "
                        "ORDER BY id").fetchall()


def student_statuses(conn: Connection, student_ids: Iterable[int]) -> list[str]:
    ids = sorted(set(student_ids))
    marks = ",".join("?" * len(ids)) or "NULL"
    return [r[0] for r in conn.execute(f"SELECT status FROM student WHERE id IN ({marks})", ids)]


def responsible_account(conn: Connection, student_id: int) -> int | None:
    """The active account of the responsible counselor of the student's open watch-list entry, if any."""
    r = conn.execute(
        "SELECT u.id FROM watch_entry e JOIN watch_responsible p ON p.entry_id = e.id AND p.duty = 'counselor' "
        "JOIN app_user u ON u.staff_id = p.staff_id AND u.active = 1 WHERE e.student_id = ? AND e.state <> 'closed' "
        "ORDER BY u.id LIMIT 1", (student_id,)).fetchone()
    return int(r[0]) if r else None


def counselor_logins(conn: Connection) -> list[tuple[int, str]]:
    """(id, login) of the active counselor and head accounts (the command line names a counselor by login)."""
    return conn.execute("SELECT id, login FROM app_user WHERE active = 1 AND role IN ('head', 'counselor') "
                        "ORDER BY id").fetchall()
