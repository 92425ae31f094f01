"""What a review meeting decides (decisions, their actions, addenda) and what its agenda and summary are read from.

Clinical text is sealed: a decision's note, an action's description, an addendum's body (declared below).
"""
from __future__ import annotations

from typing import Iterable, NamedTuple

from counselor_app.domain.meeting import local_day, utc_start_of_day_after
from counselor_app.store import membership
from counselor_app.store.database import Connection
from counselor_app.store.sealed import SealedColumn

DECISION_NOTE = SealedColumn("meeting_decision", "note")
ACTION_DESCRIPTION = SealedColumn("meeting_action", "description")
ADDENDUM_BODY = SealedColumn("meeting_addendum", "body")


class DecisionRow(NamedTuple):
    id: int
    meeting_id: int
    item_id: int
    entry_id: int
    code: str
    level: str
    severity: str
    close_reason: str
    parent_contact: str
    next_review: str | None
    decided_at: str
    decided_by: int | None
    level_before: str
    level_after: str
    state_before: str
    state_after: str
    review_after: str | None
    applied_at: str | None
    referral_id: int | None


_DECISION = ("SELECT id, meeting_id, item_id, entry_id, code, level, severity, close_reason, parent_contact, "
             "next_review, decided_at, decided_by, level_before, level_after, state_before, state_after, review_after, "
             "applied_at, referral_id FROM meeting_decision")


class ActionRow(NamedTuple):
    id: int
    meeting_id: int
    decision_id: int
    position: int
    type: str
    owner_staff_id: int | None
    owner: str                # the staff member's name, or owner_other
    owner_other: str
    due_on: str | None
    measure_id: int | None
    measure_state: str        # the plan measure's state now ('' none)


_ACTION = ("SELECT a.id, a.meeting_id, a.decision_id, a.position, a.type, a.owner_staff_id, "
           "COALESCE(s.name, a.owner_other), a.owner_other, a.due_on, a.measure_id, COALESCE(w.state, '') "
           "FROM meeting_action a LEFT JOIN staff s ON s.id = a.owner_staff_id "
           "LEFT JOIN watch_measure w ON w.id = a.measure_id")


class AddendumRow(NamedTuple):
    id: int
    meeting_id: int
    written_on: str
    author_id: int
    author: str
    created_at: str
    digest: str
    signature: bytes | None


# -- decisions and actions ----------------------------------------------------------------------------------------

def decisions(conn: Connection, meeting_id: int) -> list[DecisionRow]:
    return [DecisionRow(*r) for r in conn.execute(f"{_DECISION} WHERE meeting_id = ? ORDER BY id", (meeting_id,))]


def decision_of_item(conn: Connection, item_id: int) -> DecisionRow | None:
    r = conn.execute(f"{_DECISION} WHERE item_id = ?", (item_id,)).fetchone()
    return DecisionRow(*r) if r else None


def decision(conn: Connection, decision_id: int) -> DecisionRow | None:
    r = conn.execute(f"{_DECISION} WHERE id = ?", (decision_id,)).fetchone()
    return DecisionRow(*r) if r else None


def save_decision(conn: Connection, meeting_id: int, item_id: int, fields: dict, at: str, user_id: int) -> int:
    """Insert or replace the item's decision (its actions are dropped: the caller writes them again)."""
    old = decision_of_item(conn, item_id)
    if old is not None:
        conn.execute("DELETE FROM meeting_action WHERE decision_id = ?", (old.id,))
        conn.execute("DELETE FROM meeting_decision WHERE id = ?", (old.id,))
    cur = conn.execute(
        "INSERT INTO meeting_decision (meeting_id, item_id, entry_id, code, level, severity, close_reason, "
        "parent_contact, next_review, decided_at, decided_by) VALUES (:meeting_id, :item_id, :entry_id, :code, "
        ":level, :severity, :close_reason, :parent_contact, :next_review, :at, :user)",
        {**fields, "meeting_id": meeting_id, "item_id": item_id, "at": at, "user": user_id})
    return int(cur.lastrowid)


