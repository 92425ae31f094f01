"""Screening scales, campaigns and their target students (schema 8). Results and candidates are in
store/screening_results.py. The reason a student is absent or exempt may be medical: it is sealed.
"""
from __future__ import annotations

import json
from typing import Iterable, NamedTuple, Sequence

from counselor_app.store.database import Connection
from counselor_app.store.sealed import SealedColumn

TARGET_REASON = SealedColumn("screening_target", "reason")


class ScaleRow(NamedTuple):
    id: int
    code: str
    version: int
    name: str
    fingerprint: str
    definition: str
    builtin: bool
    added_at: str
    added_by: int | None


_SCALE = "SELECT id, code, version, name, fingerprint, definition, builtin, added_at, added_by FROM screening_scale"


def _scale(r) -> ScaleRow:
    return ScaleRow(int(r[0]), r[1], int(r[2]), r[3], r[4], r[5], bool(r[6]), r[7], r[8])


def scales(conn: Connection) -> list[ScaleRow]:
    return [_scale(r) for r in conn.execute(f"{_SCALE} ORDER BY code, version")]


def scale(conn: Connection, scale_id: int) -> ScaleRow | None:
    r = conn.execute(f"{_SCALE} WHERE id = ?", (scale_id,)).fetchone()
    return _scale(r) if r else None


def scale_by_key(conn: Connection, code: str, version: int) -> ScaleRow | None:
    r = conn.execute(f"{_SCALE} WHERE code = ? AND version = ?", (code, version)).fetchone()
    return _scale(r) if r else None


