"""School register rows: structure, staff and students (the register issue builds on these)."""
from __future__ import annotations

from typing import Iterable, Sequence

from counselor_app.store.database import Connection


def insert_staff(conn: Connection, name: str, gender: str, phone: str, roles: Iterable[str], at: str) -> int:
    cur = conn.execute("INSERT INTO staff (name, gender, phone, active, created_at) VALUES (?, ?, ?, 1, ?)",
                       (name, gender, phone, at))
    staff_id = int(cur.lastrowid)
    conn.executemany("INSERT INTO staff_role (staff_id, role) VALUES (?, ?)", [(staff_id, r) for r in roles])
    return staff_id


def insert_grade(conn: Connection, name: str, kind: str, level: int, leader_staff_id: int | None,
                 sort_order: int) -> int:
    cur = conn.execute("INSERT INTO grade (name, kind, level, leader_staff_id, sort_order) VALUES (?, ?, ?, ?, ?)",
                       (name, kind, level, leader_staff_id, sort_order))
    return int(cur.lastrowid)


def insert_class(conn: Connection, grade_id: int, name: str, head_teacher_staff_id: int | None,
                 sort_order: int) -> int:
    cur = conn.execute(
        "INSERT INTO school_class (grade_id, name, head_teacher_staff_id, sort_order) VALUES (?, ?, ?, ?)",
        (grade_id, name, head_teacher_staff_id, sort_order))
    return int(cur.lastrowid)


def dorm_id(conn: Connection, name: str) -> int:
    row = conn.execute("SELECT id FROM dorm WHERE name = ?", (name,)).fetchone()
    if row:
        return int(row[0])
    return int(conn.execute("INSERT INTO dorm (name) VALUES (?)", (name,)).lastrowid)


def insert_students(conn: Connection, rows: Sequence[tuple], at: str) -> list[int]:
    """rows: (student_no, name, gender, birth_date_iso, class_id, dorm_id, boarding, is_monitor)."""
    ids = []
    for r in rows:
        cur = conn.execute(
            "INSERT INTO student (student_no, name, gender, birth_date, class_id, dorm_id, boarding, is_monitor, "
            "status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'enrolled', ?, ?)", (*r, at, at))
        ids.append(int(cur.lastrowid))
    return ids


def insert_guardians(conn: Connection, rows: Iterable[tuple]) -> None:
    """rows: (student_id, name, relation, phone, sort_order)."""
    conn.executemany("INSERT INTO guardian (student_id, name, relation, phone, sort_order) VALUES (?, ?, ?, ?, ?)",
                     rows)


def insert_school_year(conn: Connection, name: str, start: str, end: str,
                       semesters: Sequence[tuple[int, str, str]]) -> int:
    year_id = int(conn.execute("INSERT INTO school_year (name, start_date, end_date) VALUES (?, ?, ?)",
                               (name, start, end)).lastrowid)
    conn.executemany("INSERT INTO semester (school_year_id, number, start_date, end_date) VALUES (?, ?, ?, ?)",
                     [(year_id, n, s, e) for n, s, e in semesters])
    return year_id


def counts(conn: Connection) -> dict[str, int]:
    return {table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("grade", "school_class", "staff", "student", "guardian")}


def school_year_on(conn: Connection, day: str) -> tuple[int, str, str, str] | None:
    """(id, name, start, end) of the school year containing ``day`` (ISO date), if one is recorded."""
    return conn.execute("SELECT id, name, start_date, end_date FROM school_year WHERE start_date <= ? AND ? <= end_date "
                        "ORDER BY start_date DESC LIMIT 1", (day, day)).fetchone()


def semesters_of(conn: Connection, year_id: int) -> list[tuple[int, str, str]]:
    return conn.execute("SELECT number, start_date, end_date FROM semester WHERE school_year_id = ? ORDER BY number",
                        (year_id,)).fetchall()


# -- roster import and export -------------------------------------------------------------------

STUDENT_COLUMNS = ("id", "student_no", "name", "gender", "birth_date", "class_id", "dorm_id", "boarding", "status")


def students_by_number(conn: Connection) -> dict[str, dict]:
    """Every student keyed by student number, with the fields an import compares."""
    rows = conn.execute(f"SELECT {', '.join(STUDENT_COLUMNS)} FROM student").fetchall()
    return {r[1]: dict(zip(STUDENT_COLUMNS, r)) for r in rows}


