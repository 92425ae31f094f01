"""``import screening``, ``export screening``, ``scale list`` and ``scale add`` (counselor_app/cli/screening.py), run as
a school's IT staff runs them: a real process, the password on standard input, exit codes, the audit trail."""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from cli_helpers import run
from counselor_app.services.demo import DEMO_PASSWORD
from testdata import CHEAP_KDF


@dataclass(frozen=True)
class Office:
    folder: Path
    seventh: list[tuple[str, str]]       # (student number, name) of the 七年级 students


@pytest.fixture(scope="module")
def office(tmp_path_factory) -> Office:
    from counselor_app.services import demo

    folder = tmp_path_factory.mktemp("screeningcli") / "office"
    made = demo.create_demo_office(folder, students=40, kdf=CHEAP_KDF)
    s = made.office.session
    try:
        seventh = s.conn.execute("SELECT s.student_no, s.name FROM student s JOIN school_class c ON c.id = s.class_id "
                                 "JOIN grade g ON g.id = c.grade_id WHERE g.name = '七年级' AND s.status = 'enrolled' "
                                 "ORDER BY s.student_no").fetchall()
    finally:
        s.close()
    return Office(folder, [tuple(r) for r in seventh])


def as_user(office: Office, login: str) -> tuple[list[str], str]:
    return ["--data-dir", str(office.folder), "--login", login, "--password-stdin"], DEMO_PASSWORD + "\n"


def phq_csv(path: Path, rows, encoding="gbk") -> Path:
    lines = ["2026年秋季心理测评导出", "学号,姓名," + ",".join(f"{n}. 题目" for n in range(1, 10)) + ",总分"]
    lines += [",".join([no, name, *map(str, answers), "0"]) for no, name, answers in rows]
    path.write_bytes("\r\n".join(lines).encode(encoding))
    return path


def trail(office: Office) -> list[tuple[str, str, str, str]]:
    from counselor_app.services.office import login
    from counselor_app.store import audit, users

    with login(office.folder, "demo", DEMO_PASSWORD) as session:
        logins = {u.id: u.login for u in users.all_users(session.conn)}
        return [(r.action, r.outcome, logins.get(r.user_id, ""), r.detail) for r in audit.iter_all(session.conn)]


def test_import_dry_run_refusal_skip_and_again(office, tmp_path):
    (a, an), (b, bn), (c, cn) = office.seventh[:3]
    path = phq_csv(tmp_path / "phq.csv", [(a, an, [2, 2, 2, 1, 1, 1, 1, 1, 0]), (b, bn, [0] * 8 + [2]),
                                          (c, cn, [0] * 9), ("2099999", "无此人", [0] * 9)])
    args, pw = as_user(office, "counselor")
    base = ["import", "screening", str(path), "--scale", "PHQ-9", "--campaign", "2026秋七年级", *args]
    r = run(*base, "--dry-run", stdin=pw, lang="zh_CN")
    assert r.returncode == 2, r.stderr
    out = r.stdout.splitlines()
    assert out[0] == "第6行：学籍中没有这个学号。"
    assert out[1] == "测评批次“2026秋七年级”为新建，测评范围：七年级。"
    assert out[2] == "已检查，未写入任何数据：可导入 3 份，未变 0 份，拒绝 1 行；阳性 1 份，命中关键题目 1 份。"
    r = run(*base, stdin=pw, lang="zh_CN")
    assert r.returncode == 2 and "--skip-invalid" in r.stderr
    r = run(*base, "--skip-invalid", stdin=pw)
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[-2] == "Imported: 3 result(s), 0 unchanged, 1 rejected; 1 positive, 1 with a key item hit."
    assert lines[-1].startswith("Watch list: 2 new candidate(s) to review (待复核), 1 of them urgent")
    r = run(*base, "--skip-invalid", stdin=pw)
    assert r.returncode == 0 and r.stdout.splitlines()[-1] == (
        "Imported: 0 result(s), 3 unchanged, 1 rejected; 0 positive, 0 with a key item hit.")
    details = [d for action, outcome, who, d in trail(office) if action == "import.screening"]
    assert details == ["3/0/1/1/1", "0/3/1/0/0"]
    assert sum(1 for action, *_ in trail(office) if action == "watch.open") >= 2


def test_export_columns_and_the_assistant_refused(office, tmp_path):
    (a, an), = office.seventh[3:4]
    args, pw = as_user(office, "demo")
    path = phq_csv(tmp_path / "e.csv", [(a, an, [1] * 9)], encoding="utf-8-sig")
    r = run("import", "screening", str(path), "--scale", "phq9", "--campaign", "导出测试", "--date", "2026-11-02",
            *args, stdin=pw)
    assert r.returncode == 0, r.stderr
    out = tmp_path / "结果.xlsx"
    r = run("export", "screening", str(out), "--campaign", "导出测试", *args, stdin=pw, lang="zh_CN")
    assert r.returncode == 0 and r.stdout.strip() == "已导出 1 份测评结果。", r.stderr
    from openpyxl import load_workbook

    rows = [[c.value for c in row] for row in load_workbook(out).active.iter_rows()]
    assert rows == [["学号", "姓名", "班级", "量表", "总分", "等级", "筛查结果", "关键题", "PHQ-2（第1、2题）"],
                    [a, an, "七年级(1)班", "PHQ-9", 9, "轻度", "阴性", "9", 2]]
    args, pw = as_user(office, "assistant")
    r = run("export", "screening", str(tmp_path / "x.xlsx"), "--campaign", "导出测试", *args, stdin=pw, lang="zh_CN")
    assert r.returncode == 7 and not (tmp_path / "x.xlsx").exists()
    assert r.stderr.strip().splitlines()[-1] == "错误：您的角色无权执行此操作：管理心理测评。"
    r = run("import", "screening", str(path), "--scale", "PHQ-9", "--campaign", "导出测试", *args, stdin=pw)
    assert r.returncode == 7
    assert ("denied.manage_screening", "denied", "assistant", "") in trail(office)


