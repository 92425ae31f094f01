"""The keys of a restored office (issue 10, finding 5): the restored copy gets keys that only the accounts it brings
back hold, with the passwords they have today.

A backup brings back the accounts of its day, while the key-slot file is today's: it may hold slots of accounts made
after the backup (they would open the restored records, and no account names them, so nobody could deactivate them)
and lack slots of accounts deactivated since. So a restore is a re-key (services/rekey.py), prepared on the copy
before anything is replaced:

- the slots that stay are today's slots of the accounts active in the backup, and the recovery key's: everyone keeps
  today's password; the slot of an account the backup does not have, or has deactivated, goes;
- the copy gets a new data key, sealed only to those slots, and its sealed values a new clinical key for the backup's
  heads and counselors — the backup's own clinical key is found with today's keys (today's slot, the keys the live
  office kept: store/key_history.py) or in the backup's key-slot file (today's key pair, or today's password on it);
- an account active in the backup whose slot is gone today (deactivated since) is deactivated in the copy;
- today's signing keys of the accounts are signed into the copy's account roster by the restoring head, so that
  today's passwords pass the signed-roles check too (services/signing.py);
- the entry ``restore``, every change above and the re-key's journal id are one transaction on the copy.

restore.py then writes the journal, swaps the copy in (store/restore_swap.py) and switches the key-slot file: a crash
at any point leaves the old office (the journal undone) or the restored one (finished) at the next open.
"""
from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from pathlib import Path

from counselor_app.domain.errors import BackupInvalid, QT_TRANSLATE_NOOP
from counselor_app.domain.roles import holds_clinical_key
from counselor_app.services import clinical, rekey, signing
from counselor_app.store import (
    audit, crypto, database, key_history, office as office_store, roster as roster_store, sealed, users,
)
from counselor_app.store.database import Connection, connect, transaction
from counselor_app.store.keyslots import RECOVERY_SLOT_ID, KeySlots, Unlocked
from counselor_app.store.rekey_journal import MARKER_SETTING, Journal
from counselor_app.store.sealed import ClinicalKeys

CLINICAL_NOT_OPENED = QT_TRANSLATE_NOOP(
    "Errors", "its confidential records are under a clinical key that neither today's keys nor your password on the "
              "backup open")


@dataclass
class Today:
    """What the live office gives a restore: its data key and epoch, the restoring head's clinical keys, and the
    keys it kept from before (empty when its database does not open)."""
    epoch: int
    key: bytearray
    clinical: dict[int, bytearray] = field(default_factory=dict)
    data_history: dict[int, bytearray] = field(default_factory=dict)
    clinical_history: dict[int, bytearray] = field(default_factory=dict)

    def wipe(self) -> None:
        for k in [self.key, *self.clinical.values(), *self.data_history.values(), *self.clinical_history.values()]:
            crypto.wipe(k)


def today_of(conn: Connection | None, key: bytearray, epoch: int, unlocked: Unlocked) -> Today:
    clinical_now = {e: bytearray(k) for e, k in unlocked.clinical.items()}
    today = Today(epoch, key, clinical_now)
    if conn is not None:
        today.data_history = key_history.data_keys(conn)
        current = clinical.database_epoch(conn)
        if current in clinical_now:
            today.clinical_history = key_history.clinical_keys(conn, ClinicalKeys(current, clinical_now))
    return today


def backup_private(backup_slots: KeySlots, current: KeySlots | None, unlocked: Unlocked, slot_id: str,
                   password: str) -> Unlocked | None:
    """The restoring head's slot in the backup's key-slot file: with today's private key when the key pair is the
    same, else with today's password (if it was already theirs then)."""
    then, now = backup_slots.find(slot_id), current.find(slot_id) if current else None
    if then is not None and now is not None and then.public == now.public and unlocked.private:
        private = bytearray(unlocked.private)
        return Unlocked(slot_id, private, backup_slots.unseal_with(slot_id, private),
                        backup_slots.unseal_clinical(slot_id, private))
    return backup_slots.unlock(slot_id, password.encode("utf-8"))


def data_key_candidates(today: Today | None, unlocked: Unlocked, then: Unlocked | None) -> list[bytearray]:
    out = [bytearray(k) for _e, k in unlocked.keys]
    if today is not None:
        out += [bytearray(today.key)] + [bytearray(k) for k in today.data_history.values()]
    if then is not None:
        out += [bytearray(k) for _e, k in then.keys]
    return out


def backup_clinical_key(conn: Connection, today: Today | None, unlocked: Unlocked,
                        then: Unlocked | None) -> ClinicalKeys | None:
    """The clinical key the copy's sealed values are under (None for a backup without one). BackupInvalid when it
    has sealed values and none of the keys at hand is theirs."""
    epoch = clinical.database_epoch(conn)
    if not epoch:
        return None
    pools = [unlocked.clinical, then.clinical if then else {}]
    if today is not None:
        pools += [today.clinical, today.clinical_history]
    key = next((pool[epoch] for pool in pools if epoch in pool), None)
    if key is None:
        if any(True for col in sealed.registered(conn) for _v in col.values(conn)):
            raise BackupInvalid(reason=CLINICAL_NOT_OPENED)
        return None
    return ClinicalKeys(epoch, {epoch: bytearray(key)})


