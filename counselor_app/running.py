"""Tell the Windows installer that the program is running (Inno Setup's AppMutex, installer/counselor_app.iss).

Setup and Uninstall look for these named mutexes at start and ask the user to close the program first, so that an
upgrade never replaces files under a running copy and uninstalling never leaves a half-removed folder behind. The
names are the contract with the installer script: change both together. Elsewhere than Windows this does nothing.
"""
from __future__ import annotations

import sys

MUTEX_NAMES = ("CounselorOfficeDesk.Running", "Global\\CounselorOfficeDesk.Running")
_handles: list[int] = []   # kept for the life of the process: Windows removes a mutex with its last handle


def announce(kernel32=None) -> bool:
    """Create the mutexes once per process; True when they exist. ``kernel32`` is for tests."""
    if _handles:
        return True
    if kernel32 is None:
        if sys.platform != "win32":
            return False
        import ctypes

        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        kernel32.CreateMutexW.restype = ctypes.c_void_p   # a HANDLE: pointer-sized, not the default C int
        kernel32.CreateMutexW.argtypes = (ctypes.c_void_p, ctypes.c_bool, ctypes.c_wchar_p)
    for name in MUTEX_NAMES:
        handle = kernel32.CreateMutexW(None, False, name)
        if handle:   # Global\ may be refused in a locked-down session: the session-local name still serves
            _handles.append(handle)
    return bool(_handles)