def test_bad_dates_scales_and_campaigns_are_clear_errors(office, tmp_path):
    (a, an), = office.seventh[4:5]
    path = phq_csv(tmp_path / "d.csv", [(a, an, [0] * 9)])
    args, pw = as_user(office, "counselor")
    r = run("import", "screening", str(path), "--scale", "PHQ-9", "--campaign", "x", "--date", "2026-13-01", *args,
            stdin=pw, lang="zh_CN")
    assert r.returncode == 2 and r.stderr.strip() == "错误：日期 2026-13-01 无效。请写成 2026-11-02 这样的格式。"
    r = run("import", "screening", str(path), "--scale", "SDS", "--campaign", "x", *args, stdin=pw)
    assert r.returncode == 2 and "No scale is called SDS" in r.stderr and "PHQ-9" in r.stderr
    r = run("export", "screening", str(tmp_path / "n.xlsx"), "--campaign", "没有这个", *args, stdin=pw)
    assert r.returncode == 2 and "No screening campaign is called 没有这个" in r.stderr


def test_scale_list_and_add(office, tmp_path):
    from counselor_app.domain.scales import builtin

    args, pw = as_user(office, "counselor")
    r = run("scale", "list", *args, stdin=pw, lang="zh_CN")
    assert r.returncode == 0, r.stderr
    assert "SCL-90\t第 1 版\t症状自评量表\t90 题\t内置" in r.stdout.splitlines()
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": 1, "code": "X"}', encoding="utf-8")
    r = run("scale", "add", str(broken), *args, stdin=pw)
    assert r.returncode == 2 and r.stderr.startswith("Error: ") and r.stdout == ""
    raw = json.loads(builtin("GAD-7").text)
    raw["code"] = "GAD-7-S"
    good = tmp_path / "own.json"
    good.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    r = run("scale", "add", str(good), *args, stdin=pw)
    assert r.returncode == 0 and r.stdout.strip() == "Added GAD-7-S version 1: 广泛性焦虑量表.", r.stderr
    r = run("scale", "list", *args, stdin=pw)
    assert "GAD-7-S\tversion 1\t广泛性焦虑量表\t7 items\tthe office's" in r.stdout.splitlines()
    r = run("scale", "add", str(good), *args, stdin=pw)
    assert r.returncode == 2 and "already" in r.stderr


def pdf_text(path: Path) -> str:
    import io

    from pypdf import PdfReader

    return "".join("".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(path.read_bytes())).pages)


def test_print_the_campaign_summaries_headless(office, tmp_path):
    """``print screening-summary --campaign N``: the office's version names the candidates; the leaders' version
    (by the campaign's name) names nobody; an unknown campaign is a clear error; the assistant is refused."""
    from counselor_app.reports.fonts import find_cjk_font

    if find_cjk_font() is None:
        pytest.skip("no Chinese TrueType font on this machine")
    (a, an), (b, bn) = office.seventh[5:7]
    args, pw = as_user(office, "counselor")
    path = phq_csv(tmp_path / "s.csv", [(a, an, [2, 2, 2, 1, 1, 1, 1, 1, 0]), (b, bn, [0] * 9)])
    r = run("import", "screening", str(path), "--scale", "PHQ-9", "--campaign", "汇总测试", *args, stdin=pw)
    assert r.returncode == 0, r.stderr
    from counselor_app.services.office import login

    with login(office.folder, "demo", DEMO_PASSWORD) as session:
        campaign_id = session.conn.execute("SELECT id FROM screening_campaign WHERE name = '汇总测试'").fetchone()[0]
    out = tmp_path / "office.pdf"
    r = run("print", "screening-summary", "--campaign", str(campaign_id), "--out", str(out), *args, stdin=pw,
            lang="zh_CN")
    assert r.returncode == 0, r.stderr
    text = pdf_text(out)
    assert "心理测评汇总报告" in text and "汇总测试" in text and an in text and a in text and bn not in text
    out = tmp_path / "leaders.pdf"
    r = run("print", "screening_summary_leaders", "--campaign", "汇总测试", "--out", str(out), *args, stdin=pw,
            lang="zh_CN")
    assert r.returncode == 0, r.stderr
    text = pdf_text(out)
    assert "去标识" in text and "<5" in text
    assert an not in text and a not in text and bn not in text and b not in text
    r = run("print", "screening-summary", "--campaign", "没有这个", "--out", str(tmp_path / "n.pdf"), *args, stdin=pw)
    assert r.returncode == 2 and "No screening campaign is called 没有这个" in r.stderr
    args, pw = as_user(office, "assistant")
    r = run("print", "screening-summary", "--campaign", str(campaign_id), "--out", str(tmp_path / "x.pdf"), *args,
            stdin=pw)
    assert r.returncode == 7 and not (tmp_path / "x.pdf").exists()
    prints = [(action, who, d) for action, _o, who, d in trail(office) if action.startswith("save.screening_summary")]
    assert [(action, who) for action, who, _d in prints] == [("save.screening_summary", "counselor"),
                                                            ("save.screening_summary_leaders", "counselor")]
