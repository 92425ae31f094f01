"""Operations declare their permission and the areas they change; the decorator checks and notes them."""
import pytest

from counselor_app.domain.areas import Area
from counselor_app.domain.errors import PermissionDenied, ValidationError
from counselor_app.domain.roles import Permission, Role
from counselor_app.services import operations, users
from counselor_app.services.office import login
from counselor_app.services.operations import OPERATIONS, changing, operation
from counselor_app.store import audit


@operation(Permission.MANAGE_USERS, changes={Area.USERS}, audit="user.add", target="user")
def _touch_user(session, user_id, fail=False):
    with changing(session, "user.add", "user", user_id) as note:
        note.detail = "head"
        if fail:
            raise ValidationError("nope")
    return "done"


@operation(Permission.VIEW_REGISTER, audit="view.student", target="student")
def _look(session, student_id):
    session.audit("view.student", "student", student_id)


def trail(session):
    return [(r.action, r.target_type, r.target_id, r.outcome, r.detail) for r in audit.iter_all(session.conn)]


def test_allowed_call_notes_its_areas_and_writes_with_its_audit_row(session):
    session.take_changes()
    assert _touch_user(session, 7) == "done"
    assert session.take_changes() == {Area.USERS, Area.AUDIT}
    assert trail(session)[-1] == ("user.add", "user", "7", "ok", "head")
    assert session.take_changes() == frozenset()


def test_a_failed_call_notes_nothing_and_writes_nothing(session):
    before = trail(session)
    session.take_changes()
    with pytest.raises(ValidationError):
        _touch_user(session, 7, fail=True)
    assert session.take_changes() == frozenset() and trail(session) == before


def test_a_view_is_audited_but_announces_no_change(session):
    session.take_changes()
    _look(session, 3)
    assert session.take_changes() == frozenset()
    assert trail(session)[-1][:3] == ("view.student", "student", "3")


def test_refusal_comes_before_the_body_and_is_audited_with_the_record(new_office, data_dir):
    users.add_user(new_office.session, "zhaoli", "赵丽", Role.ASSISTANT, "Desk-Helper-2026")
    new_office.session.close()
    with login(data_dir, "zhaoli", "Desk-Helper-2026") as assistant:
        with pytest.raises(PermissionDenied):
            _touch_user(assistant, user_id=42)
        assert trail(assistant)[-1][:4] == ("denied.manage_users", "user", "42", "denied")
        assert assistant.take_changes() == frozenset()


def test_the_services_declare_their_operations_once_each():
    import importlib
    import pkgutil

    import counselor_app.services as package

    for module in pkgutil.iter_modules(package.__path__):
        importlib.import_module(f"counselor_app.services.{module.name}")
    assert "students.save_student" in OPERATIONS and "users.add_user" in OPERATIONS

    def declared_twice(session):
        return None

    operation(None)(declared_twice)
    with pytest.raises(ValueError):
        operation(None)(declared_twice)
    assert OPERATIONS["rollover.apply_rollover"].permissions == (Permission.EDIT_REGISTER, Permission.BACKUP)
    assert operations.operation_of(users.add_user).changes == {Area.USERS, Area.AUDIT}


def test_an_operation_declares_only_record_rules_that_exist():
    from counselor_app.domain import access

    with pytest.raises(ValueError):
        operation(Permission.MANAGE_USERS, record=(access.USER_ACCOUNT, "edit"))
    with pytest.raises(ValueError):
        operation(Permission.MANAGE_USERS, record=("diary", access.EDIT))
    assert operations.operation_of(users.deactivate_user).record == (access.USER_ACCOUNT, access.DEACTIVATE)
