"""The referrals page, changing a referral after it was written: 结案 by hand (a note needed for another reason,
completed only once the receipt is back), 修改转介单 of a draft (refused once issued), the hospital directory's
entries changed; the leave page's 撤回 of an application."""
from __future__ import annotations

from counselor_app.ui.qt import Qt
from ui_helpers import open_list_page, wait_for


def open_page(qtbot, make_app, key="referrals"):
    return open_list_page(qtbot, make_app, key)


def ask(qtbot, app, call):
    """A service call on the worker: its result, or the error it raised."""
    got = []
    app.worker.run(call, got.append, got.append)
    wait_for(qtbot, lambda: bool(got))
    return got[0]


def select(page, state):
    n = next(n for n, r in enumerate(page.model.rows) if r.state == state)
    page.table.selectRow(n)
    return page.model.rows[n]


def test_closing_an_issued_referral_by_hand_needs_a_reason_and_a_note(qtbot, make_app, demo_office):
    from counselor_app.services import referral_views

    app, main, page = open_page(qtbot, make_app)
    row = select(page, "issued")
    assert page.close_button.isEnabled()
    page.close_button.click()
    dialog = page.editor
    wait_for(qtbot, lambda: dialog.ok_button.isEnabled())
    assert dialog.reason.currentData() == "other"             # the receipt is not back: not "completed"
    dialog.ok_button.click()                                  # another reason without a note: said in the form
    assert dialog.error.text() == "请写明结案原因。" and dialog.isVisible()
    dialog.reason.setCurrentIndex(dialog.reason.findData("done"))
    dialog.ok_button.click()                                  # completed before the receipt: the service refuses
    wait_for(qtbot, lambda: dialog.error.text() != "" and not dialog.busy)
    assert dialog.error.text() == "收回回执后转介才算完成；回执收回前结案请选择其他原因。"
    dialog.reason.setCurrentIndex(dialog.reason.findData("other"))
    dialog.words.setPlainText("学生已转学，家长自行安排就医")
    dialog.ok_button.click()
    wait_for(qtbot, lambda: not dialog.isVisible())
    wait_for(qtbot, lambda: all(r.number != row.number for r in page.model.rows))   # open ones only: gone
    detail = ask(qtbot, app, lambda s: referral_views.get_referral(s, row.id))
    assert (detail.row.state, detail.row.close_reason) == ("closed", "other")
    assert detail.close_note == "学生已转学，家长自行安排就医"


def test_a_referral_with_its_receipt_back_is_completed(qtbot, make_app, demo_office):
    from counselor_app.services import referral_views

    app, main, page = open_page(qtbot, make_app)
    row = select(page, "returned")
    page.close_button.click()
    dialog = page.editor
    wait_for(qtbot, lambda: dialog.ok_button.isEnabled())
    assert dialog.reason.currentData() == "done"
    dialog.ok_button.click()                                  # completed: no note needed
    wait_for(qtbot, lambda: not dialog.isVisible())
    detail = ask(qtbot, app, lambda s: referral_views.get_referral(s, row.id))
    assert (detail.row.state, detail.row.close_reason, detail.close_note) == ("closed", "done", "")
    page.state.setCurrentIndex(page.state.findData("closed"))
    wait_for(qtbot, lambda: any(r.number == row.number for r in page.model.rows))
    select(page, "closed")
    assert not page.close_button.isEnabled() and not page.edit_button.isEnabled()


def test_editing_the_form_of_a_draft(qtbot, make_app, demo_office):
    from counselor_app.services import referral_views

    app, main, page = open_page(qtbot, make_app)
    row = next(r for r in page.model.rows if r.state == "draft" and r.hospital)
    page.table.selectRow(page.model.rows.index(row))
    assert page.edit_button.isEnabled()
    page.edit_button.click()
    dialog = page.editor
    wait_for(qtbot, lambda: dialog.ok_button.isEnabled())
    before = ask(qtbot, app, lambda s: referral_views.get_referral(s, row.id))
    assert dialog.reason.toPlainText() == before.reason and dialog.hospital.currentText() == row.hospital
    assert dialog.guardian.text() == before.row.guardian_name
    dialog.reason.setPlainText("  ")
    dialog.ok_button.click()                                  # no reason: said in the form
    assert dialog.error.text() == "请填写转介原因及观察到的情况。" and dialog.isVisible()
    dialog.reason.setPlainText("近一月失眠加重，课堂上多次流泪")
    dialog.urgency.setCurrentIndex(dialog.urgency.findData("emergency"))
    dialog.department.setText("儿童青少年心理科")
    dialog.phone.setText("123")
    dialog.ok_button.click()                                  # a bad phone: the service says so, nothing saved
    wait_for(qtbot, lambda: dialog.error.text() != "" and not dialog.busy)
    assert "电话" in dialog.error.text() and dialog.isVisible()
    dialog.phone.setText("13800000000")
    dialog.ok_button.click()
    wait_for(qtbot, lambda: not dialog.isVisible())
    after = ask(qtbot, app, lambda s: referral_views.get_referral(s, row.id))
    assert after.reason == "近一月失眠加重，课堂上多次流泪"
    assert (after.row.urgency, after.row.green_channel, after.row.department, after.row.guardian_phone) == (
        "emergency", True, "儿童青少年心理科", "13800000000")
    assert after.screening_summary == before.screening_summary and after.row.state == "draft"


