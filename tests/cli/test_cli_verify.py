"""verify, and how a failed login reads (counselor_app/cli/verify.py)."""
from __future__ import annotations

from cli_helpers import PW, run


def test_verify_prints_chain_head(office):
    d, _ = office
    r = run("verify", "--data-dir", str(d), "--login", "head", "--password-stdin", stdin=PW + "\n")
    assert r.returncode == 0, r.stderr
    assert "Integrity check passed" in r.stdout and "Audit chain head: " in r.stdout


def test_wrong_password_is_one_line_without_traceback_in_chinese(office):
    d, _ = office
    r = run("verify", "--data-dir", str(d), "--login", "nobody", "--password-stdin", stdin="Wrong-Pass-123\n",
            lang="zh_CN")
    assert r.returncode == 4
    assert r.stderr.strip().splitlines() == ["错误：登录名或密码错误。再错 4 次，此登录名将被锁定 15 分钟。"]


def test_locale_picks_the_language(office):
    d, _ = office
    r = run("verify", "--data-dir", str(d), "--login", "nobody2", "--password-stdin", stdin="x\n", lang="",
            env_extra={"LANG": "en_US.UTF-8"})
    assert r.stderr.startswith("Error: Wrong login or password.")
    r = run("verify", "--data-dir", str(d), "--login", "nobody2", "--password-stdin", stdin="x\n", lang="",
            env_extra={"LANG": "zh_CN.UTF-8"})
    assert r.stderr.startswith("错误：")
