"""``main``: read the command line, run the command it names, or open the window when it names none.

Whether the window opens is decided from the parsed command line (:func:`parser.probe`), before any Qt application
exists: the window needs a QApplication, a command a QCoreApplication that carries the translators.
"""
from __future__ import annotations

import logging
import os
import sys
from typing import Sequence

from counselor_app import crash, running, translation
from counselor_app.cli import parser as cli_parser, registry
from counselor_app.cli.common import Input, data_dir
from counselor_app.domain.errors import QT_TRANSLATE_NOOP, UserError, ValidationError
from counselor_app.translation import translate

BAD_ARGUMENTS = QT_TRANSLATE_NOOP("Errors", "The command line is not right ({detail}). See --help.")
NO_DISPLAY = QT_TRANSLATE_NOOP(
    "Errors", "No graphical display is available here, so the window cannot open. The commands work without one "
              "(see --help).")
log = logging.getLogger("counselor_app")


def cmd_gui(args, inp: Input) -> int:
    if (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
            and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))):
        raise ValidationError(NO_DISPLAY)
    from counselor_app.ui.app import run_gui

    return run_gui(data_dir(args), getattr(args, "lang", None))


def _pre_option(argv: Sequence[str], name: str) -> str | None:
    """The value of ``--name VALUE`` or ``--name=VALUE`` before the command line is parsed."""
    for i, a in enumerate(argv):
        if a == name and i + 1 < len(argv):
            return argv[i + 1]
        if a.startswith(name + "="):
            return a.split("=", 1)[1]
    return None


def _language(argv: Sequence[str]) -> str:
    """--lang; else the language chosen in the application for this data folder (its ui.ini, as the window
    opens in it); else the environment's (Chinese unless the locale asks for English)."""
    lang = _pre_option(argv, "--lang")
    if not lang:
        try:
            from PySide6.QtCore import QSettings

            from counselor_app.store.location import resolve_data_dir

            ini = resolve_data_dir(_pre_option(argv, "--data-dir")) / "ui.ini"
            if ini.is_file():
                lang = QSettings(str(ini), QSettings.Format.IniFormat).value("language") or None
        except (OSError, ValueError, UserError):   # a bad data folder is reported by the command itself
            lang = None
    return translation.normalize_language(lang if isinstance(lang, str) else None)


_message_app = None   # the QCoreApplication that carries the translators when the window does not open


def _load_translations(argv: Sequence[str]) -> None:
    """Make sure messages can be translated: the window leaves it to the QApplication it starts, so a command, or
    a message printed instead of the window (a wrong option, no display), starts a QCoreApplication here."""
    global _message_app
    from PySide6.QtCore import QCoreApplication

    if QCoreApplication.instance() is not None:
        return
    _message_app = QCoreApplication([sys.argv[0] if sys.argv else "counselor-app"])
    translation.install(_language(argv))


def _error(err: UserError) -> None:
    print(translate("Cli", "Error: {message}").format(message=translation.error_text(err)), file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if os.name == "posix":
        os.umask(0o077)  # every file the app writes is private, whatever library writes it
    running.announce()   # the Windows installer and uninstaller wait until the program is closed
    from PySide6.QtCore import QCoreApplication

    if QCoreApplication.instance() is not None:   # run inside a Qt application (tests): its translators
        translation.install(_language(argv))
        args = None
    else:
        args = cli_parser.probe(argv)
    if args is None or args.command is not None:   # a command, or help, the version, an error to print
        _load_translations(argv)
        if args is None:
            try:
                args = cli_parser.parse(argv)
            except cli_parser.BadArguments as exc:
                _error(ValidationError(BAD_ARGUMENTS, detail=str(exc)))
                return 2
    run = registry.get(args.command).run if args.command else cmd_gui
    inp = Input(getattr(args, "password_stdin", False) or getattr(args, "recovery_key_stdin", False))
    try:
        return run(args, inp)
    except UserError as err:
        _load_translations(argv)   # e.g. "no display" on the way to the window, which would have loaded them
        _error(err)
        return err.exit_code
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # an unexpected fault: a report without personal data, no traceback for the user
        code = crash.report(exc, "cli")
        print(translate("Cli", "Unexpected error ({kind}, reference {code}). Nothing was changed that had not been "
                               "confirmed. A report without personal data was written to {folder}; please give the "
                               "reference to whoever looks after the program.").format(
            kind=type(exc).__name__, code=code, folder=crash.log_dir()), file=sys.stderr)
        return crash.UNEXPECTED_EXIT
