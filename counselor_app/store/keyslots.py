"""The key-slot file: who can unlock the office's data key, and how.

Each slot (one per user, one for the recovery key) holds an X25519 key pair: the private key wrapped with
AES-256-GCM under Argon2id(the slot's secret), the public key in the clear, and the data key sealed to that
public key, per key epoch. So:

- a password change re-wraps only that slot's private key (the database does not change);
- the office can seal a new data key to every remaining slot without anyone's password, which is how a
  deactivated user's slot is made useless: the database is re-keyed (store.database.rekey) to a new epoch
  that the removed slot never received;
- a re-key survives a crash at any point: the new data key is sealed to every slot (``pending``) before the
  database is re-keyed, and the old epoch is dropped only after.

The clinical key (store/sealed.py) is sealed the same way, per clinical epoch, but only to the slots the
services choose: the office heads', the counselors' and the recovery key's. An assistant's slot opens the
database and not the sealed fields in it.

File format (JSON, written atomically under a lock; version 2 files, from before the clinical key, are read)::

    {"format": "counselor-keyslots", "version": 3, "office_id": "<hex>", "login_salt": "<hex>", "epoch": 3,
     "clinical_epoch": 1,
     "slots": [{"id": "<hex>", "kind": "user" | "recovery", "kdf": {...}, "salt": "<hex>", "nonce": "<hex>",
                "wrapped_private": "<hex>", "public": "<hex>", "sealed": {"3": "<hex>"}, "clinical": {"1": "<hex>"}}]}

A user's slot id is HMAC-SHA256(login_salt, login): no login name stands in the file. Every AES-GCM tag
covers the office id, the slot's kind and id: a slot cannot be moved to another login or office.
"""
from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from counselor_app.domain.errors import OfficeDamaged, QT_TRANSLATE_NOOP
from counselor_app.store import crypto
from counselor_app.store.crypto import KdfParams
from counselor_app.store.filelock import locked
from counselor_app.store.files import write_atomic

FORMAT = "counselor-keyslots"
VERSION = 3
READABLE_VERSIONS = (2, 3)
RECOVERY_SLOT_ID = "recovery"
DAMAGED_KEYSLOTS = QT_TRANSLATE_NOOP("Errors", "key-slot file")
KINDS = ("user", "recovery")


def normalize_login(login: str) -> str:
    return login.strip().lower()


@dataclass
class Slot:
    id: str
    kind: str
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    wrapped_private: bytes
    public: bytes
    sealed: dict[int, bytes]
    clinical: dict[int, bytes] = field(default_factory=dict)   # the clinical key per clinical epoch, if given

    def to_json(self) -> dict:
        return {"id": self.id, "kind": self.kind, "kdf": self.kdf.to_json(), "salt": self.salt.hex(),
                "nonce": self.nonce.hex(), "wrapped_private": self.wrapped_private.hex(), "public": self.public.hex(),
                "sealed": {str(e): s.hex() for e, s in sorted(self.sealed.items())},
                "clinical": {str(e): s.hex() for e, s in sorted(self.clinical.items())}}

    @classmethod
    def from_json(cls, obj: dict) -> "Slot":
        slot = cls(str(obj["id"]), str(obj["kind"]), KdfParams.from_json(obj["kdf"]), bytes.fromhex(obj["salt"]),
                   bytes.fromhex(obj["nonce"]), bytes.fromhex(obj["wrapped_private"]), bytes.fromhex(obj["public"]),
                   {int(e): bytes.fromhex(s) for e, s in dict(obj["sealed"]).items()},
                   {int(e): bytes.fromhex(s) for e, s in dict(obj.get("clinical", {})).items()})
        k = slot.kdf
        if (slot.kind not in KINDS or len(slot.salt) != crypto.SALT_BYTES or len(slot.nonce) != crypto.NONCE_BYTES
                or len(slot.public) != crypto.PUBLIC_BYTES or len(slot.wrapped_private) != 32 + 16
                or not slot.sealed or not (8 * k.lanes <= k.memory_kib <= 4 * 1024 * 1024)
                or not (1 <= k.iterations <= 64) or not (1 <= k.lanes <= 64)):
            raise ValueError("slot fields out of range")
        return slot


@dataclass
class Unlocked:
    """What a secret opens: the slot's private key and the data keys sealed to it, newest epoch first."""

    slot_id: str
    private: bytearray
    keys: list[tuple[int, bytearray]]
    clinical: dict[int, bytearray] = field(default_factory=dict)   # clinical keys sealed to this slot

    def wipe(self) -> None:
        crypto.wipe(self.private)
        for _epoch, key in self.keys:
            crypto.wipe(key)
        for key in self.clinical.values():
            crypto.wipe(key)