def delete_decision(conn: Connection, item_id: int) -> bool:
    old = decision_of_item(conn, item_id)
    if old is None:
        return False
    conn.execute("DELETE FROM meeting_action WHERE decision_id = ?", (old.id,))
    conn.execute("DELETE FROM meeting_decision WHERE id = ?", (old.id,))
    return True


def insert_action(conn: Connection, meeting_id: int, decision_id: int, position: int, fields: dict) -> int:
    cur = conn.execute(
        "INSERT INTO meeting_action (meeting_id, decision_id, position, type, owner_staff_id, owner_other, due_on) "
        "VALUES (:m, :d, :p, :type, :owner_staff_id, :owner_other, :due_on)",
        {**fields, "m": meeting_id, "d": decision_id, "p": position})
    return int(cur.lastrowid)


def actions(conn: Connection, meeting_id: int) -> list[ActionRow]:
    return [ActionRow(*r) for r in conn.execute(f"{_ACTION} WHERE a.meeting_id = ? ORDER BY a.decision_id, a.position",
                                                (meeting_id,))]


def mark_applied(conn: Connection, decision_id: int, *, level_before: str, level_after: str, state_before: str,
                 state_after: str, review_after: str, at: str) -> None:
    conn.execute("UPDATE meeting_decision SET level_before = ?, level_after = ?, state_before = ?, state_after = ?, "
                 "review_after = ?, applied_at = ? WHERE id = ?",
                 (level_before, level_after, state_before, state_after, review_after, at, decision_id))


def link_measure(conn: Connection, action_id: int, measure_id: int) -> None:
    conn.execute("UPDATE meeting_action SET measure_id = ? WHERE id = ?", (measure_id, action_id))


# -- referral suggestions (建议转介就医) ------------------------------------------------------------------------------

class Suggestion(NamedTuple):
    decision_id: int
    meeting_id: int
    held_on: str
    student_id: int
    entry_id: int
    referral_id: int | None


def referral_suggestions(conn: Connection, *, open_only: bool = True) -> list[Suggestion]:
    """The 建议转介就医 decisions of finalized meetings (only those without a referral yet: ``open_only``)."""
    where = " AND d.referral_id IS NULL" if open_only else ""
    return [Suggestion(*r) for r in conn.execute(
        "SELECT d.id, d.meeting_id, m.held_on, i.student_id, d.entry_id, d.referral_id FROM meeting_decision d "
        "JOIN meeting m ON m.id = d.meeting_id JOIN meeting_item i ON i.id = d.item_id "
        f"WHERE d.code = 'refer' AND m.state = 'finalized'{where} ORDER BY m.held_on, d.id")]


def link_referral(conn: Connection, decision_id: int, referral_id: int) -> bool:
    """Record the referral opened from a suggestion (once: the trigger refuses a second link)."""
    return conn.execute("UPDATE meeting_decision SET referral_id = ? WHERE id = ? AND referral_id IS NULL",
                        (referral_id, decision_id)).rowcount == 1


# -- addenda ------------------------------------------------------------------------------------------------------

def addenda(conn: Connection, meeting_id: int) -> list[AddendumRow]:
    return [AddendumRow(*r) for r in conn.execute(
        "SELECT a.id, a.meeting_id, a.written_on, a.author_id, COALESCE(u.display_name, ''), a.created_at, a.digest, "
        "a.signature FROM meeting_addendum a LEFT JOIN app_user u ON u.id = a.author_id WHERE a.meeting_id = ? "
        "ORDER BY a.id", (meeting_id,))]


def insert_addendum(conn: Connection, meeting_id: int, written_on: str, author_id: int, at: str, digest: str) -> int:
    cur = conn.execute("INSERT INTO meeting_addendum (meeting_id, written_on, author_id, created_at, digest) "
                       "VALUES (?, ?, ?, ?, ?)", (meeting_id, written_on, author_id, at, digest))
    return int(cur.lastrowid)


