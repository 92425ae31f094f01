import json

import pytest

from counselor_app.domain.errors import OfficeDamaged
from counselor_app.store import crypto
from counselor_app.store.crypto import KdfParams
from counselor_app.store.keyslots import KeySlots, updating

CHEAP = KdfParams(1024, 1, 1)


def test_production_kdf_is_rfc9106_second_recommendation():
    # The conftest lowers the parameters for tests; the class default is what production writes.
    assert KdfParams() == KdfParams(memory_kib=65536, iterations=3, lanes=4)


def make(key, *logins):
    ks = KeySlots.new()
    for login in logins:
        ks.add_principal(ks.slot_id_for(login), "user", f"pw-{login}-1234".encode(), key, CHEAP)
    ks.add_principal("recovery", "recovery", b"\x01" * 16, key, CHEAP)
    return ks


def test_unlock_per_user_and_recovery(tmp_path):
    key = crypto.new_data_key()
    make(key, "head").save(tmp_path / "k.json")
    loaded = KeySlots.load(tmp_path / "k.json")
    opened = loaded.unlock(loaded.slot_id_for(" Head "), b"pw-head-1234")
    assert [k for _e, k in opened.keys] == [key]
    assert loaded.unlock("recovery", b"\x01" * 16).keys[0][1] == key
    assert loaded.unlock(loaded.slot_id_for("head"), b"wrong-pass-00") is None
    assert loaded.unlock(loaded.slot_id_for("nobody"), b"pw-head-1234") is None


def test_rewrap_changes_only_the_private_key_wrapping():
    key = crypto.new_data_key()
    ks = make(key, "head", "li")
    sid = ks.slot_id_for("li")
    before = {s.id: s.to_json() for s in ks.slots}
    opened = ks.unlock(sid, b"pw-li-1234")
    ks.rewrap(sid, opened.private, b"new-secret-99", CHEAP)
    after = {s.id: s.to_json() for s in ks.slots}
    assert [i for i in after if after[i] != before[i]] == [sid]
    assert after[sid]["public"] == before[sid]["public"] and after[sid]["sealed"] == before[sid]["sealed"]
    assert ks.unlock(sid, b"new-secret-99").keys[0][1] == key
    assert ks.unlock(sid, b"pw-li-1234") is None


def test_rekey_reaches_every_remaining_slot_without_passwords():
    old = crypto.new_data_key()
    ks = make(old, "head", "li", "zhao")
    removed = ks.slot_id_for("zhao")
    zhao_private = ks.unlock(removed, b"pw-zhao-1234").private
    ks.remove_slot(removed)
    new = crypto.new_data_key()
    epoch = ks.begin_rekey(new)
    # mid-way (before the database is re-keyed) both keys are there, the current epoch first
    assert [k for _e, k in ks.unlock(ks.slot_id_for("li"), b"pw-li-1234").keys] == [old, new]
    ks.finish_rekey(epoch)
    assert [k for _e, k in ks.unlock(ks.slot_id_for("head"), b"pw-head-1234").keys] == [new]
    assert ks.unlock("recovery", b"\x01" * 16).keys[0][1] == new
    assert ks.unseal_with(removed, zhao_private) == []  # the removed slot never received the new key


def test_slot_cannot_be_moved_to_another_login():
    key = crypto.new_data_key()
    ks = make(key, "alice")
    doc = json.loads(ks.to_bytes())
    doc["slots"][0]["id"] = ks.slot_id_for("mallory")
    moved = KeySlots.from_bytes(json.dumps(doc).encode())
    assert moved.unlock(ks.slot_id_for("mallory"), b"pw-alice-1234") is None


def test_no_login_name_in_the_file():
    assert b"zhangsanfeng" not in make(crypto.new_data_key(), "zhangsanfeng").to_bytes()


@pytest.mark.parametrize("change", [
    lambda d: d.update(version=1),
    lambda d: d["slots"][0].update(salt=""),
    lambda d: d["slots"][0].update(nonce=""),
    lambda d: d["slots"][0]["kdf"].update(iterations=0),
    lambda d: d["slots"][0]["kdf"].update(memory_kib=1),
    lambda d: d["slots"][0]["kdf"].update(lanes=-1),
    lambda d: d["slots"][0]["kdf"].update(memory_kib=99999999999),
    lambda d: d["slots"][0].update(sealed={}),
    lambda d: d["slots"][0].update(kind="admin"),
    lambda d: d.update(slots=[]),
    lambda d: d.update(epoch="x"),
    lambda d: d["slots"].append(d["slots"][0]),
])
def test_out_of_range_fields_are_damage_not_a_crash(tmp_path, change):
    doc = json.loads(make(crypto.new_data_key(), "head").to_bytes())
    change(doc)
    (tmp_path / "k.json").write_text(json.dumps(doc))
    with pytest.raises(OfficeDamaged):
        KeySlots.load(tmp_path / "k.json")


@pytest.mark.parametrize("data", [b"", b"{", b"\xff\xfe", b'{"format": "x"}', b"[]"])
def test_damaged_file_is_reported_as_damage(tmp_path, data):
    (tmp_path / "k.json").write_bytes(data)
    with pytest.raises(OfficeDamaged):
        KeySlots.load(tmp_path / "k.json")


def test_updating_rereads_the_file_so_no_change_is_lost(tmp_path):
    key = crypto.new_data_key()
    path = tmp_path / "k.json"
    make(key, "head").save(path)
    stale = KeySlots.load(path)  # e.g. a session's copy from its login
    with updating(path) as ks:
        ks.add_principal(ks.slot_id_for("li"), "user", b"pw-li-1234", key, CHEAP)
    with updating(path) as ks:
        ks.add_principal(ks.slot_id_for("zhao"), "user", b"pw-zhao-1234", key, CHEAP)
    final = KeySlots.load(path)
    assert {s.id for s in final.slots} == {s.id for s in stale.slots} | {stale.slot_id_for("li"),
                                                                       stale.slot_id_for("zhao")}


def test_failed_update_writes_nothing(tmp_path):
    path = tmp_path / "k.json"
    make(crypto.new_data_key(), "head").save(path)
    before = path.read_bytes()
    with pytest.raises(RuntimeError):
        with updating(path) as ks:
            ks.remove_slot("recovery")
            raise RuntimeError
    assert path.read_bytes() == before


def test_wipe_zeroes_the_key():
    key = crypto.new_data_key()
    crypto.wipe(key)
    assert key == bytearray(32)
