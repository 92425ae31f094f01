"""校历: school years and semesters, the month view of holidays and make-up workdays, office days and their import."""
from datetime import date

from ui_helpers import audit_actions, log_in, wait_for


def open_page(qtbot, make_app):
    app = make_app()
    main = log_in(qtbot, app)
    main.go_to("calendar")
    page = main.pages["calendar"]
    wait_for(qtbot, lambda: page.view is not None)
    return app, page


def set_year_2026(qtbot, page):
    """Make the office's first school year 2026-2027 through the edit dialog (the package covers 2026 only)."""
    from counselor_app.ui.pages.calendar_dialogs import YearDialog
    from counselor_app.ui.qt import QDate

    dialog = YearDialog(page, page.view.year)
    dialog.name.setText("2026-2027")
    for edit, value in zip((dialog.start, dialog.end, *[e for pair in dialog.semesters for e in pair]),
                           ((2026, 9, 1), (2027, 8, 31), (2026, 9, 1), (2027, 1, 22), (2027, 2, 22), (2027, 7, 9))):
        edit.setDate(QDate(*value))
    dialog.submit()
    wait_for(qtbot, lambda: page.view is not None and page.view.year.semesters[0].end == date(2027, 1, 22))
    return dialog


def test_years_month_view_and_the_not_covered_notice(qtbot, make_app, office_ready):
    app, page = open_page(qtbot, make_app)
    assert page.title() == "校历"
    set_year_2026(qtbot, page)
    assert page.years_model.rowCount() == 1
    assert "2026-09-01 – 2027-01-22" in page.years_model.data(page.years_model.index(0, 2))
    # 2027 is not in the built-in calendar: the page says so, in Chinese
    wait_for(qtbot, lambda: not page.notice.isHidden())
    assert "2027" in page.notice.text() and "内置" in page.notice.text()
    assert "第一学期" in page.summary.text()
    # October 2026: National Day marked, a make-up Saturday marked
    page.semester.setCurrentIndex(page.semester.findData(1))
    page.show_month(2026, 10)
    model = page.month_model
    from counselor_app.domain.holidays import DayKind
    from counselor_app.ui.qt import Qt

    national = model.index_of(date(2026, 10, 1))
    assert "国庆节" in model.data(national) and model.data(national, Qt.ItemDataRole.BackgroundRole) is not None
    makeup = model.index_of(date(2026, 10, 10))
    assert page.view.calendar.day(date(2026, 10, 10)).kind is DayKind.MAKEUP_WORKDAY
    assert "补班" in model.data(makeup, Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(0, 0)) is None   # 28 September belongs to the month before
    page.grid.setCurrentIndex(national)
    assert page.day_label.text().startswith("2026-10-01") and "内置日历" in page.day_label.text()
    assert not page.remove_day_button.isEnabled()
    # month navigation stays inside the semester
    page.show_month(2026, 9)
    assert not page.prev_button.isEnabled() and page.next_button.isEnabled()
    assert page.month_label.text() == "2026年9月"


def test_enter_and_remove_an_office_day(qtbot, make_app, office_ready, answered_dialogs):
    from counselor_app.ui.pages.calendar_dialogs import DayDialog

    app, page = open_page(qtbot, make_app)
    set_year_2026(qtbot, page)
    dialog = DayDialog(page, date(2027, 2, 8))
    assert dialog.kind.currentData() == "holiday"   # a Monday: most likely a day off
    dialog.name.setText("Spring")
    dialog.submit()
    wait_for(qtbot, lambda: page.view.office_days.get(2027) == 1)
    assert "本室录入的 1 天" in page.notice.text()
    bad = DayDialog(page, date(2027, 3, 1))
    bad.kind.setCurrentIndex(bad.kind.findData("workday"))   # a Monday is a workday anyway
    bad.submit()
    wait_for(qtbot, lambda: bad.error.text() != "")
    assert "2027-03-01" in bad.error.text()
    page.semester.setCurrentIndex(page.semester.findData(2))
    page.show_month(2027, 2)
    page.grid.setCurrentIndex(page.month_model.index_of(date(2027, 2, 8)))
    assert page.remove_day_button.isEnabled() and "Spring" in page.day_label.text()
    answered_dialogs.set_next_answers(True)
    page.remove_day()
    wait_for(qtbot, lambda: page.view.office_days.get(2027) == 0)
    actions = audit_actions(qtbot, app)
    assert "calendar_day.add" in actions and "calendar_day.remove" in actions and "school_year.edit" in actions


