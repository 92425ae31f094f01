"""Key derivation and key wrapping for the key slots.

Argon2id (RFC 9106 second recommendation: 64 MiB, 3 passes, 4 lanes, 16-byte salt) turns a
password or the recovery key into a key-encryption key; AES-256-GCM wraps the data key under it.
Keys are kept in ``bytearray`` and zeroed with :func:`wipe` when no longer needed. Python makes
short-lived immutable copies inside library calls; wiping is best effort, as in every Python app.
"""
from __future__ import annotations

import secrets
from dataclasses import asdict, dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

DATA_KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12


@dataclass(frozen=True)
class KdfParams:
    memory_kib: int = 65536
    iterations: int = 3
    lanes: int = 4

    def to_json(self) -> dict:
        return {"alg": "argon2id", **asdict(self)}

    @classmethod
    def from_json(cls, obj: dict) -> "KdfParams":
        if obj.get("alg") != "argon2id":
            raise ValueError("unknown kdf")
        return cls(int(obj["memory_kib"]), int(obj["iterations"]), int(obj["lanes"]))


PRODUCTION_KDF = KdfParams()


def default_kdf() -> KdfParams:
    """The parameters for new slots: always the production ones, except where a test fixture swaps them."""
    return PRODUCTION_KDF


def new_data_key() -> bytearray:
    return bytearray(secrets.token_bytes(DATA_KEY_BYTES))


def wipe(buf: bytearray | None) -> None:
    if buf is not None:
        for i in range(len(buf)):
            buf[i] = 0


def derive_kek(secret: bytes | bytearray, salt: bytes, params: KdfParams) -> bytearray:
    kdf = Argon2id(salt=salt, length=32, iterations=params.iterations, lanes=params.lanes,
                   memory_cost=params.memory_kib)
    return bytearray(kdf.derive(bytes(secret)))


def wrap(kek: bytearray, data_key: bytearray, aad: bytes) -> tuple[bytes, bytes]:
    nonce = secrets.token_bytes(NONCE_BYTES)
    return nonce, AESGCM(kek).encrypt(nonce, bytes(data_key), aad)


def unwrap(kek: bytearray, nonce: bytes, wrapped: bytes, aad: bytes) -> bytearray | None:
    """The data key, or None when the key-encryption key is wrong (or the slot was altered)."""
    try:
        return bytearray(AESGCM(kek).decrypt(nonce, wrapped, aad))
    except InvalidTag:
        return None


# -- sealing to a public key (X25519 + HKDF-SHA256 + AES-256-GCM) --------------------------------------
# Every key slot holds an X25519 key pair: the private key wrapped under the slot's secret, the public key
# in the clear, and the data key sealed to the public key. The office can then seal a new data key to every
# remaining slot without knowing anyone's password (re-keying when a user is deactivated).

PUBLIC_BYTES = 32
_SEAL_INFO = b"counselor-keyslot-seal-v1"


def new_keypair() -> tuple[bytearray, bytes]:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    private = X25519PrivateKey.generate()
    raw = private.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                serialization.NoEncryption())
    public = private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return bytearray(raw), public


def _seal_key(shared: bytes, eph_public: bytes, public: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(hashes.SHA256(), 32, salt=eph_public + public, info=_SEAL_INFO).derive(shared)


def seal(public: bytes, secret: bytearray, aad: bytes) -> bytes:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

    eph = X25519PrivateKey.generate()
    eph_public = eph.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    key = _seal_key(eph.exchange(X25519PublicKey.from_public_bytes(public)), eph_public, public)
    nonce = secrets.token_bytes(NONCE_BYTES)
    return eph_public + nonce + AESGCM(key).encrypt(nonce, bytes(secret), aad)


def unseal(private: bytearray, sealed: bytes, aad: bytes) -> bytearray | None:
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

    if len(sealed) < PUBLIC_BYTES + NONCE_BYTES + 16:
        return None
    eph_public, nonce, body = sealed[:PUBLIC_BYTES], sealed[PUBLIC_BYTES:PUBLIC_BYTES + NONCE_BYTES], \
        sealed[PUBLIC_BYTES + NONCE_BYTES:]
    priv = X25519PrivateKey.from_private_bytes(bytes(private))
    public = priv.public_key().public_bytes_raw()
    key = _seal_key(priv.exchange(X25519PublicKey.from_public_bytes(eph_public)), eph_public, public)
    try:
        return bytearray(AESGCM(key).decrypt(nonce, body, aad))
    except InvalidTag:
        return None
