"""Keyboard only, in the class periods of the appointments' set-up (a grid typed into): Tab goes on cell by cell, and
from the last cell out of the table (Shift+Tab from the first) instead of round to the first period — also while
typing in the last cell, whose text is kept."""
from __future__ import annotations

from test_appointment_dialogs import periods_tab
from test_appointments_page import LEFT, office, open_page, prepared  # noqa: F401

from counselor_app.ui.qt import QApplication, QLineEdit, Qt
from ui_helpers import wait_for


def test_tab_in_the_class_periods_goes_cell_by_cell_then_out(qtbot, make_app, office):  # noqa: F811
    page = open_page(qtbot, make_app, "demo")                 # the office head may edit them
    _dialog, tab = periods_tab(qtbot, page)
    table = tab.table
    last = table.rowCount() - 1
    table.setFocus()
    table.setCurrentCell(last, 0)
    wait_for(qtbot, lambda: QApplication.focusWidget() is table)
    qtbot.keyClick(table, Qt.Key.Key_Tab)                             # the start to the end of the last period
    assert QApplication.focusWidget() is table and (table.currentRow(), table.currentColumn()) == (last, 1)
    qtbot.keyClick(table, Qt.Key.Key_Tab)                             # out, not round to the first period
    assert QApplication.focusWidget() is tab.add
    qtbot.keyClick(tab.add, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is table
    table.setCurrentCell(0, 0)
    qtbot.keyClick(table, Qt.Key.Key_Backtab)                         # back out from the first cell
    assert QApplication.focusWidget() is not table


def test_tab_while_typing_the_last_period_keeps_it_and_leaves(qtbot, make_app, office):  # noqa: F811
    page = open_page(qtbot, make_app, "demo")
    _dialog, tab = periods_tab(qtbot, page)
    table = tab.table
    last = table.rowCount() - 1
    rect = table.visualRect(table.model().index(last, 1))
    qtbot.mouseClick(table.viewport(), LEFT, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), LEFT, pos=rect.center())
    editors = []
    wait_for(qtbot, lambda: bool(editors.extend(e for e in table.findChildren(QLineEdit) if e.isVisible()) or editors))
    editors[0].selectAll()
    qtbot.keyClicks(editors[0], "17:05")
    qtbot.keyClick(editors[0], Qt.Key.Key_Tab)
    assert table.item(last, 1).text() == "17:05"
    assert QApplication.focusWidget() is tab.add
    assert not [e for e in table.findChildren(QLineEdit) if e.isVisible()]   # no editor left open on the first cell
