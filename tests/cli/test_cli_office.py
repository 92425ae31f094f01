"""init, passwd, recover and data-key from the command line (counselor_app/cli/office.py)."""
from __future__ import annotations

import os
import subprocess
import sys

from cli_helpers import PW, ROOT, run


def test_init_prints_recovery_key_once(office):
    d, key = office
    assert len(key.split("-")) == 8
    assert key not in "".join(p.read_text(errors="ignore") for p in d.rglob("*") if p.is_file())


def test_passwd_recover_and_data_key(office):
    d, key = office
    r = run("passwd", "--data-dir", str(d), "--login", "head", "--password-stdin", stdin=f"{PW}\nSecond-Pass-2026\n")
    assert r.returncode == 0, r.stderr
    r = run("verify", "--data-dir", str(d), "--login", "head", "--password-stdin", stdin="Second-Pass-2026\n")
    assert r.returncode == 0, r.stderr
    r = run("recover", "--data-dir", str(d), "--login", "head", "--recovery-key-stdin",
            stdin=f"{key}\n{PW}\n")
    assert r.returncode == 0, r.stderr
    r = run("data-key", "--data-dir", str(d), "--recovery-key-stdin", stdin=key + "\n")
    assert r.returncode == 0 and r.stdout.strip().startswith("x'") and "WARNING" in r.stderr


def test_missing_office_and_missing_stdin(tmp_path):
    r = run("verify", "--data-dir", str(tmp_path / "none"), "--login", "head", "--password-stdin", stdin="x\n")
    assert r.returncode == 3 and "No office exists" in r.stderr
    assert not (tmp_path / "none").exists()
    r = run("init", "--data-dir", str(tmp_path / "n2"), "--school", "学校", "--school-type", "primary",
            "--admin-login", "head", "--admin-name", "王", "--password-stdin", stdin="")
    assert r.returncode == 2 and "Traceback" not in r.stderr


def test_environment_variable_names_the_data_folder(office):
    d, _ = office
    r = run("verify", "--login", "head", "--password-stdin", stdin=PW + "\n", env_extra={"COUNSELOR_DATA_DIR": str(d)})
    assert r.returncode == 0, r.stderr


def test_byte_order_mark_and_bad_bytes_on_stdin(office):
    d, _ = office
    r = run("verify", "--data-dir", str(d), "--login", "head", "--password-stdin", stdin="\ufeff" + PW + "\n")
    assert r.returncode == 0, r.stderr
    env = {k: v for k, v in os.environ.items()}
    p = subprocess.run([sys.executable, "-m", "counselor_app", "verify", "--data-dir", str(d), "--login", "head",
                        "--password-stdin", "--lang", "en"], input=b"\xff\xfe\xfa\n", capture_output=True, cwd=ROOT,
                       env=env, timeout=60)
    assert p.returncode == 2 and b"not UTF-8" in p.stderr and b"Traceback" not in p.stderr
