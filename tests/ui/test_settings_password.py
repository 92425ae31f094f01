"""Changing one's password on the settings page, by keyboard and by its button: each missing or wrong field named."""
from __future__ import annotations

from testdata import HEAD_PASSWORD
from ui_helpers import log_in, wait_for

from counselor_app.ui.qt import QPushButton, Qt

NEW = "Bright-Lantern-2027"


def _page(qtbot, make_app):
    app = make_app()
    main = log_in(qtbot, app)
    main.go_to("settings")
    page = main.pages["settings"]
    return app, page, page.findChild(QPushButton, "changePassword")


def test_empty_fields_are_named_one_by_one(qtbot, make_app, office_ready):
    _app, page, change = _page(qtbot, make_app)
    change.click()
    assert page.pw_error.text() == "请输入当前密码。"
    page.old_pw.setText(HEAD_PASSWORD)
    change.click()
    assert page.pw_error.text() == "请输入新密码。"
    page.new_pw.setText(NEW)
    change.click()
    assert page.pw_error.text() == "请再次输入新密码。"
    assert page.old_pw.text() == HEAD_PASSWORD and page.new_pw.text() == NEW   # nothing typed is lost


def test_a_wrong_current_password_is_called_that(qtbot, make_app, office_ready):
    _app, page, change = _page(qtbot, make_app)
    page.old_pw.setText("Not-My-Password-1")
    page.new_pw.setText(NEW)
    page.repeat_pw.setText(NEW)
    change.click()
    wait_for(qtbot, lambda: page.pw_error.text() != "")
    assert page.pw_error.text().startswith("当前密码错误。") and "登录名或密码" not in page.pw_error.text()


def test_enter_in_the_last_field_changes_the_password(qtbot, make_app, office_ready, answered_dialogs):
    app, page, _change = _page(qtbot, make_app)
    page.old_pw.setText(HEAD_PASSWORD)
    page.new_pw.setText(NEW)
    page.repeat_pw.setText(NEW)
    qtbot.keyClick(page.repeat_pw, Qt.Key.Key_Return)
    wait_for(qtbot, lambda: any(s.text == "您的密码已修改。" for s in answered_dialogs.shown))
