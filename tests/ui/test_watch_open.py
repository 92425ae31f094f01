"""Every way into an entry opens its window (ui/watch/entry_window.py): the list page (double-click, Enter, 打开),
the start page's card, the profile's section, the new-entry dialog (after saving, and 打开该记录 for a student
already on the list)."""
from __future__ import annotations

import pytest
from watch_ui_helpers import build, choose, click_section, copy_into, open_dialog, open_profile, student

from counselor_app.services.demo import DEMO_PASSWORD
from counselor_app.ui.qt import QDialogButtonBox, Qt
from counselor_app.ui.watch.entry_window import EntryWindow
from ui_helpers import log_in, wait_for

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    return build(tmp_path_factory.mktemp("watchopen") / "office")


@pytest.fixture
def office(prepared, data_dir):
    copy_into(prepared, data_dir)
    return prepared


def open_page(qtbot, make_app, login="counselor"):
    app = make_app()
    main = log_in(qtbot, app, login, DEMO_PASSWORD)
    assert main.go_to("watch")
    page = main.pages["watch"]
    wait_for(qtbot, lambda: page.loaded)
    return app, main, page


def shown(qtbot, window, entry_id) -> EntryWindow:
    assert isinstance(window, EntryWindow) and window.entry_id == entry_id and window.isVisible()
    wait_for(qtbot, lambda: window.detail is not None)
    return window


def test_a_double_click_enter_and_open_show_the_entry_window(qtbot, make_app, office):
    app, main, page = open_page(qtbot, make_app)

    row = page.model.rows[2]
    rect = page.table.visualRect(page.model.index(2, 1))
    qtbot.mouseClick(page.table.viewport(), LEFT, pos=rect.center())
    assert page.open_button.isEnabled()
    qtbot.mouseDClick(page.table.viewport(), LEFT, pos=rect.center())
    window = page.entry_window
    assert isinstance(window, EntryWindow) and window.entry_id == row.id
    wait_for(qtbot, lambda: window.detail is not None)
    assert window.detail.row.name == row.name
    window.close()
    # Enter on the table, then the button, for another row
    page.table.selectRow(4)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.entry_window.entry_id == page.model.rows[4].id
    page.entry_window.close()
    page.table.selectRow(5)
    qtbot.mouseClick(page.open_button, LEFT)
    assert page.entry_window.entry_id == page.model.rows[5].id


def test_the_start_card_opens_the_entry(qtbot, make_app, office):
    app = make_app()
    main = log_in(qtbot, app, "counselor", DEMO_PASSWORD)
    card = main.pages["start"].watch_card
    wait_for(qtbot, lambda: card.data is not None and bool(card.buttons))
    entry_id = card.data.overdue[0].id
    qtbot.mouseClick(card.buttons[0], LEFT)
    window = shown(qtbot, main.pages["start"].entry_window, entry_id)
    assert window.detail.row.name == card.data.overdue[0].name


def test_the_profile_section_opens_the_entry(qtbot, make_app, office):
    app = make_app()
    main = log_in(qtbot, app, "counselor", DEMO_PASSWORD)
    sid = office.base.student_ids[1]
    profile = open_profile(qtbot, main, sid)
    section = click_section(qtbot, profile, "重点关注")
    wait_for(qtbot, lambda: section.summary is not None and section.open_button.isEnabled())
    qtbot.mouseClick(section.open_button, LEFT)
    shown(qtbot, section.entry_window, office.entries[sid])


def test_the_new_entry_dialog_opens_the_entry(qtbot, make_app, office):
    app, main, page = open_page(qtbot, make_app)
    # a student already on the list: 打开该记录
    dialog = open_dialog(qtbot, page)
    sid = office.base.student_ids[2]
    choose(qtbot, dialog, student(dialog, sid).student_no)
    qtbot.mouseClick(dialog.open_existing, LEFT)
    assert not dialog.isVisible()
    shown(qtbot, dialog.entry_window, office.entries[sid]).close()
    # a new entry: its window opens once it is saved
    dialog = open_dialog(qtbot, page)
    sid = office.without_entry[3]
    choose(qtbot, dialog, student(dialog, sid).student_no)
    dialog.source.setCurrentIndex(dialog.source.findData("staff"))
    dialog.concern.setPlainText("班主任反映上课注意力难以集中，情绪起伏大")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    wait_for(qtbot, lambda: dialog.entry_window is not None)
    window = shown(qtbot, dialog.entry_window, dialog.saved_value)
    assert window.detail.row.student_id == sid
