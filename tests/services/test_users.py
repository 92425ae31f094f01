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
    with pytest.raises(ValidationError):
        user_service.deactivate_user(session, "head")
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
