"""The meeting window: a counselor holds a meeting from the new-meeting dialog to the finalized minutes — refresh the
agenda, add a student, record attendance and decisions, finalize after a confirmation that lists the changes — and
the watch list changed (read through the services) while the window turned read-only; a decision the meeting
cannot take is refused with its reason; abandoning asks for a reason; the order of the agenda changes by buttons."""
from __future__ import annotations

from datetime import date

import pytest
from meeting_ui_helpers import LEFT, decide, new_meeting, ok, open_page, pick, reloaded, select_item, through
from watch_ui_helpers import build, copy_into

from counselor_app.domain.errors import UserError
from counselor_app.services import meetings_agenda, students as student_service, watch
from counselor_app.translation import error_text
from counselor_app.ui.qt import Qt
from ui_helpers import audit_actions, wait_for


@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    return build(tmp_path_factory.mktemp("meetingwin") / "office")


@pytest.fixture
def office(prepared, data_dir):
    copy_into(prepared, data_dir)
    return prepared


def entries(qtbot, app) -> dict:
    """The watch list's entries as the services give them (on the app's worker)."""
    return {r.id: r for r in through(qtbot, app, watch.list_entries)}


def grade_student_off_agenda(qtbot, app, window):
    on = {it.student_id for it in window.view.items}
    return next(r for r in through(qtbot, app, student_service.list_students)
                if r.grade == "九年级" and r.status == "enrolled" and r.id not in on)


def press(qtbot, window, button) -> None:
    revision = window.meeting.revision
    qtbot.mouseClick(button, LEFT)
    reloaded(qtbot, window, revision)


