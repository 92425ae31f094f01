"""Helpers for GUI tests."""
from __future__ import annotations

from testdata import HEAD_LOGIN, HEAD_PASSWORD


def wait_for(qtbot, condition, timeout=10000):
    qtbot.waitUntil(condition, timeout=timeout)


def log_in(qtbot, app, login=HEAD_LOGIN, password=HEAD_PASSWORD):
    app.start()
    window = app.login_window
    window.login.setText(login)
    window.password.setText(password)
    window.submit.click()
    wait_for(qtbot, lambda: app.main_window is not None and app.main_window.isVisible())
    return app.main_window


def audit_actions(qtbot, app) -> list[str]:
    """The audit trail's actions, read through the worker after every call queued before."""
    from counselor_app.store import audit

    got: list = []
    app.worker.run(lambda s: [r.action for r in audit.iter_all(s.conn)], got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=10000)
    return got[0]


def open_list_page(qtbot, make_app, key: str, login: str = "demo"):
    """The app in Chinese, ``login`` signed in with the demo password, on the list page ``key`` once it loaded."""
    from counselor_app.services.demo import DEMO_PASSWORD

    app = make_app("zh_CN")
    main = log_in(qtbot, app, login, DEMO_PASSWORD)
    assert main.go_to(key)
    page = main.pages[key]
    wait_for(qtbot, lambda: page.loaded)
    return app, main, page
