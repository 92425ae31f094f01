"""import, export and rollover of the register (counselor_app/cli/register.py)."""
from __future__ import annotations

from datetime import date

from cli_helpers import PW, run


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
