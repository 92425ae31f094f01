"""Backups and restore of the office."""
from __future__ import annotations

import os
import shutil
from datetime import datetime, timedelta, timezone
from pathlib import Path

from counselor_app.domain.audit_chain import first_broken
from counselor_app.domain.errors import (
    BackupInvalid, Cancelled, NoOffice, OfficeDamaged, PermissionDenied, QT_TRANSLATE_NOOP, StorageError,
)
from counselor_app.domain.roles import Permission, Role
from counselor_app.services.office import load_keyslots, unlock_data_key
from counselor_app.services.progress import Progress
from counselor_app.services.session import Session
from counselor_app.store import audit, backups, crypto, migrations, office as office_store, users
from counselor_app.store.backups import BackupInfo
from counselor_app.store.database import (
    DatabaseError, KeyRejected, connect, integrity_problems, transaction, use_wal,
)
from counselor_app.store.files import fsync_dir, fsync_file, os_reason, write_atomic
from counselor_app.store.keyslots import KeySlots
from counselor_app.store.location import OfficePaths
from counselor_app.store.login_guard import LoginGuard

BACKUP_DIR_SETTING = "backup.directory"
AUTO_BACKUP_AGE = timedelta(days=1)

OTHER_OFFICE = QT_TRANSLATE_NOOP("Errors", "it belongs to another office")
NOT_OPENED = QT_TRANSLATE_NOOP("Errors", "neither the current password nor the backup's opens it")
NOT_SOUND = QT_TRANSLATE_NOOP("Errors", "its database fails the integrity check")
CHAIN_BROKEN = QT_TRANSLATE_NOOP("Errors", "its audit trail is broken at row {row}")
NEWER = QT_TRANSLATE_NOOP("Errors", "it was made by a newer version of the application")


def backup_dir(session: Session) -> Path:
    configured = office_store.get_setting(session.conn, BACKUP_DIR_SETTING)
    return Path(configured) if configured else session.paths.default_backups


def make_backup(session: Session, to_dir: Path | None = None, progress: Progress | None = None) -> BackupInfo:
    """Write an encrypted backup (database via the backup API, key slots, manifest), then rotate 7/4/12."""
    session.require(Permission.BACKUP, target_type="backup")
    dest = Path(to_dir) if to_dir else backup_dir(session)
    try:
        info = backups.write_backup(session.conn, session.data_key, session.keyslots.to_bytes(), dest,
                                    kind="backup", office_id=session.keyslots.office_id,
                                    schema_version=migrations.current_version(session.conn),
                                    progress=progress.update if progress else None)
    except (StorageError, OfficeDamaged, Cancelled) as exc:
        session.audit("backup", "backup", "", outcome="failed", detail=type(exc).__name__)
        raise
    removed = backups.rotate(dest, session.keyslots.office_id)
    session.audit("backup", "backup", info.name, detail=f"rotated {len(removed)}")
    return info


def list_office_backups(session: Session) -> tuple[Path, list[BackupInfo]]:
    """The backup folder and this office's backups in it, newest first."""
    session.require(Permission.BACKUP, target_type="backup")
    folder = backup_dir(session)
    return folder, [b for b in backups.list_backups(folder) if b.office_id == session.keyslots.office_id]


def newest_backup(session: Session) -> BackupInfo | None:
    found = [b for b in backups.list_backups(backup_dir(session)) if b.office_id == session.keyslots.office_id]
    return found[0] if found else None


def backup_if_due(session: Session, now: datetime | None = None) -> BackupInfo | None:
    """On a clean exit: back up when the newest backup is older than a day (or there is none)."""
    if not session.can(Permission.BACKUP):
        return None
    now = now or datetime.now(timezone.utc)
    last = newest_backup(session)
    if last is not None and now - last.created_at < AUTO_BACKUP_AGE:
        return None
    return make_backup(session)


# -- restore -------------------------------------------------------------------------------------

def _open_backup_db(path: Path, key: bytearray):
    try:
        return connect(path, key, readonly=True)
    except KeyRejected:
        return None


