"""Counseling session records (心理辅导记录, schema 13): one per completed appointment, numbered per year, sealed;
signed → locked by a trigger (its sealed columns excepted: a clinical-key rotation re-seals them, the signed digest
covers their text). Addenda are kept rows."""
from __future__ import annotations

from typing import NamedTuple

from counselor_app.store.database import Connection
from counselor_app.store.sealed import SealedColumn

FIELDS = ("complaint", "state_seen", "assessment", "goal", "process", "intervention", "response", "homework",
          "evaluation")
SEALED = {name: SealedColumn("session_record", name) for name in FIELDS}
ADDENDUM_BODY = SealedColumn("session_addendum", "body")


class RecordRow(NamedTuple):
    id: int
    appointment_id: int
    year: int
    seq: int
    author_id: int
    author_name: str
    on_day: str
    start: str
    end: str
    place: str
    form: str
    mode: str
    referral: str
    next_day: str | None
    risk_noted: bool
    created_at: str
    updated_at: str
    signed_at: str | None
    digest: str
    signature: bytes | None

    @property
    def number(self) -> str:
        return f"{self.year}-{self.seq:03d}"


class AddendumRow(NamedTuple):
    id: int
    record_id: int
    author_id: int
    author_name: str
    created_at: str


_ROW = ("SELECT r.id, r.appointment_id, r.year, r.seq, r.author_id, COALESCE(u.display_name, ''), r.on_day, "
        "r.start_time, r.end_time, r.place, r.form, r.mode, r.referral, r.next_day, r.risk_noted, r.created_at, "
        "r.updated_at, r.signed_at, r.digest, r.signature FROM session_record r "
        "LEFT JOIN app_user u ON u.id = r.author_id")


def _row(r) -> RecordRow:
    return RecordRow(*r[:14], bool(r[14]), *r[15:])


def record(conn: Connection, record_id: int) -> RecordRow | None:
    r = conn.execute(f"{_ROW} WHERE r.id = ?", (record_id,)).fetchone()
    return _row(r) if r else None


def of_appointment(conn: Connection, appointment_id: int) -> RecordRow | None:
    r = conn.execute(f"{_ROW} WHERE r.appointment_id = ?", (appointment_id,)).fetchone()
    return _row(r) if r else None


def next_seq(conn: Connection, year: int) -> int:
    return int(conn.execute("SELECT COALESCE(max(seq), 0) + 1 FROM session_record WHERE year = ?",
                            (year,)).fetchone()[0])


def insert(conn: Connection, fields: dict, at: str) -> int:
    return int(conn.execute(
        "INSERT INTO session_record (appointment_id, year, seq, author_id, on_day, start_time, end_time, place, form, "
        "mode, referral, next_day, created_at, updated_at) VALUES (:appointment_id, :year, :seq, :author_id, :on_day, "
        ":start, :end, :place, :form, :mode, :referral, :next_day, :at, :at)", {**fields, "at": at}).lastrowid)


def update(conn: Connection, record_id: int, fields: dict, at: str) -> None:
    allowed = {"next_day", "risk_noted", "place", "signed_at", "digest", "signature"}
    if set(fields) - allowed:
        raise ValueError("not updatable")
    sets = ", ".join(f"{k} = :{k}" for k in fields)
    conn.execute(f"UPDATE session_record SET {sets}, updated_at = :at WHERE id = :id",
                 {**fields, "at": at, "id": record_id})


def touch(conn: Connection, record_id: int, at: str) -> None:
    conn.execute("UPDATE session_record SET updated_at = ? WHERE id = ? AND signed_at IS NULL", (at, record_id))


def of_student(conn: Connection, student_id: int) -> list[RecordRow]:
    return [_row(r) for r in conn.execute(
        f"{_ROW} WHERE r.appointment_id IN (SELECT appointment_id FROM appointment_student WHERE student_id = ?) "
        f"ORDER BY r.on_day DESC", (student_id,))]


def insert_addendum(conn: Connection, record_id: int, author_id: int, at: str) -> int:
    return int(conn.execute("INSERT INTO session_addendum (record_id, author_id, created_at) VALUES (?, ?, ?)",
                            (record_id, author_id, at)).lastrowid)


def addenda(conn: Connection, record_id: int) -> list[AddendumRow]:
    return [AddendumRow(*r) for r in conn.execute(
        "SELECT a.id, a.record_id, a.author_id, COALESCE(u.display_name, ''), a.created_at FROM session_addendum a "
        "LEFT JOIN app_user u ON u.id = a.author_id WHERE a.record_id = ? ORDER BY a.id", (record_id,))]
