"""Where an office lives: one data folder holding the database, the key slots and the login guard."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DATA_DIR_ENV = "COUNSELOR_DATA_DIR"


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("CounselorOfficeDesk", appauthor=False, roaming=False))


def resolve_data_dir(explicit: str | os.PathLike | None = None) -> Path:
    """``--data-dir`` first, then $COUNSELOR_DATA_DIR, then the platform's user data folder."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser()
    return default_data_dir()


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
