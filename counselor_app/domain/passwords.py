"""The password policy for logins to the office.

Every password: at least 10 characters, not one of the most common passwords, not containing the login, not one
character repeated. A head's or counselor's password opens the counseling records (their slot holds the clinical
key), and every backup holds its slot, where it can be guessed offline (Argon2id makes each guess cost 64 MiB and
a fraction of a second, not more): theirs must also have at least 12 characters, not be digits only (a phone
number, a date), not be a common password with a few characters around it, not be a sequence, a keyboard row or a
short part repeated, and use at least 5 different characters.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

from counselor_app.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from counselor_app.domain.roles import Role, holds_clinical_key

MIN_LENGTH = 10
MIN_LENGTH_CLINICAL = 12
MIN_DIFFERENT = 5


class WeakPassword(ValidationError):
    message = QT_TRANSLATE_NOOP("Errors", "The password is too weak.")


TOO_SHORT = QT_TRANSLATE_NOOP("Errors", "The password must have at least {min} characters.")
TOO_COMMON = QT_TRANSLATE_NOOP("Errors", "This password is one of the most common passwords. Choose another.")
SAME_AS_LOGIN = QT_TRANSLATE_NOOP("Errors", "The password must not contain the login name.")
ONE_CHARACTER = QT_TRANSLATE_NOOP("Errors", "The password must not repeat a single character.")
HAS_NEWLINE = QT_TRANSLATE_NOOP("Errors", "The password must not contain line breaks.")
CLINICAL_TOO_SHORT = QT_TRANSLATE_NOOP(
    "Errors", "The password of an office head or counselor opens the counseling records: it needs at least {min} "
              "characters.")
ONLY_DIGITS = QT_TRANSLATE_NOOP(
    "Errors", "A password of digits only (like a phone number or a date) is guessed quickly: add letters or words.")
COMMON_BASE = QT_TRANSLATE_NOOP(
    "Errors", "This is a common password with a few characters added: choose another.")
PATTERN = QT_TRANSLATE_NOOP(
    "Errors", "This password is a sequence, a keyboard row or a short part repeated: choose one that is harder to "
              "guess, for example a few unrelated words.")
FEW_CHARACTERS = QT_TRANSLATE_NOOP(
    "Errors", "This password uses too few different characters: choose one that is harder to guess.")

# Words at the heart of the most common passwords (with digits or symbols around them).
COMMON_WORDS = frozenset({
    "password", "passw0rd", "p@ssw0rd", "admin", "administrator", "root", "qwerty", "qwertyuiop", "asdfghjkl",
    "zxcvbnm", "iloveyou", "woaini", "welcome", "letmein", "monkey", "dragon", "sunshine", "princess", "football",
    "teacher", "school", "xuexiao", "xinli", "counselor", "abc", "abcd", "qwer", "asdf", "zxcv", "qaz", "wsx",
    "china", "beijing", "shanghai", "123", "1234",
})
# Rows and runs a password is often cut from (forwards; backwards is checked too).
SEQUENCES = ("abcdefghijklmnopqrstuvwxyz", "01234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm",
             "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p", "qazwsxedcrfvtgbyhnujmikolp", "1q2w3e4r5t6y7u8i9o0p",
             "zaq1xsw2cde3vfr4bgt5nhy6mju7")


@lru_cache(maxsize=1)
def common_passwords() -> frozenset[str]:
    text = resources.files("counselor_app.domain").joinpath("data/common_passwords.txt").read_text("utf-8")
    return frozenset(
        line.strip().lower() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


def check_password(password: str, login: str = "", *, role: Role | None = None) -> None:
    """Raise WeakPassword with the first reason the password is refused; ``role``: the account's, when known (a
    head's or counselor's password must be stronger, see the module's text)."""
    if "\n" in password or "\r" in password:
        raise WeakPassword(HAS_NEWLINE)
    if len(password) < MIN_LENGTH:
        raise WeakPassword(TOO_SHORT, min=MIN_LENGTH)
    if len(set(password)) == 1:
        raise WeakPassword(ONE_CHARACTER)
    if password.lower() in common_passwords():
        raise WeakPassword(TOO_COMMON)
    if login and len(login) >= 3 and login.lower() in password.lower():
        raise WeakPassword(SAME_AS_LOGIN)
    if role is not None and holds_clinical_key(role):
        check_clinical_password(password)


def _core(password: str) -> str:
    """The password without the digits and symbols people put around a word."""
    return password.lower().strip("0123456789!@#$%^&*()_+-=.,;:?/~`'\"[]{}<> ")


def _is_pattern(password: str) -> bool:
    text = "".join(ch for ch in password.lower() if ch.isalnum())
    if len(text) < 4:
        return True
    for unit in range(1, 5):   # a short part repeated: abcabcabc, 121212
        if len(text) % unit == 0 and text == text[:unit] * (len(text) // unit):
            return True
    return any(text in seq or text in seq[::-1] for seq in SEQUENCES)


def check_clinical_password(password: str) -> None:
    """The stronger rule for heads and counselors (after the general one)."""
    if len(password) < MIN_LENGTH_CLINICAL:
        raise WeakPassword(CLINICAL_TOO_SHORT, min=MIN_LENGTH_CLINICAL)
    if not any(ch.isalpha() for ch in password):
        raise WeakPassword(ONLY_DIGITS)
    core = _core(password)
    if core in COMMON_WORDS or core in common_passwords() or (len(core) < 6 and core.isascii()):
        raise WeakPassword(COMMON_BASE)
    if _is_pattern(password):
        raise WeakPassword(PATTERN)
    if len(set(password.lower())) < MIN_DIFFERENT:
        raise WeakPassword(FEW_CHARACTERS)
