"""The compliance logs (schema 10) and the counts the §19 indicators read. No clinical text lives here.

The five logs share one shape (a dated row, a few plain columns), so one table description each and one set of
functions serve them all; the family activity's classes are a child table.
"""
from __future__ import annotations

from typing import Iterable, NamedTuple

from counselor_app.store.database import Connection


class LogTable(NamedTuple):
    table: str
    columns: tuple[str, ...]      # the columns a service writes (besides created_at / created_by)
    display: str                  # the SELECT of a list row: id, on_date, then the columns as the list shows them


LOGS: dict[str, LogTable] = {
    "lesson": LogTable(
        "compliance_lesson", ("class_id", "on_date", "teacher_staff_id", "topic", "periods"),
        "SELECT l.id, l.on_date, l.class_id, g.name, c.name, l.teacher_staff_id, coalesce(s.name, ''), l.topic, "
        "l.periods FROM compliance_lesson l JOIN school_class c ON c.id = l.class_id JOIN grade g ON g.id = c.grade_id "
        "LEFT JOIN staff s ON s.id = l.teacher_staff_id"),
    "family": LogTable(
        "compliance_family_activity", ("on_date", "title", "form", "parents_expected", "parents_present"),
        "SELECT a.id, a.on_date, a.title, a.form, a.parents_expected, a.parents_present, "
        "(SELECT group_concat(class_id) FROM compliance_family_activity_class WHERE activity_id = a.id) "
        "FROM compliance_family_activity a"),
    "publicity": LogTable(
        "compliance_publicity", ("on_date", "title", "audience", "participants"),
        "SELECT p.id, p.on_date, p.title, p.audience, p.participants FROM compliance_publicity p"),
    "training": LogTable(
        "compliance_training", ("staff_id", "on_date", "title", "hours", "provider"),
        "SELECT t.id, t.on_date, t.staff_id, s.name, t.title, t.hours, t.provider FROM compliance_training t "
        "JOIN staff s ON s.id = t.staff_id"),
    "supervision": LogTable(
        "compliance_supervision", ("staff_id", "on_date", "form", "hours", "supervisor"),
        "SELECT v.id, v.on_date, v.staff_id, s.name, v.form, v.hours, v.supervisor FROM compliance_supervision v "
        "JOIN staff s ON s.id = v.staff_id"),
}
_ALIAS = {"lesson": "l", "family": "a", "publicity": "p", "training": "t", "supervision": "v"}


