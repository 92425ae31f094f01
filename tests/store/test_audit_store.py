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
