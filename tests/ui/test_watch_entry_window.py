"""The entry window of the watch list, driven through its real widgets: the header and tabs, the dialogs that change
an entry (level, class, state, people, details, closing), a stale save, the lock, and the assistant's refusal."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from counselor_app.domain.roles import Role
from counselor_app.services import watch, watch_records
from counselor_app.services.demo import DEMO_PASSWORD
from counselor_app.ui.qt import QApplication, QCoreApplication, QEvent, Qt, is_alive
from counselor_app.ui.watch.entry_window import open_entry_window
from ui_helpers import audit_actions, log_in, wait_for
from watch_entry_data import free_students, plain_entry, revision
from watch_helpers import LOGIN, login, prepare

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    return prepare(tmp_path_factory.mktemp("watch_entry_office"))


@pytest.fixture
def entry(prepared, tmp_path):
    """An orange entry (mild, followed up, opened 20 days ago, no plan) of a student with no other entry; the office
    copied into the test's data folder."""
    with login(prepared, tmp_path, Role.COUNSELOR) as s:
        return plain_entry(s, free_students(s, prepared)[0])


def start(qtbot, make_app, role: Role = Role.COUNSELOR, lang: str = "zh_CN"):
    app = make_app(lang)
    log_in(qtbot, app, LOGIN[role], DEMO_PASSWORD)
    return app


def open_window(qtbot, app, entry_id: int):
    window = open_entry_window(app, entry_id)
    wait_for(qtbot, lambda: window.detail is not None)
    return window


def click(qtbot, button) -> None:
    """Click a button once it is shown (Qt shows a widget added to a shown layout with a queued call)."""
    wait_for(qtbot, lambda: button.isVisible() and button.isEnabled(), timeout=3000)
    qtbot.mouseClick(button, LEFT)


def show_tab(qtbot, window, tab) -> None:
    """Click the tab's title."""
    bar = window.tabs.tabBar()
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(window.tabs.indexOf(tab)).center())
    assert window.tabs.currentWidget() is tab


def press_ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.ok_button, LEFT)


def saved_and_shown(qtbot, window, condition) -> None:
    """The dialog closed, the window reloaded from the change, ``condition(detail)`` holds."""
    wait_for(qtbot, lambda: not window.dialog.isVisible() and window.detail is not None and condition(window.detail))


def history_texts(window) -> list[str]:
    table = window.history_tab.table
    return [" | ".join(table.item(r, c).text() for c in range(table.columnCount())) for r in range(table.rowCount())]


def error_of(dialog) -> str:
    return dialog.error.text()


# -- header, level, class, state ------------------------------------------------------------------------------------

def test_the_window_shows_the_entry_and_a_new_level_with_its_reason(qtbot, make_app, entry):
    app = start(qtbot, make_app)
    window = open_window(qtbot, app, entry)
    assert window.level_badge.text() == "重点关注"
    assert window.state_badge.text() == "跟进中" and window.severity_badge.text() == "轻症"
    assert "觉得活着没意思" in window.concern_label.text()
    assert "李红（母亲）" in window.parent_label.text() and "13800001111" in window.parent_label.text()
    assert "心理教师" in window.people_label.text()
    assert not window.pending_badge.isVisible() and not window.approve_button.isVisible()
    assert window.windowTitle() == "重点关注条目"   # no name in the task bar

    click(qtbot, window.level_button)
    dialog = window.dialog
    dialog.level.setCurrentIndex(dialog.level.findData("red"))
    press_ok(qtbot, dialog)   # no reason: the service's message, nothing saved
    wait_for(qtbot, lambda: error_of(dialog) == "请填写变更原因。")
    assert dialog.isVisible()
    dialog.reason.setPlainText("周记中出现自伤念头")
    press_ok(qtbot, dialog)
    saved_and_shown(qtbot, window, lambda d: d.entry.level == "red")
    assert window.level_badge.text() == "高危"
    assert any("等级：重点关注 → 高危" in row and "周记中出现自伤念头" in row for row in history_texts(window))
    assert window.tabs.tabText(3) == "变更记录（2）"


