"""Sealed fields: AES-GCM per value, bound to table, column, row and clinical epoch."""
import pytest

from counselor_app.domain.errors import ClinicalKeyMissing, SealedFieldDamaged
from counselor_app.store import crypto, database, sealed
from counselor_app.store.sealed import ClinicalKeys, SealedColumn

NOTE = SealedColumn("test_note", "body")
OTHER = SealedColumn("test_note", "other")


@pytest.fixture
def conn(tmp_path):
    c = database.connect(tmp_path / "d.db", crypto.new_data_key(), create=True)
    c.execute("CREATE TABLE test_note (id INTEGER PRIMARY KEY, body BLOB, other BLOB)")
    yield c
    c.close()


def keys(epoch=1):
    return ClinicalKeys(epoch, {epoch: crypto.new_data_key()})


def test_round_trip_and_binding(conn):
    k = keys()
    conn.execute("INSERT INTO test_note (id) VALUES (1), (2)")
    NOTE.write(conn, k, 1, "夜里睡不着，说过不想活了")
    assert NOTE.read(conn, k, 1) == "夜里睡不着，说过不想活了"
    blob = conn.execute("SELECT body FROM test_note WHERE id = 1").fetchone()[0]
    assert "不想活".encode() not in blob
    # the same value moved to another row or column does not open
    conn.execute("UPDATE test_note SET body = ?, other = ? WHERE id = 2", (blob, blob))
    with pytest.raises(SealedFieldDamaged):
        NOTE.read(conn, k, 2)
    with pytest.raises(SealedFieldDamaged):
        OTHER.read(conn, k, 2)
    assert sealed.unreadable(conn, k) == [("test_note", "body", 2), ("test_note", "other", 2)]


def test_without_the_key_nothing_opens(conn):
    conn.execute("INSERT INTO test_note (id) VALUES (1)")
    NOTE.write(conn, keys(), 1, "秘密")
    with pytest.raises(ClinicalKeyMissing):
        NOTE.read(conn, None, 1)
    with pytest.raises(ClinicalKeyMissing):
        NOTE.read(conn, keys(epoch=2), 1)   # a key of another epoch
    with pytest.raises(SealedFieldDamaged):
        NOTE.read(conn, keys(), 1)          # another key of the same epoch
    with pytest.raises(ClinicalKeyMissing):
        NOTE.write(conn, None, 1, "x")


def test_none_stays_none_and_damaged_values_are_named(conn):
    conn.execute("INSERT INTO test_note (id, body) VALUES (1, NULL), (2, x'00')")
    k = keys()
    assert NOTE.read(conn, k, 1) is None
    with pytest.raises(SealedFieldDamaged) as err:
        NOTE.read(conn, k, 2)
    assert "test_note.body #2" in str(err.value.params)


def test_reseal_all_moves_every_value_to_the_new_epoch(conn):
    old, new = keys(1), keys(2)
    conn.execute("INSERT INTO test_note (id) VALUES (1), (2)")
    NOTE.write(conn, old, 1, "一")
    OTHER.write(conn, old, 2, "二")
    assert sealed.reseal_all(conn, old, new) == 2
    assert NOTE.read(conn, new, 1) == "一" and OTHER.read(conn, new, 2) == "二"
    with pytest.raises(ClinicalKeyMissing):
        NOTE.read(conn, old, 1)


def test_every_store_module_declaring_sealed_columns_is_imported_before_the_registry_is_read():
    from pathlib import Path

    from counselor_app.store import sealed as sealed_module

    store_dir = Path(sealed_module.__file__).parent
    declaring = {f"counselor_app.store.{p.stem}" for p in store_dir.glob("*.py")
                 if p.name != "sealed.py" and "SealedColumn(" in p.read_text(encoding="utf-8")}
    assert declaring and declaring == set(sealed_module.DECLARING)
