"""The clinical key: heads, counselors and the recovery key hold it; an assistant's password does not open
sealed fields, even with the database opened outside the application."""
import json
import shutil
from pathlib import Path

import pytest

from counselor_app.domain.errors import ClinicalKeyMissing
from counselor_app.domain.recovery_key import parse_recovery_key
from counselor_app.domain.roles import Role
from counselor_app.services import users
from counselor_app.services.office import login
from counselor_app.store import database, sealed
from counselor_app.store.keyslots import RECOVERY_SLOT_ID, KeySlots
from counselor_app.store.sealed import SealedColumn

NOTE = SealedColumn("test_case_note", "body")
SECRET = "三年级一班的学生说过想从楼上跳下去"
FIXTURES = Path(__file__).resolve().parents[1] / "store" / "fixtures"


def write_note(session) -> None:
    with database.transaction(session.conn):
        session.conn.execute("CREATE TABLE IF NOT EXISTS test_case_note (id INTEGER PRIMARY KEY, body BLOB)")
        session.conn.execute("INSERT INTO test_case_note (id) VALUES (1)")
        NOTE.write(session.conn, session.clinical, 1, SECRET)


def test_a_new_office_seals_the_clinical_key_to_the_head_and_the_recovery_key(new_office, data_dir):
    session = new_office.session
    assert session.clinical is not None
    slots = KeySlots.load(data_dir / "keyslots.json")
    assert slots.clinical_slots() == {session.user.slot_id, RECOVERY_SLOT_ID}


def test_an_assistant_cannot_read_a_sealed_field_even_outside_the_app(new_office, data_dir):
    head = new_office.session
    users.add_user(head, "zhaoli", "赵丽", Role.ASSISTANT, "Desk-Helper-2026")
    users.add_user(head, "liuyang", "刘洋", Role.COUNSELOR, "Bright-River-2026")
    write_note(head)
    head.close()
    # in the application
    with login(data_dir, "zhaoli", "Desk-Helper-2026") as assistant:
        assert assistant.clinical is None
        with pytest.raises(ClinicalKeyMissing):
            NOTE.read(assistant.conn, assistant.clinical, 1)
    with login(data_dir, "liuyang", "Bright-River-2026") as counselor:
        assert NOTE.read(counselor.conn, counselor.clinical, 1) == SECRET
    # outside it: the assistant's password opens the slot, the slot the database — and nothing more
    slots = KeySlots.load(data_dir / "keyslots.json")
    unlocked = slots.unlock(slots.slot_id_for("zhaoli"), b"Desk-Helper-2026")
    assert unlocked is not None and unlocked.clinical == {}
    conn = database.connect(data_dir / "office.db", unlocked.keys[0][1])
    blob = conn.execute("SELECT body FROM test_case_note WHERE id = 1").fetchone()[0]
    conn.close()
    assert SECRET.encode() not in blob
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    for _epoch, key in unlocked.keys:  # the one key the assistant has does not open the field either
        with pytest.raises(Exception):
            AESGCM(bytes(key)).decrypt(blob[5:17], blob[17:], None)
    unlocked.wipe()
    # the recovery key does open it
    rec = slots.unlock(RECOVERY_SLOT_ID, parse_recovery_key(new_office.recovery_key))
    keys = sealed.ClinicalKeys(slots.clinical_epoch, rec.clinical)
    conn = database.connect(data_dir / "office.db", rec.keys[0][1])
    assert NOTE.read(conn, keys, 1) == SECRET
    conn.close()
    rec.wipe()


def upgrade_fixture(tmp_path) -> Path:
    office = tmp_path / "office"
    shutil.copytree(FIXTURES / "schema_v3", office)
    return office


def test_an_old_office_gets_its_clinical_key_at_the_first_login(tmp_path):
    office = upgrade_fixture(tmp_path)
    before = json.loads((office / "keyslots.json").read_text())
    assert before["version"] == 2 and "clinical_epoch" not in before
    with login(office, "assistant", "Xinli-2026-Office") as assistant:  # whoever logs in first
        assert assistant.clinical is None
    slots = KeySlots.load(office / "keyslots.json")
    holders = {slots.slot_id_for("demo"), slots.slot_id_for("counselor"), RECOVERY_SLOT_ID}
    assert slots.clinical_epoch == 1 and slots.clinical_slots() == holders
    with login(office, "counselor", "Xinli-2026-Office") as counselor:
        assert counselor.clinical is not None and counselor.clinical.current == 1


