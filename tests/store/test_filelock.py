"""The lock files beside the key slots, the login guard and the office: something else in their place (a folder, a
link, a pipe) never stops the lock from working."""
from __future__ import annotations

import os

import pytest

from counselor_app.store.filelock import HeldLock, locked


def _odd_entries(tmp_path):
    folder = tmp_path / "folder.lock"
    folder.mkdir()
    (folder / "inside").write_text("x")   # not even empty
    yield "folder", folder
    if os.name == "posix":
        link = tmp_path / "link.lock"
        link.symlink_to(tmp_path / "elsewhere")
        yield "link", link
        fifo = tmp_path / "fifo.lock"
        os.mkfifo(fifo)
        yield "fifo", fifo


def test_something_else_in_place_of_a_lock_file_is_moved_aside(tmp_path):
    for kind, entry in _odd_entries(tmp_path):
        target = entry.with_suffix("")   # locked(x) takes x.lock
        with locked(target):
            assert entry.is_file() and not entry.is_symlink(), kind
        assert not (tmp_path / "elsewhere").exists()   # a link is never followed


def test_held_lock_over_a_folder(tmp_path):
    (tmp_path / "office.lock").mkdir()
    lock = HeldLock(tmp_path / "office")
    assert lock.try_acquire()
    assert not HeldLock(tmp_path / "office").try_acquire()
    lock.release()
