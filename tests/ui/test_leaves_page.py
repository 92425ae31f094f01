"""The leave page (请假/休学与复学): the demo's return in progress — the assessment meeting and the return with a
support line from the dialogs, the support plan printed —; a postponed return meeting again, both meetings kept
and listed (a meeting before the last refused); a new suspension approved (the bureau too); the
buttons follow the state; an assistant has no such page."""
from __future__ import annotations

from datetime import date, timedelta

from counselor_app.services.demo import DEMO_PASSWORD
from counselor_app.ui.qt import QDate, Qt
from ui_helpers import audit_actions, log_in, open_list_page, wait_for


def open_page(qtbot, make_app, login="demo"):
    return open_list_page(qtbot, make_app, "leaves", login)


def finish(qtbot, dialog) -> None:
    wait_for(qtbot, lambda: dialog.ok_button.isEnabled())
    dialog.ok_button.click()
    wait_for(qtbot, lambda: not dialog.isVisible())


def test_the_return_in_progress_finished_from_the_page(qtbot, make_app, demo_office, answered_dialogs):
    app, main, page = open_page(qtbot, make_app)
    assert [r.state for r in page.model.rows] == ["returning"]
    page.table.selectRow(0)
    assert page.meeting_button.isEnabled() and not page.return_button.isEnabled()
    page.meeting_button.click()
    dialog = page.editor
    dialog.people.setText("家长、心理教师、班主任、分管校领导")
    finish(qtbot, dialog)
    wait_for(qtbot, lambda: page.all_rows[0].conclusion == "agreed")
    page.table.selectRow(0)
    assert page.return_button.isEnabled()
    page.return_button.click()
    dialog = page.editor
    wait_for(qtbot, lambda: dialog.ok_button.isEnabled())
    kind, what, who, often = dialog.lines[0]
    what.setText("心理委员课间陪伴")
    dialog.ok_button.click()                                  # a line without its kind: said in the form
    assert dialog.error.text() == "第 1 行：请选择支持措施类别。"
    kind.setCurrentIndex(kind.findData("peer"))
    who.setText("心理委员")
    often.setText("每天")
    finish(qtbot, dialog)
    page.unfinished.click()                                   # the finished ones too
    wait_for(qtbot, lambda: page.all_rows[0].state == "returned")
    page.table.selectRow(0)
    assert page.plan_button.isEnabled()
    page.plan_button.click()
    wait_for(qtbot, lambda: getattr(page, "preview", None) is not None and page.preview.isVisible(), timeout=20000)
    assert "preview.return_support" in audit_actions(qtbot, app)
    page.preview.close()


def test_a_new_suspension_approved_with_the_bureau(qtbot, make_app, demo_office):
    app, main, page = open_page(qtbot, make_app)
    page.new_button.click()
    dialog = page.editor
    wait_for(qtbot, lambda: dialog.ok_button.isEnabled())
    dialog.picker.line.setFocus()
    qtbot.keyClicks(dialog.picker.line, "2026070101")
    qtbot.keyClick(dialog.picker.line, Qt.Key.Key_Return)
    wait_for(qtbot, lambda: dialog.student is not None)
    finish(qtbot, dialog)
    wait_for(qtbot, lambda: len(page.all_rows) == 2)
    row = next(n for n, r in enumerate(page.model.rows) if r.state == "applied")
    page.table.selectRow(row)
    page.approve_button.click()
    dialog = page.editor
    wait_for(qtbot, lambda: dialog.ok_button.isEnabled())
    dialog.bureau.click()                                     # unticked: a suspension needs the bureau
    dialog.approver.setText("张校长")
    dialog.ok_button.click()
    wait_for(qtbot, lambda: dialog.error.text() != "" and not dialog.busy)
    assert dialog.error.text() == "休学还需教育局审批：请填写审批日期。"
    dialog.bureau.click()
    finish(qtbot, dialog)
    wait_for(qtbot, lambda: any(r.state == "approved" for r in page.all_rows))


def test_an_assistant_has_no_leave_page(qtbot, make_app, demo_office):
    app = make_app("zh_CN")
    main = log_in(qtbot, app, "assistant", DEMO_PASSWORD)
    assert not main.go_to("leaves")


