"""Restoring an older backup makes the key slots match the restored accounts (issue 10, finding 5): an account made
after the backup keeps no slot that opens the restored office; accounts in both keep their passwords of today."""
from __future__ import annotations

import pytest

from key_helpers import NOTE, PASSWORDS, SECRET, copy_opens_today, live_keys, staff_office
from testdata import HEAD_LOGIN, HEAD_PASSWORD
from counselor_app.domain.errors import WrongCredentials
from counselor_app.domain.roles import Role
from counselor_app.services import backups as backup_service, credentials, rekey, restore, users
from counselor_app.services.integrity import verify_office
from counselor_app.services.office import login
from counselor_app.store import audit, users as user_store
from counselor_app.store.keyslots import KeySlots

LATER = "Later-Colleague-2026"


def test_an_account_made_after_the_backup_keeps_no_slot_in_the_restored_office(new_office, data_dir):
    staff_office(new_office.session)
    with login(data_dir, HEAD_LOGIN, HEAD_PASSWORD) as head:
        info = backup_service.make_backup(head)
        users.add_user(head, "newbie", "新同事", Role.COUNSELOR, LATER)
    with login(data_dir, "newbie", LATER) as s:
        credentials.change_password(s, LATER, "Fresh-Own-2026")
    with login(data_dir, "zhaoli", PASSWORDS["zhaoli"]) as s:   # a password changed after the backup is kept
        credentials.change_password(s, PASSWORDS["zhaoli"], "Assistant-Later-2026")
    kept = KeySlots.load(data_dir / "keyslots.json")   # the newcomer's copy of the file
    restore.restore_backup(data_dir, info.path, HEAD_LOGIN, HEAD_PASSWORD)
    slots = KeySlots.load(data_dir / "keyslots.json")
    assert slots.find(slots.slot_id_for("newbie")) is None
    live = live_keys(data_dir)
    assert not copy_opens_today(data_dir, kept, kept.slot_id_for("newbie"), b"Fresh-Own-2026", live)
    with pytest.raises(WrongCredentials):
        login(data_dir, "newbie", "Fresh-Own-2026")
    login(data_dir, "zhaoli", "Assistant-Later-2026").close()
    with login(data_dir, "liuyang", PASSWORDS["liuyang"]) as c:
        assert NOTE.read(c.conn, c.clinical, 1) == SECRET
    with login(data_dir, HEAD_LOGIN, HEAD_PASSWORD) as head:
        report = verify_office(head)
        assert report.ok, report.problems
        actions = [r.action for r in audit.iter_all(head.conn)]
        assert "restore" in actions and user_store.by_login(head.conn, "newbie") is None


def test_a_backup_from_before_a_rekey_and_a_new_password_restores_with_todays_password(new_office, data_dir):
    staff_office(new_office.session)
    with login(data_dir, HEAD_LOGIN, HEAD_PASSWORD) as head:
        info = backup_service.make_backup(head)
        users.deactivate_user(head, "liuyang")          # a re-key and a new clinical key
        credentials.revoke_password(head, HEAD_PASSWORD, "Chief-Later-2027")
        rekey.renew_office_keys(head)
    restore.restore_backup(data_dir, info.path, HEAD_LOGIN, "Chief-Later-2027")
    with login(data_dir, HEAD_LOGIN, "Chief-Later-2027") as head:
        assert NOTE.read(head.conn, head.clinical, 1) == SECRET   # sealed under the backup's clinical key, now the new
        assert not user_store.by_login(head.conn, "liuyang").active   # deactivated since: stays out
        report = verify_office(head)
        assert report.ok, report.problems
    login(data_dir, "zhaoli", PASSWORDS["zhaoli"]).close()
    with pytest.raises(WrongCredentials):
        login(data_dir, "liuyang", PASSWORDS["liuyang"])


def test_after_a_new_recovery_key_and_a_temporary_password_a_restore_keeps_both(new_office, data_dir):
    """The signed roster of the backup learns today's keys from the restoring head: the recovery key made since
    and the new key pair of a colleague who got a temporary password since."""
    staff_office(new_office.session)
    with login(data_dir, HEAD_LOGIN, HEAD_PASSWORD) as head:
        info = backup_service.make_backup(head)
        new_key = __import__("counselor_app.services.recovery", fromlist=["x"]).rotate_recovery_key(head)
        users.set_temporary_password(head, "zhaoli", "Temporary-Pass-2027")
    restore.restore_backup(data_dir, info.path, HEAD_LOGIN, HEAD_PASSWORD)
    login(data_dir, "zhaoli", "Temporary-Pass-2027").close()
    credentials.recover_password(data_dir, "liuyang", new_key, "Recovered-Pass-2027")
    with pytest.raises(Exception):
        credentials.export_data_key(data_dir, new_office.recovery_key)   # the old recovery key: not any more
    with login(data_dir, HEAD_LOGIN, HEAD_PASSWORD) as head:
        report = verify_office(head)
        assert report.ok, report.problems


def test_a_backup_from_before_a_role_change_restores_its_confidential_records(new_office, data_dir):
    """A role change away from counselor replaces the clinical key (services/clinical.rotate_key): the retired key is
    kept for older backups, also when the head's own slot of then no longer opens."""
    staff_office(new_office.session)
    with login(data_dir, HEAD_LOGIN, HEAD_PASSWORD) as head:
        info = backup_service.make_backup(head)
        users.change_role(head, "liuyang", Role.ASSISTANT)           # a new clinical key
        credentials.revoke_password(head, HEAD_PASSWORD, "Chief-Later-2027")   # and again: the backup's slot is old
    restore.restore_backup(data_dir, info.path, HEAD_LOGIN, "Chief-Later-2027")
    with login(data_dir, HEAD_LOGIN, "Chief-Later-2027") as head:
        assert NOTE.read(head.conn, head.clinical, 1) == SECRET
