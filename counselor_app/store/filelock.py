"""An exclusive lock on a small file beside the one being changed, across processes (POSIX and Windows).

Used around every read-modify-write of the key-slot file and the login guard, so that two copies of the
app (or the GUI and the command line) never overwrite each other's changes.

Something else standing where a lock file belongs (a folder, a link, a pipe — made by mistake or on purpose, e.g.
to stop wrong passwords from being counted) is moved aside and a lock file made in its place; a link is never
followed.
"""
from __future__ import annotations

import contextlib
import os
import secrets
import stat
import time
from pathlib import Path
from typing import Iterator

from counselor_app.domain.errors import StorageError
from counselor_app.store.files import os_reason

TIMEOUT_S = 30.0
_FLAGS = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)


def _open_once(lock_path: Path) -> int | None:
    """A descriptor of the regular lock file, or None when something else is in its place."""
    try:
        fd = os.open(lock_path, _FLAGS, 0o600)
    except OSError as exc:
        odd = os.path.islink(lock_path) or (os.path.lexists(lock_path) and not os.path.isfile(lock_path))
        if odd:
            return None
        raise StorageError(reason=os_reason(exc)) from None
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        return None
    return fd


def open_lock_file(lock_path: Path) -> int:
    """Open (creating it) the lock file ``lock_path``; whatever else stands there is renamed aside first."""
    fd = _open_once(lock_path)
    if fd is None:
        aside = lock_path.with_name(f".{lock_path.name}.{secrets.token_hex(4)}.moved")
        try:
            os.replace(lock_path, aside)
        except OSError as exc:
            raise StorageError(reason=os_reason(exc)) from None
        fd = _open_once(lock_path)
        if fd is None:
            raise StorageError(reason="lock file")
    return fd


@contextlib.contextmanager
def locked(path: Path) -> Iterator[None]:
    fd = open_lock_file(Path(str(path) + ".lock"))
    try:
        _acquire(fd)
        try:
            yield
        finally:
            _release(fd)
    finally:
        os.close(fd)


if os.name == "nt":  # pragma: no cover - exercised on Windows
    import msvcrt

    def _acquire(fd: int) -> None:
        deadline = time.monotonic() + TIMEOUT_S
        while True:
            try:
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
                return
            except OSError:
                if time.monotonic() > deadline:
                    raise StorageError(reason="lock timeout") from None
                time.sleep(0.05)

    def _release(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _acquire(fd: int) -> None:
        deadline = time.monotonic() + TIMEOUT_S
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise StorageError(reason="lock timeout") from None
                time.sleep(0.05)

    def _release(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class HeldLock:
    """An exclusive lock held for a while (an open office), taken without waiting."""

    def __init__(self, path: Path) -> None:
        self.path = Path(str(path) + ".lock")
        self._fd: int | None = None

    def try_acquire(self) -> bool:
        fd = open_lock_file(self.path)
        try:
            _try(fd)
        except OSError:
            os.close(fd)
            return False
        self._fd = fd
        return True

    def release(self) -> None:
        if self._fd is not None:
            try:
                _release(self._fd)
            finally:
                os.close(self._fd)
                self._fd = None


if os.name == "nt":  # pragma: no cover - exercised on Windows
    def _try(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
else:
    def _try(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
