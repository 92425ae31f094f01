"""变更学籍状态… in the student profile: keeping the status the student has is refused in the dialog, with its
reason, and nothing is recorded; another status is saved and shown."""
from __future__ import annotations

from test_keyboard_tables import list_in_focus

from counselor_app.ui.qt import QDialogButtonBox, Qt
from ui_helpers import audit_actions, wait_for


def test_the_same_status_is_refused_in_the_dialog(qtbot, make_app, demo_office):
    app, _main, page = list_in_focus(qtbot, make_app, "students")
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    wait_for(qtbot, lambda: getattr(page, "profile", None) is not None and page.profile.header is not None)
    profile = page.profile
    assert profile.where_label.text().endswith("在读")
    before = audit_actions(qtbot, app).count("student.status")
    qtbot.mouseClick(profile.status_button, Qt.MouseButton.LeftButton)
    dialog = profile.status_dialog
    assert dialog.status.currentText() == "在读"   # the status the student has, preselected
    dialog.reason.setText("复学")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: dialog.error.text() != "")
    assert dialog.isVisible() and dialog.error.text() == "该学生已是此学籍状态，请选择其他状态。"
    assert audit_actions(qtbot, app).count("student.status") == before
    dialog.status.setCurrentIndex(dialog.status.findData("on_leave"))
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: not dialog.isVisible())
    wait_for(qtbot, lambda: profile.where_label.text().endswith("休学"))
    assert audit_actions(qtbot, app).count("student.status") == before + 1
