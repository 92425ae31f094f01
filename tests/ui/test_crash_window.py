"""An unexpected error in the window: an apology in Chinese with a reference code, a report without personal data
in the log folder (counselor_app/crash.py; ui/app.py installs the hook, ui/dialogs.show_error reports)."""
from __future__ import annotations

import re
import sys

import pytest

from counselor_app import crash
from ui_helpers import log_in, wait_for

CODE = re.compile(r"参考编号：([A-Z2-9]{4}-[A-Z2-9]{4})")


def _report(logs, code: str) -> str:
    (path,) = logs.glob(f"crash-*-{code}.txt")
    return path.read_text("utf-8")


def test_a_fault_in_a_background_job_shows_a_code_and_logs_no_data(qtbot, make_app, office_ready, answered_dialogs,
                                                                    tmp_path, monkeypatch, data_dir):
    logs = tmp_path / "logs"
    monkeypatch.setenv(crash.LOG_DIR_ENV, str(logs))
    app = make_app()
    window = log_in(qtbot, app)
    names = []

    def faulty(session):   # a fault after reading the office's data: the head's name is in the locals and message
        from counselor_app.store.users import all_users

        name = all_users(session.conn)[0].display_name
        names.append(name)
        raise LookupError(f"no record for {name}")

    from counselor_app.ui import dialogs

    app.worker.run(faulty, on_error=lambda exc: dialogs.show_error(window, exc), context=window)
    wait_for(qtbot, lambda: any(s.kind == "error" for s in answered_dialogs.shown))
    shown = [s for s in answered_dialogs.shown if s.kind == "error"][-1]
    assert shown.title == "意外错误"
    assert shown.text.startswith("抱歉，程序出现了意外错误（LookupError）。已保存的数据没有丢失。")
    code = CODE.search(shown.text).group(1)
    assert str(logs) in shown.text and names and names[0] not in shown.text
    text = _report(logs, code)
    assert "where: window" in text and "exception: LookupError" in text and "in faulty" in text
    assert names[0] not in text and "王主任" not in text
    assert not list(data_dir.rglob("crash-*")) and not (data_dir / "logs").exists()


@pytest.mark.qt_no_exception_capture
def test_a_fault_in_a_button_slot_goes_through_the_applications_hook(qtbot, make_app, office_ready, answered_dialogs,
                                                                     tmp_path, monkeypatch, data_dir):
    from counselor_app.ui import app as app_module
    from counselor_app.ui.qt import QPushButton

    logs = tmp_path / "logs"
    monkeypatch.setenv(crash.LOG_DIR_ENV, str(logs))
    monkeypatch.setattr(sys, "excepthook", app_module._unexpected)   # as run_gui installs it
    make_app()
    button = QPushButton("x")
    qtbot.addWidget(button)

    def clicked():
        phone = "13987654321"
        raise RuntimeError(f"guardian phone {phone}")

    button.clicked.connect(clicked)
    button.click()
    wait_for(qtbot, lambda: any(s.kind == "error" for s in answered_dialogs.shown))
    shown = [s for s in answered_dialogs.shown if s.kind == "error"][-1]
    code = CODE.search(shown.text).group(1)
    text = _report(logs, code)
    assert "exception: RuntimeError" in text and "in clicked" in text and "13987654321" not in text
    assert "13987654321" not in shown.text
    assert not list(data_dir.rglob("crash-*")) and not (data_dir / "logs").exists()