def test_class_and_state_change_through_their_dialogs(qtbot, make_app, prepared, tmp_path):
    with login(prepared, tmp_path, Role.COUNSELOR) as s:
        eid = plain_entry(s, free_students(s, prepared)[0], state="candidate", severity="")
    app = start(qtbot, make_app)
    window = open_window(qtbot, app, eid)
    assert window.severity_badge.text() == "类别待定"
    moves = window.state_menu.actions()
    assert [a.text() for a in moves] == ["转为“跟进中”…"]
    moves[0].trigger()
    dialog = window.dialog
    press_ok(qtbot, dialog)   # 待复核 → 跟进中 needs the class decided first
    wait_for(qtbot, lambda: "轻症或重症" in error_of(dialog))
    dialog.reject()

    click(qtbot, window.severity_button)
    dialog = window.dialog
    dialog.severity.setCurrentIndex(dialog.severity.findData("severe"))
    dialog.reason.setPlainText("复核后判断为重症")
    press_ok(qtbot, dialog)
    saved_and_shown(qtbot, window, lambda d: d.entry.severity == "severe")
    assert window.severity_badge.text() == "重症"

    window.state_menu.actions()[0].trigger()
    press_ok(qtbot, window.dialog)   # the reason is optional for a move
    saved_and_shown(qtbot, window, lambda d: d.entry.state == "following")
    assert window.state_badge.text() == "跟进中"
    assert [a.text() for a in window.state_menu.actions()] == ["转为“观察中”…"]
    assert any("状态：待复核 → 跟进中" in row for row in history_texts(window))


def test_responsible_people_and_details_are_changed(qtbot, make_app, entry, prepared):
    app = start(qtbot, make_app)
    window = open_window(qtbot, app, entry)
    click(qtbot, window.responsible_button)
    dialog = window.dialog
    before = len(dialog.rows)
    click(qtbot, dialog.add_button)
    assert len(dialog.rows) == before + 1
    _row, person, duty = dialog.rows[-1]
    person.setCurrentIndex(person.findData(prepared.other_counselor_staff))
    duty.setCurrentIndex(duty.findData("leader"))
    other = person.currentText()
    dialog.reason.setPlainText("增加校领导包保")
    press_ok(qtbot, dialog)
    saved_and_shown(qtbot, window, lambda d: len(d.responsible) == before + 1)
    assert f"校领导：{other}" in window.people_label.text()
    assert any("包保人：" in row and f"校领导 {other}" in row for row in history_texts(window))

    click(qtbot, window.edit_button)
    dialog = window.dialog
    dialog.concern.setPlainText("更正：家长反映孩子失眠两周")
    dialog.parent_phone.setText("12345")
    press_ok(qtbot, dialog)
    wait_for(qtbot, lambda: "电话号码" in error_of(dialog))
    dialog.parent_phone.setText("13900002222")
    press_ok(qtbot, dialog)
    saved_and_shown(qtbot, window, lambda d: d.concern == "更正：家长反映孩子失眠两周")
    assert window.concern_label.text() == "更正：家长反映孩子失眠两周"
    assert "13900002222" in window.parent_label.text()


# -- the plan ---------------------------------------------------------------------------------------------------------

