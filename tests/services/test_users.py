import pytest

from testdata import HEAD_PASSWORD
from counselor_app.domain.errors import PermissionDenied, ValidationError
from counselor_app.domain.roles import Role
from counselor_app.services import users as user_service
from counselor_app.services.integrity import verify_office
from counselor_app.services.office import login
from counselor_app.store import audit

PW = "Another-Pass-77"


def test_add_list_and_login_as_new_user(session, data_dir):
    user_service.add_user(session, "li.na", "李娜", Role.COUNSELOR, PW)
    assert [u.login for u in user_service.list_users(session)] == ["head", "li.na"]
    assert list(audit.iter_all(session.conn))[-1].action == "user.add"
    session.close()
    with login(data_dir, "li.na", PW) as s:
        assert s.user.role is Role.COUNSELOR


def test_duplicate_login_refused(session):
    user_service.add_user(session, "li", "李娜", Role.COUNSELOR, PW)
    with pytest.raises(ValidationError):
        user_service.add_user(session, "LI", "李四", Role.ASSISTANT, PW)


def test_deactivate_removes_slot_and_reactivate_needs_new_password(session, data_dir):
    user_service.add_user(session, "li", "李娜", Role.COUNSELOR, PW)
    slot = session.keyslots.slot_id_for("li")
    user_service.deactivate_user(session, "li")
    assert slot not in (data_dir / "keyslots.json").read_text()
    user_service.reactivate_user(session, "li", "Fresh-Start-2026")
    actions = [r.action for r in audit.iter_all(session.conn)]
    assert "user.deactivate" in actions and "user.reactivate" in actions
    session.close()
    with login(data_dir, "li", "Fresh-Start-2026") as s:
        assert s.user.active


def test_last_head_and_self_are_protected(session):
    with pytest.raises(PermissionDenied) as own:   # a record rule (domain/access.py), refused and audited
        user_service.deactivate_user(session, "head")
    assert str(own.value) == "You cannot deactivate your own account."
    last = list(audit.iter_all(session.conn))[-1]
    assert (last.action, last.target_type, last.target_id, last.outcome) == (
        "denied.user.deactivate", "user", str(session.user.id), "denied")
    with pytest.raises(ValidationError):
        user_service.change_role(session, "head", Role.COUNSELOR)


@pytest.mark.parametrize("role", [Role.COUNSELOR, Role.ASSISTANT])
def test_non_heads_are_denied_in_the_service_and_the_denial_is_audited(session, data_dir, role):
    user_service.add_user(session, "zhao", "赵老师", role, PW)
    session.close()
    with login(data_dir, "zhao", PW) as s:
        with pytest.raises(PermissionDenied):
            user_service.add_user(s, "x1", "某某", Role.HEAD, "Sneaky-Pass-2026")
        with pytest.raises(PermissionDenied):
            user_service.list_users(s)
        with pytest.raises(PermissionDenied):
            verify_office(s)
        denied = [r for r in audit.iter_all(s.conn) if r.outcome == "denied"]
    assert [r.action for r in denied] == ["denied.manage_users", "denied.manage_users", "denied.view_audit"]
    assert all(r.user_id == 2 for r in denied)


def test_change_role_is_audited(session):
    user_service.add_user(session, "li", "李娜", Role.ASSISTANT, PW)
    user_service.change_role(session, "li", Role.COUNSELOR)
    last = list(audit.iter_all(session.conn))[-1]
    assert (last.action, last.detail) == ("user.role", "assistant->counselor")


def test_failed_user_insert_leaves_no_slot(session, monkeypatch):
    from counselor_app.store import users

    def boom(*a, **k):
        raise RuntimeError("disk gone")

    monkeypatch.setattr(users, "insert", boom)
    with pytest.raises(RuntimeError):
        user_service.add_user(session, "li", "李娜", Role.ASSISTANT, PW)
    from counselor_app.store.keyslots import KeySlots

    on_disk = KeySlots.load(session.paths.keyslots)
    assert on_disk.find(on_disk.slot_id_for("li")) is None
    # the head's own slot still works
    assert on_disk.unlock(session.user.slot_id, HEAD_PASSWORD.encode()) is not None


