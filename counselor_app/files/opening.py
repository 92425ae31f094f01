"""Reading the bytes of a file a user chose, safely: only a regular file, never more than a limit.

The file is opened first and looked at second (fstat on the open descriptor), so what is checked is what is read,
even when the name is a link or is swapped meanwhile. ``O_NONBLOCK`` makes opening a FIFO return at once instead of
waiting for a writer; a FIFO, a device (a link to /dev/zero), a folder or a socket is then refused without a byte
read. A regular file is read up to the limit and no further, even when it grows while it is read.
"""
from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from counselor_app.files import limits
from counselor_app.files.errors import FileLocked, FileMissing, FileTooLarge, FileUnreadable, NotAFile

_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
_NOT_A_FILE = {errno.ENXIO, errno.ENODEV, getattr(errno, "EOPNOTSUPP", -1)}   # a socket, a device without driver


def read_file_bytes(path: str | Path) -> bytes:
    """The bytes of the regular file at ``path``; a clear :class:`RosterFileError` for anything else."""
    fd = _open(Path(path))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotAFile()
        limit = limits.MAX_FILE_BYTES
        if info.st_size > limit:
            raise FileTooLarge(limit=limit // limits.MB)
        data = _read_up_to(fd, info.st_size, limit)
    except OSError as exc:  # strerror only: str(exc) would carry the file name
        raise FileUnreadable(reason=exc.strerror or type(exc).__name__) from None
    finally:
        os.close(fd)
    if len(data) > limit:
        raise FileTooLarge(limit=limit // limits.MB)
    return data


def _open(path: Path) -> int:
    try:
        return os.open(path, _FLAGS)
    except FileNotFoundError:
        raise FileMissing() from None
    except IsADirectoryError:
        raise NotAFile() from None
    except PermissionError:
        if path.is_dir():   # Windows refuses to open a folder with "access denied"
            raise NotAFile() from None
        raise FileLocked() from None
    except OSError as exc:
        if exc.errno in _NOT_A_FILE:
            raise NotAFile() from None
        raise FileUnreadable(reason=exc.strerror or type(exc).__name__) from None


def _read_up_to(fd: int, size: int, limit: int) -> bytes:
    """At most ``limit + 1`` bytes (one more than allowed tells that the file is too large)."""
    parts = [os.read(fd, min(size, limit) + 1)]
    total = len(parts[0])
    while total <= limit:   # a short read, or a file that grew after fstat
        more = os.read(fd, min(limit + 1 - total, 4 * limits.MB))
        if not more:
            break
        parts.append(more)
        total += len(more)
    return parts[0] if len(parts) == 1 else b"".join(parts)
