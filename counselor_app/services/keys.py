"""Unlocking and changing the office's keys: slots, lockout counting, re-keying.

Every change to the key-slot file goes through ``keyslots.updating`` (fresh read under a lock), so two
running copies of the app never write back a stale copy.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from counselor_app.domain.errors import LoginLocked, OfficeDamaged, OfficeInUse, WrongCredentials
from counselor_app.store import crypto, database, rekey_journal, restore_swap, users
from counselor_app.store.crypto import KdfParams
from counselor_app.store.database import DAMAGED_DATABASE, Connection, DatabaseError, KeyRejected
from counselor_app.store.filelock import HeldLock, locked
from counselor_app.store.keyslots import RECOVERY_SLOT_ID, KeySlots, Unlocked, updating
from counselor_app.store.location import OfficePaths
from counselor_app.store.sealed import ClinicalKeys
from counselor_app.store.login_guard import LoginGuard, utcnow


def hold_office(paths: OfficePaths) -> HeldLock:
    """Take the office for this process; OfficeInUse when another window or program has it open.

    First thing once it is ours: a restore a crash interrupted is finished (store/restore_swap.py)."""
    lock = HeldLock(paths.office_lock)
    if not lock.try_acquire():
        raise OfficeInUse()
    try:
        restore_swap.finish_interrupted(paths)
    except BaseException:
        lock.release()
        raise
    return lock


def minutes_left(until: datetime) -> int:
    seconds = (until - utcnow()).total_seconds()
    return max(1, int(-(-seconds // 60)))


def local_clock(moment: datetime) -> str:
    """HH:MM on this computer's clock (a lockout lasts minutes: the day goes without saying)."""
    return moment.astimezone().strftime("%H:%M")


def login_locked(until: datetime) -> LoginLocked:
    return LoginLocked(until=local_clock(until), minutes=minutes_left(until))


def unlock(paths: OfficePaths, slots: KeySlots, slot_id: str, secret: bytes | bytearray) -> Unlocked:
    """Open one slot, counting failures and enforcing the lockout. Writes nothing but the guard file.

    The attempt is counted before the secret is tried: when the guard file cannot be written (StorageError), no
    secret is tried at all, and an attempt whose process dies meanwhile stays counted as a failure."""
    guard = LoginGuard(paths.login_guard)
    until = guard.locked_until(slot_id)
    if until is not None:
        guard.record_blocked(slot_id)
        raise login_locked(until)
    journal = rekey_journal.read(paths)   # an unfinished re-key's (OfficeDamaged when unreadable: not an attempt)
    guard.begin_attempt(slot_id, known=slots.find(slot_id) is not None)
    unlocked = slots.unlock(slot_id, secret)
    pending = _unlock_pending(slots, journal.slots, slot_id, secret, unlocked) if journal is not None else None
    if unlocked is None and pending is None:
        locked = guard.attempt_failed(slot_id)
        if locked is not None:
            raise login_locked(locked)
        raise WrongCredentials(remaining=guard.remaining_attempts(slot_id))
    guard.attempt_succeeded(slot_id)
    if unlocked is None:
        return Opened(slot_id, bytearray(), [], {}, pending=pending)
    return Opened(unlocked.slot_id, unlocked.private, unlocked.keys, unlocked.clinical, pending=pending)


@dataclass
class Opened(Unlocked):
    """What a secret opened in the key-slot file and, while a re-key is unfinished, in its journal (``pending``).

    Opening the database settles the re-key (services/rekey.settle); this then holds the side in force."""
    pending: Unlocked | None = None

    def adopt(self, side: Unlocked) -> None:
        """``side`` (this, or ``pending``) is in force now; the other is wiped."""
        pending, self.pending = self.pending, None
        if side is not self:
            Unlocked.wipe(self)
            self.slot_id, self.private, self.keys, self.clinical = side.slot_id, side.private, side.keys, side.clinical
        elif pending is not None:
            pending.wipe()

    def wipe(self) -> None:
        super().wipe()
        if self.pending is not None:
            self.pending.wipe()


def _unlock_pending(slots: KeySlots, journal_slots: KeySlots, slot_id: str, secret: bytes | bytearray,
                    unlocked: Unlocked | None) -> Unlocked | None:
    """The slot in an unfinished re-key's journal: opened with the same private key when the key pair is the same
    (no second Argon2 run), else with the secret (a slot the re-key gives a new key pair)."""
    slot, before = journal_slots.find(slot_id), slots.find(slot_id)
    if slot is None:
        return None
    if unlocked is not None and before is not None and before.public == slot.public:
        private = bytearray(unlocked.private)
        return Unlocked(slot_id, private, journal_slots.unseal_with(slot_id, private),
                        journal_slots.unseal_clinical(slot_id, private))
    return journal_slots.unlock(slot_id, secret)


def _connect_checked(paths: OfficePaths, key: bytearray) -> Connection | None:
    """The database opened with ``key`` and checked page by page; None when the key does not open it."""
    try:
        conn = database.connect(paths.database, key)
    except KeyRejected:
        return None
    except DatabaseError as exc:
        raise database.translate_db_error(exc) from None
    try:
        if not database.quick_check_ok(conn):
            raise OfficeDamaged(what=DAMAGED_DATABASE)
        if database.schema_version(conn) == 0:
            raise OfficeDamaged(what=DAMAGED_DATABASE)  # an emptied file is never silently re-created
    except DatabaseError as exc:
        conn.close()
        raise database.translate_db_error(exc) from None
    except BaseException:
        conn.close()
        raise
    return conn


