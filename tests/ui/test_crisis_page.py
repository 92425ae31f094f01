"""The crisis page (危机事件): recording an incident in the dialog (its student picked by number), the parents'
call and the review as steps, the closing refused before the loop is complete and then done; the open incident
red; an assistant has no such page."""
from __future__ import annotations

from counselor_app.services.demo import DEMO_PASSWORD
from counselor_app.ui.qt import Qt
from ui_helpers import log_in, open_list_page, wait_for


def open_page(qtbot, make_app, login="counselor"):
    return open_list_page(qtbot, make_app, "crisis", login)


def finish(qtbot, dialog) -> None:
    dialog.ok_button.click()
    wait_for(qtbot, lambda: not dialog.isVisible())


def test_record_an_incident_its_steps_and_close_it(qtbot, make_app, demo_office):
    app, main, page = open_page(qtbot, make_app)
    assert [r.state for r in page.all_rows] == ["closed"]          # the demo's incident
    page.new_button.click()
    dialog = page.editor
    wait_for(qtbot, lambda: dialog.ok_button.isEnabled())
    dialog.ok_button.click()
    assert dialog.error.text() == "请选择事件类型。"
    dialog.type.setCurrentIndex(dialog.type.findData("runaway"))
    dialog.picker.line.setFocus()
    qtbot.keyClicks(dialog.picker.line, "2026070101")
    qtbot.keyClick(dialog.picker.line, Qt.Key.Key_Return)
    wait_for(qtbot, lambda: dialog.chosen_list.count() == 1)
    dialog.found_by.setText("王老师")
    dialog.details.setPlainText("早读未到校，电话联系不上")
    finish(qtbot, dialog)
    wait_for(qtbot, lambda: len(page.all_rows) == 2)
    row = page.model.rows[0]
    assert row.state == "open" and page.model.data(page.model.index(0, 0), Qt.ItemDataRole.ForegroundRole).name() \
        == "#b3261e"
    page.table.selectRow(0)
    page.close_button.click()                                     # too early: refused in the form
    dialog = page.editor
    wait_for(qtbot, lambda: dialog.ok_button.isEnabled())
    dialog.summary.setPlainText("学生已找到")
    dialog.ok_button.click()
    wait_for(qtbot, lambda: dialog.error.text() != "")
    assert dialog.error.text().startswith("尚不能结案") and not dialog.force.isVisible()   # not the head
    dialog.reject()
    for step in ("parents_reached", "review"):
        page.table.selectRow(0)
        page.step_button.click()
        dialog = page.editor
        wait_for(qtbot, lambda: dialog.ok_button.isEnabled() and dialog.student.count() == 1)
        dialog.step.setCurrentIndex(dialog.step.findData(step))
        dialog.by.setText("李老师")
        finish(qtbot, dialog)
    wait_for(qtbot, lambda: page.all_rows[0].parents_reached and page.all_rows[0].review_done)
    page.table.selectRow(0)
    page.breach_button.click()                                    # a breach: who was told is required
    dialog = page.editor
    dialog.text.setPlainText("学生有出走风险，告知宿管以便留意")
    dialog.ok_button.click()
    wait_for(qtbot, lambda: dialog.error.text() != "" and not dialog.busy)
    assert dialog.error.text() == "请填写告知对象。"
    dialog.told.setText("宿舍管理员")
    finish(qtbot, dialog)
    page.table.selectRow(0)
    page.timeline_button.click()
    dialog = page.editor
    dialog.text.setPlainText("家长到校接回学生")
    finish(qtbot, dialog)
    page.table.selectRow(0)
    page.close_button.click()
    dialog = page.editor
    wait_for(qtbot, lambda: dialog.ok_button.isEnabled())
    dialog.summary.setPlainText("学生已找到，家长接回；已开复盘会")
    finish(qtbot, dialog)
    wait_for(qtbot, lambda: all(r.state == "closed" for r in page.all_rows))


def test_an_assistant_has_no_crisis_page(qtbot, make_app, demo_office):
    app = make_app("zh_CN")
    main = log_in(qtbot, app, "assistant", DEMO_PASSWORD)
    assert not main.go_to("crisis")


def test_the_open_incidents_come_first_then_the_newest(qtbot, make_app, demo_office):
    from datetime import datetime, timedelta

    from counselor_app.services import crisis, office, students

    now = datetime.now().replace(second=0, microsecond=0)
    with office.login(demo_office, "demo", DEMO_PASSWORD) as s:
        pupils = [r.id for r in students.list_students(s) if r.status == "enrolled"][:2]

        def incident(days_ago: int, student: int) -> int:
            at = now - timedelta(days=days_ago)
            return crisis.report_incident(s, crisis.IncidentEdit(at, "runaway", "general", (student,), "王老师", at,
                                                                 "早读未到校"), now=now)

        older_open = incident(30, pupils[0])                # older than the demo's closed one
        newest = incident(1, pupils[1])
        crisis.force_close_incident(s, newest, "学生当天已找到", crisis.load(s, newest).revision)
    app, main, page = open_page(qtbot, make_app)
    wait_for(qtbot, lambda: len(page.model.rows) == 3)
    rows = page.model.rows
    assert rows[0].id == older_open and rows[0].state == "open"
    assert [r.state for r in rows[1:]] == ["closed", "closed"]
    assert rows[1].id == newest and rows[1].occurred_at > rows[2].occurred_at   # the newest closed one first
    page.table.selectRow(1)                                 # the row shown is the one acted on
    assert page.selected().id == newest


def test_the_times_stay_on_their_labels_once_a_student_is_chosen(qtbot, make_app, demo_office):
    """The dialog grew for the student matches; once one was chosen the day and time of 发生时间 and 发现时间 floated
    half a row under their labels."""
    app, main, page = open_page(qtbot, make_app)
    page.new_button.click()
    dialog = page.editor
    wait_for(qtbot, lambda: dialog.ok_button.isEnabled())
    dialog.picker.line.setFocus()
    qtbot.keyClicks(dialog.picker.line, "2026070101")
    wait_for(qtbot, lambda: dialog.picker.matches.isVisible())
    qtbot.keyClick(dialog.picker.line, Qt.Key.Key_Return)
    wait_for(qtbot, lambda: dialog.chosen_list.count() == 1 and not dialog.picker.matches.isVisible())
    qtbot.wait(50)   # the layout settles
    for when in (dialog.occurred, dialog.found_at):
        assert when.day.y() == 0 and when.height() == when.day.height(), (when.objectName(), when.height())
    dialog.reject()