def test_a_postponed_return_meets_again_and_both_meetings_are_listed(qtbot, make_app, demo_office):
    app, main, page = open_page(qtbot, make_app)
    today = date.today()
    page.table.selectRow(0)
    page.meeting_button.click()
    dialog = page.editor
    wait_for(qtbot, lambda: dialog.ok_button.isEnabled())
    assert not dialog.history.isVisibleTo(dialog)                # no meeting yet
    dialog.day.setDate(QDate(today - timedelta(days=1)))
    dialog.people.setText("家长、心理教师、班主任")
    dialog.conclusion.setCurrentIndex(dialog.conclusion.findData("postponed"))
    assert dialog.reassess.isEnabled()
    dialog.notes.setPlainText("第一次评估：睡眠仍差")
    finish(qtbot, dialog)
    wait_for(qtbot, lambda: page.all_rows[0].conclusion == "postponed")

    page.table.selectRow(0)
    page.meeting_button.click()
    dialog = page.editor
    wait_for(qtbot, lambda: dialog.ok_button.isEnabled())
    assert dialog.history.isVisibleTo(dialog) and dialog.history.texts()[0][:3] == [
        "1", (today - timedelta(days=1)).isoformat(), "暂缓复学"]
    dialog.day.setDate(QDate(today - timedelta(days=2)))     # before the first meeting: refused, nothing saved
    dialog.people.setText("家长、心理教师")
    dialog.ok_button.click()
    wait_for(qtbot, lambda: dialog.error.text() != "" and not dialog.busy)
    assert dialog.error.text() == (f"评估会日期（{(today - timedelta(days=2)).isoformat()}）不能早于上一次评估会日期"
                                   f"（{(today - timedelta(days=1)).isoformat()}）。")
    dialog.day.setDate(QDate(today))
    dialog.people.setText("家长、心理教师、班主任、分管校领导、医生")
    dialog.notes.setPlainText("第二次评估：情绪稳定，同意复学")
    finish(qtbot, dialog)
    wait_for(qtbot, lambda: page.all_rows[0].conclusion == "agreed")

    page.table.selectRow(0)
    assert page.return_button.isEnabled() and page.meetings_button.isEnabled()
    page.meetings_button.click()
    window = page.editor
    wait_for(qtbot, lambda: window.meetings.rowCount() == 2)
    rows = window.meetings.texts()
    assert [r[:4] for r in rows] == [
        ["1", (today - timedelta(days=1)).isoformat(), "暂缓复学", (today + timedelta(days=14)).isoformat()],
        ["2（最近）", today.isoformat(), "同意复学", ""]]
    assert rows[0][5] == "第一次评估：睡眠仍差" and rows[1][4].endswith("医生")
    assert "view.leave" in audit_actions(qtbot, app)
    window.close()
    index = page.model.index(0, 0)                               # a double-click opens the same list
    where = page.table.visualRect(index).center()
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    wait_for(qtbot, lambda: page.editor is not window and page.editor.meetings.rowCount() == 2)
    page.editor.close()


def test_the_chosen_student_stays_at_the_top_of_the_form(qtbot, make_app, demo_office):
    """The dialog grew for the matches under the line; once one is chosen the line stayed in the middle of an empty
    band, far from its label (every dialog with the student picker)."""
    app, main, page = open_page(qtbot, make_app)
    page.new_button.click()
    dialog = page.editor
    wait_for(qtbot, lambda: dialog.ok_button.isEnabled())
    picker = dialog.picker
    picker.line.setFocus()
    qtbot.keyClicks(picker.line, "2026070101")
    wait_for(qtbot, lambda: picker.matches.isVisible())
    grown = dialog.height()
    qtbot.keyClick(picker.line, Qt.Key.Key_Return)
    wait_for(qtbot, lambda: picker.current is not None and not picker.matches.isVisible())
    qtbot.wait(50)   # the layout settles
    assert dialog.height() == grown and picker.line.y() == 0 and picker.height() == picker.line.height()
    dialog.reject()


def test_what_the_support_is_gets_the_widest_box_in_english_too(qtbot, make_app, demo_office):
    """The support plan's lines: in English the kinds ("individual counseling") took the width and left "What" the
    narrowest box of the line, narrower than "Who" and "How often"."""
    app = make_app("en")
    main = log_in(qtbot, app, "demo", DEMO_PASSWORD)
    assert main.go_to("leaves")
    page = main.pages["leaves"]
    wait_for(qtbot, lambda: page.loaded)
    page.table.selectRow(0)
    page.meeting_button.click()                 # the demo's return in progress: agreed, then back at school
    page.editor.people.setText("parents, counselor, head teacher")
    finish(qtbot, page.editor)
    wait_for(qtbot, lambda: page.all_rows[0].conclusion == "agreed")
    page.table.selectRow(0)
    page.return_button.click()
    dialog = page.editor
    wait_for(qtbot, lambda: dialog.isVisible())
    for kind, what, who, often in dialog.lines:
        kind.setCurrentIndex(kind.findText("individual counseling"))
        assert kind.currentText() == "individual counseling"
        qtbot.wait(10)
        assert what.width() > who.width() and what.width() > often.width(), (what.width(), who.width())
        assert kind.width() >= kind.sizeHint().width()   # the kind is read whole
    dialog.reject()
