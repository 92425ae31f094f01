"""The compliance page: the seven indicators as cards, a click shows the records behind one, the head exports the
bureau report with a password shown once and a slip to print."""
from __future__ import annotations

from datetime import date

import pytest

from counselor_app.ui.qt import QPushButton, Qt
from ui_helpers import log_in, wait_for


@pytest.fixture
def office_with_logs(new_office):
    from counselor_app.services import compliance_logs as logs, school_calendar, staff, structure
    from counselor_app.services.compliance_logs import LessonEdit, PublicityEdit
    from counselor_app.services.staff import StaffEdit

    s = new_office.session
    year = school_calendar.list_school_years(s)[0]
    classes = [structure.add_class(s, "七年级", f"{n}班") for n in (1, 2)]
    teacher = staff.save_staff(s, StaffEdit("林老师", roles=("counselor_full",)))
    start = date.fromisoformat(str(year.start)) if hasattr(year, "start") else date(date.today().year, 9, 1)
    logs.save_log(s, "lesson", LessonEdit(classes[0], max(start, date(2000, 1, 1)), teacher, "认识情绪"))
    logs.save_log(s, "publicity", PublicityEdit(max(start, date(2000, 1, 1)), "全体教师宣传", "all_staff", 40))
    s.close()
    return classes


def test_indicators_and_their_records(qtbot, make_app, office_with_logs):
    app = make_app()
    main = log_in(qtbot, app)
    main.go_to("compliance")
    page = main.pages["compliance"]
    wait_for(qtbot, lambda: page.board is not None)
    texts = [page.cards[str(i)].text() for i in range(7)]
    assert texts[0].startswith("课程开设") and "重症学生包保" in texts[6]
    assert all("\n" in t for t in texts)
    # a school under the threshold needs no full-time counselor, and sets its own funding standard: no "目标 0"
    staffing, funding = page.findChild(QPushButton, "indicator_staffing"), page.findChild(QPushButton,
                                                                                       "indicator_funding_venue")
    assert "无硬性要求" in funding.text() and "目标" not in funding.text()
    assert "目标 0" not in staffing.text() and "目标0" not in staffing.text()
    courses = page.findChild(QPushButton, "indicator_courses")
    qtbot.mouseClick(courses, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: page.evidence_model.rowCount() == 2)
    assert {r.label for r in page.evidence_model.rows} == {"七年级(1)班", "七年级(2)班"}
    assert page.period.count() >= 3 and "学年" in page.period.currentText()


def test_the_head_exports_for_the_bureau(qtbot, make_app, office_with_logs, answered_dialogs, tmp_path):
    out = tmp_path / "bureau"
    out.mkdir()
    app = make_app()
    main = log_in(qtbot, app)
    main.go_to("compliance")
    page = main.pages["compliance"]
    wait_for(qtbot, lambda: page.board is not None and page.period.count() > 0)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    dialog = page.export_dialog
    qtbot.keyClicks(dialog.purpose, "District report")
    answered_dialogs.set_next_answers(str(out))
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: dialog.result is not None, timeout=30000)
    password = dialog.password_label.text()
    assert len(password) == 29 and dialog.done_box.isVisible()
    assert len(list(out.glob("*.7z"))) == 1 and len(list(out.glob("*.pdf"))) == 1
    slip = tmp_path / "slip.pdf"
    answered_dialogs.set_next_answers(str(slip))
    qtbot.mouseClick(dialog.print_slip, Qt.MouseButton.LeftButton)
    assert slip.exists()
    dialog.close_button.click()
    assert dialog.password_label.text() == ""


def test_an_export_without_a_purpose_says_so(qtbot, make_app, office_with_logs, answered_dialogs, tmp_path):
    app = make_app()
    main = log_in(qtbot, app)
    main.go_to("compliance")
    page = main.pages["compliance"]
    wait_for(qtbot, lambda: page.board is not None and page.period.count() > 0)
    page.export_button.click()
    dialog = page.export_dialog
    answered_dialogs.set_next_answers(str(tmp_path))
    dialog.apply_button.click()
    wait_for(qtbot, lambda: "用途" in dialog.error.text() or "what the export is for" in dialog.error.text())
    assert list(tmp_path.glob("*.7z")) == []


def _logs_page(qtbot, make_app):
    app = make_app()
    main = log_in(qtbot, app)
    main.go_to("compliance_logs")
    page = main.pages["compliance_logs"]
    wait_for(qtbot, lambda: page.loaded and page.choices is not None)
    return page


