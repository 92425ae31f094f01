"""The clinical key at login, and keeping it with exactly the heads, counselors and the recovery key.

The key itself and the sealed fields are in store/sealed.py; which slots hold it in store/keyslots.py. The
database records the current clinical epoch (setting ``clinical.epoch``), committed together with the sealed
values of a rotation; at login the key-slot file is brought in line with it (an interrupted rotation is
finished or undone, as the database says).
"""
from __future__ import annotations

from counselor_app.domain.roles import Role, holds_clinical_key
from counselor_app.store import crypto, office as office_store, sealed
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
    return slots, ClinicalKeys(epoch, {epoch: keys[epoch]})


def new_office_key(slots: KeySlots, holders: set[str]) -> ClinicalKeys:
    """A new office's clinical key, sealed to ``holders`` (the head and the recovery key) in ``slots``."""
    key = crypto.new_data_key()
    epoch = slots.begin_clinical(key, holders)
    slots.finish_clinical(epoch)
    return ClinicalKeys(epoch, {epoch: key})


def record_epoch(conn, epoch: int) -> None:
    office_store.set_setting(conn, EPOCH_SETTING, epoch)


def should_hold(role: Role, active: bool = True) -> bool:
    return active and holds_clinical_key(role)


def holders(conn_users) -> set[str]:
    """The slots that must hold the clinical key: active heads and counselors, and the recovery key."""
    return {u.slot_id for u in conn_users if should_hold(u.role, u.active)} | {RECOVERY_SLOT_ID}


def unreadable_fields(session) -> list[tuple[str, str, int]] | None:
    """Sealed values that do not open (None when this user holds no clinical key and cannot check)."""
    if session.clinical is None:
        return None
    return sealed.unreadable(session.conn, session.clinical)
