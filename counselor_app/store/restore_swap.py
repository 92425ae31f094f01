"""Putting a restored database in place of the office's, so that a crash at any moment leaves an office that opens.

The restored copy is written beside the database first (``.office.db.restore.tmp``, complete and fsynced). Then:

1. the current database (and its WAL) is linked — or copied — into the ``replaced-…`` folder, with the key slots;
2. a small journal (``restore.journal.json``) says which copy goes in: from here on the swap is finished, never
   undone;
3. the current database's WAL and shared-memory files are deleted (they belong to the old database: SQLite would
   apply them to the new one), the copy is renamed over ``office.db`` — one atomic step, so ``office.db`` exists
   at every moment — and the key slots the restore brings (if any) are written;
4. the journal is deleted.

:func:`finish_interrupted` runs whenever the office is taken (services/keys.hold_office), before anything opens the
database: with a journal it completes steps 3–4; without one it deletes a copy a killed restore left before step 2.
"""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from counselor_app.store.files import fsync_dir, fsync_file, write_atomic
from counselor_app.store.location import OfficePaths

TMP_NAME = ".office.db.restore.tmp"
JOURNAL_NAME = "restore.journal.json"
FORMAT = "counselor-restore-journal"


def tmp_path(paths: OfficePaths) -> Path:
    return paths.data_dir / TMP_NAME


def journal_path(paths: OfficePaths) -> Path:
    return paths.data_dir / JOURNAL_NAME


def _tmp_leftovers(paths: OfficePaths) -> list[Path]:
    """The prepared copy with SQLite's files of it, and a journal's unfinished temp file (store/files.py)."""
    tmp = tmp_path(paths)
    return ([tmp] + [tmp.with_name(tmp.name + suffix) for suffix in ("-journal", "-wal", "-shm")]
            + list(paths.data_dir.glob(f".{JOURNAL_NAME}.*.tmp")))


def _keep(src: Path, dst: Path) -> None:
    """``dst`` becomes the same file as ``src``: a hard link (instant), else a copy."""
    try:
        os.link(src, dst)
    except OSError:
        shutil.copyfile(src, dst)
        os.chmod(dst, 0o600)
        fsync_file(dst)


def set_aside(paths: OfficePaths, aside: Path) -> None:
    """Step 1: the current database, its WAL and the key slots into ``aside`` (created), the office unchanged."""
    aside.mkdir(mode=0o700, parents=True)
    if paths.keyslots.is_file():
        write_atomic(aside / paths.keyslots.name, paths.keyslots.read_bytes())
    for f in [paths.database, *paths.database_side_files()]:
        if f.is_file():
            _keep(f, aside / f.name)
    fsync_dir(aside)


def swap_in(paths: OfficePaths, new_keyslots: bytes | None) -> None:
    """Steps 2–4: the prepared copy (:func:`tmp_path`, fsynced) becomes the office database, with
    ``new_keyslots`` as the key-slot file when given. From the journal on, a crash is finished at the next open."""
    doc = {"format": FORMAT, "version": 1,
           "keyslots": new_keyslots.decode("ascii") if new_keyslots is not None else None}
    write_atomic(journal_path(paths), json.dumps(doc).encode("ascii"))
    _finish(paths, doc)


def _finish(paths: OfficePaths, doc: dict) -> None:
    tmp = tmp_path(paths)
    if tmp.is_file():
        for f in paths.database_side_files():
            f.unlink(missing_ok=True)
        os.replace(tmp, paths.database)
    if doc.get("keyslots"):
        write_atomic(paths.keyslots, doc["keyslots"].encode("ascii"))
    fsync_dir(paths.data_dir)
    journal_path(paths).unlink(missing_ok=True)
    fsync_dir(paths.data_dir)


def finish_interrupted(paths: OfficePaths) -> bool:
    """Complete a swap a crash interrupted, or clear the copy of a restore killed before its swap began. True when a
    swap was completed. A journal that cannot be read is left for the restore to retry (never guessed at)."""
    journal = journal_path(paths)
    if journal.is_file():
        try:
            doc = json.loads(journal.read_text("ascii"))
            if doc.get("format") != FORMAT:
                raise ValueError
        except (OSError, ValueError):
            return False
        _finish(paths, doc)
        for leftover in _tmp_leftovers(paths):
            leftover.unlink(missing_ok=True)
        return True
    for leftover in _tmp_leftovers(paths):
        leftover.unlink(missing_ok=True)
    return False
