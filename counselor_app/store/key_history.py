"""The keys the office used before, kept inside the database, so that a backup made before a re-key stays restorable
with today's password.

A re-key (services/rekey.py) adds the data key it retires, a clinical-key rotation the clinical key it retires:

- ``keys.history``: ``{"<epoch>": "<hex data key>"}``. Inside the database, so only whoever opens today's database
  reads them; each opens only backups made before, whose records that person's own old slots opened then anyway.
- ``clinical.history``: ``{"<epoch>": "<hex>"}``, each old clinical key sealed (AES-256-GCM) with the current one: an
  assistant, who opens the database, does not open them. Every rotation seals the whole history again with the new key.

A restore (services/restore.py) looks there for the backup's keys when the backup's own key-slot file does not open
with the head's password of today.
"""
from __future__ import annotations

import secrets

from counselor_app.store import crypto, office as office_store
from counselor_app.store.database import Connection
from counselor_app.store.sealed import ClinicalKeys

DATA_SETTING = "keys.history"
CLINICAL_SETTING = "clinical.history"


def _aad(epoch: int) -> bytes:
    return f"counselor-clinical-history:{int(epoch)}".encode()


def data_keys(conn: Connection) -> dict[int, bytearray]:
    """The data keys of earlier epochs."""
    stored = office_store.get_setting(conn, DATA_SETTING, {}) or {}
    out = {}
    for epoch, value in dict(stored).items():
        try:
            key = bytearray.fromhex(value)
        except (TypeError, ValueError):
            continue
        if len(key) == crypto.DATA_KEY_BYTES:
            out[int(epoch)] = key
    return out


def add_data_keys(conn: Connection, keys: dict[int, bytearray]) -> None:
    """Keep ``keys`` (epoch -> data key) with the earlier ones (inside the caller's transaction)."""
    stored = dict(office_store.get_setting(conn, DATA_SETTING, {}) or {})
    stored.update({str(int(epoch)): bytes(key).hex() for epoch, key in keys.items()})
    office_store.set_setting(conn, DATA_SETTING, stored)


def clinical_keys(conn: Connection, current: ClinicalKeys | None) -> dict[int, bytearray]:
    """The clinical keys of earlier epochs, opened with the current one ({} without it)."""
    if current is None or current.current not in current.keys:
        return {}
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    aead = AESGCM(bytes(current.keys[current.current]))
    out = {}
    for epoch, value in dict(office_store.get_setting(conn, CLINICAL_SETTING, {}) or {}).items():
        try:
            blob = bytes.fromhex(value)
            out[int(epoch)] = bytearray(aead.decrypt(blob[:crypto.NONCE_BYTES], blob[crypto.NONCE_BYTES:],
                                                     _aad(int(epoch))))
        except (TypeError, ValueError, InvalidTag):
            continue
    return out


def write_clinical(conn: Connection, keys: dict[int, bytearray], under: ClinicalKeys) -> None:
    """Replace the clinical history with ``keys``, sealed with ``under``'s current key."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    aead = AESGCM(bytes(under.keys[under.current]))
    stored = {}
    for epoch, key in keys.items():
        nonce = secrets.token_bytes(crypto.NONCE_BYTES)
        stored[str(int(epoch))] = (nonce + aead.encrypt(nonce, bytes(key), _aad(epoch))).hex()
    office_store.set_setting(conn, CLINICAL_SETTING, stored)


def carry_clinical(conn: Connection, old: ClinicalKeys, new: ClinicalKeys) -> None:
    """A rotation from ``old`` to ``new``: the history and the retired key, sealed with the new key."""
    history = clinical_keys(conn, old)
    history.update({epoch: bytearray(key) for epoch, key in old.keys.items() if epoch != new.current})
    try:
        write_clinical(conn, history, new)
    finally:
        for key in history.values():
            crypto.wipe(key)
