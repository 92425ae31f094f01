import pytest

from testdata import HEAD_LOGIN, HEAD_PASSWORD, SCHOOL_NAME
from counselor_app.domain.errors import (
    AccountInactive, LoginLocked, NoOffice, OfficeExists, ValidationError, WrongCredentials,
)
from counselor_app.domain.passwords import WeakPassword
from counselor_app.domain.recovery_key import parse_recovery_key
from counselor_app.domain.school import SchoolProfile, SchoolType
from counselor_app.services.office import create_office, login
from counselor_app.store import audit, office as office_store
from counselor_app.store.login_guard import LoginGuard


def test_create_office_writes_database_and_keyslots(new_office, data_dir):
    assert (data_dir / "office.db").is_file() and (data_dir / "keyslots.json").is_file()
    assert parse_recovery_key(new_office.recovery_key)
    s = new_office.session
    assert office_store.profile(s.conn).name == SCHOOL_NAME
    assert s.user.login == HEAD_LOGIN and s.user.role.value == "head"
    assert [r.action for r in audit.iter_all(s.conn)] == ["office.create", "user.add"]


def test_second_office_in_same_folder_is_refused(new_office, data_dir):
    with pytest.raises(OfficeExists):
        create_office(data_dir, SchoolProfile("另一所", SchoolType.HIGH), "x2", "某某", "Another-Pass-1234")


@pytest.mark.parametrize("kwargs, error", [
    (dict(admin_login="a b"), ValidationError),
    (dict(admin_login="张三"), ValidationError),
    (dict(password="short"), WeakPassword),
    (dict(admin_name="   "), ValidationError),
])
def test_bad_setup_input_leaves_no_office(data_dir, kwargs, error):
    args = dict(admin_login="head", admin_name="王主任", password="Quiet-Harbor-2026") | kwargs
    with pytest.raises(error):
        create_office(data_dir, SchoolProfile("学校", SchoolType.PRIMARY), **args)
    assert not (data_dir / "office.db").exists() and not (data_dir / "keyslots.json").exists()


def test_login_success_is_audited(new_office, data_dir):
    new_office.session.close()
    with login(data_dir, "HEAD", HEAD_PASSWORD) as s:  # logins are case-insensitive
        assert s.user.login == HEAD_LOGIN
        assert list(audit.iter_all(s.conn))[-1].action == "login"


def test_no_office(tmp_path):
    with pytest.raises(NoOffice):
        login(tmp_path / "empty", "head", "whatever-123")
    assert not (tmp_path / "empty").exists()


def test_wrong_password_changes_nothing_but_the_guard(new_office, data_dir):
    new_office.session.close()
    def files():
        return {p.name: p.read_bytes() for p in data_dir.iterdir() if p.is_file() and not p.name.endswith(".lock")}

    before = files()
    with pytest.raises(WrongCredentials) as info:
        login(data_dir, HEAD_LOGIN, "Wrong-Password-1")
    assert info.value.params["remaining"] == 4
    after = files()
    assert after.pop("login-guard.json")
    assert after == before


def test_lockout_after_five_failures_survives_restart_and_is_audited(new_office, data_dir):
    new_office.session.close()
    for i in range(4):
        with pytest.raises(WrongCredentials):
            login(data_dir, HEAD_LOGIN, f"Wrong-Password-{i}")
    with pytest.raises(LoginLocked) as info:
        login(data_dir, HEAD_LOGIN, "Wrong-Password-5")
    assert info.value.params["minutes"] == 15
    # Even the right password is refused while locked (a restart reads the same guard file).
    with pytest.raises(LoginLocked):
        login(data_dir, HEAD_LOGIN, HEAD_PASSWORD)
    import json

    guard_file = data_dir / "login-guard.json"
    doc = json.loads(guard_file.read_text())
    for entry in doc["logins"].values():
        entry["locked_until"] = "2000-01-01T00:00:00+00:00"  # fifteen minutes later
    guard_file.write_text(json.dumps(doc))
    with login(data_dir, HEAD_LOGIN, HEAD_PASSWORD) as s:
        rows = [(r.action, r.outcome, r.detail) for r in audit.iter_all(s.conn)]
    assert rows.count(("login", "failed", "failed")) == 5
    assert ("login.lockout", "denied", "locked") in rows
    assert ("login", "failed", "blocked") in rows
    assert rows[-1] == ("login", "ok", "")
    assert LoginGuard(data_dir / "login-guard.json").pending_events() == []