def test_the_plan_is_written_revised_and_its_earlier_version_viewed(qtbot, make_app, entry):
    app = start(qtbot, make_app)
    window = open_window(qtbot, app, entry)
    tab = window.plan_tab
    assert tab.empty.isVisible() and tab.write_button.text() == "编写一人一策…"
    assert not tab.versions_button.isVisible()
    click(qtbot, tab.write_button)
    editor = window.dialog
    click(qtbot, editor.add_button)
    click(qtbot, editor.add_button)
    assert editor.table.rowCount() == 2
    editor.goal.setPlainText("情绪稳定，睡眠改善")
    editor.table.item(0, 1).setText("每周一次个体辅导")
    editor.table.item(0, 3).setText("每周一次")
    editor.cell(1, 0).setCurrentIndex(editor.cell(1, 0).findData("teacher_watch"))
    editor.table.item(1, 1).setText("班主任每日观察")
    editor.cell(1, 2).setCurrentText("班主任")   # someone outside the staff list: typed
    editor.cell(1, 5).setDate(editor.cell(1, 4).date().addDays(30))
    press_ok(qtbot, editor)
    saved_and_shown(qtbot, window, lambda d: d.plan is not None)
    plan = window.detail.plan
    assert plan.version == 1 and plan.signed
    assert [m.type for m in plan.measures] == ["individual", "teacher_watch"]
    assert plan.measures[0].owner_staff_id is not None and plan.measures[1].owner == "班主任"
    assert tab.version_label.text().startswith("第 1 版") and "已签名 ✓" in tab.version_label.text()
    assert tab.measures.rowCount() == 2 and tab.measures.item(1, 2).text() == "班主任"
    assert tab.write_button.text() == "修订一人一策…"

    click(qtbot, tab.write_button)   # revise: a third measure, moved to the top; the second one removed
    editor = window.dialog
    assert editor.table.rowCount() == 2 and editor.goal.toPlainText() == "情绪稳定，睡眠改善"
    click(qtbot, editor.add_button)
    editor.cell(2, 0).setCurrentIndex(editor.cell(2, 0).findData("family"))
    editor.table.item(2, 1).setText("每两周与家长通话")
    editor.cell(2, 2).setCurrentText("母亲")
    click(qtbot, editor.up_button)
    click(qtbot, editor.up_button)
    editor.table.selectRow(2)
    click(qtbot, editor.remove_button)
    editor.goal.setPlainText("情绪稳定，睡眠改善，按时返校")
    editor.medication.setPlainText("家长告知：遵医嘱服药")
    press_ok(qtbot, editor)
    saved_and_shown(qtbot, window, lambda d: d.plan is not None and d.plan.version == 2)
    assert [m.type for m in window.detail.plan.measures] == ["family", "individual"]
    assert tab.version_label.text().startswith("第 2 版")
    assert tab.medication.text() == "家长告知：遵医嘱服药"

    click(qtbot, tab.versions_button)
    viewer = window.dialog
    wait_for(qtbot, lambda: viewer.shown is not None)
    assert viewer.shown.version == 1
    assert "情绪稳定，睡眠改善" in viewer.view.toPlainText() and "按时返校" not in viewer.view.toPlainText()
    viewer.versions.setCurrentRow(0)
    wait_for(qtbot, lambda: viewer.shown.version == 2)
    viewer.reject()

    box = tab.state_boxes[window.detail.plan.measures[0].id]   # a measure's state changes in place
    box.setCurrentIndex(box.findData("done"))
    wait_for(qtbot, lambda: window.detail.plan.measures[0].state == "done")
    assert window.detail.plan.version == 2


def test_a_plan_without_measures_is_refused_in_the_editor(qtbot, make_app, entry):
    app = start(qtbot, make_app)
    window = open_window(qtbot, app, entry)
    click(qtbot, window.plan_tab.write_button)
    editor = window.dialog
    editor.goal.setPlainText("稳定情绪")
    press_ok(qtbot, editor)
    wait_for(qtbot, lambda: error_of(editor) == "一人一策至少需要一项措施。")
    click(qtbot, editor.add_button)
    click(qtbot, editor.remove_button)
    assert editor.table.rowCount() == 0 and editor.isVisible()


# -- follow-ups, contacts, notes --------------------------------------------------------------------------------------

