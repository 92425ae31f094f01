"""Keyboard only: Tab in a multi-line reason or concern box goes on to the next control (no tab character typed), in
the watch list's 纳入重点关注… and the screening results' 请假或免测…; their examples are in the UI language."""
from __future__ import annotations

import pytest
from screening_ui_helpers import build as build_screening, copy_into as copy_screening
from test_screening_results import open_results
from watch_ui_helpers import build as build_watch, choose, copy_into as copy_watch, open_dialog, student

from counselor_app.services.demo import DEMO_PASSWORD
from counselor_app.ui.qt import QApplication, QDialogButtonBox, Qt
from ui_helpers import log_in, wait_for

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(scope="module")
def watch_prepared(tmp_path_factory):
    return build_watch(tmp_path_factory.mktemp("watchkeys") / "office")


@pytest.fixture(scope="module")
def screening_prepared(tmp_path_factory):
    return build_screening(tmp_path_factory.mktemp("screeningkeys") / "office")


def test_tab_leaves_the_concern_box_of_a_new_entry(qtbot, make_app, watch_prepared, data_dir):
    copy_watch(watch_prepared, data_dir)
    app = make_app()
    main = log_in(qtbot, app, "counselor", DEMO_PASSWORD)
    main.go_to("watch")
    page = main.pages["watch"]
    wait_for(qtbot, lambda: page.loaded)
    dialog = open_dialog(qtbot, page)
    choose(qtbot, dialog, student(dialog, watch_prepared.without_entry[0]).student_no)
    wait_for(qtbot, lambda: dialog.concern.isEnabled())
    dialog.concern.setFocus()
    qtbot.keyClicks(dialog.concern, "sleeps badly")
    qtbot.keyClick(dialog.concern, Qt.Key.Key_Tab)
    assert dialog.concern.toPlainText() == "sleeps badly"
    assert QApplication.focusWidget() is not dialog.concern


def test_tab_leaves_the_excuse_reason_and_the_example_is_english(qtbot, make_app, screening_prepared, data_dir):
    copy_screening(screening_prepared, data_dir)
    _app, window = open_results(qtbot, make_app)
    tab = window.targets
    due = screening_prepared.seventh[6]   # no result: 应测
    tab.table.selectRow(next(n for n, r in enumerate(tab.model.rows) if r.student_id == due.id))
    qtbot.mouseClick(tab.excuse_button, LEFT)
    dialog = tab.dialog
    assert dialog.reason.placeholderText().startswith("例如：")
    dialog.reason.setFocus()
    qtbot.keyClicks(dialog.reason, "sick leave")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Tab)
    assert dialog.reason.toPlainText() == "sick leave"
    assert QApplication.focusWidget() is not dialog.reason
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isDefault()   # Enter then saves
