"""Re-keying is crash-safe (services/rekey.py): killed at any step, or at any moment, the office opens whole at the next
login — the change done or not done — and a deactivated user's slot, or any copy of it, never opens the live keys."""
from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from testdata import HEAD_LOGIN, HEAD_PASSWORD
from counselor_app.domain.errors import KeyChangeUnfinished, ValidationError, WrongCredentials
from counselor_app.domain.roles import Role
from counselor_app.services import rekey, users
from counselor_app.services.integrity import verify_office
from counselor_app.services.office import login
from counselor_app.store import database, rekey_journal, users as user_store
from counselor_app.store.keyslots import KeySlots
from counselor_app.store.location import OfficePaths
from counselor_app.store.sealed import SealedColumn

ROOT = Path(__file__).resolve().parents[2]
NOTE = SealedColumn("test_rekey_note", "body")
SECRET = "初二（3）班的学生说过不想活了"
PASSWORDS = {"zhaoli": "Desk-Helper-2026", "liuyang": "Bright-River-2026"}
posix_only = pytest.mark.skipif(os.name != "posix", reason="SIGKILL")


def staff_office(session):
    users.add_user(session, "zhaoli", "赵丽", Role.ASSISTANT, PASSWORDS["zhaoli"])
    users.add_user(session, "liuyang", "刘洋", Role.COUNSELOR, PASSWORDS["liuyang"])
    with database.transaction(session.conn):
        session.conn.execute("CREATE TABLE test_rekey_note (id INTEGER PRIMARY KEY, body BLOB)")
        session.conn.execute("INSERT INTO test_rekey_note (id) VALUES (1)")
        NOTE.write(session.conn, session.clinical, 1, SECRET)
    session.close()


def opens_live_office(data_dir, slots: KeySlots, login_name: str, password: str) -> bool:
    """Whether ``login_name``'s slot in ``slots`` (a copy kept from before) opens today's database or sealed values."""
    unlocked = slots.unlock(slots.slot_id_for(login_name), password.encode())
    if unlocked is None:
        return False
    try:
        for _epoch, key in unlocked.keys:
            try:
                database.connect(data_dir / "office.db", key, readonly=True).close()
                return True
            except database.KeyRejected:
                pass
        with login(data_dir, HEAD_LOGIN, HEAD_PASSWORD) as head:
            live = {bytes(k) for k in head.clinical.keys.values()}
        return any(bytes(k) in live for k in unlocked.clinical.values())
    finally:
        unlocked.wipe()


def check_whole(data_dir) -> dict[str, bool]:
    """The head's login (which settles an interrupted re-key), verify passes, the sealed note opens; whether each
    colleague is active."""
    with login(data_dir, HEAD_LOGIN, HEAD_PASSWORD) as head:
        report = verify_office(head)
        assert report.ok, report.problems
        assert NOTE.read(head.conn, head.clinical, 1) == SECRET
        active = {u.login: u.active for u in user_store.all_users(head.conn)}
    assert not rekey_journal.path(OfficePaths(data_dir)).exists()
    return active


CHILD = textwrap.dedent("""
    import os, signal, sys
    from counselor_app.store import crypto
    from testdata import CHEAP_KDF
    crypto.PRODUCTION_KDF = CHEAP_KDF
    from counselor_app.services import rekey, users
    from counselor_app.services.office import login
    from counselor_app.store.sealed import SealedColumn
    SealedColumn("test_rekey_note", "body")
    data_dir, step, target = sys.argv[1:4]

    def kill_at(name):
        if name == step:
            os.kill(os.getpid(), signal.SIGKILL)

    rekey.after_step = kill_at
    session = login(data_dir, "head", "Quiet-Harbor-2026")
    users.deactivate_user(session, target)
""")


def child_env():
    return dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), str(ROOT / "tests")]))


@posix_only
@pytest.mark.parametrize("step", ["journal", "database", "commit", "switch"])
@pytest.mark.parametrize("target", ["zhaoli", "liuyang"])
def test_a_deactivation_killed_after_each_step(new_office, data_dir, step, target):
    staff_office(new_office.session)
    kept = KeySlots.load(data_dir / "keyslots.json")   # the copy the colleague kept (a backup holds one too)
    proc = subprocess.run([sys.executable, "-c", CHILD, str(data_dir), step, target], cwd=ROOT, env=child_env(),
                          capture_output=True, timeout=120)
    assert proc.returncode == -signal.SIGKILL, proc.stderr.decode()[-800:]
    active = check_whole(data_dir)
    committed = step in ("commit", "switch")
    assert active[target] is not committed          # before the commit nothing happened; after it, all of it
    assert opens_live_office(data_dir, kept, target, PASSWORDS[target]) is not committed
    if not committed:   # undone: the colleague logs in as before
        login(data_dir, target, PASSWORDS[target]).close()
    else:
        with pytest.raises(WrongCredentials):
            login(data_dir, target, PASSWORDS[target])


@posix_only
def test_the_removed_user_cannot_settle_it_but_any_colleague_can(new_office, data_dir):
    staff_office(new_office.session)
    proc = subprocess.run([sys.executable, "-c", CHILD, str(data_dir), "database", "zhaoli"], cwd=ROOT,
                          env=child_env(), capture_output=True, timeout=120)
    assert proc.returncode == -signal.SIGKILL
    with pytest.raises(KeyChangeUnfinished):     # the database is under a key only the journal's slots hold
        login(data_dir, "zhaoli", PASSWORDS["zhaoli"])
    login(data_dir, "liuyang", PASSWORDS["liuyang"]).close()   # a colleague's login undoes it
    login(data_dir, "zhaoli", PASSWORDS["zhaoli"]).close()
    assert check_whole(data_dir)["zhaoli"] is True