@dataclass
class KeySlots:
    office_id: str
    login_salt: bytes
    epoch: int = 1
    slots: list[Slot] = field(default_factory=list)
    clinical_epoch: int = 0    # 0: the office has no clinical key yet (a version 2 file)

    @classmethod
    def new(cls) -> "KeySlots":
        return cls(office_id=secrets.token_hex(16), login_salt=secrets.token_bytes(16))

    def slot_id_for(self, login: str) -> str:
        return hmac.new(self.login_salt, normalize_login(login).encode("utf-8"), hashlib.sha256).hexdigest()[:32]

    def find(self, slot_id: str) -> Slot | None:
        return next((s for s in self.slots if s.id == slot_id), None)

    def _aad(self, slot: Slot | tuple[str, str], part: str) -> bytes:
        kind, sid = (slot.kind, slot.id) if isinstance(slot, Slot) else slot
        return f"{FORMAT}:{self.office_id}:{kind}:{sid}:{part}".encode()

    # -- adding and changing slots ---------------------------------------------------------------
    def add_principal(self, slot_id: str, kind: str, secret: bytes | bytearray, data_key: bytearray,
                      params: KdfParams) -> None:
        """Add (or replace) a slot with a fresh key pair; the data key is sealed to it at the current epoch."""
        private, public = crypto.new_keypair()
        try:
            slot = Slot(slot_id, kind, params, b"", b"", b"", public, {})
            self._wrap_private(slot, private, secret, params)
            slot.sealed = {self.epoch: crypto.seal(public, data_key, self._aad(slot, f"seal:{self.epoch}"))}
        finally:
            crypto.wipe(private)
        self.slots = [s for s in self.slots if s.id != slot_id] + [slot]

    def rewrap(self, slot_id: str, private: bytearray, new_secret: bytes | bytearray, params: KdfParams) -> None:
        """A new secret for an existing slot (a password change): the key pair and sealed keys stay."""
        slot = self.find(slot_id)
        if slot is None:
            raise KeyError(slot_id)
        self._wrap_private(slot, private, new_secret, params)

    def _wrap_private(self, slot: Slot, private: bytearray, secret: bytes | bytearray, params: KdfParams) -> None:
        salt = secrets.token_bytes(crypto.SALT_BYTES)
        kek = crypto.derive_kek(secret, salt, params)
        try:
            nonce, wrapped = crypto.wrap(kek, private, self._aad(slot, "private"))
        finally:
            crypto.wipe(kek)
        slot.kdf, slot.salt, slot.nonce, slot.wrapped_private = params, salt, nonce, wrapped

    def remove_slot(self, slot_id: str) -> None:
        self.slots = [s for s in self.slots if s.id != slot_id]

    # -- unlocking ----------------------------------------------------------------------------------
    def unlock(self, slot_id: str, secret: bytes | bytearray) -> Unlocked | None:
        """The slot's private key and data keys if ``secret`` opens it; None when missing or wrong."""
        slot = self.find(slot_id)
        if slot is None:
            # Spend the same time as a real attempt, so timing does not tell which logins exist.
            params = self.slots[0].kdf if self.slots else crypto.PRODUCTION_KDF
            crypto.wipe(crypto.derive_kek(secret, b"\0" * crypto.SALT_BYTES, params))
            return None
        kek = crypto.derive_kek(secret, slot.salt, slot.kdf)
        try:
            private = crypto.unwrap(kek, slot.nonce, slot.wrapped_private, self._aad(slot, "private"))
        finally:
            crypto.wipe(kek)
        if private is None:
            return None
        keys = self.unseal_with(slot_id, private)
        if not keys:
            crypto.wipe(private)
            return None
        return Unlocked(slot_id, private, keys, self.unseal_clinical(slot_id, private))

    def unseal_with(self, slot_id: str, private: bytearray) -> list[tuple[int, bytearray]]:
        """Data keys sealed to this slot, current epoch first (another slot file, e.g. a backup's, may be asked)."""
        slot = self.find(slot_id)
        if slot is None:
            return []
        out = []
        for epoch in sorted(slot.sealed, key=lambda e: (e != self.epoch, -e)):
            key = crypto.unseal(private, slot.sealed[epoch], self._aad(slot, f"seal:{epoch}"))
            if key is not None:
                out.append((epoch, key))
        return out

    # -- the clinical key ---------------------------------------------------------------------------
    def _clinical_aad(self, slot: Slot, epoch: int) -> bytes:
        return self._aad(slot, f"clinical:{epoch}")

    def unseal_clinical(self, slot_id: str, private: bytearray) -> dict[int, bytearray]:
        """The clinical keys sealed to this slot, by clinical epoch (empty for an assistant's slot)."""
        slot = self.find(slot_id)
        out: dict[int, bytearray] = {}
        for epoch, sealed in (slot.clinical.items() if slot else ()):
            key = crypto.unseal(private, sealed, self._clinical_aad(slot, epoch))
            if key is not None:
                out[epoch] = key
        return out

    def clinical_slots(self) -> set[str]:
        """The slots that hold the current clinical key."""
        return {s.id for s in self.slots if self.clinical_epoch in s.clinical}

    def seal_clinical(self, slot_id: str, keys: dict[int, bytearray]) -> None:
        """Give a slot the clinical keys (every epoch still in use)."""
        slot = self.find(slot_id)
        if slot is None:
            raise KeyError(slot_id)
        for epoch, key in keys.items():
            slot.clinical[epoch] = crypto.seal(slot.public, key, self._clinical_aad(slot, epoch))

    def drop_clinical(self, slot_id: str) -> None:
        slot = self.find(slot_id)
        if slot is not None:
            slot.clinical = {}

    def begin_clinical(self, new_key: bytearray, slot_ids: set[str]) -> int:
        """Seal a new clinical key to ``slot_ids`` as the next clinical epoch; the current one stays (every
        sealed field is still under it) until :meth:`finish_clinical`."""
        new_epoch = max([self.clinical_epoch] + [e for s in self.slots for e in s.clinical]) + 1
        for slot_id in slot_ids:
            self.seal_clinical(slot_id, {new_epoch: new_key})
        return new_epoch

    def finish_clinical(self, epoch: int) -> None:
        """``epoch`` is the clinical key now: every other epoch's seals go."""
        self.clinical_epoch = epoch
        for slot in self.slots:
            slot.clinical = {e: s for e, s in slot.clinical.items() if e == epoch}

    # -- re-keying ----------------------------------------------------------------------------------
    def begin_rekey(self, new_key: bytearray) -> int:
        """Seal ``new_key`` to every slot as the next epoch (the current one stays until finish_rekey)."""
        new_epoch = max([self.epoch] + [e for s in self.slots for e in s.sealed]) + 1
        for slot in self.slots:
            slot.sealed[new_epoch] = crypto.seal(slot.public, new_key, self._aad(slot, f"seal:{new_epoch}"))
        return new_epoch

    def finish_rekey(self, new_epoch: int) -> None:
        self.epoch = new_epoch
        for slot in self.slots:
            slot.sealed = {e: s for e, s in slot.sealed.items() if e == new_epoch}

    # -- file ---------------------------------------------------------------------------------------
    def to_bytes(self) -> bytes:
        doc = {"format": FORMAT, "version": VERSION, "office_id": self.office_id, "login_salt": self.login_salt.hex(),
               "epoch": self.epoch, "clinical_epoch": self.clinical_epoch, "slots": [s.to_json() for s in self.slots]}
        return json.dumps(doc, indent=1).encode("ascii")

    def save(self, path: Path) -> None:
        write_atomic(path, self.to_bytes())

    @classmethod
    def from_bytes(cls, data: bytes) -> "KeySlots":
        try:
            doc = json.loads(data.decode("ascii"))
            if doc.get("format") != FORMAT or doc.get("version") not in READABLE_VERSIONS:
                raise ValueError("format")
            ks = cls(str(doc["office_id"]), bytes.fromhex(doc["login_salt"]), int(doc["epoch"]),
                     [Slot.from_json(s) for s in doc["slots"]], int(doc.get("clinical_epoch", 0)))
            if not ks.slots or len(ks.login_salt) != 16 or len({s.id for s in ks.slots}) != len(ks.slots):
                raise ValueError("slots")
        except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError, OverflowError):
            raise OfficeDamaged(what=DAMAGED_KEYSLOTS) from None
        return ks

    @classmethod
    def load(cls, path: Path) -> "KeySlots":
        try:
            data = Path(path).read_bytes()
        except OSError:
            raise OfficeDamaged(what=DAMAGED_KEYSLOTS) from None
        return cls.from_bytes(data)


@contextlib.contextmanager
def updating(path: Path) -> Iterator[KeySlots]:
    """Read the key slots fresh under an exclusive lock; saved (atomically) when the block ends without error."""
    with locked(path):
        slots = KeySlots.load(path)
        yield slots
        slots.save(path)
