"""The key-slot file: who can unlock the office's data key, and how.

Each slot (one per user, one for the recovery key) holds an X25519 key pair: the private key wrapped with
AES-256-GCM under Argon2id(the slot's secret), the public key in the clear, and the data key sealed to that
public key, per key epoch. So:

- a password change gives the slot a new key pair under the new password (services/keys.new_key_pair; the
  database does not change), so the pair an old password opens receives nothing sealed from then on;
- the office can seal a new data key to every remaining slot without anyone's password, which is how a
  deactivated user's slot is made useless: the database is re-keyed (store.database.rekey) to a new epoch
  that the removed slot never received;
- a re-key survives a crash at any point: the next file (the new data key sealed to every slot beside the current
  one) is written to a journal before the database is re-keyed (store/rekey_journal.py, services/rekey.py).

The clinical key (store/sealed.py) is sealed the same way, per clinical epoch, but only to the slots the
services choose: the office heads', the counselors' and the recovery key's. An assistant's slot opens the
database and not the sealed fields in it.

Signed roles and the anchored audit trail (version 4): every slot also holds an Ed25519 signing key (sealed to the
slot like the clinical key), and the slot's private key is *pinned* to the office's roster root, so a user holding
only the data key can neither forge a head's signature nor substitute the roots the other users trust. Each user's
signed record of the audit trail's head (a *witness*) is kept here too, outside the database. See the section
"signing keys, pins and witnesses" below and services/signing.py.

File format (JSON, written atomically under a lock; version 2 and 3 files are read)::

    {"format": "counselor-keyslots", "version": 4, "office_id": "<hex>", "login_salt": "<hex>", "epoch": 3,
     "clinical_epoch": 1,
     "slots": [{"id": "<hex>", "kind": "user" | "recovery", "kdf": {...}, "salt": "<hex>", "nonce": "<hex>",
                "wrapped_private": "<hex>", "public": "<hex>", "sealed": {"3": "<hex>"}, "clinical": {"1": "<hex>"},
                "pin": "<roster root, 64 hex>"}],
     "root": "<64 hex>",
     "signing": {"<slot id>": {"public": "<hex>", "sealed": "<hex>"}},
     "witnesses": {"<slot id>": {"count": 812, "hash": "<hex>", "roster": 3, "at": "<UTC>", "sig": "<hex>"}}}

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
VERSION = 4
READABLE_VERSIONS = (2, 3, 4)
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
    pin: str = ""   # the office's roster root this slot's private key is bound to (see "Signing keys" below)

    def to_json(self) -> dict:
        out = {"id": self.id, "kind": self.kind, "kdf": self.kdf.to_json(), "salt": self.salt.hex(),
               "nonce": self.nonce.hex(), "wrapped_private": self.wrapped_private.hex(), "public": self.public.hex(),
               "sealed": {str(e): s.hex() for e, s in sorted(self.sealed.items())},
               "clinical": {str(e): s.hex() for e, s in sorted(self.clinical.items())}}
        if self.pin:
            out["pin"] = self.pin
        return out

    @classmethod
    def from_json(cls, obj: dict) -> "Slot":
        slot = cls(str(obj["id"]), str(obj["kind"]), KdfParams.from_json(obj["kdf"]), bytes.fromhex(obj["salt"]),
                   bytes.fromhex(obj["nonce"]), bytes.fromhex(obj["wrapped_private"]), bytes.fromhex(obj["public"]),
                   {int(e): bytes.fromhex(s) for e, s in dict(obj["sealed"]).items()},
                   {int(e): bytes.fromhex(s) for e, s in dict(obj.get("clinical", {})).items()},
                   str(obj.get("pin", "")))
        k = slot.kdf
        if (slot.kind not in KINDS or len(slot.salt) != crypto.SALT_BYTES or len(slot.nonce) != crypto.NONCE_BYTES
                or len(slot.public) != crypto.PUBLIC_BYTES or len(slot.wrapped_private) != 32 + 16
                or not slot.sealed or (slot.pin and len(slot.pin) != 64) or not (8 * k.lanes <= k.memory_kib <= 4 * 1024 * 1024)
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
    # -- signing keys and witnesses (version 4; see the "Signing keys" section) --
    root: str = ""             # hash of the office's first signed roster ("" before it has one)
    signing: dict[str, tuple[bytes, bytes]] = field(default_factory=dict)   # slot id -> (public, sealed seed)
    witnesses: dict[str, dict] = field(default_factory=dict)               # slot id -> signed last-seen trail head

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

    def _private_aad(self, slot: Slot) -> bytes:
        """What the wrapped private key is bound to: the slot, and (once pinned) the office's roster root."""
        return self._aad(slot, "private") + (f":pin:{slot.pin}".encode() if slot.pin else b"")

    # -- adding and changing slots ---------------------------------------------------------------
    def add_principal(self, slot_id: str, kind: str, secret: bytes | bytearray, data_key: bytearray,
                      params: KdfParams) -> None:
        """Add (or replace) a slot with a fresh key pair; the data key is sealed to it at the current epoch."""
        private, public = crypto.new_keypair()
        try:
            slot = Slot(slot_id, kind, params, b"", b"", b"", public, {}, pin=self.root)
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
            nonce, wrapped = crypto.wrap(kek, private, self._private_aad(slot))
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
            private = crypto.unwrap(kek, slot.nonce, slot.wrapped_private, self._private_aad(slot))
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

    # -- signing keys, pins and witnesses (signed roles and the anchored audit trail) -----------------
    # Each slot may hold an Ed25519 signing key: a random seed sealed to the slot's X25519 public key (so whoever
    # adds a slot can give it one, and only the slot's secret opens it), its public key in the clear. The services
    # (services/signing.py) keep the office's signed account rosters in the database; ``root`` is the hash of the
    # first one. A slot is *pinned* to that root: the root is part of the associated data of its wrapped private
    # key, so nobody without the slot's secret can bind it to another root (a roster made up by someone holding
    # only the data key), nor unpin it. Slots added once the office has a root are pinned when made; older slots
    # at their owner's next login (pin_slot). A witness is a slot owner's signed record of the audit trail's
    # head (row count and hash) as they last saw it, kept here, outside the database.

    def set_signing(self, slot_id: str, seed: bytearray) -> bytes:
        """Seal the signing key ``seed`` to the slot; returns its public key."""
        from counselor_app.store import signing

        slot = self.find(slot_id)
        if slot is None:
            raise KeyError(slot_id)
        public = signing.public_of(seed)
        self.signing[slot_id] = (public, crypto.seal(slot.public, seed, self._aad(slot, "signing")))
        return public

    def open_signing(self, slot_id: str, private: bytearray) -> bytearray | None:
        """The slot's signing seed, if it has one sealed to this private key and it matches its public key."""
        from counselor_app.store import signing

        slot, entry = self.find(slot_id), self.signing.get(slot_id)
        if slot is None or entry is None:
            return None
        seed = crypto.unseal(private, entry[1], self._aad(slot, "signing"))
        if seed is not None and signing.public_of(seed) != entry[0]:
            crypto.wipe(seed)
            return None
        return seed

    def signing_public(self, slot_id: str) -> bytes | None:
        entry = self.signing.get(slot_id)
        return entry[0] if entry else None

    def pin_slot(self, slot_id: str, private: bytearray, secret: bytes | bytearray, root: str) -> None:
        """Bind an unpinned slot to ``root`` (its owner's login after the office got its first roster)."""
        slot = self.find(slot_id)
        if slot is None:
            raise KeyError(slot_id)
        slot.pin = root
        self._wrap_private(slot, private, secret, slot.kdf)

    def set_witness(self, slot_id: str, witness: dict) -> None:
        self.witnesses[slot_id] = dict(witness)

    def _signing_json(self) -> dict:
        """The signing keys and witnesses of the slots there are (a removed slot's go with it)."""
        present = {s.id for s in self.slots}
        out: dict = {}
        if self.root:
            out["root"] = self.root
        signing = {sid: {"public": p.hex(), "sealed": s.hex()} for sid, (p, s) in sorted(self.signing.items())
                   if sid in present}
        witnesses = {sid: w for sid, w in sorted(self.witnesses.items()) if sid in present}
        if signing:
            out["signing"] = signing
        if witnesses:
            out["witnesses"] = witnesses
        return out

    def _read_signing(self, doc: dict) -> None:
        self.root = str(doc.get("root", ""))
        self.signing = {str(sid): (bytes.fromhex(e["public"]), bytes.fromhex(e["sealed"]))
                        for sid, e in dict(doc.get("signing", {})).items()}
        self.witnesses = {}
        for sid, w in dict(doc.get("witnesses", {})).items():
            w = dict(w)
            if not (isinstance(w.get("count"), int) and isinstance(w.get("hash"), str) and isinstance(w.get("sig"), str)
                    and isinstance(w.get("at"), str) and isinstance(w.get("roster", 0), int)):
                raise ValueError("witness")
            self.witnesses[str(sid)] = w
        if (self.root and len(self.root) != 64) or any(len(p) != 32 for p, _s in self.signing.values()):
            raise ValueError("signing")

    # -- file ---------------------------------------------------------------------------------------
    def to_bytes(self) -> bytes:
        doc = {"format": FORMAT, "version": VERSION, "office_id": self.office_id, "login_salt": self.login_salt.hex(),
               "epoch": self.epoch, "clinical_epoch": self.clinical_epoch, "slots": [s.to_json() for s in self.slots],
               **self._signing_json()}
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
            ks._read_signing(doc)
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
