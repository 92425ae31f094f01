"""The results window's corrections: 名单 (who is expected, screened, excused and why) with 请假或免测… through its
dialog (the coverage follows), 更正… removing a sheet or refusing without a reason, 重新计分… previewing what a
corrected scale changes and applying it."""
from __future__ import annotations

import json

import pytest
from screening_ui_helpers import build, copy_into
from test_screening_results import LEFT, open_results, select

from counselor_app.ui.qt import QDialogButtonBox
from ui_helpers import audit_actions, wait_for


@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    return build(tmp_path_factory.mktemp("screeningcorrect") / "office")


@pytest.fixture
def office(prepared, data_dir):
    copy_into(prepared, data_dir)
    return prepared


def ok(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_a_student_marked_absent_through_the_dialog_leaves_the_coverage(qtbot, make_app, office):
    app, window = open_results(qtbot, make_app)
    tab = window.targets
    assert window.tabs.tabText(3) == "名单"
    assert len(tab.rows) == len(office.seventh)
    assert tab.count.text() == f"显示 {len(office.seventh)} / {len(office.seventh)} 名学生 · 请假或免测 0 名"
    due = office.seventh[6]                                   # no result: 应测
    tab.table.selectRow(next(n for n, r in enumerate(tab.model.rows) if r.student_id == due.id))
    assert tab.excuse_button.isEnabled() and not tab.due_button.isEnabled()
    qtbot.mouseClick(tab.excuse_button, LEFT)
    dialog = tab.dialog
    dialog.choice.setCurrentIndex(dialog.choice.findData("exempt"))
    qtbot.mouseClick(ok(dialog), LEFT)                       # no reason: refused, the dialog stays
    assert dialog.isVisible() and dialog.error.text() == "请说明学生请假或免测的原因。"
    qtbot.keyClicks(dialog.reason, "sick leave")
    qtbot.mouseClick(ok(dialog), LEFT)
    wait_for(qtbot, lambda: not dialog.isVisible())
    wait_for(qtbot, lambda: any(r.student_id == due.id and r.disposition == "exempt" for r in tab.rows))
    line = next(r for r in tab.rows if r.student_id == due.id)
    assert line.reason == "sick leave"
    row = next(n for n, r in enumerate(tab.model.rows) if r.student_id == due.id)
    assert tab.model.index(row, 3).data() == "免测"
    wait_for(qtbot, lambda: window.coverage_total.text().startswith(f"合计：应测 {len(office.seventh) - 1} 人"))
    assert "screening.disposition" in audit_actions(qtbot, app)
    tab.table.selectRow(row)
    qtbot.mouseClick(tab.due_button, LEFT)                    # 恢复应测
    wait_for(qtbot, lambda: next(r for r in tab.rows if r.student_id == due.id).disposition == "due")


def test_a_tested_student_cannot_be_excused(qtbot, make_app, office):
    app, window = open_results(qtbot, make_app)
    tab = window.targets
    tab.table.selectRow(next(n for n, r in enumerate(tab.model.rows) if r.student_id == office.seventh[0].id))
    assert not tab.excuse_button.isEnabled()


def test_removing_a_sheet_needs_a_reason_then_the_lists_follow(qtbot, make_app, office):
    app, window = open_results(qtbot, make_app)
    victim = office.seventh[0]                                # positive, a candidate 待复核
    select(window, victim.id)
    qtbot.mouseClick(window.correct_button, LEFT)
    dialog = window.correction
    assert dialog.action.currentData() == "remove" and not dialog.student.isEnabled()
    qtbot.mouseClick(ok(dialog), LEFT)
    assert dialog.isVisible() and dialog.error.text() == "请说明更正的原因。"
    qtbot.keyClicks(dialog.reason, "exported twice")
    qtbot.mouseClick(ok(dialog), LEFT)
    wait_for(qtbot, lambda: not dialog.isVisible())
    wait_for(qtbot, lambda: all(r.student_id != victim.id for r in window.rows))
    wait_for(qtbot, lambda: window.tabs.tabText(1) == "候选名单（3）")
    assert next(r for r in window.targets.rows if r.student_id == victim.id).disposition == "due"
    assert "screening.result_remove" in audit_actions(qtbot, app)


def test_a_sheet_given_to_the_right_student(qtbot, make_app, office):
    app, window = open_results(qtbot, make_app)
    wrong, right = office.seventh[1], office.seventh[6]
    select(window, wrong.id)
    qtbot.mouseClick(window.correct_button, LEFT)
    dialog = window.correction
    dialog.action.setCurrentIndex(dialog.action.findData("move"))
    assert dialog.student.isEnabled()
    dialog.student.setCurrentIndex(dialog.student.findData(right.id))
    qtbot.keyClicks(dialog.reason, "wrong number")
    qtbot.mouseClick(ok(dialog), LEFT)
    wait_for(qtbot, lambda: any(r.student_id == right.id for r in window.rows))
    assert all(r.student_id != wrong.id for r in window.rows)


def test_rescoring_shows_what_changes_then_applies(qtbot, make_app, office):
    from counselor_app.domain.scales import builtin
    from counselor_app.services import screening

    app, window = open_results(qtbot, make_app)
    qtbot.mouseClick(window.rescore_button, LEFT)             # nothing to rescore yet: said in the dialog
    dialog = window.correction
    wait_for(qtbot, lambda: dialog.error.text() != "")
    assert "最新版本" in dialog.error.text() and not dialog.apply_button.isEnabled()
    dialog.reject()
    raw = json.loads(builtin("PHQ-9").text)
    raw["version"] = 2
    raw["settings"]["cutoff"]["value"] = 12                   # the two totals of 11 are no longer positive
    app.worker.run(lambda s: screening.add_scale(s, json.dumps(raw, ensure_ascii=False)), context=window)
    wait_for(qtbot, lambda: "screening.scale_add" in audit_actions(qtbot, app))
    qtbot.mouseClick(window.rescore_button, LEFT)
    dialog = window.correction
    wait_for(qtbot, lambda: dialog.preview is not None)
    assert len(dialog.model.rows) == 2
    assert dialog.model.index(0, 3).data() == "PHQ-9 v1: 阳性 · 11 · 中度"
    assert dialog.model.index(0, 4).data() == "PHQ-9 v2: 阴性 · 11 · 中度"
    assert not dialog.apply_button.isEnabled()                # the reason first
    qtbot.keyClicks(dialog.reason, "cut-off corrected")
    assert dialog.apply_button.isEnabled()
    qtbot.mouseClick(dialog.apply_button, LEFT)
    wait_for(qtbot, lambda: dialog.result is not None)
    assert dialog.summary.text().startswith("重新计分 6 份")
    wait_for(qtbot, lambda: {r.scale for r in window.rows} == {"PHQ-9 v2"})
    assert "screening.rescore" in audit_actions(qtbot, app)
