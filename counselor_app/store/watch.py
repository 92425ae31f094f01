"""Watch-list entries: the ``watch_entry`` rows, their levels, history and responsible people (schema 7).

Plans, measures, follow-ups and parent contacts are in store/watch_records.py. Clinical text is sealed: the
columns below are declared once here and written with the session's clinical keys.
"""
from __future__ import annotations

from typing import Iterable, NamedTuple

from counselor_app.domain.watch import Level
from counselor_app.store.database import Connection
from counselor_app.store.sealed import SealedColumn

CONCERN = SealedColumn("watch_entry", "concern")
CLOSE_NOTE = SealedColumn("watch_entry", "close_note")
HISTORY_REASON = SealedColumn("watch_history", "reason")


class EntryRow(NamedTuple):
    id: int
    student_id: int
    source: str
    source_ref_type: str
    source_ref_id: str
    level: str
    severity: str
    state: str
    opened_on: str
    opened_by: int | None
    next_review: str
    peer_student_id: int | None
    parent_name: str
    parent_relation: str
    parent_phone: str
    close_reason: str
    close_requested_by: int | None
    close_requested_at: str | None
    closed_on: str | None
    closed_by: int | None
    revision: int


_ENTRY = ("SELECT id, student_id, source, source_ref_type, source_ref_id, level, severity, state, opened_on, "
          "opened_by, next_review, peer_student_id, parent_name, parent_relation, parent_phone, close_reason, "
          "close_requested_by, close_requested_at, closed_on, closed_by, revision FROM watch_entry")


class Responsible(NamedTuple):
    staff_id: int
    duty: str
    name: str
    phone: str
    active: bool


class HistoryRow(NamedTuple):
    id: int
    at: str
    user_id: int | None
    user_name: str
    kind: str
    old_value: str
    new_value: str


class ListRow(NamedTuple):
    """One entry for the watch-list page and the overdue computation: the entry, its student and the facts of its
    closed loop, read in one query."""
    id: int
    student_id: int
    student_no: str
    name: str
    student_status: str
    grade_id: int | None
    grade: str
    class_id: int | None
    class_name: str
    source: str
    level: str
    severity: str
    state: str
    opened_on: str
    next_review: str
    closed_on: str | None
    close_requested: bool
    responsible: str               # 'duty<TAB>staff id<TAB>name;…'
    last_followup: str | None
    has_plan: bool
    earliest_open_due: str | None  # of the current plan's unfinished measures
    responsible_lost: bool
    opened_by: int | None


# -- levels -----------------------------------------------------------------------------------------------------

def levels(conn: Connection, *, all_levels: bool = False) -> list[Level]:
    """The office's levels by rank (only the active ones unless ``all_levels``)."""
    where = "" if all_levels else "WHERE active = 1"
    return [Level(c, l, col, int(r), int(d), bool(m)) for c, l, col, r, d, m in conn.execute(
        f"SELECT code, label, colour, rank, review_days, may_close FROM watch_level {where} ORDER BY rank")]


def level_in_use(conn: Connection, code: str) -> bool:
    return conn.execute("SELECT 1 FROM watch_entry WHERE level = ? LIMIT 1", (code,)).fetchone() is not None


def save_levels(conn: Connection, found: Iterable[Level], inactive: Iterable[str]) -> None:
    """Write the level list: ``found`` in rank order, ``inactive`` kept (entries refer to them) but no longer
    offered. Ranks are rewritten through negative values so the UNIQUE rank never collides midway."""
    found = list(found)
    conn.execute("UPDATE watch_level SET rank = -rank - 1000")
    for level in found:
        conn.execute(
            "INSERT INTO watch_level (code, label, colour, rank, review_days, may_close, active) "
            "VALUES (?, ?, ?, ?, ?, ?, 1) ON CONFLICT(code) DO UPDATE SET label = excluded.label, "
            "colour = excluded.colour, rank = excluded.rank, review_days = excluded.review_days, "
            "may_close = excluded.may_close, active = 1",
            (level.code, level.label, level.colour, level.rank, level.review_days, int(level.may_close)))
    top = max((lv.rank for lv in found), default=0)
    for n, code in enumerate(inactive, 1):
        conn.execute("UPDATE watch_level SET active = 0, rank = ? WHERE code = ?", (top + n, code))


# -- entries ----------------------------------------------------------------------------------------------------

def entry(conn: Connection, entry_id: int) -> EntryRow | None:
    r = conn.execute(f"{_ENTRY} WHERE id = ?", (entry_id,)).fetchone()
    return EntryRow(*r) if r else None


