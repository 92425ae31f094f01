"""The student profile's 转介, 请假/休学与复学 and 危机事件 sections: a demo student with a referral, a leave and a
crisis incident shows them to the head; an assistant has none of the three, and the services refuse them."""
from datetime import date, timedelta

import pytest

from counselor_app.domain.errors import PermissionDenied
from counselor_app.services import crisis, leaves, office, referral_profile, referral_views, referrals
from counselor_app.services.demo import DEMO_PASSWORD
from counselor_app.store import audit
from counselor_app.ui.qt import Qt
from test_student_profile import click_section, open_profile, section_titles
from ui_helpers import audit_actions, log_in, wait_for

TITLES = ["转介", "请假/休学与复学", "危机事件"]


@pytest.fixture
def student(demo_office):
    """The demo's crisis incident's student, given a referral and a leave too (the demo spreads them out)."""
    today = date.today()
    with office.login(demo_office, "demo", DEMO_PASSWORD) as s:
        (incident,) = crisis.list_incidents(s)
        sid = crisis.get_incident(s, incident.id).students[0].student_id
        referrals.create_referral(s, sid, referrals.ReferralEdit("近两周情绪低落", "urgent"), today=today)
        leaves.start_leave(s, sid, leaves.LeaveEdit("leave", "mental", today - timedelta(days=3),
                                                    today + timedelta(days=4), today - timedelta(days=4),
                                                    ("application",), ""), today=today)
    return sid


def cells(section, row: int = 0) -> list[str]:
    model = section.model
    return [model.data(model.index(row, c)) for c in range(model.columnCount())]


def test_the_head_sees_the_students_referrals_leaves_and_incidents(qtbot, make_app, student):
    app = make_app()
    log_in(qtbot, app, "demo", DEMO_PASSWORD)
    profile = open_profile(qtbot, app, student)
    titles = section_titles(profile)
    assert titles[titles.index("预约") + 1:] == TITLES + ["时间线"]

    section = click_section(qtbot, profile, "转介")
    assert section.isVisible() and section.table.isVisible() and not section.empty.isVisible()
    row = next(n for n, r in enumerate(section.rows) if r.state == "draft")
    texts = cells(section, row)
    assert texts[0].startswith(f"{date.today().year}-") and texts[2] == "草稿" and texts[3] == "—"
    section.table.selectRow(row)
    assert not section.open_button.isEnabled()   # a draft has no form to print yet

    section = click_section(qtbot, profile, "请假/休学与复学")
    (leave,) = section.rows
    assert cells(section)[1:3] == ["请假", (date.today() - timedelta(days=3)).isoformat()]
    assert cells(section)[6:] == ["—", "—"]   # no assessment meeting yet
    qtbot.mouseClick(section.open_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: section.window is not None and section.window.isVisible())
    assert "2026" in section.window.windowTitle() or leave.number in section.window.windowTitle()
    wait_for(qtbot, lambda: section.window.empty.isVisible())   # the meetings loaded: none yet
    section.window.close()

    section = click_section(qtbot, profile, "危机事件")
    (incident,) = section.rows
    assert cells(section)[2:] == ["自伤", "重大", "已结案"]
    assert "T" not in cells(section)[1]
    qtbot.mouseClick(section.open_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: section.preview is not None and section.preview.isVisible(), timeout=20000)
    assert "preview.crisis_report" in audit_actions(qtbot, app)
    app.lock()   # nothing of the student stays open
    assert section.preview is None and section.rows is None and section.model.rowCount() == 0


def test_the_referral_form_prints_from_the_profile(qtbot, make_app, demo_office):
    app = make_app()
    log_in(qtbot, app, "demo", DEMO_PASSWORD)
    got: list = []
    app.worker.run(lambda s: next(r for r in referral_views.list_referrals(s) if r.overdue), got.append)
    wait_for(qtbot, lambda: bool(got))
    late = got[0]
    profile = open_profile(qtbot, app, late.student_id)
    section = click_section(qtbot, profile, "转介")
    row = next(n for n, r in enumerate(section.rows) if r.id == late.id)
    texts = cells(section, row)
    assert texts[0] == late.number and texts[1] == "示范市精神卫生中心" and texts[2] == "已开具"
    index = section.model.index(row, 4)
    assert section.model.data(index, Qt.ItemDataRole.ToolTipRole) == "回执已逾期：请联系家长。"
    rect = section.table.visualRect(section.model.index(row, 0))
    qtbot.mouseClick(section.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert section.open_button.isEnabled()
    qtbot.mouseDClick(section.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    wait_for(qtbot, lambda: section.preview is not None and section.preview.isVisible(), timeout=20000)
    assert "preview.referral" in audit_actions(qtbot, app)


def test_a_student_without_records_sees_the_empty_hints(qtbot, make_app, demo_office):
    app = make_app()
    log_in(qtbot, app, "demo", DEMO_PASSWORD)
    profile = open_profile(qtbot, app, 1)
    expected = {"转介": "该学生没有转介记录。", "请假/休学与复学": "该学生没有请假或休学记录。",
                "危机事件": "该学生未涉及危机事件。"}
    for title, hint in expected.items():
        section = click_section(qtbot, profile, title)
        if section.rows:   # the demo gave student 1 a record of this kind: nothing to say about its emptiness
            continue
        assert section.empty.isVisible() and section.empty.text() == hint and not section.table.isVisible()


def test_a_withdrawn_leave_shows_in_the_open_profile(qtbot, make_app, student):
    app = make_app()
    log_in(qtbot, app, "demo", DEMO_PASSWORD)
    profile = open_profile(qtbot, app, student)
    section = click_section(qtbot, profile, "请假/休学与复学")
    (leave,) = section.rows
    assert leave.state == "applied"
    app.worker.run(lambda s: leaves.withdraw_leave(s, leave.id, leaves.get_leave(s, leave.id).row.revision))
    wait_for(qtbot, lambda: section.rows[0].state == "withdrawn")
    assert cells(section)[5] == "已撤回"


def test_an_assistant_has_none_of_the_sections_and_the_service_refuses(qtbot, make_app, student):
    app = make_app()
    log_in(qtbot, app, "assistant", DEMO_PASSWORD)
    profile = open_profile(qtbot, app, student)
    assert not set(TITLES) & set(section_titles(profile))
    got: list = []
    app.worker.run(lambda s: referral_profile.student_incidents(s, student), got.append, got.append)
    wait_for(qtbot, lambda: bool(got))
    assert isinstance(got[0], PermissionDenied)
    trail: list = []
    app.worker.run(lambda s: [(r.action, r.outcome) for r in audit.iter_all(s.conn)
                              if r.target_type == "student" and r.target_id == str(student)], trail.append)
    wait_for(qtbot, lambda: bool(trail))
    assert trail[0][-1] == ("denied.view_crisis", "denied")
