"""passwd --revoke, rekey, recovery rotate and verify --repair from the command line (issue 10)."""
from __future__ import annotations

import json

from cli_helpers import PW, run


def _login(d, who="head"):
    return ["--data-dir", str(d), "--login", who, "--password-stdin"]


def test_passwd_revoke_and_rekey(office):
    d, _key = office
    kept = (d / "keyslots.json").read_text()
    r = run("passwd", *_login(d), "--revoke", stdin=f"{PW}\nRevoked-Pass-2026\n")
    assert r.returncode == 0, r.stderr
    assert "revoked" in r.stdout
    slots = json.loads((d / "keyslots.json").read_text())
    assert slots["epoch"] != json.loads(kept)["epoch"]   # the office was re-keyed
    r = run("rekey", *_login(d), stdin="Revoked-Pass-2026\n")
    assert r.returncode == 0, r.stderr
    r = run("verify", *_login(d), stdin="Revoked-Pass-2026\n")
    assert r.returncode == 0, r.stdout + r.stderr
    r = run("passwd", *_login(d), stdin=f"Revoked-Pass-2026\n{PW}\n", lang="zh_CN")   # back, for the other tests
    assert r.returncode == 0 and "密码已修改" in r.stdout, r.stdout + r.stderr


def test_only_the_head_rekeys_or_makes_a_recovery_key(office):
    d, _key = office
    r = run("user", "add", "li", "--name", "李老师", "--role", "counselor", *_login(d),
            stdin=f"{PW}\nCounselor-Pass-2026\n")
    assert r.returncode == 0, r.stderr
    for args in (["rekey"], ["recovery", "rotate"], ["verify", "--repair"]):
        r = run(*args, *_login(d, "li"), stdin="Counselor-Pass-2026\n")
        assert r.returncode == 7 and "Traceback" not in r.stderr, (args, r.stderr)


def test_recovery_rotate_prints_a_new_key_and_the_old_one_stops(office):
    d, old = office
    r = run("recovery", "rotate", *_login(d), stdin=f"{PW}\n")
    assert r.returncode == 0, r.stderr
    new = r.stdout.split("RECOVERY KEY (shown only this once):")[1].split()[0]
    assert new != old and len(new.split("-")) == 8
    r = run("data-key", "--data-dir", str(d), "--recovery-key-stdin", stdin=old + "\n")
    assert r.returncode == 4, r.stderr
    r = run("data-key", "--data-dir", str(d), "--recovery-key-stdin", stdin=new + "\n")
    assert r.returncode == 0, r.stderr


def test_verify_repair_removes_a_deactivated_accounts_slot(office):
    """A deactivated account's slot back in the file (what a crash of the older re-key left): verify fails, repair
    removes it and re-keys."""
    d, _key = office
    r = run("user", "add", "wu", "--name", "吴老师", "--role", "assistant", *_login(d), stdin=f"{PW}\nAssistant-Pass-2026\n")
    assert r.returncode == 0, r.stderr
    kept = json.loads((d / "keyslots.json").read_text())
    r = run("user", "deactivate", "wu", *_login(d), stdin=f"{PW}\n")
    assert r.returncode == 0, r.stderr
    doc = json.loads((d / "keyslots.json").read_text())
    gone = [s for s in kept["slots"] if s["id"] not in {x["id"] for x in doc["slots"]}]
    assert len(gone) == 1
    doc["slots"] += gone
    (d / "keyslots.json").write_text(json.dumps(doc))
    r = run("verify", *_login(d), stdin=f"{PW}\n")
    assert r.returncode == 9 and "without an active account" in r.stdout
    r = run("verify", "--repair", *_login(d), stdin=f"{PW}\n")
    assert r.returncode == 0, r.stdout + r.stderr
    assert "Repaired" in r.stdout
    assert gone[0]["id"] not in (d / "keyslots.json").read_text()
