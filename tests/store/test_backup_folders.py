"""Backup folders: a backup killed half-way leaves a hidden .partial-… folder; the next backup of that office clears
it away (another office's, sharing the folder, is left alone)."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from counselor_app.services import backups as backup_service
from counselor_app.store import audit, register
from counselor_app.store.database import transaction

ROOT = Path(__file__).resolve().parents[2]

KILLED_BACKUP = textwrap.dedent("""
    import os, signal, sys
    from counselor_app.store import crypto
    from testdata import CHEAP_KDF
    crypto.PRODUCTION_KDF = CHEAP_KDF
    from counselor_app.services import backups
    from counselor_app.services.office import login
    from counselor_app.services.progress import Progress

    def die(done, total):
        if done > 0:
            os.kill(os.getpid(), signal.SIGKILL)   # killed while the database is copied

    session = login(sys.argv[1], "head", "Quiet-Harbor-2026")
    backups.make_backup(session, progress=Progress(die))
""")


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_a_killed_backup_leaves_nothing_after_the_next_backup(session, data_dir):
    with transaction(session.conn):
        register.insert_students(session.conn, [(f"S{i:05d}", "测试学生", "female", None, None, None, 0, 0)
                                                for i in range(3000)], audit.now_iso())
    session.close()
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), str(ROOT / "tests")]))
    proc = subprocess.run([sys.executable, "-c", KILLED_BACKUP, str(data_dir)], cwd=ROOT, env=env,
                          capture_output=True, timeout=120)
    assert proc.returncode == -signal.SIGKILL, proc.stderr.decode()[-500:]
    folder = data_dir / "backups"
    assert [p.name for p in folder.iterdir() if p.name.startswith(".partial-")], "the kill left no partial folder"
    from counselor_app.services.office import login

    with login(data_dir, "head", "Quiet-Harbor-2026") as s:
        backup_service.make_backup(s)
    assert [p.name for p in folder.iterdir() if p.name.startswith(".")] == []


def test_only_this_offices_leftovers_are_cleared(session, data_dir):
    folder = data_dir / "backups"
    folder.mkdir()
    mine = folder / f".partial-{session.keyslots.office_id[:12]}-0a1b2c3d"
    other = folder / ".partial-0123456789ab-0a1b2c3d"     # another office's backup, perhaps being written now
    old_unnamed = folder / ".partial-a1b2c3d4e5f6"         # from before partial folders named their office
    new_unnamed = folder / ".partial-f6e5d4c3b2a1"
    for d in (mine, other, old_unnamed, new_unnamed):
        d.mkdir()
        (d / "office.db").write_bytes(b"half")
    day_ago = time.time() - 2 * 86400
    os.utime(old_unnamed, (day_ago, day_ago))
    backup_service.make_backup(session)
    assert sorted(p.name for p in folder.iterdir() if p.name.startswith(".")) == sorted([other.name, new_unnamed.name])