def test_a_counselor_holds_a_meeting_to_the_finalized_minutes(qtbot, make_app, office, data_dir, answered_dialogs):
    app, main, page = open_page(qtbot, make_app)
    window = new_meeting(qtbot, page, grade="九年级")   # 7 students, 6 on the watch list
    items = list(window.view.items)
    assert window.refresh_button.isVisible() and window.start_button.isVisible()
    assert not window.finalize_button.isVisible()
    # the entry's summary for a counselor: the most serious level first, the reasons in words
    model = window.agenda_tab.model
    assert model.data(model.index(0, 5)) == "高危" and model.data(model.index(0, 4))
    assert not window.agenda_tab.table.isColumnHidden(5)
    # refresh: the same students, their order kept
    press(qtbot, window, window.refresh_button)
    assert [it.student_id for it in window.view.items] == [it.student_id for it in items]
    # add a student of the grade by typing the number and pressing Enter
    extra = grade_student_off_agenda(qtbot, app, window)
    qtbot.mouseClick(window.agenda_tab.add_button, LEFT)
    dialog = window.dialog
    wait_for(qtbot, lambda: bool(dialog.picker.rows))
    qtbot.keyClicks(dialog.picker.line, extra.student_no)
    qtbot.keyClick(dialog.picker.line, Qt.Key.Key_Return)   # chooses the student
    assert dialog.picker.current is not None and dialog.picker.current.id == extra.id
    ok(qtbot, dialog)
    wait_for(qtbot, lambda: len(window.view.items) == len(items) + 1)
    added = window.view.items[-1]
    assert added.student_id == extra.id and added.reasons == ("manual",)
    # the student has no open entry: the decision is refused with the reason, the dialog keeps its input
    select_item(qtbot, window, len(items))
    qtbot.mouseClick(window.agenda_tab.decide_button, LEFT)
    refused = window.dialog
    wait_for(qtbot, lambda: not refused.loading)
    ok(qtbot, refused)
    wait_for(qtbot, lambda: refused.error.text() != "")
    assert "重点关注" in refused.error.text() and refused.isVisible()
    refused.reject()
    # take them off again (a question answered yes)
    answered_dialogs.set_next_answers(True)
    select_item(qtbot, window, len(items))
    press(qtbot, window, window.agenda_tab.remove_button)
    assert len(window.view.items) == len(items)
    # start the meeting (confirmed): the agenda no longer refreshes
    answered_dialogs.set_next_answers(True)
    press(qtbot, window, window.start_button)
    assert window.state_badge.text() == "进行中" and not window.refresh_button.isVisible()
    assert window.finalize_button.isVisible()
    # attendance: one absent with a reason, the rest present, an external expert
    window.tabs.setCurrentWidget(window.attendance_tab)
    qtbot.mouseClick(window.attendance_tab.edit_button, LEFT)
    people = window.dialog
    wait_for(qtbot, lambda: not people.loading)
    absent = people.attendance_of(0)
    absent.setCurrentIndex(absent.findData("absent"))
    ok(qtbot, people)   # no reason: refused by the form
    wait_for(qtbot, lambda: people.error.text() != "")
    assert "缺席原因" in people.error.text()
    qtbot.keyClicks(people.reason_of(0), "sick leave")
    qtbot.mouseClick(people.all_present, LEFT)
    qtbot.keyClicks(people.expert_name, "Dr Lin")
    qtbot.keyClicks(people.expert_org, "City MHC")
    qtbot.mouseClick(people.add_expert_button, LEFT)
    count = people.table.rowCount()
    revision = window.meeting.revision
    ok(qtbot, people)
    reloaded(qtbot, window, revision)
    attendees = window.view.attendees
    assert len(attendees) == count and attendees[0].attendance == "absent"
    assert attendees[0].absence_reason == "sick leave"
    assert all(a.attendance == "present" for a in attendees[1:])
    assert attendees[-1].name == "Dr Lin" and attendees[-1].role == "expert" and attendees[-1].staff_id is None
    # decisions: raise the first yellow one to orange with a measure, keep every other one
    before = entries(qtbot, app)
    rows = window.agenda_tab.model.rows
    yellow = next(n for n, it in enumerate(rows) if it.summary and it.summary.level == "yellow"
                  and it.summary.state != "candidate")
    raised = rows[yellow]
    decide(qtbot, window, yellow, "升级", "重点关注", measure="weekly talk")
    for n in range(len(window.agenda_tab.model.rows)):
        if not window.agenda_tab.model.rows[n].decision:
            decide(qtbot, window, n, "维持")
    assert all(it.decision for it in window.view.items)
    # finalize: the confirmation lists what will change in the watch list
    qtbot.mouseClick(window.finalize_button, LEFT)
    confirm = window.dialog
    wait_for(qtbot, lambda: not confirm.loading and confirm.preview is not None)
    changes = {c.name: c for c in confirm.preview.changes}
    assert len(changes) == len(items)
    change = changes[raised.name]
    assert (change.level_before, change.level_after, change.measures) == ("yellow", "orange", 1)
    row = next(n for n, c in enumerate(confirm.model.rows) if c.name == raised.name)
    assert confirm.model.data(confirm.model.index(row, 3)) == "一般关注 → 重点关注"
    assert "升级 1 人" in confirm.intro.text() and confirm.error.text() == ""
    assert entries(qtbot, app) == before   # nothing changed before the confirmation
    ok(qtbot, confirm)
    wait_for(qtbot, lambda: window.meeting is not None and window.meeting.state == "finalized")
    wait_for(qtbot, lambda: any(s.kind == "info" for s in answered_dialogs.shown))
    # the watch list changed, through the services
    after = entries(qtbot, app)
    entry_id = raised.entry_id
    assert before[entry_id].level == "yellow" and after[entry_id].level == "orange"
    # the window is read-only now, except the addendum
    assert window.state_badge.text() == "已定稿"
    for button in (window.finalize_button, window.start_button, window.refresh_button, window.abandon_button,
                   window.agenda_tab.decide_button, window.agenda_tab.add_button, window.agenda_tab.remove_button,
                   window.attendance_tab.edit_button, window.other_tab.other_button):
        assert not button.isVisible()
    assert window.addendum_button.isVisible()
    qtbot.mouseClick(window.addendum_button, LEFT)
    addendum = window.dialog
    qtbot.keyClicks(addendum.text, "Correction: Dr Lin came at 16:00.")
    revision = window.meeting.revision
    ok(qtbot, addendum)
    wait_for(qtbot, lambda: not addendum.isVisible())
    window.tabs.setCurrentWidget(window.other_tab)
    wait_for(qtbot, lambda: "Dr Lin came" in window.other_tab.addenda.text())
    # a direct service call on the finalized meeting is refused too
    meeting_id = window.meeting_id
    refusal = through(qtbot, app, lambda s: meetings_agenda.add_student(s, meeting_id, extra.id))
    assert isinstance(refusal, UserError) and "已定稿" in error_text(refusal)


def test_abandoning_asks_for_a_reason(qtbot, make_app, office, data_dir):
    _app, _main, page = open_page(qtbot, make_app)
    window = new_meeting(qtbot, page)
    qtbot.mouseClick(window.abandon_button, LEFT)
    dialog = window.dialog
    assert dialog.windowTitle() == "放弃会议"
    ok(qtbot, dialog)
    assert dialog.error.text() == "请填写放弃会议的原因。" and dialog.isVisible()
    assert window.meeting.state == "preparing"
    qtbot.keyClicks(dialog.reason, "postponed")
    ok(qtbot, dialog)
    wait_for(qtbot, lambda: window.meeting.state == "abandoned")
    assert "postponed" in window.notice.text()
    assert not window.abandon_button.isVisible() and not window.agenda_tab.decide_button.isVisible()
    # the month is free again: the overview shows it red, the list says 已放弃
    wait_for(qtbot, lambda: any(r.state == "abandoned" for r in page.all_rows))


