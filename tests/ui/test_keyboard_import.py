"""Keyboard only, in the roster import's preview: Tab from the column mapping goes through its drop-downs (what each
column is imported as), in order, before the next control — they are added to the table after the rest of the dialog,
so Qt would put them after the buttons — and never walks the table's cells round and round."""
from __future__ import annotations

from test_import_dialog import ROWS, open_dialog, roster

from counselor_app.ui.qt import QApplication, Qt
from ui_helpers import wait_for


def test_tab_goes_from_the_mapping_through_its_drop_downs_then_on(qtbot, make_app, office_ready, tmp_path):
    path = roster(tmp_path / "r.xlsx", ["学号", "姓名", "性别", "出生日期", "班级", "家长电话"], ROWS)
    _app, _main, dialog = open_dialog(qtbot, make_app, path)
    dialog.show()
    wait_for(qtbot, lambda: not dialog._loading)
    view = dialog.mapping_view
    combos = [view.indexWidget(dialog.mapping.index(row, 2)) for row in range(dialog.mapping.rowCount())]
    assert len(combos) == 6 and not view.tabKeyNavigation()
    view.setFocus()
    wait_for(qtbot, lambda: QApplication.focusWidget() is view)
    seen = []
    for _ in range(len(combos) + 1):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert seen[:-1] == combos
    assert seen[-1] is dialog.only_problems                            # 只显示有问题的行, under the mapping


def test_tab_goes_from_the_likely_same_rows_to_their_choice(qtbot, make_app, office_ready, tmp_path):
    from test_import_dialog import _register_and_open

    _app, _main, dialog = _register_and_open(qtbot, make_app, tmp_path)
    panel = dialog.same
    wait_for(qtbot, lambda: panel.isVisible())
    assert not panel.table.tabKeyNavigation()
    panel.table.setFocus()
    wait_for(qtbot, lambda: QApplication.focusWidget() is panel.table)
    qtbot.keyClick(panel.table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is panel.combo_for(4)           # 导入为: the row's choice, next
