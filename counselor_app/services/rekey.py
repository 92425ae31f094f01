"""Re-keying the office, crash-safe: a new data key for the database (and a new clinical key), the key slots
changed with it, and the change it serves committed at the one right moment.

A re-key serves: deactivating a user (the slot goes), revoking a changed password (the slot's new key pair, ``passwd
--revoke``), the head's office-wide re-key (``rekey``), a new recovery key, a repair (``verify --repair``). Each slot
that stays receives the new key; a slot that goes, or an old copy of any slot (a backup's key-slot file opened with a
password no longer in use), holds only keys the office no longer uses.

The order, each step durable before the next (store/rekey_journal.py):

1. the journal: the next key-slot file, the new data key sealed to every slot that stays beside the current key;
2. the database re-keyed (SQLCipher's ``PRAGMA rekey``: every page or none);
3. one transaction — the commit point: the clinical values re-sealed to the new clinical key, the retired keys kept
   for older backups (store/key_history.py), the change itself with its audit entry, and the journal's id;
4. the switch: the next key-slot file, without the old key, replaces ``keyslots.json``; the journal is deleted.

Whoever opens the office next finishes or undoes an interrupted re-key (:func:`settle`, from keys.open_database):
the database opens with the new key and holds the journal's id — the change committed: step 4 is done now; it opens
with the new key without the id (stopped between 2 and 3) — it is re-keyed back and the journal deleted: nothing
happened; it opens with the current key — the journal is deleted. The change commits only after the database left
the key the removed slot holds, so a deactivated user's slot never opens the live database.
"""
from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import Callable

from counselor_app.domain.areas import Area
from counselor_app.domain.errors import KeyChangeUnfinished, WrongCredentials
from counselor_app.domain.roles import Permission, Role
from counselor_app.services import clinical, keys, signing
from counselor_app.services.operations import operation
from counselor_app.store import audit, crypto, database, key_history, office as office_store, rekey_journal, sealed
from counselor_app.store import signing as sign_store, users
from counselor_app.store.database import Connection, transaction
from counselor_app.store.filelock import locked
from counselor_app.store.keyslots import RECOVERY_SLOT_ID, KeySlots, Unlocked
from counselor_app.store.location import OfficePaths
from counselor_app.store.login_guard import LoginGuard
from counselor_app.store.rekey_journal import MARKER_SETTING, Journal
from counselor_app.store.sealed import ClinicalKeys
from counselor_app.store.signing import Signer


def after_step(step: str) -> None:
    """Called after each durable step ("journal", "database", "commit", "switch"); the crash tests stop there."""


@dataclass
class Renewal:
    """A slot given a new key pair under a new secret (a revoked password, a new recovery key)."""
    kind: str                                  # "user" or "recovery"
    secret: bytes | bytearray
    signing_seed: bytearray | None = None      # its signing key, sealed to the new key pair (carried over)


def next_slots(current: KeySlots, old_key: bytearray, new_key: bytearray, *, remove: set[str],
               renew: dict[str, Renewal], kdf) -> tuple[KeySlots, int]:
    """The journal's key-slot file: ``remove`` gone, ``renew`` with new key pairs, the new data key sealed to every
    slot beside the current one. Returns it and the new epoch."""
    nxt = KeySlots.from_bytes(current.to_bytes())
    for slot_id in remove:
        nxt.remove_slot(slot_id)
    for slot_id, r in renew.items():
        keys.renew_slot(nxt, slot_id, r.kind, r.secret, old_key, kdf, clinical=None, signing_seed=r.signing_seed)
    return nxt, nxt.begin_rekey(new_key)


