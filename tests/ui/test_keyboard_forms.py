"""Keyboard only, in the forms: Tab in a multi-line note box goes on to the next control (no tab character typed),
and Tab never walks the cells of a read-only table round and round: it leaves the table, or goes on through the fields
in its cells. The duty log and the review meetings are driven for real (the typed-in class periods:
test_keyboard_periods.py); every module of the GUI is read for a note box or a table built without this, so a new
one is caught."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest
from duty_ui_helpers import LEFT, build as build_duty, copy_into as copy_duty, open_duty
from meeting_ui_helpers import new_meeting, open_page as open_meetings, select_item
from watch_ui_helpers import build as build_watch, copy_into as copy_watch

import counselor_app.ui as ui_package
from counselor_app.ui.qt import QApplication, QPlainTextEdit, QTableView, Qt
from counselor_app.ui.widgets import EditGrid
from ui_helpers import wait_for

TEXT_BOXES = {"QPlainTextEdit", "QTextEdit"}
TABLES = {"QTableView", "QTableWidget"}


def assert_tab_moves_on(root) -> None:
    """Every note box under ``root`` takes Tab as 'next field'; every table that is not a typed-in grid is left."""
    boxes = root.findChildren(QPlainTextEdit)
    assert [b.objectName() for b in boxes if not b.tabChangesFocus()] == []
    tables = [t for t in root.findChildren(QTableView) if not isinstance(t, EditGrid)]
    assert [t.objectName() for t in tables if t.tabKeyNavigation()] == []


def press_tab(qtbot, widget) -> None:
    widget.setFocus()
    wait_for(qtbot, lambda: QApplication.focusWidget() is widget)
    qtbot.keyClick(widget, Qt.Key.Key_Tab)


@pytest.fixture(scope="module")
def duty_prepared(tmp_path_factory):
    return build_duty(tmp_path_factory.mktemp("dutykeys") / "office", roster=True)


@pytest.fixture(scope="module")
def meetings_prepared(tmp_path_factory):
    return build_watch(tmp_path_factory.mktemp("meetingkeys") / "office")


def test_tab_leaves_the_duty_log_notes_and_the_month_grid(qtbot, make_app, duty_prepared, data_dir):
    copy_duty(duty_prepared, data_dir)
    _main, page = open_duty(qtbot, make_app(), "counselor")
    assert_tab_moves_on(page.month)                                     # 值班表: the arrows move between the days
    page.tabs.setCurrentWidget(page.logs)
    wait_for(qtbot, lambda: page.logs.model.rowCount() > 0)
    page.logs.table.selectRow(0)
    qtbot.mouseClick(page.logs.log_button, LEFT)
    dialog = page.editor
    wait_for(qtbot, lambda: not dialog.loading)
    dialog.handover.setFocus()
    qtbot.keyClicks(dialog.handover, "calm")
    qtbot.keyClick(dialog.handover, Qt.Key.Key_Tab)
    assert dialog.handover.toPlainText() == "calm"                    # no tab character typed
    assert QApplication.focusWidget() is not dialog.handover and dialog.isVisible()
    assert_tab_moves_on(dialog)
    qtbot.mouseClick(dialog.add_contact, LEFT)
    contact = dialog.contact_dialog
    wait_for(qtbot, lambda: not contact.loading)
    press_tab(qtbot, contact.note_text)
    assert contact.note_text.toPlainText() == "" and QApplication.focusWidget() is not contact.note_text
    assert_tab_moves_on(contact)
    contact.reject()
    dialog.reject()


def test_tab_leaves_the_meeting_tables_and_the_decision_note(qtbot, make_app, meetings_prepared, data_dir):
    copy_watch(meetings_prepared, data_dir)
    _app, _main, page = open_meetings(qtbot, make_app)
    assert_tab_moves_on(page)                                          # the year's overview of the months
    window = new_meeting(qtbot, page)
    assert_tab_moves_on(window)
    window.attendance_tab.edit_button.click()                          # 登记出席…
    attendance = window.dialog
    wait_for(qtbot, lambda: not attendance.loading)
    assert_tab_moves_on(attendance)                                    # the fields in its rows, then out
    press_tab(qtbot, attendance.table)
    seen = [QApplication.focusWidget()]
    while seen[-1] is not attendance.all_present and len(seen) < 4 * attendance.table.rowCount() + 4:
        qtbot.keyClick(seen[-1], Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert seen[-1] is attendance.all_present                          # through each row's fields to 全部出席
    assert attendance.attendance_of(0) in seen and attendance.attendance_of(attendance.table.rowCount() - 1) in seen
    attendance.reject()
    wait_for(qtbot, lambda: window.agenda_tab.model.rowCount() > 0)
    select_item(qtbot, window, 0)
    qtbot.mouseClick(window.agenda_tab.decide_button, LEFT)
    decision = window.dialog
    wait_for(qtbot, lambda: not decision.loading)
    qtbot.mouseClick(decision.add_measure_button, LEFT)                # its fields come after the dialog's buttons
    assert_tab_moves_on(decision)
    press_tab(qtbot, decision.measures)
    seen = [QApplication.focusWidget()]
    while seen[-1] is not decision.add_measure_button and len(seen) < 8:
        qtbot.keyClick(seen[-1], Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert seen[:2] == [decision.measures.cellWidget(0, 0), decision.measures.cellWidget(0, 1)]   # the new row first
    assert seen[-1] is decision.add_measure_button
    press_tab(qtbot, decision.note_edit)
    assert decision.note_edit.toPlainText() == "" and QApplication.focusWidget() is not decision.note_edit
    decision.reject()


def constructions(tree, names: set[str]) -> int:
    """How many widgets of these classes a module builds: calls of them, and classes of its own derived from them."""
    calls = sum(1 for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)
                and n.func.id in names)
    classes = sum(1 for n in ast.walk(tree) if isinstance(n, ast.ClassDef) and n.name != "EditGrid"
                  and any(isinstance(b, ast.Name) and b.id in names for b in n.bases))
    return calls + classes


def calls_of(tree, name: str, argument=None) -> int:
    """Calls of ``name`` (a function or a method), with ``argument`` as their first argument when given."""
    found = 0
    for n in ast.walk(tree):
        if not isinstance(n, ast.Call):
            continue
        called = n.func.id if isinstance(n.func, ast.Name) else n.func.attr if isinstance(n.func, ast.Attribute) else ""
        if called == name and (argument is None or (n.args and isinstance(n.args[0], ast.Constant)
                                                    and n.args[0].value is argument)):
            found += 1
    return found


def test_no_module_builds_a_note_box_or_a_table_that_traps_tab():
    boxes, tables = [], []
    root = Path(ui_package.__file__).parent
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        name = str(path.relative_to(root))
        if constructions(tree, TEXT_BOXES) > calls_of(tree, "setTabChangesFocus", True):
            boxes.append(name)                  # use widgets.note_box()
        if constructions(tree, TABLES) > calls_of(tree, "tab_leaves") + calls_of(tree, "setTabKeyNavigation", False):
            tables.append(name)                 # use widgets.row_table(), tab_leaves() or EditGrid
    assert boxes == [] and tables == []
