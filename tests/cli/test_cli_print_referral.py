"""``counselor-app print referral --id 2026-001``: a referral form printed by the number on the form (or its id),
an unknown number said clearly, other documents' --id checked before the password is asked, an assistant refused
before anything is looked up."""
from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from cli_helpers import PW, init_office, roster, run
from test_cli_print_minutes import OTHER_PW, as_user, trail
from counselor_app.reports.fonts import find_cjk_font

NUMBER = "2026070199"
NAME = "欧阳晓明"
needs_font = pytest.mark.skipif(find_cjk_font() is None, reason="no Chinese TrueType font on this machine")


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    """An office with a head, an assistant (zhou), one student and one issued referral; returns (folder, its id,
    its number)."""
    from counselor_app.services import hospitals, referral_views, referrals
    from counselor_app.services.office import login
    from counselor_app.services.referrals import MeetingEdit, ReferralEdit

    tmp = tmp_path_factory.mktemp("print_referral")
    d = tmp / "office"
    init_office(d)
    head = ["--data-dir", str(d), "--login", "head", "--password-stdin"]
    r = run("user", "add", "zhou", "--name", "周老师", "--role", "assistant", *head, stdin=f"{PW}\n{OTHER_PW}\n")
    assert r.returncode == 0, r.stderr
    r = run("import", "students", roster(tmp / "r.xlsx", [[NUMBER, NAME, "3班", "七年级", "2013-05-12"]]), *head,
            stdin=PW + "\n")
    assert r.returncode == 0, r.stderr
    today = date.today()
    with login(d, "head", PW) as s:
        student_id = s.conn.execute("SELECT id FROM student").fetchone()[0]
        h = hospitals.save_hospital(s, hospitals.HospitalEdit("示范市精神卫生中心", ("心理门诊",)), today=today)
        edit = ReferralEdit("近两周情绪低落", "urgent", h, "心理门诊", accompany="parent")
        # last year's first, so that this year's id (2) and number (YYYY-001) differ
        referrals.create_referral(s, student_id, edit, open_watch_entry=True, today=date(today.year - 1, 12, 1))
        rid = referrals.create_referral(s, student_id, edit, today=today)
        rev = lambda: referral_views.get_referral(s, rid).row.revision   # noqa: E731
        referrals.record_meeting(s, rid, MeetingEdit(today, "家长、心理教师", "refer", "consented"), rev(), today=today)
        referrals.issue_referral(s, rid, rev(), today=today)
        number = referral_views.get_referral(s, rid).number
    return d, rid, number


@needs_font
def test_the_form_is_printed_by_the_number_on_it_or_by_its_id(office, tmp_path):
    d, rid, number = office
    args, pw = as_user(d, "head")
    assert number == f"{date.today().year}-001" and rid == 2
    for given, name in ((number, "by_number.pdf"), (f" 转介 {number} ", "spaced.pdf"), (str(rid), "by_id.pdf")):
        out = tmp_path / name
        r = run("print", "referral", "--id", given, "--out", str(out), *args, stdin=pw, lang="zh_CN")
        assert r.returncode == 0, r.stderr
        page = "".join(PdfReader(io.BytesIO(out.read_bytes())).pages[0].extract_text().split())
        assert number in page and NAME in page
    saves = [row for row in trail(d) if row[0] == "save.referral"]
    assert saves == [("save.referral", "ok", "referral", str(rid))] * 3   # the record's id, never the typed text


def test_an_unknown_number_is_said_clearly_and_nothing_is_written(office, tmp_path):
    d, _rid, number = office
    args, pw = as_user(d, "head")
    out = tmp_path / "r.pdf"
    year = number.split("-")[0]
    for given in (f"{year}-099", "abc"):
        r = run("print", "referral", "--id", given, "--out", str(out), *args, stdin=pw, lang="zh_CN")
        assert r.returncode == 2
        assert r.stderr.strip() == f"错误：“{given}”不是转介单（请按转介单上的编号填写，例如 2026-007）。"
    r = run("print", "referral", "--id", "99", "--out", str(out), *args, stdin=pw, lang="en")
    assert r.returncode == 2 and "\u201c99\u201d is not a referral" in r.stderr
    assert not out.exists()


def test_other_documents_take_digits_and_say_so_before_the_password(office, tmp_path):
    d, _rid, number = office
    args, _pw = as_user(d, "head")
    out = tmp_path / "m.pdf"
    r = run("print", "minutes", "--id", number, "--out", str(out), *args, stdin="", lang="zh_CN")
    assert r.returncode == 2
    assert r.stderr.strip() == f"错误：“{number}”不是记录的编号：--id 应填写软件中显示的编号（数字）。"
    assert not out.exists()


def test_an_assistant_is_refused_before_the_number_is_looked_up(office, tmp_path):
    d, _rid, number = office
    args, pw = as_user(d, "zhou")
    before = len(trail(d))
    out = tmp_path / "r.pdf"
    r = run("print", "referral", "--id", f"{number[:4]}-099", "--out", str(out), *args, stdin=pw, lang="en")
    assert r.returncode == 7 and "is not a referral" not in r.stderr, r.stderr
    denied = [row for row in trail(d)[before:] if row[1] == "denied"]
    assert denied and denied[0][2] == "referral" and not out.exists()
