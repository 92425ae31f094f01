"""The student profile's 心理测评 section: the student's results over the years, with the totals charted; a student
without a result says so; the assistant has no such section."""
from __future__ import annotations

import pytest
from screening_ui_helpers import CAMPAIGN, build, copy_into
from watch_ui_helpers import click_section, open_profile

from counselor_app.services.demo import DEMO_PASSWORD
from ui_helpers import log_in, wait_for


@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    return build(tmp_path_factory.mktemp("screeningprofile") / "office")


@pytest.fixture
def office(prepared, data_dir):
    copy_into(prepared, data_dir)
    return prepared


def test_a_counselor_sees_the_students_results_and_their_chart(qtbot, make_app, office):
    app = make_app()
    main = log_in(qtbot, app, "counselor", DEMO_PASSWORD)
    student = office.seventh[5]   # positive, key item 9, total 27
    profile = open_profile(qtbot, main, student.id)
    section = click_section(qtbot, profile, "心理测评")
    wait_for(qtbot, lambda: section.model.rowCount() == 1)
    cells = [section.model.data(section.model.index(0, c)) for c in range(section.model.columnCount())]
    assert cells[0] == CAMPAIGN and cells[2] == "PHQ-9" and cells[4:] == ["27", "重度", "阳性", "9"]
    assert section.chart.isVisible() and section.chart.series[0][0] == "PHQ-9"
    assert section.chart.grab().width() > 0


def test_a_student_without_a_result_says_so(qtbot, make_app, office):
    app = make_app()
    main = log_in(qtbot, app, "counselor", DEMO_PASSWORD)
    profile = open_profile(qtbot, main, office.eighth[0].id)
    section = click_section(qtbot, profile, "心理测评")
    wait_for(qtbot, lambda: section.empty.isVisible())
    assert section.empty.text() == "该学生尚无心理测评结果。"
    assert not section.table.isVisible() and not section.chart.isVisible()


def test_the_assistant_has_no_screening_section(qtbot, make_app, office):
    app = make_app()
    main = log_in(qtbot, app, "assistant", DEMO_PASSWORD)
    profile = open_profile(qtbot, main, office.seventh[5].id)
    assert "心理测评" not in [profile.nav.item(i).text() for i in range(profile.nav.count())]


def test_the_answers_open_from_the_profile_with_a_reason_for_a_key_item(qtbot, make_app, office):
    app = make_app()
    main = log_in(qtbot, app, "counselor", DEMO_PASSWORD)
    profile = open_profile(qtbot, main, office.seventh[5].id)
    section = click_section(qtbot, profile, "心理测评")
    wait_for(qtbot, lambda: section.model.rowCount() == 1)
    assert section.answers_button.isVisible() and not section.answers_button.isEnabled()
    section.table.selectRow(0)
    section.answers_button.click()
    dialog = section.answers_dialog
    assert dialog.reason is not None and dialog.windowTitle() == f"作答：{office.seventh[5].name}"
    dialog.reason.setText("复核前查看作答")
    dialog.ok_button.click()
    wait_for(qtbot, lambda: dialog.answers is not None)
    assert dialog.model.rowCount() == 9
