"""Backup folders: an encrypted database copy, the key slots and a manifest of SHA-256 hashes.

A backup is written into a hidden ``.partial-<office>-…`` folder and renamed into place only when every
file is written and fsynced, so a full disk or a crash never leaves a half backup that looks whole. What a killed
backup left is cleared by the office's next backup (the office is open in one process only, so a partial folder of
this office is never being written meanwhile; another office's, in a shared folder, is left alone).
"""
from __future__ import annotations

import hashlib
import json
import re
import secrets
import shutil
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

from counselor_app import __version__
from counselor_app.domain.backup_rotation import backups_to_keep
from counselor_app.domain.errors import BackupInvalid, QT_TRANSLATE_NOOP, StorageError
from counselor_app.store import database
from counselor_app.store.database import Connection
from counselor_app.store.files import fsync_dir, fsync_file, make_private_dir, os_reason, write_atomic

MANIFEST = "manifest.json"
DB_FILE = "office.db"
KEYSLOTS_FILE = "keyslots.json"
FORMAT = "counselor-backup"
_NAME = re.compile(r"(backup|premigration|prerollover)-(\d{8}-\d{6})(-\d+)?")

NO_MANIFEST = QT_TRANSLATE_NOOP("Errors", "no backup manifest in the folder")
BAD_MANIFEST = QT_TRANSLATE_NOOP("Errors", "the manifest is unreadable")
FILE_MISSING = QT_TRANSLATE_NOOP("Errors", "a file of the backup is missing")
HASH_MISMATCH = QT_TRANSLATE_NOOP("Errors", "a file of the backup was changed or damaged")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    kind: str            # "backup", "premigration" or "prerollover" (before a year rollover)
    created_at: datetime
    schema_version: int
    office_id: str
    chain_ok: bool = True
    audit_anchor: dict | None = None   # the trail's head, signed by the user who made it (services/trail_check.py)

    @property
    def name(self) -> str:
        return self.path.name


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def write_backup(conn: Connection, key: bytearray, keyslots_bytes: bytes, dest_dir: Path, *, kind: str,
                 office_id: str, schema_version: int, now: datetime | None = None,
                 progress: Callable[[int, int], None] | None = None, chain_ok: bool = True,
                 audit_anchor: dict | None = None) -> BackupInfo:
    now = now or datetime.now(timezone.utc)
    make_private_dir(dest_dir)
    clear_partials(dest_dir, office_id)
    stamp = now.astimezone().strftime("%Y%m%d-%H%M%S")
    final = dest_dir / f"{kind}-{stamp}"
    n = 1
    while final.exists():
        n += 1
        final = dest_dir / f"{kind}-{stamp}-{n}"
    partial = dest_dir / f"{_partial_prefix(office_id)}{secrets.token_hex(4)}"
    try:
        partial.mkdir(mode=0o700)
        database.backup_to(conn, partial / DB_FILE, key, progress)
        fsync_file(partial / DB_FILE)
        write_atomic(partial / KEYSLOTS_FILE, keyslots_bytes)
        manifest = {
            "format": FORMAT, "version": 1, "kind": kind, "created_at": now.isoformat(timespec="seconds"),
            "app_version": __version__, "schema_version": schema_version, "office_id": office_id,
            "audit_chain_ok": chain_ok, **({"audit_anchor": audit_anchor} if audit_anchor else {}),
            "files": {name: _sha256(partial / name) for name in (DB_FILE, KEYSLOTS_FILE)},
        }
        write_atomic(partial / MANIFEST, json.dumps(manifest, indent=1).encode("ascii"))
        fsync_dir(partial)
        partial.rename(final)
        fsync_dir(dest_dir)
    except OSError as exc:
        shutil.rmtree(partial, ignore_errors=True)
        raise StorageError(reason=os_reason(exc)) from None
    except database.DatabaseError as exc:
        shutil.rmtree(partial, ignore_errors=True)
        raise database.translate_db_error(exc) from None
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    return BackupInfo(final, kind, now, schema_version, office_id, chain_ok, audit_anchor)


