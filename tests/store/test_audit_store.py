import pytest

from counselor_app.domain.audit_chain import first_broken
from counselor_app.store import audit, crypto, database, migrations


@pytest.fixture
def conn(tmp_path):
    c = database.connect(tmp_path / "d.db", crypto.new_data_key(), create=True)
    migrations.migrate(c)
    yield c
    c.close()


def test_append_builds_a_chain(conn):
    for i in range(5):
        with database.transaction(conn):
            audit.append(conn, user_id=1, action="view", target_type="student", target_id=i)
    assert first_broken(list(audit.iter_all(conn))) is None
    assert audit.head(conn)[0] == 5


@pytest.mark.parametrize("sql", ["UPDATE audit_log SET outcome = 'failed'", "DELETE FROM audit_log"])
def test_rows_cannot_be_changed_or_deleted(conn, sql):
    with database.transaction(conn):
        audit.append(conn, user_id=1, action="login")
    with pytest.raises(database.DatabaseError, match="append-only"):
        conn.execute(sql)


def test_tampering_past_the_triggers_is_found(conn):
    for i in range(4):
        with database.transaction(conn):
            audit.append(conn, user_id=1, action="view", target_type="student", target_id=i)
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("UPDATE audit_log SET target_id = '99' WHERE id = 3")
    assert first_broken(list(audit.iter_all(conn))).id == 3


def test_query_filters(conn):
    with database.transaction(conn):
        audit.append(conn, user_id=1, action="login")
        audit.append(conn, user_id=2, action="user.add")
        audit.append(conn, user_id=2, action="user_x")
    assert [r.action for r in audit.query(conn, audit.AuditFilter(user_id=2))] == ["user_x", "user.add"]
    assert [r.action for r in audit.query(conn, audit.AuditFilter(action_prefix="user."))] == ["user.add"]


def test_query_by_target(conn):
    with database.transaction(conn):
        audit.append(conn, user_id=1, action="view.student", target_type="student", target_id=7)
        audit.append(conn, user_id=1, action="view.staff", target_type="staff", target_id=7)
        audit.append(conn, user_id=1, action="view.student", target_type="student", target_id=70)
        audit.append(conn, user_id=2, action="student.edit", target_type="student", target_id=7, detail="name")
    found = audit.query(conn, audit.AuditFilter(target_type="student", target_id="7"))
    assert [(r.id, r.action) for r in found] == [(4, "student.edit"), (1, "view.student")]
    assert [r.id for r in audit.query(conn, audit.AuditFilter(target_type="student", target_id="7", user_id=2))] == [4]


def _register(conn):
    conn.execute("INSERT INTO grade (id, name, kind, level) VALUES (1, '七年级', 'grade', 7)")
    conn.execute("INSERT INTO school_class (id, grade_id, name) VALUES (4, 1, '七年级(2)班')")
    conn.execute("INSERT INTO student (id, student_no, name, class_id, status, created_at, updated_at) "
                 "VALUES (7, '2026070107', '林小雨', 4, 'on_leave', 'x', 'x')")
    conn.execute("INSERT INTO staff (id, name, created_at) VALUES (3, '陈静', 'x')")


def test_names_for_many_ids_in_one_query_each(conn):
    _register(conn)
    statements = []
    conn.set_trace_callback(statements.append)
    assert audit.student_names(conn, [7, 8, 7] + list(range(1000, 6000))) == {7: ("2026070107", "林小雨")}
    assert audit.staff_names(conn, range(1, 5000)) == {3: "陈静"}
    assert audit.class_names(conn, [4, 5]) == {4: ("七年级", "七年级(2)班")}
    conn.set_trace_callback(None)
    assert len(statements) == 3   # 5,000 ids are one statement, not one per id (nor chunks)
    assert audit.student_class(conn, 7) == ("七年级", "七年级(2)班", "on_leave")
    assert audit.student_class(conn, 8) is None


def test_summary_counts_per_user_and_action_in_the_period(conn):
    with database.transaction(conn):
        for at, user, action in [("2026-01-05T00:00:00+00:00", 1, "view.student_list"),
                                 ("2026-02-05T00:00:00+00:00", 1, "view.student_list"),
                                 ("2026-02-06T00:00:00+00:00", 2, "export.students"),
                                 ("2026-02-07T00:00:00+00:00", 2, "login"),
                                 ("2026-04-01T00:00:00+00:00", 1, "view.student_list")]:
            audit.append(conn, user_id=user, action=action, at=at)
    got = audit.summary(conn, ["view.student_list", "export.students"], "2026-01-01", "2026-03-01")
    assert got == [(1, "view.student_list", 2, "2026-01-05T00:00:00+00:00", "2026-02-05T00:00:00+00:00"),
                   (2, "export.students", 1, "2026-02-06T00:00:00+00:00", "2026-02-06T00:00:00+00:00")]
