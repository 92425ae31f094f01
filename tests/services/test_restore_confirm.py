"""The password that confirms a restore, proven on the open office before it is closed."""
from __future__ import annotations

import pytest

from counselor_app.domain.errors import PermissionDenied, WrongCredentials
from counselor_app.domain.roles import Role
from counselor_app.services import users
from counselor_app.services.office import login
from counselor_app.services.restore import confirm_password
from counselor_app.store import audit
from testdata import HEAD_PASSWORD


def test_the_heads_password_is_proven_and_a_wrong_one_refused_and_counted(session):
    confirm_password(session, HEAD_PASSWORD)
    with pytest.raises(WrongCredentials) as refused:
        confirm_password(session, "Not-The-Password-1")
    assert refused.value.params["remaining"] == 4   # counted once
    confirm_password(session, HEAD_PASSWORD)   # the session is still open and usable


def test_an_assistant_is_refused_before_any_password_is_tried(new_office, data_dir):
    users.add_user(new_office.session, "zhaoli", "赵丽", Role.ASSISTANT, "Desk-Helper-2026")
    new_office.session.close()
    with login(data_dir, "zhaoli", "Desk-Helper-2026") as assistant:
        with pytest.raises(PermissionDenied):
            confirm_password(assistant, "Desk-Helper-2026")
        last = list(audit.iter_all(assistant.conn))[-1]
        assert (last.action, last.outcome) == ("denied.restore", "denied")