def sign_addendum(conn: Connection, addendum_id: int, signature: bytes) -> None:
    conn.execute("UPDATE meeting_addendum SET signature = ? WHERE id = ?", (signature, addendum_id))


# -- what the agenda is built from --------------------------------------------------------------------------------

class OpenEntryFacts(NamedTuple):
    entry_id: int
    student_id: int
    state: str
    level: str
    opened_on: str
    next_review: str
    last_level_change: str | None     # the history's (UTC) timestamp of the last level change
    screening_pending: bool
    class_order: int
    student_no: str


def _in_grade(on: str | None) -> str:
    """The condition that the entry's student ``s`` is in the grade :grade: on the day :day (the class history) when
    ``on`` is given, else now."""
    if on is not None:
        return f"s.id IN ({membership.GRADE_ON_DAY})"
    return "s.class_id IN (SELECT id FROM school_class WHERE grade_id = :grade)"


def open_entries_of_grade(conn: Connection, grade_id: int, on: str | None = None) -> list[OpenEntryFacts]:
    """The open entries of the students in the grade on the day ``on`` (store.membership.GRADE_ON_DAY; None: the
    students now in the grade's classes), each with the sort order of the student's class now."""
    return [OpenEntryFacts(r[0], r[1], r[2], r[3], r[4], r[5], r[6], bool(r[7]), r[8], r[9]) for r in conn.execute(
        "SELECT e.id, e.student_id, e.state, e.level, e.opened_on, e.next_review, "
        "  (SELECT max(h.at) FROM watch_history h WHERE h.entry_id = e.id AND h.kind = 'level'), "
        "  EXISTS (SELECT 1 FROM screening_candidate sc WHERE sc.entry_id = e.id), COALESCE(c.sort_order, 0), "
        "  s.student_no "
        "FROM watch_entry e JOIN student s ON s.id = e.student_id LEFT JOIN school_class c ON c.id = s.class_id "
        f"WHERE e.state <> 'closed' AND {_in_grade(on)}", {"grade": grade_id, "day": on})]


def returns_in_grade(conn: Connection, grade_id: int, after: str, until: str) -> dict[int, str]:
    """Students who were in the grade on the day ``until`` (the class history) back at school after leave or
    suspension in (after, until] (the office's local days): student id → the day. The register's status history
    has UTC times: they are compared with the UTC bounds of those local days and their local day is returned (a
    return at 07:30 in Beijing is 23:30 UTC the day before)."""
    out: dict[int, str] = {}
    args = {"grade": grade_id, "day": until, "after": after, "from": utc_start_of_day_after(after),
            "to": utc_start_of_day_after(until)}
    for sid, day in conn.execute(
            "SELECT l.student_id, max(l.returned_on) FROM student_leave l JOIN student s ON s.id = l.student_id "
            f"WHERE l.returned_on > :after AND l.returned_on <= :day AND {_in_grade(until)} "
            "GROUP BY l.student_id", args):
        out[int(sid)] = day
    for sid, at in conn.execute(   # the register's status: back to enrolled after on_leave / suspended
            "SELECT h.student_id, max(h.changed_at) FROM student_status_history h JOIN student s ON s.id = h.student_id "
            f"WHERE h.status = 'enrolled' AND h.changed_at >= :from AND h.changed_at < :to AND {_in_grade(until)} "
            "AND EXISTS (SELECT 1 FROM student_status_history p "
            "WHERE p.student_id = h.student_id AND p.id < h.id AND p.status IN ('on_leave', 'suspended')) "
            "GROUP BY h.student_id", args):
        day = local_day(at)
        out[int(sid)] = max(day, out.get(int(sid), day))
    return out