def test_a_first_password_from_the_head_must_be_changed(session, data_dir):
    from counselor_app.services.credentials import change_password

    user_service.add_user(session, "li", "李娜", Role.COUNSELOR, PW)
    session.close()
    with login(data_dir, "li", PW) as s:
        assert s.user.must_change_password
        change_password(s, PW, "Only-Li-Knows-2026")
        assert not s.user.must_change_password
    with login(data_dir, "li", "Only-Li-Knows-2026") as s:
        assert not s.user.must_change_password


# -- helping a locked-out colleague ------------------------------------------------------------------

def lock_out(data_dir, who="li"):
    from counselor_app.domain.errors import LoginLocked, WrongCredentials

    for i in range(4):
        with pytest.raises(WrongCredentials):
            login(data_dir, who, f"Wrong-Guess-{i}x")
    with pytest.raises(LoginLocked) as info:
        login(data_dir, who, "Wrong-Guess-5x")
    return info.value


def with_locked_counselor(session, data_dir, role=Role.COUNSELOR):
    user_service.add_user(session, "li", "李娜", role, PW)
    session.close()
    return lock_out(data_dir)


def test_the_lockout_says_until_when_in_local_time(session, data_dir):
    from datetime import datetime, timedelta

    from counselor_app.translation import error_text

    before = datetime.now().astimezone()
    locked = with_locked_counselor(session, data_dir)
    after = datetime.now().astimezone()
    clock = {(t + timedelta(minutes=15)).strftime("%H:%M") for t in (before, after)}
    assert locked.params["until"] in clock and locked.params["minutes"] == 15
    assert f"until {locked.params['until']} (15 minute(s) from now)" in error_text(locked)
    from counselor_app.domain.errors import LoginLocked

    with pytest.raises(LoginLocked) as again:  # the right password while locked: the same end, not a new one
        login(data_dir, "li", PW)
    assert again.value.params["until"] == locked.params["until"]


def test_head_lifts_a_lockout_and_the_next_login_works(session, data_dir):
    with_locked_counselor(session, data_dir)
    with login(data_dir, "head", HEAD_PASSWORD) as s:
        li = s.conn.execute("SELECT id FROM app_user WHERE login = 'li'").fetchone()[0]
        assert set(user_service.lockouts(s)) == {li}
        user_service.clear_lockout(s, "li")
        assert user_service.lockouts(s) == {}
        last = list(audit.iter_all(s.conn))[-1]
        assert (last.action, last.target_type, str(last.target_id), last.user_id) == (
            "user.lockout_clear", "user", str(li), s.user.id)
        with pytest.raises(ValidationError) as info:  # not locked any more
            user_service.clear_lockout(s, "li")
        assert "not locked" in str(info.value)
        with pytest.raises(ValidationError):
            user_service.clear_lockout(s, "nobody")
    with login(data_dir, "li", PW) as s:
        assert s.user.login == "li"


@pytest.mark.parametrize("role", [Role.COUNSELOR, Role.ASSISTANT])
def test_only_the_head_lifts_lockouts_or_sets_temporary_passwords(session, data_dir, role):
    from counselor_app.domain.errors import LoginLocked

    user_service.add_user(session, "zhao", "赵老师", role, PW)
    user_service.add_user(session, "li", "李娜", Role.COUNSELOR, PW)
    session.close()
    lock_out(data_dir, "li")
    with login(data_dir, "zhao", PW) as s:
        with pytest.raises(PermissionDenied):
            user_service.clear_lockout(s, "li")
        with pytest.raises(PermissionDenied):
            user_service.set_temporary_password(s, "li", "Taken-Over-2026")
        with pytest.raises(PermissionDenied):
            user_service.lockouts(s)
        denied = [(r.action, r.outcome, r.user_id) for r in audit.iter_all(s.conn) if r.action.startswith("denied")]
    assert denied == [("denied.manage_users", "denied", 2)] * 3
    with pytest.raises(LoginLocked):  # still locked, and the old password unchanged
        login(data_dir, "li", PW)


