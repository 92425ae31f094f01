"""Restoring a backup: every check first, then one atomic replacement; the replaced files are kept aside."""
from __future__ import annotations

import os
import shutil
from datetime import datetime
from pathlib import Path

from counselor_app.domain.audit_chain import first_broken
from counselor_app.domain.errors import (
    BackupInvalid, NoOffice, OfficeDamaged, PermissionDenied, QT_TRANSLATE_NOOP, StorageError,
)
from counselor_app.domain.roles import Permission, Role
from counselor_app.services import keys, restore_keys
from counselor_app.services.office import load_keyslots
from counselor_app.store import (
    audit, backups, crypto, database, migrations, rekey_journal, restore_swap, users,
)
from counselor_app.store.backups import BackupInfo
from counselor_app.store.database import DatabaseError, KeyRejected, connect, integrity_problems, transaction
from counselor_app.store.files import fsync_file, make_private_dir, os_reason
from counselor_app.store.keyslots import KeySlots, Unlocked
from counselor_app.store.location import OfficePaths
from counselor_app.store.login_guard import LoginGuard

OTHER_OFFICE = QT_TRANSLATE_NOOP("Errors", "it belongs to another office")
NOT_OPENED = QT_TRANSLATE_NOOP("Errors", "neither the current password nor the backup's opens it")
NOT_SOUND = QT_TRANSLATE_NOOP("Errors", "its database fails the integrity check")
CHAIN_BROKEN = QT_TRANSLATE_NOOP("Errors", "its audit trail is broken at row {row}")
NEWER = QT_TRANSLATE_NOOP("Errors", "it was made by a newer version of the application")
SLOTS_DAMAGED = QT_TRANSLATE_NOOP("Errors", "its key-slot file is damaged")


def check_backup(folder: Path, key: bytearray) -> None:
    """Open the backup with ``key`` and check it whole: hashes, integrity, audit chain. Raises BackupInvalid."""
    info = backups.read_manifest(folder)
    if info.schema_version > migrations.latest_version():
        raise BackupInvalid(reason=NEWER)
    try:
        conn = connect(Path(folder) / backups.DB_FILE, key, readonly=True)
    except KeyRejected:
        raise BackupInvalid(reason=NOT_OPENED) from None
    try:
        if integrity_problems(conn):
            raise BackupInvalid(reason=NOT_SOUND)
        broken = first_broken(list(audit.iter_all(conn)))
        if broken is not None:
            raise BackupInvalid(reason=CHAIN_BROKEN, row=broken.id)
    except DatabaseError:
        raise BackupInvalid(reason=NOT_SOUND) from None
    finally:
        conn.close()


def _backup_slots(folder: Path) -> KeySlots:
    try:
        return KeySlots.load(Path(folder) / backups.KEYSLOTS_FILE)
    except OfficeDamaged:
        raise BackupInvalid(reason=SLOTS_DAMAGED) from None


def _current_slots(paths: OfficePaths) -> KeySlots | None:
    try:
        return load_keyslots(paths)
    except (NoOffice, OfficeDamaged):
        return None


def _opens(path: Path, key: bytearray) -> bool:
    """True when ``key`` opens the backup's database. A key that decrypts the first page of a file whose schema
    pages are damaged is the right key of an unusable backup: that is said as such, not as damage of the office."""
    try:
        connect(path, key, readonly=True).close()
        return True
    except OfficeDamaged:
        raise BackupInvalid(reason=NOT_SOUND) from None
    except (KeyRejected, DatabaseError):
        return False


def _backup_key(folder: Path, candidates: list[bytearray]) -> bytearray | None:
    """The backup's data key among ``candidates`` (restore_keys.data_key_candidates: today's keys, the keys the
    live office kept from before, the backup's own key-slot file opened with today's key pair or password)."""
    db = Path(folder) / backups.DB_FILE
    found = next((k for k in candidates if _opens(db, k)), None)
    result = bytearray(found) if found is not None else None
    for k in candidates:
        crypto.wipe(k)
    return result


def _require_head(conn, slot_id: str, audit_denial: bool) -> users.UserRow:
    user = users.by_slot(conn, slot_id)
    if user is None or not user.active or user.role is not Role.HEAD:
        if audit_denial:
            with transaction(conn):
                audit.append(conn, user_id=user.id if user else None, action=f"denied.{Permission.RESTORE.value}",
                             target_type="backup", outcome="denied")
        raise PermissionDenied(permission=Permission.RESTORE.label)
    return user


