"""Running ``counselor-app`` as a user runs it: a real process, passwords on standard input, exit codes."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PW = "Quiet-Harbor-2026"


def run(*args: str, stdin: str = "", lang: str = "en", env_extra: dict | None = None):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env.update(env_extra or {})
    cmd = [sys.executable, "-m", "counselor_app", *args]
    if lang:
        cmd += ["--lang", lang]
    return subprocess.run(cmd, input=stdin, capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)


def init_office(folder: Path) -> str:
    """A new office in ``folder`` (head: login head, password PW); returns its recovery key."""
    r = run("init", "--data-dir", str(folder), "--school", "命令行测试中学", "--school-type", "middle",
            "--admin-login", "head", "--admin-name", "王主任", "--password-stdin", stdin=PW + "\n")
    assert r.returncode == 0, r.stderr
    return r.stdout.split("RECOVERY KEY (shown only this once):")[1].split()[0]


def roster(path: Path, rows, header=("学号", "姓名", "班级", "年级", "出生日期")) -> str:
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.append(list(header))
    for row in rows:
        wb.active.append(list(row))
    wb.save(path)
    return str(path)
