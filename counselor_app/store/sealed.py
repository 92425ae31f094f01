"""Sealed fields: clinical text stored encrypted with the clinical key inside the (already encrypted) database.

Counseling notes, plans, follow-up texts, screening answers, crisis details and diagnoses are sealed with the
office's clinical key, which only the key slots of heads, counselors and the recovery key hold
(store/keyslots.py). The database key alone (an assistant's password) opens the file but not these fields.

A sealed value is AES-256-GCM over the UTF-8 text; the associated data binds it to its table, column, row id and
clinical epoch, so a value copied to another row, column or office does not open. Layout::

    b"\\x01" | clinical epoch (4 bytes, big-endian) | nonce (12) | ciphertext and tag

A feature declares its sealed columns once (``SealedColumn("watch_plan", "measures")``); the registry lets
``verify`` open every sealed value and the clinical-key rotation re-seal them all. Tables with sealed columns have
an ``id INTEGER PRIMARY KEY``: the id is part of the associated data, so a row is inserted first and its sealed
values written with the id (:meth:`SealedColumn.write`) in the same transaction.
"""
from __future__ import annotations

import secrets
import struct
from dataclasses import dataclass, field
from typing import Iterator

from counselor_app.domain.errors import ClinicalKeyMissing, SealedFieldDamaged
from counselor_app.store import crypto
from counselor_app.store.database import Connection

VERSION = 1
_HEADER = struct.Struct(">BI")


@dataclass
class ClinicalKeys:
    """The clinical keys a session holds: the current epoch's, and older ones while a rotation is unfinished."""
    current: int
    keys: dict[int, bytearray] = field(default_factory=dict)

    def key(self, epoch: int) -> bytearray:
        found = self.keys.get(epoch)
        if found is None:
            raise ClinicalKeyMissing()
        return found

    def wipe(self) -> None:
        for key in self.keys.values():
            crypto.wipe(key)
        self.keys.clear()


def _aad(table: str, column: str, row_id: int, epoch: int) -> bytes:
    return f"counselor-sealed:{table}:{column}:{int(row_id)}:{epoch}".encode()


def seal_text(keys: ClinicalKeys | None, table: str, column: str, row_id: int, text: str | None) -> bytes | None:
    """The sealed form of ``text`` (None stays None)."""
    if text is None:
        return None
    if keys is None:
        raise ClinicalKeyMissing()
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    epoch = keys.current
    nonce = secrets.token_bytes(crypto.NONCE_BYTES)
    body = AESGCM(bytes(keys.key(epoch))).encrypt(nonce, text.encode("utf-8"), _aad(table, column, row_id, epoch))
    return _HEADER.pack(VERSION, epoch) + nonce + body


def sealer(keys: ClinicalKeys | None, table: str, column: str):
    """:func:`seal_text` for many rows of one column (an import's thousands of results): the cipher is made once.
    Returns ``seal(row_id, text) -> bytes | None``."""
    if keys is None:
        return lambda row_id, text: seal_text(keys, table, column, row_id, text)   # ClinicalKeyMissing for a text
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    epoch = keys.current
    encrypt = AESGCM(bytes(keys.key(epoch))).encrypt
    header = _HEADER.pack(VERSION, epoch)
    size = crypto.NONCE_BYTES
    nonces: list[bytes] = []     # drawn from the system's random source 1,024 at a time, each used once

    def seal(row_id: int, text: str | None) -> bytes | None:
        if text is None:
            return None
        if not nonces:
            pool = secrets.token_bytes(size * 1024)
            nonces.extend(pool[i:i + size] for i in range(0, len(pool), size))
        nonce = nonces.pop()
        return header + nonce + encrypt(nonce, text.encode("utf-8"), _aad(table, column, row_id, epoch))
    return seal


def sealed_epoch(blob: bytes) -> int:
    if len(blob) < _HEADER.size + crypto.NONCE_BYTES + 16 or blob[0] != VERSION:
        raise ValueError("not a sealed value")
    return _HEADER.unpack_from(blob)[1]