def entries_of(conn: Connection, student_id: int) -> list[EntryRow]:
    """Every entry of one student, newest first."""
    return [EntryRow(*r) for r in conn.execute(f"{_ENTRY} WHERE student_id = ? ORDER BY opened_on DESC, id DESC",
                                               (student_id,))]


def open_entry_of(conn: Connection, student_id: int) -> EntryRow | None:
    r = conn.execute(f"{_ENTRY} WHERE student_id = ? AND state <> 'closed'", (student_id,)).fetchone()
    return EntryRow(*r) if r else None


def insert_entry(conn: Connection, fields: dict, at: str) -> int:
    cur = conn.execute(
        "INSERT INTO watch_entry (student_id, source, source_ref_type, source_ref_id, level, severity, state, "
        "opened_on, opened_by, next_review, peer_student_id, parent_name, parent_relation, parent_phone, "
        "created_at, updated_at) VALUES (:student_id, :source, :source_ref_type, :source_ref_id, :level, :severity, "
        ":state, :opened_on, :opened_by, :next_review, :peer_student_id, :parent_name, :parent_relation, "
        ":parent_phone, :at, :at)", {**fields, "at": at})
    return int(cur.lastrowid)


_EDITABLE = ("source", "source_ref_type", "source_ref_id", "level", "severity", "state", "next_review",
             "peer_student_id", "parent_name", "parent_relation", "parent_phone", "close_reason",
             "close_requested_by", "close_requested_at", "closed_on", "closed_by")


def update_entry(conn: Connection, entry_id: int, fields: dict, at: str, revision: int | None = None) -> bool:
    """Change the entry and add one to its revision; with ``revision``, only if the entry is still at it.
    False when it was not (someone else saved in between)."""
    names = [k for k in fields if k in _EDITABLE]
    if len(names) != len(fields):
        raise ValueError(f"not an editable column: {sorted(set(fields) - set(names))}")
    sets = ", ".join([f"{k} = ?" for k in names] + ["revision = revision + 1", "updated_at = ?"])
    args = [fields[k] for k in names] + [at, entry_id]
    where = "id = ?"
    if revision is not None:
        where += " AND revision = ?"
        args.append(revision)
    return conn.execute(f"UPDATE watch_entry SET {sets} WHERE {where}", args).rowcount == 1


def add_history(conn: Connection, entry_id: int, at: str, user_id: int | None, kind: str, old: str = "",
                new: str = "") -> int:
    cur = conn.execute("INSERT INTO watch_history (entry_id, at, user_id, kind, old_value, new_value) "
                       "VALUES (?, ?, ?, ?, ?, ?)", (entry_id, at, user_id, kind, old, new))
    return int(cur.lastrowid)


def history(conn: Connection, entry_id: int) -> list[HistoryRow]:
    return [HistoryRow(*r) for r in conn.execute(
        "SELECT h.id, h.at, h.user_id, COALESCE(u.display_name, ''), h.kind, h.old_value, h.new_value "
        "FROM watch_history h LEFT JOIN app_user u ON u.id = h.user_id WHERE h.entry_id = ? ORDER BY h.id",
        (entry_id,))]


def history_of_entries(conn: Connection, entry_ids: list[int]) -> list[tuple[int, HistoryRow]]:
    """(entry id, row) of several entries, oldest first (the student's timeline)."""
    if not entry_ids:
        return []
    marks = ",".join("?" * len(entry_ids))
    return [(int(r[0]), HistoryRow(*r[1:])) for r in conn.execute(
        "SELECT h.entry_id, h.id, h.at, h.user_id, COALESCE(u.display_name, ''), h.kind, h.old_value, h.new_value "
        f"FROM watch_history h LEFT JOIN app_user u ON u.id = h.user_id WHERE h.entry_id IN ({marks}) ORDER BY h.id",
        entry_ids)]


# -- responsible people -----------------------------------------------------------------------------------------

def responsible(conn: Connection, entry_id: int) -> list[Responsible]:
    return [Responsible(int(s), d, n, p, bool(a)) for s, d, n, p, a in conn.execute(
        "SELECT r.staff_id, r.duty, s.name, s.phone, s.active FROM watch_responsible r JOIN staff s ON s.id = r.staff_id "
        "WHERE r.entry_id = ? ORDER BY CASE r.duty WHEN 'counselor' THEN 0 WHEN 'head_teacher' THEN 1 ELSE 2 END, "
        "s.name", (entry_id,))]


