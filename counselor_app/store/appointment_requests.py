"""The appointments' waiting list (schema 13: ``appt_request``); the note of a request is sealed."""
from __future__ import annotations

from typing import NamedTuple

from counselor_app.store.database import Connection
from counselor_app.store.sealed import SealedColumn

NOTE = SealedColumn("appt_request", "note")


class RequestRow(NamedTuple):
    id: int
    student_id: int
    student_name: str
    student_no: str
    counselor_id: int | None
    kind: str
    referral: str
    preferred: str
    priority: int
    urgent: bool
    state: str
    valid_until: str | None
    offer_day: str | None
    offer_start: str | None
    offer_end: str | None
    offer_counselor_id: int | None
    offer_room_id: int | None
    offer_expires: str | None
    appointment_id: int | None
    notify_user_id: int | None
    created_at: str


_ROW = ("SELECT q.id, q.student_id, s.name, s.student_no, q.counselor_id, q.kind, q.referral, q.preferred, q.priority, "
        "q.urgent, q.state, q.valid_until, q.offer_day, q.offer_start, q.offer_end, q.offer_counselor_id, "
        "q.offer_room_id, q.offer_expires, q.appointment_id, q.notify_user_id, q.created_at "
        "FROM appt_request q JOIN student s ON s.id = q.student_id")
_ORDER = " ORDER BY q.urgent DESC, q.priority DESC, q.id"


def _row(r) -> RequestRow:
    return RequestRow(*r[:9], bool(r[9]), *r[10:])


def request(conn: Connection, request_id: int) -> RequestRow | None:
    r = conn.execute(f"{_ROW} WHERE q.id = ?", (request_id,)).fetchone()
    return _row(r) if r else None


def open_requests(conn: Connection) -> list[RequestRow]:
    """Waiting and offered requests, urgent first, then by priority and age: the order slots are offered in."""
    return [_row(r) for r in conn.execute(f"{_ROW} WHERE q.state IN ('waiting', 'offered'){_ORDER}")]


def open_of_student(conn: Connection, student_id: int) -> RequestRow | None:
    r = conn.execute(f"{_ROW} WHERE q.student_id = ? AND q.state IN ('waiting', 'offered'){_ORDER} LIMIT 1",
                     (student_id,)).fetchone()
    return _row(r) if r else None


def insert(conn: Connection, fields: dict, at: str) -> int:
    return int(conn.execute(
        "INSERT INTO appt_request (student_id, counselor_id, kind, referral, preferred, priority, urgent, valid_until, "
        "notify_user_id, created_by, created_at, updated_at) VALUES (:student_id, :counselor_id, :kind, :referral, "
        ":preferred, :priority, :urgent, :valid_until, :notify_user_id, :created_by, :at, :at)",
        {**fields, "at": at}).lastrowid)


_UPDATABLE = {"state", "offer_day", "offer_start", "offer_end", "offer_counselor_id", "offer_room_id", "offer_expires",
              "appointment_id", "priority", "urgent"}


def update(conn: Connection, request_id: int, fields: dict, at: str) -> None:
    bad = set(fields) - _UPDATABLE
    if bad:
        raise ValueError(f"not updatable: {sorted(bad)}")
    sets = ", ".join(f"{k} = :{k}" for k in fields)
    conn.execute(f"UPDATE appt_request SET {sets}, updated_at = :at WHERE id = :id", {**fields, "at": at,
                                                                                        "id": request_id})


def clear_offer(conn: Connection, request_id: int, state: str, at: str) -> None:
    update(conn, request_id, {"state": state, "offer_day": None, "offer_start": None, "offer_end": None,
                              "offer_counselor_id": None, "offer_room_id": None, "offer_expires": None}, at)