def test_temporary_password_works_and_must_be_changed_the_old_one_is_gone(session, data_dir):
    from counselor_app.domain.errors import WrongCredentials
    from counselor_app.services.credentials import change_password

    user_service.add_user(session, "li", "李娜", Role.COUNSELOR, PW)
    session.close()
    with login(data_dir, "li", PW) as s:  # li chose her own password, then forgot it and locked herself out
        change_password(s, PW, "Li-Forgot-This-2026")
    lock_out(data_dir)
    with login(data_dir, "head", HEAD_PASSWORD) as s:
        user_service.set_temporary_password(s, "li", "Temporary-Pass-2026")  # also lifts the lockout
        assert user_service.lockouts(s) == {}
        last = list(audit.iter_all(s.conn))[-1]
        assert (last.action, last.target_type, last.detail) == ("user.temp_password", "user", "")
        everything = " ".join(f"{r.action} {r.target_id} {r.detail}" for r in audit.iter_all(s.conn))
        assert "Temporary-Pass-2026" not in everything
    assert b"Temporary-Pass-2026" not in (data_dir / "keyslots.json").read_bytes()
    with pytest.raises(WrongCredentials):
        login(data_dir, "li", "Li-Forgot-This-2026")
    with login(data_dir, "li", "Temporary-Pass-2026") as s:
        assert s.user.must_change_password
        change_password(s, "Temporary-Pass-2026", "Li-Remembers-2026")
        assert not s.user.must_change_password
    with pytest.raises(WrongCredentials):  # the temporary password worked once
        login(data_dir, "li", "Temporary-Pass-2026")
    with login(data_dir, "li", "Li-Remembers-2026") as s:
        assert not s.user.must_change_password
        assert [r.action for r in audit.iter_all(s.conn)].count("user.temp_password") == 1


def test_temporary_password_refusals_change_nothing(session, data_dir):
    from counselor_app.domain.passwords import WeakPassword

    user_service.add_user(session, "li", "李娜", Role.COUNSELOR, PW)
    user_service.add_user(session, "gone", "离职老师", Role.COUNSELOR, PW)
    user_service.deactivate_user(session, "gone")
    slots_before = (data_dir / "keyslots.json").read_bytes()
    count = len(list(audit.iter_all(session.conn)))
    with pytest.raises(PermissionDenied) as own:   # a record rule: refused, and the refusal audited
        user_service.set_temporary_password(session, "head", "Temporary-Pass-2026")
    assert "own password" in str(own.value)
    assert list(audit.iter_all(session.conn))[-1].action == "denied.user.temp_password"
    count += 1
    with pytest.raises(ValidationError) as inactive:
        user_service.set_temporary_password(session, "gone", "Temporary-Pass-2026")
    assert "deactivated" in str(inactive.value)
    with pytest.raises(WeakPassword):
        user_service.set_temporary_password(session, "li", "Short-26")
    with pytest.raises(ValidationError):
        user_service.set_temporary_password(session, "nobody", "Temporary-Pass-2026")
    assert (data_dir / "keyslots.json").read_bytes() == slots_before
    assert len(list(audit.iter_all(session.conn))) == count
    session.close()
    with login(data_dir, "li", PW):
        pass


def test_a_failed_key_slot_write_keeps_the_old_password_and_writes_no_audit(session, data_dir, monkeypatch):
    from counselor_app.domain.errors import StorageError
    from counselor_app.store import files

    user_service.add_user(session, "li", "李娜", Role.COUNSELOR, PW)
    session.close()
    with login(data_dir, "head", HEAD_PASSWORD) as s:
        real = files.write_atomic

        def write(path, data):
            if path.name == "keyslots.json":
                raise StorageError(reason="disk full")
            return real(path, data)

        monkeypatch.setattr("counselor_app.store.keyslots.write_atomic", write)
        with pytest.raises(StorageError):
            user_service.set_temporary_password(s, "li", "Temporary-Pass-2026")
        monkeypatch.undo()
        assert "user.temp_password" not in [r.action for r in audit.iter_all(s.conn)]
        li = s.conn.execute("SELECT must_change_password FROM app_user WHERE login = 'li'").fetchone()[0]
        assert li == 1  # as the head's first password left it; not changed by the failed reset
    with login(data_dir, "li", PW):
        pass
