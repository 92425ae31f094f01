"""Ed25519 signatures: who wrote an audit entry, which head vouched for the accounts, what a user last saw.

Every key slot gets a signing key (store/keyslots.py, "Signing keys"): a random Ed25519 seed sealed to the slot's
X25519 public key, its public key in the clear. Only the slot's secret (password, recovery key) opens it. What is
signed here is always a short ASCII statement that names its purpose and the office, so that a signature made for
one purpose or office never passes for another (:func:`statement`).

Costs on the 2-core development machine: signing 45 µs, verifying 140 µs (cryptography's OpenSSL Ed25519).
"""
from __future__ import annotations

import hashlib
import json
import secrets
from dataclasses import dataclass

from counselor_app.store import crypto

SEED_BYTES = 32
PUBLIC_BYTES = 32
SIGNATURE_BYTES = 64
RECOVERY_SIGNER = 0     # the signer id of the recovery key (user ids start at 1)


def new_seed() -> bytearray:
    return bytearray(secrets.token_bytes(SEED_BYTES))


def _private(seed: bytearray):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    return Ed25519PrivateKey.from_private_bytes(bytes(seed))


def public_of(seed: bytearray) -> bytes:
    return _private(seed).public_key().public_bytes_raw()


def sign(seed: bytearray, message: bytes) -> bytes:
    return _private(seed).sign(message)


def verify(public: bytes, signature: bytes | None, message: bytes) -> bool:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    if not signature or len(signature) != SIGNATURE_BYTES or len(public) != PUBLIC_BYTES:
        return False
    try:
        Ed25519PublicKey.from_public_bytes(bytes(public)).verify(bytes(signature), message)
        return True
    except (InvalidSignature, ValueError):
        return False


def statement(purpose: str, office_id: str, *parts: object) -> bytes:
    """The bytes a signature covers: purpose, office and the parts, separated by unit separators."""
    fields = [f"counselor-{purpose}-v1", office_id, *("" if p is None else str(p) for p in parts)]
    return "\x1f".join(f.replace("\x1f", " ") for f in fields).encode("utf-8")


def canonical(obj: object) -> str:
    """One JSON text per value (sorted keys, no spaces): what a roster's hash and signature cover."""
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=True)


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(eq=False)
class Signer:
    """The signing key of the user (or the recovery key) whose session writes: audit entries, rosters, records."""
    signer_id: int          # the user's id; RECOVERY_SIGNER for the recovery key
    slot_id: str
    seed: bytearray
    office_id: str

    @property
    def public(self) -> bytes:
        return public_of(self.seed)

    def sign(self, message: bytes) -> bytes:
        return sign(self.seed, message)

    def wipe(self) -> None:
        crypto.wipe(self.seed)