def test_an_issued_referral_is_not_edited(qtbot, make_app, demo_office):
    from counselor_app.domain.errors import ValidationError
    from counselor_app.services import referral_views, referrals

    app, main, page = open_page(qtbot, make_app)
    row = select(page, "issued")
    assert not page.edit_button.isEnabled()                   # the button follows the state …
    error = ask(qtbot, app, lambda s: referrals.edit_referral(   # … and the service refuses it too
        s, row.id, referrals.ReferralEdit("改写"), referral_views.get_referral(s, row.id).row.revision))
    assert isinstance(error, ValidationError) and error.source == referrals.ALREADY_ISSUED
    assert ask(qtbot, app, lambda s: referral_views.get_referral(s, row.id)).reason != "改写"


def test_changing_a_hospital_of_the_directory(qtbot, make_app, demo_office):
    from counselor_app.services import hospitals

    app, main, page = open_page(qtbot, make_app)
    page.hospital_button.click()
    dialog = page.editor
    wait_for(qtbot, lambda: dialog.ok_button.isEnabled())
    first = ask(qtbot, app, lambda s: hospitals.list_hospitals(s))[0]
    dialog.which.setCurrentIndex(dialog.which.findData(first.id))
    assert dialog.name.text() == first.name and dialog.agreement.isChecked() == bool(first.agreement)
    assert dialog.departments.text() == "、".join(first.departments.split("\n"))
    dialog.green_phone.setText("12")
    dialog.ok_button.click()                                  # a bad phone: the service says so
    wait_for(qtbot, lambda: dialog.error.text() != "" and not dialog.busy)
    assert dialog.error.text().startswith("绿色通道电话") and dialog.isVisible()
    dialog.green_phone.setText("0571-88886666")
    dialog.departments.setText(dialog.departments.text() + "、睡眠门诊")
    dialog.active.click()                                     # set aside: new referrals no longer offer it
    dialog.ok_button.click()
    wait_for(qtbot, lambda: not dialog.isVisible())
    found = ask(qtbot, app, lambda s: hospitals.list_hospitals(s))
    changed = next(h for h in found if h.id == first.id)
    assert changed.name == first.name and changed.departments.endswith("\n睡眠门诊") and not changed.active
    assert changed.green_phone == "0571-88886666" or changed.green_phone.endswith("88886666")
    assert first.id not in {h.id for h in ask(qtbot, app, lambda s: hospitals.list_hospitals(s, active_only=True))}


def test_withdrawing_a_leave_application(qtbot, make_app, demo_office, answered_dialogs):
    from counselor_app.services import leaves

    app, main, page = open_page(qtbot, make_app, "leaves")
    page.new_button.click()                                   # an application, not approved yet
    dialog = page.editor
    wait_for(qtbot, lambda: dialog.ok_button.isEnabled())
    dialog.picker.line.setFocus()
    qtbot.keyClicks(dialog.picker.line, "2026070101")
    qtbot.keyClick(dialog.picker.line, Qt.Key.Key_Return)
    wait_for(qtbot, lambda: dialog.student is not None)
    dialog.ok_button.click()
    wait_for(qtbot, lambda: not dialog.isVisible())
    wait_for(qtbot, lambda: any(r.state == "applied" for r in page.all_rows))
    returning = next(n for n, r in enumerate(page.model.rows) if r.state == "returning")
    page.table.selectRow(returning)
    assert not page.withdraw_button.isEnabled()               # an approved leave is not withdrawn
    row = select(page, "applied")
    assert page.withdraw_button.isEnabled()
    answered_dialogs.set_next_answers(False)                  # asked first: the user says no
    page.withdraw_button.click()
    assert answered_dialogs.shown[-1].title == "撤回申请"
    assert ask(qtbot, app, lambda s: leaves.get_leave(s, row.id)).row.state == "applied"
    answered_dialogs.set_next_answers(True)
    page.withdraw_button.click()
    wait_for(qtbot, lambda: all(r.id != row.id for r in page.model.rows))   # not finished only: gone
    assert ask(qtbot, app, lambda s: leaves.get_leave(s, row.id)).row.state == "withdrawn"
