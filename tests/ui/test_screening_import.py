"""导入测评结果 from the campaigns page: the campaign and scale chosen in the dialog, the verdicts with the Excel row
numbers and the counts, all-or-nothing unless invalid rows are skipped, and how many candidates were made."""
from __future__ import annotations

import pytest
from screening_ui_helpers import CAMPAIGN, build, copy_into   # first: it puts tests/services on the path
from screening_helpers import KEY_ONLY, NONE, POSITIVE, csv_file, phq_header, phq_row  # noqa: I001

from counselor_app.services.demo import DEMO_PASSWORD
from counselor_app.ui.qt import Qt
from ui_helpers import log_in, wait_for

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    return build(tmp_path_factory.mktemp("screeningimport") / "office")


@pytest.fixture
def office(prepared, data_dir):
    copy_into(prepared, data_dir)
    return prepared


def open_dialog(qtbot, make_app, answered_dialogs, path, campaign_row=None):
    app = make_app()
    main = log_in(qtbot, app, "counselor", DEMO_PASSWORD)
    main.go_to("screening")
    page = main.pages["screening"]
    wait_for(qtbot, lambda: page.loaded)
    if campaign_row is not None:
        page.table.selectRow(next(n for n, r in enumerate(page.model.rows) if r.name == campaign_row))
    answered_dialogs.set_next_answers(str(path))
    qtbot.mouseClick(page.import_button, LEFT)
    dialog = page.editor
    wait_for(qtbot, lambda: dialog.ready_to_choose)
    qtbot.mouseClick(dialog.choose_button, LEFT)
    return page, dialog


def cell(dialog, row, col):
    return dialog.verdicts.data(dialog.verdicts.index(row, col))


def test_a_results_file_into_a_new_campaign_shows_the_counts_and_makes_candidates(qtbot, make_app, office,
                                                                                  answered_dialogs, tmp_path):
    eighth = office.eighth
    rows = [phq_row(eighth[0], POSITIVE), phq_row(eighth[1], NONE), phq_row(eighth[2], KEY_ONLY),
            ["S9999999", "不存在", *NONE]]
    path = csv_file(tmp_path / "八年级结果.csv", phq_header(), rows, title="2026年秋季心理测评结果导出")
    page, dialog = open_dialog(qtbot, make_app, answered_dialogs, path)
    assert dialog.windowTitle() == "导入测评结果"
    assert "请选择这些结果所属的测评" in dialog.choice_hint.text()
    dialog.campaign.setEditText("2026秋八年级抑郁筛查")
    dialog.scale.setCurrentIndex(dialog.scale.findData("PHQ-9"))
    dialog.taken_on.setDate(dialog.taken_on.date().addDays(-3))   # the file has no date column: the day given
    wait_for(qtbot, lambda: dialog.preview is not None and not dialog._loading)
    assert "新测评" in dialog.choice_hint.text()
    assert dialog.summary.text() == "新增 3 份，未变 0 份，无效 1 行 · 阳性 1 份，答中关键题 1 份"
    # the Excel row numbers: the title row, the header, then the rows
    assert [cell(dialog, r, 0) for r in range(4)] == ["3", "4", "5", "6"]
    assert cell(dialog, 0, 6) == "阳性" and cell(dialog, 2, 7) == "9"
    assert cell(dialog, 3, 1) == "拒绝" and cell(dialog, 3, 8) == "学籍中没有这个学号。"
    # all or nothing: Import waits for "skip invalid rows"
    assert not dialog.import_button.isEnabled()
    dialog.skip_invalid.click()
    assert dialog.import_button.isEnabled()
    # a name being typed: no import of the preview made for the name before it
    dialog.campaign.setEditText("2026秋八年级抑郁筛查（补测）")
    assert not dialog.import_button.isEnabled()
    wait_for(qtbot, lambda: dialog.preview is not None and dialog.preview.campaign.endswith("（补测）")
             and not dialog._loading)
    assert dialog.import_button.isEnabled()
    dialog.campaign.setEditText("2026秋八年级抑郁筛查")
    wait_for(qtbot, lambda: dialog.preview is not None and dialog.preview.campaign == "2026秋八年级抑郁筛查"
             and not dialog._loading)
    qtbot.mouseClick(dialog.import_button, LEFT)
    wait_for(qtbot, lambda: dialog.result is not None)
    text = dialog.summary.text()
    assert "新增 3 份" in text and "无效 1 行" in text
    assert "列入重点关注的候选学生：2 名（紧急 1 名）" in text
    wait_for(qtbot, lambda: any(r.name == "2026秋八年级抑郁筛查" for r in page.model.rows))
    row = next(r for r in page.model.rows if r.name == "2026秋八年级抑郁筛查")
    assert row.start_on == dialog.taken_on.date().toPython().isoformat()
    assert row.coverage.tested == 3 and row.positives == 1 and row.key_hits == 1 and row.candidates_pending == 2


def test_an_existing_campaign_fixes_the_scale_and_the_same_file_changes_nothing(qtbot, make_app, office,
                                                                                  answered_dialogs, tmp_path):
    seventh = office.seventh
    rows = [phq_row(seventh[0], POSITIVE), phq_row(seventh[1], NONE)]   # as imported in the set-up
    path = csv_file(tmp_path / "again.csv", phq_header(), rows)
    page, dialog = open_dialog(qtbot, make_app, answered_dialogs, path, campaign_row=CAMPAIGN)
    assert dialog.campaign.currentText() == CAMPAIGN
    assert not dialog.scale.isEnabled() and dialog.scale.currentData() == "PHQ-9"
    wait_for(qtbot, lambda: dialog.preview is not None and not dialog._loading)
    assert dialog.summary.text() == "新增 0 份，未变 2 份，无效 0 行 · 阳性 0 份，答中关键题 0 份"


def test_a_file_of_another_scale_is_refused_with_a_clear_message(qtbot, make_app, office, answered_dialogs,
                                                                 tmp_path):
    path = csv_file(tmp_path / "gad.csv", ["学号", "姓名", *[f"GAD{n}" for n in range(1, 8)]],
                    [[office.seventh[0].student_no, office.seventh[0].name, *[1] * 7]])
    page, dialog = open_dialog(qtbot, make_app, answered_dialogs, path, campaign_row=CAMPAIGN)
    wait_for(qtbot, lambda: bool(dialog.error.text()))
    assert dialog.error.text().startswith("文件中没有 PHQ-9 的作答或总分列") and not dialog.import_button.isEnabled()
