"""Keyboard only: Tab leaves a list's table (the arrows move between its rows) instead of walking its cells for ever."""
from __future__ import annotations

from counselor_app.services.demo import DEMO_PASSWORD
from counselor_app.ui.qt import QApplication, QTableView, Qt
from ui_helpers import log_in, open_list_page, wait_for


def list_in_focus(qtbot, make_app, key: str):
    """The demo office's head on the list page ``key``, its rows loaded, the keyboard focus in its table."""
    app, main, page = open_list_page(qtbot, make_app, key)
    wait_for(qtbot, lambda: page.model.rowCount() > 0)
    page.table.setFocus()
    wait_for(qtbot, lambda: QApplication.focusWidget() is page.table)
    return app, main, page


def test_tab_leaves_the_students_table_and_the_arrows_move_the_row(qtbot, make_app, demo_office):
    _app, _main, page = list_in_focus(qtbot, make_app, "students")
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    before = page.table.currentIndex().row()
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    assert page.table.currentIndex().row() == before + 1
    qtbot.keyClick(page.table, Qt.Key.Key_Tab)
    assert not isinstance(QApplication.focusWidget(), QTableView)


def test_tab_goes_from_the_profile_timeline_to_the_buttons(qtbot, make_app, demo_office):
    _app, _main, page = list_in_focus(qtbot, make_app, "students")
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)   # opens the profile
    wait_for(qtbot, lambda: getattr(page, "profile", None) is not None and page.profile.header is not None)
    profile = page.profile
    profile.show_section("timeline")
    table = profile.widgets["timeline"].findChild(QTableView)
    wait_for(qtbot, lambda: table.model().rowCount() > 0)
    table.setFocus()
    wait_for(qtbot, lambda: QApplication.focusWidget() is table)
    seen = []
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert any(w.text() == "关闭" for w in seen if hasattr(w, "text") and not isinstance(w, QTableView))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    wait_for(qtbot, lambda: not profile.isVisible())


def test_tab_goes_through_both_filter_rows_of_the_watch_list_before_its_table(qtbot, make_app, demo_office):
    _app, _main, page = open_list_page(qtbot, make_app, "watch")
    page.search.setFocus()
    order = []
    while QApplication.focusWidget() is not page.table and len(order) < 12:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order[-1] is page.table
    second_row = [w for w in page.more_filters if w is not None]
    assert second_row and all(w in order for w in second_row)   # reached before the table, not after it


def test_tab_leaves_the_calendar_month(qtbot, make_app, demo_office):
    app = make_app()
    main = log_in(qtbot, app, "demo", DEMO_PASSWORD)   # not a list page: its own loading
    main.go_to("calendar")
    page = main.pages["calendar"]
    wait_for(qtbot, lambda: page.view is not None and page.month_label.text() != "")   # the year and its month
    main.activateWindow()
    page.grid.setFocus()
    wait_for(qtbot, lambda: QApplication.focusWidget() is page.grid)
    page.grid.setCurrentIndex(page.month_model.index(2, 2))
    qtbot.keyClick(page.grid, Qt.Key.Key_Right)   # the arrows move between the days
    assert page.grid.currentIndex().column() == 3
    qtbot.keyClick(page.grid, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not page.grid


def open_each_entry(qtbot, page):
    """Enter on each row of the watch list in turn (focus in its table): yields each entry window once shown."""
    for n in range(page.model.rowCount()):
        page.table.selectRow(n)
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
        wait_for(qtbot, lambda: page.entry_window is not None and page.entry_window.detail is not None
                 and page.entry_window.detail.entry.id == page.model.rows[n].id)
        yield page.entry_window


def test_tab_goes_from_the_plan_measures_to_their_states_and_on(qtbot, make_app, demo_office):
    from counselor_app.ui.qt import QComboBox, QPushButton

    _app, _main, page = list_in_focus(qtbot, make_app, "watch")
    # the first entry with a plan of several measures
    window = next(w for w in open_each_entry(qtbot, page) if w.plan_tab.measures.rowCount() > 1)
    measures = window.plan_tab.measures
    window.activateWindow()
    measures.setFocus()
    wait_for(qtbot, lambda: QApplication.focusWidget() is measures)
    seen = []
    for _ in range(measures.rowCount() + 2):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert any(isinstance(w, QComboBox) for w in seen) and isinstance(seen[-1], QPushButton)
