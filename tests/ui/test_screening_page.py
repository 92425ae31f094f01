"""The screening campaigns page (心理测评): a counselor sees the campaigns with their coverage, positives, key-item
hits and candidates; 新建测评… creates one; the assistant has no such page."""
from __future__ import annotations

import pytest
from screening_ui_helpers import CAMPAIGN, EMPTY, build, copy_into

from counselor_app.services.demo import DEMO_PASSWORD
from counselor_app.ui.qt import Qt
from ui_helpers import log_in, wait_for

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    return build(tmp_path_factory.mktemp("screeninggui") / "office")


@pytest.fixture
def office(prepared, data_dir):
    copy_into(prepared, data_dir)
    return prepared


def open_page(qtbot, make_app, login="counselor", lang="zh_CN"):
    app = make_app(lang)
    main = log_in(qtbot, app, login, DEMO_PASSWORD)
    assert main.go_to("screening")
    page = main.pages["screening"]
    wait_for(qtbot, lambda: page.loaded)
    return app, main, page


def cells(page, name):
    row = next(n for n, r in enumerate(page.model.rows) if r.name == name)
    return [page.model.data(page.model.index(row, c)) for c in range(page.model.columnCount())]


def test_a_counselor_sees_the_campaigns_with_coverage_and_candidates(qtbot, make_app, office):
    app, main, page = open_page(qtbot, make_app)
    texts = [main.nav.item(i).text() for i in range(main.nav.count())]
    assert texts[1:4] == ["学生工作", "重点关注学生", "心理测评"]
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())]
    assert headers == ["测评名称", "量表", "学年", "日期", "应测", "已测", "完成率", "阳性", "关键题", "待复核"]
    due = len(office.seventh)
    row = cells(page, CAMPAIGN)
    assert row[1] == "PHQ-9" and row[4:] == [str(due), "6", f"{6 / due * 100:.1f}%", "3", "2", "4"]
    assert cells(page, EMPTY)[4:] == [str(len(office.eighth)), "0", "0.0%", "0", "0", "0"]
    assert page.count.text() == "显示 2 项测评 · 共 2 项"
    assert page.import_button.isVisible() and page.new_button.isVisible()
    assert not page.results_button.isEnabled()   # a row first
    page.table.selectRow(0)
    assert page.results_button.isEnabled()


def test_new_campaign_form_creates_one_and_refuses_an_empty_form(qtbot, make_app, office):
    app, main, page = open_page(qtbot, make_app)
    qtbot.mouseClick(page.new_button, LEFT)
    dialog = page.editor
    wait_for(qtbot, lambda: not dialog.loading)
    assert dialog.windowTitle() == "新建测评"
    dialog.ok_button.click()
    assert dialog.error.text() == "请填写测评名称。" and dialog.isVisible()
    dialog.name.setText("2026秋九年级焦虑筛查")
    dialog.ok_button.click()
    assert dialog.error.text() == "请勾选本次测评的年级或班级。"
    dialog.scale.setCurrentIndex(dialog.scale.findData("GAD-7"))
    item = next(dialog.groups.item(i) for i in range(dialog.groups.count())
                if dialog.groups.item(i).text().startswith("九年级"))
    item.setCheckState(Qt.CheckState.Checked)
    dialog.ok_button.click()
    wait_for(qtbot, lambda: dialog.saved_value is not None)
    wait_for(qtbot, lambda: any(r.name == "2026秋九年级焦虑筛查" for r in page.model.rows))
    row = cells(page, "2026秋九年级焦虑筛查")
    assert row[1] == "GAD-7" and int(row[4]) > 0 and row[5] == "0"


def test_the_assistant_has_no_screening_page(qtbot, make_app, office):
    app = make_app()
    main = log_in(qtbot, app, "assistant", DEMO_PASSWORD)
    texts = [main.nav.item(i).text() for i in range(main.nav.count())]
    assert "心理测评" not in texts
    assert not main.go_to("screening")


def test_the_form_warns_when_the_scale_does_not_suit_the_grade(qtbot, make_app, office):
    app, main, page = open_page(qtbot, make_app)
    qtbot.mouseClick(page.new_button, LEFT)
    dialog = page.editor
    wait_for(qtbot, lambda: not dialog.loading)
    assert not dialog.warning.isVisible()
    dialog.scale.setCurrentIndex(dialog.scale.findData("SCL-90"))
    item = next(dialog.groups.item(i) for i in range(dialog.groups.count())
                if dialog.groups.item(i).text().startswith("七年级"))
    item.setCheckState(Qt.CheckState.Checked)
    wait_for(qtbot, lambda: dialog.warning.isVisible())
    assert dialog.warnings[0] == ("SCL-90 症状自评量表适用于16 岁及以上（高中、高校），不适用于七年级：请确认选用了正确的量表。")
    assert dialog.warnings[1].startswith("SCL-90 症状自评量表适用于 16 岁及以上：")
    dialog.scale.setCurrentIndex(dialog.scale.findData("PHQ-9"))   # states no ages: no warning
    wait_for(qtbot, lambda: not dialog.warning.isVisible())
    dialog.scale.setCurrentIndex(dialog.scale.findData("SCL-90"))
    wait_for(qtbot, lambda: dialog.warning.isVisible())
    dialog.name.setText("2026秋七年级SCL")
    dialog.ok_button.click()                                    # a warning, not a refusal
    wait_for(qtbot, lambda: dialog.saved_value is not None)