def guardians_by_student(conn: Connection) -> dict[int, list[tuple[str, str, str]]]:
    out: dict[int, list[tuple[str, str, str]]] = {}
    for sid, name, relation, phone in conn.execute(
            "SELECT student_id, name, relation, phone FROM guardian ORDER BY student_id, sort_order, id"):
        out.setdefault(sid, []).append((name, relation, phone))
    return out


def grade_ids(conn: Connection) -> dict[str, int]:
    return {name: gid for gid, name in conn.execute("SELECT id, name FROM grade")}


def class_ids(conn: Connection) -> dict[tuple[int, str], int]:
    return {(gid, name): cid for cid, gid, name in conn.execute("SELECT id, grade_id, name FROM school_class")}


def dorm_ids(conn: Connection) -> dict[str, int]:
    return {name: did for did, name in conn.execute("SELECT id, name FROM dorm")}


def next_sort_order(conn: Connection, table: str) -> int:
    if table not in ("grade", "school_class"):
        raise ValueError(table)
    return int(conn.execute(f"SELECT coalesce(max(sort_order), -1) + 1 FROM {table}").fetchone()[0])


def update_student(conn: Connection, student_id: int, fields: dict, at: str) -> None:
    allowed = {"name", "gender", "birth_date", "class_id", "dorm_id", "boarding", "status", "is_monitor"}
    if not fields:
        return
    if set(fields) - allowed:
        raise ValueError(set(fields) - allowed)
    assignments = ", ".join(f"{k} = ?" for k in fields)
    conn.execute(f"UPDATE student SET {assignments}, updated_at = ? WHERE id = ?",
                 (*fields.values(), at, student_id))


def insert_student(conn: Connection, fields: dict, at: str) -> int:
    cur = conn.execute(
        "INSERT INTO student (student_no, name, gender, birth_date, class_id, dorm_id, boarding, is_monitor, status, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (fields["student_no"], fields["name"], fields.get("gender", ""), fields.get("birth_date"),
         fields.get("class_id"), fields.get("dorm_id"), int(bool(fields.get("boarding", False))),
         int(bool(fields.get("is_monitor", False))), fields.get("status", "enrolled"), at, at))
    return int(cur.lastrowid)


def replace_guardians(conn: Connection, student_id: int, guardians: list[tuple[str, str, str]]) -> None:
    conn.execute("DELETE FROM guardian WHERE student_id = ?", (student_id,))
    conn.executemany("INSERT INTO guardian (student_id, name, relation, phone, sort_order) VALUES (?, ?, ?, ?, ?)",
                     [(student_id, n, r, p, i) for i, (n, r, p) in enumerate(guardians)])


def add_status_history(conn: Connection, student_id: int, status: str, at: str, reason: str,
                       user_id: int | None) -> None:
    conn.execute("INSERT INTO student_status_history (student_id, status, changed_at, reason, user_id) "
                 "VALUES (?, ?, ?, ?, ?)", (student_id, status, at, reason, user_id))


def add_status_histories(conn: Connection, rows: Sequence[tuple]) -> None:
    """rows: (student_id, status, changed_at, reason, user_id)."""
    conn.executemany("INSERT INTO student_status_history (student_id, status, changed_at, reason, user_id) "
                     "VALUES (?, ?, ?, ?, ?)", rows)


def classes_named(conn: Connection, class_name: str) -> list[tuple[int, str | None, bool]]:
    """(class id, grade name, archived: the class or its grade) of every class of that name, in register order."""
    return [(i, g, bool(a)) for i, g, a in conn.execute(
        "SELECT c.id, g.name, c.archived OR coalesce(g.archived, 0) FROM school_class c "
        "LEFT JOIN grade g ON g.id = c.grade_id WHERE c.name = ? ORDER BY g.sort_order, c.sort_order, c.id",
        (class_name,))]


