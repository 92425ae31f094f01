"""Errors a user can cause, with messages that the UI and the command line translate.

Services raise these; the message is an English source string with ``{name}``
placeholders, marked with ``QT_TRANSLATE_NOOP`` so that Qt's lupdate collects it.
The caller translates ``(context, source)`` with Qt and then fills the placeholders.
No message ever carries a student's name or other personal data.
"""
from __future__ import annotations

CONTEXT = "Errors"


class Text(str):
    """An English source string that knows its translation context."""

    context: str = CONTEXT

    def __new__(cls, text: str, context: str = CONTEXT) -> "Text":
        obj = super().__new__(cls, text)
        obj.context = context
        return obj


def QT_TRANSLATE_NOOP(context: str, text: str) -> Text:  # noqa: N802 - Qt's name, recognised by lupdate
    """Mark ``text`` for translation in ``context`` without translating it here.

    The result is a :class:`Text`; translators translate a Text parameter of a message too.
    """
    return Text(text, context)


class UserError(Exception):
    """A failure the user can understand and act on. Never shown with a traceback."""

    message = QT_TRANSLATE_NOOP("Errors", "The operation failed.")
    exit_code = 1

    def __init__(self, message: Text | None = None, **params: object) -> None:
        self.source: Text = message or type(self).message
        self.params = params
        super().__init__(self.english())

    def english(self) -> str:
        return fill(self.source, self.params, lambda text: text)


def fill(source: str, params: dict, translate) -> str:
    """Format ``source`` with ``params``; a :class:`Text` parameter is translated and filled first."""
    plain = {k: v for k, v in params.items() if not isinstance(v, Text)}
    values = dict(plain)
    for k, v in params.items():
        if isinstance(v, Text):
            values[k] = translate(v).format(**plain)
    return translate(source).format(**values)


class NoOffice(UserError):
    message = QT_TRANSLATE_NOOP("Errors", "No office exists in this data folder.")
    exit_code = 3


class OfficeExists(UserError):
    message = QT_TRANSLATE_NOOP("Errors", "An office already exists in this data folder.")


class WrongCredentials(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "Wrong login or password. After {remaining} more wrong attempt(s) this login is locked for 15 minutes."
    )
    exit_code = 4


class WrongRecoveryKey(UserError):
    message = QT_TRANSLATE_NOOP("Errors", "The recovery key is not correct.")
    exit_code = 4


class LoginLocked(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "This login is locked after too many wrong passwords, until {until} ({minutes} minute(s) from now). "
        "The office head can lift the lock earlier under Users."
    )
    exit_code = 5


class AccountInactive(UserError):
    message = QT_TRANSLATE_NOOP("Errors", "This account has been deactivated. Ask the office head.")
    exit_code = 4


class OfficeDamaged(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "The office data is damaged ({what}). Nothing was changed. Restore a backup."
    )
    exit_code = 6


class PermissionDenied(UserError):
    message = QT_TRANSLATE_NOOP("Errors", "Your role does not allow this: {permission}.")
    exit_code = 7


class ValidationError(UserError):
    message = QT_TRANSLATE_NOOP("Errors", "The input is not valid.")
    exit_code = 2


class StorageError(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "Could not write to the disk ({reason}). The previous data is intact."
    )
    exit_code = 8


class BackupInvalid(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "This backup cannot be used ({reason}). Nothing was replaced."
    )
    exit_code = 6


class NewerSchema(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "This office was saved by a newer version of the application (schema {found}, this version knows {known}). "
        "Install the newer version.",
    )
    exit_code = 6


class Cancelled(UserError):
    message = QT_TRANSLATE_NOOP("Errors", "The operation was cancelled. Nothing was changed.")
    exit_code = 130


class OfficeInUse(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "The office is open in another window or program on this computer. Close it there first.")
    exit_code = 10


class RecoveryLocked(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "The recovery key was entered wrongly too many times. Try again at {until} "
        "(in {minutes} minute(s)).")
    exit_code = 5


class ClinicalKeyMissing(UserError):
    """A sealed (clinical) field was asked for by a user whose key slot does not hold the clinical key."""
    message = QT_TRANSLATE_NOOP(
        "Errors", "This is confidential clinical information: only the office head and counselors can open it.")
    exit_code = 7   # as PermissionDenied


class SealedFieldDamaged(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "A confidential record cannot be decrypted ({what}). Nothing was changed. Restore a backup.")
    exit_code = 6


class KeyChangeUnfinished(UserError):
    """A re-key was interrupted and this account's key cannot finish it (services/rekey.settle)."""
    message = QT_TRANSLATE_NOOP(
        "Errors", "A change of the office's keys was interrupted and cannot be finished with this account. Ask the "
        "office head or a colleague to log in once: that finishes it.")
    exit_code = 6


class RoleNotAuthentic(UserError):
    """The account's role (or its binding to the key slot) is not what an office head signed (services/signing.py)."""
    message = QT_TRANSLATE_NOOP(
        "Errors", "This account's role cannot be confirmed: {reason}. The login was refused and recorded in the "
        "audit trail. Ask the office head to check the accounts (Verify chain on the Audit trail page).")
    exit_code = 7


class Problem(str):
    """A finding of ``verify``: English text (the str value) that also knows its source and parameters, so that
    the command line and the window show it in the user's language."""

    def __new__(cls, source: Text, **params: object) -> "Problem":
        obj = super().__new__(cls, _render(source, params, lambda text: text))
        obj.source, obj.params = source, params
        return obj

    def render(self, translate) -> str:
        """The text in the language of ``translate`` (a Problem among the parameters too)."""
        return _render(self.source, self.params, translate)


def _render(source: Text, params: dict, translate) -> str:
    return fill(source, {k: v.render(translate) if isinstance(v, Problem) else v for k, v in params.items()},
                translate)