def rekey_copy(tmp: Path, backup_key: bytearray, backup_slots: KeySlots, current: KeySlots, today: Today,
               head_id: int, signers: list, backup_name: str, then: Unlocked | None, unlocked: Unlocked,
               kdf) -> Journal:
    """Re-key the prepared copy ``tmp`` for the accounts it brings back (see the module's text); returns the
    journal for restore.py to write before the swap. The copy is closed, checkpointed and fsynced."""
    conn = connect(tmp, backup_key)
    new_key, new_clinical = crypto.new_data_key(), None
    try:
        backup_clinical = backup_clinical_key(conn, today, unlocked, then)
        holders = users.key_holders(conn)
        active = {h.slot_id for h in holders if h.active}
        remove = {s.id for s in current.slots} - active - {RECOVERY_SLOT_ID}
        nxt, new_epoch = rekey.next_slots(current, today.key, new_key, remove=remove, renew={}, kdf=kdf)
        present = {s.id for s in nxt.slots}
        gave = {h.slot_id for h in holders if h.active and holds_clinical_key(h.role)} | {RECOVERY_SLOT_ID}
        new_clinical = rekey.new_clinical_key(nxt, gave & present)
        journal = Journal(secrets.token_hex(16), current.epoch, new_epoch, nxt)
        database.rekey(conn, new_key)
        signer = _signer(conn, backup_slots.office_id, signers)
        if signer is not None:
            audit.sign_with(conn, signer)
        try:
            with transaction(conn):
                if backup_clinical is not None:
                    sealed.reseal_all(conn, backup_clinical, new_clinical)
                clinical.record_epoch(conn, new_clinical.current)
                _keep_history(conn, today, backup_slots.epoch, backup_key, backup_clinical, new_clinical)
                gone = [h for h in holders if h.active and h.slot_id not in present]
                for h in gone:
                    users.set_active(conn, h.id, False, audit.now_iso())
                    audit.append(conn, user_id=head_id, action="user.deactivate", target_type="user",
                                 target_id=h.id, detail="no_key_slot")
                audit.append(conn, user_id=head_id, action="restore", target_type="backup", target_id=backup_name)
                office_store.set_setting(conn, MARKER_SETTING, journal.id)
                if signer is not None:
                    _sign_roster(conn, signer, nxt, gone, holders)
        finally:
            audit.stop_signing(conn)
        database.use_wal(conn)
    finally:
        conn.close()
        crypto.wipe(new_key)
        if new_clinical is not None:
            new_clinical.wipe()
    from counselor_app.store.files import fsync_file

    fsync_file(tmp)
    return journal


def _keep_history(conn: Connection, today: Today, backup_epoch: int, backup_key: bytearray,
                  backup_clinical: ClinicalKeys | None, new_clinical: ClinicalKeys) -> None:
    """Every data and clinical key the office and the backup knew, for the backups made in between."""
    data = {**key_history.data_keys(conn), **today.data_history, backup_epoch: backup_key, today.epoch: today.key}
    key_history.add_data_keys(conn, data)
    old_clinical = dict(key_history.clinical_keys(conn, backup_clinical)) if backup_clinical else {}
    old_clinical.update(today.clinical_history)
    old_clinical.update(today.clinical)
    if backup_clinical is not None:
        old_clinical.update(backup_clinical.keys)
    old_clinical.pop(new_clinical.current, None)
    key_history.write_clinical(conn, old_clinical, new_clinical)


def _signer(conn: Connection, office_id: str, signers: list):
    """Of the restoring head's signing keys (today's, the backup's), the one the copy's roster lets sign."""
    if not roster_store.exists(conn):
        return None
    latest = signing.latest(conn, office_id)
    for s in signers:
        if s is not None and latest is not None and latest.authority(s.signer_id) == s.public:
            return s
    return None


def _sign_roster(conn: Connection, signer, nxt: KeySlots, gone, holders) -> None:
    """The copy's roster learns what the restore changed: accounts deactivated, and today's signing keys of the
    accounts (and of the recovery key) where they differ from the backup's — the restoring head's own last."""
    latest = signing.latest(conn, signer.office_id)
    for h in gone:
        latest = signing.sign_account(conn, signer, h.id)
    recovery = nxt.signing_public(RECOVERY_SLOT_ID)
    recovery = recovery if recovery and recovery.hex() != latest.body.get("recovery", "") else None
    changed = []
    for h in holders:
        account, public = latest.account(h.id), nxt.signing_public(h.slot_id)
        if h.active and h.slot_id in {s.id for s in nxt.slots} and account and public and account["sign"] != public.hex():
            changed.append((h, public))
    changed.sort(key=lambda hp: hp[0].id == signer.signer_id)
    for h, public in changed:
        signing.sign_account(conn, signer, h.id, new_key=public, recovery_key=recovery)
        recovery = None
    if recovery is not None:
        signing.sign_account(conn, signer, signer.signer_id, recovery_key=recovery)
