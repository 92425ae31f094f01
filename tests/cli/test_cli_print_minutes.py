"""``counselor-app print minutes --id N [--identities] --out F.pdf`` and ``print meeting-sign-in --id N``: a review
meeting's documents written headlessly, students masked unless the annex is asked for, every step audited, an
assistant refused."""
from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from cli_helpers import PW, init_office, roster, run
from counselor_app.reports.fonts import find_cjk_font

OTHER_PW = "Another-Pass-77"
NUMBER = "2026070188"
NAME = "欧阳晓明"
needs_font = pytest.mark.skipif(find_cjk_font() is None, reason="no Chinese TrueType font on this machine")


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    """An office with a head, an assistant (zhou), one student and a meeting of the student's grade with the
    student on its agenda; returns (folder, meeting id)."""
    from counselor_app.services import meetings, meetings_agenda
    from counselor_app.services.office import login

    tmp = tmp_path_factory.mktemp("print_minutes")
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
        grade_id, student_id = s.conn.execute(
            "SELECT c.grade_id, s.id FROM student s JOIN school_class c ON c.id = s.class_id").fetchone()
        mid = meetings.create_meeting(s, meetings.NewMeeting(grade_id, today.strftime("%Y-%m"),
                                                             meetings.MeetingEdit(today, "15:30", "16:30", "会议室")))
        meetings_agenda.add_student(s, mid, student_id)
    return d, mid


def as_user(d, login: str):
    return ["--data-dir", str(d), "--login", login, "--password-stdin"], (PW if login == "head" else OTHER_PW) + "\n"


def trail(d):
    from counselor_app.services.office import login
    from counselor_app.store import audit

    with login(d, "head", PW) as s:
        return [(r.action, r.outcome, r.target_type, str(r.target_id)) for r in audit.iter_all(s.conn)]


def text_of(path) -> list[str]:
    return ["".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(path.read_bytes())).pages]


@needs_font
def test_the_minutes_print_masked_and_with_the_annex_only_when_asked(office, tmp_path):
    d, mid = office
    args, pw = as_user(d, "head")
    out = tmp_path / "纪要.pdf"
    r = run("print", "minutes", "--id", str(mid), "--out", str(out), *args, stdin=pw, lang="zh_CN")
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == f"已将“研判会会议纪要”保存为 {out}。"
    pages = text_of(out)
    text = "".join(pages)
    assert "七年级学生心理状况研判会会议纪要" in text and "草稿" in text    # not finalized: a draft
    assert "欧阳*明" in text and "******0188" in text and "七年级(3)班" in text
    assert NAME not in text and NUMBER not in text
    assert ("save.minutes", "ok", "meeting", str(mid)) in trail(d)
    assert not [a for a in trail(d) if a[0] == "view.minutes_identities"]

    named = tmp_path / "纪要-附件.pdf"
    r = run("print", "minutes", "--id", str(mid), "--identities", "--out", str(named), *args, stdin=pw)
    assert r.returncode == 0, r.stderr
    pages = text_of(named)
    assert NAME in pages[-1] and NUMBER in pages[-1] and "Annex" in pages[-1]
    assert not any(NAME in p for p in pages[:-1])
    assert ("view.minutes_identities", "ok", "meeting", str(mid)) in trail(d)


@needs_font
def test_the_sign_in_sheet_prints_by_the_name_people_type(office, tmp_path):
    d, mid = office
    args, pw = as_user(d, "head")
    out = tmp_path / "签到表.pdf"
    r = run("print", "meeting-sign-in", "--id", str(mid), "--out", str(out), *args, stdin=pw, lang="zh_CN")
    assert r.returncode == 0, r.stderr
    text = "".join(text_of(out))
    assert "签到表" in text and "会议室" in text and "欧阳*明" not in text and NAME not in text
    assert ("save.meeting_sign_in", "ok", "meeting", str(mid)) in trail(d)


def test_an_assistant_is_refused_and_a_wrong_id_is_a_clear_message(office, tmp_path):
    d, mid = office
    out = tmp_path / "x.pdf"
    args, pw = as_user(d, "zhou")
    r = run("print", "minutes", "--id", str(mid), "--identities", "--out", str(out), *args, stdin=pw, lang="zh_CN")
    assert r.returncode == 7 and "管理研判会" in r.stderr.strip().splitlines()[-1], r.stderr
    assert not out.exists()
    assert ("denied.manage_meetings", "denied", "meeting", str(mid)) in trail(d)
    args, pw = as_user(d, "head")
    r = run("print", "minutes", "--id", "9999", "--out", str(out), *args, stdin=pw)
    assert r.returncode == 2 and r.stderr.strip() == "Error: This review meeting does not exist."
    r = run("print", "minutes", "--out", str(out), *args, stdin="")
    assert r.returncode == 2 and "needs --id" in r.stderr
    r = run("print", "meeting-sign-in", "--id", str(mid), "--identities", "--out", str(out), *args, stdin="")
    assert r.returncode == 2 and "does not take --identities" in r.stderr
    assert not out.exists()