def restore_backup(data_dir: Path, folder: Path, login: str, password: str) -> BackupInfo:
    """Replace the office database with a verified backup.

    The password is checked against the office's current key slots (a password changed since the backup
    still works); where those are missing or damaged, against the backup's. The login must be an active
    office head in the current office (when it can be opened) and in the backup. The restored copy is re-keyed for
    the accounts it brings back (services/restore_keys.py): they keep today's passwords; a slot of an account the
    backup does not have goes; a user deactivated since the backup stays out (deactivated in the restored records).
    """
    paths = OfficePaths(Path(data_dir))
    folder = Path(folder)
    info = backups.read_manifest(folder)
    backup_slots = _backup_slots(folder)
    make_private_dir(paths.data_dir)  # restoring onto a new computer: the folder may not exist yet
    lock = keys.hold_office(paths)
    try:
        current = _current_slots(paths)
        if current is not None and current.office_id != backup_slots.office_id:
            raise BackupInvalid(reason=OTHER_OFFICE)
        slots = current or backup_slots
        slot_id = slots.slot_id_for(login)
        unlocked = keys.unlock(paths, slots, slot_id, password.encode("utf-8"))
        today = then = None
        try:
            today = _check_current_office(paths, current, unlocked, slot_id)
            then = restore_keys.backup_private(backup_slots, current, unlocked, slot_id, password)
            backup_key = _backup_key(folder, restore_keys.data_key_candidates(today, unlocked, then))
            if backup_key is None:
                raise BackupInvalid(reason=NOT_OPENED)
            check_backup(folder, backup_key)
            conn = connect(folder / backups.DB_FILE, backup_key, readonly=True)
            try:
                user = _require_head(conn, slot_id, audit_denial=False)
            finally:
                conn.close()
            if today is None:   # onto a new computer: the backup's key slots come with it, nothing to re-key
                _restore_as_it_was(paths, folder, info, backup_key, backup_slots, slot_id, user, unlocked)
            else:
                _restore_rekeyed(paths, folder, info, backup_key, backup_slots, current, today, slot_id, user,
                                 unlocked, then)
            LoginGuard(paths.login_guard).record_success(slot_id)
        finally:
            unlocked.wipe()
            if then is not None:
                then.wipe()
            if today is not None:
                today.wipe()
    finally:
        lock.release()
    return info


def confirm_password(session, password: str) -> None:
    """The password a head typed to confirm a restore, proven while the office is still open (counted like a login).

    The app closes the office for :func:`restore_backup` and opens it again with the same password: a wrong one
    has to end here, in its message, or it would leave the app with no office open (and count twice)."""
    session.require(Permission.RESTORE, target_type="backup")
    keys.unlock(session.paths, load_keyslots(session.paths), session.user.slot_id, password.encode("utf-8")).wipe()


def _restore_as_it_was(paths: OfficePaths, folder: Path, info: BackupInfo, backup_key: bytearray,
                       backup_slots: KeySlots, slot_id: str, user, unlocked: Unlocked) -> None:
    aside = _replace_database(paths, folder, backup_key, backup_key, new_slots=backup_slots)
    from counselor_app.services import signing   # the restoring head signs what the restore writes

    signer = signing.restorer(backup_slots, slot_id, user.id, unlocked.private)
    _after_restore(paths, backup_key, backup_slots, user.id, info.name, aside.name, signer)
    signing.sign_after_restore(paths, backup_key, backup_slots, signer)


def _restore_rekeyed(paths: OfficePaths, folder: Path, info: BackupInfo, backup_key: bytearray,
                     backup_slots: KeySlots, current: KeySlots, today, slot_id: str, user, unlocked: Unlocked,
                     then: Unlocked | None) -> None:
    """The copy prepared and re-keyed beside the database, its journal written, the copy swapped in, the key-slot
    file switched: each step durable before the next (services/restore_keys.py)."""
    from counselor_app.services import signing

    aside = _aside_folder(paths)
    tmp = restore_swap.tmp_path(paths)
    signers = [signing.restorer(current, slot_id, user.id, unlocked.private),
               signing.restorer(backup_slots, slot_id, user.id, then.private) if then is not None else None]
    try:
        tmp.unlink(missing_ok=True)
        shutil.copyfile(folder / backups.DB_FILE, tmp)
        os.chmod(tmp, 0o600)
        journal = restore_keys.rekey_copy(tmp, backup_key, backup_slots, current, today, user.id, signers,
                                          info.name, then, unlocked, crypto.default_kdf())
        restore_swap.set_aside(paths, aside)
        rekey_journal.write(paths, journal)
    except (OSError, StorageError, DatabaseError) as exc:
        tmp.unlink(missing_ok=True)
        shutil.rmtree(aside, ignore_errors=True)
        raise StorageError(reason=_reason(exc)) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        shutil.rmtree(aside, ignore_errors=True)
        raise
    finally:
        for s in signers:
            if s is not None:
                s.wipe()
    try:
        restore_swap.swap_in(paths, None)
        rekey_journal.switch(paths, journal)
    except (OSError, StorageError) as exc:
        # both journals are written: the next open finishes the restore
        raise StorageError(reason=_reason(exc)) from None