def open_text(keys: ClinicalKeys | None, table: str, column: str, row_id: int, blob: bytes | None) -> str | None:
    """The text of a sealed value; ClinicalKeyMissing without the key, SealedFieldDamaged when it does not open."""
    if blob is None:
        return None
    if keys is None:
        raise ClinicalKeyMissing()
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        epoch = sealed_epoch(bytes(blob))
    except ValueError:
        raise SealedFieldDamaged(what=f"{table}.{column} #{int(row_id)}") from None
    key = keys.key(epoch)
    nonce, body = blob[_HEADER.size:_HEADER.size + crypto.NONCE_BYTES], blob[_HEADER.size + crypto.NONCE_BYTES:]
    try:
        return AESGCM(bytes(key)).decrypt(bytes(nonce), bytes(body), _aad(table, column, row_id, epoch)).decode("utf-8")
    except (InvalidTag, UnicodeDecodeError):
        raise SealedFieldDamaged(what=f"{table}.{column} #{int(row_id)}") from None


@dataclass(frozen=True)
class SealedColumn:
    """One sealed column: declare it once at module level in the store module of its table."""
    table: str
    column: str

    def __post_init__(self) -> None:
        if not (self.table.isidentifier() and self.column.isidentifier()):
            raise ValueError("sealed column names must be identifiers")
        REGISTRY[(self.table, self.column)] = self

    def seal(self, keys: ClinicalKeys | None, row_id: int, text: str | None) -> bytes | None:
        return seal_text(keys, self.table, self.column, row_id, text)

    def sealer(self, keys: ClinicalKeys | None):
        """``seal(row_id, text)`` for many rows (:func:`sealer`)."""
        return sealer(keys, self.table, self.column)

    def open(self, keys: ClinicalKeys | None, row_id: int, blob: bytes | None) -> str | None:
        return open_text(keys, self.table, self.column, row_id, blob)

    def write(self, conn: Connection, keys: ClinicalKeys | None, row_id: int, text: str | None) -> None:
        """Seal ``text`` into this column of row ``row_id`` (inside the caller's transaction)."""
        conn.execute(f"UPDATE {self.table} SET {self.column} = ? WHERE id = ?",
                     (self.seal(keys, row_id, text), int(row_id)))

    def read(self, conn: Connection, keys: ClinicalKeys | None, row_id: int) -> str | None:
        row = conn.execute(f"SELECT {self.column} FROM {self.table} WHERE id = ?", (int(row_id),)).fetchone()
        return self.open(keys, row_id, row[0]) if row else None

    def values(self, conn: Connection) -> Iterator[tuple[int, bytes]]:
        """Every sealed value of the column, as (row id, blob)."""
        yield from conn.execute(f"SELECT id, {self.column} FROM {self.table} WHERE {self.column} IS NOT NULL")


REGISTRY: dict[tuple[str, str], SealedColumn] = {}
# The store modules that declare sealed columns: imported before the registry is read, so that verify and a
# clinical-key rotation see every column even when no feature was used yet (tests/store/test_sealed.py checks it).
DECLARING = ("counselor_app.store.referrals", "counselor_app.store.leaves", "counselor_app.store.crisis",
             "counselor_app.store.watch", "counselor_app.store.watch_records", "counselor_app.store.screening",
             "counselor_app.store.screening_results", "counselor_app.store.duty_log", "counselor_app.store.meetings",
             "counselor_app.store.meeting_records",
             "counselor_app.store.appointments", "counselor_app.store.appointment_requests",
             "counselor_app.store.session_records")


def registered(conn: Connection) -> list[SealedColumn]:
    """The declared sealed columns whose table exists in this database (an older schema may lack some)."""
    import importlib

    for module in DECLARING:
        importlib.import_module(module)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return [c for c in REGISTRY.values() if c.table in tables]


def unreadable(conn: Connection, keys: ClinicalKeys) -> list[tuple[str, str, int]]:
    """Every sealed value that does not open with ``keys``: (table, column, row id)."""
    bad = []
    for col in registered(conn):
        for row_id, blob in col.values(conn):
            try:
                col.open(keys, row_id, blob)
            except (SealedFieldDamaged, ClinicalKeyMissing):
                bad.append((col.table, col.column, row_id))
    return bad


def reseal_all(conn: Connection, old: ClinicalKeys, new: ClinicalKeys) -> int:
    """Re-seal every sealed value from ``old`` keys to ``new`` (a rotation; inside the caller's transaction)."""
    count = 0
    for col in registered(conn):
        for row_id, blob in list(col.values(conn)):
            col.write(conn, new, row_id, col.open(old, row_id, blob))
            count += 1
    return count
