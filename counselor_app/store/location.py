"""Where an office lives: one data folder holding the database, the key slots and the login guard."""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from counselor_app.domain.errors import QT_TRANSLATE_NOOP, ValidationError

DATA_DIR_ENV = "COUNSELOR_DATA_DIR"
# Written by the Windows installer beside the program when the office chose its own data folder
# (installer/counselor_app.iss): one line, the folder's full path, UTF-8 (with or without a byte-order mark).
INSTALLED_POINTER = "data-dir.txt"
BAD_POINTER = QT_TRANSLATE_NOOP(
    "Errors", "The file {file} beside the program should name the office's data folder as a full path, but it does "
              "not. Run the installer again and choose the data folder, or start the program with --data-dir.")


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("CounselorOfficeDesk", appauthor=False, roaming=False))


def installed_data_dir(program_dir: Path | None = None) -> Path | None:
    """The data folder the office chose when installing (the pointer file beside the frozen program), if any.

    A pointer that is there but unreadable or not a full path is an error, never a silent fallback: falling back to
    the default folder would show an empty office beside the real one, and invite setting up a second office.
    """
    if program_dir is None:
        if not getattr(sys, "frozen", False):
            return None
        program_dir = Path(sys.executable).resolve().parent
    pointer = program_dir / INSTALLED_POINTER
    try:
        text = pointer.read_text("utf-8-sig")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError):
        raise ValidationError(BAD_POINTER, file=INSTALLED_POINTER) from None
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    folder = Path(lines[0]) if lines else None
    if folder is None or not folder.is_absolute():
        raise ValidationError(BAD_POINTER, file=INSTALLED_POINTER)
    return folder


def resolve_data_dir(explicit: str | os.PathLike | None = None) -> Path:
    """``--data-dir`` first, then $COUNSELOR_DATA_DIR, then the folder chosen at installation (Windows installer),
    then the platform's user data folder."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser()
    return installed_data_dir() or default_data_dir()


@dataclass(frozen=True)
class OfficePaths:
    data_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / "office.db"

    @property
    def keyslots(self) -> Path:
        return self.data_dir / "keyslots.json"

    @property
    def login_guard(self) -> Path:
        return self.data_dir / "login-guard.json"

    @property
    def default_backups(self) -> Path:
        return self.data_dir / "backups"

    @property
    def office_lock(self) -> Path:
        return self.data_dir / "office"   # the lock file is office.lock

    def database_side_files(self) -> list[Path]:
        return [self.data_dir / "office.db-wal", self.data_dir / "office.db-shm"]

    def exists(self) -> bool:
        return self.database.is_file() or self.keyslots.is_file()
