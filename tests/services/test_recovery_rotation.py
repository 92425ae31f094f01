"""A new recovery key (issue 10, finding 6): the old one stops opening the live office and the backups made from then
on — with any key-slot file; a backup made before still opens with the old key (it holds the slots of its time)."""
from __future__ import annotations

import pytest

from key_helpers import NOTE, SECRET, copy_opens_today, live_keys, staff_office
from testdata import HEAD_LOGIN, HEAD_PASSWORD
from counselor_app.domain.errors import PermissionDenied, WrongRecoveryKey
from counselor_app.domain.recovery_key import parse_recovery_key
from counselor_app.services import backups as backup_service, credentials, recovery
from counselor_app.services.integrity import verify_office
from counselor_app.services.office import login
from counselor_app.store import audit
from counselor_app.store.keyslots import RECOVERY_SLOT_ID, KeySlots


def test_a_new_recovery_key_retires_the_old_one(new_office, data_dir):
    old_key = new_office.recovery_key
    staff_office(new_office.session)
    kept = KeySlots.load(data_dir / "keyslots.json")
    with login(data_dir, HEAD_LOGIN, HEAD_PASSWORD) as head:
        before = backup_service.make_backup(head)
        recovery.confirm_recovery_key(head, old_key)
        new_key = recovery.rotate_recovery_key(head)
        assert parse_recovery_key(new_key) != parse_recovery_key(old_key)
        assert not recovery.is_confirmed(head)       # the start page asks for the new one to be typed back
        after = backup_service.make_backup(head)
        assert verify_office(head).ok, verify_office(head).problems
        assert "recovery_key.rotate" in [r.action for r in audit.iter_all(head.conn)]
    live = live_keys(data_dir)
    # the old key: not with today's key-slot file, not with an old copy, not with a backup made after
    assert not copy_opens_today(data_dir, kept, RECOVERY_SLOT_ID, parse_recovery_key(old_key), live)
    assert KeySlots.load(after.path / "keyslots.json").unlock(RECOVERY_SLOT_ID, parse_recovery_key(old_key)) is None
    with pytest.raises(WrongRecoveryKey):
        credentials.export_data_key(data_dir, old_key)
    # a backup made before still opens with the old key (documented)
    assert KeySlots.load(before.path / "keyslots.json").unlock(RECOVERY_SLOT_ID, parse_recovery_key(old_key))
    # the new key does everything the old one did: a forgotten password, the data key, the clinical key
    credentials.recover_password(data_dir, "liuyang", new_key, "Recovered-Pass-2027")
    with login(data_dir, "liuyang", "Recovered-Pass-2027") as c:
        assert NOTE.read(c.conn, c.clinical, 1) == SECRET
    assert credentials.export_data_key(data_dir, new_key) == f"x'{next(iter(live_keys(data_dir)[0])).hex()}'"
    with login(data_dir, HEAD_LOGIN, HEAD_PASSWORD) as head:
        recovery.confirm_recovery_key(head, new_key)
        assert recovery.is_confirmed(head)
        report = verify_office(head)
        assert report.ok, report.problems


def test_only_a_head_may_replace_the_recovery_key(new_office, data_dir):
    staff_office(new_office.session)
    with login(data_dir, "liuyang", "Bright-River-2026") as counselor:
        with pytest.raises(PermissionDenied):
            recovery.rotate_recovery_key(counselor)
    credentials.export_data_key(data_dir, new_office.recovery_key)   # unchanged
