"""The hospital directory and referrals with their receipts (schema 11): ``hospital`` and ``referral`` rows; the
reopenings of closed referrals (schema 16): ``referral_reopen`` rows.

Clinical text is sealed: the columns below are declared once here and written with the session's clinical keys.
"""
from __future__ import annotations

from typing import NamedTuple

from counselor_app.store.database import Connection
from counselor_app.store.sealed import SealedColumn

REASON = SealedColumn("referral", "reason")
SCHOOL_ACTIONS = SealedColumn("referral", "school_actions")
SCREENING_SUMMARY = SealedColumn("referral", "screening_summary")
MEETING_NOTES = SealedColumn("referral", "meeting_notes")
REFUSAL_REASON = SealedColumn("referral", "refusal_reason")
SCHOOL_ADVICE = SealedColumn("referral", "school_advice")
DIAGNOSIS = SealedColumn("referral", "diagnosis")
CLOSE_NOTE = SealedColumn("referral", "close_note")
REOPEN_REASON = SealedColumn("referral_reopen", "reason")
REOPEN_CLOSE_NOTE = SealedColumn("referral_reopen", "close_note")   # the note of the closing it undid


class HospitalRow(NamedTuple):
    id: int
    name: str
    departments: str
    address: str
    phone: str
    green_contact: str
    green_phone: str
    agreement: bool
    agreement_since: str | None
    active: bool


_HOSPITAL = ("SELECT id, name, departments, address, phone, green_contact, green_phone, agreement, agreement_since, "
             "active FROM hospital")


def _hospital(r) -> HospitalRow:
    return HospitalRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], bool(r[7]), r[8], bool(r[9]))


def hospitals(conn: Connection, *, active_only: bool = False) -> list[HospitalRow]:
    where = " WHERE active = 1" if active_only else ""
    return [_hospital(r) for r in conn.execute(f"{_HOSPITAL}{where} ORDER BY active DESC, name")]


def hospital(conn: Connection, hospital_id: int) -> HospitalRow | None:
    r = conn.execute(f"{_HOSPITAL} WHERE id = ?", (hospital_id,)).fetchone()
    return _hospital(r) if r else None


def hospital_named(conn: Connection, name: str) -> int | None:
    r = conn.execute("SELECT id FROM hospital WHERE name = ?", (name,)).fetchone()
    return int(r[0]) if r else None


_HOSPITAL_FIELDS = ("name", "departments", "address", "phone", "green_contact", "green_phone", "agreement",
                    "agreement_since", "active")


def save_hospital(conn: Connection, fields: dict, at: str, hospital_id: int | None = None) -> int:
    names = [k for k in _HOSPITAL_FIELDS if k in fields]
    if hospital_id is None:
        cur = conn.execute(f"INSERT INTO hospital ({', '.join(names)}, created_at, updated_at) VALUES "
                           f"({', '.join('?' * len(names))}, ?, ?)", [fields[k] for k in names] + [at, at])
        return int(cur.lastrowid)
    conn.execute(f"UPDATE hospital SET {', '.join(f'{k} = ?' for k in names)}, updated_at = ? WHERE id = ?",
                 [fields[k] for k in names] + [at, hospital_id])
    return hospital_id


class ReferralRow(NamedTuple):
    id: int
    year: int
    seq: int
    student_id: int
    entry_id: int | None
    origin: str
    origin_ref: str
    urgency: str
    state: str
    hospital_id: int | None
    department: str
    green_channel: bool
    accompany: str
    guardian_name: str
    guardian_relation: str
    guardian_phone: str
    meeting_on: str | None
    meeting_people: str
    meeting_outcome: str
    parents: str
    issued_on: str | None
    receipt_due: str | None
    visited_on: str | None
    returned_on: str | None
    closed_on: str | None
    close_reason: str
    receipt_hospital: str
    receipt_department: str
    doctor: str
    advice: str
    next_visit: str | None
    created_by: int | None
    revision: int
    created_at: str
    closed_from: str | None = None     # the state it was closed from (schema 16)


_COLUMNS = ("id, year, seq, student_id, entry_id, origin, origin_ref, urgency, state, hospital_id, department, "
            "green_channel, accompany, guardian_name, guardian_relation, guardian_phone, meeting_on, meeting_people, "
            "meeting_outcome, parents, issued_on, receipt_due, visited_on, returned_on, closed_on, close_reason, "
            "receipt_hospital, receipt_department, doctor, advice, next_visit, created_by, revision, created_at, "
            "closed_from")
_REFERRAL = f"SELECT {_COLUMNS} FROM referral"


def _referral(r) -> ReferralRow:
    r = list(r)
    r[11] = bool(r[11])
    return ReferralRow(*r)


def referral(conn: Connection, referral_id: int) -> ReferralRow | None:
    r = conn.execute(f"{_REFERRAL} WHERE id = ?", (referral_id,)).fetchone()
    return _referral(r) if r else None


def referral_by_number(conn: Connection, year: int, seq: int) -> int | None:
    r = conn.execute("SELECT id FROM referral WHERE year = ? AND seq = ?", (year, seq)).fetchone()
    return int(r[0]) if r else None


def referrals_of(conn: Connection, student_id: int) -> list[ReferralRow]:
    return [_referral(r) for r in conn.execute(f"{_REFERRAL} WHERE student_id = ? ORDER BY created_at DESC, id DESC",
                                               (student_id,))]


