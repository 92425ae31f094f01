import json

import pytest

from testdata import HEAD_LOGIN, HEAD_PASSWORD
from counselor_app.domain.errors import LoginLocked, StorageError, WrongCredentials, WrongRecoveryKey
from counselor_app.domain.passwords import WeakPassword
from counselor_app.domain.recovery_key import MalformedRecoveryKey
from counselor_app.domain.roles import Role
from counselor_app.services.credentials import change_password, export_data_key, recover_password
from counselor_app.services.office import login
from counselor_app.services.users import add_user
from counselor_app.store import audit, files

NEW = "Brand-New-Pass-42"


def test_change_password_rewrites_only_that_slot(session, data_dir):
    add_user(session, "li", "李娜", Role.COUNSELOR, "Another-Pass-77")
    slots_before = {s["id"]: s for s in json.loads((data_dir / "keyslots.json").read_text())["slots"]}
    change_password(session, HEAD_PASSWORD, NEW)
    slots_after = {s["id"]: s for s in json.loads((data_dir / "keyslots.json").read_text())["slots"]}
    changed = [k for k in slots_after if slots_after[k] != slots_before[k]]
    assert changed == [session.user.slot_id]
    session.close()
    with pytest.raises(WrongCredentials):
        login(data_dir, HEAD_LOGIN, HEAD_PASSWORD)
    with login(data_dir, HEAD_LOGIN, NEW) as s:
        assert "password.change" in [r.action for r in audit.iter_all(s.conn)]
    with login(data_dir, "li", "Another-Pass-77"):
        pass


def test_change_password_does_not_touch_database_file(session, data_dir, monkeypatch):
    from counselor_app.services.session import Session

    session.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = (data_dir / "office.db").read_bytes()
    monkeypatch.setattr(Session, "audit", lambda *a, **k: None)  # the key-slot part of change_password alone
    change_password(session, HEAD_PASSWORD, NEW)
    assert (data_dir / "office.db").read_bytes() == before


def test_wrong_old_password_is_counted(session, data_dir):
    for _ in range(4):
        with pytest.raises(WrongCredentials):
            change_password(session, "Not-My-Password-1", NEW)
    with pytest.raises(LoginLocked):
        change_password(session, "Not-My-Password-1", NEW)


def test_weak_new_password_refused(session):
    with pytest.raises(WeakPassword):
        change_password(session, HEAD_PASSWORD, "1234567890")


def test_disk_full_while_writing_slots_keeps_old_password(session, data_dir, monkeypatch):
    def full(*a, **k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", full)
    with pytest.raises(StorageError):
        change_password(session, HEAD_PASSWORD, NEW)
    monkeypatch.undo()
    session.close()
    with login(data_dir, HEAD_LOGIN, HEAD_PASSWORD):
        pass


def test_recover_with_recovery_key(new_office, data_dir):
    new_office.session.close()
    recover_password(data_dir, HEAD_LOGIN, new_office.recovery_key, NEW)
    with login(data_dir, HEAD_LOGIN, NEW) as s:
        actions = [r.action for r in audit.iter_all(s.conn)]
    assert "password.recover" in actions and "recovery_key.use" in actions


def test_wrong_or_mistyped_recovery_key(new_office, data_dir):
    new_office.session.close()
    from counselor_app.domain.recovery_key import format_recovery_key

    with pytest.raises(WrongRecoveryKey):
        recover_password(data_dir, HEAD_LOGIN, format_recovery_key(bytes(16)), NEW)
    with pytest.raises(MalformedRecoveryKey):
        groups = new_office.recovery_key.split("-")
        groups[-1] = f"{(int(groups[-1]) + 1) % 1000000:06d}"  # a multiple of 11 plus one never is one
        recover_password(data_dir, HEAD_LOGIN, "-".join(groups), NEW)


def test_a_locked_recovery_key_says_until_when(new_office, data_dir):
    from counselor_app.domain.errors import RecoveryLocked
    from counselor_app.domain.recovery_key import format_recovery_key
    from counselor_app.translation import error_text

    new_office.session.close()
    for _ in range(4):
        with pytest.raises(WrongRecoveryKey):
            recover_password(data_dir, HEAD_LOGIN, format_recovery_key(bytes(16)), NEW)
    with pytest.raises(RecoveryLocked) as info:
        recover_password(data_dir, HEAD_LOGIN, format_recovery_key(bytes(16)), NEW)
    until = info.value.params["until"]
    assert len(until) == 5 and until[2] == ":" and info.value.params["minutes"] == 15
    assert error_text(info.value).endswith(f"Try again at {until} (in 15 minute(s)).")


def test_data_key_opens_the_database_in_an_independent_sqlcipher_implementation(new_office, data_dir):
    """The office's records never depend on this app: SQLite3 Multiple Ciphers reads them with the key."""
    apsw = pytest.importorskip("apsw")
    new_office.session.close()
    key = export_data_key(data_dir, new_office.recovery_key)
    assert key.startswith("x'") and len(key) == 67
    conn = apsw.Connection(str(data_dir / "office.db"))
    conn.execute("PRAGMA cipher = 'sqlcipher'")
    conn.execute("PRAGMA legacy = 4")
    conn.execute(f"PRAGMA key = \"{key}\"")
    assert list(conn.execute("SELECT school_name FROM office")) == [("测试实验中学",)]
    actions = [r[0] for r in conn.execute("SELECT action FROM audit_log")]
    assert "export.export_data_key" in actions
    conn.close()
