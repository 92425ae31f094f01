"""The watch-list page (重点关注学生): a counselor opens it, the filters, the overdue check box and the search change
the rows, a double-click opens the entry window; the assistant has no such page."""
from __future__ import annotations

import pytest
from watch_ui_helpers import build, copy_into

from counselor_app.services.demo import DEMO_PASSWORD
from counselor_app.ui.qt import Qt
from ui_helpers import log_in, wait_for

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    return build(tmp_path_factory.mktemp("watchgui") / "office")


@pytest.fixture
def office(prepared, data_dir):
    copy_into(prepared, data_dir)
    return prepared


def open_page(qtbot, make_app, login="counselor", lang="zh_CN"):
    app = make_app(lang)
    main = log_in(qtbot, app, login, DEMO_PASSWORD)
    assert main.go_to("watch")
    page = main.pages["watch"]
    wait_for(qtbot, lambda: page.loaded)
    return app, main, page


def ids(page) -> set[int]:
    return {r.id for r in page.model.rows}


def pick(combo, text: str) -> None:
    """Choose the entry the user reads as ``text``."""
    index = combo.findText(text)
    assert index >= 0, f"{text!r} not offered: {[combo.itemText(i) for i in range(combo.count())]}"
    combo.setCurrentIndex(index)


def test_a_counselor_sees_the_open_entries_soonest_review_first(qtbot, make_app, office):
    app, main, page = open_page(qtbot, make_app)
    texts = [main.nav.item(i).text() for i in range(main.nav.count())]
    assert texts[1:3] == ["学生工作", "重点关注学生"]
    open_ids = {i for state in ("candidate", "following", "observing", "close_requested")
                for i in office.by_state[state]}
    assert ids(page) == open_ids and len(open_ids) == 20
    reviews = [r.next_review for r in page.model.rows]
    assert reviews == sorted(reviews)   # the default sort: the next review date
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())]
    assert headers == ["学号", "姓名", "班级", "等级", "类别", "状态", "包保人", "下次回访", "逾期", "来源", "纳入日期"]
    assert page.count.text() == "显示 20 条 · 未关闭 20 条，逾期 10 条"
    # a row as it reads: the level by name on its colour, the reasons in words, red review dates when overdue
    late = next(n for n, r in enumerate(page.model.rows) if "review" in r.overdue)
    cell = lambda col, role=Qt.ItemDataRole.DisplayRole: page.model.data(page.model.index(late, col), role)  # noqa
    assert cell(3) in ("一般关注", "重点关注", "高危") and cell(3, Qt.ItemDataRole.BackgroundRole) is not None
    assert cell(7, Qt.ItemDataRole.ForegroundRole).name() == "#b3261e"
    assert "已过回访日期" in cell(8) and cell(4) in ("轻症", "重症", "未定")
    requested = next(n for n, r in enumerate(page.model.rows) if r.id in office.by_state["close_requested"])
    assert page.model.data(page.model.index(requested, 5)) == "跟进中（待审批关闭）"
    assert page.new_button.isVisible() and page.new_button.text() == "纳入重点关注…"


def test_filters_the_overdue_box_and_the_search_change_the_rows(qtbot, make_app, office):
    app, main, page = open_page(qtbot, make_app)
    rows = {r.id: r for r in page.all_rows}
    # the level
    pick(page.level, "高危")
    assert ids(page) and all(rows[i].level == "red" for i in ids(page))
    pick(page.level, "所有等级")
    # the state: closed ones on request, everything with 所有状态
    pick(page.state, "已关闭")
    assert ids(page) == set(office.by_state["closed"])
    pick(page.state, "所有状态（含已关闭）")
    assert len(ids(page)) == 21
    pick(page.state, "未关闭（待复核、跟进中、观察中）")
    # overdue only: a click on the box
    qtbot.mouseClick(page.overdue_only, LEFT, pos=page.overdue_only.rect().center())
    assert page.overdue_only.isChecked() and ids(page) == office.overdue
    qtbot.mouseClick(page.overdue_only, LEFT, pos=page.overdue_only.rect().center())
    assert len(ids(page)) == 20
    # grade, then a class of that grade only
    grade = page.grade.itemText(1)
    pick(page.grade, grade)
    assert ids(page) and all(rows[i].grade == grade for i in ids(page))
    classes = [page.klass.itemText(i) for i in range(1, page.klass.count())]
    assert classes and all(rows[i].klass in classes for i in ids(page))
    pick(page.klass, classes[0])
    assert all(rows[i].klass == classes[0] for i in ids(page))
    pick(page.klass, "所有班级")
    pick(page.grade, "所有年级")
    assert len(ids(page)) == 20
    # a responsible person: the other counselor's entries
    other = next(n for r in rows.values() for _d, s, n in r.responsible if s == office.base.other_counselor_staff)
    pick(page.person, other)
    assert ids(page) and all(any(s == office.base.other_counselor_staff for _d, s, _n in rows[i].responsible)
                             for i in ids(page))
    pick(page.person, "所有包保人")
    # the source
    pick(page.source, "家校沟通")
    assert ids(page) and all(rows[i].source == "family" for i in ids(page))
    pick(page.source, "所有来源")
    # the search: a student number typed (ASCII), then a responsible person's pinyin initials
    target = page.model.rows[3]
    qtbot.keyClicks(page.search, target.student_no)
    wait_for(qtbot, lambda: ids(page) == {target.id})
    page.search.clear()
    wait_for(qtbot, lambda: len(ids(page)) == 20)
    page.search.setText(other)
    wait_for(qtbot, lambda: len(ids(page)) < 20)
    assert all(any(n == other for _d, _s, n in rows[i].responsible) for i in ids(page))


def test_the_table_fits_the_window_without_a_horizontal_scroll(qtbot, make_app, office):
    app, main, page = open_page(qtbot, make_app)
    main.resize(1180, 760)
    qtbot.waitUntil(lambda: page.table.viewport().width() > 0)
    page.fit_columns()
    header = page.table.horizontalHeader()
    total = sum(header.sectionSize(c) for c in range(page.model.columnCount()))
    assert total <= page.table.viewport().width() + 1
    assert header.sectionSize(7) >= page.table.sizeHintForColumn(7)   # the review date is never cut


def test_the_assistant_has_no_watch_page(qtbot, make_app, office):
    app = make_app()
    main = log_in(qtbot, app, "assistant", DEMO_PASSWORD)
    assert "watch" not in main.page_keys()
    assert not main.go_to("watch")
    texts = [main.nav.item(i).text() for i in range(main.nav.count())]
    assert "学生工作" not in texts and "重点关注学生" not in texts


def test_english_reads_well(qtbot, make_app, office):
    app, main, page = open_page(qtbot, make_app, lang="en")
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())]
    assert headers == ["Student no.", "Name", "Class", "Level", "Severity", "State", "Responsible", "Next review",
                       "Overdue", "Source", "Opened"]
    assert page.count.text() == "20 shown · 20 open, 10 overdue"
    assert page.state.currentText() == "Open (to review, following up, observing)"