class ListRow(NamedTuple):
    """A referral with its student and hospital, for the lists and the registers (no clinical text)."""
    referral: ReferralRow
    student_no: str
    name: str
    gender: str
    birth_date: str
    grade: str
    class_name: str
    hospital: str


def list_rows(conn: Connection, *, open_only: bool = False, since: str | None = None,
              until: str | None = None) -> list[ListRow]:
    """Every referral (or the open ones; or those issued between ``since`` and ``until``), newest first."""
    cols = ", ".join(f"r.{c.strip()}" for c in _COLUMNS.split(","))
    where, args = [], []
    if open_only:
        where.append("r.state <> 'closed'")
    if since is not None:
        where.append("COALESCE(r.issued_on, substr(r.created_at, 1, 10)) >= ?")
        args.append(since)
    if until is not None:
        where.append("COALESCE(r.issued_on, substr(r.created_at, 1, 10)) <= ?")
        args.append(until)
    sql = (f"SELECT {cols}, s.student_no, s.name, s.gender, COALESCE(s.birth_date, ''), COALESCE(g.name, ''), "
           "COALESCE(c.name, ''), COALESCE(h.name, '') FROM referral r JOIN student s ON s.id = r.student_id "
           "LEFT JOIN school_class c ON c.id = s.class_id LEFT JOIN grade g ON g.id = c.grade_id "
           "LEFT JOIN hospital h ON h.id = r.hospital_id" + (f" WHERE {' AND '.join(where)}" if where else "")
           + " ORDER BY r.year DESC, r.seq DESC, r.id DESC")
    n = len(_COLUMNS.split(","))
    return [ListRow(_referral(r[:n]), *r[n:]) for r in conn.execute(sql, args)]


def next_seq(conn: Connection, year: int) -> int:
    return int(conn.execute("SELECT COALESCE(max(seq), 0) + 1 FROM referral WHERE year = ?", (year,)).fetchone()[0])


_INSERT = ("year", "seq", "student_id", "entry_id", "origin", "origin_ref", "urgency", "state", "hospital_id",
           "department", "green_channel", "accompany", "guardian_name", "guardian_relation", "guardian_phone",
           "created_by")


def insert(conn: Connection, fields: dict, at: str) -> int:
    cur = conn.execute(f"INSERT INTO referral ({', '.join(_INSERT)}, created_at, updated_at) VALUES "
                       f"({', '.join('?' * len(_INSERT))}, ?, ?)", [fields[k] for k in _INSERT] + [at, at])
    return int(cur.lastrowid)


_EDITABLE = ("entry_id", "urgency", "state", "hospital_id", "department", "green_channel", "accompany",
             "guardian_name", "guardian_relation", "guardian_phone", "meeting_on", "meeting_people",
             "meeting_outcome", "parents", "issued_on", "receipt_due", "visited_on", "returned_on", "closed_on",
             "close_reason", "closed_from", "receipt_hospital", "receipt_department", "doctor", "advice", "next_visit")


def update(conn: Connection, referral_id: int, fields: dict, at: str, revision: int | None = None) -> bool:
    """Change the referral and add one to its revision; with ``revision`` only if it is still at it."""
    names = [k for k in fields if k in _EDITABLE]
    if len(names) != len(fields):
        raise ValueError(f"not an editable column: {sorted(set(fields) - set(names))}")
    sets = ", ".join([f"{k} = ?" for k in names] + ["revision = revision + 1", "updated_at = ?"])
    args = [fields[k] for k in names] + [at, referral_id]
    where = "id = ?"
    if revision is not None:
        where += " AND revision = ?"
        args.append(revision)
    return conn.execute(f"UPDATE referral SET {sets} WHERE {where}", args).rowcount == 1


def cooperating_hospitals(conn: Connection) -> int:
    """Hospitals with a cooperation agreement (the §19 school–hospital indicator)."""
    return int(conn.execute("SELECT count(*) FROM hospital WHERE agreement = 1 AND active = 1").fetchone()[0])


class ReopenRow(NamedTuple):
    """A closed referral reopened: the closing it undid, the state it went back to, when and by whom."""
    id: int
    referral_id: int
    closed_on: str
    close_reason: str
    back_to: str
    reopened_at: str
    reopened_by: int | None


def insert_reopen(conn: Connection, referral_id: int, closed_on: str, close_reason: str, back_to: str, at: str,
                  user_id: int | None) -> int:
    cur = conn.execute("INSERT INTO referral_reopen (referral_id, closed_on, close_reason, back_to, reopened_at, "
                       "reopened_by) VALUES (?, ?, ?, ?, ?, ?)",
                       (referral_id, closed_on, close_reason, back_to, at, user_id))
    return int(cur.lastrowid)


def reopens_of_student(conn: Connection, student_id: int) -> list[ReopenRow]:
    """Every reopening of the student's referrals, oldest first."""
    return [ReopenRow(*r) for r in conn.execute(
        "SELECT o.id, o.referral_id, o.closed_on, o.close_reason, o.back_to, o.reopened_at, o.reopened_by "
        "FROM referral_reopen o JOIN referral r ON r.id = o.referral_id WHERE r.student_id = ? ORDER BY o.id",
        (student_id,))]
