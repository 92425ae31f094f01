"""Settings → 重点关注: the office head edits the watch list's risk levels in the real dialog (ui/watch/levels_dialog.py);
the service saves them, or refuses with its message in the dialog's error line."""
from __future__ import annotations

from datetime import date

import pytest

from counselor_app.services.demo import DEMO_PASSWORD
from counselor_app.ui.qt import QPushButton, Qt
from ui_helpers import audit_actions, log_in, wait_for

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def office_with_entry(data_dir):
    """A small demo office; student 1 is on the watch list at 重点关注 (orange), open."""
    from counselor_app.services import watch
    from counselor_app.services.demo import create_demo_office

    made = create_demo_office(data_dir, students=30, seed=3, today=date.today())
    with made.office.session as s:
        edit = watch.EntryEdit("staff", "班主任反映近两周情绪低落")
        watch.open_entry(s, watch.NewEntry(1, edit, "orange", "mild", "following"))
    return made


def levels_now(qtbot, app):
    from counselor_app.services import watch_loop

    got: list = []
    app.worker.run(lambda s: (watch_loop.levels(s), watch_loop.levels(s, all_levels=True)), got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=10000)
    return got[0]


def open_levels_dialog(qtbot, app, login="demo"):
    main = log_in(qtbot, app, login, DEMO_PASSWORD)
    main.go_to("settings")
    page = main.pages["settings"]
    tab = next(i for i in range(page.tabs.count()) if page.tabs.tabText(i) == "重点关注")
    page.tabs.setCurrentIndex(tab)
    wait_for(qtbot, lambda: "高危：每 7 天回访一次" in page.levels_label.text())
    button = page.findChild(QPushButton, "changeLevels")
    qtbot.mouseClick(button, LEFT)
    dialog = page.levels_dialog
    wait_for(qtbot, lambda: len(dialog.rows) == 3 and dialog.ok_button.isEnabled())
    return page, dialog


def test_the_head_renames_recolours_adds_and_reorders_levels(qtbot, make_app, office_with_entry):
    app = make_app()
    page, dialog = open_levels_dialog(qtbot, app)
    yellow, orange, red = dialog.rows
    assert [r.name.text() for r in dialog.rows] == ["一般关注", "重点关注", "高危"]
    assert not red.may_close.isChecked() and not yellow.up.isEnabled() and not red.down.isEnabled()
    orange.days.clear()
    qtbot.keyClicks(orange.days, "10")
    orange.colour.setCurrentIndex(orange.colour.findData("#8e24aa"))
    qtbot.mouseClick(dialog.add_button, LEFT)
    assert len(dialog.rows) == 4
    new = dialog.rows[3]
    qtbot.keyClicks(new.name, "Crisis")
    new.days.clear()
    qtbot.keyClicks(new.days, "3")
    qtbot.mouseClick(new.may_close, LEFT)     # ticked by default: now it may not close
    qtbot.mouseClick(new.up, LEFT)            # below 高危 → above it
    assert [r.code for r in dialog.rows] == ["yellow", "orange", "level1", "red"]
    qtbot.mouseClick(dialog.ok_button, LEFT)
    wait_for(qtbot, lambda: not dialog.isVisible())
    active, _every = levels_now(qtbot, app)
    assert [(lv.code, lv.label, lv.colour, lv.rank, lv.review_days, lv.may_close) for lv in active] == [
        ("yellow", "", "#e0b000", 1, 30, True),          # unchanged name: still the default, in each language
        ("orange", "", "#8e24aa", 2, 10, True),
        ("level1", "Crisis", "#8b1a1a", 3, 3, False),
        ("red", "", "#d02020", 4, 7, False)]
    wait_for(qtbot, lambda: "Crisis：每 3 天回访一次，关闭前须先下调等级" in page.levels_label.text())
    assert "watch.levels" in audit_actions(qtbot, app)


def test_a_level_of_open_entries_is_not_removed_and_nothing_is_saved(qtbot, make_app, office_with_entry):
    app = make_app()
    page, dialog = open_levels_dialog(qtbot, app)
    qtbot.mouseClick(dialog.rows[1].remove, LEFT)          # 重点关注: student 1's open entry has it
    assert [r.code for r in dialog.rows] == ["yellow", "red"]
    dialog.rows[0].name.setText("一般关注（改）")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    wait_for(qtbot, lambda: dialog.error.text() != "")
    assert dialog.error.text() == "仍有未关闭的条目使用“重点关注”等级，请先将其调整到其他等级。"
    assert dialog.isVisible() and dialog.rows[0].name.text() == "一般关注（改）"   # the form keeps what was typed
    active, _every = levels_now(qtbot, app)
    assert [(lv.code, lv.label) for lv in active] == [("yellow", ""), ("orange", ""), ("red", "")]
    # a level nobody uses goes: kept (inactive) for the closed entries that may name it, no longer offered
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Cancel), LEFT)
    qtbot.mouseClick(page.findChild(QPushButton, "changeLevels"), LEFT)
    dialog = page.levels_dialog
    wait_for(qtbot, lambda: len(dialog.rows) == 3 and dialog.ok_button.isEnabled())
    qtbot.mouseClick(dialog.rows[0].remove, LEFT)
    qtbot.mouseClick(dialog.ok_button, LEFT)
    wait_for(qtbot, lambda: not dialog.isVisible())
    active, every = levels_now(qtbot, app)
    assert [lv.code for lv in active] == ["orange", "red"] and "yellow" in [lv.code for lv in every]


def test_the_form_catches_a_nameless_level_and_the_last_closable_one(qtbot, make_app, office_with_entry):
    app = make_app()
    _page, dialog = open_levels_dialog(qtbot, app)
    qtbot.mouseClick(dialog.add_button, LEFT)
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert dialog.error.text() == "请为第 4 个等级填写名称。" and dialog.isVisible()
    qtbot.mouseClick(dialog.rows[3].remove, LEFT)
    for row in dialog.rows[:2]:
        qtbot.mouseClick(row.may_close, LEFT)
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert dialog.error.text() == "至少要有一个等级允许关闭条目。"
    dialog.rows[1].name.setText("一般关注")
    qtbot.mouseClick(dialog.rows[0].may_close, LEFT)
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert dialog.error.text() == "有两个等级都叫“一般关注”。"
    assert len(dialog.rows) == 3


def test_a_counselor_has_no_levels_to_change(qtbot, make_app, office_with_entry):
    app = make_app()
    main = log_in(qtbot, app, "counselor", DEMO_PASSWORD)
    main.go_to("settings")
    page = main.pages["settings"]
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == ["我的账号"]
    assert page.findChild(QPushButton, "changeLevels") is None
