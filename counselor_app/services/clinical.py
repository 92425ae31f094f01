"""The clinical key at login, and keeping it with exactly the heads, counselors and the recovery key.

The key itself and the sealed fields are in store/sealed.py; which slots hold it in store/keyslots.py. The
database records the current clinical epoch (setting ``clinical.epoch``), committed together with the sealed
values of a rotation; at login the key-slot file is brought in line with it (an interrupted rotation is
finished or undone, as the database says).
"""
from __future__ import annotations

from typing import Callable

from counselor_app.domain.errors import ClinicalKeyMissing
from counselor_app.domain.roles import Role, holds_clinical_key
from counselor_app.store import crypto, key_history, office as office_store, sealed, users
from counselor_app.store.database import transaction
from counselor_app.store.keyslots import RECOVERY_SLOT_ID, KeySlots, updating
from counselor_app.store.location import OfficePaths
from counselor_app.store.sealed import ClinicalKeys

EPOCH_SETTING = "clinical.epoch"


def database_epoch(conn) -> int:
    return int(office_store.get_setting(conn, EPOCH_SETTING, 0) or 0)


def open_for(conn, paths: OfficePaths, slot_id: str, private: bytearray) -> tuple[KeySlots, ClinicalKeys | None]:
    """The clinical keys this slot holds (None for an assistant), after settling an interrupted rotation."""
    epoch = database_epoch(conn)
    slots = KeySlots.load(paths.keyslots)
    if epoch and (slots.clinical_epoch != epoch
                  or any(set(s.clinical) - {epoch} for s in slots.slots)):
        with updating(paths.keyslots) as slots:
            slots.finish_clinical(epoch)
    keys = slots.unseal_clinical(slot_id, private)
    if epoch not in keys:
        for key in keys.values():
            crypto.wipe(key)
        return slots, None
    found = ClinicalKeys(epoch, {epoch: keys[epoch]})
    expected = expected_holders(conn)
    missing, extra = expected - slots.clinical_slots(), slots.clinical_slots() - expected
    if missing or extra:
        # A change interrupted between the database and the key-slot file: a head or counselor whose slot lacks
        # the key gets it from whoever holds it, at their next login; a slot whose account no longer holds it
        # (a role change whose commit failed after the file was written) loses it.
        with updating(paths.keyslots) as slots:
            for holder in missing & {s.id for s in slots.slots}:
                slots.seal_clinical(holder, found.keys)
            for slot_id in extra:
                slots.drop_clinical(slot_id)
    return slots, found


def new_office_key(slots: KeySlots, holders: set[str]) -> ClinicalKeys:
    """A new office's clinical key, sealed to ``holders`` (the head and the recovery key) in ``slots``."""
    key = crypto.new_data_key()
    epoch = slots.begin_clinical(key, holders)
    slots.finish_clinical(epoch)
    return ClinicalKeys(epoch, {epoch: key})


def record_epoch(conn, epoch: int) -> None:
    office_store.set_setting(conn, EPOCH_SETTING, epoch)


def expected_holders(conn) -> set[str]:
    """The slots that must hold the clinical key: active heads and counselors, and the recovery key."""
    return {u.slot_id for u in users.all_users(conn) if u.active and holds_clinical_key(u.role)} | {RECOVERY_SLOT_ID}


def keys_for_role(session, role: Role) -> ClinicalKeys | None:
    """The clinical keys a new slot of ``role`` is to hold: the session's for a head or counselor, else none."""
    if not holds_clinical_key(role):
        return None
    if session.clinical is None:
        raise ClinicalKeyMissing()
    return session.clinical


def give_key(session, slot_id: str, with_change: Callable) -> None:
    """Seal the clinical key to ``slot_id`` (a role that now holds it), committed with ``with_change(conn)``.

    The key-slot file is written last inside the transaction: when it cannot be written, nothing changes."""
    keys = keys_for_role(session, Role.COUNSELOR)
    with transaction(session.conn):
        with_change(session.conn)
        with updating(session.paths.keyslots) as slots:
            slots.seal_clinical(slot_id, keys.keys)
    session.keyslots = slots


def rotate_key(session, without: str, with_change: Callable) -> int:
    """A new clinical key for every holder but ``without`` (a role that no longer holds it), every sealed value
    re-sealed to it, committed with ``with_change(conn)``. Returns the number of values re-sealed.

    Crash-safe like the data key's re-key: (1) the new key is sealed to the holders beside the current one; (2)
    one transaction re-seals every value and records the new epoch; (3) the old epoch is dropped. A stop after
    (1) leaves the old key in force (the next login drops the unused new one); after (2), the next login drops
    the old one.
    """
    old = keys_for_role(session, Role.COUNSELOR)
    new_key = crypto.new_data_key()
    holders = expected_holders(session.conn) - {without}
    with updating(session.paths.keyslots) as slots:
        epoch = slots.begin_clinical(new_key, holders & {s.id for s in slots.slots})
    new = ClinicalKeys(epoch, {epoch: new_key})
    try:
        with transaction(session.conn):
            count = sealed.reseal_all(session.conn, old, new)
            record_epoch(session.conn, epoch)
            key_history.carry_clinical(session.conn, old, new)   # the retired key, for backups made before
            with_change(session.conn)
    except BaseException:
        new.wipe()
        raise
    # Committed: the values are under the new key now, so the session writes with it from here on, even if
    # dropping the old epoch below fails (the next login drops it, as the database's epoch says).
    session.clinical = new
    old.wipe()
    with updating(session.paths.keyslots) as slots:
        slots.finish_clinical(epoch)
    session.keyslots = slots
    return count


def unreadable_fields(session) -> list[tuple[str, str, int]] | None:
    """Sealed values that do not open (None when this user holds no clinical key and cannot check)."""
    if session.clinical is None:
        return None
    return sealed.unreadable(session.conn, session.clinical)
