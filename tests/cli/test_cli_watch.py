"""``export watchlist`` (counselor_app/cli/watch.py) and printing the watch list's documents (``print watch_…``), run
as a user runs them: a real process, the password on standard input, exit codes, the audit trail afterwards."""
from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from cli_helpers import run
from counselor_app.domain.masking import mask_name, mask_number
from counselor_app.reports.fonts import find_cjk_font
from counselor_app.services.demo import DEMO_PASSWORD
from testdata import CHEAP_KDF

needs_font = pytest.mark.skipif(find_cjk_font() is None, reason="no Chinese TrueType font on this machine")
HEADERS = ["学号", "姓名", "班级", "来源", "等级", "类别", "状态", "包保人", "下次回访", "是否逾期", "开始日期", "逾期事项"]


@dataclass(frozen=True)
class Office:
    folder: Path
    grade: str
    student_no: str      # the student of the first entry (with a plan and a follow-up)
    name: str
    entries: int         # entries in all
    in_grade: int        # entries of ``grade``


@pytest.fixture(scope="module")
def office(tmp_path_factory) -> Office:
    """A demo office of 40 students, three of them on the watch list (one entry closed)."""
    from counselor_app.services import demo, watch, watch_closing, watch_records as rec

    folder = tmp_path_factory.mktemp("watchcli") / "office"
    made = demo.create_demo_office(folder, students=40, kdf=CHEAP_KDF)
    s = made.office.session
    try:
        rows = [r for r in s.conn.execute("SELECT id FROM student WHERE status = 'enrolled' ORDER BY id LIMIT 3")]
        ids = []
        for n, (student_id,) in enumerate(rows):
            new = watch.NewEntry(student_id, watch.EntryEdit("screening", f"QXCONCERN{n} 测评提示需复核"),
                                 ("red", "orange", "yellow")[n], "mild", "following")
            ids.append(watch.open_entry(s, new))
        rec.save_plan(s, ids[0], rec.PlanEdit("QXGOAL 情绪稳定", (rec.MeasureEdit(
            "individual", "QXMEASURE 每周一次个体辅导", date.today(), owner_other="心理老师"),)), 0)
        rec.add_followup(s, ids[0], rec.FollowUpEdit(date.today(), "talk", "QXSEEN 谈话记录"))
        revision = watch.load_entry(s, ids[2]).revision
        watch_closing.request_close(s, ids[2], "improved", "QXCLOSE 好转", revision)   # the head closes at once
        listed = {r.id: r for r in watch.list_entries(s)}
        first = listed[ids[0]]
        grade = first.grade
        in_grade = sum(1 for r in listed.values() if r.grade == grade)
    finally:
        s.close()
    return Office(folder, grade, first.student_no, first.name, len(ids), in_grade)


def as_user(office: Office, login: str) -> tuple[list[str], str]:
    return ["--data-dir", str(office.folder), "--login", login, "--password-stdin"], DEMO_PASSWORD + "\n"


def sheet(path: Path) -> list[list]:
    from openpyxl import load_workbook

    return [[c.value for c in row] for row in load_workbook(path).active.iter_rows()]


def trail(office: Office) -> list[tuple[str, str, str, str]]:
    """(action, outcome, login, detail) of every audit row."""
    from counselor_app.services.office import login
    from counselor_app.store import audit, users

    with login(office.folder, "demo", DEMO_PASSWORD) as session:
        logins = {u.id: u.login for u in users.all_users(session.conn)}
        return [(r.action, r.outcome, logins.get(r.user_id, ""), r.detail) for r in audit.iter_all(session.conn)]


# -- export watchlist --------------------------------------------------------------------------------------------

def test_the_export_writes_one_row_per_entry_without_clinical_text(office, tmp_path):
    args, pw = as_user(office, "counselor")
    out = tmp_path / "清单.xlsx"
    r = run("export", "watchlist", str(out), *args, stdin=pw, lang="zh_CN")
    assert r.returncode == 2 and "必须说明用途" in r.stderr and not out.exists()   # full names need a purpose
    r = run("export", "watchlist", str(out), "--purpose", "转介至市精神卫生中心", *args, stdin=pw, lang="zh_CN")
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == f"已导出 {office.entries} 个重点关注条目。"
    rows = sheet(out)
    assert rows[0] == HEADERS and len(rows) == office.entries + 1
    assert "QX" not in " ".join(str(v) for row in rows for v in row if v is not None)
    line = next(row for row in rows if row[0] == office.student_no)
    assert line[1] == office.name and line[3] == "心理测评筛查" and line[4] == "高危" and line[5] == "轻症"
    assert line[6] == "跟进中" and line[9] in ("是", "否") and isinstance(line[10], type(line[8]))
    assert sorted(row[6] for row in rows[1:]) == ["已关闭", "跟进中", "跟进中"]
    assert ("export.watchlist", "ok", "counselor", f"{office.entries} names\t转介至市精神卫生中心") in trail(office)
    assert not [p for p in tmp_path.iterdir() if p.name != out.name]   # nothing left beside it


