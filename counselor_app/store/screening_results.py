"""Screening results and candidates (schema 8). The item answers and the detailed result are sealed with the
clinical key; the plain columns (outcome, total, band, key items) serve lists and filters."""
from __future__ import annotations

from typing import Iterable, NamedTuple

from counselor_app.store.database import Connection
from counselor_app.store.sealed import SealedColumn

ANSWERS = SealedColumn("screening_result", "answers")
DETAIL = SealedColumn("screening_result", "detail")


class NewResult(NamedTuple):
    student_id: int
    scale_id: int
    taken_on: str
    outcome: str
    total: int | None
    band: str
    key_items: str
    score_only: bool
    digest: str


def insert_results(conn: Connection, campaign_id: int, rows: list[NewResult], at: str,
                   user_id: int | None, sealed=None) -> list[int]:
    """Insert the rows with the next free ids (inside the caller's write transaction, which holds the database
    until it ends). Their sealed columns are written afterwards, with the ids (:func:`write_sealed`), or at once:
    ``sealed(id, index in rows) -> (sealed answers, sealed detail)``. Returns the ids in order."""
    first = int(conn.execute("SELECT coalesce(max(id), 0) + 1 FROM screening_result").fetchone()[0])
    ids = list(range(first, first + len(rows)))
    values = [(i, campaign_id, r.student_id, r.scale_id, r.taken_on, r.outcome, r.total, r.band, r.key_items,
               int(r.score_only), r.digest, at, user_id) for i, r in zip(ids, rows)]
    if sealed is None:
        conn.executemany(f"INSERT INTO screening_result ({_COLUMNS}) VALUES ({_MARKS})", values)
    else:
        conn.executemany(f"INSERT INTO screening_result ({_COLUMNS}, answers, detail) VALUES ({_MARKS}, ?, ?)",
                         [(*v, *sealed(i, n)) for n, (i, v) in enumerate(zip(ids, values))])
    return ids


_COLUMNS = ("id, campaign_id, student_id, scale_id, taken_on, outcome, total, band, key_items, score_only, digest, "
            "imported_at, imported_by")
_MARKS = ", ".join("?" * 13)


def write_sealed(conn: Connection, values: Iterable[tuple[bytes | None, bytes | None, int]]) -> None:
    """(sealed answers, sealed detail, result id) for many rows at once."""
    conn.executemany("UPDATE screening_result SET answers = ?, detail = ? WHERE id = ?", values)


class Held(NamedTuple):
    id: int
    digest: str
    taken_on: str


def digests(conn: Connection, campaign_id: int) -> dict[int, Held]:
    """student id → (result id, digest, day taken) of the campaign's results."""
    return {int(s): Held(int(i), d, t) for i, s, d, t in conn.execute(
        "SELECT id, student_id, digest, taken_on FROM screening_result WHERE campaign_id = ?", (campaign_id,))}


class ResultRow(NamedTuple):
    """One result as the campaign's results page lists it (no clinical text)."""
    id: int
    student_id: int
    student_no: str
    name: str
    grade_id: int | None
    grade: str
    class_id: int | None
    class_name: str
    taken_on: str
    outcome: str
    total: int | None
    band: str
    key_items: str
    score_only: bool
    scale_code: str
    scale_version: int
    entry_id: int | None          # the watch-list entry it went to, if a candidate
    link: str                     # 'opened' / 'linked' / ''
    urgent: bool
    entry_state: str              # the entry's state now ('' when none)


_RESULTS = """
SELECT r.id, r.student_id, s.student_no, s.name, coalesce(t.grade_id, k.grade_id), coalesce(t.grade_name, g.name, ''),
       coalesce(t.class_id, s.class_id), coalesce(t.class_name, k.name, ''), r.taken_on, r.outcome, r.total, r.band,
       r.key_items, r.score_only, sc.code, sc.version, x.entry_id, coalesce(x.link, ''), coalesce(x.urgent, 0),
       coalesce(e.state, '')
FROM screening_result r
JOIN student s ON s.id = r.student_id
JOIN screening_scale sc ON sc.id = r.scale_id
LEFT JOIN screening_target t ON t.campaign_id = r.campaign_id AND t.student_id = r.student_id
LEFT JOIN school_class k ON k.id = s.class_id
LEFT JOIN grade g ON g.id = k.grade_id
LEFT JOIN screening_candidate x ON x.result_id = r.id
LEFT JOIN watch_entry e ON e.id = x.entry_id
"""


def _row(r) -> ResultRow:
    return ResultRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10], r[11], r[12], bool(r[13]),
                     r[14], r[15], r[16], r[17], bool(r[18]), r[19])


def results(conn: Connection, campaign_id: int) -> list[ResultRow]:
    return [_row(r) for r in conn.execute(f"{_RESULTS} WHERE r.campaign_id = ? ORDER BY r.id", (campaign_id,))]


