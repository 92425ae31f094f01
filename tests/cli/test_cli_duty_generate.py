"""``duty generate`` and ``duty publish`` (counselor_app/cli/duty.py), run as a user runs them: a real process, the
password on standard input, exit codes, what is printed and what the audit trail holds."""
from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from cli_helpers import run
from counselor_app.services.demo import DEMO_PASSWORD
from testdata import CHEAP_KDF


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    """A demo office with the counseling room at lunch every weekday and a hotline shift on Wednesdays that only
    a school leader may take (nobody on the list: an empty seat every week); four people on the duty list."""
    from counselor_app.services import demo, duty, staff

    folder = tmp_path_factory.mktemp("dutygen") / "office"
    made = demo.create_demo_office(folder, students=20, kdf=CHEAP_KDF)
    s = made.office.session
    try:
        today = date.today()
        sem = next(x for x in duty.duty_semesters(s) if x.start <= today <= x.end)
        room, hotline = duty.save_post(s, "辅导室"), duty.save_post(s, "热线")
        for wd in range(5):
            duty.save_template(s, sem.id, duty.TemplateEdit(room, wd, "午休", "12:10", "13:30"))
        duty.save_template(s, sem.id, duty.TemplateEdit(hotline, 2, "课后", "16:40", "17:40",
                                                        roles=("school_leader",)))
        people = [p for p in staff.list_staff(s) if p.active and "school_leader" not in p.roles][:4]
        duty.set_members(s, sem.id, tuple(p.id for p in people))
    finally:
        s.close()
    first = today + timedelta(days=1)
    while first.weekday() != 0:
        first += timedelta(days=1)
    return folder, sem, first, first + timedelta(days=11), [p.name for p in people]


def as_user(folder: Path, login: str = "assistant") -> tuple[list[str], str]:
    return ["--data-dir", str(folder), "--login", login, "--password-stdin"], DEMO_PASSWORD + "\n"


def actions(folder: Path) -> list[str]:
    from counselor_app.services.office import login
    from counselor_app.store import audit

    with login(folder, "demo", DEMO_PASSWORD) as session:
        return [r.action for r in audit.iter_all(session.conn)]


def test_generate_shows_the_preview_then_saves_with_apply(office):
    folder, sem, first, last, names = office
    args, pw = as_user(folder)
    r = run("duty", "generate", "--from", first.isoformat(), "--to", last.isoformat(), *args, stdin=pw,
            lang="zh_CN")
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[0].startswith(f"{first.isoformat()} 至 {last.isoformat()}：")
    counts = {line.split("\t")[0]: int(line.split("\t")[4]) for line in lines if line.split("\t")[0] in names}
    assert set(counts) == set(names) and max(counts.values()) - min(counts.values()) <= 1
    assert any(line.startswith("空缺：") and "热线 课后 16:40–17:40" in line for line in lines)
    assert lines[-1] == "未保存：加上 --apply 才会保存这份值班表。"
    assert "duty.generate" not in actions(folder)
    r = run("duty", "generate", "--from", first.isoformat(), "--to", last.isoformat(), "--apply", *args, stdin=pw,
            lang="zh_CN")
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines()[-1] == f"已保存 {sum(counts.values())} 个值班。"
    assert "duty.generate" in actions(folder)


def test_publish_refuses_empty_seats_unless_allowed(office):
    folder, sem, first, last, _names = office
    args, pw = as_user(folder, "counselor")
    semester = f"{sem.year}-{sem.number}"
    r = run("duty", "publish", "--semester", semester, "--through", last.isoformat(), *args, stdin=pw, lang="en")
    assert r.returncode == 2
    assert "--allow-gaps" in r.stderr and "empty: " in r.stdout
    assert "duty.publish" not in actions(folder)
    r = run("duty", "publish", "--semester", semester, "--through", last.isoformat(), "--allow-gaps", *args,
            stdin=pw, lang="en")
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines()[-1].startswith(f"Published from {sem.start.isoformat()} through {last.isoformat()}")
    assert "duty.publish" in actions(folder)


def test_mistakes_are_clear(office):
    folder, sem, first, last, _names = office
    args, pw = as_user(folder)
    r = run("duty", "publish", "--semester", "2026-autumn", *args, stdin=pw, lang="zh_CN")
    assert r.returncode == 2 and "2026-2027-1" in r.stderr
    r = run("duty", "generate", "--from", last.isoformat(), "--to", first.isoformat(), *args, stdin=pw, lang="en")
    assert r.returncode == 2 and "The last day comes before the first." in r.stderr
    r = run("duty", "generate", "--from", "2026-13-01", "--to", last.isoformat(), *args, stdin=pw, lang="en")
    assert r.returncode == 2 and "2026-09-01" in r.stderr


def test_generating_over_the_published_roster_says_so(office):
    folder, sem, first, last, _names = office
    args, pw = as_user(folder, "counselor")
    r = run("duty", "generate", "--from", first.isoformat(), "--to", last.isoformat(), "--apply", *args, stdin=pw,
            lang="zh_CN")
    assert r.returncode == 0, r.stderr
    r = run("duty", "publish", "--semester", f"{sem.year}-{sem.number}", "--through", last.isoformat(),
            "--allow-gaps", *args, stdin=pw, lang="zh_CN")
    assert r.returncode == 0, r.stderr
    r = run("duty", "generate", "--from", first.isoformat(), "--to", last.isoformat(), "--replace", *args,
            stdin=pw, lang="zh_CN")
    assert r.returncode == 0, r.stderr
    assert f"值班表已发布至 {last.isoformat()}：保存后请重新打印月值班表，并通知值班有变动的同事。" in r.stdout.splitlines()