def test_the_upgrade_survives_a_stop_between_the_key_file_and_the_commit(tmp_path, monkeypatch):
    from counselor_app.store import migrations

    office = upgrade_fixture(tmp_path)
    real = migrations.migrations()

    def stopping(conn, ctx):
        real[3].upgrade(conn, ctx)
        raise KeyboardInterrupt  # the process is killed after the key file was written

    monkeypatch.setattr(migrations, "migrations", lambda: real[:3] + (migrations.Migration(4, "x", upgrade=stopping),))
    with pytest.raises(KeyboardInterrupt):
        login(office, "demo", "Xinli-2026-Office")
    first = KeySlots.load(office / "keyslots.json").clinical_epoch
    assert first == 1
    monkeypatch.undo()
    with login(office, "demo", "Xinli-2026-Office") as head:
        assert migrations.current_version(head.conn) == migrations.latest_version()
        assert head.clinical is not None and head.clinical.current == first
        write_note(head)
    with login(office, "counselor", "Xinli-2026-Office") as counselor:
        assert NOTE.read(counselor.conn, counselor.clinical, 1) == SECRET


def staff_office(new_office):
    head = new_office.session
    users.add_user(head, "liuyang", "刘洋", Role.COUNSELOR, "Bright-River-2026")
    users.add_user(head, "zhaoli", "赵丽", Role.ASSISTANT, "Desk-Helper-2026")
    write_note(head)
    return head


def holders(data_dir):
    slots = KeySlots.load(data_dir / "keyslots.json")
    return {login for login in ("head", "liuyang", "zhaoli") if slots.slot_id_for(login) in slots.clinical_slots()}


def test_role_changes_give_and_take_the_key(new_office, data_dir):
    from counselor_app.services.integrity import verify_office

    head = staff_office(new_office)
    assert holders(data_dir) == {"head", "liuyang"}
    old_epoch = head.clinical.current
    old_blob = head.conn.execute("SELECT body FROM test_case_note").fetchone()[0]
    users.change_role(head, "liuyang", Role.ASSISTANT)  # the key goes: a new key, the note re-sealed
    assert holders(data_dir) == {"head"}
    assert head.clinical.current == old_epoch + 1
    assert head.conn.execute("SELECT body FROM test_case_note").fetchone()[0] != old_blob
    assert NOTE.read(head.conn, head.clinical, 1) == SECRET
    users.change_role(head, "zhaoli", Role.COUNSELOR)  # the key comes
    assert holders(data_dir) == {"head", "zhaoli"}
    users.change_role(head, "zhaoli", Role.HEAD)       # still holds it; nothing re-sealed
    assert head.clinical.current == old_epoch + 1
    assert verify_office(head).ok
    head.close()
    with login(data_dir, "zhaoli", "Desk-Helper-2026") as z:
        assert NOTE.read(z.conn, z.clinical, 1) == SECRET
    with login(data_dir, "liuyang", "Bright-River-2026") as former:
        assert former.clinical is None


def test_new_passwords_keep_the_key_and_deactivation_removes_it(new_office, data_dir):
    from counselor_app.services.credentials import recover_password

    head = staff_office(new_office)
    users.set_temporary_password(head, "liuyang", "Temporary-Pass-2026")
    epoch = head.clinical.current
    users.deactivate_user(head, "zhaoli")   # an assistant: nothing to rotate
    assert head.clinical.current == epoch
    head.close()
    with login(data_dir, "liuyang", "Temporary-Pass-2026") as c:
        assert NOTE.read(c.conn, c.clinical, 1) == SECRET
    recover_password(data_dir, "liuyang", new_office.recovery_key, "Recovered-Pass-2026")
    with login(data_dir, "liuyang", "Recovered-Pass-2026") as c:
        assert NOTE.read(c.conn, c.clinical, 1) == SECRET
    assert holders(data_dir) == {"head", "liuyang"}


def test_verify_reports_a_sealed_field_that_does_not_open_and_a_missing_holder(new_office, data_dir):
    from counselor_app.services.integrity import verify_office
    from counselor_app.store.keyslots import updating

    head = staff_office(new_office)
    assert verify_office(head).ok
    blob = bytearray(head.conn.execute("SELECT body FROM test_case_note").fetchone()[0])
    blob[20] ^= 1
    with database.transaction(head.conn):
        head.conn.execute("UPDATE test_case_note SET body = ?", (bytes(blob),))
    with updating(data_dir / "keyslots.json") as slots:
        slots.drop_clinical(slots.slot_id_for("liuyang"))
    report = verify_office(head)
    assert not report.ok
    assert "sealed field does not open: test_case_note.body #1" in report.problems
    assert any(p.startswith("clinical key missing for account #") for p in report.problems)


