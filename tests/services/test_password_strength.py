"""A head's or counselor's password must be stronger (issue 10, finding 6): wherever one is set — the set-up, a new
account, a reactivation, a temporary password, a change, a reset with the recovery key — and a promotion to counselor
or head asks for a new password at the next login."""
from __future__ import annotations

import pytest

from key_helpers import PASSWORDS, staff_office
from testdata import HEAD_LOGIN, HEAD_PASSWORD
from counselor_app.domain.passwords import CLINICAL_TOO_SHORT, WeakPassword
from counselor_app.domain.roles import Role
from counselor_app.domain.school import SchoolProfile, SchoolType
from counselor_app.services import credentials, users
from counselor_app.services.office import create_office, login
from counselor_app.store import users as user_store

SHORT = "Harbor-2026"    # 11 characters: enough for an assistant


def refused(call, *args, **kwargs):
    with pytest.raises(WeakPassword) as info:
        call(*args, **kwargs)
    assert info.value.source == CLINICAL_TOO_SHORT


def test_a_new_office_heads_password(tmp_path):
    refused(create_office, tmp_path / "o", SchoolProfile("学校", SchoolType.MIDDLE), "wang", "王主任", SHORT)
    assert not (tmp_path / "o" / "office.db").exists()


def test_accounts_of_heads_and_counselors(new_office, data_dir):
    staff_office(new_office.session)
    with login(data_dir, HEAD_LOGIN, HEAD_PASSWORD) as head:
        refused(users.add_user, head, "zhou", "周", Role.COUNSELOR, SHORT)
        refused(users.add_user, head, "wu", "吴", Role.HEAD, SHORT)
        users.add_user(head, "sun", "孙", Role.ASSISTANT, SHORT)
        refused(users.set_temporary_password, head, "liuyang", SHORT)
        users.set_temporary_password(head, "zhaoli", SHORT)
        users.deactivate_user(head, "liuyang")
        refused(users.reactivate_user, head, "liuyang", SHORT)
    with login(data_dir, HEAD_LOGIN, HEAD_PASSWORD) as head:
        refused(credentials.change_password, head, HEAD_PASSWORD, SHORT)
        refused(credentials.revoke_password, head, HEAD_PASSWORD, SHORT)


def test_a_reset_with_the_recovery_key(new_office, data_dir):
    staff_office(new_office.session)
    refused(credentials.recover_password, data_dir, "liuyang", new_office.recovery_key, SHORT)
    login(data_dir, "liuyang", PASSWORDS["liuyang"]).close()   # unchanged
    credentials.recover_password(data_dir, "zhaoli", new_office.recovery_key, SHORT)


def test_a_promotion_asks_for_a_new_password_at_the_next_login(new_office, data_dir):
    staff_office(new_office.session)
    for who in ("zhaoli", "liuyang"):   # each has chosen their own password
        with login(data_dir, who, PASSWORDS[who]) as s:
            credentials.change_password(s, PASSWORDS[who], f"{PASSWORDS[who]}-own")
    with login(data_dir, HEAD_LOGIN, HEAD_PASSWORD) as head:
        users.change_role(head, "zhaoli", Role.COUNSELOR)
        assert user_store.by_login(head.conn, "zhaoli").must_change_password
        users.change_role(head, "liuyang", Role.ASSISTANT)      # not for a move away from the clinical key
        assert not user_store.by_login(head.conn, "liuyang").must_change_password