def insert_scale(conn: Connection, code: str, version: int, name: str, fingerprint: str, definition: str,
                 builtin: bool, at: str, user_id: int | None) -> int:
    cur = conn.execute("INSERT INTO screening_scale (code, version, name, fingerprint, definition, builtin, added_at, "
                       "added_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                       (code, version, name, fingerprint, definition, int(builtin), at, user_id))
    return int(cur.lastrowid)


# -- campaigns --------------------------------------------------------------------------------------------------

class CampaignRow(NamedTuple):
    id: int
    name: str
    scale_code: str
    school_year_id: int | None
    school_year: str
    start_on: str
    end_on: str | None
    created_at: str


_CAMPAIGN = ("SELECT c.id, c.name, c.scale_code, c.school_year_id, coalesce(y.name, ''), c.start_on, c.end_on, "
             "c.created_at FROM screening_campaign c LEFT JOIN school_year y ON y.id = c.school_year_id")


def campaigns(conn: Connection) -> list[CampaignRow]:
    """Every campaign, the newest first."""
    return [CampaignRow(*r) for r in conn.execute(f"{_CAMPAIGN} ORDER BY c.start_on DESC, c.id DESC")]


def campaign(conn: Connection, campaign_id: int) -> CampaignRow | None:
    r = conn.execute(f"{_CAMPAIGN} WHERE c.id = ?", (campaign_id,)).fetchone()
    return CampaignRow(*r) if r else None


def campaign_by_name(conn: Connection, name: str) -> CampaignRow | None:
    r = conn.execute(f"{_CAMPAIGN} WHERE c.name = ?", (name,)).fetchone()
    return CampaignRow(*r) if r else None


def insert_campaign(conn: Connection, name: str, scale_code: str, school_year_id: int | None, start_on: str,
                    end_on: str | None, at: str, user_id: int | None) -> int:
    cur = conn.execute("INSERT INTO screening_campaign (name, scale_code, school_year_id, start_on, end_on, "
                       "created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
                       (name, scale_code, school_year_id, start_on, end_on, at, user_id))
    return int(cur.lastrowid)


def set_groups(conn: Connection, campaign_id: int, grade_ids: Iterable[int], class_ids: Iterable[int]) -> None:
    conn.execute("DELETE FROM screening_campaign_group WHERE campaign_id = ?", (campaign_id,))
    conn.executemany("INSERT INTO screening_campaign_group (campaign_id, grade_id) VALUES (?, ?)",
                     [(campaign_id, g) for g in grade_ids])
    conn.executemany("INSERT INTO screening_campaign_group (campaign_id, class_id) VALUES (?, ?)",
                     [(campaign_id, c) for c in class_ids])


class Group(NamedTuple):
    grade_id: int | None
    class_id: int | None
    name: str            # the grade's name, or the class's


def groups(conn: Connection, campaign_id: int) -> list[Group]:
    return [Group(g, c, n or "") for g, c, n in conn.execute(
        "SELECT x.grade_id, x.class_id, coalesce(g.name, cg.name || ' ' || k.name) "
        "FROM screening_campaign_group x LEFT JOIN grade g ON g.id = x.grade_id "
        "LEFT JOIN school_class k ON k.id = x.class_id LEFT JOIN grade cg ON cg.id = k.grade_id "
        "WHERE x.campaign_id = ? ORDER BY coalesce(g.sort_order, cg.sort_order), k.sort_order", (campaign_id,))]


def group_ids(conn: Connection) -> tuple[set[int], set[int]]:
    """The ids of every grade and every class of the register (to check a campaign's choice)."""
    return ({int(g) for g, in conn.execute("SELECT id FROM grade")},
            {int(c) for c, in conn.execute("SELECT id FROM school_class")})


# -- the register's students, as a campaign needs them ----------------------------------------------------------

class Pupil(NamedTuple):
    """A student of the register with what matching and targeting need."""
    id: int
    student_no: str
    name: str
    status: str
    grade_id: int | None
    grade: str
    class_id: int | None
    class_name: str


_PUPIL = ("SELECT s.id, s.student_no, s.name, s.status, c.grade_id, coalesce(g.name, ''), s.class_id, "
          "coalesce(c.name, '') FROM student s LEFT JOIN school_class c ON c.id = s.class_id "
          "LEFT JOIN grade g ON g.id = c.grade_id")


def pupils(conn: Connection) -> list[Pupil]:
    """Every student of the register (the import matches a file's rows against them in memory)."""
    return [Pupil(*r) for r in conn.execute(_PUPIL)]


def pupils_in(conn: Connection, grade_ids: Sequence[int], class_ids: Sequence[int],
              statuses: Sequence[str]) -> list[Pupil]:
    """The students of those grades or classes now, with one of ``statuses``."""
    if not grade_ids and not class_ids:
        return []
    where = []
    args: list = []
    if grade_ids:
        where.append(f"c.grade_id IN ({','.join('?' * len(grade_ids))})")
        args += list(grade_ids)
    if class_ids:
        where.append(f"s.class_id IN ({','.join('?' * len(class_ids))})")
        args += list(class_ids)
    args += list(statuses)
    return [Pupil(*r) for r in conn.execute(
        f"{_PUPIL} WHERE ({' OR '.join(where)}) AND s.status IN ({','.join('?' * len(statuses))})", args)]


# -- targets ----------------------------------------------------------------------------------------------------

class TargetRow(NamedTuple):
    id: int
    student_id: int
    grade_id: int | None
    class_id: int | None
    disposition: str


def targets(conn: Connection, campaign_id: int) -> dict[int, TargetRow]:
    """student id → target."""
    return {int(r[1]): TargetRow(*r) for r in conn.execute(
        "SELECT id, student_id, grade_id, class_id, disposition FROM screening_target WHERE campaign_id = ?",
        (campaign_id,))}


def target(conn: Connection, campaign_id: int, student_id: int) -> TargetRow | None:
    r = conn.execute("SELECT id, student_id, grade_id, class_id, disposition FROM screening_target "
                     "WHERE campaign_id = ? AND student_id = ?", (campaign_id, student_id)).fetchone()
    return TargetRow(*r) if r else None


def add_targets(conn: Connection, campaign_id: int, pupils_: Iterable[Pupil], disposition: str, at: str,
                user_id: int | None) -> None:
    """Target the students with their grade and class now; a student already targeted keeps their row."""
    conn.executemany("INSERT OR IGNORE INTO screening_target (campaign_id, student_id, grade_id, class_id, grade_name, "
                     "class_name, disposition, changed_at, changed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     [(campaign_id, p.id, p.grade_id, p.class_id, p.grade, p.class_name, disposition, at, user_id)
                      for p in pupils_])


def set_disposition(conn: Connection, target_id: int, disposition: str, at: str, user_id: int | None) -> None:
    conn.execute("UPDATE screening_target SET disposition = ?, changed_at = ?, changed_by = ? WHERE id = ?",
                 (disposition, at, user_id, target_id))


