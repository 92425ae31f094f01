"""Idle lock, manual lock, switching user, and what each role gets to see."""
import pytest

from testdata import HEAD_PASSWORD
from ui_helpers import audit_actions, log_in, wait_for


def test_idle_lock_hides_data_closes_the_office_and_unlock_restores(qtbot, make_app, office_ready):
    app = make_app()
    main = log_in(qtbot, app)
    main.go_to("users")
    users = main.pages["users"]
    wait_for(qtbot, lambda: users.model.rowCount() == 1)
    start = main.pages["start"]
    app.idle.set_timeout_ms(200)
    app.idle.start()
    wait_for(qtbot, lambda: app.locked and app.lock_screen is not None and app.lock_screen.isVisible(), 5000)
    assert not main.isVisible()
    assert users.model.rowCount() == 0 and start.greeting.text() == ""
    wait_for(qtbot, lambda: not app.worker.has_pending())
    assert app.worker._session is None  # the database is closed and the key zeroed
    app.lock_screen.password.setText("Wrong-Password-0")
    app.lock_screen.unlock.click()
    wait_for(qtbot, lambda: app.lock_screen.error.text() != "")
    assert app.lock_screen.error.text().startswith("密码错误。再错 4 次") and app.locked
    app.lock_screen.password.setText(HEAD_PASSWORD)
    app.lock_screen.unlock.click()
    wait_for(qtbot, lambda: not app.locked and main.isVisible())
    assert main.current_page_key() == "users"
    wait_for(qtbot, lambda: users.model.rowCount() == 1)
    actions = audit_actions(qtbot, app)
    assert actions.index("session.lock") < actions.index("session.unlock")


def test_ctrl_l_locks_and_log_out_returns_to_login(qtbot, make_app, office_ready):
    app = make_app()
    main = log_in(qtbot, app)
    main.lock_action.trigger()
    assert app.locked and not main.isVisible()
    app.lock_screen.switch.click()
    wait_for(qtbot, lambda: app.login_window is not None and app.login_window.isVisible())
    assert app.user is None and app.main_window is None
    assert app.lock_screen is None


def test_clipboard_is_cleared_on_lock(qtbot, make_app, office_ready):
    from counselor_app.ui.qt import QGuiApplication

    app = make_app()
    log_in(qtbot, app)
    app.clipboard.copy("S0001 学生")
    assert QGuiApplication.clipboard().text() == "S0001 学生"
    app.lock()
    assert QGuiApplication.clipboard().text() == ""


@pytest.mark.parametrize("role, pages", [
    ("counselor", ["start", "watch", "screening", "crisis", "compliance", "compliance_logs", "meetings", "referrals", "leaves", "appointments", "duty", "students", "classes", "staff", "calendar",
                   "backup", "settings"]),
    ("assistant", ["start", "appointments", "duty", "students", "classes", "staff", "calendar", "settings"]),
])
def test_roles_see_only_their_pages_and_services_refuse_the_rest(qtbot, make_app, office_ready, data_dir, role,
                                                                  pages):
    from counselor_app.domain.errors import PermissionDenied
    from counselor_app.domain.roles import Role
    from counselor_app.services import users as user_service
    from counselor_app.services.office import login

    from counselor_app.services.credentials import change_password

    with login(data_dir, "head", HEAD_PASSWORD) as s:
        user_service.add_user(s, "zhao", "赵老师", Role(role), "Another-Pass-77")
    with login(data_dir, "zhao", "Another-Pass-77") as z:  # the first password given by the head is replaced
        change_password(z, "Another-Pass-77", "Own-Secret-Pass-2026")
    app = make_app()
    main = log_in(qtbot, app, "zhao", "Own-Secret-Pass-2026")
    assert main.page_keys() == pages
    assert main.pages["settings"].tabs.count() == 1  # only "my account"
    errors = []
    app.worker.run(user_service.list_users, None, errors.append)
    wait_for(qtbot, lambda: bool(errors))
    assert isinstance(errors[0], PermissionDenied)
    assert "denied.manage_users" in audit_actions(qtbot, app)


def test_quit_backs_up_when_due_and_closes(qtbot, make_app, office_ready, data_dir, monkeypatch):
    from counselor_app.ui.qt import QApplication

    quits = []
    monkeypatch.setattr(QApplication, "quit", lambda *a: quits.append(True))
    app = make_app()
    log_in(qtbot, app)
    app.quit()
    wait_for(qtbot, lambda: bool(quits))
    assert [p.name[:7] for p in (data_dir / "backups").iterdir()] == ["backup-"]
    assert app.worker._session is None