def test_a_change_that_fails_at_its_commit_changes_nothing(new_office, data_dir):
    staff_office(new_office.session)
    head = login(data_dir, HEAD_LOGIN, HEAD_PASSWORD)
    before_key, before_slots = bytes(head.data_key), (data_dir / "keyslots.json").read_bytes()

    def refuse(conn):
        raise ValidationError()

    with pytest.raises(ValidationError):
        rekey.rekey_office(head, refuse, remove={head.keyslots.slot_id_for("zhaoli")}, rotate_clinical=True)
    assert bytes(head.data_key) == before_key and (data_dir / "keyslots.json").read_bytes() == before_slots
    assert NOTE.read(head.conn, head.clinical, 1) == SECRET   # the session's connection works on, with the old key
    head.close()
    assert check_whole(data_dir)["zhaoli"] is True


# -- SIGKILL at random moments ------------------------------------------------------------------------------------------

LOOP_CHILD = textwrap.dedent("""
    import os, shutil, signal, sys
    from counselor_app.store import crypto
    from testdata import CHEAP_KDF
    crypto.PRODUCTION_KDF = CHEAP_KDF
    from counselor_app.domain.roles import Role
    from counselor_app.services import users
    from counselor_app.services.office import login
    from counselor_app.store.sealed import SealedColumn
    SealedColumn("test_rekey_note", "body")
    data_dir, copies, first, countdown = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])

    if countdown:   # killed at the N-th durable file operation (fsync, rename, deletion) of this process
        left = [countdown]
        def dying(real):
            def call(*a, **k):
                left[0] -= 1
                if left[0] == 0:
                    os.kill(os.getpid(), signal.SIGKILL)
                return real(*a, **k)
            return call
        session = login(data_dir, "head", "Quiet-Harbor-2026")
        for name in ("fsync", "replace", "unlink"):
            setattr(os, name, dying(getattr(os, name)))
    else:
        session = login(data_dir, "head", "Quiet-Harbor-2026")
    print("ready", flush=True)
    i = first
    while True:
        who = f"user{i:03d}"
        users.add_user(session, who, "同事", Role.COUNSELOR if i % 2 else Role.ASSISTANT, f"Colleague-Pass-{i:03d}")
        shutil.copyfile(os.path.join(data_dir, "keyslots.json"), os.path.join(copies, who + ".json"))
        users.deactivate_user(session, who)
        print(i, flush=True)
        i += 1
""")


def live_keys(data_dir) -> tuple[set[bytes], set[bytes]]:
    with login(data_dir, HEAD_LOGIN, HEAD_PASSWORD) as head:
        return {bytes(head.data_key)}, {bytes(k) for k in head.clinical.keys.values()}


def opens_any(slots: KeySlots, login_name: str, password: str, live: tuple[set[bytes], set[bytes]]) -> bool:
    unlocked = slots.unlock(slots.slot_id_for(login_name), password.encode())
    if unlocked is None:
        return False
    try:
        return bool({bytes(k) for _e, k in unlocked.keys} & live[0]
                    or {bytes(k) for k in unlocked.clinical.values()} & live[1])
    finally:
        unlocked.wipe()


@posix_only
@pytest.mark.slow
def test_deactivations_killed_at_random_moments_never_break_the_office(new_office, data_dir, tmp_path):
    """At least 30 kills, half at a random moment, half at a random file operation; after each, the office opens
    whole and no deactivated colleague's slot — nor any copy of it kept before — opens the live keys."""
    staff_office(new_office.session)
    copies = tmp_path / "copies"
    copies.mkdir()
    rng = random.Random(20261130)
    kills, first, checked = 0, 0, set()
    while kills < 30:
        countdown = rng.randint(1, 40) if kills % 2 else 0
        proc = subprocess.Popen([sys.executable, "-c", LOOP_CHILD, str(data_dir), str(copies), str(first),
                                 str(countdown)], cwd=ROOT, env=child_env(), stdout=subprocess.PIPE, text=True)
        assert proc.stdout.readline().strip() == "ready"
        if not countdown:
            time.sleep(rng.uniform(0.0, 0.3))
            proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate(timeout=120)
        assert proc.returncode == -signal.SIGKILL
        kills += 1
        active = check_whole(data_dir)
        live = live_keys(data_dir)
        for copy in sorted(set(copies.glob("*.json")) - checked):
            who = copy.stem
            if active.get(who) is False:
                assert not opens_any(KeySlots.load(copy), who, f"Colleague-Pass-{who[4:]}", live), who
            checked.add(copy)
        # a colleague left active by an undone deactivation is deactivated now, so that each round starts clean;
        # the next round's logins follow every account the killed process made (printed or not)
        with login(data_dir, HEAD_LOGIN, HEAD_PASSWORD) as head:
            for u in user_store.all_users(head.conn):
                if u.login.startswith("user"):
                    first = max(first, int(u.login[4:]) + 1)
                    if u.active:
                        users.deactivate_user(head, u.login)
        first = max([first] + [int(c.stem[4:]) + 1 for c in checked])
    assert kills >= 30 and len(checked) >= 30
