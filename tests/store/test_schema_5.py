"""Schema 5 fills class membership and the rollover record of an office that had only the audit trail."""
from __future__ import annotations

import pytest

from counselor_app.domain.school import SchoolProfile, SchoolType
from counselor_app.store import audit, crypto, database, membership, migrations, office as office_store
from counselor_app.store import rollover as rollover_store, school_years


@pytest.fixture
def conn(tmp_path):
    c = database.connect(tmp_path / "d.db", crypto.new_data_key(), create=True)
    migrations.migrate(c, upto=4)
    yield c
    c.close()


def _office(conn, created="2024-10-08T12:00:00+00:00"):
    """An office set up in 2024-2025 whose register rolled over into 2025-2026 on 2025-08-20 and 2026-2027 on
    2026-08-25 (before schema 5: only the audit trail kept that)."""
    office_store.insert_office(conn, "o", SchoolProfile("测试中学", SchoolType.MIDDLE), created)
    y24 = school_years.insert(conn, "2024-2025", "2024-09-01", "2025-08-31", [])
    y25 = school_years.insert(conn, "2025-2026", "2025-09-01", "2026-08-31", [])
    y26 = school_years.insert(conn, "2026年度", "2026-09-01", "2027-08-31", [])   # entered under its own name
    conn.execute("INSERT INTO grade (id, name, kind, level) VALUES (1, '八年级', 'grade', 8), "
                 "(2, '2026届', 'grade', 9)")
    conn.execute("INSERT INTO school_class (id, grade_id, name) VALUES (1, 1, '八年级(1)班'), "
                 "(2, 2, '2026届九年级(1)班')")
    audit.append(conn, user_id=None, action="register.rollover", target_id="2025-2026", detail="3/1/40/0",
                 at="2025-08-20T12:00:00+00:00")
    audit.append(conn, user_id=None, action="register.rollover", target_id="2024-2025", outcome="failed",
                 at="2026-01-01T12:00:00+00:00")
    audit.append(conn, user_id=None, action="register.rollover", target_id="2026-2027", detail="3/1/38/1",
                 at="2026-08-25T12:00:00+00:00")
    return y24, y25, y26


def _student(conn, number, class_id, status, history):
    sid = conn.execute("INSERT INTO student (student_no, name, class_id, status, created_at, updated_at) "
                       "VALUES (?, '甲', ?, ?, ?, ?)",
                       (number, class_id, status, history[0][1], history[0][1])).lastrowid
    conn.executemany("INSERT INTO student_status_history (student_id, status, changed_at) VALUES (?, ?, ?)",
                     [(sid, s, at) for s, at in history])
    return sid


def rows(conn, sid):
    return [(m.school_year_id, m.class_id, m.since, m.until) for m in membership.of_student(conn, sid)]


def test_rollovers_come_from_the_audit_trail_and_memberships_are_split_at_them(conn):
    y24, y25, y26 = _office(conn)
    early = _student(conn, "1", 1, "enrolled", [("enrolled", "2024-10-09T12:00:00+00:00")])
    late = _student(conn, "2", 1, "on_leave", [("enrolled", "2025-11-02T12:00:00+00:00"),
                                                ("on_leave", "2026-03-01T12:00:00+00:00")])
    graduated = _student(conn, "3", 2, "graduated", [("enrolled", "2024-10-09T12:00:00+00:00"),
                                                      ("graduated", "2026-08-25T12:00:00+00:00")])
    moved_out = _student(conn, "4", 1, "transferred", [("enrolled", "2026-10-01T12:00:00+00:00"),
                                                        ("transferred", "2026-10-01T12:00:00+00:00")])
    no_class = _student(conn, "5", None, "enrolled", [("enrolled", "2026-10-01T12:00:00+00:00")])
    migrations.migrate(conn)

    done = rollover_store.history(conn)
    assert [(r.year, r.from_year_id, r.to_year_id, r.source, r.promoted, r.graduated_students, r.grades_created)
            for r in reversed(done)] == [("2025-2026", y24, y25, "audit", 3, 40, 0),
                                         ("2026-2027", y25, y26, "audit", 3, 38, 1)]   # 2026年度: by its dates
    assert [tuple(d) for d in rollover_store.rollovers(conn)] == [("2025-2026", "2025-08-20T12:00:00+00:00"),
                                                                  ("2026-2027", "2026-08-25T12:00:00+00:00")]
    assert school_years.register_year(conn) == y26
    assert rows(conn, early) == [(y24, 1, "2024-10-09", "2025-08-20"), (y25, 1, "2025-08-20", "2026-08-25"),
                                 (y26, 1, "2026-08-25", None)]
    assert rows(conn, late) == [(y25, 1, "2025-11-02", "2026-08-25"), (y26, 1, "2026-08-25", None)]
    assert rows(conn, graduated) == [(y24, 2, "2024-10-09", "2025-08-20"), (y25, 2, "2025-08-20", "2026-08-25")]
    assert rows(conn, moved_out) == [(y26, 1, "2026-10-01", "2026-10-01")]   # in and out the same day
    assert rows(conn, no_class) == []
    assert membership.class_on(conn, graduated, "2026-08-24").class_id == 2
    assert membership.class_on(conn, graduated, "2026-08-25") is None
    assert membership.students_of(conn, 1, y26) == [early, late, moved_out]


def test_an_office_that_never_rolled_over_stays_in_its_set_up_year(conn):
    office_store.insert_office(conn, "o", SchoolProfile("测试中学", SchoolType.MIDDLE), "2025-10-08T12:00:00+00:00")
    school_years.insert(conn, "2024-2025", "2024-09-01", "2025-08-31", [])
    y25 = school_years.insert(conn, "2025-2026", "2025-09-01", "2026-08-31", [])
    school_years.insert(conn, "2026-2027", "2026-09-01", "2027-08-31", [])   # entered ahead in the calendar
    conn.execute("INSERT INTO grade (id, name, kind, level) VALUES (1, '七年级', 'grade', 7)")
    conn.execute("INSERT INTO school_class (id, grade_id, name) VALUES (1, 1, '七年级(1)班')")
    sid = _student(conn, "1", 1, "suspended", [("enrolled", "2025-10-09T12:00:00+00:00"),
                                                ("suspended", "2026-10-09T12:00:00+00:00")])
    migrations.migrate(conn)
    assert rollover_store.history(conn) == [] and school_years.register_year(conn) == y25
    assert rows(conn, sid) == [(y25, 1, "2025-10-09", None)]


def test_a_new_database_gets_the_tables_and_nothing_else(tmp_path):
    c = database.connect(tmp_path / "n.db", crypto.new_data_key(), create=True)
    migrations.migrate(c)
    assert c.execute("SELECT count(*) FROM class_membership").fetchone()[0] == 0
    assert rollover_store.history(c) == [] and school_years.register_year(c) is None
