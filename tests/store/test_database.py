import pytest

from counselor_app.domain.errors import NoOffice
from counselor_app.store import crypto, database


def test_pragmas_and_raw_key(tmp_path):
    key = crypto.new_data_key()
    conn = database.connect(tmp_path / "d.db", key, create=True)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2          # FULL
    assert conn.execute("PRAGMA temp_store").fetchone()[0] == 2           # MEMORY
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA cache_size").fetchone()[0] == -database.CACHE_KIB
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    raw = (tmp_path / "d.db").read_bytes()
    assert b"SQLite format 3" not in raw and b"CREATE TABLE" not in raw


def test_wrong_key_is_rejected_and_nothing_written(tmp_path):
    key = crypto.new_data_key()
    conn = database.connect(tmp_path / "d.db", key, create=True)
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    before = (tmp_path / "d.db").read_bytes()
    with pytest.raises(database.KeyRejected):
        database.connect(tmp_path / "d.db", crypto.new_data_key())
    assert (tmp_path / "d.db").read_bytes() == before


def test_missing_file_is_never_created(tmp_path):
    with pytest.raises(NoOffice):
        database.connect(tmp_path / "none.db", crypto.new_data_key())
    assert not (tmp_path / "none.db").exists()


def test_transaction_rolls_back_on_error(tmp_path):
    conn = database.connect(tmp_path / "d.db", crypto.new_data_key(), create=True)
    conn.execute("CREATE TABLE t (x)")
    with pytest.raises(ZeroDivisionError):
        with database.transaction(conn):
            conn.execute("INSERT INTO t VALUES (1)")
            1 / 0
    assert conn.execute("SELECT count(*) FROM t").fetchone()[0] == 0


def test_a_transaction_inside_another_is_a_savepoint(tmp_path):
    """A block that fails inside an outer transaction is undone alone; the outer one commits the rest, once."""
    conn = database.connect(tmp_path / "d.db", crypto.new_data_key(), create=True)
    conn.execute("CREATE TABLE t (x)")
    with database.transaction(conn):
        for x in range(1, 4):
            try:
                with database.transaction(conn):
                    conn.execute("INSERT INTO t VALUES (?)", (x,))
                    if x == 2:
                        raise ValueError(x)
            except ValueError:
                pass
        assert conn.in_transaction
    assert not conn.in_transaction
    assert [x for x, in conn.execute("SELECT x FROM t ORDER BY x")] == [1, 3]
    with pytest.raises(ZeroDivisionError):          # the outer one failing undoes every inner one
        with database.transaction(conn):
            with database.transaction(conn):
                conn.execute("INSERT INTO t VALUES (4)")
            1 / 0
    assert conn.execute("SELECT count(*) FROM t").fetchone()[0] == 2


def test_after_a_rekey_the_file_on_disk_no_longer_opens_with_the_old_key(tmp_path):
    import shutil

    old, new = crypto.new_data_key(), crypto.new_data_key()
    conn = database.connect(tmp_path / "d.db", old, create=True)
    with database.transaction(conn):
        conn.execute("CREATE TABLE t (x)")
        conn.executemany("INSERT INTO t VALUES (?)", [(i,) for i in range(2000)])
    database.rekey(conn, new)
    # in the same connection the check reads the main file: it must be under the new key already
    assert database.integrity_problems(conn) == []
    copy = tmp_path / "copy.db"  # what someone copies off the disk now: the main file alone
    shutil.copyfile(tmp_path / "d.db", copy)
    with pytest.raises(database.KeyRejected):
        database.connect(copy, old)
    reopened = database.connect(copy, new)
    assert reopened.execute("SELECT count(*) FROM t").fetchone()[0] == 2000
    reopened.close()
    conn.close()
