"""``verify --repair`` (issue 10, finding 4): what a crash of the older re-key left — a deactivated colleague's slot
still opening the live database, a key epoch the database never used — is repaired by a re-key; what cannot be
repaired stays reported."""
from __future__ import annotations

import pytest

from key_helpers import NOTE, PASSWORDS, SECRET, copy_opens_today, live_keys, slot_of, staff_office
from testdata import HEAD_LOGIN, HEAD_PASSWORD
from counselor_app.domain.errors import PermissionDenied
from counselor_app.services import recovery, repair, signing
from counselor_app.services.integrity import verify_office
from counselor_app.services.office import login
from counselor_app.store import audit, crypto, users as user_store
from counselor_app.store.database import transaction
from counselor_app.store.keyslots import RECOVERY_SLOT_ID, KeySlots, updating


def test_a_half_done_deactivation_of_the_older_code_is_repaired(new_office, data_dir):
    """What 3 of 10 kills left: the account deactivated in the database, its slot still in the file (opening the live
    key) and a new epoch sealed that the database never got."""
    staff_office(new_office.session)
    kept = KeySlots.load(data_dir / "keyslots.json")
    with login(data_dir, HEAD_LOGIN, HEAD_PASSWORD) as head:
        user = user_store.by_login(head.conn, "liuyang")
        with transaction(head.conn):   # the deactivation committed, signed, as the older code did it
            user_store.set_active(head.conn, user.id, False, audit.now_iso())
            signing.sign_account(head.conn, head.signer, user.id)
        with updating(data_dir / "keyslots.json") as slots:
            slots.begin_rekey(crypto.new_data_key())   # killed before the database was re-keyed
        before = verify_office(head)
        assert not before.ok
        assert copy_opens_today(data_dir, kept, slot_of(data_dir, "liuyang"), PASSWORDS["liuyang"].encode(),
                                (set([bytes(head.data_key)]), {bytes(k) for k in head.clinical.keys.values()}))
        report = repair.repair_office(head)
        assert report.rekeyed and report.removed_slots == 1
        assert report.after.ok, report.after.problems
        assert NOTE.read(head.conn, head.clinical, 1) == SECRET
        assert "office.repair" in [r.action for r in audit.iter_all(head.conn)]
    live = live_keys(data_dir)
    assert not copy_opens_today(data_dir, kept, kept.slot_id_for("liuyang"), PASSWORDS["liuyang"].encode(), live)
    login(data_dir, "zhaoli", PASSWORDS["zhaoli"]).close()


def test_an_account_without_a_slot_is_deactivated_and_a_clinical_key_held_wrongly_is_replaced(new_office, data_dir):
    staff_office(new_office.session)
    with login(data_dir, HEAD_LOGIN, HEAD_PASSWORD) as head:
        with updating(data_dir / "keyslots.json") as slots:
            slots.remove_slot(slots.slot_id_for("zhaoli"))                        # an account without a slot
            slots.seal_clinical(slots.slot_id_for(HEAD_LOGIN), head.clinical.keys)
            slots.drop_clinical(slots.slot_id_for("liuyang"))                     # a counselor without the key
        assert not verify_office(head).ok
        report = repair.repair_office(head)
        assert report.after.ok, report.after.problems
        assert report.deactivated == [user_store.by_login(head.conn, "zhaoli").id]
        assert not user_store.by_login(head.conn, "zhaoli").active
    with login(data_dir, "liuyang", PASSWORDS["liuyang"]) as c:
        assert NOTE.read(c.conn, c.clinical, 1) == SECRET


def test_a_missing_recovery_slot_stays_reported_until_a_new_recovery_key(new_office, data_dir):
    staff_office(new_office.session)
    with login(data_dir, HEAD_LOGIN, HEAD_PASSWORD) as head:
        with updating(data_dir / "keyslots.json") as slots:
            slots.remove_slot(RECOVERY_SLOT_ID)
        report = repair.repair_office(head)
        assert not report.after.ok
        assert [str(p) for p in report.after.problems] == ["recovery key slot missing"]
        recovery.rotate_recovery_key(head)
        assert verify_office(head).ok


def test_a_sound_office_is_left_as_it_is_and_only_a_head_repairs(new_office, data_dir):
    staff_office(new_office.session)
    with login(data_dir, "liuyang", PASSWORDS["liuyang"]) as counselor:
        with pytest.raises(PermissionDenied):
            repair.repair_office(counselor)
    before = (data_dir / "keyslots.json").read_bytes()
    with login(data_dir, HEAD_LOGIN, HEAD_PASSWORD) as head:
        report = repair.repair_office(head)
        assert not report.repaired and report.after.ok
    assert KeySlots.from_bytes(before).epoch == KeySlots.load(data_dir / "keyslots.json").epoch