def test_a_decision_the_entry_cannot_take_is_refused_with_its_reason(qtbot, make_app, office, data_dir):
    _app, _main, page = open_page(qtbot, make_app)
    window = new_meeting(qtbot, page)
    rows = window.agenda_tab.model.rows
    red = next(n for n, it in enumerate(rows) if it.summary and it.summary.level == "red")
    select_item(qtbot, window, red)
    qtbot.mouseClick(window.agenda_tab.decide_button, LEFT)
    dialog = window.dialog
    wait_for(qtbot, lambda: not dialog.loading)
    pick(dialog.code, "升级")
    ok(qtbot, dialog)   # no level chosen: the form says so
    assert dialog.error.text() == "请选择新等级。"
    pick(dialog.level, "一般关注")   # lower than 高危: the service refuses raising to it
    ok(qtbot, dialog)
    wait_for(qtbot, lambda: dialog.error.text() not in ("", "请选择新等级。"))
    assert dialog.isVisible() and not any(it.decision for it in window.view.items)
    # a measure without its text is refused by the form, with the measure's number
    pick(dialog.code, "维持")
    qtbot.mouseClick(dialog.add_measure_button, LEFT)
    ok(qtbot, dialog)
    assert dialog.error.text() == "第 1 条措施：请填写措施内容。"


def test_the_agenda_order_changes_with_the_buttons(qtbot, make_app, office, data_dir):
    _app, _main, page = open_page(qtbot, make_app)
    window = new_meeting(qtbot, page)
    order = [it.id for it in window.view.items]
    select_item(qtbot, window, 0)
    assert not window.agenda_tab.up_button.isEnabled() and window.agenda_tab.down_button.isEnabled()
    press(qtbot, window, window.agenda_tab.down_button)
    assert [it.id for it in window.view.items] == [order[1], order[0], *order[2:]]
    assert window.agenda_tab.selected().id == order[0]   # the moved item stays selected
    press(qtbot, window, window.agenda_tab.up_button)
    assert [it.id for it in window.view.items] == order


def test_the_sign_in_sheet_and_the_minutes_print_from_the_window(qtbot, make_app, office, data_dir):
    app, _main, page = open_page(qtbot, make_app)
    window = new_meeting(qtbot, page)
    actions = {a.text(): a for a in window.print_menu.actions()}
    assert window.print_button.isVisible()
    assert set(actions) == {"研判会签到表…", "研判会会议纪要…", "研判会会议纪要（附身份对照页）…"}, set(actions)
    actions["研判会签到表…"].trigger()   # the menu's entry, as a click on it does
    wait_for(qtbot, lambda: getattr(window, "preview", None) is not None)
    assert window.preview.pdf.startswith(b"%PDF") and window.preview.kind == "meeting_sign_in"
    window.preview.close()
    window.preview = None
    actions["研判会会议纪要（附身份对照页）…"].trigger()
    wait_for(qtbot, lambda: getattr(window, "preview", None) is not None)
    assert window.preview.kind == "minutes" and window.preview.target == ("meeting", window.meeting_id)
    trail = audit_actions(qtbot, app)
    assert "view.minutes_identities" in trail and trail[-1] == "preview.minutes"


def test_the_details_are_corrected_before_finalizing(qtbot, make_app, office, data_dir):
    _app, _main, page = open_page(qtbot, make_app)
    window = new_meeting(qtbot, page, chair=False)
    assert "主持人：—" in window.when.text()
    qtbot.mouseClick(window.details_button, LEFT)
    dialog = window.dialog
    wait_for(qtbot, lambda: not dialog.loading)
    assert dialog.windowTitle() == "会议信息" and not dialog.grade.isEnabled() and not dialog.intro.isVisible()
    assert dialog.place.text() == "Room 301" and dialog.start.text() == "15:30"
    dialog.end.setText("15:00")   # before the start: the service's message, nothing saved
    ok(qtbot, dialog)
    wait_for(qtbot, lambda: dialog.error.text() != "")
    assert dialog.isVisible() and window.meeting.end_time == "16:40"
    dialog.end.setText("17:00")
    dialog.chair.setCurrentIndex(1)
    chair = dialog.chair.currentText()
    revision = window.meeting.revision
    ok(qtbot, dialog)
    reloaded(qtbot, window, revision)
    assert window.meeting.end_time == "17:00" and f"主持人：{chair}" in window.when.text()
    # other matters, written in the window, are shown back (sealed in the database)
    window.tabs.setCurrentWidget(window.other_tab)
    qtbot.mouseClick(window.other_tab.other_button, LEFT)
    other = window.dialog
    qtbot.keyClicks(other.body_edit, "Dorm visits: nothing unusual.")
    ok(qtbot, other)
    wait_for(qtbot, lambda: window.other_tab.other.text() == "Dorm visits: nothing unusual.")