def insert(conn: Connection, kind: str, values: dict, created_at: str, created_by: int | None) -> int:
    spec = LOGS[kind]
    cols = spec.columns + ("created_at", "created_by")
    cur = conn.execute(f"INSERT INTO {spec.table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                       [values[c] for c in spec.columns] + [created_at, created_by])
    return int(cur.lastrowid)


def update(conn: Connection, kind: str, row_id: int, values: dict) -> bool:
    spec = LOGS[kind]
    sets = ", ".join(f"{c} = ?" for c in spec.columns)
    cur = conn.execute(f"UPDATE {spec.table} SET {sets} WHERE id = ?", [values[c] for c in spec.columns] + [row_id])
    return cur.rowcount == 1


def delete(conn: Connection, kind: str, row_id: int) -> bool:
    return conn.execute(f"DELETE FROM {LOGS[kind].table} WHERE id = ?", (row_id,)).rowcount == 1


def exists(conn: Connection, kind: str, row_id: int) -> bool:
    return conn.execute(f"SELECT 1 FROM {LOGS[kind].table} WHERE id = ?", (row_id,)).fetchone() is not None


def find_same(conn: Connection, kind: str, values: dict) -> int | None:
    """The row with the same natural key (what an import of the same sheet again would add twice)."""
    keys = {"lesson": ("class_id", "on_date", "topic"), "training": ("staff_id", "on_date", "title"),
            "supervision": ("staff_id", "on_date", "form"), "family": ("on_date", "title"),
            "publicity": ("on_date", "title", "audience")}[kind]
    r = conn.execute(f"SELECT id FROM {LOGS[kind].table} WHERE " + " AND ".join(f"{k} = ?" for k in keys),
                     [values[k] for k in keys]).fetchone()
    return None if r is None else int(r[0])


def set_classes(conn: Connection, activity_id: int, class_ids: Iterable[int]) -> None:
    conn.execute("DELETE FROM compliance_family_activity_class WHERE activity_id = ?", (activity_id,))
    conn.executemany("INSERT INTO compliance_family_activity_class (activity_id, class_id) VALUES (?, ?)",
                     [(activity_id, c) for c in sorted(set(class_ids))])


def rows(conn: Connection, kind: str, start: str, end: str, ids: Iterable[int] | None = None) -> list[tuple]:
    """List rows of a log between two days (inclusive), newest first; ``ids`` narrows to those rows."""
    a = _ALIAS[kind]
    sql = f"{LOGS[kind].display} WHERE {a}.on_date BETWEEN ? AND ?"
    args: list = [start, end]
    if ids is not None:
        wanted = sorted(set(ids))
        sql += f" AND {a}.id IN ({', '.join('?' * len(wanted))})" if wanted else " AND 0"
        args += wanted
    return [tuple(r) for r in conn.execute(sql + f" ORDER BY {a}.on_date DESC, {a}.id DESC", args)]


# --- the school year's resources ------------------------------------------------------------------------------
class YearResources(NamedTuple):
    school_year_id: int
    funding_yuan: float | None
    venue_rooms: int | None
    venue_m2: float | None
    course_credits: float | None
    hospital_partner: str
    hospital_since: str | None


def year_resources(conn: Connection, year_id: int) -> YearResources | None:
    r = conn.execute("SELECT school_year_id, funding_yuan, venue_rooms, venue_m2, course_credits, hospital_partner, "
                     "hospital_since FROM compliance_year WHERE school_year_id = ?", (year_id,)).fetchone()
    return None if r is None else YearResources(*r)


def save_year_resources(conn: Connection, r: YearResources, at: str, by: int | None) -> None:
    conn.execute(
        "INSERT INTO compliance_year (school_year_id, funding_yuan, venue_rooms, venue_m2, course_credits, "
        "hospital_partner, hospital_since, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(school_year_id) DO UPDATE SET funding_yuan = excluded.funding_yuan, venue_rooms = "
        "excluded.venue_rooms, venue_m2 = excluded.venue_m2, course_credits = excluded.course_credits, "
        "hospital_partner = excluded.hospital_partner, hospital_since = excluded.hospital_since, "
        "updated_at = excluded.updated_at, updated_by = excluded.updated_by", (*r, at, by))


# --- counts for the indicators ----------------------------------------------------------------------------------
def active_classes(conn: Connection) -> list[tuple[int, int, str, str]]:
    """(class id, grade id, grade name, class name) of the classes not archived."""
    return [tuple(r) for r in conn.execute(
        "SELECT c.id, g.id, g.name, c.name FROM school_class c JOIN grade g ON g.id = c.grade_id "
        "WHERE c.archived = 0 AND g.archived = 0 ORDER BY g.sort_order, g.name, c.sort_order, c.name")]


def lessons_per_class(conn: Connection, start: str, end: str) -> dict[int, int]:
    return {int(c): int(n) for c, n in conn.execute(
        "SELECT class_id, sum(periods) FROM compliance_lesson WHERE on_date BETWEEN ? AND ? GROUP BY class_id",
        (start, end))}


def lesson_ids(conn: Connection, start: str, end: str) -> list[int]:
    return [int(r[0]) for r in conn.execute("SELECT id FROM compliance_lesson WHERE on_date BETWEEN ? AND ?",
                                            (start, end))]


def family_per_class(conn: Connection, start: str, end: str) -> dict[int, int]:
    return {int(c): int(n) for c, n in conn.execute(
        "SELECT ac.class_id, count(*) FROM compliance_family_activity_class ac JOIN compliance_family_activity a "
        "ON a.id = ac.activity_id WHERE a.on_date BETWEEN ? AND ? GROUP BY ac.class_id", (start, end))}


def family_totals(conn: Connection, start: str, end: str) -> tuple[int, int, int]:
    """(activities, parents expected, parents present) in the period."""
    r = conn.execute("SELECT count(*), coalesce(sum(parents_expected), 0), coalesce(sum(parents_present), 0) "
                     "FROM compliance_family_activity WHERE on_date BETWEEN ? AND ?", (start, end)).fetchone()
    return int(r[0]), int(r[1]), int(r[2])


def publicity_count(conn: Connection, start: str, end: str, audience: str | None = None) -> int:
    sql = "SELECT count(*) FROM compliance_publicity WHERE on_date BETWEEN ? AND ?"
    args: list = [start, end]
    if audience:
        sql += " AND audience = ?"
        args.append(audience)
    return int(conn.execute(sql, args).fetchone()[0])


def training_per_staff(conn: Connection, start: str, end: str) -> dict[int, tuple[float, int]]:
    return {int(s): (float(h), int(n)) for s, h, n in conn.execute(
        "SELECT staff_id, sum(hours), count(*) FROM compliance_training WHERE on_date BETWEEN ? AND ? "
        "GROUP BY staff_id", (start, end))}


def supervision_per_staff(conn: Connection, start: str, end: str) -> dict[int, int]:
    return {int(s): int(n) for s, n in conn.execute(
        "SELECT staff_id, count(*) FROM compliance_supervision WHERE on_date BETWEEN ? AND ? GROUP BY staff_id",
        (start, end))}


def counselors(conn: Connection) -> tuple[list[int], list[int]]:
    """Staff ids of the active full-time and part-time counselors in the staff register."""
    full, part = [], []
    for sid, role in conn.execute("SELECT s.id, r.role FROM staff s JOIN staff_role r ON r.staff_id = s.id "
                                  "WHERE s.active = 1 AND r.role IN ('counselor_full', 'counselor_part')"):
        (full if role == "counselor_full" else part).append(int(sid))
    return full, part


def enrolled_students(conn: Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM student WHERE status = 'enrolled'").fetchone()[0])


def enrolled_per_grade(conn: Connection) -> dict[str, int]:
    return {str(g): int(n) for g, n in conn.execute(
        "SELECT g.name, count(*) FROM student s JOIN school_class c ON c.id = s.class_id JOIN grade g "
        "ON g.id = c.grade_id WHERE s.status = 'enrolled' GROUP BY g.id ORDER BY g.sort_order, g.name")}


# --- screening and the watch list, counted (no names leave these functions) -------------------------------------
def screened(conn: Connection, start: str, end: str, times: int = 1) -> tuple[int, list[int]]:
    """(students with valid screening results of at least ``times`` campaigns taken in the period, ids of the campaigns
    with such results)."""
    n = conn.execute("SELECT count(*) FROM (SELECT student_id FROM screening_result WHERE taken_on BETWEEN ? AND ? "
                     "AND outcome <> 'invalid' GROUP BY student_id HAVING count(DISTINCT campaign_id) >= ?)",
                     (start, end, max(1, times))).fetchone()[0]
    campaigns = [int(r[0]) for r in conn.execute(
        "SELECT DISTINCT campaign_id FROM screening_result WHERE taken_on BETWEEN ? AND ? ORDER BY 1", (start, end))]
    return int(n), campaigns


def screening_by_grade(conn: Connection, start: str, end: str, times: int = 1) -> list[tuple[str, int, int, int]]:
    """(grade name as the campaign saw it, students due, tested, positive) for campaigns begun in the period: per
    campaign's targets when ``times`` is 1; else per student — due when due in a campaign, tested when tested in
    at least ``times`` campaigns, positive when tested so and positive in one of them."""
    if times > 1:
        return _screening_by_student(conn, start, end, times)
    return [(str(g), int(d), int(t), int(p)) for g, d, t, p in conn.execute(
        "SELECT t.grade_name, sum(t.disposition <> 'exempt'), sum(t.disposition = 'tested'), "
        "sum(coalesce(r.outcome = 'positive', 0)) FROM screening_target t JOIN screening_campaign c "
        "ON c.id = t.campaign_id LEFT JOIN screening_result r ON r.campaign_id = t.campaign_id "
        "AND r.student_id = t.student_id WHERE c.start_on BETWEEN ? AND ? GROUP BY t.grade_name "
        "ORDER BY min(coalesce(t.grade_id, 0)), t.grade_name", (start, end))]


def _screening_by_student(conn: Connection, start: str, end: str, times: int) -> list[tuple[str, int, int, int]]:
    return [(str(g), int(d), int(t), int(p)) for g, d, t, p in conn.execute(
        "SELECT grade_name, sum(due), sum(tests >= ?), sum(tests >= ? AND positive) FROM (SELECT t.grade_name, "
        "min(coalesce(t.grade_id, 0)) AS gid, max(t.disposition <> 'exempt') AS due, count(DISTINCT CASE WHEN "
        "t.disposition = 'tested' THEN t.campaign_id END) AS tests, max(coalesce(r.outcome = 'positive', 0)) AS "
        "positive FROM screening_target t JOIN screening_campaign c ON c.id = t.campaign_id LEFT JOIN "
        "screening_result r ON r.campaign_id = t.campaign_id AND r.student_id = t.student_id "
        "WHERE c.start_on BETWEEN ? AND ? GROUP BY t.grade_name, t.student_id) "
        "GROUP BY grade_name ORDER BY min(gid), grade_name", (times, times, start, end))]


def watch_opened(conn: Connection, start: str, end: str) -> list[tuple[str, str, str, str, str]]:
    """(month 'YYYY-MM', grade name, level, source, close reason or '') of each entry opened in the period."""
    return [tuple(r) for r in conn.execute(
        "SELECT substr(e.opened_on, 1, 7), coalesce(g.name, ''), e.level, e.source, "
        "CASE WHEN e.closed_on BETWEEN ? AND ? THEN e.close_reason ELSE '' END FROM watch_entry e "
        "JOIN student s ON s.id = e.student_id LEFT JOIN school_class c ON c.id = s.class_id "
        "LEFT JOIN grade g ON g.id = c.grade_id WHERE e.opened_on BETWEEN ? AND ? AND e.state <> 'candidate'",
        (start, end, start, end))]


def status_changes(conn: Connection, start: str, end: str) -> list[tuple[str, str]]:
    """(month 'YYYY-MM', new status) of the register's leaves and returns in the period: to on_leave or suspended,
    and back to enrolled from one of those (not a student's first enrolment)."""
    return [tuple(r) for r in conn.execute(
        "SELECT month, status FROM (SELECT substr(changed_at, 1, 7) AS month, substr(changed_at, 1, 10) AS day, "
        "status, lag(status) OVER (PARTITION BY student_id ORDER BY changed_at, id) AS before "
        "FROM student_status_history) WHERE day BETWEEN ? AND ? AND (status IN ('on_leave', 'suspended') "
        "OR (status = 'enrolled' AND before IN ('on_leave', 'suspended')))", (start, end))]


def staff_exists(conn: Connection, staff_id: int) -> bool:
    return conn.execute("SELECT 1 FROM staff WHERE id = ?", (staff_id,)).fetchone() is not None


def class_exists(conn: Connection, class_id: int) -> bool:
    return conn.execute("SELECT 1 FROM school_class WHERE id = ?", (class_id,)).fetchone() is not None


def staff_names(conn: Connection, ids) -> list[tuple[int, str]]:
    wanted = sorted(set(ids))
    if not wanted:
        return []
    return [(int(i), str(n)) for i, n in conn.execute(
        f"SELECT id, name FROM staff WHERE id IN ({', '.join('?' * len(wanted))})", wanted)]


def campaign_names(conn: Connection, ids) -> list[tuple[int, str]]:
    wanted = sorted(set(ids))
    if not wanted:
        return []
    return [(int(i), str(n)) for i, n in conn.execute(
        f"SELECT id, name FROM screening_campaign WHERE id IN ({', '.join('?' * len(wanted))})", wanted)]


def active_staff(conn: Connection) -> list[tuple[int, str]]:
    return [(int(i), str(n)) for i, n in conn.execute("SELECT id, name FROM staff WHERE active = 1 ORDER BY name")]
