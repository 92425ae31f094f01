import json

import pytest

from counselor_app.domain.errors import OfficeDamaged
from counselor_app.store import crypto
from counselor_app.store.crypto import KdfParams
from counselor_app.store.keyslots import KeySlots

CHEAP = KdfParams(1024, 1, 1)


def test_production_kdf_is_rfc9106_second_recommendation():
    # The conftest lowers the parameters for tests; the class default is what production writes.
    assert KdfParams() == KdfParams(memory_kib=65536, iterations=3, lanes=4)


def test_wrap_and_unwrap_per_user_and_recovery(tmp_path):
    key = crypto.new_data_key()
    ks = KeySlots.new()
    ks.set_slot(ks.slot_id_for("Head"), "user", b"pw-one-1234", key, CHEAP)
    ks.set_slot("recovery", "recovery", b"\x01" * 16, key, CHEAP)
    ks.save(tmp_path / "k.json")
    loaded = KeySlots.load(tmp_path / "k.json")
    assert loaded.open_slot(loaded.slot_id_for(" head "), b"pw-one-1234") == key
    assert loaded.open_slot("recovery", b"\x01" * 16) == key
    assert loaded.open_slot(loaded.slot_id_for("head"), b"wrong-pass-00") is None
    assert loaded.open_slot(loaded.slot_id_for("nobody"), b"pw-one-1234") is None


def test_slot_cannot_be_moved_to_another_login(tmp_path):
    key = crypto.new_data_key()
    ks = KeySlots.new()
    ks.set_slot(ks.slot_id_for("alice"), "user", b"secret-pass-1", key, CHEAP)
    doc = json.loads(ks.to_bytes())
    doc["slots"][0]["id"] = ks.slot_id_for("mallory")
    moved = KeySlots.from_bytes(json.dumps(doc).encode())
    assert moved.open_slot(ks.slot_id_for("mallory"), b"secret-pass-1") is None


def test_no_login_name_in_the_file():
    ks = KeySlots.new()
    ks.set_slot(ks.slot_id_for("zhangsanfeng"), "user", b"secret-pass-1", crypto.new_data_key(), CHEAP)
    assert b"zhangsanfeng" not in ks.to_bytes()


@pytest.mark.parametrize("data", [b"", b"{", b"\xff\xfe", b'{"format": "x"}', b"[]",
                                  b'{"format": "counselor-keyslots", "version": 1, "office_id": "a", '
                                  b'"login_salt": "zz", "slots": []}'])
def test_damaged_file_is_reported_as_damage(tmp_path, data):
    (tmp_path / "k.json").write_bytes(data)
    with pytest.raises(OfficeDamaged):
        KeySlots.load(tmp_path / "k.json")


def test_wipe_zeroes_the_key():
    key = crypto.new_data_key()
    crypto.wipe(key)
    assert key == bytearray(32)