def test_unknown_login_fails_like_a_wrong_password(new_office, data_dir):
    new_office.session.close()
    with pytest.raises(WrongCredentials):
        login(data_dir, "nobody", HEAD_PASSWORD)


def test_deactivated_account_cannot_log_in(session, data_dir):
    from counselor_app.domain.roles import Role
    from counselor_app.services.users import add_user, deactivate_user

    add_user(session, "li", "李老师", Role.COUNSELOR, "Another-Pass-77")
    old_slots = (data_dir / "keyslots.json").read_bytes()  # e.g. a copy kept in a backup
    deactivate_user(session, "li")
    session.close()
    with pytest.raises(WrongCredentials):  # its slot is gone: the password opens nothing any more
        login(data_dir, "li", "Another-Pass-77")
    # and the old slot file no longer opens the office's (re-keyed) database either
    from counselor_app.store import database
    from counselor_app.store.keyslots import KeySlots

    old = KeySlots.from_bytes(old_slots)
    unlocked = old.unlock(old.slot_id_for("li"), b"Another-Pass-77")
    with pytest.raises(database.KeyRejected):
        database.connect(data_dir / "office.db", unlocked.keys[0][1])
    with login(data_dir, HEAD_LOGIN, HEAD_PASSWORD) as s:
        assert s.conn.execute("SELECT count(*) FROM app_user").fetchone()[0] == 2


def test_session_close_zeroes_key(new_office):
    s = new_office.session
    key = s.data_key
    s.close()
    assert key == bytearray(32)
    s.close()  # twice is harmless


def test_account_without_database_row_is_refused(session, data_dir):
    from counselor_app.store import crypto

    from counselor_app.services import keys

    keys.add_slot(session.paths, session.keyslots.slot_id_for("ghost"), "user", b"Ghost-Pass-2026",
                  session.data_key, crypto.default_kdf())
    session.close()
    with pytest.raises(AccountInactive):
        login(data_dir, "ghost", "Ghost-Pass-2026")


def test_a_second_open_of_the_same_office_is_refused(session, data_dir):
    from counselor_app.domain.errors import OfficeInUse

    with pytest.raises(OfficeInUse):
        login(data_dir, HEAD_LOGIN, HEAD_PASSWORD)
    session.close()
    with login(data_dir, HEAD_LOGIN, HEAD_PASSWORD):
        pass


def test_interrupted_rekey_is_finished_at_the_next_login(session, data_dir):
    """A crash after the database was re-keyed but before the slot file was finished."""
    from counselor_app.store import crypto, database
    from counselor_app.store.keyslots import KeySlots, updating

    new_key = crypto.new_data_key()
    with updating(data_dir / "keyslots.json") as slots:
        epoch = slots.begin_rekey(new_key)
    database.rekey(session.conn, new_key)
    session.close()  # "crash": finish_rekey never ran
    with login(data_dir, HEAD_LOGIN, HEAD_PASSWORD) as s:
        assert bytes(s.data_key) == bytes(new_key)
    assert KeySlots.load(data_dir / "keyslots.json").epoch == epoch


def test_crash_before_the_database_rekey_keeps_the_old_key(session, data_dir):
    from counselor_app.store import crypto
    from counselor_app.store.keyslots import updating

    old = bytes(session.data_key)
    with updating(data_dir / "keyslots.json") as slots:
        slots.begin_rekey(crypto.new_data_key())
    session.close()  # "crash" before the database was re-keyed
    with login(data_dir, HEAD_LOGIN, HEAD_PASSWORD) as s:
        assert bytes(s.data_key) == old


def test_verify_finds_dropped_triggers_and_stray_slots(session, data_dir):
    from counselor_app.services import keys
    from counselor_app.services.integrity import verify_office
    from counselor_app.store import crypto

    assert verify_office(session).ok
    keys.add_slot(session.paths, "f" * 32, "user", b"Stray-Pass-2026", session.data_key, crypto.default_kdf())
    session.conn.execute("DROP TRIGGER audit_log_no_delete")
    report = verify_office(session)
    assert not report.ok
    assert any("audit_log_no_delete" in p for p in report.problems)
    assert any("without an active account" in p for p in report.problems)
