"""`counselor-app import students`: the classes it creates and rows likely a register's student under another number
(real processes, see tests/cli/cli_helpers.py)."""
from __future__ import annotations

from cli_helpers import PW, run


def _roster(path, rows):
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.append(["学号", "姓名", "班级", "年级", "出生日期"])
    for row in rows:
        wb.active.append(row)
    wb.save(path)
    return str(path)


def test_created_classes_and_likely_same_students_are_reported_and_need_a_choice(tmp_path):
    d = tmp_path / "office"
    r = run("init", "--data-dir", str(d), "--school", "命令行测试中学", "--school-type", "middle",
            "--admin-login", "head", "--admin-name", "王主任", "--password-stdin", stdin=PW + "\n")
    assert r.returncode == 0, r.stderr
    args = ["--data-dir", str(d), "--login", "head", "--password-stdin"]
    first = _roster(tmp_path / "a.xlsx", [["2026070101", "张小明", "1班", "七年级", "2013-05-12"]])
    r = run("import", "students", first, *args, stdin=PW + "\n", lang="zh_CN")
    assert r.returncode == 0 and "新建年级：七年级。" in r.stdout and "新建班级：七年级(1)班。" in r.stdout, r.stdout
    fixed = _roster(tmp_path / "b.xlsx", [["2026070199", "张小明", "1班", "七年级", "2013-05-12"],
                                          ["2026080101", "孙悦", "3班", "八年级", "2012-04-02"]])
    r = run("import", "students", fixed, "--dry-run", *args, stdin=PW + "\n")
    assert r.returncode == 2 and "row 2: Same name, birth date and class as student 2026070101" in r.stdout
    assert "--likely-same" in r.stderr and "New classes: 八年级(3)班." in r.stdout
    r = run("import", "students", fixed, *args, stdin=PW + "\n")   # no choice: nothing is written
    assert r.returncode == 2 and "Nothing was imported." in r.stderr and "Imported" not in r.stdout
    r = run("import", "students", fixed, "--likely-same", "maybe", *args, stdin=PW + "\n")
    assert r.returncode != 0 and "Imported" not in r.stdout
    r = run("import", "students", fixed, "--likely-same", "renumber", *args, stdin=PW + "\n")
    assert r.returncode == 0, r.stderr
    assert "Imported: 1 new, 1 updated, 0 unchanged, 0 rejected." in r.stdout
    assert "Student numbers corrected: 1; rows skipped: 0." in r.stdout
    assert "New grades: 八年级." in r.stdout and "New classes: 八年级(3)班." in r.stdout
    r = run("import", "students", fixed, "--dry-run", *args, stdin=PW + "\n")   # the number is the register's now
    assert r.returncode == 0 and "0 new, 0 updated, 2 unchanged" in r.stdout and "New classes" not in r.stdout