def check_backup(folder: Path, key: bytearray) -> None:
    """Open the backup with ``key`` and check it whole: integrity, audit chain. Raises BackupInvalid."""
    info = backups.read_manifest(folder)
    if info.schema_version > migrations.latest_version():
        raise BackupInvalid(reason=NEWER)
    conn = _open_backup_db(Path(folder) / backups.DB_FILE, key)
    if conn is None:
        raise BackupInvalid(reason=NOT_OPENED)
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
        raise BackupInvalid(reason=backups.FILE_MISSING) from None


def _current_slots(paths: OfficePaths) -> KeySlots | None:
    try:
        return load_keyslots(paths)
    except (NoOffice, OfficeDamaged):
        if paths.keyslots.is_file():
            try:
                return KeySlots.load(paths.keyslots)
            except OfficeDamaged:
                return None
        return None


def restore_backup(data_dir: Path, folder: Path, login: str, password: str) -> BackupInfo:
    """Replace the office database with a verified backup; the replaced files are kept aside.

    The password is checked against the office's current key slots (so a password changed after the
    backup still works); where those are missing or damaged, against the backup's. The login must be
    an active office head in the backup. Nothing is replaced before the backup passed every check.
    """
    paths = OfficePaths(Path(data_dir))
    folder = Path(folder)
    info = backups.read_manifest(folder)
    backup_slots = _backup_slots(folder)
    current = _current_slots(paths)
    if current is not None and current.office_id != backup_slots.office_id:
        raise BackupInvalid(reason=OTHER_OFFICE)
    slots = current or backup_slots
    slot_id = slots.slot_id_for(login)
    key = unlock_data_key(paths, slots, slot_id, password.encode("utf-8"))
    try:
        check_backup(folder, key)
        conn = connect(folder / backups.DB_FILE, key, readonly=True)
        try:
            user = users.by_slot(conn, slot_id)
        finally:
            conn.close()
        if user is None or not user.active or user.role is not Role.HEAD:
            raise PermissionDenied(permission=Permission.RESTORE.label)
        _replace_database(paths, folder, backup_slots if current is None else None)
        LoginGuard(paths.login_guard).record_success(slot_id)
        conn = connect(paths.database, key)
        try:
            use_wal(conn)
            with transaction(conn):
                audit.append(conn, user_id=user.id, action="restore", target_type="backup", target_id=info.name)
        finally:
            conn.close()
    finally:
        crypto.wipe(key)
    return info


def _replace_database(paths: OfficePaths, folder: Path, new_slots: KeySlots | None) -> Path:
    """Move the current database aside and put the backup's copy in its place, all or nothing."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = paths.data_dir / f"replaced-{stamp}"
    n = 1
    while aside.exists():
        n += 1
        aside = paths.data_dir / f"replaced-{stamp}-{n}"
    moved: list[tuple[Path, Path]] = []
    tmp = paths.data_dir / ".office.db.restore.tmp"
    try:
        aside.mkdir(mode=0o700, parents=True)
        if paths.keyslots.is_file():
            write_atomic(aside / paths.keyslots.name, paths.keyslots.read_bytes())
        for f in [paths.database, *paths.database_side_files()]:
            if f.exists():
                os.replace(f, aside / f.name)
                moved.append((aside / f.name, f))
        shutil.copyfile(folder / backups.DB_FILE, tmp)
        os.chmod(tmp, 0o600)
        fsync_file(tmp)
        os.replace(tmp, paths.database)
        if new_slots is not None:
            write_atomic(paths.keyslots, new_slots.to_bytes())
        fsync_dir(paths.data_dir)
    except (OSError, StorageError) as exc:
        tmp.unlink(missing_ok=True)
        if moved:
            paths.database.unlink(missing_ok=True)
            for src, dst in moved:
                os.replace(src, dst)
        reason = os_reason(exc) if isinstance(exc, OSError) else exc.params.get("reason", "")
        raise StorageError(reason=reason) from None
    return aside
