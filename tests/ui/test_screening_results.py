"""A campaign's results window (查看结果): the filters narrow the rows and the count says so, the candidates list puts
key-item hits first and marks them urgent, 打开关注记录 opens the watch entry, and 查看作答… asks for a reason when the
sheet hit a key item (the look audited with it)."""
from __future__ import annotations

import pytest
from screening_ui_helpers import CAMPAIGN, build, copy_into

from counselor_app.services.demo import DEMO_PASSWORD
from counselor_app.ui.qt import QPoint, Qt
from ui_helpers import audit_actions, log_in, wait_for

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    return build(tmp_path_factory.mktemp("screeningresults") / "office")


@pytest.fixture
def office(prepared, data_dir):
    copy_into(prepared, data_dir)
    return prepared


def open_results(qtbot, make_app, login="counselor"):
    app = make_app()
    main = log_in(qtbot, app, login, DEMO_PASSWORD)
    main.go_to("screening")
    page = main.pages["screening"]
    wait_for(qtbot, lambda: page.loaded)
    page.table.selectRow(next(n for n, r in enumerate(page.model.rows) if r.name == CAMPAIGN))
    qtbot.mouseClick(page.results_button, LEFT)
    window = page.results_window
    wait_for(qtbot, lambda: window.loaded)
    return app, window


def shown(window) -> set[int]:
    return {r.student_id for r in window.model.rows}


def pick(combo, text):
    index = combo.findText(text)
    assert index >= 0, [combo.itemText(i) for i in range(combo.count())]
    combo.setCurrentIndex(index)


def select(window, student_id):
    window.table.selectRow(next(n for n, r in enumerate(window.model.rows) if r.student_id == student_id))


def test_the_filters_narrow_the_results_and_the_count_follows(qtbot, make_app, office):
    app, window = open_results(qtbot, make_app)
    assert window.windowTitle() == f"测评结果：{CAMPAIGN}"
    assert len(shown(window)) == 6
    assert window.count.text() == "显示 6 / 6 份结果 · 阳性 3 份，答中关键题 2 份"
    pick(window.outcome, "阳性")
    assert shown(window) == set(office.positive)
    pick(window.outcome, "所有筛查结果")
    window.key_only.click()
    assert shown(window) == set(office.key_hit)
    assert window.count.text() == "显示 2 / 6 份结果 · 阳性 1 份，答中关键题 2 份"
    window.key_only.click()
    klass = office.seventh[0].class_name
    pick(window.klass, klass)
    assert shown(window) == {p.id for p in office.seventh[:6] if p.class_name == klass}
    pick(window.klass, "所有班级")
    bands = [window.band.itemText(i) for i in range(1, window.band.count())]
    assert sorted(bands) == sorted(["无/极轻", "中度", "重度"])
    pick(window.band, "重度")
    assert shown(window) == {office.seventh[5].id}   # all nine items at 3: total 27
    pick(window.band, "所有等级")
    # sorting: a click on the total's header
    header = window.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), LEFT, pos=QPoint(header.sectionViewportPosition(4) + 8, 6))
    totals = [r.total for r in window.model.rows]
    assert totals in (sorted(totals), sorted(totals, reverse=True)) and totals[0] != totals[-1]


def test_candidates_key_items_first_urgent_and_their_watch_entry_opens(qtbot, make_app, office):
    app, window = open_results(qtbot, make_app)
    window.tabs.setCurrentIndex(1)
    assert window.tabs.tabText(1) == "候选名单（4）"
    rows = window.candidates.rows
    assert [c.student_id for c in rows[:2]] == [office.key_hit[0], office.key_hit[1]]
    assert [window.candidates.data(window.candidates.index(n, 0)) for n in range(4)] == ["紧急", "紧急", "", ""]
    assert window.candidate_count.text() == "候选 4 名，紧急 2 名"
    assert all(window.candidates.data(window.candidates.index(n, 8)) == "待复核" for n in range(4))
    assert not window.entry_button.isEnabled()
    window.candidate_table.selectRow(0)
    qtbot.mouseClick(window.entry_button, LEFT)
    wait_for(qtbot, lambda: window.entry_window is not None and window.entry_window.isVisible())


