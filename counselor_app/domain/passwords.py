"""The password policy for logins to the office."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

from counselor_app.domain.errors import QT_TRANSLATE_NOOP, ValidationError

MIN_LENGTH = 10


class WeakPassword(ValidationError):
    message = QT_TRANSLATE_NOOP("Errors", "The password is too weak.")


TOO_SHORT = QT_TRANSLATE_NOOP("Errors", "The password must have at least {min} characters.")
TOO_COMMON = QT_TRANSLATE_NOOP("Errors", "This password is one of the most common passwords. Choose another.")
SAME_AS_LOGIN = QT_TRANSLATE_NOOP("Errors", "The password must not contain the login name.")
ONE_CHARACTER = QT_TRANSLATE_NOOP("Errors", "The password must not repeat a single character.")
HAS_NEWLINE = QT_TRANSLATE_NOOP("Errors", "The password must not contain line breaks.")


@lru_cache(maxsize=1)
def common_passwords() -> frozenset[str]:
    text = resources.files("counselor_app.domain").joinpath("data/common_passwords.txt").read_text("utf-8")
    return frozenset(
        line.strip().lower() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


def check_password(password: str, login: str = "") -> None:
    """Raise WeakPassword with the first reason the password is refused."""
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
