"""``report bureau`` in the office and ``bureau open`` / ``bureau merge`` at the bureau, as real processes."""
from __future__ import annotations

import re
from datetime import date

from cli_helpers import PW, init_office, run

YEAR = f"{date.today().year if date.today().month >= 9 else date.today().year - 1}"
YEAR = f"{YEAR}-{int(YEAR) + 1}"


def test_report_then_open_then_merge(tmp_path):
    d = tmp_path / "office"
    init_office(d)
    out = tmp_path / "out"
    out.mkdir()
    head = ["--data-dir", str(d), "--login", "head", "--password-stdin"]
    r = run("report", "bureau", "--year", YEAR, "--out", str(out), "--purpose", "年度报送", *head, stdin=PW + "\n")
    assert r.returncode == 0, r.stderr
    password = re.search(r"\b([0-9A-Z]{4}(?:-[0-9A-Z]{4}){5})\b", r.stdout).group(1)
    package = next(out.glob("*.7z"))
    assert package.name == f"bureau-MLXCSZX-{YEAR}.7z"     # 命令行测试中学: the pinyin initials
    assert r.stdout.count(password) == 1

    r = run("bureau", "open", str(package), "--password-stdin", "--out", str(tmp_path / "opened"),
            stdin=password + "\n")
    assert r.returncode == 0, r.stderr
    assert "SHA-256" in r.stdout and (tmp_path / "opened" / "manifest.json").exists()

    r = run("bureau", "open", str(package), "--password-stdin", "--out", str(tmp_path / "x"),
            stdin="AAAA-AAAA-AAAA-AAAA-AAAA-AAAA\n")
    assert r.returncode == 2 and "password does not open this package" in r.stderr
    assert not (tmp_path / "x").exists()

    pw = tmp_path / "pw.txt"
    pw.write_text(f"{package.name}\t{password}\n", "utf-8")
    r = run("bureau", "merge", str(package), "--passwords", str(pw), "--out", str(tmp_path / "district.xlsx"))
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "district.xlsx").exists()


def test_report_needs_the_head_and_one_period(tmp_path):
    d = tmp_path / "office"
    init_office(d)
    head = ["--data-dir", str(d), "--login", "head", "--password-stdin"]
    r = run("report", "bureau", "--year", YEAR, "--semester", f"{YEAR}-1", "--out", str(tmp_path), *head,
            stdin=PW + "\n")
    assert r.returncode != 0 and "not both" in r.stderr
    r = run("report", "bureau", "--semester", "1999-2000-1", "--out", str(tmp_path), *head, stdin=PW + "\n")
    assert r.returncode != 0 and "1999-2000-1" in r.stderr
    r = run("user", "add", "zhou", "--name", "周老师", "--role", "assistant", *head,
            stdin=f"{PW}\nAnother-Pass-77\n")
    assert r.returncode == 0, r.stderr
    r = run("report", "bureau", "--year", YEAR, "--out", str(tmp_path), "--data-dir", str(d), "--login", "zhou",
            "--password-stdin", stdin="Another-Pass-77\n")
    assert r.returncode != 0 and list(tmp_path.glob("*.7z")) == []
