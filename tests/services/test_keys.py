"""Unlocking a key slot: failures counted before the password is tried, and counted whatever is in the folder."""
from __future__ import annotations

import pytest

from testdata import HEAD_LOGIN, HEAD_PASSWORD
from counselor_app.domain.errors import LoginLocked, StorageError, WrongCredentials
from counselor_app.services.office import login
from counselor_app.store import login_guard
from counselor_app.store.keyslots import KeySlots


def test_a_folder_in_place_of_the_guards_lock_file_does_not_stop_the_lockout(new_office, data_dir):
    new_office.session.close()
    (data_dir / "login-guard.json.lock").mkdir()
    (data_dir / "login-guard.json.lock" / "x").write_text("x")
    for i in range(login_guard.MAX_FAILURES - 1):
        with pytest.raises(WrongCredentials):
            login(data_dir, HEAD_LOGIN, f"Wrong-Password-{i}")
    with pytest.raises(LoginLocked):
        login(data_dir, HEAD_LOGIN, "Wrong-Password-x")
    with pytest.raises(LoginLocked):
        login(data_dir, HEAD_LOGIN, HEAD_PASSWORD)


def test_when_the_attempt_cannot_be_counted_no_password_is_tried(new_office, data_dir, monkeypatch):
    new_office.session.close()
    guard = data_dir / "login-guard.json"
    guard.unlink(missing_ok=True)
    guard.mkdir()
    (guard / "x").write_text("x")   # the guard file cannot be replaced
    tried = []
    real_unlock = KeySlots.unlock
    monkeypatch.setattr(KeySlots, "unlock", lambda self, *a: tried.append(1) or real_unlock(self, *a))
    for password in ("Wrong-Password-1", HEAD_PASSWORD):
        with pytest.raises(StorageError):
            login(data_dir, HEAD_LOGIN, password)
    assert tried == []


def test_made_up_logins_do_not_evict_a_real_logins_count(new_office, data_dir, monkeypatch):
    monkeypatch.setattr(login_guard, "MAX_ENTRIES", 40)   # the same rule as with 500, faster
    new_office.session.close()
    for i in range(login_guard.MAX_FAILURES - 1):
        with pytest.raises(WrongCredentials):
            login(data_dir, HEAD_LOGIN, f"Wrong-Password-{i}")
    for i in range(60):
        with pytest.raises(WrongCredentials):
            login(data_dir, f"madeup{i}", "Wrong-Password-0")
    with pytest.raises(LoginLocked):
        login(data_dir, HEAD_LOGIN, "Wrong-Password-x")


def test_a_login_killed_while_the_password_is_checked_counts_as_a_failure(new_office, data_dir, monkeypatch):
    new_office.session.close()

    def killed(self, *a):
        raise KeyboardInterrupt   # the process ends while Argon2 runs

    monkeypatch.setattr(KeySlots, "unlock", killed)
    with pytest.raises(KeyboardInterrupt):
        login(data_dir, HEAD_LOGIN, HEAD_PASSWORD)
    monkeypatch.undo()
    assert login_guard.LoginGuard(data_dir / "login-guard.json").remaining_attempts(
        KeySlots.load(data_dir / "keyslots.json").slot_id_for(HEAD_LOGIN)) == login_guard.MAX_FAILURES - 1
    with login(data_dir, HEAD_LOGIN, HEAD_PASSWORD) as s:
        from counselor_app.store import audit

        rows = [(r.action, r.outcome, r.detail) for r in audit.iter_all(s.conn)]
    assert ("login", "failed", "attempt") in rows


def test_two_set_ups_in_one_folder_never_delete_the_first_office(data_dir, monkeypatch):
    """The second `init` checked for an office before the first had written one, and took the folder after the
    first had finished: it must refuse, not clean the first office away."""
    from counselor_app.domain.errors import OfficeExists
    from counselor_app.domain.school import SchoolProfile, SchoolType
    from counselor_app.services import keys, office

    real_hold = keys.hold_office

    def first_finishes_meanwhile(paths):
        monkeypatch.setattr(office.keys, "hold_office", real_hold)
        office.create_office(data_dir, SchoolProfile("第一所", SchoolType.MIDDLE), HEAD_LOGIN, "王主任",
                             HEAD_PASSWORD).session.close()
        return real_hold(paths)

    monkeypatch.setattr(office.keys, "hold_office", first_finishes_meanwhile)
    with pytest.raises(OfficeExists):
        office.create_office(data_dir, SchoolProfile("第二所", SchoolType.HIGH), "lizr", "李主任",
                             "Another-Pass-2026")
    with login(data_dir, HEAD_LOGIN, HEAD_PASSWORD) as s:
        assert s.user.login == HEAD_LOGIN