def _partial_prefix(office_id: str) -> str:
    return f".partial-{office_id[:12]}-"


_UNNAMED_PARTIAL = re.compile(r"\.partial-[0-9a-f]{12}")   # before partial folders named their office
UNNAMED_PARTIAL_AGE_S = 86400


def clear_partials(dest_dir: Path, office_id: str) -> list[Path]:
    """Remove what killed backups of this office left in ``dest_dir`` (and unnamed leftovers older than a day)."""
    removed = []
    now = time.time()
    for entry in Path(dest_dir).iterdir():
        ours = entry.name.startswith(_partial_prefix(office_id))
        unnamed = _UNNAMED_PARTIAL.fullmatch(entry.name) is not None
        if not (ours or unnamed) or entry.is_symlink() or not entry.is_dir():
            continue
        try:
            if unnamed and now - entry.stat().st_mtime < UNNAMED_PARTIAL_AGE_S:
                continue
        except OSError:
            continue
        shutil.rmtree(entry, ignore_errors=True)
        removed.append(entry)
    return removed


def read_manifest(folder: Path) -> BackupInfo:
    """Read and check a backup folder: manifest present, files present and matching their hashes."""
    folder = Path(folder)
    try:
        doc = json.loads((folder / MANIFEST).read_text("ascii"))
    except FileNotFoundError:
        raise BackupInvalid(reason=NO_MANIFEST) from None
    except (OSError, ValueError):
        raise BackupInvalid(reason=BAD_MANIFEST) from None
    try:
        if doc["format"] != FORMAT:
            raise ValueError
        info = BackupInfo(folder, str(doc["kind"]), datetime.fromisoformat(doc["created_at"]),
                          int(doc["schema_version"]), str(doc["office_id"]), bool(doc.get("audit_chain_ok", True)))
        files = dict(doc["files"])
    except (KeyError, ValueError, TypeError):
        raise BackupInvalid(reason=BAD_MANIFEST) from None
    for name in (DB_FILE, KEYSLOTS_FILE):
        path = folder / name
        if not path.is_file() or name not in files:
            raise BackupInvalid(reason=FILE_MISSING)
        if _sha256(path) != files[name]:
            raise BackupInvalid(reason=HASH_MISMATCH)
    return info


def list_backups(dest_dir: Path) -> list[BackupInfo]:
    """Backups in ``dest_dir`` with a readable manifest, newest first (hashes are not checked here)."""
    out = []
    if not Path(dest_dir).is_dir():
        return out
    for entry in Path(dest_dir).iterdir():
        if not (entry.is_dir() and _NAME.fullmatch(entry.name)):
            continue
        try:
            doc = json.loads((entry / MANIFEST).read_text("ascii"))
            out.append(BackupInfo(entry, str(doc["kind"]), datetime.fromisoformat(doc["created_at"]),
                                  int(doc["schema_version"]), str(doc["office_id"]),
                                  bool(doc.get("audit_chain_ok", True)), _anchor(doc)))
        except (OSError, ValueError, KeyError, TypeError):
            continue
    out.sort(key=lambda b: b.created_at, reverse=True)
    return out


def _anchor(doc: dict) -> dict | None:
    anchor = doc.get("audit_anchor")
    return dict(anchor) if isinstance(anchor, dict) else None


def rotate(dest_dir: Path, office_id: str, now: datetime | None = None) -> list[Path]:
    """Delete the regular backups of this office that the rotation does not keep.

    Kept: everything from the last two days, the newest of each of 7 days, 4 weeks and 12 months (in local
    time, the office's days), and always the newest backup whose audit chain was intact.
    """
    regular = [b for b in list_backups(dest_dir) if b.kind == "backup" and b.office_id == office_id]
    keep = backups_to_keep([(b.path, b.created_at.astimezone()) for b in regular],
                           now=(now or datetime.now(timezone.utc)).astimezone())
    good = [b for b in regular if b.chain_ok]
    if good:
        keep.add(good[0].path)
    removed = []
    for b in regular:
        if b.path not in keep:
            shutil.rmtree(b.path, ignore_errors=True)
            removed.append(b.path)
    return removed
