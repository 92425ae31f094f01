"""Backups of the office: now, on a clean exit, and their list. Restoring is services/restore.py."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from counselor_app.domain.audit_chain import first_broken
from counselor_app.domain.errors import Cancelled, OfficeDamaged, QT_TRANSLATE_NOOP, StorageError, ValidationError
from counselor_app.domain.roles import Permission
from counselor_app.services import keys, trail_check
from counselor_app.services.progress import Progress
from counselor_app.services.session import Session
from counselor_app.store import audit, backups, migrations, office as office_store
from counselor_app.store.backups import BackupInfo
from counselor_app.services.operations import operation
from counselor_app.domain.areas import Area

BACKUP_DIR_SETTING = "backup.directory"
NOT_A_FOLDER = QT_TRANSLATE_NOOP("Errors", "The backup destination is a file, not a folder.")
AUTO_BACKUP_AGE = timedelta(days=1)


def backup_dir(session: Session) -> Path:
    configured = office_store.get_setting(session.conn, BACKUP_DIR_SETTING)
    return Path(configured) if configured else session.paths.default_backups


@operation(Permission.BACKUP, changes={Area.BACKUP}, audit="backup", target="backup")
def make_backup(session: Session, to_dir: Path | None = None, progress: Progress | None = None,
                kind: str = "backup") -> BackupInfo:
    """Write an encrypted backup (database via the backup API, key slots, manifest), then rotate 7/4/12.

    ``kind`` "prerollover" marks the automatic backup taken before a year rollover (its folder is named
    prerollover-…); like the backups before an upgrade it is never rotated away.

    The manifest records whether the audit chain was intact: rotation never deletes the newest backup
    with an intact chain, so a tampered trail cannot push the last good backup out.
    """
    dest = Path(to_dir) if to_dir else backup_dir(session)
    if dest.exists() and not dest.is_dir():
        raise ValidationError(NOT_A_FOLDER)
    chain_ok = first_broken(list(audit.iter_all(session.conn))) is None
    # Recorded before the copy, so that the backup holds the record of its own making.
    session.audit("backup", "backup", "", outcome="ok" if chain_ok else "failed",
                  detail="" if chain_ok else "chain_broken")
    try:
        info = backups.write_backup(session.conn, session.data_key, keys.keyslot_bytes(session.paths), dest,
                                    kind=kind, office_id=session.keyslots.office_id,
                                    schema_version=migrations.current_version(session.conn),
                                    progress=progress.update if progress else None, chain_ok=chain_ok,
                                    audit_anchor=trail_check.backup_anchor(session.conn, session.signer))
    except (StorageError, OfficeDamaged, Cancelled) as exc:
        session.audit("backup", "backup", "", outcome="failed", detail=type(exc).__name__)
        raise
    backups.rotate(dest, session.keyslots.office_id)
    return info


@operation(Permission.BACKUP, target="backup")
def list_office_backups(session: Session) -> tuple[Path, list[BackupInfo]]:
    """The backup folder and this office's backups in it, newest first."""
    folder = backup_dir(session)
    return folder, [b for b in backups.list_backups(folder) if b.office_id == session.keyslots.office_id]


@operation(None)
def newest_backup(session: Session) -> BackupInfo | None:
    found = [b for b in backups.list_backups(backup_dir(session)) if b.office_id == session.keyslots.office_id]
    return found[0] if found else None


@operation(None, changes={Area.BACKUP}, audit="backup", checked_inside=True)
def backup_if_due(session: Session, now: datetime | None = None) -> BackupInfo | None:
    """On a clean exit: back up when the newest backup is older than a day (or there is none)."""
    if not session.can(Permission.BACKUP):
        return None
    now = now or datetime.now(timezone.utc)
    last = newest_backup(session)
    if last is not None and now - last.created_at < AUTO_BACKUP_AGE:
        return None
    return make_backup(session)