def _aside_folder(paths: OfficePaths) -> Path:
    """A new replaced-… folder name for the files a restore replaces."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = paths.data_dir / f"replaced-{stamp}"
    n = 1
    while aside.exists():
        n += 1
        aside = paths.data_dir / f"replaced-{stamp}-{n}"
    return aside


def _check_current_office(paths: OfficePaths, current: KeySlots | None, unlocked: Unlocked, slot_id: str):
    """What today's office gives the restore (restore_keys.Today), after checking — and auditing a refusal — in the
    current office if it opens; None without current key slots."""
    if current is None:
        return None
    try:
        conn, key = keys.open_database(paths, unlocked)
    except (OfficeDamaged, StorageError, NoOffice):
        # The current database is damaged: that is what restoring is for. Its key is the current epoch's.
        epoch_key = next((k for e, k in unlocked.keys if e == current.epoch), None)
        if epoch_key is None:
            return None
        return restore_keys.today_of(None, bytearray(epoch_key), current.epoch, unlocked)
    try:
        _require_head(conn, slot_id, audit_denial=True)
        return restore_keys.today_of(conn, key, KeySlots.load(paths.keyslots).epoch, unlocked)
    except BaseException:
        crypto.wipe(key)
        raise
    finally:
        conn.close()


def _after_restore(paths: OfficePaths, key: bytearray, slots: KeySlots, user_id: int, backup_name: str,
                   aside_name: str, signer=None) -> None:
    from counselor_app.services.signing import signed_connection

    conn = signed_connection(connect(paths.database, key), signer)   # the restoring head signs these entries
    try:
        database.use_wal(conn)
        slot_ids = {s.id for s in slots.slots}
        with transaction(conn):
            for u in users.all_users(conn):
                if u.active and u.slot_id not in slot_ids:
                    users.set_active(conn, u.id, False, audit.now_iso())
                    audit.append(conn, user_id=user_id, action="user.deactivate", target_type="user",
                                 target_id=u.id, detail="no_key_slot")
            audit.append(conn, user_id=user_id, action="restore", target_type="backup", target_id=backup_name)
    finally:
        conn.close()


def _replace_database(paths: OfficePaths, folder: Path, backup_key: bytearray, target_key: bytearray,
                      new_slots: KeySlots | None) -> Path:
    """Put the backup's copy (re-keyed) in place of the current database; the replaced files are kept aside.

    The copy is prepared beside the database; the swap itself (store/restore_swap.py) keeps ``office.db`` in place at
    every moment and is finished at the next open if a crash interrupts it. A failure before the swap changes
    nothing."""
    aside = _aside_folder(paths)
    tmp = restore_swap.tmp_path(paths)
    try:
        tmp.unlink(missing_ok=True)
        shutil.copyfile(folder / backups.DB_FILE, tmp)
        os.chmod(tmp, 0o600)
        if bytes(backup_key) != bytes(target_key):
            conn = connect(tmp, backup_key)
            try:
                database.rekey(conn, target_key)
            finally:
                conn.close()
        fsync_file(tmp)
        restore_swap.set_aside(paths, aside)
    except (OSError, StorageError, DatabaseError) as exc:
        tmp.unlink(missing_ok=True)
        shutil.rmtree(aside, ignore_errors=True)
        raise StorageError(reason=_reason(exc)) from None
    try:
        restore_swap.swap_in(paths, new_slots.to_bytes() if new_slots is not None else None)
    except (OSError, StorageError) as exc:
        # the journal may exist: the swap is finished at the next open; without it nothing was changed
        raise StorageError(reason=_reason(exc)) from None
    try:
        aside.rmdir()   # only when empty: restored into a new data folder, nothing was replaced
    except OSError:
        pass
    return aside


def _reason(exc: Exception) -> str:
    if isinstance(exc, OSError):
        return os_reason(exc)
    if isinstance(exc, StorageError):
        return exc.params.get("reason", "")
    return type(exc).__name__