def test_logs_are_kept_on_their_page(qtbot, make_app, office_with_logs, answered_dialogs):
    page = _logs_page(qtbot, make_app)
    assert page.model.rowCount() == 2 and {r.kind for r in page.model.rows} == {"lesson", "publicity"}
    page.kind.setCurrentIndex(page.kind.findData("lesson"))
    assert page.model.rowCount() == 1 and page.model.rows[0].values["class"] == "七年级(1)班"
    page.kind.setCurrentIndex(0)
    # a new training through the New… menu
    next(a for a in page.new_menu.actions() if a.objectName() == "new_training").trigger()
    dialog = page.editor
    qtbot.keyClicks(dialog.title_edit, "Provincial training")
    dialog.hours.setValue(12)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: page.model.rowCount() == 3)
    row = next(r for r in page.model.rows if r.kind == "training")
    assert row.values["hours"] == 12 and row.values["staff"] == "林老师"
    # a title is required: the form says so and stays open
    next(a for a in page.new_menu.actions() if a.objectName() == "new_publicity").trigger()
    dialog = page.editor
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: "标题" in dialog.error.text())
    assert dialog.isVisible()
    dialog.reject()
    # removing asks first
    page.table.selectRow(next(i for i, r in enumerate(page.model.rows) if r.kind == "training"))
    answered_dialogs.set_next_answers(True)
    qtbot.mouseClick(page.findChild(QPushButton, "removeLog"), Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: page.model.rowCount() == 2)


def test_the_school_years_resources(qtbot, make_app, office_with_logs):
    page = _logs_page(qtbot, make_app)
    qtbot.mouseClick(page.findChild(QPushButton, "yearResources"), Qt.MouseButton.LeftButton)
    dialog = page.editor
    wait_for(qtbot, lambda: dialog.ok_button.isEnabled())
    qtbot.keyClicks(dialog.funding, "-5")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: "不小于 0" in dialog.error.text())
    dialog.funding.clear()
    qtbot.keyClicks(dialog.funding, "24000")
    qtbot.keyClicks(dialog.rooms, "2")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: not dialog.isVisible())
    qtbot.mouseClick(page.findChild(QPushButton, "yearResources"), Qt.MouseButton.LeftButton)
    again = page.editor
    wait_for(qtbot, lambda: again.ok_button.isEnabled() and again.funding.text() == "24000")
    assert again.rooms.text() == "2" and again.m2.text() == ""
    again.reject()


def test_lessons_imported_from_a_sheet(qtbot, make_app, office_with_logs, answered_dialogs, tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    for row in (["班级", "日期", "课题"], ["七年级(2)班", date.today().isoformat(), "情绪管理"]):
        wb.active.append(row)
    path = tmp_path / "lessons.xlsx"
    wb.save(path)
    page = _logs_page(qtbot, make_app)
    next(a for a in page.import_menu.actions() if a.objectName() == "import_lesson").trigger()
    dialog = page.editor
    answered_dialogs.set_next_answers(str(path))
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: dialog.preview is not None and dialog.import_button.isEnabled())
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: dialog.result == 1)
    wait_for(qtbot, lambda: any(r.values.get("topic") == "情绪管理" for r in page.model.rows))


def test_the_head_switches_the_policy_profile(qtbot, make_app, office_ready, answered_dialogs, tmp_path):
    app = make_app()
    main = log_in(qtbot, app)
    main.go_to("settings")
    page = main.pages["settings"]
    wait_for(qtbot, lambda: page.idle.value() == 5)
    page.profile_box.setCurrentIndex(page.profile_box.findData("anhui_2023_family2"))
    qtbot.mouseClick(page.findChild(QPushButton, "applyProfile"), Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: app.office_settings.thresholds["family_activities_per_semester"] == 2)
    assert page.threshold_edits["family_activities_per_semester"].value() == 2
    bad = tmp_path / "bad.json"
    bad.write_text('{"name": "x", "thresholds": {"fulltime_training_hours": 999}}', "utf-8")
    answered_dialogs.set_next_answers(str(bad))
    qtbot.mouseClick(page.findChild(QPushButton, "loadProfile"), Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: any(s.kind == "error" for s in answered_dialogs.shown))
    assert app.office_settings.thresholds["fulltime_training_hours"] == 40


def test_the_funding_indicator_shows_the_years_resources(qtbot, make_app, office_with_logs):
    app = make_app()
    main = log_in(qtbot, app)
    main.go_to("compliance")
    page = main.pages["compliance"]
    wait_for(qtbot, lambda: page.board is not None)
    qtbot.mouseClick(page.findChild(QPushButton, "indicator_funding_venue"), Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: "没有依据记录" in page.evidence_hint.text())   # nothing entered for the year yet



