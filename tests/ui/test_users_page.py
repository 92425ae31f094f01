"""用户管理: the head helps a locked-out colleague (解除锁定, 重设临时密码…), driven through the real buttons."""
from datetime import datetime, timedelta

from testdata import HEAD_LOGIN, HEAD_PASSWORD
from ui_helpers import audit_actions, log_in, wait_for

LI_PASSWORD = "Li-Own-Pass-2026"


def add_counselor(data_dir, login="li", name="李老师", must_change=False):
    from counselor_app.domain.roles import Role
    from counselor_app.services.office import login as open_office
    from counselor_app.services.users import add_user
    from counselor_app.store import users

    with open_office(data_dir, HEAD_LOGIN, HEAD_PASSWORD) as s:
        user = add_user(s, login, name, Role.COUNSELOR, LI_PASSWORD)
        users.set_must_change_password(s.conn, user.id, must_change)
        s.conn.commit()


def lock_out_in_window(qtbot, app, login="li"):
    """Five wrong passwords typed into the login window; returns the message shown after the fifth."""
    w = app.login_window
    for i in range(5):
        w.login.setText(login)
        w.password.setText(f"Wrong-Guess-{i}x")
        w.submit.click()
        wait_for(qtbot, lambda: w.submit.isEnabled())
    return w.error.text()


def log_in_here(qtbot, app, login=HEAD_LOGIN, password=HEAD_PASSWORD):
    """Log in through the login window already shown."""
    w = app.login_window
    w.login.setText(login)
    w.password.setText(password)
    w.submit.click()
    wait_for(qtbot, lambda: app.main_window is not None and app.main_window.isVisible())
    return app.main_window


def clocks_in(minutes=15):
    now = datetime.now()
    return {(now + timedelta(minutes=minutes, seconds=s)).strftime("%H:%M") for s in (-60, 0, 60)}


def button_ok(dialog):
    from counselor_app.ui.qt import QDialogButtonBox

    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def users_page_with_row(qtbot, main, login):
    main.go_to("users")
    page = main.pages["users"]
    wait_for(qtbot, lambda: any(u.login == login for u in page.model.rows))
    row = next(i for i, u in enumerate(page.model.rows) if u.login == login)
    page.table.selectRow(row)
    return page, row


def status(page, row):
    return page.model.data(page.model.index(row, 4))


def test_lockout_message_says_until_when_and_the_head_lifts_it(qtbot, make_app, office_ready, data_dir,
                                                               answered_dialogs):
    add_counselor(data_dir)
    app = make_app()
    app.start()
    message = lock_out_in_window(qtbot, app)
    assert message.startswith("密码错误次数过多，此登录名已被锁定至 ")
    assert "（还剩 15 分钟）" in message and "办公室负责人可在“用户管理”中提前解除锁定" in message
    clock = message.split("锁定至 ")[1][:5]
    assert clock in clocks_in(15)

    main = log_in_here(qtbot, app)   # the head, at the same computer
    page, row = users_page_with_row(qtbot, main, "li")
    assert status(page, row) == f"已锁定至 {clock}"
    assert page.unlock_button.isEnabled() and page.unlock_button.text() == "解除锁定"
    answered_dialogs.set_next_answers(False)   # the head thinks again: nothing happens
    page.unlock_button.click()
    assert answered_dialogs.shown[-1].kind == "question" and "li" in answered_dialogs.shown[-1].text
    assert "user.lockout_clear" not in audit_actions(qtbot, app)
    answered_dialogs.set_next_answers(True)
    page.unlock_button.click()
    wait_for(qtbot, lambda: status(page, row) == "启用")
    page.table.selectRow(row)
    assert not page.unlock_button.isEnabled()
    assert "user.lockout_clear" in audit_actions(qtbot, app)

    main.switch_action.trigger()   # li logs in with her own password at once
    wait_for(qtbot, lambda: app.login_window is not None and app.login_window.isVisible())
    log_in_here(qtbot, app, "li", LI_PASSWORD)
    assert app.user.login == "li"


