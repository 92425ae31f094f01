"""Removing what an earlier version's roster export may have left in the system temp folder.

Up to issue 10 (finding 7) the export was written by openpyxl's write-only mode, which spools every sheet to a file
``openpyxl.`` + 8 random characters in the system temp folder and removes it only when Python exits normally: an
export that was killed left 4-5 MB of names and phone numbers there. The app no longer uses openpyxl (the export is
written in memory, workbooks are read with calamine, which writes no temp files), but such files may still lie
around. Their names do not say which program made them, so only what surely is such a leftover goes: a regular file
(not a link, FIFO or device), of this user, untouched for a day (a program writing one now touches it), that is
empty or starts as openpyxl's sheet spool does.
"""
from __future__ import annotations

import os
import re
import stat
import tempfile
import time
from pathlib import Path

_NAME = re.compile(r"openpyxl\.[a-z0-9_]{8}")   # NamedTemporaryFile(prefix="openpyxl.") without a suffix
_SPOOL = b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
AGE_S = 86400
_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)


def sweep_openpyxl_leftovers(folder: str | Path | None = None, now: float | None = None) -> int:
    """Remove openpyxl's spool files older than a day from ``folder`` (the system temp folder); how many went.
    Never raises: a file that cannot be looked at or removed stays."""
    folder = Path(folder or tempfile.gettempdir())
    now = time.time() if now is None else now
    removed = 0
    try:
        entries = [entry for entry in os.scandir(folder) if _NAME.fullmatch(entry.name)]
    except OSError:
        return 0
    for entry in entries:
        try:
            info = entry.stat(follow_symlinks=False)
            if not stat.S_ISREG(info.st_mode) or now - info.st_mtime < AGE_S:
                continue
            if hasattr(os, "getuid") and info.st_uid != os.getuid():
                continue
            if info.st_size and not _is_spool(entry.path):
                continue
            os.unlink(entry.path)
            removed += 1
        except OSError:
            continue
    return removed


def _is_spool(path: str) -> bool:
    fd = os.open(path, _FLAGS)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return False
        return os.read(fd, len(_SPOOL)) == _SPOOL
    finally:
        os.close(fd)
