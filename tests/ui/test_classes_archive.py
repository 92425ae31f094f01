"""归档 a class that still has students: refused at once with the reason, no "archive it?" question first."""
from __future__ import annotations

from test_keyboard_tables import list_in_focus

from ui_helpers import wait_for


def test_a_class_with_students_is_refused_without_a_question(qtbot, make_app, demo_office, answered_dialogs):
    _app, _main, page = list_in_focus(qtbot, make_app, "classes")
    row = next(n for n, r in enumerate(page.model.rows) if r.enrolled > 0)
    page.table.selectRow(row)
    answered_dialogs.shown.clear()
    page.archive_button.click()
    wait_for(qtbot, lambda: bool(answered_dialogs.shown))
    assert [s.kind for s in answered_dialogs.shown] == ["error"]
    assert "在读学生" in answered_dialogs.shown[0].text
    assert not page.model.rows[row].archived
