"""demo (counselor_app/cli/demo.py)."""
from __future__ import annotations

from cli_helpers import run


def test_demo_office(tmp_path):
    r = run("demo", "--data-dir", str(tmp_path / "demo"), "--students", "300", "--seed", "3")
    assert r.returncode == 0, r.stderr
    assert "300 synthetic students" in r.stdout and "Xinli-2026-Office" in r.stdout
    r = run("verify", "--data-dir", str(tmp_path / "demo"), "--login", "demo", "--password-stdin",
            stdin="Xinli-2026-Office\n")
    assert r.returncode == 0, r.stderr