def test_the_masked_export_of_a_grade_in_a_state(office, tmp_path):
    args, pw = as_user(office, "demo")
    out = tmp_path / "w.xlsx"
    r = run("export", "watchlist", str(out), "--grade", office.grade, "--state", "open", "--masked", *args,
            stdin=pw)
    assert r.returncode == 0, r.stderr
    rows = sheet(out)
    numbers = [row[0] for row in rows[1:]]
    assert mask_number(office.student_no) in numbers and office.student_no not in numbers
    assert mask_name(office.name) in [row[1] for row in rows[1:]]
    assert all(row[6] != "closed" for row in rows[1:]) and len(rows) - 1 <= office.in_grade
    assert r.stdout.strip() == f"Exported {len(rows) - 1} watch-list entries, names masked."
    assert ("export.watchlist", "ok", "demo", f"{len(rows) - 1} masked") in trail(office)
    r = run("export", "watchlist", str(out), "--state", "跟进中", "--masked", *args, stdin=pw, lang="zh_CN")
    assert r.returncode == 0 and r.stdout.strip() == "已导出 2 个重点关注条目，姓名已遮蔽。", r.stderr


def test_an_assistant_is_refused_with_exit_code_7(office, tmp_path):
    args, pw = as_user(office, "assistant")
    out = tmp_path / "w.xlsx"
    r = run("export", "watchlist", str(out), "--grade", "没有的年级", *args, stdin=pw, lang="zh_CN")
    assert r.returncode == 7
    assert r.stderr.strip().splitlines()[-1] == "错误：您的角色无权执行此操作：查看重点关注学生清单。"
    assert not out.exists() and r.stdout == ""
    assert ("denied.view_watchlist", "denied", "assistant", "") in trail(office)


def test_an_unknown_grade_or_state_is_a_clear_error_with_exit_code_2(office, tmp_path):
    args, pw = as_user(office, "demo")
    out = tmp_path / "w.xlsx"
    r = run("export", "watchlist", str(out), "--grade", "十三年级", "--masked", *args, stdin=pw, lang="zh_CN")
    assert r.returncode == 2
    assert r.stderr.strip().startswith("错误：没有“十三年级”这个年级。现有年级：") and office.grade in r.stderr
    r = run("export", "watchlist", str(out), "--state", "asleep", "--masked", *args, stdin=pw, lang="zh_CN")
    assert r.returncode == 2
    assert r.stderr.strip() == ("错误：没有“asleep”这个状态。请填写以下之一：candidate（待复核）、following（跟进中）、"
                                "observing（观察中）、closed（已关闭）、open。")
    r = run("export", "watchlist", str(tmp_path / "没有" / "w.xlsx"), "--masked", *args, stdin=pw, lang="zh_CN")
    assert r.returncode == 2 and "不存在" in r.stderr
    assert not out.exists()


# -- printing the documents ------------------------------------------------------------------------------------

@needs_font
def test_a_counselor_prints_an_entrys_sheets_by_student_number(office, tmp_path):
    args, pw = as_user(office, "counselor")
    for kind in ("watch_plan", "watch_plan_head_teacher", "watch_followups"):
        out = tmp_path / f"{kind}.pdf"
        r = run("print", kind, "--student", office.student_no, "--out", str(out), *args, stdin=pw, lang="zh_CN")
        assert r.returncode == 0, r.stderr
        text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(out.read_bytes())).pages)
        assert office.name in text and office.student_no in text and "关注 " in text
        assert ("QXCONCERN0" in text) == (kind == "watch_plan")
        assert ("QXSEEN" in text) == (kind == "watch_followups")
        assert (f"save.{kind}", "ok", "counselor", "") in trail(office)
    out = tmp_path / "by-number.pdf"
    number = f"关注{date.today().year}-001"   # as printed on the sheets
    r = run("print", "watch_plan_head_teacher", "--student", office.student_no, "--entry", number, "--out", str(out),
            *args, stdin=pw)
    assert r.returncode == 0, r.stderr


@needs_font
def test_the_list_of_a_grade_is_masked_unless_asked_and_that_is_audited(office, tmp_path):
    args, pw = as_user(office, "counselor")
    out = tmp_path / "list.pdf"
    r = run("print", "watch_list_grade", "--grade", office.grade, "--out", str(out), *args, stdin=pw, lang="zh_CN")
    assert r.returncode == 0, r.stderr
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(out.read_bytes())).pages)
    assert mask_name(office.name) in text and office.name not in text
    before = len([a for a in trail(office) if a[0] == "view.watch_list_names"])
    r = run("print", "watch_list_grade", "--grade", office.grade, "--unmasked", "--out", str(out), *args, stdin=pw)
    assert r.returncode == 0, r.stderr
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(out.read_bytes())).pages)
    assert office.name in text
    assert len([a for a in trail(office) if a[0] == "view.watch_list_names"]) == before + 1


def test_printing_refusals_and_wrong_entries(office, tmp_path):
    out = tmp_path / "x.pdf"
    args, pw = as_user(office, "assistant")
    r = run("print", "watch_plan", "--student", office.student_no, "--out", str(out), *args, stdin=pw, lang="zh_CN")
    assert r.returncode == 7 and r.stderr.strip().endswith("查看一人一策方案。")
    args, pw = as_user(office, "demo")
    r = run("print", "watch_plan", "--student", office.student_no, "--entry", "2019-5", "--out", str(out), *args,
            stdin=pw, lang="zh_CN")
    assert r.returncode == 2
    assert r.stderr.strip() == "错误：“2019-5”不是关注条目编号（请按表单上的编号填写，例如 2026-007）。"
    r = run("print", "watch_plan", "--entry", "1", "--out", str(out), *args, stdin="", lang="zh_CN")
    assert r.returncode == 2 and r.stderr.strip() == "错误：文档“重点关注学生一人一策”需要提供 --student。"
    r = run("print", "watch_list_grade", "--student", office.student_no, "--out", str(out), *args, stdin="")
    assert r.returncode == 2 and "does not take --student" in r.stderr
    assert not out.exists()
