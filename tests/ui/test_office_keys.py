"""The office's keys in the window (issue 10): revoking one's old password in 设置, and — for the office head — re-keying
the office and making a new recovery key (with its sheet) on 备份与恢复."""
from __future__ import annotations

import pytest

from ui_helpers import audit_actions, log_in, wait_for
from counselor_app.domain.errors import WrongRecoveryKey
from counselor_app.ui.qt import QCheckBox, QPushButton


def _button(widget, name: str) -> QPushButton:
    button = widget.findChild(QPushButton, name)
    assert button is not None and button.isVisible(), name
    return button


def test_a_changed_password_is_revoked_from_the_settings(qtbot, make_app, office_ready, answered_dialogs):
    app = make_app()
    main = log_in(qtbot, app)
    main.go_to("settings")
    page = main.pages["settings"]
    page.old_pw.setText("Quiet-Harbor-2026")
    page.new_pw.setText("Second-Harbor-2026")
    page.repeat_pw.setText("Second-Harbor-2026")
    box = page.findChild(QCheckBox, "revokeOldPassword")
    box.click()
    _button(page, "changePassword").click()
    wait_for(qtbot, lambda: any("旧密码已吊销" in s.text for s in answered_dialogs.shown))
    assert not box.isChecked()
    assert "password.revoke" in audit_actions(qtbot, app)


def test_the_head_re_keys_the_office(qtbot, make_app, office_ready, answered_dialogs):
    app = make_app()
    main = log_in(qtbot, app)
    main.go_to("backup")
    page = main.pages["backup"]
    answered_dialogs.set_next_answers(False)      # asked first: no, nothing happens
    _button(page, "rekeyOffice").click()
    answered_dialogs.set_next_answers(True)
    _button(page, "rekeyOffice").click()
    wait_for(qtbot, lambda: any("已更换" in s.text for s in answered_dialogs.shown if s.kind == "info"))
    assert audit_actions(qtbot, app).count("keys.rekey") == 1


def test_a_new_recovery_key_is_shown_once_with_its_sheet(qtbot, make_app, office_ready, answered_dialogs, data_dir):
    from counselor_app.services.credentials import export_data_key

    app = make_app()
    main = log_in(qtbot, app)
    main.go_to("backup")
    page = main.pages["backup"]
    answered_dialogs.set_next_answers(True)
    _button(page, "newRecoveryKey").click()
    wait_for(qtbot, lambda: getattr(page, "key_dialog", None) is not None and page.key_dialog.isVisible())
    dialog = page.key_dialog
    shown = dialog.key.text().replace("\n", "-")
    assert len(shown.split("-")) == 8 and shown != office_ready.recovery_key
    _button(dialog, "printSheet").click()         # the sheet's print preview (print only: never saved)
    wait_for(qtbot, lambda: getattr(dialog, "preview", None) is not None and dialog.preview.isVisible())
    assert not dialog.preview.save_button.isVisible()
    dialog.preview.close()
    dialog.reject()
    assert dialog.key.text() == "" and dialog.recovery_key == ""
    assert "recovery_key.rotate" in audit_actions(qtbot, app)
    app.worker.close_session()
    wait_for(qtbot, lambda: not app.worker.has_pending())
    with pytest.raises(WrongRecoveryKey):
        export_data_key(data_dir, office_ready.recovery_key)
    assert export_data_key(data_dir, shown).startswith("x'")


def test_only_the_head_sees_the_keys(qtbot, make_app, office_ready, answered_dialogs):
    from counselor_app.domain.roles import Role
    from counselor_app.services import users
    from counselor_app.services.office import login

    from counselor_app.services.credentials import change_password

    folder = office_ready.session.paths.data_dir
    with login(folder, "head", "Quiet-Harbor-2026") as head:
        users.add_user(head, "liu", "刘老师", Role.COUNSELOR, "Bright-River-2026")
    with login(folder, "liu", "Bright-River-2026") as liu:   # the first password replaced
        change_password(liu, "Bright-River-2026", "Bright-River-2027")
    app = make_app()
    main = log_in(qtbot, app, "liu", "Bright-River-2027")
    if main.pages.get("backup") is not None:
        assert main.pages["backup"].findChild(QPushButton, "rekeyOffice") is None
    assert main.pages["settings"].findChild(QCheckBox, "revokeOldPassword") is not None