def test_add_a_year_and_a_refused_overlap(qtbot, make_app, office_ready):
    from counselor_app.ui.pages.calendar_dialogs import YearDialog
    from counselor_app.ui.qt import QDate

    app, page = open_page(qtbot, make_app)
    first = page.years[0]
    dialog = YearDialog(page)
    assert dialog.start.date().toPython() == date(first.end.year, 9, 1)   # the year after the newest
    dialog.start.setDate(QDate(first.end.year, 8, 1))
    dialog.semesters[0][0].setDate(QDate(first.end.year, 8, 1))
    dialog.submit()
    wait_for(qtbot, lambda: dialog.error.text() != "")
    assert first.name in dialog.error.text()
    dialog.start.setDate(QDate(first.end.year, 9, 1))
    dialog.semesters[0][0].setDate(QDate(first.end.year, 9, 1))
    dialog.submit()
    wait_for(qtbot, lambda: len(page.years) == 2 and page.view.year.id == dialog.saved_id)


def _import_dialog(qtbot, page, answered_dialogs, path):
    """Click 从文件导入…, pick ``path``: the import preview of the days, as for rosters."""
    from counselor_app.ui.qt import Qt

    answered_dialogs.set_next_answers(str(path))
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    wait_for(qtbot, lambda: dialog.preview is not None and not dialog._loading)
    return dialog


def test_import_preview_refuses_an_invalid_row_then_imports(qtbot, make_app, office_ready, answered_dialogs,
                                                             tmp_path):
    from counselor_app.ui.qt import Qt

    app, page = open_page(qtbot, make_app)
    set_year_2026(qtbot, page)
    bad = tmp_path / "bad.csv"
    bad.write_text("2027年部分节假日安排\n日期,类型,名称\n2027-02-06,放假,春节\n2027-02-30,放假,春节\n"
                   "2027-02-06,放假,重复\n", "utf-8")
    dialog = _import_dialog(qtbot, page, answered_dialogs, bad)
    assert dialog.windowTitle() == "导入放假和补班日期" and "第2行" in dialog.header_info.text()
    assert [dialog.combo_for(c).currentData() for c in range(3)] == ["day", "kind", "name"]
    assert "1 新增" in dialog.summary.text() and "2 拒绝" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()   # all or nothing unless invalid rows are skipped
    qtbot.mouseClick(dialog.only_problems, Qt.MouseButton.LeftButton)
    rows = {dialog.verdicts.data(dialog.verdicts.index(r, 0)): dialog.verdicts.data(dialog.verdicts.index(r, 5))
            for r in range(dialog.verdicts.rowCount())}
    assert set(rows) == {"4", "5"} and "日历中没有这一天" in rows["4"] and "第3行" in rows["5"]
    assert dialog.verdicts.data(dialog.verdicts.index(0, 2)) == "2027-02-30"   # as the file has it, in red
    assert dialog.verdicts.data(dialog.verdicts.index(0, 2), Qt.ItemDataRole.ForegroundRole) is not None
    good = tmp_path / "good.csv"
    good.write_text("日期,类型,名称\n2027-02-06,放假,春节\n2027-02-20,补班,春节补班\n", "utf-8")
    answered_dialogs.set_next_answers(str(good))
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: not dialog._loading and dialog.preview.new == 2)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: dialog.result is not None)
    assert "已导入 2 天（2027 年）" in dialog.summary.text() and not dialog.import_button.isVisible()
    assert dialog.close_button.text() == "关闭"
    wait_for(qtbot, lambda: page.view.office_days.get(2027) == 2)   # the page refreshed itself
    assert "import.calendar_days" in audit_actions(qtbot, app)


