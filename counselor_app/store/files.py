"""Atomic, private file writes: the one way the app writes a file.

A temp file in the same folder is written, fsynced and then renamed over the target,
so a full disk, an I/O error or a killed process leaves the previous file intact.
Files are created readable by their owner only.
"""
from __future__ import annotations

import errno
import os
import secrets
from pathlib import Path

from counselor_app.domain.errors import StorageError


def os_reason(exc: OSError) -> str:
    """A short, non-personal description of an OS error (no paths)."""
    if exc.errno is not None:
        name = errno.errorcode.get(exc.errno, str(exc.errno))
        return f"{name}: {os.strerror(exc.errno)}"
    return type(exc).__name__


def fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def make_private_dir(path: Path) -> None:
    try:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(reason=os_reason(exc)) from None


def write_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data``, all or nothing. Raises StorageError on any OS failure."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except OSError as exc:
        try:
            tmp.unlink()
        except OSError:
            pass
        raise StorageError(reason=os_reason(exc)) from None


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
