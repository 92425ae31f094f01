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


def test_restore_onto_a_new_computer_says_so_and_leaves_no_empty_folder(office, tmp_path):
    d, _ = office
    r = run("backup", "--data-dir", str(d), "--login", "head", "--password-stdin", "--to", str(tmp_path / "usb"),
            stdin=PW + "\n")
    assert r.returncode == 0, r.stderr
    backup = next((tmp_path / "usb").iterdir())
    new = tmp_path / "new-pc"
    r = run("restore", "--data-dir", str(new), "--from", str(backup), "--login", "head", "--password-stdin",
            stdin=PW + "\n")
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == f"Restored the backup {backup.name} into the new data folder {new}."
    assert not [p.name for p in new.iterdir() if p.name.startswith("replaced-")]
    r = run("verify", "--data-dir", str(new), "--login", "head", "--password-stdin", stdin=PW + "\n")
    assert r.returncode == 0, r.stderr
    # restoring again over the office now there: the replaced database is kept aside, and the message says so
    r = run("restore", "--data-dir", str(new), "--from", str(backup), "--login", "head", "--password-stdin",
            stdin=PW + "\n")
    assert r.returncode == 0 and "The replaced database was kept in the data folder." in r.stdout
    kept = [p for p in new.iterdir() if p.name.startswith("replaced-")]
    assert len(kept) == 1 and any(kept[0].iterdir())
