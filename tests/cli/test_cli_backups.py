"""backup and restore (counselor_app/cli/backups.py)."""
from __future__ import annotations

from cli_helpers import PW, run


def test_backup_and_restore(office, tmp_path):
    d, _ = office
    r = run("backup", "--data-dir", str(d), "--login", "head", "--password-stdin", "--to", str(tmp_path / "usb"),
            stdin=PW + "\n")
    assert r.returncode == 0, r.stderr
    backup = next((tmp_path / "usb").iterdir())
    assert r.stdout.startswith("Backup written: ") and str(backup) in r.stdout
    r = run("restore", "--data-dir", str(d), "--from", str(backup), "--login", "head", "--password-stdin",
            stdin=PW + "\n")
    assert r.returncode == 0, r.stderr
    r = run("restore", "--data-dir", str(d), "--from", str(tmp_path / "nothing"), "--login", "head",
            "--password-stdin", stdin=PW + "\n")
    assert r.returncode == 6 and "no backup manifest" in r.stderr