def test_a_rotation_stopped_before_the_commit_keeps_the_old_key(new_office, data_dir, monkeypatch):
    head = staff_office(new_office)
    epoch = head.clinical.current

    def stop(*_a, **_k):
        raise KeyboardInterrupt

    monkeypatch.setattr(sealed, "reseal_all", stop)
    with pytest.raises(KeyboardInterrupt):
        users.change_role(head, "liuyang", Role.ASSISTANT)
    monkeypatch.undo()
    head.close()
    with login(data_dir, "head", "Quiet-Harbor-2026") as h:
        assert h.clinical.current == epoch
        assert NOTE.read(h.conn, h.clinical, 1) == SECRET
        assert KeySlots.load(data_dir / "keyslots.json").clinical_epoch == epoch
        assert all(set(s.clinical) <= {epoch} for s in KeySlots.load(data_dir / "keyslots.json").slots)
    with login(data_dir, "liuyang", "Bright-River-2026") as c:  # the role did not change: still a holder
        assert NOTE.read(c.conn, c.clinical, 1) == SECRET


def test_a_holder_whose_slot_lost_the_key_gets_it_at_the_next_head_login(new_office, data_dir):
    from counselor_app.store.keyslots import updating

    head = staff_office(new_office)
    head.close()
    with updating(data_dir / "keyslots.json") as slots:
        slots.drop_clinical(slots.slot_id_for("liuyang"))
    with login(data_dir, "liuyang", "Bright-River-2026") as c:
        assert c.clinical is None
    with login(data_dir, "head", "Quiet-Harbor-2026"):
        pass
    with login(data_dir, "liuyang", "Bright-River-2026") as c:
        assert NOTE.read(c.conn, c.clinical, 1) == SECRET


def test_deactivating_a_counselor_rotates_the_clinical_key(new_office, data_dir):
    head = staff_office(new_office)
    old_slots = KeySlots.load(data_dir / "keyslots.json")
    old = old_slots.unlock(old_slots.slot_id_for("liuyang"), b"Bright-River-2026")   # a copy kept by the counselor
    epoch = head.clinical.current
    users.deactivate_user(head, "liuyang")
    assert head.clinical.current == epoch + 1 and holders(data_dir) == {"head"}
    assert NOTE.read(head.conn, head.clinical, 1) == SECRET
    kept = sealed.ClinicalKeys(epoch, old.clinical)
    with pytest.raises(ClinicalKeyMissing):   # the kept key is of an epoch no value is under any more
        NOTE.read(head.conn, kept, 1)
    old.wipe()


def test_a_slot_holding_the_key_against_its_role_loses_it_at_the_next_head_login(new_office, data_dir):
    from counselor_app.store.keyslots import updating

    head = staff_office(new_office)
    keys = dict(head.clinical.keys)
    head.close()
    with updating(data_dir / "keyslots.json") as slots:  # as if give_key wrote the file and the commit failed
        slots.seal_clinical(slots.slot_id_for("zhaoli"), keys)
    assert "zhaoli" in holders(data_dir)
    with login(data_dir, "head", "Quiet-Harbor-2026"):
        pass
    assert holders(data_dir) == {"head", "liuyang"}


def test_a_failure_after_the_rotation_committed_leaves_the_session_on_the_new_key(new_office, data_dir, monkeypatch):
    from counselor_app.store.keyslots import KeySlots as Slots

    head = staff_office(new_office)
    epoch = head.clinical.current
    real = Slots.finish_clinical

    def fails(self, e):
        raise OSError("disk full")

    monkeypatch.setattr(Slots, "finish_clinical", fails)
    with pytest.raises(OSError):
        users.change_role(head, "liuyang", Role.ASSISTANT)
    monkeypatch.setattr(Slots, "finish_clinical", real)
    assert head.clinical.current == epoch + 1   # the values are under the new key: write with it
    with database.transaction(head.conn):
        head.conn.execute("INSERT INTO test_case_note (id) VALUES (2)")
        NOTE.write(head.conn, head.clinical, 2, "新的记录")
    head.close()
    with login(data_dir, "head", "Quiet-Harbor-2026") as h:
        assert NOTE.read(h.conn, h.clinical, 2) == "新的记录"
        assert NOTE.read(h.conn, h.clinical, 1) == SECRET