def rekey_office(session, commit: Callable[[Connection], None], *, remove: set[str] = frozenset(),
                 renew: dict[str, Renewal] | None = None, rotate_clinical: bool = False,
                 new_signing: set[str] = frozenset()) -> None:
    """Move the office to a new data key (and, with ``rotate_clinical``, a new clinical key), removing the slots
    ``remove``, renewing the slots ``renew`` and giving the slots ``new_signing`` new signing keys (signed into the
    account roster by this head); ``commit(conn)`` writes the change and its audit entry inside the transaction
    that decides (step 3). Validate everything before: from step 1 on, a failure undoes the re-key."""
    paths, conn, renew = session.paths, session.conn, renew or {}
    old_clinical = clinical.keys_for_role(session, Role.COUNSELOR) if rotate_clinical else None
    with locked(paths.keyslots):
        current = KeySlots.load(paths.keyslots)
    # Only the slots of active accounts and the recovery key receive the new key: one put in the file by hand, or
    # left by an interrupted change, goes now whatever else this re-key is for.
    active = {u.slot_id for u in users.all_users(conn) if u.active}
    remove = set(remove) | {s.id for s in current.slots if s.id not in active | {RECOVERY_SLOT_ID} | set(renew)}
    old_key, new_key = session.data_key, crypto.new_data_key()
    nxt, new_epoch = next_slots(current, old_key, new_key, remove=remove, renew=renew, kdf=session.kdf)
    holders = (clinical.expected_holders(conn) - remove) & {s.id for s in nxt.slots}
    new_clinical = None
    if old_clinical is not None:
        new_clinical = new_clinical_key(nxt, holders)
    elif session.clinical is not None:   # a renewed holder keeps the current clinical key
        for slot_id in set(renew) & holders:
            nxt.seal_clinical(slot_id, session.clinical.keys)
    seeds = _new_signing_keys(nxt, set(new_signing) if session.signer is not None else set())
    journal = Journal(secrets.token_hex(16), current.epoch, new_epoch, nxt)
    try:
        rekey_journal.write(paths, journal)
        after_step("journal")
        database.rekey(conn, new_key)
        after_step("database")
    except BaseException:
        _undo(paths, conn, old_key)
        _wipe(new_key, new_clinical, seeds)
        raise
    try:
        with transaction(conn):
            if new_clinical is not None:
                sealed.reseal_all(conn, old_clinical, new_clinical)
                clinical.record_epoch(conn, new_clinical.current)
                key_history.carry_clinical(conn, old_clinical, new_clinical)
            key_history.add_data_keys(conn, {current.epoch: old_key})
            office_store.set_setting(conn, MARKER_SETTING, journal.id)
            commit(conn)
            if seeds:
                _sign_new_keys(conn, session.signer, {sid: sign_store.public_of(seed) for sid, seed in seeds.items()})
    except BaseException:
        _undo(paths, conn, old_key)
        _wipe(new_key, new_clinical, seeds)
        raise
    after_step("commit")
    # Committed: whatever happens now, the session works with the new keys (the next open finishes the switch).
    session.data_key = new_key
    crypto.wipe(old_key)
    if new_clinical is not None:
        old_clinical.wipe()
        session.clinical = new_clinical
    _take_signer(session, seeds)
    session.keyslots = rekey_journal.final_slots(journal)   # also when the switch fails: the next open redoes it
    session.keyslots = rekey_journal.switch(paths, journal)
    after_step("switch")


def new_clinical_key(nxt: KeySlots, holders: set[str]) -> ClinicalKeys:
    key = crypto.new_data_key()
    epoch = nxt.begin_clinical(key, holders)
    nxt.finish_clinical(epoch)
    return ClinicalKeys(epoch, {epoch: key})


def _new_signing_keys(nxt: KeySlots, slot_ids: set[str]) -> dict[str, bytearray]:
    """New signing keys for ``slot_ids`` (those still there), sealed to their slots in ``nxt``."""
    seeds = {}
    for slot_id in slot_ids & {s.id for s in nxt.slots}:
        seeds[slot_id] = sign_store.new_seed()
        nxt.set_signing(slot_id, seeds[slot_id])
    return seeds


def _sign_new_keys(conn: Connection, signer, publics: dict[str, bytes]) -> None:
    """The account roster learns the new signing keys: one version per account (this head's own last, while its
    old key still speaks for it), the recovery key's with the first."""
    by_slot = {u.slot_id: u for u in users.all_users(conn)}
    recovery = publics.get(RECOVERY_SLOT_ID)
    accounts = sorted((sid for sid in publics if sid in by_slot), key=lambda sid: sid == signer.slot_id)
    for slot_id in accounts:
        signing.sign_account(conn, signer, by_slot[slot_id].id, new_key=publics[slot_id], recovery_key=recovery)
        recovery = None
    if recovery is not None:
        signing.sign_account(conn, signer, signer.signer_id, recovery_key=recovery)


