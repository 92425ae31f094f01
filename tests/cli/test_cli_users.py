"""user list | add | deactivate (counselor_app/cli/users.py)."""
from __future__ import annotations

from cli_helpers import PW, run


def test_user_add_list_deactivate(office):
    d, _ = office
    r = run("user", "add", "li", "--name", "李娜", "--role", "counselor", "--data-dir", str(d), "--login", "head",
            "--password-stdin", stdin=f"{PW}\nAnother-Pass-77\n")
    assert r.returncode == 0, r.stderr
    r = run("user", "list", "--data-dir", str(d), "--login", "head", "--password-stdin", stdin=PW + "\n")
    assert "li\t李娜\tCounselor\tactive" in r.stdout
    r = run("user", "list", "--data-dir", str(d), "--login", "li", "--password-stdin", stdin="Another-Pass-77\n")
    assert r.returncode == 7 and "Your role does not allow this: manage users." in r.stderr
    r = run("user", "deactivate", "li", "--data-dir", str(d), "--login", "head", "--password-stdin",
            stdin=PW + "\n")
    assert r.returncode == 0, r.stderr