def test_answers_of_a_key_item_hit_ask_for_a_reason_first(qtbot, make_app, office):
    app, window = open_results(qtbot, make_app)
    select(window, office.key_hit[0])
    qtbot.mouseClick(window.answers_button, LEFT)
    dialog = window.answers_dialog
    assert dialog.reason is not None and not dialog.table.isVisible()
    assert "关键题 9" in dialog.prompt.text()
    dialog.ok_button.click()
    assert dialog.error.text() == "请说明查看这份答卷作答的理由。" and dialog.answers is None
    dialog.reason.setText("准备与该学生面谈")
    dialog.ok_button.click()
    wait_for(qtbot, lambda: dialog.answers is not None)
    assert dialog.table.isVisible() and dialog.model.rowCount() == 9
    last = dialog.model.rowCount() - 1
    assert dialog.model.data(dialog.model.index(last, 2)) == "1"
    assert dialog.model.data(dialog.model.index(last, 1), Qt.ItemDataRole.ForegroundRole).name() == "#b3261e"
    assert "view.screening_answers" in audit_actions(qtbot, app)


def test_answers_without_a_key_item_show_at_once(qtbot, make_app, office):
    app, window = open_results(qtbot, make_app)
    select(window, office.seventh[1].id)
    qtbot.mouseClick(window.answers_button, LEFT)
    dialog = window.answers_dialog
    assert dialog.reason is None
    wait_for(qtbot, lambda: dialog.answers is not None)
    assert dialog.model.rowCount() == 9 and not dialog.ok_button.isVisible()


def test_the_coverage_tab_counts_by_grade_and_class(qtbot, make_app, office):
    app, window = open_results(qtbot, make_app)
    window.tabs.setCurrentIndex(2)
    assert window.tabs.tabText(2) == "完成情况"
    due = len(office.seventh)
    first = [window.coverage.data(window.coverage.index(0, c)) for c in range(window.coverage.columnCount())]
    assert first == ["七年级", str(due), "6", "0", "0", f"{6 / due * 100:.1f}%"]
    assert window.coverage.rowCount() == 2   # the grade, then its one class
    assert window.coverage_total.text() == f"合计：应测 {due} 人，已测 6 人（{6 / due * 100:.1f}%）；请假 0 人，免测 0 人"


def test_a_lock_closes_the_results_and_forgets_them(qtbot, make_app, office):
    app, window = open_results(qtbot, make_app)
    assert window.isVisible() and window.model.rowCount() == 6
    app.lock()
    assert not window.isVisible() and window.model.rowCount() == 0 and window.candidates.rowCount() == 0


def test_print_summary_opens_the_preview_and_the_leaders_version_names_nobody(qtbot, make_app, office):
    import io

    from pypdf import PdfReader

    app, window = open_results(qtbot, make_app)
    assert window.summary_button.text() == "打印汇总报告…" and window.leaders_button.text() == "校领导版汇总…"
    qtbot.mouseClick(window.summary_button, LEFT)
    wait_for(qtbot, lambda: window.preview is not None, 20000)
    preview = window.preview
    assert preview.pdf.startswith(b"%PDF") and preview.page_count() >= 1
    assert preview.target == ("screening_campaign", office.campaign_id) and preview.save_button.isVisible()
    text = "".join("".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(preview.pdf)).pages)
    assert "心理测评汇总报告" in text and office.seventh[2].name in text       # a key-item hit, named for the office
    wait_for(qtbot, lambda: "preview.screening_summary" in audit_actions(qtbot, app))
    preview.close()
    window.preview = None
    qtbot.mouseClick(window.leaders_button, LEFT)
    wait_for(qtbot, lambda: window.preview is not None, 20000)
    text = "".join("".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(window.preview.pdf)).pages)
    assert "去标识" in text and "<5" in text
    assert not any(p.name in text or p.student_no in text for p in office.seventh)
    wait_for(qtbot, lambda: "preview.screening_summary_leaders" in audit_actions(qtbot, app))
    window.preview.close()