def students_for_export(conn: Connection, grade: str | None = None, class_name: str | None = None,
                        class_ids: Sequence[int] | None = None) -> list[tuple]:
    """(student_no, name, gender, birth_date, grade, class, dorm, boarding, status, guardians[(name, relation, phone)]).
    ``class_ids`` (when given) restricts the rows to those classes, besides the grade and class names."""
    where, args = [], []
    if grade:
        where.append("g.name = ?")
        args.append(grade)
    if class_name:
        where.append("c.name = ?")
        args.append(class_name)
    if class_ids is not None:
        where.append(f"c.id IN ({','.join('?' * len(class_ids)) or 'NULL'})")
        args.extend(class_ids)
    sql = ("SELECT s.id, s.student_no, s.name, s.gender, s.birth_date, g.name, c.name, d.name, s.boarding, s.status "
           "FROM student s LEFT JOIN school_class c ON c.id = s.class_id LEFT JOIN grade g ON g.id = c.grade_id "
           "LEFT JOIN dorm d ON d.id = s.dorm_id")
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY g.sort_order, c.sort_order, s.student_no"
    guardians = guardians_by_student(conn)
    return [(*r[1:], guardians.get(r[0], [])) for r in conn.execute(sql, args)]


def student_list(conn: Connection) -> list[tuple]:
    """(id, student_no, name, gender, birth_date, grade, class, status, boarding, is_monitor) in register order."""
    return conn.execute(
        "SELECT s.id, s.student_no, s.name, s.gender, s.birth_date, g.name, c.name, s.status, s.boarding, "
        "s.is_monitor "
        "FROM student s LEFT JOIN school_class c ON c.id = s.class_id LEFT JOIN grade g ON g.id = c.grade_id "
        "ORDER BY g.sort_order, c.sort_order, s.student_no").fetchall()


def student_detail(conn: Connection, student_id: int) -> tuple | None:
    """(id, student_no, name, gender, birth_date, class_id, grade, class, dorm, boarding, status, is_monitor)."""
    return conn.execute(
        "SELECT s.id, s.student_no, s.name, s.gender, s.birth_date, s.class_id, g.name, c.name, d.name, s.boarding, "
        "s.status, s.is_monitor FROM student s LEFT JOIN school_class c ON c.id = s.class_id "
        "LEFT JOIN grade g ON g.id = c.grade_id LEFT JOIN dorm d ON d.id = s.dorm_id WHERE s.id = ?",
        (student_id,)).fetchone()


def status_history(conn: Connection, student_id: int) -> list[tuple[str, str, str]]:
    """(status, changed_at, reason), oldest first."""
    return conn.execute("SELECT status, changed_at, reason FROM student_status_history WHERE student_id = ? "
                        "ORDER BY id", (student_id,)).fetchall()


def student_id_by_number(conn: Connection, student_no: str) -> int | None:
    row = conn.execute("SELECT id FROM student WHERE student_no = ?", (student_no,)).fetchone()
    return int(row[0]) if row else None


def class_choices(conn: Connection) -> list[tuple[int, str, str]]:
    """(class_id, grade, class) in register order."""
    return conn.execute("SELECT c.id, g.name, c.name FROM school_class c JOIN grade g ON g.id = c.grade_id "
                        "WHERE c.archived = 0 ORDER BY g.sort_order, c.sort_order").fetchall()


def class_exists(conn: Connection, class_id: int) -> bool:
    return conn.execute("SELECT 1 FROM school_class WHERE id = ?", (class_id,)).fetchone() is not None


def set_student_status(conn: Connection, student_id: int, status: str, at: str) -> None:
    conn.execute("UPDATE student SET status = ?, updated_at = ? WHERE id = ?", (status, at, student_id))


def set_student_number(conn: Connection, student_id: int, student_no: str) -> None:
    conn.execute("UPDATE student SET student_no = ? WHERE id = ?", (student_no, student_id))


def add_enrolment_history(conn: Connection, student_ids: Sequence[int], at: str, reason: str,
                          user_id: int | None) -> None:
    conn.executemany("INSERT INTO student_status_history (student_id, status, changed_at, reason, user_id) "
                     "VALUES (?, 'enrolled', ?, ?, ?)", [(sid, at, reason, user_id) for sid in student_ids])


def archived_classes(conn: Connection) -> set[tuple[str, str]]:
    """(grade name, class name) of the archived classes (graduated, or no longer taught)."""
    return {(g, c) for g, c in conn.execute(
        "SELECT g.name, c.name FROM school_class c JOIN grade g ON g.id = c.grade_id WHERE c.archived = 1")}
