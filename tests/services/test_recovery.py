"""The recovery key counts as confirmed only once it was typed back and opened its key slot."""
import pytest

from counselor_app.domain.errors import PermissionDenied, WrongRecoveryKey
from counselor_app.domain.roles import Role
from counselor_app.services import recovery, users
from counselor_app.services.office import login
from counselor_app.store import audit


def actions(session):
    return [(r.action, r.outcome) for r in audit.iter_all(session.conn)]


def mistyped(key: str) -> str:
    groups = key.split("-")
    groups[-1] = "000000" if groups[-1] != "000000" else "000011"
    return "-".join(groups)


def test_a_new_office_starts_unconfirmed_and_the_right_key_confirms_it(new_office):
    session = new_office.session
    assert not recovery.is_confirmed(session)
    with pytest.raises(WrongRecoveryKey):
        recovery.confirm_recovery_key(session, mistyped(new_office.recovery_key))
    assert not recovery.is_confirmed(session)
    assert ("recovery_key.confirm", "failed") in actions(session)
    recovery.confirm_recovery_key(session, new_office.recovery_key.replace("-", " "))  # spaces are fine too
    assert recovery.is_confirmed(session)
    assert ("recovery_key.confirm", "ok") in actions(session)


def test_only_the_head_is_warned_and_may_confirm_it(new_office, data_dir):
    from counselor_app.services.dashboard import start_page

    head = new_office.session
    assert start_page(head).recovery_unconfirmed
    users.add_user(head, "liuyang", "刘洋", Role.COUNSELOR, "Bright-River-2026")
    head.close()
    with login(data_dir, "liuyang", "Bright-River-2026") as counselor:
        assert not start_page(counselor).recovery_unconfirmed
        with pytest.raises(PermissionDenied):
            recovery.confirm_recovery_key(counselor, new_office.recovery_key)
        assert not recovery.is_confirmed(counselor)
        assert ("denied.manage_users", "denied") in actions(counselor)


def test_a_demo_office_has_nothing_to_confirm(tmp_path):
    from counselor_app.services.demo import create_demo_office

    demo = create_demo_office(tmp_path / "demo", students=20)
    with demo.office.session as session:
        assert recovery.is_confirmed(session)
