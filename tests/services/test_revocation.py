"""Revoking a password (issue 10, finding 3): an old copy of the key-slot file — every backup holds one — opened with a
password no longer in use opens nothing of the live office: not the data key, not the clinical key."""
from __future__ import annotations

import pytest

from key_helpers import NOTE, PASSWORDS, SECRET, copy_opens_today, live_keys, slot_of, staff_office
from testdata import HEAD_LOGIN, HEAD_PASSWORD
from counselor_app.domain.errors import PermissionDenied, WrongCredentials
from counselor_app.services import credentials, rekey
from counselor_app.services.office import login
from counselor_app.store import audit
from counselor_app.store.keyslots import KeySlots

NEW = "Changed-Later-2027"


@pytest.mark.parametrize("who", ["liuyang", "zhaoli", HEAD_LOGIN])
def test_a_revoked_password_opens_nothing_live_even_with_an_old_key_slot_file(new_office, data_dir, who):
    staff_office(new_office.session)
    kept = KeySlots.load(data_dir / "keyslots.json")   # a backup's copy, or one someone took
    with login(data_dir, who, PASSWORDS[who]) as s:
        credentials.revoke_password(s, PASSWORDS[who], NEW)
        assert "password.revoke" in [r.action for r in audit.iter_all(s.conn)]
    live = live_keys(data_dir, HEAD_LOGIN, NEW if who == HEAD_LOGIN else HEAD_PASSWORD)
    assert not copy_opens_today(data_dir, kept, slot_of(data_dir, who), PASSWORDS[who].encode(), live)
    with pytest.raises(WrongCredentials):
        login(data_dir, who, PASSWORDS[who])
    with login(data_dir, who, NEW) as s:   # the new password, and everyone else's, work; the records are whole
        if who != "zhaoli":
            assert NOTE.read(s.conn, s.clinical, 1) == SECRET
    for other in {"zhaoli", "liuyang", HEAD_LOGIN} - {who}:
        login(data_dir, other, PASSWORDS[other]).close()
        # a colleague's own copy with their own (unchanged) password is theirs to use: not revoked
        assert copy_opens_today(data_dir, kept, slot_of(data_dir, other), PASSWORDS[other].encode(), live)


def test_a_plain_change_gives_a_new_key_pair_and_the_heads_rekey_revokes_it(new_office, data_dir):
    staff_office(new_office.session)
    kept = KeySlots.load(data_dir / "keyslots.json")
    with login(data_dir, "liuyang", PASSWORDS["liuyang"]) as s:
        credentials.change_password(s, PASSWORDS["liuyang"], NEW)
    before = live_keys(data_dir)
    slot = slot_of(data_dir, "liuyang")
    assert kept.find(slot).public != KeySlots.load(data_dir / "keyslots.json").find(slot).public
    # not revoked yet: the old copy still holds today's data key (until a re-key)
    assert copy_opens_today(data_dir, kept, slot, PASSWORDS["liuyang"].encode(), before)
    with login(data_dir, HEAD_LOGIN, HEAD_PASSWORD) as head:
        rekey.renew_office_keys(head)
        assert NOTE.read(head.conn, head.clinical, 1) == SECRET
    live = live_keys(data_dir)
    assert not copy_opens_today(data_dir, kept, slot, PASSWORDS["liuyang"].encode(), live)
    for who, password in (("liuyang", NEW), ("zhaoli", PASSWORDS["zhaoli"]), (HEAD_LOGIN, HEAD_PASSWORD)):
        with login(data_dir, who, password) as s:   # every password in use works, the roster checks
            if who != "zhaoli":
                assert NOTE.read(s.conn, s.clinical, 1) == SECRET


def test_the_office_wide_rekey_is_the_heads_and_is_verified(new_office, data_dir, tmp_path):
    from counselor_app.services.integrity import verify_office

    staff_office(new_office.session)
    with login(data_dir, "liuyang", PASSWORDS["liuyang"]) as counselor:
        with pytest.raises(PermissionDenied):
            rekey.renew_office_keys(counselor)
    with login(data_dir, HEAD_LOGIN, HEAD_PASSWORD) as head:
        rekey.renew_office_keys(head)
        rekey.renew_office_keys(head)   # twice in one session: the session's keys follow
        assert verify_office(head).ok, verify_office(head).problems
    with login(data_dir, HEAD_LOGIN, HEAD_PASSWORD) as head:
        report = verify_office(head)
        assert report.ok, report.problems
        assert [r.action for r in audit.iter_all(head.conn)].count("keys.rekey") == 2


@pytest.mark.parametrize("who", ["liuyang", HEAD_LOGIN])
def test_after_a_revocation_verify_passes_and_the_roster_checks(new_office, data_dir, who):
    from counselor_app.services.integrity import verify_office

    staff_office(new_office.session)
    with login(data_dir, who, PASSWORDS[who]) as s:
        credentials.revoke_password(s, PASSWORDS[who], NEW)
        audit_after = s.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
        s.audit("view.audit", "audit")   # the session signs on, with its new key where it has one
    head_password = NEW if who == HEAD_LOGIN else HEAD_PASSWORD
    with login(data_dir, HEAD_LOGIN, head_password) as head:
        report = verify_office(head)
        assert report.ok, report.problems
        assert report.audit_rows > audit_after