def result(conn: Connection, result_id: int) -> ResultRow | None:
    r = conn.execute(f"{_RESULTS} WHERE r.id = ?", (result_id,)).fetchone()
    return _row(r) if r else None


class StudentResult(NamedTuple):
    id: int
    campaign_id: int
    campaign: str
    school_year: str
    scale_code: str
    scale_version: int
    scale_name: str
    taken_on: str
    outcome: str
    total: int | None
    band: str
    key_items: str
    score_only: bool
    imported_at: str
    imported_by: int | None


def of_student(conn: Connection, student_id: int) -> list[StudentResult]:
    """A student's results over the years, oldest first."""
    return [StudentResult(*r[:12], bool(r[12]), r[13], r[14]) for r in conn.execute(
        "SELECT r.id, c.id, c.name, coalesce(y.name, ''), sc.code, sc.version, sc.name, r.taken_on, r.outcome, "
        "r.total, r.band, r.key_items, r.score_only, r.imported_at, r.imported_by FROM screening_result r "
        "JOIN screening_campaign c ON c.id = r.campaign_id JOIN screening_scale sc ON sc.id = r.scale_id "
        "LEFT JOIN school_year y ON y.id = c.school_year_id WHERE r.student_id = ? ORDER BY r.taken_on, r.id",
        (student_id,))]


class Summary(NamedTuple):
    campaign_id: int
    results: int
    positives: int
    key_hits: int
    candidates_pending: int       # candidate entries still 待复核


def summaries(conn: Connection) -> dict[int, Summary]:
    return {int(r[0]): Summary(*r) for r in conn.execute(
        "SELECT r.campaign_id, count(*), sum(r.outcome = 'positive'), sum(r.key_items <> ''), "
        "sum(e.state = 'candidate') FROM screening_result r LEFT JOIN screening_candidate x ON x.result_id = r.id "
        "LEFT JOIN watch_entry e ON e.id = x.entry_id GROUP BY r.campaign_id")}


class SealedRow(NamedTuple):
    id: int
    student_no: str
    name: str
    grade: str
    class_name: str
    scale_id: int
    outcome: str
    total: int | None
    band: str
    key_items: str
    detail: bytes | None


def for_export(conn: Connection, campaign_id: int) -> list[SealedRow]:
    """The campaign's results with their sealed detail, in the register's order of the classes."""
    return [SealedRow(*r) for r in conn.execute(
        "SELECT r.id, s.student_no, s.name, coalesce(t.grade_name, g.name, ''), coalesce(t.class_name, k.name, ''), "
        "r.scale_id, r.outcome, r.total, r.band, r.key_items, r.detail FROM screening_result r "
        "JOIN student s ON s.id = r.student_id "
        "LEFT JOIN screening_target t ON t.campaign_id = r.campaign_id AND t.student_id = r.student_id "
        "LEFT JOIN school_class k ON k.id = s.class_id LEFT JOIN grade g ON g.id = k.grade_id "
        "WHERE r.campaign_id = ? ORDER BY g.sort_order, k.sort_order, s.student_no, r.id", (campaign_id,))]


# -- candidates -------------------------------------------------------------------------------------------------

class Pending(NamedTuple):
    """A candidate result not yet on the watch list."""
    id: int
    student_id: int
    outcome: str
    key_items: str
    total: int | None
    band: str
    scale_code: str


def pending_candidates(conn: Connection, campaign_id: int) -> list[Pending]:
    """The campaign's positive results and key-item hits without a candidate row yet."""
    return [Pending(*r) for r in conn.execute(
        "SELECT r.id, r.student_id, r.outcome, r.key_items, r.total, r.band, sc.code FROM screening_result r "
        "JOIN screening_scale sc ON sc.id = r.scale_id "
        "WHERE r.campaign_id = ? AND (r.outcome = 'positive' OR r.key_items <> '') "
        "AND NOT EXISTS (SELECT 1 FROM screening_candidate x WHERE x.result_id = r.id) ORDER BY r.id",
        (campaign_id,))]


def add_candidate(conn: Connection, result_id: int, entry_id: int, link: str, urgent: bool, at: str,
                  user_id: int | None) -> None:
    conn.execute("INSERT INTO screening_candidate (result_id, entry_id, link, urgent, at, by_user) "
                 "VALUES (?, ?, ?, ?, ?, ?)", (result_id, entry_id, link, int(urgent), at, user_id))


def entries_opened_for(conn: Connection, result_ids: Iterable[int]) -> dict[int, int]:
    """result id → the newest watch-list entry opened for it (source_ref), for many results in one read (the table
    has no index on source_ref: one scan, not one per result)."""
    wanted = {str(i) for i in result_ids}
    found: dict[int, int] = {}
    for ref, entry_id in conn.execute("SELECT source_ref_id, id FROM watch_entry WHERE source_ref_type = 'screening' "
                                      "ORDER BY id"):
        if ref in wanted:
            found[int(ref)] = int(entry_id)
    return found


