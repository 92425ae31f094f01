"""What is written into a watch-list entry: plan versions and their measures, follow-ups, parent contacts.

Follow-ups and parent contacts are immutable facts (triggers refuse changes and deletes of everything but their
sealed columns, which a clinical-key rotation re-seals); a correction is an addendum row naming the original.
Plan versions are whole and kept; only a measure's state changes in place.
"""
from __future__ import annotations

from typing import NamedTuple

from counselor_app.store.database import Connection
from counselor_app.store.sealed import SealedColumn

PLAN_GOAL = SealedColumn("watch_plan", "goal")
PLAN_MEDICATION = SealedColumn("watch_plan", "medication")
PLAN_NOTES = SealedColumn("watch_plan", "notes")
MEASURE_DESCRIPTION = SealedColumn("watch_measure", "description")
FOLLOWUP_SEEN = SealedColumn("watch_followup", "seen")
CONTACT_SUPPORT = SealedColumn("watch_contact", "family_support")
CONTACT_FACTS = SealedColumn("watch_contact", "facts")
CONTACT_AGREEMENTS = SealedColumn("watch_contact", "agreements")


class PlanRow(NamedTuple):
    id: int
    entry_id: int
    version: int
    author_id: int
    author_name: str
    written_on: str
    created_at: str
    digest: str
    signature: bytes | None


class MeasureRow(NamedTuple):
    id: int
    plan_id: int
    position: int
    type: str
    owner_staff_id: int | None
    owner_name: str           # the staff member's name, or owner_other
    owner_phone: str
    frequency: str
    start_on: str
    due_on: str | None
    state: str


class FollowUpRow(NamedTuple):
    id: int
    entry_id: int
    on_date: str
    author_id: int
    author_name: str
    created_at: str
    method: str
    rating: str
    addendum_of: int | None


class ContactRow(NamedTuple):
    id: int
    entry_id: int
    on_date: str
    author_id: int
    author_name: str
    created_at: str
    contact_person: str
    way: str
    result: str
    next_contact_on: str | None
    addendum_of: int | None


# -- plans ------------------------------------------------------------------------------------------------------

_PLAN = ("SELECT p.id, p.entry_id, p.version, p.author_id, COALESCE(u.display_name, ''), p.written_on, p.created_at, "
         "p.digest, p.signature FROM watch_plan p LEFT JOIN app_user u ON u.id = p.author_id")


def plans(conn: Connection, entry_id: int) -> list[PlanRow]:
    """Every version of the entry's plan, newest first."""
    return [PlanRow(*r) for r in conn.execute(f"{_PLAN} WHERE p.entry_id = ? ORDER BY p.version DESC", (entry_id,))]


