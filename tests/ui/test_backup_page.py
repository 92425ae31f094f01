"""The backup page's restore, driven by its buttons: a wrong password ends in its message with the office still open."""
from __future__ import annotations

from testdata import HEAD_PASSWORD
from ui_helpers import audit_actions, log_in, wait_for


def _page_with_a_backup(qtbot, make_app):
    app = make_app()
    main = log_in(qtbot, app)
    main.go_to("backup")
    page = main.pages["backup"]
    page.backup_button.click()
    wait_for(qtbot, lambda: page.model.rowCount() == 1)
    page.table.selectRow(0)
    return app, main, page


def test_a_wrong_password_is_refused_and_the_office_stays_open(qtbot, make_app, office_ready, answered_dialogs):
    app, main, page = _page_with_a_backup(qtbot, make_app)
    answered_dialogs.shown.clear()
    answered_dialogs.set_next_answers(True, "Not-The-Password-1")   # confirm, then a wrong password
    page.restore_button.click()
    wait_for(qtbot, lambda: any(s.kind == "error" for s in answered_dialogs.shown))
    errors = [s for s in answered_dialogs.shown if s.kind == "error"]
    assert len(errors) == 1 and "密码错误" in errors[0].text and "再错 4 次" in errors[0].text   # counted once
    # the office is still open: the pages load, the trail reads, and the right password then restores
    assert "restore" not in audit_actions(qtbot, app)
    main.go_to("students")
    wait_for(qtbot, lambda: main.pages["students"].loaded)
    answered_dialogs.shown.clear()
    main.go_to("backup")
    page.table.selectRow(0)
    answered_dialogs.set_next_answers(True, HEAD_PASSWORD)
    page.restore_button.click()
    wait_for(qtbot, lambda: any("已恢复备份" in s.text for s in answered_dialogs.shown), 15000)
    assert not any(s.kind == "error" for s in answered_dialogs.shown)
    assert "restore" in audit_actions(qtbot, app)


def test_cancelling_the_password_restores_nothing(qtbot, make_app, office_ready, answered_dialogs):
    app, _main, page = _page_with_a_backup(qtbot, make_app)
    answered_dialogs.shown.clear()
    answered_dialogs.set_next_answers(True, None)   # confirm, then cancel the password prompt
    page.restore_button.click()
    assert [s.kind for s in answered_dialogs.shown] == ["question", "password"]
    assert "restore" not in audit_actions(qtbot, app)
