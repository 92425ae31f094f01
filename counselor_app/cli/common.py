"""What every command shares: secrets from standard input, the data folder, logging in, role names."""
from __future__ import annotations

import getpass
import sys
from pathlib import Path

from counselor_app.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from counselor_app.domain.roles import Role
from counselor_app.translation import translate, translate_text

NO_INPUT = QT_TRANSLATE_NOOP("Errors", "Not enough lines on standard input: this command reads {count}.")
NOT_UTF8 = QT_TRANSLATE_NOOP("Errors", "Standard input is not UTF-8 text.")
MISMATCH = QT_TRANSLATE_NOOP("Errors", "The two entries differ.")


class Input:
    """Secrets from standard input (``--password-stdin``) or, at a terminal, from a hidden prompt."""

    def __init__(self, use_stdin: bool) -> None:
        self.use_stdin = use_stdin or not sys.stdin.isatty()
        self.expected = 1
        self._lines: list[str] | None = None

    def expect(self, count: int) -> "Input":
        self.expected = count
        return self

    def line(self, prompt: str) -> str:
        if self.use_stdin:
            if self._lines is None:
                try:
                    # utf-8-sig: Notepad and PowerShell put a byte-order mark in front of the first line.
                    text = sys.stdin.buffer.read().decode("utf-8-sig")
                except UnicodeDecodeError:
                    raise ValidationError(NOT_UTF8) from None
                self._lines = text.splitlines()
            if not self._lines:
                raise ValidationError(NO_INPUT, count=self.expected)
            return self._lines.pop(0)
        return getpass.getpass(prompt + " ")

    def yes(self, question: str) -> bool:
        """A yes/no question at the terminal (never asked with --password-stdin: options say it there)."""
        answer = input(question + " ").strip().lower()
        return answer in ("y", "yes", translate("Cli", "y"), translate("Cli", "yes"))

    def new_password(self, prompt: str) -> str:
        """A new password; at a terminal it is asked twice, so a typo cannot lock anyone out."""
        first = self.line(prompt)
        if not self.use_stdin and self.line(translate("Cli", "Repeat it:")) != first:
            raise ValidationError(MISMATCH)
        return first


def data_dir(args) -> Path:
    from counselor_app.store.location import resolve_data_dir

    return resolve_data_dir(getattr(args, "data_dir", None))


def kdf():
    from counselor_app.store import crypto

    return crypto.default_kdf()


def login(args, inp: Input):
    """The session of ``--login`` with the password from the input (a context manager that closes it)."""
    from counselor_app.services.office import login as open_session

    session = open_session(data_dir(args), args.login, inp.line(translate("Cli", "Password:")), kdf=kdf())
    if session.user.must_change_password:
        print(translate("Cli", "Note: your password was given to you by the office head. Set your own with "
                               "\"counselor-app passwd\"."), file=sys.stderr)
    return session


def role_label(role: Role) -> str:
    return translate_text(role.label)


def print_recovery_key(key: str) -> None:
    print()
    print(translate("Cli", "RECOVERY KEY (shown only this once):"))
    print(f"    {key}")
    print(translate("Cli", "Write it down or print it, seal it in an envelope and keep it in the office safe. "
              "It unlocks the office when every password is forgotten; anyone who holds it can read the records."))