def test_a_follow_up_with_a_re_rating_raises_the_level(qtbot, make_app, entry):
    app = start(qtbot, make_app)
    window = open_window(qtbot, app, entry)
    show_tab(qtbot, window, window.followups_tab)
    click(qtbot, window.followups_tab.add_button)
    dialog = window.dialog
    today = date.today()
    assert dialog.day.date().toPython() == today
    assert dialog.review.date().toPython() == today + timedelta(days=14)   # orange: two weeks
    press_ok(qtbot, dialog)
    wait_for(qtbot, lambda: error_of(dialog) == "请填写观察到的情况或谈话内容。")
    dialog.method.setCurrentIndex(dialog.method.findData("home_visit"))
    dialog.seen.setPlainText("家访：孩子整天待在房间里，不愿出门")
    dialog.rating.setCurrentIndex(dialog.rating.findData("red"))
    assert dialog.review.date().toPython() == today + timedelta(days=7)   # follows the re-rating
    press_ok(qtbot, dialog)
    saved_and_shown(qtbot, window, lambda d: len(d.followups) == 1)
    assert window.detail.entry.level == "red" and window.level_badge.text() == "高危"
    assert window.detail.entry.next_review == (today + timedelta(days=7)).isoformat()
    assert window.tabs.tabText(1) == "跟踪随访（1）"
    assert any(f"随访（{today.isoformat()}）时重新评估" in row for row in history_texts(window))


def test_a_parent_contact_and_notes_under_it_and_a_follow_up(qtbot, make_app, entry):
    app = start(qtbot, make_app)
    window = open_window(qtbot, app, entry)
    show_tab(qtbot, window, window.contacts_tab)
    click(qtbot, window.contacts_tab.add_button)
    dialog = window.dialog
    assert dialog.person.text() == "母亲"
    dialog.way.setCurrentIndex(dialog.way.findData("meeting"))
    dialog.facts.setPlainText("面谈：告知在校情况，建议就医评估")
    dialog.support.setPlainText("父母重视")
    dialog.agreements.setPlainText("本周内就医")
    dialog.has_next.setChecked(True)
    press_ok(qtbot, dialog)
    saved_and_shown(qtbot, window, lambda d: len(d.contacts) == 1)
    contact = window.detail.contacts[0]
    assert (contact.way, contact.facts, contact.agreements) == ("meeting", "面谈：告知在校情况，建议就医评估", "本周内就医")
    assert contact.next_contact_on == (date.today() + timedelta(days=14)).isoformat()

    click(qtbot, window.contacts_tab.addendum_buttons[contact.id])
    note = window.dialog
    press_ok(qtbot, note)
    wait_for(qtbot, lambda: error_of(note) == "请填写更正或补充内容。")
    note.body_text.setPlainText("更正：就诊医院为市第四人民医院")
    press_ok(qtbot, note)
    saved_and_shown(qtbot, window, lambda d: len(d.contacts[0].addenda) == 1)
    assert window.detail.contacts[0].facts == "面谈：告知在校情况，建议就医评估"   # the original stays

    show_tab(qtbot, window, window.followups_tab)
    click(qtbot, window.followups_tab.add_button)
    dialog = window.dialog
    dialog.seen.setPlainText("谈话：情绪平稳")
    press_ok(qtbot, dialog)
    saved_and_shown(qtbot, window, lambda d: len(d.followups) == 1)
    followup = window.detail.followups[0]
    show_tab(qtbot, window, window.followups_tab)
    click(qtbot, window.followups_tab.addendum_buttons[followup.id])
    window.dialog.body_text.setPlainText("补充：该生提到与同学有矛盾")
    press_ok(qtbot, window.dialog)
    saved_and_shown(qtbot, window, lambda d: len(d.followups[0].addenda) == 1)
    assert window.detail.followups[0].addenda[0].seen == "补充：该生提到与同学有矛盾"


# -- closing ----------------------------------------------------------------------------------------------------------

def relog(qtbot, app, role: Role):
    """Log out and in again as someone else, in the same application."""
    app.logout()
    window = app.login_window
    window.login.setText(LOGIN[role])
    window.password.setText(DEMO_PASSWORD)
    window.submit.click()
    wait_for(qtbot, lambda: app.main_window is not None and app.main_window.isVisible())