class OpenAction(NamedTuple):
    """An action of a finalized meeting that is not done (its plan measure unfinished, or never made)."""
    action_id: int
    meeting_id: int
    held_on: str
    grade_id: int
    student_id: int
    entry_id: int
    type: str
    owner_staff_id: int | None
    owner: str
    due_on: str | None
    measure_state: str


_OPEN_ACTION = """
SELECT a.id, m.id, m.held_on, m.grade_id, i.student_id, d.entry_id, a.type, a.owner_staff_id,
       COALESCE(s.name, a.owner_other), a.due_on, COALESCE(w.state, '')
FROM meeting_action a JOIN meeting m ON m.id = a.meeting_id JOIN meeting_decision d ON d.id = a.decision_id
JOIN meeting_item i ON i.id = d.item_id JOIN watch_entry e ON e.id = d.entry_id
LEFT JOIN staff s ON s.id = a.owner_staff_id LEFT JOIN watch_measure w ON w.id = a.measure_id
WHERE m.state = 'finalized' AND e.state <> 'closed' AND COALESCE(w.state, 'planned') IN ('planned', 'ongoing')
"""


def open_actions(conn: Connection, *, meeting_id: int | None = None, owner_staff_id: int | None = None,
                 due_before: str | None = None) -> list[OpenAction]:
    where, args = [], []
    if meeting_id is not None:
        where.append("m.id = ?")
        args.append(meeting_id)
    if owner_staff_id is not None:
        where.append("a.owner_staff_id = ?")
        args.append(owner_staff_id)
    if due_before is not None:
        where.append("a.due_on IS NOT NULL AND a.due_on < ?")
        args.append(due_before)
    sql = _OPEN_ACTION + "".join(f" AND {w}" for w in where) + " ORDER BY a.due_on, a.id"
    return [OpenAction(*r) for r in conn.execute(sql, args)]


# -- what the month's summary is read from ------------------------------------------------------------------------

class SummaryEntry(NamedTuple):
    entry_id: int
    source: str
    level: str
    state: str
    opened_on: str
    closed_on: str | None
    screening_at: str | None        # when its (last) screening candidate was made: an ISO timestamp, None none


def grade_entries(conn: Connection, grade_id: int, until: str) -> list[SummaryEntry]:
    """Every entry opened by the day ``until`` of the students who were in the grade on that day (the class history,
    store.membership.GRADE_ON_DAY: after a rollover, last year's meeting still counts last year's students)."""
    return [SummaryEntry(*r) for r in conn.execute(
        "SELECT e.id, e.source, e.level, e.state, e.opened_on, e.closed_on, "
        "  (SELECT max(sc.at) FROM screening_candidate sc WHERE sc.entry_id = e.id) "
        f"FROM watch_entry e JOIN student s ON s.id = e.student_id WHERE e.opened_on <= :day AND {_in_grade(until)}",
        {"grade": grade_id, "day": until})]


def level_history(conn: Connection, entry_ids: list[int]) -> list[tuple[int, str, str, str, str]]:
    """(entry id, timestamp, kind, old, new) of the entries' openings, level changes, closings and reopenings, in
    order (the timestamps are UTC, as written: the caller takes the local day)."""
    if not entry_ids:
        return []
    out = []
    for start in range(0, len(entry_ids), 500):
        chunk = entry_ids[start:start + 500]
        out += [(int(e), a, k, o, n) for e, a, k, o, n in conn.execute(
            "SELECT entry_id, at, kind, old_value, new_value FROM watch_history WHERE kind IN ('opened', 'level', "
            f"'closed', 'reopened') AND entry_id IN ({','.join('?' * len(chunk))}) ORDER BY id", chunk)]
    return out


def grades_met(conn: Connection, month: str) -> set[int]:
    """The grades with a meeting of ``month`` that is not abandoned."""
    return {int(g) for g, in conn.execute("SELECT DISTINCT grade_id FROM meeting WHERE month = ? AND "
                                          "state <> 'abandoned'", (month,))}

