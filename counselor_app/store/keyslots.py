"""The key-slot file: the database's data key, wrapped once per user and once under the recovery key.

File format (JSON, written atomically)::

    {"format": "counselor-keyslots", "version": 1, "office_id": "<hex>", "login_salt": "<hex>",
     "slots": [{"id": "<hex>", "kind": "user" | "recovery", "kdf": {...}, "salt": "<hex>",
                "nonce": "<hex>", "wrapped": "<hex>"}]}

A user's slot id is HMAC-SHA256(login_salt, login) so that no login name stands in the file.
The slot's AES-GCM tag covers the office id, the kind and the slot id: a slot cannot be moved.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from counselor_app.domain.errors import OfficeDamaged, QT_TRANSLATE_NOOP
from counselor_app.store import crypto
from counselor_app.store.crypto import KdfParams
from counselor_app.store.files import write_atomic

FORMAT = "counselor-keyslots"
VERSION = 1
RECOVERY_SLOT_ID = "recovery"
DAMAGED_KEYSLOTS = QT_TRANSLATE_NOOP("Errors", "key-slot file")


def normalize_login(login: str) -> str:
    return login.strip().lower()


@dataclass
class Slot:
    id: str
    kind: str
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    wrapped: bytes

    def to_json(self) -> dict:
        return {"id": self.id, "kind": self.kind, "kdf": self.kdf.to_json(), "salt": self.salt.hex(),
                "nonce": self.nonce.hex(), "wrapped": self.wrapped.hex()}

    @classmethod
    def from_json(cls, obj: dict) -> "Slot":
        return cls(str(obj["id"]), str(obj["kind"]), KdfParams.from_json(obj["kdf"]),
                   bytes.fromhex(obj["salt"]), bytes.fromhex(obj["nonce"]), bytes.fromhex(obj["wrapped"]))


@dataclass
class KeySlots:
    office_id: str
    login_salt: bytes
    slots: list[Slot] = field(default_factory=list)

    # -- identity -------------------------------------------------------------------------
    @classmethod
    def new(cls) -> "KeySlots":
        return cls(office_id=secrets.token_hex(16), login_salt=secrets.token_bytes(16))

    def slot_id_for(self, login: str) -> str:
        return hmac.new(self.login_salt, normalize_login(login).encode("utf-8"), hashlib.sha256).hexdigest()[:32]

    def find(self, slot_id: str) -> Slot | None:
        return next((s for s in self.slots if s.id == slot_id), None)

    def _aad(self, kind: str, slot_id: str) -> bytes:
        return f"{FORMAT}:{self.office_id}:{kind}:{slot_id}".encode()

    # -- slots ----------------------------------------------------------------------------
    def set_slot(self, slot_id: str, kind: str, secret: bytes | bytearray, data_key: bytearray,
                 params: KdfParams) -> None:
        """Add or replace the slot ``slot_id`` (in memory; call :meth:`save`)."""
        salt = secrets.token_bytes(crypto.SALT_BYTES)
        kek = crypto.derive_kek(secret, salt, params)
        try:
            nonce, wrapped = crypto.wrap(kek, data_key, self._aad(kind, slot_id))
        finally:
            crypto.wipe(kek)
        new = Slot(slot_id, kind, params, salt, nonce, wrapped)
        self.slots = [s for s in self.slots if s.id != slot_id] + [new]

    def remove_slot(self, slot_id: str) -> None:
        self.slots = [s for s in self.slots if s.id != slot_id]

    def open_slot(self, slot_id: str, secret: bytes | bytearray) -> bytearray | None:
        """The data key if ``secret`` opens the slot; None if the slot is missing or the secret wrong."""
        slot = self.find(slot_id)
        if slot is None:
            # Spend the same time as a real attempt, so timing does not tell which logins exist.
            crypto.wipe(crypto.derive_kek(secret, b"\0" * crypto.SALT_BYTES, self._any_params()))
            return None
        kek = crypto.derive_kek(secret, slot.salt, slot.kdf)
        try:
            return crypto.unwrap(kek, slot.nonce, slot.wrapped, self._aad(slot.kind, slot.id))
        finally:
            crypto.wipe(kek)

    def _any_params(self) -> KdfParams:
        return self.slots[0].kdf if self.slots else crypto.PRODUCTION_KDF

    # -- file -----------------------------------------------------------------------------
    def to_bytes(self) -> bytes:
        doc = {"format": FORMAT, "version": VERSION, "office_id": self.office_id,
               "login_salt": self.login_salt.hex(), "slots": [s.to_json() for s in self.slots]}
        return json.dumps(doc, indent=1).encode("ascii")

    def save(self, path: Path) -> None:
        write_atomic(path, self.to_bytes())

    @classmethod
    def from_bytes(cls, data: bytes) -> "KeySlots":
        try:
            doc = json.loads(data.decode("ascii"))
            if doc.get("format") != FORMAT or doc.get("version") != VERSION:
                raise ValueError("format")
            slots = [Slot.from_json(s) for s in doc["slots"]]
            ks = cls(str(doc["office_id"]), bytes.fromhex(doc["login_salt"]), slots)
        except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
            raise OfficeDamaged(what=DAMAGED_KEYSLOTS) from None
        if not ks.slots:
            raise OfficeDamaged(what=DAMAGED_KEYSLOTS)
        return ks

    @classmethod
    def load(cls, path: Path) -> "KeySlots":
        try:
            data = Path(path).read_bytes()
        except OSError:
            raise OfficeDamaged(what=DAMAGED_KEYSLOTS) from None
        return cls.from_bytes(data)
