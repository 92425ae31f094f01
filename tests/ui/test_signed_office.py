"""The window's side of issue 10, findings 1 and 2: a forged role is refused at the login window in plain words; the
start page and the audit page's 校验审计链 say what was cut from the trail and whose record disagrees."""
from testdata import HEAD_LOGIN, HEAD_PASSWORD
from ui_helpers import log_in, wait_for

from counselor_app.domain.roles import Role
from counselor_app.services import users as user_service
from counselor_app.services.office import login

PW = "Assistant-Pass-2026"


def office_with_assistant(new_office):
    s = new_office.session
    user_service.add_user(s, "zhang", "张助理", Role.ASSISTANT, PW)
    for i in range(12):
        s.audit("verify", "office", detail=str(i))
    s.close()


def test_a_forged_role_is_refused_at_the_login_window(qtbot, make_app, new_office, data_dir):
    office_with_assistant(new_office)
    with login(data_dir, "zhang", PW) as s:   # the assistant's own session, with a Python shell
        s.conn.execute("UPDATE app_user SET must_change_password = 0, role = 'head' WHERE login = 'zhang'")
    app = make_app()
    app.start()
    w = app.login_window
    w.login.setText("zhang")
    w.password.setText(PW)
    w.submit.click()
    wait_for(qtbot, lambda: w.error.text() != "")
    assert w.error.text().startswith("该账户的角色无法确认：账户与负责人签名的内容不一致。已拒绝登录")
    assert app.main_window is None


def test_the_start_page_and_the_audit_check_name_entries_cut_from_the_trail(qtbot, make_app, new_office, data_dir,
                                                                           answered_dialogs):
    office_with_assistant(new_office)
    with login(data_dir, "zhang", PW) as s:
        s.conn.execute("DROP TRIGGER audit_log_no_delete")
        s.conn.execute("DELETE FROM audit_log WHERE id > 4")
    app = make_app()
    main = log_in(qtbot, app, HEAD_LOGIN, HEAD_PASSWORD)
    start = main.pages["start"]
    wait_for(qtbot, lambda: start.data is not None)
    assert start.audit_card.value.text() == "已断链"
    assert "被删除了" in start.audit_card.detail.text() and "账户 #1（head）" in start.audit_card.detail.text()

    main.go_to("audit")
    page = main.pages["audit"]
    page.verify.click()
    wait_for(qtbot, lambda: any(s.kind == "info" for s in answered_dialogs.shown))
    text = next(s.text for s in answered_dialogs.shown if s.kind == "info")
    assert text.startswith("审计日志在第") and "被删除了" in text and "账户 #1（head）" in text