def _resources_dialog(qtbot, page):
    qtbot.mouseClick(page.findChild(QPushButton, "yearResources"), Qt.MouseButton.LeftButton)
    dialog = page.editor
    wait_for(qtbot, lambda: dialog.ok_button.isEnabled())
    return dialog


def _resources(qtbot, app, year_id):
    from counselor_app.services import compliance_logs as logs

    got: list = []
    app.worker.run(lambda s: logs.get_year_resources(s, year_id), got.append)
    wait_for(qtbot, lambda: bool(got))
    return got[0]


def _office_of_kind(new_office, kind):
    """An office of the school ``kind`` whose current school year has 2 course credits entered."""
    from counselor_app.services import compliance_logs as logs, office, school_calendar
    from counselor_app.store import office as office_store

    s = new_office.session
    profile = office_store.profile(s.conn)
    office.update_school_profile(s, type(profile)(profile.name, kind, profile.address, profile.unit_name))
    year = logs.choices(s).year_id
    logs.save_year_resources(s, year, logs.YearResourcesEdit(course_credits=2))
    s.close()
    return year


def test_course_credits_are_not_asked_of_a_middle_school(qtbot, make_app, new_office):
    from counselor_app.domain.school import SchoolType

    year = _office_of_kind(new_office, SchoolType.MIDDLE)
    page = _logs_page(qtbot, make_app)
    dialog = _resources_dialog(qtbot, page)
    assert dialog.isVisible() and dialog.funding.isVisible()
    assert not dialog.credits.isVisible() and not dialog.form.labelForField(dialog.credits).isVisible()
    assert all("学分" not in label.text() for label in dialog.findChildren(type(dialog.error)) if label.isVisible())
    qtbot.keyClicks(dialog.funding, "24000")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: not dialog.isVisible())
    saved = _resources(qtbot, page.app, year)
    assert saved.funding_yuan == 24000 and saved.course_credits == 2   # entered as a university once: kept


def test_a_university_enters_its_course_credits(qtbot, make_app, new_office):
    from counselor_app.domain.school import SchoolType

    year = _office_of_kind(new_office, SchoolType.UNIVERSITY)
    page = _logs_page(qtbot, make_app)
    dialog = _resources_dialog(qtbot, page)
    assert dialog.credits.isVisible() and dialog.credits.text() == "2"
    assert dialog.form.labelForField(dialog.credits).text() == "心理健康课程学分："
    dialog.credits.clear()
    qtbot.keyClicks(dialog.credits, "x")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: dialog.error.text() != "")
    assert _resources(qtbot, page.app, year).course_credits == 2   # refused: nothing written
    dialog.credits.clear()
    qtbot.keyClicks(dialog.credits, "3")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: not dialog.isVisible())
    assert _resources(qtbot, page.app, year).course_credits == 3


def test_a_past_semester_says_its_counselors_are_todays(qtbot, make_app, new_office):
    # the staff register keeps no dates of employment: last year's staffing is counted on today's register, and
    # the indicator says so when the head picks a period that is over
    from counselor_app.services import school_calendar, staff
    from counselor_app.services.school_calendar import YearEdit
    from counselor_app.services.staff import StaffEdit

    s = new_office.session
    school_calendar.save_school_year(s, YearEdit("2025-2026", "2025-09-01", "2026-08-31",
                                                 (("2025-09-01", "2026-01-23"), ("2026-02-23", "2026-07-10"))))
    staff.save_staff(s, StaffEdit("林老师", roles=("counselor_full",)))
    s.close()
    app = make_app()
    main = log_in(qtbot, app)
    main.go_to("compliance")
    page = main.pages["compliance"]
    wait_for(qtbot, lambda: page.board is not None and page.period.findData("2025-2026-1") >= 0)
    staffing = page.findChild(QPushButton, "indicator_staffing")
    page.period.setFocus()
    for _ in range(page.period.count()):   # down the list to the autumn of 2025, as the keyboard does
        if page.period.currentData() == "2025-2026-1":
            break
        qtbot.keyClick(page.period, Qt.Key.Key_Down)
    wait_for(qtbot, lambda: page.board.period.code == "2025-2026-1")
    qtbot.mouseClick(staffing, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: "不记录任职起止日期" in page.notes.text())
    assert f"教职工名册 {date.today().isoformat()} 的状态" in page.notes.text()
    assert "不记录任职起止日期" in staffing.toolTip()
