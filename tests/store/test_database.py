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
