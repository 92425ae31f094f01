"""Opening the SQLCipher database with a raw 256-bit key, and the pragmas every connection uses."""
from __future__ import annotations

import contextlib
import itertools
import os
from pathlib import Path
from typing import Callable, Iterator
from urllib.parse import quote

import sqlcipher3
from sqlcipher3 import dbapi2

from counselor_app.domain.errors import NoOffice, OfficeDamaged, QT_TRANSLATE_NOOP, StorageError

Connection = dbapi2.Connection
DatabaseError = dbapi2.DatabaseError

# Measured in bench/bench_database.py: with SQLCipher's default cache a join ran several times
# slower than plain SQLite; a 64 MiB page cache brings it level.
CACHE_KIB = 65536

DAMAGED_DATABASE = QT_TRANSLATE_NOOP("Errors", "database file")


class KeyRejected(Exception):
    """The key does not open the file (or the first page is damaged: SQLCipher cannot tell which)."""


def _create_private(path: Path) -> None:
    """Create an empty file readable by its owner only; SQLite gives its WAL and journal the same mode."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    os.close(fd)


def _uri(path: Path, mode: str) -> str:
    return f"file:{quote(str(Path(path).resolve()))}?mode={mode}"


def _key_pragma(key: bytearray) -> str:
    if len(key) != 32:
        raise ValueError("data key must be 32 bytes")
    return f"PRAGMA key = \"x'{bytes(key).hex()}'\""


def connect(path: Path, key: bytearray, *, create: bool = False, readonly: bool = False) -> Connection:
    """Open (or, with ``create``, create) the database and check the key at once.

    Raises NoOffice when the file is missing (a failed open never creates a database),
    KeyRejected when the key does not decrypt page 1, OfficeDamaged for other corruption.
    """
    path = Path(path)
    if not create and not path.is_file():
        raise NoOffice()
    if create:
        _create_private(path)
    try:
        mode = "rwc" if create else ("ro" if readonly else "rw")
        conn = sqlcipher3.connect(_uri(path, mode), uri=True, isolation_level=None, check_same_thread=False)
    except dbapi2.OperationalError:
        raise NoOffice() from None
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(_key_pragma(key))
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except dbapi2.DatabaseError as exc:
            if "not a database" in str(exc).lower():
                raise KeyRejected() from None
            raise translate_db_error(exc) from None  # a full disk or I/O error is not a wrong key
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        conn.execute("PRAGMA busy_timeout = 5000")
        if create:
            conn.execute("PRAGMA journal_mode = WAL")
        if not readonly:
            conn.execute("PRAGMA synchronous = FULL")
    except BaseException:
        conn.close()
        raise
    return conn


@contextlib.contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """One write transaction: committed when the block ends, rolled back if it raises.

    Inside another transaction it is a savepoint: a block that raises is undone alone, and the outer transaction
    commits the rest (a job that makes many changes, each with its audit row, commits them together: putting 8,000
    screening candidates on the watch list is then one commit, not 16,000)."""
    if conn.in_transaction:
        name = f"nested_{next(_SAVEPOINTS)}"
        conn.execute(f"SAVEPOINT {name}")
        try:
            yield conn
        except BaseException:
            conn.execute(f"ROLLBACK TO {name}")
            conn.execute(f"RELEASE {name}")
            raise
        else:
            conn.execute(f"RELEASE {name}")
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    else:
        conn.execute("COMMIT")


_SAVEPOINTS = itertools.count(1)


def translate_db_error(exc: Exception) -> Exception:
    """Map an SQLite error to the user-facing error: damage or a storage failure."""
    text = str(exc).lower()
    if any(w in text for w in ("disk is full", "disk i/o", "readonly", "read-only", "unable to open")):
        return StorageError(reason=str(exc))
    return OfficeDamaged(what=DAMAGED_DATABASE)


def integrity_problems(conn: Connection) -> list[str]:
    """SQLCipher's page HMAC check, SQLite's integrity check and the foreign keys; [] when sound."""
    problems: list[str] = []
    try:
        problems += [r[0] for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        problems += [r for r in rows if r != "ok"]
        problems += [f"foreign key {r[0]}:{r[1]}" for r in conn.execute("PRAGMA foreign_key_check").fetchall()]
    except dbapi2.DatabaseError as exc:
        problems.append(str(exc))
    return problems


def quick_check_ok(conn: Connection) -> bool:
    """SQLite's quick check over every page (each page read also checks SQLCipher's HMAC)."""
    row = conn.execute("PRAGMA quick_check").fetchone()
    return row is not None and row[0] == "ok"


def schema_version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def use_wal(conn: Connection) -> None:
    conn.execute("PRAGMA journal_mode = WAL")


def checkpoint(conn: Connection) -> None:
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def backup_to(conn: Connection, target: Path, key: bytearray,
              progress: Callable[[int, int], None] | None = None) -> None:
    """Write an encrypted copy of the live database through SQLite's backup API (target's key).

    ``progress(done_pages, total_pages)`` is called as pages are copied; if it raises, the copy stops.
    """
    _create_private(Path(target))
    dest = sqlcipher3.connect(_uri(target, "rwc"), uri=True, isolation_level=None)
    try:
        dest.execute("PRAGMA cipher_log_level = NONE")
        dest.execute(_key_pragma(key))
        if progress is None:
            conn.backup(dest)
        else:
            conn.backup(dest, pages=64, progress=lambda _status, remaining, total: progress(total - remaining, total))
        dest.execute("PRAGMA journal_mode = DELETE")
    finally:
        dest.close()


def rekey(conn: Connection, new_key: bytearray) -> None:
    """Re-encrypt every page under ``new_key`` (SQLCipher's PRAGMA rekey; atomic like any transaction).

    In WAL mode the re-encrypted pages first go to the WAL: the main file keeps its pages under the OLD key until a
    checkpoint, so a copy of it would still open with the key just retired (and cipher_integrity_check, which reads
    the main file, fails). The checkpoint right after moves every page into the main file under the new key and
    empties the WAL.
    """
    conn.execute(_key_pragma(new_key).replace("PRAGMA key", "PRAGMA rekey", 1))
    busy, _log, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    if busy:
        raise DatabaseError("the re-keyed database could not be checkpointed")
