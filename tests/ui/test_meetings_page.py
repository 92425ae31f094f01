"""The 研判会 page: a counselor prepares a meeting through the dialog and finds it in the list and the overview; what
the service refuses (a second regular meeting of a grade in a month) stays in the dialog with its reason; a red cell
of the overview prepares that grade's meeting; the assistant has no such page."""
from __future__ import annotations

from datetime import date

import pytest
from meeting_ui_helpers import LEFT, new_meeting, ok, open_page, pick, through
from watch_ui_helpers import build, copy_into

from counselor_app.domain.meeting import month_of
from counselor_app.services import meetings_overview
from counselor_app.services.demo import DEMO_PASSWORD
from counselor_app.ui.meetings.overview import HELD_BG, MISSING_BG, OPEN_BG
from counselor_app.ui.qt import Qt
from ui_helpers import log_in, wait_for

THIS_MONTH = month_of(date.today())


@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    return build(tmp_path_factory.mktemp("meetinggui") / "office")


@pytest.fixture
def office(prepared, data_dir):
    copy_into(prepared, data_dir)
    return prepared


def cell(page, grade: str, month: str):
    table = page.overview.table
    row = next(r for r in range(table.rowCount()) if table.verticalHeaderItem(r).text() == grade)
    column = page.overview.data.months.index(month)
    return table.item(row, column)


def meetings(qtbot, page):
    """The meetings as the services list them (on the app's worker: the office is the app's while it is open)."""
    return through(qtbot, page.app, meetings_overview.list_meetings)


def test_a_counselor_prepares_a_meeting_and_sees_it_in_the_list_and_the_overview(qtbot, make_app, office, data_dir):
    app, main, page = open_page(qtbot, make_app)
    texts = [main.nav.item(i).text() for i in range(main.nav.count())]
    assert texts[texts.index("会议与转介") + 1] == "研判会"
    # the overview: a row per grade, a column per month of the school year; nobody has met this month: red
    red = cell(page, "七年级", THIS_MONTH)
    assert red.text() == "" and red.background().color().name() == MISSING_BG
    assert page.count.text() == "显示 0 条 · 0 条未定稿"
    window = new_meeting(qtbot, page)
    assert window.title.text() == f"七年级 · {date.today().year}年{date.today().month}月 · 月度研判会"
    assert window.state_badge.text() == "准备中"
    assert len(window.view.items) > 0 and window.view.attendees   # the agenda from the watch list, people invited
    wait_for(qtbot, lambda: len(page.all_rows) == 1)
    row = page.model.rows[0]
    assert (row.grade, row.month, row.state, row.held_on) == ("七年级", THIS_MONTH, "preparing",
                                                              date.today().isoformat())
    cells = [page.model.data(page.model.index(0, c)) for c in range(page.model.columnCount())]
    assert cells[:5] == ["七年级", f"{date.today().year}年{date.today().month}月", "月度研判会", "准备中",
                         date.today().isoformat()]
    wait_for(qtbot, lambda: cell(page, "七年级", THIS_MONTH).text() == "准备中")
    assert cell(page, "七年级", THIS_MONTH).background().color().name() == OPEN_BG
    assert cell(page, "八年级", THIS_MONTH).background().color().name() == MISSING_BG
    assert HELD_BG != OPEN_BG


def test_a_second_regular_meeting_in_a_month_is_refused_in_the_dialog(qtbot, make_app, office, data_dir):
    _app, _main, page = open_page(qtbot, make_app)
    first = new_meeting(qtbot, page)
    first.close()
    qtbot.mouseClick(page.new_button, LEFT)
    dialog = page.editor
    wait_for(qtbot, lambda: not dialog.loading)
    pick(dialog.grade, "七年级")
    ok(qtbot, dialog)
    wait_for(qtbot, lambda: dialog.error.text() != "")
    assert "七年级" in dialog.error.text() and "临时研判会" in dialog.error.text()
    assert dialog.isVisible() and len(meetings(qtbot, page)) == 1
    # a badly written time is the service's message too, the form stays as typed
    pick(dialog.kind, "临时研判会")
    assert dialog.name.isEnabled() and dialog.name.text() == "临时研判会"
    qtbot.keyClicks(dialog.start, "25:00")
    ok(qtbot, dialog)
    wait_for(qtbot, lambda: "15:30" in dialog.error.text())
    assert dialog.start.text() == "25:00" and len(meetings(qtbot, page)) == 1
    # an extra meeting with its name is allowed
    dialog.start.clear()
    ok(qtbot, dialog)
    wait_for(qtbot, lambda: len(page.all_rows) == 2)
    kinds = sorted(page.model.data(page.model.index(r, 2)) for r in range(2))
    assert kinds == ["临时研判会", "月度研判会"]


def test_a_double_click_on_a_missing_month_prepares_that_grades_meeting(qtbot, make_app, office):
    _app, _main, page = open_page(qtbot, make_app)
    target = cell(page, "八年级", THIS_MONTH)
    table = page.overview.table
    rect = table.visualItemRect(target)
    qtbot.mouseClick(table.viewport(), LEFT, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), LEFT, pos=rect.center())
    dialog = page.editor
    wait_for(qtbot, lambda: dialog is not None and not dialog.loading)
    assert dialog.grade.currentText() == "八年级" and dialog.month.currentData() == THIS_MONTH
    assert dialog.day.date().toPython() == date.today()


def test_the_page_in_english(qtbot, make_app, office):
    _app, main, page = open_page(qtbot, make_app, lang="en")
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())]
    assert headers == ["Grade", "Month", "Kind", "State", "Day", "Chair"]
    assert main.nav.currentItem().text() == "Review meetings"


def test_the_assistant_has_no_meetings_page(qtbot, make_app, office):
    app = make_app()
    main = log_in(qtbot, app, "assistant", DEMO_PASSWORD)
    assert "meetings" not in main.page_keys()
    assert not main.go_to("meetings")


def test_the_extra_meeting_name_example_is_english_in_the_english_ui(qtbot, make_app, office, data_dir):
    from counselor_app.domain import meeting as meeting_rules

    _app, _main, page = open_page(qtbot, make_app, lang="en")
    qtbot.mouseClick(page.new_button, LEFT)
    dialog = page.editor
    wait_for(qtbot, lambda: not dialog.loading)
    dialog.grade.setCurrentIndex(1 if dialog.grade.itemData(0) is None else 0)
    dialog.kind.setCurrentIndex(dialog.kind.findData(meeting_rules.Kind.EXTRA.value))
    dialog.name.clear()
    ok(qtbot, dialog)
    wait_for(qtbot, lambda: dialog.error.text() != "")
    assert dialog.error.text() == "An extra meeting needs a name (e.g. an urgent case review)."