def _take_signer(session, seeds: dict[str, bytearray]) -> None:
    """This user's new signing key signs from now on; the other new seeds are forgotten."""
    own = seeds.pop(session.user.slot_id, None)
    for seed in seeds.values():
        crypto.wipe(seed)
    if own is None or session.signer is None:
        return
    old = session.signer
    session.signer = Signer(session.user.id, session.user.slot_id, own, old.office_id)
    audit.sign_with(session.conn, session.signer)
    audit.forget_signer(old)
    old.wipe()


def _undo(paths: OfficePaths, conn: Connection, old_key: bytearray) -> None:
    """Back to the current key, the journal gone (best effort: what fails here, the next open undoes)."""
    try:
        database.rekey(conn, old_key)
        rekey_journal.remove(paths)
    except Exception:   # noqa: BLE001 - the error being raised is the one to report
        pass


def _wipe(key: bytearray, clinical_keys: ClinicalKeys | None, seeds: dict[str, bytearray]) -> None:
    crypto.wipe(key)
    if clinical_keys is not None:
        clinical_keys.wipe()
    for seed in seeds.values():
        crypto.wipe(seed)


# -- the head's office-wide re-key ----------------------------------------------------------------------------------

@operation(Permission.MANAGE_KEYS, changes={Area.AUDIT}, audit="keys.rekey", target="office")
def renew_office_keys(session) -> None:
    """Re-key the whole office (``counselor-app rekey``): a new data key and a new clinical key, sealed to every slot
    in use. Every password in use today keeps working; an old copy of a slot — a backup's key-slot file opened with a
    password changed since, a deactivated colleague's copy — opens nothing of the live office any more, because every
    password change gives its slot a new key pair (keys.new_key_pair) and the pair an old password opens receives
    nothing from now on. The accounts' signing keys stay (a restored backup's roster still knows them)."""
    def record(conn) -> None:
        audit.append(conn, user_id=session.user.id, action="keys.rekey", target_type="office")

    rekey_office(session, record, rotate_clinical=session.clinical is not None)


# -- finishing or undoing an interrupted re-key, at the next open ------------------------------------------------------

def settle(paths: OfficePaths, journal: Journal, current: Unlocked | None, pending: Unlocked | None,
           connect: Callable[[bytearray], Connection | None]) -> tuple[Connection, bytearray, Unlocked]:
    """Finish or undo the re-key of ``journal`` (see the module's text) with what the secret opened in the key-slot
    file (``current``) and in the journal (``pending``); ``connect(key)`` opens the checked database or returns None
    when the key does not open it. Returns the connection, its key and the side that is now in force."""
    keys: dict[int, bytearray] = {}
    for side in (current, pending):
        for epoch, key in (side.keys if side else ()):
            keys.setdefault(epoch, key)
    old, new = keys.get(journal.from_epoch), keys.get(journal.to_epoch)
    conn = connect(new) if new is not None else None
    if conn is not None:
        if office_store.get_setting(conn, MARKER_SETTING) == journal.id:   # the change committed: finish it
            # Pages a killed re-key left in the WAL only go into the file now (SQLCipher's page check reads the file).
            database.checkpoint(conn)
            rekey_journal.switch(paths, journal)
            return conn, bytearray(new), pending
        if old is None:
            conn.close()
            raise KeyChangeUnfinished()
        database.rekey(conn, old)   # stopped before the change committed: nothing happened
        database.checkpoint(conn)
        rekey_journal.remove(paths)
        key = old
    else:
        conn = connect(old) if old is not None else None
        if conn is None:
            raise KeyChangeUnfinished()
        database.checkpoint(conn)
        rekey_journal.remove(paths)
        key = old
    if current is None:   # the secret opens only the undone re-key's slot (a new password that did not take)
        conn.close()
        raise WrongCredentials(remaining=LoginGuard(paths.login_guard).remaining_attempts(pending.slot_id))
    return conn, bytearray(key), current