def test_the_counselor_asks_to_close_and_the_head_approves(qtbot, make_app, entry, answered_dialogs):
    app = start(qtbot, make_app)
    window = open_window(qtbot, app, entry)
    assert not window.approve_button.isVisible() and not window.reject_button.isVisible()
    click(qtbot, window.request_button)
    dialog = window.dialog
    assert dialog.explained.text() == "条目保持开启，直到办公室主任批准关闭。"
    dialog.reason.setCurrentIndex(dialog.reason.findData("improved"))
    press_ok(qtbot, dialog)
    wait_for(qtbot, lambda: "说明关闭理由" in error_of(dialog))
    dialog.explanation.setPlainText("连续四周情绪平稳，家长同意")
    press_ok(qtbot, dialog)
    saved_and_shown(qtbot, window, lambda d: d.entry.close_requested_at is not None)
    assert window.pending_badge.isVisible() and window.state_badge.text() == "跟进中"
    assert window.withdraw_button.isVisible() and not window.request_button.isVisible()
    assert not window.approve_button.isVisible() and not window.reject_button.isVisible()
    assert "连续四周情绪平稳" in window.notice_label.text()
    assert not any(s.kind == "info" for s in answered_dialogs.shown)   # waits for the head: nothing more to say

    relog(qtbot, app, Role.HEAD)
    window = open_window(qtbot, app, entry)
    assert window.approve_button.isVisible() and window.reject_button.isVisible()
    answered_dialogs.set_next_answers(True)
    click(qtbot, window.approve_button)
    wait_for(qtbot, lambda: window.detail.entry.state == "closed")
    assert window.state_badge.text() == "已关闭" and not window.pending_badge.isVisible()
    assert window.reopen_button.isVisible() and not window.level_button.isVisible()
    assert not window.followups_tab.add_button.isVisible()

    click(qtbot, window.reopen_button)
    dialog = window.dialog
    dialog.level.setCurrentIndex(dialog.level.findData("yellow"))
    dialog.reason.setPlainText("期末考试前再次出现焦虑")
    press_ok(qtbot, dialog)
    saved_and_shown(qtbot, window, lambda d: d.entry.state == "following")
    assert window.level_badge.text() == "一般关注"
    assert any("重新启用" in row and "期末考试前再次出现焦虑" in row for row in history_texts(window))


def test_the_head_closes_at_once_and_sends_a_request_back(qtbot, make_app, prepared, tmp_path, answered_dialogs):
    with login(prepared, tmp_path, Role.COUNSELOR) as s:
        free = free_students(s, prepared)
        asked, mine = plain_entry(s, free[0]), plain_entry(s, free[1])
        watch_closing_request(s, asked)
    app = start(qtbot, make_app, Role.HEAD)
    window = open_window(qtbot, app, asked)
    click(qtbot, window.reject_button)
    dialog = window.dialog
    dialog.reason.setPlainText("还需再观察两周")
    press_ok(qtbot, dialog)
    saved_and_shown(qtbot, window, lambda d: d.entry.close_requested_at is None)
    assert not window.pending_badge.isVisible() and window.request_button.isVisible()
    assert any("关闭申请被退回" in row and "还需再观察两周" in row for row in history_texts(window))

    other = open_window(qtbot, app, mine)
    click(qtbot, other.request_button)
    dialog = other.dialog
    dialog.explanation.setPlainText("误录")
    dialog.reason.setCurrentIndex(dialog.reason.findData("mistake"))
    press_ok(qtbot, dialog)
    saved_and_shown(qtbot, other, lambda d: d.entry.state == "closed")
    assert [s.text for s in answered_dialogs.shown if s.kind == "info"] == [
        "您是办公室主任：您的申请已直接关闭该条目。条目保留在学生的历史中，需要时可以重新启用。"]


