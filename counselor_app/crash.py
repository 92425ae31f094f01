"""Crash reports without personal data: a reference code for the user, a log of where the program failed.

An unexpected exception (a fault in the program, not a user error) is written to the log folder as one small file,
``crash-YYYYMMDD-HHMMSS-CODE.txt``: the reference code the user is shown, the program's version, the exception's
type name and, for each frame, the file (relative to the installation, never a user's folder), the line number and
the function. Nothing else: no exception message, no source line, no value — any of them may hold a student's
name, a phone number or a password. The same code is shown to the user, who passes it on with the file.

The log folder is never the office's data folder (logs are not encrypted and not backed up):
Linux ``~/.local/state/CounselorOfficeDesk/log``, Windows ``%LOCALAPPDATA%\\CounselorOfficeDesk-Logs``, macOS
``~/Library/Logs/CounselorOfficeDesk``; ``COUNSELOR_LOG_DIR`` chooses another (the tests do).

This module imports no Qt at its top: the command line reports through it too.
"""
from __future__ import annotations

import datetime
import faulthandler
import logging
import os
import platform
import secrets
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

LOG_DIR_ENV = "COUNSELOR_LOG_DIR"
APP_DIR = "CounselorOfficeDesk"
UNEXPECTED_EXIT = 70           # the command line's exit code for an unexpected error (EX_SOFTWARE)
KEEP_REPORTS = 50              # older crash reports are removed
_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"   # no 0/O, 1/I/L: read out over the phone
_native_log = None             # the open file faulthandler writes a native crash to


def log_dir() -> Path:
    """Where logs and crash reports go: $COUNSELOR_LOG_DIR, else the platform's log folder (outside the data)."""
    explicit = os.environ.get(LOG_DIR_ENV)
    if explicit:
        return Path(explicit).expanduser()
    if sys.platform.startswith("win"):
        # platformdirs puts Windows logs inside the app's data folder (…\CounselorOfficeDesk\Logs): a sibling instead
        from platformdirs import user_data_dir

        return Path(user_data_dir(APP_DIR, appauthor=False, roaming=False)).with_name(APP_DIR + "-Logs")
    from platformdirs import user_log_dir

    return Path(user_log_dir(APP_DIR, appauthor=False))


def new_code() -> str:
    """A short random reference code such as ``K7M2-QX4P``."""
    chars = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(8))
    return f"{chars[:4]}-{chars[4:]}"


def _private_dir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(path, 0o700)
    return path


def _roots() -> list[str]:
    """Folders whose files are named relative to them: the bundle, the package's parent, site-packages, stdlib."""
    import counselor_app

    roots = [getattr(sys, "_MEIPASS", ""), str(Path(counselor_app.__file__).resolve().parents[1])]
    roots += [p for p in sys.path if p.endswith(("site-packages", "dist-packages"))]
    roots += [str(Path(os.__file__).resolve().parent)]
    return sorted({os.path.normcase(os.path.abspath(r)) for r in roots if r}, key=len, reverse=True)


def safe_file_name(file_name: str) -> str:
    """A frame's file relative to the installation (``counselor_app/ui/app.py``), or its base name: a user's home
    folder (which names the user) never appears."""
    if file_name.startswith("<"):
        return file_name   # <frozen importlib._bootstrap>, <string>
    if not os.path.isabs(file_name):
        return file_name.replace("\\", "/")   # a frozen build's modules: already relative to the bundle
    full = os.path.normcase(os.path.abspath(file_name))
    for root in _roots():
        if full.startswith(root + os.sep):
            return full[len(root) + 1:].replace(os.sep, "/")
    return os.path.basename(file_name)


def _type_name(error: BaseException) -> str:
    kind = type(error)
    return kind.__qualname__ if kind.__module__ == "builtins" else f"{kind.__module__}.{kind.__qualname__}"


def frames(tb: TracebackType | None) -> list[str]:
    """``file:line in function`` for each frame of a traceback, nothing else (no source text, no values)."""
    return [f"  {safe_file_name(f.filename)}:{f.lineno} in {f.name}" for f in traceback.extract_tb(tb)]


def report_text(error: BaseException, code: str, where: str) -> str:
    from counselor_app import __version__

    lines = ["Counseling Office Desk crash report", f"reference: {code}",
             f"time: {datetime.datetime.now().isoformat(timespec='seconds')}",
             f"version: {__version__} ({'frozen' if getattr(sys, 'frozen', False) else 'source'})",
             f"python: {platform.python_version()}", f"system: {sys.platform} {platform.release()}",
             f"where: {where}",
             "The exception's message and the values are not written: they may hold personal data."]
    if isinstance(error, QtMessage):
        lines.append(f"qt: {error}")   # written by us from Qt's context: kind, category, source file, line
    seen: set[int] = set()
    current: BaseException | None = error
    heading = "exception"
    while current is not None and id(current) not in seen and len(seen) < 5:
        seen.add(id(current))
        lines += [f"{heading}: {_type_name(current)}", *frames(current.__traceback__)]
        if current.__cause__ is not None:
            current, heading = current.__cause__, "caused by"
        elif current.__context__ is not None and not current.__suppress_context__:
            current, heading = current.__context__, "while handling"
        else:
            current = None
    return "\n".join(lines) + "\n"


def report(error: BaseException, where: str = "") -> str:
    """Write a crash report for ``error``; returns its reference code. Never raises (it runs on the way down)."""
    code = new_code()
    try:
        folder = _private_dir(log_dir())
        stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
        path = folder / f"crash-{stamp}-{code}.txt"
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(report_text(error, code, where))
        _prune(folder)
    except Exception:  # noqa: BLE001 - a report that cannot be written must not hide the first fault
        pass
    return code


def _prune(folder: Path) -> None:
    reports = sorted(folder.glob("crash-*.txt"))
    for old in reports[:-KEEP_REPORTS]:
        old.unlink(missing_ok=True)


def setup_logging(level: int = logging.WARNING) -> None:
    """The application's log (``app.log``, rotated) in the log folder; and a native crash (a fault in Qt or another
    library) written there by faulthandler: file names, line numbers and functions only."""
    global _native_log
    try:
        folder = _private_dir(log_dir())
        root = logging.getLogger("counselor_app")
        if not any(isinstance(h, RotatingFileHandler) for h in root.handlers):
            handler = RotatingFileHandler(folder / "app.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8")
            handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
            root.addHandler(handler)
            root.setLevel(level)
        if _native_log is None:
            _native_log = open(folder / "native-crash.log", "a", encoding="utf-8")  # noqa: SIM115 - kept open
            faulthandler.enable(_native_log, all_threads=True)
    except OSError:
        pass


def install_thread_hook() -> None:
    """An exception that ends a thread other than the worker (whose errors reach the window) is reported too."""
    import threading

    def hook(args) -> None:
        if args.exc_value is not None and not isinstance(args.exc_value, SystemExit):
            report(args.exc_value, "thread")

    threading.excepthook = hook


def install_qt_message_handler() -> None:
    """Qt's critical and fatal messages are reported as where they came from (category, file, line, function),
    never their text; other messages go to standard error as Qt would print them."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    def handler(kind, context, message) -> None:
        if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
            error = QtMessage(f"{kind.name} {context.category or ''} {context.file or ''}:{context.line} "
                              f"{context.function or ''}".strip())
            report(error, "qt")
        if sys.stderr is not None:
            try:
                print(message, file=sys.stderr)
            except (OSError, ValueError):
                pass

    qInstallMessageHandler(handler)


class QtMessage(Exception):
    """A critical or fatal message of Qt; its type name is all a report shows of it."""
