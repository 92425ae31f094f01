"""The windows of their own that a list opens (a watch-list entry, a campaign's results) open with Enter and close
with Esc, like the dialogs; a campaign's window is raised when opened again, and a closed results window or answers
dialog is deleted, keeping no student's result in memory."""
from __future__ import annotations

from test_keyboard_tables import list_in_focus

from counselor_app.ui.qt import QApplication, QDialogButtonBox, Qt, is_alive
from ui_helpers import wait_for


def _page(qtbot, make_app, key):
    _app, _main, page = list_in_focus(qtbot, make_app, key)
    page.table.selectRow(0)
    return page


def _results(qtbot, make_app):
    """Enter on the demo's campaign: the screening page and its results window once loaded."""
    page = _page(qtbot, make_app, "screening")
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    wait_for(qtbot, lambda: getattr(page, "results_window", None) is not None and page.results_window.loaded)
    return page, page.results_window


def _closed(window) -> bool:
    return not is_alive(window) or not window.isVisible()


def test_esc_closes_the_watch_entry_window(qtbot, make_app, demo_office):
    page = _page(qtbot, make_app, "watch")
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    wait_for(qtbot, lambda: page.entry_window is not None and page.entry_window.detail is not None)
    window = page.entry_window
    window.activateWindow()
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Escape)
    wait_for(qtbot, lambda: _closed(window))


def test_esc_closes_the_screening_results_window(qtbot, make_app, demo_office):
    _screening, window = _results(qtbot, make_app)
    window.search.setFocus()
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)
    wait_for(qtbot, lambda: _closed(window))


def test_enter_again_raises_the_open_results_window_and_a_closed_one_is_gone(qtbot, make_app, demo_office):
    page, first = _results(qtbot, make_app)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)   # the same campaign again: the same window, not a second one
    assert page.results_window is first
    assert [w for w in QApplication.topLevelWidgets() if type(w).__name__ == "ResultsWindow" and w.isVisible()] \
        == [first]
    first.close()
    wait_for(qtbot, lambda: not is_alive(first))   # nothing of the results kept in a hidden window


def test_a_closed_answers_dialog_keeps_no_answer(qtbot, make_app, demo_office):
    _screening, window = _results(qtbot, make_app)
    row = next(n for n, r in enumerate(window.model.rows) if not r.key_items and not r.score_only)
    window.table.selectRow(row)
    qtbot.mouseClick(window.answers_button, Qt.MouseButton.LeftButton)
    dialog = window.answers_dialog
    wait_for(qtbot, lambda: dialog.answers is not None)   # no key item: shown at once
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()   # 关闭
    wait_for(qtbot, lambda: not is_alive(dialog))


def test_a_scale_without_bands_shows_no_empty_band_column(qtbot, make_app, demo_office):
    _screening, window = _results(qtbot, make_app)   # the demo's campaign: MHT, a total and no bands
    band = [c for c in range(window.model.columnCount()) if window.model.headerData(c, Qt.Orientation.Horizontal)
            == "等级"]
    assert band and all(window.table.isColumnHidden(c) and window.candidate_table.isColumnHidden(c) for c in band)
    assert not window.band.isVisible()