def test_a_high_risk_entry_is_lowered_before_closing_and_a_request_withdrawn(qtbot, make_app, prepared, tmp_path,
                                                                           answered_dialogs):
    with login(prepared, tmp_path, Role.COUNSELOR) as s:
        eid = plain_entry(s, free_students(s, prepared)[0], level="red")
    app = start(qtbot, make_app)
    window = open_window(qtbot, app, eid)
    click(qtbot, window.request_button)
    dialog = window.dialog
    dialog.explanation.setPlainText("情况好转")
    press_ok(qtbot, dialog)
    wait_for(qtbot, lambda: error_of(dialog) == "“高危”等级的条目不能直接关闭：请先降低等级并说明原因。")
    dialog.reject()
    assert window.detail.entry.close_requested_at is None

    click(qtbot, window.level_button)
    window.dialog.level.setCurrentIndex(window.dialog.level.findData("orange"))
    window.dialog.reason.setPlainText("连续三周平稳")
    press_ok(qtbot, window.dialog)
    saved_and_shown(qtbot, window, lambda d: d.entry.level == "orange")
    click(qtbot, window.request_button)
    window.dialog.explanation.setPlainText("情况好转")
    press_ok(qtbot, window.dialog)
    saved_and_shown(qtbot, window, lambda d: d.entry.close_requested_at is not None)

    answered_dialogs.set_next_answers(False)   # asked, then not withdrawn
    click(qtbot, window.withdraw_button)
    assert answered_dialogs.shown[-1].text == "撤回关闭该条目的申请吗？条目将继续保持开启。"
    answered_dialogs.set_next_answers(True)
    click(qtbot, window.withdraw_button)
    wait_for(qtbot, lambda: window.detail.entry.close_requested_at is None)
    assert not window.pending_badge.isVisible() and window.request_button.isVisible()
    assert any("撤回关闭申请" in row for row in history_texts(window))


def watch_closing_request(s, entry_id: int) -> None:
    from counselor_app.services import watch_closing

    watch_closing.request_close(s, entry_id, "improved", "连续四周情绪平稳", revision(s, entry_id))


# -- a stale copy, the lock, the assistant ----------------------------------------------------------------------------

def behind_the_back(qtbot, app, call) -> None:
    """A change made through the services, not through the window (the watch-list page, a meeting's decisions)."""
    done = []
    app.worker.run(call, done.append, lambda e: done.append(e))
    wait_for(qtbot, lambda: bool(done))
    assert not isinstance(done[0], BaseException), done[0]


def entry_views(qtbot, app) -> int:
    return audit_actions(qtbot, app).count("view.watch_entry")


def test_a_change_made_meanwhile_is_shown_and_nothing_is_lost(qtbot, make_app, entry):
    app = start(qtbot, make_app)
    window = open_window(qtbot, app, entry)
    click(qtbot, window.level_button)
    dialog = window.dialog
    dialog.level.setCurrentIndex(dialog.level.findData("red"))
    dialog.reason.setPlainText("我写的原因：周记中出现自伤念头")
    behind_the_back(qtbot, app, lambda s: watch.change_level(s, entry, "yellow", "家长反映已好转", revision(s, entry)))
    wait_for(qtbot, lambda: window.detail.entry.level == "yellow")   # the window follows; the dialog keeps its copy
    views = entry_views(qtbot, app)
    press_ok(qtbot, dialog)
    wait_for(qtbot, lambda: "已有他人修改了它" in error_of(dialog))
    assert dialog.isVisible() and dialog.reason.toPlainText() == "我写的原因：周记中出现自伤念头"
    wait_for(qtbot, lambda: entry_views(qtbot, app) == views + 1)   # the window loaded the entry again
    assert window.level_badge.text() == "一般关注"
    assert any("家长反映已好转" in row for row in history_texts(window))
    wait_for(qtbot, lambda: dialog.ok_button.isEnabled())
    press_ok(qtbot, dialog)   # made again, against what is shown now
    saved_and_shown(qtbot, window, lambda d: d.entry.level == "red")
    assert window.level_badge.text() == "高危"


