"""``print duty-roster --month`` and ``export duty --from --to`` (counselor_app/cli/duty.py, cli/printing.py), run as a
user runs them: a real process, the password on standard input, exit codes, the file and the audit trail."""
from __future__ import annotations

import io
from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from cli_helpers import run
from counselor_app.reports.fonts import find_cjk_font
from counselor_app.services.demo import DEMO_PASSWORD
from testdata import CHEAP_KDF

needs_font = pytest.mark.skipif(find_cjk_font() is None, reason="no Chinese TrueType font on this machine")


@pytest.fixture(scope="module")
def office(tmp_path_factory) -> tuple[Path, list[str]]:
    """A demo office with a counseling room's lunch shift every weekday, four people, October 2026 generated."""
    from counselor_app.services import demo, duty, duty_roster, staff

    folder = tmp_path_factory.mktemp("dutycli") / "office"
    made = demo.create_demo_office(folder, students=20, kdf=CHEAP_KDF, today=date(2026, 9, 1))
    s = made.office.session
    try:
        semester = next(x for x in duty.duty_semesters(s) if x.start <= date(2026, 10, 1) <= x.end)
        room = duty.save_post(s, "辅导室")
        for wd in range(5):
            duty.save_template(s, semester.id, duty.TemplateEdit(room, wd, "午休", "12:10", "13:30"))
        people = [p for p in staff.list_staff(s) if p.active][:4]
        duty.set_members(s, semester.id, tuple(p.id for p in people))
        preview = duty_roster.preview_roster(s, semester.id, "2026-10-01", "2026-10-31", today=date(2026, 9, 1))
        duty_roster.apply_roster(s, preview)
    finally:
        s.close()
    return folder, [p.name for p in people]


def as_user(folder: Path, login: str = "assistant") -> tuple[list[str], str]:
    return ["--data-dir", str(folder), "--login", login, "--password-stdin"], DEMO_PASSWORD + "\n"


def actions(folder: Path) -> list[tuple[str, str]]:
    from counselor_app.services.office import login
    from counselor_app.store import audit

    with login(folder, "demo", DEMO_PASSWORD) as session:
        return [(r.action, r.detail) for r in audit.iter_all(session.conn)]


@needs_font
def test_an_assistant_prints_the_month_for_the_door(office, tmp_path):
    folder, names = office
    args, pw = as_user(folder)
    out = tmp_path / "十月值班表.pdf"
    r = run("print", "duty-roster", "--month", "2026-10", "--out", str(out), *args, stdin=pw, lang="zh_CN")
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == f"已将“月值班表”保存为 {out}。"
    [page] = PdfReader(io.BytesIO(out.read_bytes())).pages
    text = page.extract_text()
    assert float(page.mediabox.width) > float(page.mediabox.height)
    assert "2026年10月值班表：辅导室" in text and "星期一" in text and "国庆节" in text
    assert "调休上班（按星期三课表）" in text and "午休 12:10–13:30" in text     # the shift named with its times
    assert sum(text.count(n) for n in names) == 18          # 22 weekdays − 5 holidays + the make-up Saturday
    assert "草稿" in text                                    # generated, not published yet
    assert ("save.duty_roster", "") in actions(folder)


def test_a_bad_month_is_refused(office, tmp_path):
    folder, _names = office
    args, pw = as_user(folder)
    r = run("print", "duty-roster", "--month", "2026-13", "--out", str(tmp_path / "x.pdf"), *args, stdin=pw,
            lang="zh_CN")
    assert r.returncode == 2 and "2026-13" in r.stderr and not (tmp_path / "x.pdf").exists()


def test_the_export_of_a_range(office, tmp_path):
    from openpyxl import load_workbook

    folder, names = office
    args, pw = as_user(folder, "counselor")
    out = tmp_path / "duty.xlsx"
    r = run("export", "duty", str(out), "--from", "2026-10-08", "--to", "2026-10-12", *args, stdin=pw, lang="zh_CN")
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "已导出 4 个班次。"
    rows = [[c.value for c in row] for row in load_workbook(out).active.iter_rows()]
    assert rows[0] == ["日期", "星期", "岗位", "时段", "值班人"]
    assert [(row[0], row[1], row[2], row[3]) for row in rows[1:]] == [
        (datetime(2026, 10, 8), "星期四", "辅导室", "午休 12:10–13:30"),
        (datetime(2026, 10, 9), "星期五", "辅导室", "午休 12:10–13:30"),
        (datetime(2026, 10, 10), "星期六", "辅导室", "午休 12:10–13:30"),      # the make-up Saturday
        (datetime(2026, 10, 12), "星期一", "辅导室", "午休 12:10–13:30")]
    assert all(row[4] in names for row in rows[1:])
    assert ("export.duty", "2026-10-08/2026-10-12/4") in actions(folder)


def test_export_mistakes_are_clear(office, tmp_path):
    folder, _names = office
    args, pw = as_user(folder)
    r = run("export", "duty", str(tmp_path / "a.xlsx"), "--from", "2026-10-12", "--to", "2026-10-01", *args,
            stdin=pw, lang="zh_CN")
    assert r.returncode == 2 and "结束日期早于开始日期" in r.stderr
    r = run("export", "duty", str(tmp_path / "a.xlsx"), "--to", "2026-10-01", *args, stdin=pw)
    assert r.returncode == 2 and "--from" in r.stderr
    assert not (tmp_path / "a.xlsx").exists()
