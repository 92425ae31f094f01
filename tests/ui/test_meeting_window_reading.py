"""The meeting window, opened on a finalized meeting, shows its other matters and addenda with the one audited look
at the meeting (``view.meeting``), not a look at the minutes; the agenda's order changes by dragging a row too."""
from __future__ import annotations

import pytest
from meeting_ui_helpers import LEFT, hold_finalized_meeting, new_meeting, open_page
from watch_ui_helpers import build, copy_into

from counselor_app.ui.qt import QPoint, Qt
from ui_helpers import audit_actions, wait_for

OTHER = "Dorm visits in week 2: nothing unusual."
ADDENDUM = "Correction: the school doctor came at 16:00."


@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    office = build(tmp_path_factory.mktemp("meetingread") / "office")
    held = hold_finalized_meeting(office, other_matters=OTHER, addendum=ADDENDUM)
    return office, held


@pytest.fixture
def office(prepared, data_dir):
    copy_into(prepared[0], data_dir)
    return prepared


def test_opening_a_meeting_is_one_audited_look_at_the_meeting_not_at_its_minutes(qtbot, make_app, office):
    app, _main, page = open_page(qtbot, make_app)
    meeting_id, _student = office[1]
    wait_for(qtbot, lambda: any(r.id == meeting_id for r in page.model.rows))
    row = next(n for n, r in enumerate(page.model.rows) if r.id == meeting_id)
    before = audit_actions(qtbot, app)
    table = page.table
    where = table.visualRect(page.model.index(row, 0)).center()
    qtbot.mouseClick(table.viewport(), LEFT, pos=where)   # a double-click, as a user's: press, release, double
    qtbot.mouseDClick(table.viewport(), LEFT, pos=where)
    wait_for(qtbot, lambda: page.meeting_window is not None and page.meeting_window.view is not None)
    window = page.meeting_window
    window.tabs.setCurrentWidget(window.other_tab)   # the texts are there, without another read
    assert window.other_tab.other.text() == OTHER
    assert ADDENDUM in window.other_tab.addenda.text() and window.other_tab.addenda.isVisible()
    assert "未签名" not in window.other_tab.addenda.text()
    added = audit_actions(qtbot, app)[len(before):]
    assert added == ["view.meeting"], added


def drop_row(qtbot, table, source: int, target: int, data=None) -> None:
    """Drag row ``source`` of the table onto the lower edge of row ``target`` (dropped below it). The offscreen
    platform has no drag loop (QDrag.exec returns at once), so the row is pressed and selected with the mouse, the
    data the view's drag carries is the model's ``mimeData`` of the selection (what QAbstractItemView.startDrag
    sends; ``data`` replaces it), and the drag's enter, move and drop events are delivered to the view's viewport
    at the target."""
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent

    from counselor_app.ui.qt import QApplication, Qt

    viewport, model = table.viewport(), table.model()
    qtbot.mouseClick(viewport, LEFT, pos=table.visualRect(model.index(source, 2)).center())
    data = data or model.mimeData(table.selectionModel().selectedIndexes())
    rect = table.visualRect(model.index(target, 2))
    end = QPoint(rect.center().x(), rect.bottom() - 2)
    move, none = Qt.DropAction.MoveAction, Qt.KeyboardModifier.NoModifier
    for event in (QDragEnterEvent(end, move, data, LEFT, none), QDragMoveEvent(end, move, data, LEFT, none),
                  QDropEvent(end.toPointF(), move, data, LEFT, none)):
        QApplication.sendEvent(viewport, event)


def test_the_agenda_order_changes_by_dragging_a_row(qtbot, make_app, office):
    app, _main, page = open_page(qtbot, make_app)
    window = new_meeting(qtbot, page)
    tab = window.agenda_tab
    order = [it.id for it in window.view.items]
    assert len(order) >= 3 and tab.up_button.isVisible()   # the buttons stay, for the keyboard
    assert "拖动某一行" in tab.hint.text()
    revision, before = window.meeting.revision, len(audit_actions(qtbot, app))
    drop_row(qtbot, tab.table, 0, 2)
    wait_for(qtbot, lambda: window.meeting.revision > revision)
    assert [it.id for it in window.view.items] == [order[1], order[2], order[0], *order[3:]]
    assert audit_actions(qtbot, app)[before:].count("meeting.agenda_order") == 1   # the buttons' service call
    # dropped back on top: the first place again
    revision = window.meeting.revision
    drop_row(qtbot, tab.table, 2, 0)
    wait_for(qtbot, lambda: window.meeting.revision > revision)
    assert [it.id for it in window.view.items][:3] == [order[1], order[0], order[2]]
    # a drop carrying items that are not on this agenda (another window's, another program's) moves nothing
    from counselor_app.ui.meetings.agenda_tab import MIME
    from counselor_app.ui.qt import QByteArray, QMimeData

    foreign = QMimeData()
    foreign.setData(MIME, QByteArray(b"999999"))
    before, shown = audit_actions(qtbot, app), [it.id for it in window.view.items]
    drop_row(qtbot, tab.table, 0, 2, data=foreign)
    qtbot.wait(100)
    assert audit_actions(qtbot, app) == before and [it.id for it in window.view.items] == shown


def test_a_finalized_meeting_s_agenda_does_not_move(qtbot, make_app, office):
    app, _main, page = open_page(qtbot, make_app)
    meeting_id, _student = office[1]
    from counselor_app.ui.meetings.meeting_window import open_meeting_window

    window = open_meeting_window(app, meeting_id, page)
    wait_for(qtbot, lambda: window.view is not None)
    tab = window.agenda_tab
    order = [it.id for it in window.view.items]
    assert len(order) >= 2 and not tab.up_button.isVisible()
    assert "拖动" not in tab.hint.text()
    assert not tab.model.flags(tab.model.index(0, 2)) & Qt.ItemFlag.ItemIsDragEnabled
    before = audit_actions(qtbot, app)
    drop_row(qtbot, tab.table, 0, 1)
    qtbot.wait(100)
    assert audit_actions(qtbot, app) == before and [it.id for it in window.view.items] == order