def all_plans(conn: Connection) -> list[PlanRow]:
    """Every plan version of every entry (verify checks their signatures)."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'watch_plan'").fetchone() is None:
        return []
    return [PlanRow(*r) for r in conn.execute(f"{_PLAN} ORDER BY p.id")]


def current_plan(conn: Connection, entry_id: int) -> PlanRow | None:
    r = conn.execute(f"{_PLAN} WHERE p.entry_id = ? ORDER BY p.version DESC LIMIT 1", (entry_id,)).fetchone()
    return PlanRow(*r) if r else None


def plan(conn: Connection, plan_id: int) -> PlanRow | None:
    r = conn.execute(f"{_PLAN} WHERE p.id = ?", (plan_id,)).fetchone()
    return PlanRow(*r) if r else None


def insert_plan(conn: Connection, entry_id: int, version: int, author_id: int, written_on: str, at: str,
                digest: str) -> int:
    cur = conn.execute("INSERT INTO watch_plan (entry_id, version, author_id, written_on, created_at, digest) "
                       "VALUES (?, ?, ?, ?, ?, ?)", (entry_id, version, author_id, written_on, at, digest))
    return int(cur.lastrowid)


def sign_plan(conn: Connection, plan_id: int, signature: bytes) -> None:
    conn.execute("UPDATE watch_plan SET signature = ? WHERE id = ?", (signature, plan_id))


def insert_measure(conn: Connection, plan_id: int, position: int, fields: dict) -> int:
    cur = conn.execute(
        "INSERT INTO watch_measure (plan_id, position, type, owner_staff_id, owner_other, frequency, start_on, "
        "due_on, state) VALUES (:plan_id, :position, :type, :owner_staff_id, :owner_other, :frequency, :start_on, "
        ":due_on, :state)", {**fields, "plan_id": plan_id, "position": position})
    return int(cur.lastrowid)


def measures(conn: Connection, plan_id: int) -> list[MeasureRow]:
    return [MeasureRow(*r) for r in conn.execute(
        "SELECT m.id, m.plan_id, m.position, m.type, m.owner_staff_id, COALESCE(s.name, m.owner_other), "
        "COALESCE(s.phone, ''), m.frequency, m.start_on, m.due_on, m.state FROM watch_measure m "
        "LEFT JOIN staff s ON s.id = m.owner_staff_id WHERE m.plan_id = ? ORDER BY m.position", (plan_id,))]


def measure(conn: Connection, measure_id: int) -> tuple[int, int, str] | None:
    """(entry id, plan id, state) of a measure."""
    r = conn.execute("SELECT p.entry_id, m.plan_id, m.state FROM watch_measure m JOIN watch_plan p ON p.id = m.plan_id "
                     "WHERE m.id = ?", (measure_id,)).fetchone()
    return (int(r[0]), int(r[1]), r[2]) if r else None


def set_measure_state(conn: Connection, measure_id: int, state: str) -> None:
    conn.execute("UPDATE watch_measure SET state = ? WHERE id = ?", (state, measure_id))


# -- follow-ups -------------------------------------------------------------------------------------------------

_FOLLOWUP = ("SELECT f.id, f.entry_id, f.on_date, f.author_id, COALESCE(u.display_name, ''), f.created_at, f.method, "
             "f.rating, f.addendum_of FROM watch_followup f LEFT JOIN app_user u ON u.id = f.author_id")


def insert_followup(conn: Connection, fields: dict, at: str) -> int:
    cur = conn.execute(
        "INSERT INTO watch_followup (entry_id, on_date, author_id, created_at, method, rating, addendum_of) "
        "VALUES (:entry_id, :on_date, :author_id, :at, :method, :rating, :addendum_of)", {**fields, "at": at})
    return int(cur.lastrowid)


def followups(conn: Connection, entry_id: int) -> list[FollowUpRow]:
    """The entry's follow-ups and addenda, newest first."""
    return [FollowUpRow(*r) for r in conn.execute(
        f"{_FOLLOWUP} WHERE f.entry_id = ? ORDER BY f.on_date DESC, f.id DESC", (entry_id,))]


def followup(conn: Connection, followup_id: int) -> FollowUpRow | None:
    r = conn.execute(f"{_FOLLOWUP} WHERE f.id = ?", (followup_id,)).fetchone()
    return FollowUpRow(*r) if r else None


def _last_date(conn: Connection, table: str, entry_id: int) -> str | None:
    """The day of the entry's latest fact in ``table`` (watch_followup, watch_contact), addenda left out."""
    r = conn.execute(f"SELECT max(on_date) FROM {table} WHERE entry_id = ? AND addendum_of IS NULL",
                     (entry_id,)).fetchone()
    return r[0] if r else None


def last_followup_date(conn: Connection, entry_id: int) -> str | None:
    return _last_date(conn, "watch_followup", entry_id)


# -- parent contacts --------------------------------------------------------------------------------------------

_CONTACT = ("SELECT c.id, c.entry_id, c.on_date, c.author_id, COALESCE(u.display_name, ''), c.created_at, "
            "c.contact_person, c.way, c.result, c.next_contact_on, c.addendum_of FROM watch_contact c "
            "LEFT JOIN app_user u ON u.id = c.author_id")


def insert_contact(conn: Connection, fields: dict, at: str) -> int:
    cur = conn.execute(
        "INSERT INTO watch_contact (entry_id, on_date, author_id, created_at, contact_person, way, result, "
        "next_contact_on, addendum_of) VALUES (:entry_id, :on_date, :author_id, :at, :contact_person, :way, :result, "
        ":next_contact_on, :addendum_of)", {**fields, "at": at})
    return int(cur.lastrowid)


def contacts(conn: Connection, entry_id: int) -> list[ContactRow]:
    return [ContactRow(*r) for r in conn.execute(
        f"{_CONTACT} WHERE c.entry_id = ? ORDER BY c.on_date DESC, c.id DESC", (entry_id,))]


def contact(conn: Connection, contact_id: int) -> ContactRow | None:
    r = conn.execute(f"{_CONTACT} WHERE c.id = ?", (contact_id,)).fetchone()
    return ContactRow(*r) if r else None


def last_contact_date(conn: Connection, entry_id: int) -> str | None:
    return _last_date(conn, "watch_contact", entry_id)