def mark_tested(conn: Connection, campaign_id: int, student_ids: Iterable[int], at: str,
                user_id: int | None) -> None:
    """The students' targets 已测 (one statement for an import's thousands: the ids as a JSON list)."""
    ids = [int(s) for s in student_ids]
    if ids:
        conn.execute("UPDATE screening_target SET disposition = 'tested', reason = NULL, changed_at = ?, "
                     "changed_by = ? WHERE campaign_id = ? AND disposition <> 'tested' "
                     "AND student_id IN (SELECT value FROM json_each(?))",
                     (at, user_id, campaign_id, json.dumps(ids)))


class CoverageRow(NamedTuple):
    grade_id: int | None
    grade: str
    class_id: int | None
    class_name: str
    disposition: str
    count: int


def coverage_rows(conn: Connection, campaign_id: int | None = None) -> list[tuple[int, CoverageRow]]:
    """(campaign id, counts by the grade and class a target was in and its disposition), in the register's order;
    of one campaign or of all."""
    where, args = ("WHERE t.campaign_id = ?", (campaign_id,)) if campaign_id is not None else ("", ())
    return [(int(r[0]), CoverageRow(*r[1:])) for r in conn.execute(
        "SELECT t.campaign_id, t.grade_id, t.grade_name, t.class_id, t.class_name, t.disposition, count(*) "
        "FROM screening_target t LEFT JOIN grade g ON g.id = t.grade_id "
        f"LEFT JOIN school_class k ON k.id = t.class_id {where} "
        "GROUP BY t.campaign_id, t.grade_id, t.grade_name, t.class_id, t.class_name, t.disposition "
        "ORDER BY t.campaign_id, g.sort_order, t.grade_name, k.sort_order, t.class_name", args)]


def set_due_again(conn: Connection, campaign_id: int, student_id: int, at: str, user_id: int | None) -> None:
    """The student's result was removed or moved away: 应测 again."""
    conn.execute("UPDATE screening_target SET disposition = 'due', reason = NULL, changed_at = ?, changed_by = ? "
                 "WHERE campaign_id = ? AND student_id = ? AND disposition = 'tested'",
                 (at, user_id, campaign_id, student_id))


class TargetLine(NamedTuple):
    """A student the campaign screens, as its list shows them (the reason stays sealed)."""
    id: int
    student_id: int
    student_no: str
    name: str
    grade_id: int | None
    grade: str
    class_name: str
    disposition: str
    reason: bytes | None
    changed_at: str | None


def target_lines(conn: Connection, campaign_id: int) -> list[TargetLine]:
    """Every target of the campaign, by the grade and class they were in when it began, then student number."""
    return [TargetLine(*r) for r in conn.execute(
        "SELECT t.id, t.student_id, s.student_no, s.name, t.grade_id, t.grade_name, t.class_name, t.disposition, "
        "t.reason, t.changed_at FROM screening_target t JOIN student s ON s.id = t.student_id "
        "LEFT JOIN grade g ON g.id = t.grade_id LEFT JOIN school_class k ON k.id = t.class_id "
        "WHERE t.campaign_id = ? ORDER BY g.sort_order, t.grade_name, k.sort_order, t.class_name, s.student_no",
        (campaign_id,))]


def grade_levels(conn: Connection, grade_ids: Sequence[int], class_ids: Sequence[int]) -> list[tuple[str, int]]:
    """(grade name, K-12 level — 0 for a department) of the chosen grades and of the chosen classes' grades, in the
    register's order."""
    ids = list(grade_ids) + [int(g) for g, in conn.execute(
        f"SELECT DISTINCT grade_id FROM school_class WHERE id IN ({','.join('?' * len(class_ids))})",
        list(class_ids))] if class_ids else list(grade_ids)
    if not ids:
        return []
    return [(n, int(lv or 0)) for n, lv in conn.execute(
        f"SELECT name, level FROM grade WHERE id IN ({','.join('?' * len(ids))}) ORDER BY sort_order, id", ids)]


def birth_dates(conn: Connection, grade_ids: Sequence[int], class_ids: Sequence[int],
                statuses: Sequence[str]) -> list[str | None]:
    """The birth dates (ISO, or None) of the students a campaign of those groups would target."""
    ids = [p.id for p in pupils_in(conn, grade_ids, class_ids, statuses)]
    out: list[str | None] = []
    for start in range(0, len(ids), 900):
        chunk = ids[start:start + 900]
        out += [b for b, in conn.execute(
            f"SELECT birth_date FROM student WHERE id IN ({','.join('?' * len(chunk))})", chunk)]
    return out
