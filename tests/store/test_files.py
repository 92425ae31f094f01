import errno
import os
import stat

import pytest

from counselor_app.domain.errors import StorageError
from counselor_app.store import files


def test_atomic_write_creates_private_file(tmp_path):
    target = tmp_path / "a.bin"
    files.write_atomic(target, b"hello")
    assert target.read_bytes() == b"hello"
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600


@pytest.mark.parametrize("fail_at", ["write", "fsync", "replace"])
def test_full_disk_keeps_previous_file(tmp_path, monkeypatch, fail_at):
    target = tmp_path / "keyslots.json"
    target.write_bytes(b"previous")

    def boom(*a, **k):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(files.os, fail_at, boom)
    with pytest.raises(StorageError) as info:
        files.write_atomic(target, b"new content")
    monkeypatch.undo()
    assert target.read_bytes() == b"previous"
    assert "ENOSPC" in info.value.params["reason"]
    assert [p.name for p in tmp_path.iterdir()] == ["keyslots.json"]  # no temp file left behind


def test_partial_write_is_completed(tmp_path, monkeypatch):
    real_write = os.write
    monkeypatch.setattr(files.os, "write", lambda fd, data: real_write(fd, bytes(data[:3])))
    files.write_atomic(tmp_path / "x", b"0123456789")
    assert (tmp_path / "x").read_bytes() == b"0123456789"
