"""The duty page's set-up: unavailability imported from a sheet through the table-import dialog (a row per
verdict, the invalid one left out), and the set-up of the autumn semester copied to the spring one."""
from __future__ import annotations

import pytest
from duty_ui_helpers import LEFT, build, copy_into, open_duty, rows

from ui_helpers import audit_actions, wait_for


@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    return build(tmp_path_factory.mktemp("dutysetup") / "office", roster=False)


@pytest.fixture
def office(prepared, data_dir):
    copy_into(prepared, data_dir)
    return prepared


def test_unavailability_imported_from_a_sheet(qtbot, make_app, office, answered_dialogs, tmp_path):
    sheet = tmp_path / "不可值班.csv"
    sheet.write_text("姓名,星期,时段,原因\n周姗,星期二,午休,上课\n钱多多,星期三,,会议\n", encoding="utf-8")
    app = make_app()
    main, page = open_duty(qtbot, app)
    page.tabs.setCurrentWidget(page.setup_tab)
    qtbot.mouseClick(page.setup_tab.import_button, LEFT)
    dialog = page.editor
    assert dialog.windowTitle() == "导入不可值班安排"
    answered_dialogs.set_next_answers(str(sheet))
    qtbot.mouseClick(dialog.choose_button, LEFT)
    wait_for(qtbot, lambda: dialog.preview is not None)
    assert dialog.summary.text() == "1 新增，0 已录入，1 拒绝"
    assert not dialog.import_button.isEnabled()          # all or nothing unless the invalid row is skipped
    dialog.skip_invalid.setChecked(True)
    qtbot.mouseClick(dialog.import_button, LEFT)
    wait_for(qtbot, lambda: dialog.result is not None)
    assert dialog.summary.text() == "已添加 1 条不可值班安排。1 个无效行未导入。"
    dialog.close_button.click()
    wait_for(qtbot, lambda: page.setup_tab.unavailable_model.rowCount() == 1)
    assert rows(page.setup_tab.unavailable_model)[0] == ["周姗", "每星期二 午休", "上课"]
    assert "import.duty_unavailability" in audit_actions(qtbot, app)


def test_the_set_up_copied_to_the_next_semester(qtbot, make_app, office):
    app = make_app()
    main, page = open_duty(qtbot, app)
    spring = next(n for n in range(page.semester.count()) if page.semester.itemData(n) != office.semester)
    page.semester.setCurrentIndex(spring)
    page.semester.activated.emit(spring)
    wait_for(qtbot, lambda: page.setup is not None and page.setup.semester.id != office.semester)
    assert page.setup.templates == ()
    page.tabs.setCurrentWidget(page.setup_tab)
    wait_for(qtbot, lambda: page.setup_tab.clone_button.isEnabled())
    qtbot.mouseClick(page.setup_tab.clone_button, LEFT)
    dialog = page.editor
    assert dialog.source.currentData() == office.semester and dialog.source.currentText().endswith("第一学期")
    dialog.ok_button.click()
    wait_for(qtbot, lambda: dialog.saved_value is not None)
    assert dialog.saved_value[:2] == (15, len(office.people))
    wait_for(qtbot, lambda: page.setup_tab.shifts_model.rowCount() == 15)
    assert not page.setup_tab.clone_button.isEnabled()   # the semester has shifts now
    assert "duty.clone" in audit_actions(qtbot, app)


def test_unavailability_outside_the_semester_is_refused_in_the_form(qtbot, make_app, office):
    from datetime import timedelta

    from counselor_app.ui.duty.fields import set_day

    app = make_app()
    main, page = open_duty(qtbot, app)
    page.tabs.setCurrentWidget(page.setup_tab)
    qtbot.mouseClick(page.setup_tab.findChild(type(page.setup_tab.import_button), "dutyAddUnavailable"), LEFT)
    dialog = page.editor
    dialog.how.setCurrentIndex(dialog.how.findData("dates"))
    set_day(dialog.first, office.end + timedelta(days=10))
    set_day(dialog.last, office.end + timedelta(days=12))
    dialog.ok_button.click()
    wait_for(qtbot, lambda: dialog.error.text() != "")
    assert "不在本学期" in dialog.error.text() and office.end.isoformat() in dialog.error.text()
    assert dialog.isVisible() and dialog.saved_value is None
    set_day(dialog.first, office.start + timedelta(days=3))       # a day of the semester goes in
    set_day(dialog.last, office.start + timedelta(days=3))
    dialog.ok_button.click()
    wait_for(qtbot, lambda: dialog.saved_value is not None)
    wait_for(qtbot, lambda: page.setup_tab.unavailable_model.rowCount() == 1)


def test_the_month_follows_the_semester_chosen(qtbot, make_app, office):
    app = make_app()
    main, page = open_duty(qtbot, app)
    month = page.month
    wait_for(qtbot, lambda: month.data is not None)
    spring = next(n for n in range(page.semester.count()) if page.semester.itemData(n) != office.semester)
    page.semester.setCurrentIndex(spring)
    page.semester.activated.emit(spring)
    wait_for(qtbot, lambda: page.setup is not None and page.setup.semester.id != office.semester)
    start = page.setup.semester.start
    wait_for(qtbot, lambda: month.month_label.text() == f"{start.year}年{start.month}月")
    wait_for(qtbot, lambda: month.data is not None and (month.data.year, month.data.month) == (start.year, start.month))
    back = page.semester.findData(office.semester)                  # and back: a month of the first semester
    page.semester.setCurrentIndex(back)
    page.semester.activated.emit(back)
    wait_for(qtbot, lambda: office.start.replace(day=1) <= month.first <= office.end)


def test_the_duty_list_named_the_english_way_in_english(qtbot, make_app, office):
    app = make_app("en")
    main, page = open_duty(qtbot, app)
    page.tabs.setCurrentWidget(page.setup_tab)
    summary = page.setup_tab.summary
    wait_for(qtbot, lambda: summary.text().startswith("On the duty list"))
    assert "、" not in summary.text() and ", " in summary.text()


def test_the_fairness_of_a_semester_without_duties_says_why_it_is_empty(qtbot, make_app, office):
    app = make_app()
    main, page = open_duty(qtbot, app)
    page.tabs.setCurrentWidget(page.fairness)
    wait_for(qtbot, lambda: page.fairness.loaded)
    assert page.fairness.model.rowCount() == len(office.people)      # no roster generated in this office
    assert page.fairness.line.text() == "本学期还没有值班：请生成值班表。"
    spring = next(n for n in range(page.semester.count()) if page.semester.itemData(n) != office.semester)
    page.semester.setCurrentIndex(spring)                            # nobody on the spring semester's list
    page.semester.activated.emit(spring)
    wait_for(qtbot, lambda: page.fairness.line.text() == "本学期值班名单上还没有人（设置 → 值班名单…）。")
    assert page.fairness.model.rowCount() == 0
