"""A restore killed at any file operation leaves an office that opens: the old one, or the restored one (the
interrupted swap is finished at the next open) — never a folder without office.db."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from testdata import HEAD_LOGIN, HEAD_PASSWORD
from counselor_app.services import backups as backup_service
from counselor_app.services.office import login
from counselor_app.store import audit, register
from counselor_app.store.database import transaction

pytestmark = [pytest.mark.skipif(os.name != "posix", reason="SIGKILL"), pytest.mark.slow]
ROOT = Path(__file__).resolve().parents[2]

# Restore, killed at the N-th file operation of the swap (a rename, a link, a deletion, an fsync): as if the power
# went at that moment. Exits 0 when the restore finished before the N-th operation.
KILLED_RESTORE = textwrap.dedent("""
    import os, signal, sys
    from counselor_app.store import crypto
    from testdata import CHEAP_KDF
    crypto.PRODUCTION_KDF = CHEAP_KDF
    from counselor_app.services import restore

    countdown = [int(sys.argv[3])]
    def killing(real):
        def call(*a, **k):
            countdown[0] -= 1
            if countdown[0] == 0:
                os.kill(os.getpid(), signal.SIGKILL)
            return real(*a, **k)
        return call

    started = [False]
    real_copy = restore.shutil.copyfile
    def copy_then_arm(*a, **k):   # only the swap counts, not the checks before it
        started[0] = True
        return real_copy(*a, **k)
    restore.shutil.copyfile = copy_then_arm
    for name in ("replace", "link", "unlink", "fsync", "rename", "mkdir"):
        real = getattr(os, name)
        wrapped = killing(real)
        setattr(os, name, lambda *a, _w=wrapped, _r=real, **k: (_w if started[0] else _r)(*a, **k))
    restore.restore_backup(sys.argv[1], sys.argv[2], "head", "Quiet-Harbor-2026")
""")


def students(data_dir) -> int:
    with login(data_dir, HEAD_LOGIN, HEAD_PASSWORD) as s:
        return s.conn.execute("SELECT count(*) FROM student").fetchone()[0]


def test_a_restore_killed_at_any_file_operation_leaves_an_office_that_opens(session, data_dir, tmp_path):
    with transaction(session.conn):
        register.insert_students(session.conn, [(f"S{i:05d}", "测试学生", "female", None, None, None, 0, 0)
                                                for i in range(10)], audit.now_iso())
    info = backup_service.make_backup(session, tmp_path / "backups")
    with transaction(session.conn):
        register.insert_students(session.conn, [("S99999", "测试学生", "female", None, None, None, 0, 0)],
                                 audit.now_iso())
    session.close()
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), str(ROOT / "tests")]))
    killed = 0
    for n in range(1, 200):
        work = tmp_path / f"office-{n}"
        import shutil

        shutil.copytree(data_dir, work)
        proc = subprocess.run([sys.executable, "-c", KILLED_RESTORE, str(work), str(info.path), str(n)], cwd=ROOT,
                              env=env, capture_output=True, timeout=120)
        if proc.returncode == 0:
            break
        assert proc.returncode == -signal.SIGKILL, proc.stderr.decode()[-800:]
        killed += 1
        assert (work / "office.db").is_file(), f"killed at operation {n}: no office.db"
        assert students(work) in (10, 11), n     # the old office or the restored one, whole
        assert not [p.name for p in work.iterdir() if "restore" in p.name], n   # nothing half-done is left
        shutil.rmtree(work)
    assert killed >= 5
    assert students(work) == 10