def open_database(paths: OfficePaths, unlocked: Unlocked) -> tuple[Connection, bytearray]:
    """Connect with the newest data key that opens the database, and check every page.

    The key was proven by its slot, so a database no key opens is damaged. A re-key a crash interrupted (its
    journal is there) is finished or undone first (services/rekey.settle); ``unlocked`` then holds what is in force.
    """
    journal = rekey_journal.read(paths)
    if journal is not None:
        from counselor_app.services import rekey

        pending = unlocked.pending if isinstance(unlocked, Opened) else None
        current = unlocked if unlocked.keys else None
        conn, key, side = rekey.settle(paths, journal, current, pending, lambda k: _connect_checked(paths, k))
        if isinstance(unlocked, Opened):
            unlocked.adopt(side)
    else:
        for epoch, key in unlocked.keys:
            conn = _connect_checked(paths, key)
            if conn is not None:
                _finish_interrupted_rekey(paths, epoch)
                key = bytearray(key)
                break
        else:
            raise OfficeDamaged(what=DAMAGED_DATABASE)
    try:
        _drop_unclaimed_slots(paths, conn)
    except BaseException:
        conn.close()
        crypto.wipe(key)
        raise
    return conn, key


def _drop_unclaimed_slots(paths: OfficePaths, conn: Connection) -> None:
    """Remove slots no account names: an account whose adding was killed between its slot and its row (the slot
    is written first), or a slot put in the file by hand. Recorded in the login guard, so the next unlock writes it
    into the audit trail (keys.slot_removed). Every re-key leaves such slots out anyway (services/rekey.py)."""
    claimed = {u.slot_id for u in users.key_holders(conn)} | {RECOVERY_SLOT_ID}
    if {s.id for s in KeySlots.load(paths.keyslots).slots} <= claimed:
        return
    removed = []
    with updating(paths.keyslots) as slots:
        for slot in list(slots.slots):
            if slot.id not in claimed:
                slots.remove_slot(slot.id)
                removed.append(slot.id)
    guard = LoginGuard(paths.login_guard)
    for slot_id in removed:
        guard.record_event(slot_id, "slot_removed")


def _finish_interrupted_rekey(paths: OfficePaths, epoch: int) -> None:
    with updating(paths.keyslots) as slots:
        if slots.epoch != epoch:
            slots.finish_rekey(epoch)


def add_slot(paths: OfficePaths, slot_id: str, kind: str, secret: bytes | bytearray, data_key: bytearray,
             params: KdfParams, clinical: ClinicalKeys | None = None) -> KeySlots:
    """Add (or replace) a slot under ``secret``; ``clinical``: the clinical keys it is to hold (heads, counselors)."""
    with updating(paths.keyslots) as slots:
        slots.add_principal(slot_id, kind, secret, data_key, params)
        if clinical is not None:
            slots.seal_clinical(slot_id, clinical.keys)
    return slots


def rewrap_slot(paths: OfficePaths, slot_id: str, private: bytearray, new_secret: bytes | bytearray,
                params: KdfParams) -> KeySlots:
    with updating(paths.keyslots) as slots:
        slots.rewrap(slot_id, private, new_secret, params)
    return slots


def renew_slot(slots: KeySlots, slot_id: str, kind: str, new_secret: bytes | bytearray, data_key: bytearray,
               params: KdfParams, *, clinical: ClinicalKeys | None, signing_seed: bytearray | None) -> None:
    """Give a slot a new key pair under ``new_secret`` (in ``slots``, in memory): the data key, the clinical keys
    it is to hold and its signing key are sealed to the new public key. A copy of the slot from before (a backup's
    key-slot file) then opens only an abandoned private key: whatever the office seals from now on is not for it."""
    slots.add_principal(slot_id, kind, new_secret, data_key, params)
    if clinical is not None:
        slots.seal_clinical(slot_id, clinical.keys)
    if signing_seed is not None:
        slots.set_signing(slot_id, signing_seed)


def new_key_pair(paths: OfficePaths, slot_id: str, kind: str, old_private: bytearray, new_secret: bytes | bytearray,
                 data_key: bytearray, params: KdfParams, clinical: ClinicalKeys | None) -> KeySlots:
    """A password change: the slot gets a new key pair (:func:`renew_slot`); its signing key moves with it."""
    with updating(paths.keyslots) as slots:
        seed = slots.open_signing(slot_id, old_private)
        try:
            renew_slot(slots, slot_id, kind, new_secret, data_key, params, clinical=clinical, signing_seed=seed)
        finally:
            crypto.wipe(seed)
    return slots


def keyslot_bytes(paths: OfficePaths) -> bytes:
    """The key-slot file as it is on disk now (for a backup), read under its lock."""
    with locked(paths.keyslots):
        return KeySlots.load(paths.keyslots).to_bytes()