def test_the_window_closes_when_the_office_locks(qtbot, make_app, office):
    from counselor_app.ui.qt import QApplication, QCoreApplication, QEvent, is_alive

    app, _main, page = open_page(qtbot, make_app)
    window = new_meeting(qtbot, page)
    names = [it.name for it in window.view.items]
    select_item(qtbot, window, 0)
    qtbot.mouseClick(window.agenda_tab.decide_button, LEFT)
    dialog = window.dialog
    wait_for(qtbot, lambda: not dialog.loading)
    dialog.note_edit.setPlainText("sealed words")
    app.lock()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    wait_for(qtbot, lambda: not is_alive(window))
    texts = [w.text() for w in QApplication.allWidgets() if hasattr(w, "text") and isinstance(w.text(), str)]
    plain = [w.toPlainText() for w in QApplication.allWidgets() if hasattr(w, "toPlainText")]
    assert not any(n in t for n in names for t in texts) and "sealed words" not in plain


def test_the_confirmation_says_a_referral_suggestion_opens_a_draft(qtbot, make_app, office, answered_dialogs):
    from counselor_app.services import meetings_finalize

    _app, _main, page = open_page(qtbot, make_app)
    window = new_meeting(qtbot, page)
    decide(qtbot, window, 0, "建议转介就医")
    answered_dialogs.set_next_answers(True)
    press(qtbot, window, window.start_button)
    qtbot.mouseClick(window.finalize_button, LEFT)
    confirm = window.dialog
    wait_for(qtbot, lambda: confirm.preview is not None)
    row = next(n for n, c in enumerate(confirm.model.rows) if c.decision == "refer")
    state = confirm.model.data(confirm.model.index(row, 4))
    assert ("将生成转介单草稿" in state) is bool(meetings_finalize.REFERRAL_HOOKS)
    assert "尚未作出决定" in confirm.error.text()   # the other students: finalizing would be refused
    confirm.reject()
    assert window.meeting.state == "in_progress"


def test_a_recorded_decision_opens_again_as_it_was_saved(qtbot, make_app, office, answered_dialogs):
    _app, _main, page = open_page(qtbot, make_app)
    window = new_meeting(qtbot, page)
    rows = window.agenda_tab.model.rows
    yellow = next(n for n, it in enumerate(rows) if it.summary and it.summary.level == "yellow"
                  and it.summary.state != "candidate")
    select_item(qtbot, window, yellow)
    qtbot.mouseClick(window.agenda_tab.decide_button, LEFT)
    dialog = window.dialog
    wait_for(qtbot, lambda: not dialog.loading)
    pick(dialog.code, "升级")
    pick(dialog.level, "重点关注")
    qtbot.mouseClick(dialog.add_measure_button, LEFT)
    qtbot.keyClicks(dialog.measures.cellWidget(0, 1), "weekly talk")
    dialog.measures.cellWidget(0, 2).setCurrentIndex(1)
    owner = dialog.measures.cellWidget(0, 2).currentText()
    qtbot.keyClicks(dialog.parent_contact, "call the mother")
    qtbot.keyClicks(dialog.note_edit, "sealed note")
    ok(qtbot, dialog)
    wait_for(qtbot, lambda: window.view.items[yellow].decision == "raise")
    # opened again (a double-click on the row): everything as saved, the sealed note too
    table = window.agenda_tab.table
    rect = table.visualRect(window.agenda_tab.model.index(yellow, 2))
    qtbot.mouseClick(table.viewport(), LEFT, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), LEFT, pos=rect.center())
    again = window.dialog
    assert again is not dialog
    wait_for(qtbot, lambda: not again.loading)
    assert (again.code.currentText(), again.level.currentText()) == ("升级", "重点关注")
    assert again.measures.rowCount() == 1 and again.measures.cellWidget(0, 1).text() == "weekly talk"
    assert again.measures.cellWidget(0, 2).currentText() == owner
    assert again.parent_contact.text() == "call the mother" and again.note_edit.toPlainText() == "sealed note"
    again.reject()
    # cleared (confirmed): the item has no decision any more
    answered_dialogs.set_next_answers(True)
    press(qtbot, window, window.agenda_tab.clear_button)
    assert window.view.items[yellow].decision == "" and window.agenda_tab.remove_button.isEnabled()
