"""Unlocking and changing the office's keys: slots, lockout counting, re-keying.

Every change to the key-slot file goes through ``keyslots.updating`` (fresh read under a lock), so two
running copies of the app never write back a stale copy.
"""
from __future__ import annotations

from datetime import datetime

from counselor_app.domain.errors import LoginLocked, OfficeDamaged, OfficeInUse, WrongCredentials
from counselor_app.store import crypto, database, restore_swap
from counselor_app.store.crypto import KdfParams
from counselor_app.store.database import DAMAGED_DATABASE, Connection, DatabaseError, KeyRejected
from counselor_app.store.filelock import HeldLock, locked
from counselor_app.store.keyslots import KeySlots, Unlocked, updating
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
    guard.begin_attempt(slot_id, known=slots.find(slot_id) is not None)
    unlocked = slots.unlock(slot_id, secret)
    if unlocked is None:
        locked = guard.attempt_failed(slot_id)
        if locked is not None:
            raise login_locked(locked)
        raise WrongCredentials(remaining=guard.remaining_attempts(slot_id))
    guard.attempt_succeeded(slot_id)
    return unlocked


def open_database(paths: OfficePaths, unlocked: Unlocked) -> tuple[Connection, bytearray]:
    """Connect with the newest data key that opens the database, and check every page.

    The key was proven by its slot, so a database no key opens is damaged. If a key of a newer epoch
    opened it, a re-key was interrupted after the database changed: the key-slot file is finished now.
    """
    conn = None
    for epoch, key in unlocked.keys:
        try:
            conn = database.connect(paths.database, key)
        except KeyRejected:
            continue
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
        _finish_interrupted_rekey(paths, epoch)
        return conn, bytearray(key)
    raise OfficeDamaged(what=DAMAGED_DATABASE)


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


def remove_slot_and_rekey(paths: OfficePaths, conn: Connection, slot_id: str) -> tuple[KeySlots, bytearray]:
    """Destroy a slot and move the database to a new data key that the removed slot never received.

    Order, each step durable before the next: (1) slot removed and the new key sealed to every other slot
    beside the current one; (2) the database re-keyed; (3) the old epoch dropped. A crash after (1) or (2)
    leaves a file from which the next login finds whichever key the database has.
    """
    new_key = crypto.new_data_key()
    with updating(paths.keyslots) as slots:
        slots.remove_slot(slot_id)
        new_epoch = slots.begin_rekey(new_key)
    database.rekey(conn, new_key)
    with updating(paths.keyslots) as slots:
        slots.finish_rekey(new_epoch)
    return slots, new_key


def keyslot_bytes(paths: OfficePaths) -> bytes:
    """The key-slot file as it is on disk now (for a backup), read under its lock."""
    with locked(paths.keyslots):
        return KeySlots.load(paths.keyslots).to_bytes()
