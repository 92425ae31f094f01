"""Damaged files end in a clear 'damaged, restore a backup' and are left exactly as they were."""
import pytest

from testdata import HEAD_LOGIN, HEAD_PASSWORD
from counselor_app.domain.errors import OfficeDamaged
from counselor_app.services.office import login
from counselor_app.store import register
from counselor_app.store.database import transaction

PAGE = 4096


@pytest.fixture
def office_with_pages(new_office, data_dir):
    s = new_office.session
    with transaction(s.conn):
        register.insert_students(s.conn, [(f"S{i:05d}", "测试学生", "male", "2012-01-01", None, None, 0, 0)
                                          for i in range(3000)], "2026-01-01T00:00:00+00:00")
    s.close()
    db = data_dir / "office.db"
    assert db.stat().st_size > 20 * PAGE
    return db


@pytest.mark.parametrize("where", ["first", "middle", "last"])
def test_damaged_database_page(office_with_pages, data_dir, where):
    db = office_with_pages
    pages = db.stat().st_size // PAGE
    page = {"first": 0, "middle": pages // 2, "last": pages - 1}[where]
    data = bytearray(db.read_bytes())
    offset = page * PAGE + 100
    data[offset:offset + 64] = bytes(64)
    db.write_bytes(bytes(data))
    with pytest.raises(OfficeDamaged) as info:
        login(data_dir, HEAD_LOGIN, HEAD_PASSWORD)
    assert str(info.value.params["what"]) == "database file"
    assert db.read_bytes() == bytes(data)


def test_damaged_keyslot_file(new_office, data_dir):
    new_office.session.close()
    ks = data_dir / "keyslots.json"
    ks.write_bytes(ks.read_bytes()[:-40])
    before = ks.read_bytes()
    with pytest.raises(OfficeDamaged):
        login(data_dir, HEAD_LOGIN, HEAD_PASSWORD)
    assert ks.read_bytes() == before


def test_missing_keyslot_file_is_damage_not_a_new_office(new_office, data_dir):
    new_office.session.close()
    (data_dir / "keyslots.json").unlink()
    with pytest.raises(OfficeDamaged):
        login(data_dir, HEAD_LOGIN, HEAD_PASSWORD)


def test_altered_slot_bytes_fail_as_wrong_password_not_crash(new_office, data_dir):
    new_office.session.close()
    ks = data_dir / "keyslots.json"
    text = ks.read_text()
    import json

    doc = json.loads(text)
    w = doc["slots"][0]["wrapped_private"]
    doc["slots"][0]["wrapped_private"] = ("0" if w[0] != "0" else "1") + w[1:]
    ks.write_text(json.dumps(doc))
    from counselor_app.domain.errors import WrongCredentials

    with pytest.raises(WrongCredentials):
        login(data_dir, HEAD_LOGIN, HEAD_PASSWORD)


def test_emptied_database_is_damage_and_is_not_recreated(new_office, data_dir):
    new_office.session.close()
    (data_dir / "office.db").write_bytes(b"")
    with pytest.raises(OfficeDamaged):
        login(data_dir, HEAD_LOGIN, HEAD_PASSWORD)
    assert (data_dir / "office.db").read_bytes() == b""
    assert not (data_dir / "backups").exists()
