"""Crash reports (counselor_app/crash.py): a reference code for the user, a log of where, and no personal data."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from counselor_app import crash

ROOT = Path(__file__).resolve().parents[1]
CANARY_NAME = "欧阳雪梅"
CANARY_NUMBER = "20269876543"
CANARY_PHONE = "13912345678"


def _fail_with_personal_data():
    student = {"name": CANARY_NAME, "number": CANARY_NUMBER, "phone": CANARY_PHONE}   # noqa: F841 - a local
    try:
        {}[CANARY_NUMBER]
    except KeyError as exc:
        raise ValueError(f"{CANARY_NAME} {CANARY_PHONE}") from exc


def _caught() -> BaseException:
    try:
        _fail_with_personal_data()
    except ValueError as exc:
        return exc
    raise AssertionError("no exception")


def _assert_no_personal_data(text: str) -> None:
    for canary in (CANARY_NAME, CANARY_NUMBER, CANARY_PHONE, str(Path.home())):
        assert canary not in text


def test_a_report_names_types_files_lines_and_functions_only(tmp_path, monkeypatch):
    monkeypatch.setenv(crash.LOG_DIR_ENV, str(tmp_path / "logs"))
    code = crash.report(_caught(), "test")
    assert re.fullmatch(r"[A-Z2-9]{4}-[A-Z2-9]{4}", code)
    files = list((tmp_path / "logs").glob(f"crash-*-{code}.txt"))
    assert len(files) == 1
    text = files[0].read_text("utf-8")
    assert f"reference: {code}" in text
    assert "exception: ValueError" in text and "caused by: KeyError" in text
    assert re.search(r"^  tests/test_crash\.py:\d+ in _fail_with_personal_data$", text, re.M), text
    _assert_no_personal_data(text)
    if os.name == "posix":
        assert (files[0].stat().st_mode & 0o777) == 0o600
        assert ((tmp_path / "logs").stat().st_mode & 0o777) == 0o700


def test_a_file_outside_the_installation_is_named_by_its_base_name_only():
    assert crash.safe_file_name("/home/zhangsan/学生名单/tool.py") == "tool.py"
    assert crash.safe_file_name(crash.__file__) == "counselor_app/crash.py"
    assert crash.safe_file_name("<frozen importlib._bootstrap>") == "<frozen importlib._bootstrap>"


def test_old_reports_are_removed_beyond_the_limit(tmp_path, monkeypatch):
    monkeypatch.setenv(crash.LOG_DIR_ENV, str(tmp_path))
    monkeypatch.setattr(crash, "KEEP_REPORTS", 3)
    for i in range(5):
        (tmp_path / f"crash-20260101-00000{i}-AAAA-AAA{i}.txt").write_text("x")
    crash.report(_caught())
    assert len(list(tmp_path.glob("crash-*.txt"))) == 3


def test_a_report_that_cannot_be_written_still_gives_a_code(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv(crash.LOG_DIR_ENV, str(blocker / "logs"))   # a folder under a file: cannot be made
    assert re.fullmatch(r"[A-Z2-9]{4}-[A-Z2-9]{4}", crash.report(_caught()))


def test_the_log_folder_is_outside_the_data_folder(monkeypatch):
    from counselor_app.store.location import default_data_dir

    monkeypatch.delenv(crash.LOG_DIR_ENV, raising=False)
    logs, data = crash.log_dir().resolve(), default_data_dir().resolve()
    assert data not in logs.parents and logs != data


def test_on_windows_the_log_folder_is_a_sibling_of_the_data_folder(monkeypatch):
    import platformdirs

    monkeypatch.delenv(crash.LOG_DIR_ENV, raising=False)
    monkeypatch.setattr(sys, "platform", "win32")
    local = Path("C:/Users/someone/AppData/Local")
    monkeypatch.setattr(platformdirs, "user_data_dir", lambda name, **kw: str(local / name))
    assert crash.log_dir() == local / "CounselorOfficeDesk-Logs"


def test_the_command_line_reports_an_unexpected_error_with_a_code_and_exit_70(tmp_path):
    """A fault inside a command: one line in Chinese with the reference, exit 70, a report without the data."""
    script = f"""
import sys, types
from counselor_app.cli import entry, registry
real_get = registry.get
def get(name):
    def run(args, inp):
        student = {{"name": {CANARY_NAME!r}, "number": {CANARY_NUMBER!r}}}
        raise KeyError(student["name"] + " " + student["number"])
    return types.SimpleNamespace(run=run)
registry.get = get
sys.exit(entry.main(["demo", "--data-dir", sys.argv[1], "--lang", "zh_CN"]))
"""
    logs = tmp_path / "logs"
    env = {**os.environ, crash.LOG_DIR_ENV: str(logs)}
    r = subprocess.run([sys.executable, "-c", script, str(tmp_path / "office")], capture_output=True, text=True,
                       env=env, cwd=ROOT, timeout=120)
    assert r.returncode == crash.UNEXPECTED_EXIT, r.stderr
    assert "Traceback" not in r.stderr
    m = re.search(r"发生意外错误（KeyError，参考编号 ([A-Z2-9]{4}-[A-Z2-9]{4})）", r.stderr)
    assert m, r.stderr
    assert str(logs) in r.stderr
    _assert_no_personal_data(r.stderr)
    (report,) = logs.glob(f"crash-*-{m.group(1)}.txt")
    text = report.read_text("utf-8")
    assert "where: cli" in text and "exception: KeyError" in text and "in run" in text
    _assert_no_personal_data(text)
    assert not (tmp_path / "office").exists() or not any((tmp_path / "office").rglob("crash-*"))


@pytest.mark.skipif(os.name != "posix", reason="faulthandler's file, checked on Linux")
def test_setup_logging_writes_in_the_log_folder_only(tmp_path):
    script = """
import logging, sys
from counselor_app import crash
crash.setup_logging()
logging.getLogger("counselor_app").warning("a warning")
"""
    env = {**os.environ, crash.LOG_DIR_ENV: str(tmp_path / "logs")}
    subprocess.run([sys.executable, "-c", script], check=True, env=env, cwd=ROOT, timeout=60)
    assert sorted(p.name for p in (tmp_path / "logs").iterdir()) == ["app.log", "native-crash.log"]
    assert "a warning" in (tmp_path / "logs" / "app.log").read_text("utf-8")