def test_a_plan_version_saved_meanwhile_is_not_overwritten(qtbot, make_app, entry):
    app = start(qtbot, make_app)
    window = open_window(qtbot, app, entry)
    click(qtbot, window.plan_tab.write_button)
    editor = window.dialog
    click(qtbot, editor.add_button)
    editor.goal.setPlainText("我的目标")
    editor.table.item(0, 1).setText("每周辅导")
    behind_the_back(qtbot, app, lambda s: watch_records.save_plan(s, entry, watch_records.PlanEdit(
        "另一位老师的目标", (watch_records.MeasureEdit("group", "团体辅导", date.today(), owner_other="心理老师"),)), 0))
    wait_for(qtbot, lambda: window.detail.plan is not None and window.plan_tab.goal.text() == "另一位老师的目标")
    press_ok(qtbot, editor)
    wait_for(qtbot, lambda: "已有他人修改了它" in error_of(editor))
    assert editor.isVisible() and editor.goal.toPlainText() == "我的目标"
    wait_for(qtbot, lambda: editor.ok_button.isEnabled())
    press_ok(qtbot, editor)
    saved_and_shown(qtbot, window, lambda d: d.plan.version == 2 and d.plan.goal == "我的目标")
    assert len(window.detail.plan_versions) == 2   # the other version stays in the history


def test_the_window_closes_when_the_office_locks_and_is_raised_when_opened_again(qtbot, make_app, entry):
    app = start(qtbot, make_app)
    window = open_window(qtbot, app, entry)
    assert open_entry_window(app, entry) is window   # one window per entry
    click(qtbot, window.level_button)
    window.dialog.reason.setPlainText("敏感的原因")
    app.lock()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    wait_for(qtbot, lambda: not is_alive(window))
    texts = [w.text() for w in QApplication.allWidgets() if hasattr(w, "text") and isinstance(w.text(), str)]
    assert not any("觉得活着没意思" in t or "敏感的原因" in t for t in texts)
    unlocked = []
    app.unlock(DEMO_PASSWORD, lambda e: unlocked.append(e))
    wait_for(qtbot, lambda: not app.locked)
    assert not any(type(w).__name__ == "EntryWindow" and w.isVisible() for w in QApplication.topLevelWidgets())
    again = open_window(qtbot, app, entry)
    assert again is not window and again.level_badge.text() == "重点关注"


def test_the_assistant_is_refused_and_the_window_says_so(qtbot, make_app, entry):
    app = start(qtbot, make_app, Role.ASSISTANT)
    window = open_entry_window(app, entry)
    wait_for(qtbot, lambda: "无权" in window.message.text())
    assert window.detail is None and window.stack.currentWidget() is window.message_page
    assert window.open_dialog("level") is None
    click(qtbot, window.findChild(type(window.level_button), "closeMessage"))
    wait_for(qtbot, lambda: not is_alive(window) or not window.isVisible())


def test_the_print_menu_lists_the_entry_documents(qtbot, make_app, entry, answered_dialogs):
    from counselor_app.services import documents

    app = start(qtbot, make_app)
    window = open_window(qtbot, app, entry)
    wanted = [d for d in documents.DOCUMENTS.values() if d.kind.startswith("watch_") and d.params
              and set(d.params) <= {"entry_id", "student_id"} and app.may(d.permission)]
    actions = window.print_menu.actions()
    assert [a.text() for a in actions] == [QCoreApplication.translate("Documents", d.label) for d in wanted]
    assert window.print_button.isVisibleTo(window) == bool(wanted)
    if wanted:
        actions[0].trigger()
        wait_for(qtbot, lambda: answered_dialogs.shown or getattr(window, "preview", None) is not None
                 and window.preview.isVisible(), timeout=30000)
        assert not answered_dialogs.shown
        assert window.preview.page_count() >= 1
