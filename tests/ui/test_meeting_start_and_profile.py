"""Review meetings outside the 研判会 page: the start page's card (the grades without a meeting this month, the user's
overdue meeting actions) and the student profile's 研判会 section (the meetings that discussed the student and what
they decided) — for counselors and the head; an assistant sees neither."""
from __future__ import annotations

from datetime import date

import pytest
from meeting_ui_helpers import LEFT, hold_finalized_meeting, new_meeting
from watch_ui_helpers import build, click_section, copy_into, open_profile

from counselor_app.domain.meeting import month_of
from counselor_app.services.demo import DEMO_PASSWORD
from ui_helpers import log_in, wait_for

GRADES = ["七年级", "八年级", "九年级", "高一", "高二", "高三"]


@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    office = build(tmp_path_factory.mktemp("meetingstart") / "office")
    held = hold_finalized_meeting(office)
    return office, held


@pytest.fixture
def office(prepared, data_dir):
    copy_into(prepared[0], data_dir)
    return prepared


def card_of(qtbot, make_app, login="counselor", lang="zh_CN"):
    app = make_app(lang)
    main = log_in(qtbot, app, login, DEMO_PASSWORD)
    card = main.pages["start"].meeting_card
    if card is not None:
        wait_for(qtbot, lambda: card.data is not None)
    return app, main, card


def links(card, name):
    return [b for b in card.buttons if b.objectName() == name and b.isVisible()]


def test_the_card_lists_grades_without_a_meeting_and_my_overdue_actions(qtbot, make_app, office):
    _app, main, card = card_of(qtbot, make_app)
    meeting_id, _student = office[1]
    assert [b.text() for b in links(card, "meetingGradeLink")] == [g for g in GRADES if g != "九年级"]
    (action,) = links(card, "meetingActionLink")
    assert "个体辅导" in action.text() and "九年级" in action.text()
    # the action opens the meeting that decided it
    qtbot.mouseClick(action, LEFT)
    window = main.pages["start"].meeting_window
    wait_for(qtbot, lambda: window.view is not None)
    assert window.meeting_id == meeting_id and window.state_badge.text() == "已定稿"
    window.close()
    # a grade opens the page with the new-meeting dialog for it; once prepared, the grade leaves the card
    grade = links(card, "meetingGradeLink")[0]
    qtbot.mouseClick(grade, LEFT)
    page = main.pages["meetings"]
    dialog = page.editor
    wait_for(qtbot, lambda: dialog is not None and not dialog.loading)
    assert main.current_page_key() == "meetings"
    assert dialog.grade.currentText() == "七年级" and dialog.month.currentData() == month_of(date.today())
    dialog.reject()
    new_meeting(qtbot, page, grade="七年级")
    page.meeting_window.close()
    main.go_to("start")
    wait_for(qtbot, lambda: "七年级" not in [b.text() for b in links(card, "meetingGradeLink")])


def test_the_profile_shows_the_meetings_that_discussed_the_student(qtbot, make_app, office):
    _app, main, _card = card_of(qtbot, make_app)
    meeting_id, student = office[1]
    profile = open_profile(qtbot, main, student)
    section = click_section(qtbot, profile, "研判会")
    wait_for(qtbot, lambda: section.rows is not None and bool(section.levels))   # the level names too
    (row,) = section.model.rows
    assert row.meeting_id == meeting_id and row.decision == "maintain" and row.actions == 1
    texts = [section.model.data(section.model.index(0, c)) for c in range(section.model.columnCount())]
    assert texts[0].startswith("九年级 · ") and texts[2] == "已定稿" and texts[4] == "维持"
    assert texts[7] == "班主任电话告知家长" and texts[8] == "1"
    qtbot.mouseClick(section.open_button, LEFT)
    wait_for(qtbot, lambda: section.meeting_window is not None and section.meeting_window.view is not None)
    assert section.meeting_window.meeting_id == meeting_id


def test_an_assistant_has_no_meeting_card_nor_section(qtbot, make_app, office):
    _app, main, card = card_of(qtbot, make_app, "assistant")
    assert card is None
    profile = open_profile(qtbot, main, office[1][1])
    titles = [profile.nav.item(i).text() for i in range(profile.nav.count())]
    assert "研判会" not in titles and "基本信息" in titles


def test_the_next_meeting_shows_the_last_meetings_open_actions(qtbot, make_app, office):
    from meeting_ui_helpers import ok, pick

    _app, main, _card = card_of(qtbot, make_app)
    _meeting_id, student = office[1]
    main.go_to("meetings")
    page = main.pages["meetings"]
    wait_for(qtbot, lambda: page.loaded)
    qtbot.mouseClick(page.new_button, LEFT)
    dialog = page.editor
    wait_for(qtbot, lambda: not dialog.loading)
    pick(dialog.grade, "九年级")
    pick(dialog.kind, "临时研判会")   # the month's regular meeting is held: a second one is named
    ok(qtbot, dialog)
    wait_for(qtbot, lambda: page.meeting_window is not None and page.meeting_window.view is not None)
    window = page.meeting_window
    assert window.title.text().endswith("临时研判会")
    item = next(it for it in window.view.items if it.student_id == student)
    assert "open_action" in item.reasons
    window.tabs.setCurrentWidget(window.other_tab)
    follow = window.other_tab.follow_model
    assert follow.rowCount() == 1 and window.other_tab.follow_table.isVisible()
    assert [follow.data(follow.index(0, c)) for c in range(1, 5)] == ["个体辅导", window.view.follow_ups[0].owner,
                                                                      window.view.follow_ups[0].due_on, "未开始"]
    assert follow.data(follow.index(0, 0)).startswith(item.name)
