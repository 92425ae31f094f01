"""The command line as a user runs it: real processes, passwords on standard input, exit codes."""
from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PW = "Quiet-Harbor-2026"


def run(*args: str, stdin: str = "", lang: str = "en", env_extra: dict | None = None):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env.update(env_extra or {})
    cmd = [sys.executable, "-m", "counselor_app", *args]
    if lang:
        cmd += ["--lang", lang]
    return subprocess.run(cmd, input=stdin, capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    d = tmp_path_factory.mktemp("cli") / "office"
    r = run("init", "--data-dir", str(d), "--school", "命令行测试中学", "--school-type", "middle",
            "--admin-login", "head", "--admin-name", "王主任", "--password-stdin", stdin=PW + "\n")
    assert r.returncode == 0, r.stderr
    key = r.stdout.split("RECOVERY KEY (shown only this once):")[1].split()[0]
    return d, key


def test_init_prints_recovery_key_once(office):
    d, key = office
    assert len(key.split("-")) == 8
    assert key not in "".join(p.read_text(errors="ignore") for p in d.rglob("*") if p.is_file())


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


def test_passwd_backup_restore_recover_and_data_key(office, tmp_path):
    d, key = office
    r = run("passwd", "--data-dir", str(d), "--login", "head", "--password-stdin", stdin=f"{PW}\nSecond-Pass-2026\n")
    assert r.returncode == 0, r.stderr
    r = run("backup", "--data-dir", str(d), "--login", "head", "--password-stdin", "--to", str(tmp_path / "usb"),
            stdin="Second-Pass-2026\n")
    assert r.returncode == 0, r.stderr
    backup = next((tmp_path / "usb").iterdir())
    r = run("restore", "--data-dir", str(d), "--from", str(backup), "--login", "head", "--password-stdin",
            stdin="Second-Pass-2026\n")
    assert r.returncode == 0, r.stderr
    r = run("recover", "--data-dir", str(d), "--login", "head", "--recovery-key-stdin",
            stdin=f"{key}\n{PW}\n")
    assert r.returncode == 0, r.stderr
    r = run("data-key", "--data-dir", str(d), "--recovery-key-stdin", stdin=key + "\n")
    assert r.returncode == 0 and r.stdout.strip().startswith("x'") and "WARNING" in r.stderr
    r = run("restore", "--data-dir", str(d), "--from", str(tmp_path / "nothing"), "--login", "head",
            "--password-stdin", stdin=PW + "\n")
    assert r.returncode == 6 and "no backup manifest" in r.stderr


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


def test_demo_office(tmp_path):
    r = run("demo", "--data-dir", str(tmp_path / "demo"), "--students", "300", "--seed", "3")
    assert r.returncode == 0, r.stderr
    assert "300 synthetic students" in r.stdout and "Xinli-2026-Office" in r.stdout
    r = run("verify", "--data-dir", str(tmp_path / "demo"), "--login", "demo", "--password-stdin",
            stdin="Xinli-2026-Office\n")
    assert r.returncode == 0, r.stderr


def test_bad_arguments_are_one_translated_line(tmp_path):
    r = run("demo", "--students", "abc", "--data-dir", str(tmp_path / "d"), lang="zh_CN")
    assert r.returncode == 2
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("错误：命令行参数有误")
    r = run("demo", "--students", "-1", "--data-dir", str(tmp_path / "d"), lang="zh_CN")
    assert r.returncode == 2 and "演示学生人数" in r.stderr


def test_byte_order_mark_and_bad_bytes_on_stdin(office):
    d, _ = office
    r = run("verify", "--data-dir", str(d), "--login", "head", "--password-stdin", stdin="\ufeff" + PW + "\n")
    assert r.returncode == 0, r.stderr
    env = {k: v for k, v in os.environ.items()}
    p = subprocess.run([sys.executable, "-m", "counselor_app", "verify", "--data-dir", str(d), "--login", "head",
                        "--password-stdin", "--lang", "en"], input=b"\xff\xfe\xfa\n", capture_output=True, cwd=ROOT,
                       env=env, timeout=60)
    assert p.returncode == 2 and b"not UTF-8" in p.stderr and b"Traceback" not in p.stderr


def test_gui_without_display_says_so(tmp_path):
    env = {"DISPLAY": "", "WAYLAND_DISPLAY": "", "QT_QPA_PLATFORM": ""}
    r = run("--data-dir", str(tmp_path / "g"), env_extra=env)
    assert r.returncode == 2 and "No graphical display" in r.stderr


def test_import_and_export_students(office, tmp_path):
    from openpyxl import Workbook

    d, _ = office
    wb = Workbook()
    ws = wb.active
    ws.append(["学生名单"])
    ws.append(["学号", "姓名", "班级", "年级", "出生日期"])
    ws.append(["2026070101", "张小明", "1班", "七年级", "2013-05-12"])
    ws.append(["", "无号", "2班", "七年级", "2013-13-01"])
    wb.save(tmp_path / "r.xlsx")
    args = ["--data-dir", str(d), "--login", "head", "--password-stdin"]
    r = run("import", "students", str(tmp_path / "r.xlsx"), *args, stdin=PW + "\n", lang="zh_CN")
    assert r.returncode == 2
    assert r.stdout.strip().startswith("第4行：") and "缺少学号" in r.stdout
    r = run("import", "students", str(tmp_path / "r.xlsx"), "--skip-invalid", *args, stdin=PW + "\n")
    assert r.returncode == 0 and "Imported: 1 new, 0 updated, 0 unchanged, 1 rejected." in r.stdout
    r = run("export", "students", str(tmp_path / "out.xlsx"), *args, stdin=PW + "\n")
    assert r.returncode == 0 and "Exported 1 student(s)." in r.stdout
    r = run("import", "students", str(tmp_path / "out.xlsx"), "--dry-run", *args, stdin=PW + "\n")
    assert r.returncode == 0 and "0 new, 0 updated, 1 unchanged, 0 rejected" in r.stdout


def test_import_staff(office, tmp_path):
    from openpyxl import Workbook

    d, _ = office
    args = ["--data-dir", str(d), "--login", "head", "--password-stdin"]
    wb = Workbook()
    wb.active.append(["学号", "姓名", "班级", "年级"])
    wb.active.append(["2026070101", "张小明", "1班", "七年级"])
    wb.save(tmp_path / "students.xlsx")
    assert run("import", "students", str(tmp_path / "students.xlsx"), *args, stdin=PW + "\n").returncode == 0
    wb = Workbook()
    wb.active.append(["工号", "姓名", "职务", "班级"])
    wb.active.append(["T01", "陈老师", "班主任", "七年级1班"])
    wb.active.append(["T02", "刘老师", "班主任", "九年级9班"])
    wb.save(tmp_path / "staff.xlsx")
    r = run("import", "staff", str(tmp_path / "staff.xlsx"), *args, stdin=PW + "\n", lang="zh_CN")
    assert r.returncode == 2 and r.stdout.strip().startswith("第3行：") and "九年级(9)班" in r.stdout
    r = run("import", "staff", str(tmp_path / "staff.xlsx"), "--skip-invalid", *args, stdin=PW + "\n")
    assert r.returncode == 0 and "Imported: 1 new, 0 updated, 0 unchanged, 1 rejected." in r.stdout
    r = run("import", "staff", str(tmp_path / "staff.xlsx"), "--dry-run", *args, stdin=PW + "\n")
    assert r.returncode == 2 and "0 new, 0 updated, 1 unchanged, 1 rejected" in r.stdout


def test_rollover(tmp_path):
    d = tmp_path / "demo"
    assert run("demo", "--data-dir", str(d), "--students", "200", "--seed", "4").returncode == 0
    args = ["--data-dir", str(d), "--login", "demo", "--password-stdin"]
    pw = "Xinli-2026-Office\n"
    r = run("rollover", "--dry-run", *args, stdin=pw)
    assert r.returncode == 0, r.stderr
    assert "Year rollover into the school year" in r.stdout and "Checked, nothing written" in r.stdout
    ids = [line.split("\t")[0] for line in r.stdout.splitlines() if "\t" in line]
    nine = [line.split("\t")[0] for line in r.stdout.splitlines() if "\t九年级 " in line]
    assert ids and nine
    # the notes name --graduate with the class IDs, not the dialog's ticks; graduates show their archived name
    notes = [line for line in r.stdout.splitlines() if line.startswith("Note:")]
    assert any(f"--graduate {' '.join(sorted(nine, key=int))}" in n for n in notes), notes
    assert not any("tick" in n for n in notes)
    assert any("graduates, archived as 2" in line and "届高三(1)班" in line for line in r.stdout.splitlines())
    if date.today().month not in (5, 6, 7, 8):   # the demo's school year ends in July: mid-year rollovers warn
        assert "Warning: Today is" in r.stdout
    zh = run("rollover", "--dry-run", *args, stdin=pw, lang="zh_CN")
    assert zh.returncode == 0 and "--graduate" in zh.stdout and "勾选" not in zh.stdout
    helps = run("--help", lang="zh_CN").stdout + run("rollover", "--help", lang="zh_CN").stdout
    assert "升入高一年级" not in helps and "各班升一个年级" in run("--help", lang="zh_CN").stdout
    assert "every class moves up one grade" in run("--help").stdout
    r = run("rollover", "--graduate", "99999", *args, stdin=pw)
    assert r.returncode == 2 and "99999" in r.stderr
    r = run("rollover", "--graduate", *nine, *args, stdin=pw)   # without --yes: the plan only
    assert r.returncode == 2 and "--yes" in r.stderr
    r = run("rollover", "--graduate", *nine, "--yes", *args, stdin=pw, lang="zh_CN")   # 初中毕业: 九年级 graduates too
    assert r.returncode == 0, r.stderr
    assert "prerollover-" in r.stdout and "毕业" in r.stdout
    r = run("rollover", "--yes", *args, stdin=pw)
    assert r.returncode == 2 and "Problem: The register was rolled over into" in r.stdout
    r = run("rollover", "--login", "assistant", "--data-dir", str(d), "--password-stdin", stdin=pw)
    assert r.returncode in (2, 7)


def test_export_students_errors_are_clear(office, tmp_path):
    d, _ = office
    args = ["--data-dir", str(d), "--login", "head", "--password-stdin"]
    missing = tmp_path / "不存在的文件夹"
    r = run("export", "students", str(missing / "out.xlsx"), *args, stdin=PW + "\n", lang="zh_CN")
    assert r.returncode == 2 and r.stderr.strip() == f"错误：文件夹“{missing}”不存在。", r.stderr
    r = run("export", "students", str(tmp_path / "out.xlsx"), "--class", "不存在班", *args, stdin=PW + "\n",
            lang="zh_CN")
    assert r.returncode == 2 and r.stderr.strip() == "错误：班级“不存在班”中没有学生。", r.stderr
    assert not (tmp_path / "out.xlsx").exists() and r.stdout == ""


def test_help_is_in_the_users_language():
    zh = run("-h", lang="").stdout   # no --lang, no locale: Chinese, as the application
    assert zh.startswith("用法：counselor-app") and "\n选项：\n" in zh and "参数：" in zh
    assert "显示本帮助并退出" in zh and "显示程序版本号并退出" in zh
    assert "usage:" not in zh and "show this help" not in zh and "version number" not in zh
    sub = run("import", "students", "--help", lang="zh_CN").stdout
    assert sub.startswith("用法：counselor-app import students") and "显示本帮助并退出" in sub
    # Chinese help texts wrap by the columns they take (two a character), inside an 80-column terminal
    from counselor_app.cli import _columns

    narrow = run("rollover", "--help", lang="zh_CN", env_extra={"COLUMNS": "80"}).stdout
    helps = [line for line in narrow.splitlines() if line.startswith("  ")]
    assert max(map(_columns, helps)) <= 80 and any("毕业" in line for line in helps)
    en = run("--help").stdout
    assert en.startswith("usage: counselor-app") and "show this help message and exit" in en
    assert "show the program's version number and exit" in en


def test_argparse_errors_are_translated(tmp_path):
    r = run("import", "students", lang="")
    assert r.returncode == 2
    assert r.stderr.strip() == "错误：命令行参数有误（缺少必需的参数：--login, FILE）。请用 --help 查看用法。"
    r = run("demo", "--students", "abc", "--data-dir", str(tmp_path / "d"), lang="zh_CN")
    assert "参数 --students：无效的值：'abc'" in r.stderr
    r = run("--lang", "fr")   # on the way to the window, before any Qt translator was loaded
    assert r.returncode == 2 and "无效的选择：'fr'" in r.stderr and r.stderr.startswith("错误：")
    r = run("--bogus", lang="")
    assert r.stderr.strip() == "错误：命令行参数有误（无法识别的参数：--bogus）。请用 --help 查看用法。"
    assert "the following arguments are required: --login" in run("import", "students").stderr   # --lang en


def test_no_display_is_said_in_the_users_language(tmp_path):
    env = {"DISPLAY": "", "WAYLAND_DISPLAY": "", "QT_QPA_PLATFORM": ""}
    r = run("--data-dir", str(tmp_path / "g"), lang="", env_extra=env)
    assert r.returncode == 2 and r.stderr.startswith("错误：这里没有图形显示环境")
    # the language chosen in the application for that data folder (its ui.ini) is the user's language
    folder = tmp_path / "english"
    folder.mkdir()
    (folder / "ui.ini").write_text("[General]\nlanguage=en\n")
    r = run("--data-dir", str(folder), lang="", env_extra=env)
    assert r.stderr.startswith("Error: No graphical display")
    r = run("--data-dir", str(folder), lang="zh_CN", env_extra=env)   # --lang first
    assert r.stderr.startswith("错误：")
