"""设置 → 政策指标: the review meetings per month and screenings per year are offered for change now that their parts
read them; the head types 2 meetings a month, saves, and the start page's 研判会 card lists the grades short of two,
the grade that met once as “1/2”, whose link offers an extra meeting."""
from __future__ import annotations

from datetime import date

import pytest
from meeting_ui_helpers import LEFT, hold_finalized_meeting
from watch_ui_helpers import build, copy_into

from counselor_app.services.demo import DEMO_PASSWORD
from counselor_app.ui.qt import QPushButton, Qt
from ui_helpers import audit_actions, log_in, wait_for

GRADES = ["七年级", "八年级", "九年级", "高一", "高二", "高三"]


@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    office = build(tmp_path_factory.mktemp("thresholds") / "office")
    hold_finalized_meeting(office)          # 九年级 has met once this month
    return office


@pytest.fixture
def office(prepared, data_dir):
    copy_into(prepared, data_dir)
    return prepared


def settings_page(qtbot, main):
    main.go_to("settings")
    page = main.pages["settings"]
    wait_for(qtbot, lambda: page.idle.value() == 5)
    return page


def type_and_save(qtbot, page, key: str, text: str):
    edit = page.threshold_edits[key]
    edit.lineEdit().selectAll()
    qtbot.keyClicks(edit.lineEdit(), text)
    qtbot.keyClick(edit.lineEdit(), Qt.Key.Key_Tab)
    save = next(b for b in page.findChildren(QPushButton) if b.text() == "保存指标")
    qtbot.mouseClick(save, LEFT)
    return edit


def grade_links(card):
    return [b.text() for b in card.buttons if b.objectName() == "meetingGradeLink" and b.isVisible()]


def test_two_meetings_a_month_typed_in_settings_change_the_start_card(qtbot, make_app, office):
    app = make_app()
    main = log_in(qtbot, app, "demo", DEMO_PASSWORD)
    card = main.pages["start"].meeting_card
    wait_for(qtbot, lambda: card.data is not None)
    assert grade_links(card) == [g for g in GRADES if g != "九年级"]
    assert card.grades_title.text() == "本月尚未召开研判会的年级"
    page = settings_page(qtbot, main)
    assert page.coming_values == {}          # every threshold of a middle school is in use now
    bar = page.tabs.tabBar()
    tab = next(i for i in range(page.tabs.count()) if page.tabs.tabText(i) == "政策指标")
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(tab).center())
    assert page.tabs.currentIndex() == tab
    assert "screening_per_year" in page.threshold_edits
    assert page.threshold_edits["review_meetings_per_month"].value() == 1
    assert type_and_save(qtbot, page, "review_meetings_per_month", "2").value() == 2
    wait_for(qtbot, lambda: app.office_settings.thresholds["review_meetings_per_month"] == 2)
    main.go_to("start")
    wait_for(qtbot, lambda: "九年级 1/2" in grade_links(card))
    assert grade_links(card) == [f"{g} {1 if g == '九年级' else 0}/2" for g in GRADES]
    assert card.grades_title.text() == "本月研判会不足 2 次的年级（已开/应开）"
    assert "6 个年级未开足 2 次会" in card.summary.text()
    # 九年级's link offers its second meeting: an extra one, the regular one being held
    ninth = next(b for b in card.buttons if b.text() == "九年级 1/2")
    qtbot.mouseClick(ninth, LEFT)
    dialog = main.pages["meetings"].editor
    wait_for(qtbot, lambda: dialog is not None and not dialog.loading)
    assert dialog.grade.currentText() == "九年级" and dialog.kind.currentData() == "extra" and dialog.name.isEnabled()
    dialog.reject()
    # the 研判会 page's overview: 九年级's month says 1 of 2, the legend explains it
    overview = main.pages["meetings"].overview
    wait_for(qtbot, lambda: overview.data is not None and overview.data.required == 2)
    month = date.today().strftime("%Y-%m")
    row, column = GRADES.index("九年级"), overview.data.months.index(month)
    assert overview.table.item(row, column).text() == "✓ 1/2"
    assert "1/2：本月已开次数/规定次数" in overview.legend.text()


def test_a_number_out_of_range_is_not_taken_and_the_card_stays(qtbot, make_app, office):
    app = make_app()
    main = log_in(qtbot, app, "demo", DEMO_PASSWORD)
    card = main.pages["start"].meeting_card
    wait_for(qtbot, lambda: card.data is not None)
    page = settings_page(qtbot, main)
    # the policy allows 1 … 4 meetings a month: 9 is not taken
    assert type_and_save(qtbot, page, "review_meetings_per_month", "9").value() == 1
    wait_for(qtbot, lambda: any(a == "setting.change" for a in audit_actions(qtbot, app)))
    assert app.office_settings.thresholds["review_meetings_per_month"] == 1
    main.go_to("start")
    wait_for(qtbot, lambda: card.data is not None and card.data[3] == 1)
    assert grade_links(card) == [g for g in GRADES if g != "九年级"]


def test_two_screenings_a_year_are_named_in_the_compliance_coverage_heading(qtbot, make_app, office):
    app = make_app()
    main = log_in(qtbot, app, "demo", DEMO_PASSWORD)
    main.go_to("compliance")
    compliance = main.pages["compliance"]
    wait_for(qtbot, lambda: compliance.board is not None)
    assert compliance.coverage_title.text() == "各年级测评覆盖率（本学年）："
    type_and_save(qtbot, settings_page(qtbot, main), "screening_per_year", "2")
    wait_for(qtbot, lambda: app.office_settings.thresholds["screening_per_year"] == 2)
    main.go_to("compliance")
    wait_for(qtbot, lambda: compliance.board is not None and compliance.board.screenings == 2)
    assert compliance.coverage_title.text() == "各年级测评覆盖率（本学年；测评满 2 次方计为覆盖）："