def test_import_of_a_file_without_a_type_column_or_with_a_note_sheet(qtbot, make_app, office_ready,
                                                                     answered_dialogs, tmp_path):
    from openpyxl import Workbook
    from counselor_app.ui.qt import Qt

    app, page = open_page(qtbot, make_app)
    no_type = tmp_path / "no_type.csv"
    no_type.write_text("日期,名称\n2027-02-06,春节\n", "utf-8")
    dialog = _import_dialog(qtbot, page, answered_dialogs, no_type)
    assert "类型" in dialog.error.text() and not dialog.import_button.isEnabled()   # a required column missing
    book = Workbook()
    book.active.title = "说明"
    book.active.append(["请按国务院通知填写"])
    days = book.create_sheet("2027")
    days.append(["日期", "类型"])
    days.append(["2027-10-01", "放假"])
    path = tmp_path / "days.xlsx"
    book.save(path)
    answered_dialogs.set_next_answers(str(path))
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: not dialog._loading and dialog.preview.sheet == "2027")   # the sheet with the days
    assert dialog.error.text() == "" and dialog.import_button.isEnabled()
    dialog.sheet.setCurrentIndex(dialog.sheet.findData("说明"))   # the wrong sheet: said so, nothing to import
    wait_for(qtbot, lambda: not dialog._loading and dialog.preview.sheet == "说明")
    assert "日期" in dialog.error.text() and "工作表" in dialog.header_info.text()
    assert not dialog.import_button.isEnabled()
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not a workbook")
    answered_dialogs.set_next_answers(str(broken))
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: not dialog._loading and dialog.error.text() != "")
    assert "损坏" in dialog.error.text() and not dialog.import_button.isEnabled()


def test_page_is_emptied_on_lock(qtbot, make_app, office_ready):
    app, page = open_page(qtbot, make_app)
    app.lock()
    assert page.view is None and page.years_model.rowCount() == 0 and page.month_model.calendar is None


def test_today_is_marked_in_the_month_view(qtbot, make_app, office_ready):
    from counselor_app.ui.pages.calendar_month import TODAY_FRAME
    from counselor_app.ui.qt import Qt

    app, page = open_page(qtbot, make_app)
    model, grid = page.month_model, page.grid
    today = date.today()
    if page.month == (today.year, today.month):   # the page opens on today's month inside the school year
        cell = model.index_of(today)
        assert model.data(cell).startswith(f"{today.day} · 今天")
        assert model.data(cell, Qt.ItemDataRole.ToolTipRole).endswith("今天")
    set_year_2026(qtbot, page)
    page.semester.setCurrentIndex(page.semester.findData(1))
    page.show_month(2026, 10)
    model.today = date(2026, 10, 9)   # a Friday inside the semester
    grid.resize(700, 600)
    grid.show()
    qtbot.waitExposed(grid)
    today_cell, other = model.index_of(date(2026, 10, 9)), model.index_of(date(2026, 10, 8))
    assert model.data(today_cell) == "9 · 今天" and model.data(other) == "8"
    assert "今天" in model.data(today_cell, Qt.ItemDataRole.ToolTipRole)
    assert "今天" not in model.data(other, Qt.ItemDataRole.ToolTipRole)
    national = model.data(model.index_of(date(2026, 10, 1)))
    assert national.startswith("1\n") and "今天" not in national
    image = grid.viewport().grab().toImage()
    for index, framed in ((today_cell, True), (other, False)):
        rect = grid.visualRect(index)
        edge = image.pixelColor(rect.left() + 1, rect.center().y())
        assert (edge.name() == TODAY_FRAME.name()) is framed
    assert "蓝框" in next(label.text() for label in page.findChildren(type(page.summary))
                          if "今天" in label.text())   # the legend says what the frame means
