"""The referrals page's 重新打开: a closed referral reopened by clicking the button, the reason required (said in the
form), back to the state it was closed from, on the student's timeline."""
from __future__ import annotations

from ui_helpers import open_list_page, wait_for


def ask(qtbot, app, call):
    """A service call on the worker: its result, or the error it raised."""
    got = []
    app.worker.run(call, got.append, got.append)
    wait_for(qtbot, lambda: bool(got))
    return got[0]


def test_reopening_a_completed_referral_needs_a_reason_and_goes_back_to_receipt_returned(qtbot, make_app,
                                                                                         demo_office):
    from counselor_app.services import referral_views, timeline

    app, main, page = open_list_page(qtbot, make_app, "referrals")
    page.state.setCurrentIndex(page.state.findData("closed"))
    wait_for(qtbot, lambda: any(r.state == "closed" for r in page.model.rows))
    n, row = next((n, r) for n, r in enumerate(page.model.rows) if r.state == "closed" and r.returned_on)
    page.table.selectRow(n)
    assert page.reopen_button.isEnabled() and not page.close_button.isEnabled()
    assert page.reopen_button.text() == "重新打开…"
    page.reopen_button.click()
    dialog = page.editor
    wait_for(qtbot, lambda: dialog.ok_button.isEnabled())
    before = ask(qtbot, app, lambda s: referral_views.get_referral(s, row.id)).row
    assert dialog.windowTitle() == f"重新打开转介 {row.number}"
    assert dialog.closed.text() == f"{before.closed_on}，转介完成"
    assert dialog.back_to.text() == "回执已收回"
    dialog.reason.setPlainText("   ")
    dialog.ok_button.click()                                  # no reason: said in the form, nothing saved
    assert dialog.error.text() == "请写明重新打开转介的原因。" and dialog.isVisible()
    assert ask(qtbot, app, lambda s: referral_views.get_referral(s, row.id)).row.state == "closed"
    dialog.reason.setPlainText("回执上的医生建议登记错误，需更正后再结案")
    dialog.ok_button.click()
    wait_for(qtbot, lambda: not dialog.isVisible())
    wait_for(qtbot, lambda: all(r.id != row.id for r in page.model.rows))   # no longer among the closed ones
    after = ask(qtbot, app, lambda s: referral_views.get_referral(s, row.id)).row
    assert (after.state, after.closed_on, after.close_reason) == ("returned", None, "")
    page.state.setCurrentIndex(page.state.findData("open"))
    wait_for(qtbot, lambda: any(r.id == row.id for r in page.model.rows))
    page.table.selectRow(next(n for n, r in enumerate(page.model.rows) if r.id == row.id))
    assert page.close_button.isEnabled() and not page.reopen_button.isEnabled()
    page.close_button.click()                                 # closing it again shows why it was reopened
    closing = page.editor
    wait_for(qtbot, lambda: closing.ok_button.isEnabled())
    assert closing.reopened.isVisible()
    assert closing.reopened.text().endswith("：回执上的医生建议登记错误，需更正后再结案")
    closing.reject()
    events = ask(qtbot, app, lambda s: timeline.student_timeline(s, row.student_id, sources=("referrals",))).events
    assert events[0].title == f"Referral {row.number} reopened: back to \u201creceipt returned\u201d"


def test_a_stale_referral_is_refused_in_the_form(qtbot, make_app, demo_office):
    from counselor_app.services import referral_reopen, referral_views

    app, main, page = open_list_page(qtbot, make_app, "referrals")
    page.state.setCurrentIndex(page.state.findData("closed"))
    wait_for(qtbot, lambda: any(r.state == "closed" for r in page.model.rows))
    n, row = next((n, r) for n, r in enumerate(page.model.rows) if r.state == "closed")
    page.table.selectRow(n)
    page.reopen_button.click()
    dialog = page.editor
    wait_for(qtbot, lambda: dialog.ok_button.isEnabled())
    # meanwhile someone else reopens it: this form's save is refused by the service and says so
    ask(qtbot, app, lambda s: referral_reopen.reopen_referral(s, row.id, "另一位老师已重新打开",
                                                             referral_views.get_referral(s, row.id).row.revision))
    dialog.reason.setPlainText("家长带来新的医院证明")
    dialog.ok_button.click()
    wait_for(qtbot, lambda: dialog.error.text() != "" and not dialog.busy)
    assert dialog.isVisible() and dialog.error.text().startswith("在您打开之后，其他人修改了这份转介单。本次未保存")
