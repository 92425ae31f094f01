from datetime import datetime, timedelta

from testdata import HEAD_LOGIN, HEAD_PASSWORD, SCHOOL_NAME
from ui_helpers import log_in, wait_for


def test_office_exists_shows_login_then_main_window(qtbot, make_app, office_ready):
    app = make_app()
    main = log_in(qtbot, app)
    assert SCHOOL_NAME in main.windowTitle() and "心理辅导室工作台" in main.windowTitle()
    shown = ["start", "watch", "screening", "duty", "students", "classes", "staff", "calendar", "users", "audit",
             "backup", "settings"]
    assert [k for k in main.page_keys() if k in shown] == shown   # the head sees every page, in navigation order
    assert "王主任" in main.user_label.text() and "办公室负责人" in main.user_label.text()
    start = main.pages["start"]
    wait_for(qtbot, lambda: start.data is not None)
    assert start.audit_card.value.text() == "完整"


def test_wrong_password_message_and_lockout_in_plain_words(qtbot, make_app, office_ready):
    app = make_app()
    app.start()
    w = app.login_window
    for i in range(4):
        w.login.setText(HEAD_LOGIN)
        w.password.setText(f"Wrong-Pass-{i}x")
        w.submit.click()
        wait_for(qtbot, lambda: w.submit.isEnabled())
    assert w.error.text() == "登录名或密码错误。再错 1 次，此登录名将被锁定 15 分钟。"
    w.password.setText("Wrong-Pass-5x")
    w.submit.click()
    wait_for(qtbot, lambda: w.submit.isEnabled())
    message = w.error.text()
    until = {(datetime.now() + timedelta(minutes=15, seconds=s)).strftime("%H:%M") for s in (-60, 0, 60)}
    assert any(message == f"密码错误次数过多，此登录名已被锁定至 {t}（还剩 15 分钟）。办公室负责人可在“用户管理”中提前解除锁定。"
               for t in until), message
    w.password.setText(HEAD_PASSWORD)
    w.submit.click()
    wait_for(qtbot, lambda: w.submit.isEnabled())
    assert "已被锁定" in w.error.text()
    assert app.main_window is None
    assert w.password.text() == ""


def test_empty_fields_are_answered_without_a_call(qtbot, make_app, office_ready):
    app = make_app()
    app.start()
    app.login_window.submit.click()
    assert app.login_window.error.text() == "请输入登录名和密码。"


def test_recovery_dialog_sets_new_password(qtbot, make_app, office_ready, answered_dialogs):
    from counselor_app.ui.login_window import RecoveryDialog

    app = make_app()
    app.start()
    dialog = RecoveryDialog(app, app.login_window, HEAD_LOGIN)
    dialog.key.setText(office_ready.recovery_key)
    dialog.new1.setText("Recovered-Pass-2026")
    dialog.new2.setText("Recovered-Pass-2026")
    dialog.submit()
    wait_for(qtbot, lambda: any(s.kind == "info" for s in answered_dialogs.shown))
    w = app.login_window
    w.login.setText(HEAD_LOGIN)
    w.password.setText("Recovered-Pass-2026")
    w.submit.click()
    wait_for(qtbot, lambda: app.main_window is not None)


def test_wrong_recovery_key_is_explained(qtbot, make_app, office_ready):
    from counselor_app.ui.login_window import RecoveryDialog

    app = make_app()
    app.start()
    dialog = RecoveryDialog(app, app.login_window, HEAD_LOGIN)
    dialog.key.setText("123")
    dialog.new1.setText("Recovered-Pass-2026")
    dialog.new2.setText("Recovered-Pass-2026")
    dialog.submit()
    wait_for(qtbot, lambda: dialog.buttons.isEnabled())
    assert "8 组 6 位数字" in dialog.error.text()


def open_with_first_password(qtbot, make_app, data_dir):
    """A counselor added by the head logs in with the head's first password: the dialog asks for their own."""
    from counselor_app.domain.roles import Role
    from counselor_app.services.office import login
    from counselor_app.services.users import add_user
    from counselor_app.ui.first_password import FirstPasswordDialog

    with login(data_dir, HEAD_LOGIN, HEAD_PASSWORD) as s:
        add_user(s, "li", "李老师", Role.COUNSELOR, "Given-By-Head-2026")
    app = make_app()
    app.start()
    w = app.login_window
    w.login.setText("li")
    w.password.setText("Given-By-Head-2026")
    w.submit.click()

    wait_for(qtbot, lambda: app.first_password is not None and app.first_password.isVisible())
    assert isinstance(app.first_password, FirstPasswordDialog)
    return app, app.first_password


def test_first_password_from_the_head_must_be_replaced(qtbot, make_app, office_ready, data_dir):
    app, dialog = open_with_first_password(qtbot, make_app, data_dir)
    assert app.main_window is None
    dialog.old.setText("Given-By-Head-2026")
    dialog.new1.setText("Only-I-Know-2026")
    dialog.new2.setText("Only-I-Know-2026")
    dialog.submit()
    wait_for(qtbot, lambda: app.main_window is not None and app.main_window.isVisible())
    assert not app.user.must_change_password


def test_refusing_to_set_a_password_logs_out(qtbot, make_app, office_ready, data_dir):
    app, dialog = open_with_first_password(qtbot, make_app, data_dir)
    dialog.reject()
    wait_for(qtbot, lambda: app.login_window is not None and app.login_window.isVisible())
    assert app.user is None and app.main_window is None