def test_temporary_password_through_the_dialog_then_li_must_choose_her_own(qtbot, make_app, office_ready,
                                                                          data_dir, answered_dialogs):
    add_counselor(data_dir)
    app = make_app()
    app.start()
    lock_out_in_window(qtbot, app)
    main = log_in_here(qtbot, app)
    page, row = users_page_with_row(qtbot, main, "li")
    assert page.temp_button.isEnabled() and page.temp_button.text() == "重设临时密码…"
    page.temp_button.click()
    dialog = page.temp_dialog
    assert dialog.isVisible() and dialog.windowTitle() == "为 li 设置临时密码"
    dialog.password.setText("Temporary-Pass-2026")
    dialog.repeat.setText("Temporary-Pass-2027")
    button_ok(dialog).click()
    assert dialog.error.text() == "两次输入的密码不一致。"
    dialog.password.setText("Short-26")
    dialog.repeat.setText("Short-26")
    button_ok(dialog).click()
    wait_for(qtbot, lambda: button_ok(dialog).isEnabled() and dialog.error.text() != "")
    assert dialog.error.text() == "密码至少需要 10 个字符。"
    dialog.password.setText("Temporary-Pass-2026")
    dialog.repeat.setText("Temporary-Pass-2026")
    button_ok(dialog).click()
    wait_for(qtbot, lambda: not dialog.isVisible())
    wait_for(qtbot, lambda: any(s.kind == "info" for s in answered_dialogs.shown))
    assert "li 现在可以用临时密码登录" in [s for s in answered_dialogs.shown if s.kind == "info"][-1].text
    wait_for(qtbot, lambda: status(page, row) == "启用（密码待本人修改）")   # and no longer locked
    assert "user.temp_password" in audit_actions(qtbot, app)

    main.switch_action.trigger()
    wait_for(qtbot, lambda: app.login_window is not None and app.login_window.isVisible())
    w = app.login_window
    w.login.setText("li")
    w.password.setText(LI_PASSWORD)   # her old password no longer works
    w.submit.click()
    wait_for(qtbot, lambda: w.submit.isEnabled() and w.error.text() != "")
    assert w.error.text().startswith("登录名或密码错误。")
    w.password.setText("Temporary-Pass-2026")
    w.submit.click()
    wait_for(qtbot, lambda: app.first_password is not None and app.first_password.isVisible())
    assert app.main_window is None
    first = app.first_password
    first.old.setText("Temporary-Pass-2026")
    first.new1.setText("Li-New-Own-2026")
    first.new2.setText("Li-New-Own-2026")
    button_ok(first).click()
    wait_for(qtbot, lambda: app.main_window is not None and app.main_window.isVisible())
    assert app.user.login == "li" and not app.user.must_change_password


def test_buttons_fit_the_selected_account(qtbot, make_app, office_ready, data_dir):
    from counselor_app.services.office import login as open_office
    from counselor_app.services.users import deactivate_user

    add_counselor(data_dir)
    add_counselor(data_dir, "gone", "离职老师")
    with open_office(data_dir, HEAD_LOGIN, HEAD_PASSWORD) as s:
        deactivate_user(s, "gone")
    app = make_app()
    main = log_in(qtbot, app)
    page, row = users_page_with_row(qtbot, main, "li")
    assert status(page, row) == "启用"
    assert not page.unlock_button.isEnabled() and page.temp_button.isEnabled()
    page, row = users_page_with_row(qtbot, main, HEAD_LOGIN)
    assert not page.unlock_button.isEnabled() and not page.temp_button.isEnabled()   # own: Settings
    page, row = users_page_with_row(qtbot, main, "gone")
    assert status(page, row) == "已停用"
    assert not page.unlock_button.isEnabled() and not page.temp_button.isEnabled()   # reactivate instead


def test_a_lock_that_ended_meanwhile_is_explained(qtbot, make_app, office_ready, data_dir, answered_dialogs):
    from counselor_app.store.login_guard import LoginGuard

    add_counselor(data_dir)
    app = make_app()
    app.start()
    lock_out_in_window(qtbot, app)
    main = log_in_here(qtbot, app)
    page, row = users_page_with_row(qtbot, main, "li")
    assert page.unlock_button.isEnabled()
    # The lock runs out while the page is shown (here: lifted behind the page's back).
    from counselor_app.store.keyslots import KeySlots

    slots = KeySlots.load(data_dir / "keyslots.json")
    LoginGuard(data_dir / "login-guard.json").clear_lockout(slots.slot_id_for("li"))
    answered_dialogs.set_next_answers(True)
    page.unlock_button.click()
    wait_for(qtbot, lambda: any(s.kind == "error" for s in answered_dialogs.shown))
    assert [s for s in answered_dialogs.shown if s.kind == "error"][-1].text == "此登录名未被锁定（或锁定已结束）。"
    wait_for(qtbot, lambda: status(page, row) == "启用")


def test_the_role_drop_down_follows_the_selection_and_a_change_is_confirmed(qtbot, make_app, office_ready, data_dir,
                                                                            answered_dialogs):
    from counselor_app.ui.qt import Qt

    add_counselor(data_dir)
    app = make_app()
    main = log_in(qtbot, app)
    page, row = users_page_with_row(qtbot, main, "li")
    assert page.role_choice.currentText() == "心理老师"      # the selected account's role, not 办公室负责人
    assert not page.role_button.isEnabled()                # nothing to change yet
    page.role_choice.setCurrentIndex(page.role_choice.findData("assistant"))
    assert page.role_button.isEnabled()
    answered_dialogs.set_next_answers(False)               # "change the role of li …?" — no
    qtbot.mouseClick(page.role_button, Qt.MouseButton.LeftButton)
    assert "user.role" not in audit_actions(qtbot, app)
    answered_dialogs.set_next_answers(True)
    qtbot.mouseClick(page.role_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: any(u.login == "li" and u.role.value == "assistant" for u in page.model.rows))
    assert "心理老师" in answered_dialogs.shown[-1].text and "助理" in answered_dialogs.shown[-1].text
    own = next(i for i, u in enumerate(page.model.rows) if u.login == HEAD_LOGIN)
    page.table.selectRow(own)
    assert page.role_choice.currentText() == "办公室负责人" and not page.role_choice.isEnabled()