def entry_opened_for(conn: Connection, result_id: int) -> int | None:
    """A watch-list entry opened for this result (source_ref) whose candidate row was not written: an import
    interrupted between the two transactions."""
    r = conn.execute("SELECT id FROM watch_entry WHERE source_ref_type = 'screening' AND source_ref_id = ? "
                     "ORDER BY id DESC LIMIT 1", (str(result_id),)).fetchone()
    return int(r[0]) if r else None


# -- the campaign summary (services/screening_summary.py) ---------------------------------------------------------

class SummaryRow(NamedTuple):
    """One result as the campaign summary counts it: the grade and class the student was in when the campaign began,
    the plain verdict, the sealed detail (factor bands) and what became of the candidate on the watch list."""
    id: int
    student_no: str
    name: str
    grade: str
    class_name: str
    scale_id: int
    outcome: str
    total: int | None
    band: str
    key_items: str
    detail: bytes | None
    entry_id: int | None
    entry_state: str
    close_reason: str


def summary_rows(conn: Connection, campaign_id: int) -> list[SummaryRow]:
    """The campaign's results in the register's order of the classes, with their candidate's watch-list entry."""
    return [SummaryRow(*r) for r in conn.execute(
        "SELECT r.id, s.student_no, s.name, coalesce(t.grade_name, g.name, ''), coalesce(t.class_name, k.name, ''), "
        "r.scale_id, r.outcome, r.total, r.band, r.key_items, r.detail, x.entry_id, coalesce(e.state, ''), "
        "coalesce(e.close_reason, '') FROM screening_result r JOIN student s ON s.id = r.student_id "
        "LEFT JOIN screening_target t ON t.campaign_id = r.campaign_id AND t.student_id = r.student_id "
        "LEFT JOIN school_class k ON k.id = s.class_id LEFT JOIN grade g ON g.id = k.grade_id "
        "LEFT JOIN screening_candidate x ON x.result_id = r.id LEFT JOIN watch_entry e ON e.id = x.entry_id "
        "WHERE r.campaign_id = ? ORDER BY g.sort_order, k.sort_order, s.student_no, r.id", (campaign_id,))]


# -- corrections (services/screening_corrections.py) ---------------------------------------------------------------

def candidate_of(conn: Connection, result_id: int) -> tuple[int, str] | None:
    """(watch-list entry id, link) of the result's candidate row, or None."""
    r = conn.execute("SELECT entry_id, link FROM screening_candidate WHERE result_id = ?", (result_id,)).fetchone()
    return (int(r[0]), r[1]) if r else None


def campaign_and_scale(conn: Connection, result_id: int) -> tuple[int, int]:
    r = conn.execute("SELECT campaign_id, scale_id FROM screening_result WHERE id = ?", (result_id,)).fetchone()
    return int(r[0]), int(r[1])


def unlink_candidate(conn: Connection, result_id: int) -> None:
    conn.execute("DELETE FROM screening_candidate WHERE result_id = ?", (result_id,))


def delete_result(conn: Connection, result_id: int) -> None:
    """The result and its candidate row go (the watch-list entry stays: it is the counselor's record)."""
    conn.execute("DELETE FROM screening_candidate WHERE result_id = ?", (result_id,))
    conn.execute("DELETE FROM screening_result WHERE id = ?", (result_id,))


def sealed_of(conn: Connection, result_id: int) -> tuple[bytes | None, bytes | None]:
    """(sealed answers, sealed detail) of one result."""
    r = conn.execute("SELECT answers, detail FROM screening_result WHERE id = ?", (result_id,)).fetchone()
    return (r[0], r[1]) if r else (None, None)


class Scored(NamedTuple):
    """A result as a rescoring reads it: the version that scored it and its sealed answers."""
    id: int
    scale_id: int
    outcome: str
    total: int | None
    band: str
    key_items: str
    score_only: bool
    answers: bytes | None


def scored(conn: Connection, campaign_id: int) -> list[Scored]:
    return [Scored(r[0], r[1], r[2], r[3], r[4], r[5], bool(r[6]), r[7]) for r in conn.execute(
        "SELECT id, scale_id, outcome, total, band, key_items, score_only, answers FROM screening_result "
        "WHERE campaign_id = ? ORDER BY id", (campaign_id,))]


def rescore(conn: Connection, values: Iterable[tuple[int, str, int | None, str, str, bytes | None, int]]) -> None:
    """(scale id, outcome, total, band, key items, sealed detail, result id) of many rows: the new version's
    verdicts (schema 14's trigger lets the scored columns change with the scale only)."""
    conn.executemany("UPDATE screening_result SET scale_id = ?, outcome = ?, total = ?, band = ?, key_items = ?, "
                     "detail = ? WHERE id = ?", values)
