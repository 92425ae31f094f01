"""The hash chain of the audit trail: each row's hash covers the previous hash and its own content.

From schema 6 on, each row also names its signer (the writer's user id, 0 for the recovery key) and carries the
signer's Ed25519 signature over its hash (services/signing.py checks them); the hash of a signed row covers the
signer as a tenth field, so a row cannot be re-attributed without breaking the chain."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass

GENESIS = "0" * 64


@dataclass(frozen=True)
class AuditRecord:
    id: int
    at: str            # ISO 8601, UTC, seconds
    user_id: int | None
    action: str        # e.g. "login", "user.add", "backup"
    target_type: str   # e.g. "user", "student"; never a name
    target_id: str
    outcome: str       # "ok", "failed", "denied"
    detail: str        # non-personal detail, e.g. a count or a reason code
    prev_hash: str
    hash: str
    signer: int | None = None   # who wrote and signed it (schema 6); None: an unsigned row
    sig: bytes | None = None


def row_hash(prev_hash: str, id: int, at: str, user_id: int | None, action: str, target_type: str,
             target_id: str, outcome: str, detail: str, signer: int | None = None) -> str:
    fields = [prev_hash, str(id), at, "" if user_id is None else str(user_id), action, target_type,
              target_id, outcome, detail]
    if signer is not None:
        fields.append(str(signer))
    # Unit separator between fields: a field can never shift its content into its neighbour.
    payload = "\x1f".join(f.replace("\x1f", " ") for f in fields).encode("utf-8")
    return hashlib.sha256(payload).hexdigest()


def first_broken(records, prev: str = GENESIS) -> AuditRecord | None:
    """Return the first record whose link or content does not match, or None when the chain is whole.

    ``prev``: the hash of the row before the first record (to go on from a row verified earlier)."""
    for rec in records:
        expected = row_hash(prev, rec.id, rec.at, rec.user_id, rec.action, rec.target_type,
                            rec.target_id, rec.outcome, rec.detail, rec.signer)
        if rec.prev_hash != prev or rec.hash != expected:
            return rec
        prev = rec.hash
    return None
