"""The duty log of an assignment and its contacts (schema 9). Handover notes and a contact's note are sealed."""
from __future__ import annotations

from typing import NamedTuple

from counselor_app.store.database import Connection
from counselor_app.store.sealed import SealedColumn

HANDOVER = SealedColumn("duty_log", "handover")
CONTACT_NOTE = SealedColumn("duty_contact", "note")


class LogRow(NamedTuple):
    id: int
    assignment_id: int
    arrived: str
    left_at: str
    doors_windows: bool
    power_off: bool
    cabinet_locked: bool
    key_to: str
    written_by: int | None
    signed_by: int | None
    signed_at: str | None
    has_handover: bool


class ContactRow(NamedTuple):
    id: int
    log_id: int
    at: str
    party: str
    student_id: int | None
    booked: bool
    topic: str
    handling: str
    minutes: int
    crisis: bool
    reported_to: str
    has_note: bool


_LOG = ("SELECT id, assignment_id, arrived, left_at, doors_windows, power_off, cabinet_locked, key_to, written_by, "
        "signed_by, signed_at, handover IS NOT NULL FROM duty_log")
_CONTACT = ("SELECT id, log_id, at, party, student_id, booked, topic, handling, minutes, crisis, reported_to, "
            "note IS NOT NULL FROM duty_contact")


def _log(r) -> LogRow:
    return LogRow(*r[:4], bool(r[4]), bool(r[5]), bool(r[6]), *r[7:11], bool(r[11]))


def log_of(conn: Connection, assignment_id: int) -> LogRow | None:
    r = conn.execute(f"{_LOG} WHERE assignment_id = ?", (assignment_id,)).fetchone()
    return _log(r) if r else None


def insert_log(conn: Connection, assignment_id: int, user_id: int, at: str) -> int:
    return int(conn.execute("INSERT INTO duty_log (assignment_id, written_by, created_at, updated_at) "
                            "VALUES (?, ?, ?, ?)", (assignment_id, user_id, at, at)).lastrowid)


def update_log(conn: Connection, log_id: int, fields: dict, user_id: int, at: str) -> None:
    names = ("arrived", "left_at", "doors_windows", "power_off", "cabinet_locked", "key_to")
    conn.execute(f"UPDATE duty_log SET {', '.join(f'{n} = ?' for n in names)}, written_by = ?, updated_at = ? "
                 "WHERE id = ?", (*(fields[n] for n in names), user_id, at, log_id))


def sign(conn: Connection, log_id: int, user_id: int, at: str) -> None:
    conn.execute("UPDATE duty_log SET signed_by = ?, signed_at = ?, updated_at = ? WHERE id = ?",
                 (user_id, at, at, log_id))


def contacts(conn: Connection, log_id: int) -> list[ContactRow]:
    return [ContactRow(*r[:5], bool(r[5]), *r[6:9], bool(r[9]), r[10], bool(r[11]))
            for r in conn.execute(f"{_CONTACT} WHERE log_id = ? ORDER BY at, id", (log_id,))]


def insert_contact(conn: Connection, log_id: int, fields: dict) -> int:
    names = ("at", "party", "student_id", "booked", "topic", "handling", "minutes", "crisis", "reported_to")
    return int(conn.execute(f"INSERT INTO duty_contact (log_id, {', '.join(names)}) VALUES (?{', ?' * len(names)})",
                            (log_id, *(fields[n] for n in names))).lastrowid)


def logged(conn: Connection, first: str, last: str) -> dict[int, bool]:
    """{assignment id: signed} of the logs of duties from ``first`` to ``last``."""
    return {int(r[0]): r[1] is not None for r in conn.execute(
        "SELECT l.assignment_id, l.signed_at FROM duty_log l JOIN duty_assignment a ON a.id = l.assignment_id "
        "WHERE a.day BETWEEN ? AND ?", (first, last))}


def crises(conn: Connection, first: str, last: str) -> list[tuple[int, str, int]]:
    """(contact id, day, assignment id) of the contacts marked as a crisis from ``first`` to ``last``."""
    return [(int(r[0]), r[1], int(r[2])) for r in conn.execute(
        "SELECT c.id, a.day, a.id FROM duty_contact c JOIN duty_log l ON l.id = c.log_id "
        "JOIN duty_assignment a ON a.id = l.assignment_id WHERE (c.crisis = 1 OR c.handling = 'crisis') "
        "AND a.day BETWEEN ? AND ? ORDER BY a.day, c.at", (first, last))]
