"""SIGKILL at random moments while writing: every acknowledged commit survives, files stay sound."""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from counselor_app.store import crypto, database, migrations
from counselor_app.store.keyslots import KeySlots

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
ROOT = Path(__file__).resolve().parents[2]

WRITER = textwrap.dedent("""
    import sys
    from counselor_app.store import audit, database, register
    key = bytearray(bytes.fromhex(sys.stdin.readline().strip()))
    conn = database.connect(sys.argv[1], key)
    n = int(sys.argv[2])
    while True:
        with database.transaction(conn):
            register.insert_students(conn, [(f"K{n:07d}", "写入测试", "male", None, None, None, 0, 0)], "t")
            audit.append(conn, user_id=None, action="test.write", target_id=n)
        print(n, flush=True)   # acknowledged only after COMMIT returned
        n += 1
""")


def test_sigkill_while_writing_database(tmp_path):
    db = tmp_path / "office.db"
    key = crypto.new_data_key()
    conn = database.connect(db, key, create=True)
    migrations.migrate(conn)
    conn.close()
    rng = random.Random(20261128)
    acknowledged: list[int] = []
    next_no = 0
    for round_no in range(12):
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(db), str(next_no)],
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT)
        proc.stdin.write(bytes(key).hex() + "\n")
        proc.stdin.flush()
        first = proc.stdout.readline()  # wait until it writes, then let it run a random while
        assert first.strip(), "writer did not start"
        time.sleep(rng.uniform(0.0, 0.4))
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate()
        acknowledged += [int(first)] + [int(x) for x in out.split() if x.strip()]
        check = database.connect(db, key)
        try:
            assert database.integrity_problems(check) == []
            present = {int(r[0][1:]) for r in check.execute("SELECT student_no FROM student")}
            missing = set(acknowledged) - present
            assert not missing, f"round {round_no}: acknowledged commits lost: {sorted(missing)[:5]}"
            next_no = max(present) + 1  # a commit may have landed after the last acknowledgement
        finally:
            check.close()
    assert len(acknowledged) > 12


SLOT_WRITER = textwrap.dedent("""
    import sys
    from counselor_app.store.crypto import KdfParams
    from counselor_app.store.keyslots import KeySlots
    key = bytearray(bytes.fromhex(sys.stdin.readline().strip()))
    path = sys.argv[1]
    from counselor_app.store.keyslots import updating
    i = 0
    while True:
        with updating(path) as ks:
            ks.add_principal(ks.slot_id_for("head"), "user", f"Password-{i % 2}".encode(), key, KdfParams(1024, 1, 1))
        print(i, flush=True)
        i += 1
""")


def test_sigkill_while_writing_keyslots(tmp_path):
    path = tmp_path / "keyslots.json"
    key = crypto.new_data_key()
    ks = KeySlots.new()
    ks.add_principal(ks.slot_id_for("head"), "user", b"Password-1", key, crypto.KdfParams(1024, 1, 1))
    ks.save(path)
    rng = random.Random(7)
    for _ in range(10):
        proc = subprocess.Popen([sys.executable, "-c", SLOT_WRITER, str(path)], stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, text=True, cwd=ROOT)
        proc.stdin.write(bytes(key).hex() + "\n")
        proc.stdin.flush()
        proc.stdout.readline()
        time.sleep(rng.uniform(0.0, 0.2))
        proc.send_signal(signal.SIGKILL)
        proc.communicate()
        loaded = KeySlots.load(path)  # always a whole file, never a torn one
        opened = [loaded.unlock(loaded.slot_id_for("head"), f"Password-{i}".encode()) for i in (0, 1)]
        assert [u.keys[0][1] for u in opened if u is not None] == [key]
    leftovers = [p.name for p in tmp_path.iterdir() if p.name not in ("keyslots.json", "keyslots.json.lock")]
    assert all(name.endswith(".tmp") for name in leftovers)  # a killed writer may leave its temp file, nothing else
