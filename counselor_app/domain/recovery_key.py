"""The office recovery key: 128 random bits written as 8 groups of 6 digits.

As in BitLocker's recovery password, each group is a 16-bit value times 11, so a
mistyped group is recognised at once (and named) instead of failing as a wrong key.
"""
from __future__ import annotations

import secrets

from counselor_app.domain.errors import QT_TRANSLATE_NOOP, ValidationError

GROUPS = 8
GROUP_DIGITS = 6
KEY_BYTES = 2 * GROUPS  # 128 bits

BAD_FORMAT = QT_TRANSLATE_NOOP(
    "Errors", "A recovery key has 8 groups of 6 digits, like 123456-234567-… ; this one has {digits} digits."
)
BAD_GROUP = QT_TRANSLATE_NOOP("Errors", "Group {group} of the recovery key is mistyped.")


class MalformedRecoveryKey(ValidationError):
    message = BAD_FORMAT


def new_recovery_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def format_recovery_key(key: bytes) -> str:
    if len(key) != KEY_BYTES:
        raise ValueError("recovery key must be 16 bytes")
    groups = [int.from_bytes(key[i : i + 2], "big") * 11 for i in range(0, KEY_BYTES, 2)]
    return "-".join(f"{g:06d}" for g in groups)


_FULLWIDTH = str.maketrans("０１２３４５６７８９－", "0123456789-")


def parse_recovery_key(text: str) -> bytes:
    """Accept the key with any separators or spaces (also full-width digits)."""
    digits = "".join(ch for ch in text.translate(_FULLWIDTH) if ch.isdigit() and ch.isascii())
    if len(digits) != GROUPS * GROUP_DIGITS:
        raise MalformedRecoveryKey(BAD_FORMAT, digits=len(digits))
    out = bytearray()
    for i in range(GROUPS):
        value = int(digits[i * GROUP_DIGITS : (i + 1) * GROUP_DIGITS])
        if value % 11 or value // 11 > 0xFFFF:
            raise MalformedRecoveryKey(BAD_GROUP, group=i + 1)
        out += (value // 11).to_bytes(2, "big")
    return bytes(out)