def set_responsible(conn: Connection, entry_id: int, people: Iterable[tuple[int, str]]) -> None:
    """The entry's responsible people are exactly ``people`` ((staff id, duty) pairs)."""
    conn.execute("DELETE FROM watch_responsible WHERE entry_id = ?", (entry_id,))
    conn.executemany("INSERT OR IGNORE INTO watch_responsible (entry_id, staff_id, duty) VALUES (?, ?, ?)",
                     [(entry_id, s, d) for s, d in people])


def entries_of_staff(conn: Connection, staff_id: int) -> list[int]:
    """The open entries a staff member is responsible for."""
    return [int(e) for e, in conn.execute(
        "SELECT DISTINCT r.entry_id FROM watch_responsible r JOIN watch_entry e ON e.id = r.entry_id "
        "WHERE r.staff_id = ? AND e.state <> 'closed'", (staff_id,))]


# -- the list ---------------------------------------------------------------------------------------------------

_LIST = """
SELECT e.id, e.student_id, s.student_no, s.name, s.status, g.id, COALESCE(g.name, ''), c.id, COALESCE(c.name, ''),
       e.source, e.level, e.severity, e.state, e.opened_on, e.next_review, e.closed_on,
       e.close_requested_at IS NOT NULL AND e.state <> 'closed',
       (SELECT group_concat(r.duty || char(9) || r.staff_id || char(9) || st.name, ';')
          FROM watch_responsible r JOIN staff st ON st.id = r.staff_id WHERE r.entry_id = e.id),
       (SELECT max(f.on_date) FROM watch_followup f WHERE f.entry_id = e.id),
       EXISTS (SELECT 1 FROM watch_plan p WHERE p.entry_id = e.id),
       (SELECT min(m.due_on) FROM watch_measure m WHERE m.plan_id =
            (SELECT p.id FROM watch_plan p WHERE p.entry_id = e.id ORDER BY p.version DESC LIMIT 1)
          AND m.due_on IS NOT NULL AND m.state IN ('planned', 'ongoing')),
       e.state <> 'closed' AND (
         EXISTS (SELECT 1 FROM watch_responsible r JOIN staff st ON st.id = r.staff_id
                  WHERE r.entry_id = e.id AND st.active = 0)
         OR EXISTS (SELECT 1 FROM watch_responsible r WHERE r.entry_id = e.id AND r.duty = 'head_teacher'
                     AND r.staff_id IS NOT c.head_teacher_staff_id)),
       e.opened_by
FROM watch_entry e
JOIN student s ON s.id = e.student_id
LEFT JOIN school_class c ON c.id = s.class_id
LEFT JOIN grade g ON g.id = c.grade_id
"""


def list_rows(conn: Connection, *, open_only: bool = False, student_id: int | None = None) -> list[ListRow]:
    """Entries with their student and loop facts: every entry, only the open ones, or one student's."""
    where, args = [], []
    if open_only:
        where.append("e.state <> 'closed'")
    if student_id is not None:
        where.append("e.student_id = ?")
        args.append(student_id)
    sql = _LIST + (f" WHERE {' AND '.join(where)}" if where else "") + " ORDER BY e.next_review, e.id"
    return [ListRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10], r[11], r[12], r[13], r[14],
                    r[15], bool(r[16]), r[17] or "", r[18], bool(r[19]), r[20], bool(r[21]), r[22])
            for r in conn.execute(sql, args)]


def class_head(conn: Connection, student_id: int) -> int | None:
    """The head teacher (班主任/辅导员) of the student's class now, None when none."""
    r = conn.execute("SELECT c.head_teacher_staff_id FROM student s JOIN school_class c ON c.id = s.class_id "
                     "WHERE s.id = ?", (student_id,)).fetchone()
    return int(r[0]) if r and r[0] is not None else None


def monitors_of_class(conn: Connection, class_id: int) -> list[tuple[int, str]]:
    """(student id, name) of the class's 心理委员 still in school."""
    return [(int(i), n) for i, n in conn.execute(
        "SELECT id, name FROM student WHERE class_id = ? AND is_monitor = 1 "
        "AND status NOT IN ('graduated', 'transferred') ORDER BY name", (class_id,))]


def student_ids_with_open_entries(conn: Connection) -> set[int]:
    return {int(s) for s, in conn.execute("SELECT student_id FROM watch_entry WHERE state <> 'closed'")}


def counts_by_state(conn: Connection) -> dict[str, int]:
    return {s: int(n) for s, n in conn.execute("SELECT state, count(*) FROM watch_entry GROUP BY state")}
