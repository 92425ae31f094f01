"""The roster import preview: detected header, changeable mapping, verdicts, skip invalid, import with progress."""
from datetime import date

from openpyxl import Workbook

from counselor_app.ui.qt import Qt
from ui_helpers import log_in, wait_for


def roster(path, header, rows, title="七年级学生名单"):
    wb = Workbook()
    ws = wb.active
    ws.title = "七年级"
    ws.append([title])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
    ws.append(header)
    for r in rows:
        ws.append(r)
    other = wb.create_sheet("八年级")
    other.append(["学号", "姓名", "班级"])
    other.append(["2025080101", "赵小兰", "八年级1班"])
    wb.save(path)
    return path


ROWS = [
    ["2026070101", "张小明", "男", date(2013, 5, 12), "七年级(1)班", "13900000001"],
    ["2026070102", "李小红", "女", "2013/6/1", "初一2班", "13900000002"],
    ["", "无学号", "男", "2013-02-30", "七年级1班", ""],
]


def open_dialog(qtbot, make_app, path, kind="students"):
    from counselor_app.ui.import_dialog import RosterImportDialog

    app = make_app()
    main = log_in(qtbot, app)
    dialog = RosterImportDialog(main, app, kind, path)
    qtbot.addWidget(dialog)
    wait_for(qtbot, lambda: dialog.preview is not None)
    return app, main, dialog


def test_preview_mapping_change_and_import(qtbot, make_app, office_ready, tmp_path):
    # "编号" is not a header the app knows: the user maps it to the student number in the preview
    path = roster(tmp_path / "r.xlsx", ["编号", "姓名", "性别", "出生日期", "班级", "家长电话"], ROWS)
    app, main, dialog = open_dialog(qtbot, make_app, path)
    preview = dialog.preview
    assert not dialog.bar.isVisible()   # the busy bar of the check is gone
    assert preview.header_row == 1 and "第2行" in dialog.header_info.text()
    assert preview.problems and "学号" in dialog.error.text()   # no column chosen for the student number
    assert not dialog.import_button.isEnabled()
    assert dialog.sheet.isVisible() or dialog.sheet.count() == 2
    combo = dialog.combo_for(0)
    combo.setCurrentIndex(combo.findData("student_no"))
    wait_for(qtbot, lambda: dialog.preview is not preview and not dialog._loading)
    preview = dialog.preview
    assert not preview.problems and dialog.error.text() == ""
    assert [v.line for v in preview.rejected] == [5]
    assert "2 新增" in dialog.summary.text() and "1 拒绝" in dialog.summary.text()
    dialog.only_problems.setChecked(True)
    assert dialog.verdicts.rowCount() == 1
    problem = dialog.verdicts.data(dialog.verdicts.index(0, 6))
    assert "缺少学号" in problem or "学号" in problem
    assert not dialog.import_button.isEnabled()   # an invalid row: all or nothing unless skipped
    dialog.skip_invalid.setChecked(True)
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    wait_for(qtbot, lambda: dialog.result is not None)
    assert (dialog.result.new, len(dialog.result.rejected)) == (2, 1)
    assert "已导入" in dialog.summary.text() and not dialog.import_button.isEnabled()
    assert dialog.only_problems.isChecked() and dialog.verdicts.rowCount() == 1   # what was left out stays shown
    main.go_to("students")
    page = main.pages["students"]
    wait_for(qtbot, lambda: len(page.all_rows) == 2)


def test_other_sheet_and_unreadable_file(qtbot, make_app, office_ready, tmp_path, answered_dialogs):
    path = roster(tmp_path / "r.xlsx", ["学号", "姓名", "性别", "出生日期", "班级", "家长电话"], ROWS[:2])
    app, main, dialog = open_dialog(qtbot, make_app, path)
    assert dialog.sheet.count() == 2
    dialog.sheet.setCurrentIndex(1)
    wait_for(qtbot, lambda: dialog.preview.sheet == "八年级" and not dialog._loading)
    assert dialog.preview.new == 1 and dialog.import_button.isEnabled()
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"PK\x03\x04 this is not a workbook")
    answered_dialogs.set_next_answers(str(bad))   # the file picker answers with it
    dialog.choose_button.click()
    wait_for(qtbot, lambda: not dialog._loading and dialog.error.text() != "")
    assert not dialog.import_button.isEnabled()


def test_staff_import_preview(qtbot, make_app, office_ready, tmp_path):
    path = tmp_path / "staff.csv"
    path.write_bytes("工号,姓名,手机,职务\nT01,陈老师,13800000001,专职心理教师\nT02,刘老师,12345,班主任\n"
                     .encode("gb18030"))
    app, main, dialog = open_dialog(qtbot, make_app, path, kind="staff")
    assert [v.line for v in dialog.preview.rejected] == [3]   # the phone number is not valid
    dialog.skip_invalid.setChecked(True)
    dialog.import_button.click()
    wait_for(qtbot, lambda: dialog.result is not None)
    assert dialog.result.new == 1


def test_roster_on_a_later_sheet_is_found(qtbot, make_app, office_ready, tmp_path):
    wb = Workbook()
    wb.active.title = "填表说明"
    wb.active.append(["请按模板填写，不要修改表头"])
    ws = wb.create_sheet("八年级")
    ws.append(["学号", "姓名", "班级"])
    ws.append(["2025080101", "赵小兰", "八年级1班"])
    path = tmp_path / "two.xlsx"
    wb.save(path)
    app, main, dialog = open_dialog(qtbot, make_app, path)
    assert dialog.preview.sheet == "八年级" and dialog.sheet.currentText() == "八年级"
    assert dialog.preview.new == 1
    dialog.sheet.setCurrentIndex(0)   # the notes sheet: no header there
    wait_for(qtbot, lambda: dialog.preview.sheet == "填表说明" and not dialog._loading)
    assert dialog.preview.header_row == -1 and dialog.sheet.count() == 2 and not dialog.import_button.isEnabled()
    assert "工作表" in dialog.header_info.text()


def test_an_older_check_finishing_late_is_not_shown(qtbot, make_app, office_ready, tmp_path):
    first = roster(tmp_path / "a.xlsx", ["学号", "姓名", "班级"], [["1", "甲", "七年级1班"]])
    second = roster(tmp_path / "b.xlsx", ["学号", "姓名", "班级"], [["2", "乙", "七年级1班"], ["3", "丙", "七年级1班"]])
    app, main, dialog = open_dialog(qtbot, make_app, first)
    shown = []
    original = dialog._loaded
    dialog._loaded = lambda preview: (shown.append(preview.new), original(preview))
    dialog.load()                 # the first file checked again …
    dialog.path = second          # … while the user already chose another file
    dialog.preview = None
    dialog.load()
    wait_for(qtbot, lambda: bool(shown) and not dialog._loading)
    qtbot.wait(200)
    assert shown == [2] and dialog.preview.new == 2   # the first file's late answer was dropped


def test_escape_during_an_import_cancels_it_and_keeps_the_dialog(qtbot, make_app, office_ready, tmp_path):
    path = roster(tmp_path / "a.xlsx", ["学号", "姓名", "班级"], [["1", "甲", "七年级1班"]])
    app, main, dialog = open_dialog(qtbot, make_app, path)
    dialog.show()
    dialog.import_button.click()
    assert not dialog.choose_button.isEnabled() and not dialog.mapping_view.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    wait_for(qtbot, lambda: dialog._progress is None)
    assert dialog.choose_button.isEnabled()


def test_mapping_names_and_drop_downs_are_as_wide_as_their_texts(qtbot, make_app, office_ready, tmp_path):
    path = roster(tmp_path / "r.xlsx", ["学籍号码(新)", "学生姓名", "出生日期（yyyy-mm-dd）", "所在班级", "监护人2关系"],
                  [["2026070101", "张小明", "2013-05-12", "七年级(1)班", "母亲"]])
    from counselor_app.ui.import_dialog import RosterImportDialog

    app = make_app()
    main = log_in(qtbot, app)
    dialog = RosterImportDialog(main, app, "students", path)
    qtbot.addWidget(dialog)
    dialog.show()   # shown before the rows arrive, as from the students page
    wait_for(qtbot, lambda: dialog.preview is not None)
    view, head = dialog.mapping_view, dialog.mapping_view.horizontalHeader()
    metrics = view.fontMetrics()
    for row in range(dialog.mapping.rowCount()):
        name = dialog.mapping.item(row, 0).text()
        assert head.sectionSize(0) >= metrics.horizontalAdvance(name) + 8, name   # "D · 出生日期（yyyy-mm-dd）"
        combo = view.indexWidget(dialog.mapping.index(row, 2))
        longest = max(combo.fontMetrics().horizontalAdvance(combo.itemText(i)) for i in range(combo.count()))
        assert combo.width() >= longest + 20 and head.sectionSize(2) >= combo.sizeHint().width()
    assert dialog.combo_for(4).currentText() == "第二监护人关系"


def test_the_preview_names_the_grades_and_classes_it_creates(qtbot, make_app, office_ready, tmp_path,
                                                            answered_dialogs):
    rows = [["2026070101", "张小明", "七年级(1)班"], ["2026070102", "李小红", "七年级(9)班"],
            ["2026080101", "孙悦", "八年级3班"]]
    path = roster(tmp_path / "r.xlsx", ["学号", "姓名", "班级"], rows)
    app, main, dialog = open_dialog(qtbot, make_app, path)
    dialog.show()
    assert dialog.created.isVisible()
    assert dialog.created.text() == "导入将新建年级：七年级、八年级；班级：七年级(1)班、七年级(9)班、八年级(3)班。"
    dialog.import_button.click()
    wait_for(qtbot, lambda: dialog.result is not None)
    assert dialog.created.text().startswith("已新建年级：七年级、八年级；")
    again = roster(tmp_path / "again.xlsx", ["学号", "姓名", "班级"], rows)
    answered_dialogs.set_next_answers(str(again))   # the same rows again, now that the classes exist
    dialog.choose_button.click()
    wait_for(qtbot, lambda: not dialog._loading and dialog.preview.unchanged == 3)
    assert not dialog.created.isVisible()   # nothing to create: no notice


def test_a_rejected_value_shows_what_the_file_held(qtbot, make_app, office_ready, tmp_path):
    from counselor_app.ui.qt import Qt

    path = roster(tmp_path / "r.xlsx", ["学号", "姓名", "性别", "出生日期", "班级", "家长电话"], ROWS)
    app, main, dialog = open_dialog(qtbot, make_app, path)
    dialog.show()
    qtbot.mouseClick(dialog.only_problems, Qt.MouseButton.LeftButton)
    assert dialog.verdicts.rowCount() == 1
    birth = dialog.verdicts.index(0, 4)
    assert dialog.verdicts.data(birth) == "2013-02-30"   # not an empty cell
    assert dialog.verdicts.data(birth, Qt.ItemDataRole.ForegroundRole) is not None
    assert "原样" in dialog.verdicts.data(birth, Qt.ItemDataRole.ToolTipRole)
    assert dialog.verdicts.data(dialog.verdicts.index(0, 3), Qt.ItemDataRole.ForegroundRole) is None   # 无学号: read


REGISTERED = [["2026070101", "张小明", "男", date(2013, 5, 12), "七年级(1)班", "13900000001"],
              ["2026070102", "李小红", "女", date(2013, 6, 1), "七年级(2)班", "13900000002"]]
CORRECTED = [["2026070101", "张小明", "男", date(2013, 5, 12), "七年级(1)班", "13900000001"],
             ["2026070199", "李小红", "女", "2013-06-01", "七年级2班", "13900000009"]]
HEADER = ["学号", "姓名", "性别", "出生日期", "班级", "家长电话"]


def _register_and_open(qtbot, make_app, tmp_path):
    """Import REGISTERED through the dialog, then open the preview of CORRECTED (李小红 under a new number)."""
    from counselor_app.ui.import_dialog import RosterImportDialog

    app, main, dialog = open_dialog(qtbot, make_app, roster(tmp_path / "first.xlsx", HEADER, REGISTERED))
    dialog.import_button.click()
    wait_for(qtbot, lambda: dialog.result is not None)
    dialog.close()
    fixed = RosterImportDialog(main, app, "students", roster(tmp_path / "fixed.xlsx", HEADER, CORRECTED))
    qtbot.addWidget(fixed)
    wait_for(qtbot, lambda: fixed.preview is not None and not fixed._loading)
    fixed.show()
    return app, main, fixed


def _student(qtbot, app, number):
    from counselor_app.store import register

    got = []
    app.worker.run(lambda s: [register.student_id_by_number(s.conn, number), register.counts(s.conn)["student"]],
                   got.append)
    wait_for(qtbot, lambda: bool(got))
    return got[0]


def test_a_likely_same_student_needs_a_choice_then_gets_the_corrected_number(qtbot, make_app, office_ready,
                                                                            tmp_path):
    from counselor_app.ui.qt import Qt

    app, main, dialog = _register_and_open(qtbot, make_app, tmp_path)
    sid, count = _student(qtbot, app, "2026070102")
    panel = dialog.same
    assert panel.isVisible() and "1 行的学号是新的" in panel.heading.text()
    assert not panel.all_choice.isVisible()   # one row: its own choice is enough
    assert "2026070102" in panel.model.item(0, 5).text()
    assert not dialog.import_button.isEnabled() and "名册中已有的学生" in dialog.import_button.toolTip()
    assert "1 待选择" in dialog.summary.text() and "0 新增" in dialog.summary.text()
    verdict = dialog.verdicts.rows.index(next(v for v in dialog.verdicts.rows if v.line == 4))
    assert dialog.verdicts.data(dialog.verdicts.index(verdict, 1)) == "待选择"
    assert "学号为 2026070102 的学生" in dialog.verdicts.data(dialog.verdicts.index(verdict, 6))
    combo = panel.combo_for(4)
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)   # 作为新学生导入
    assert combo.currentData() == "new" and dialog.import_button.isEnabled() and "1 新增" in dialog.summary.text()
    qtbot.keyClick(combo, Qt.Key.Key_Down)   # 更正学号（原学号 2026070102）
    assert combo.currentText() == "更正学号（原学号 2026070102）"
    assert "0 新增，1 更新，1 未变" in dialog.summary.text()   # 张小明 unchanged, 李小红 renumbered
    assert dialog.verdicts.data(dialog.verdicts.index(verdict, 1)) == "更正学号"
    phones = dialog.combo_for(5)   # another column's meaning changes: the rows are checked again, the choice stays
    phones.setCurrentIndex(phones.findData(None))
    wait_for(qtbot, lambda: not dialog._loading and 5 not in dialog.preview.mapping)
    assert panel.combo_for(4).currentData() == "renumber" and dialog.import_button.isEnabled()
    dialog.import_button.click()
    wait_for(qtbot, lambda: dialog.result is not None)
    assert dialog.result.renumbered == 1 and "已更正学号 1 人" in dialog.summary.text()
    assert not panel.isEnabled()
    assert _student(qtbot, app, "2026070199") == [sid, count]   # the same record, no second one
    assert _student(qtbot, app, "2026070102")[0] is None


def test_skip_for_all_rows_and_a_register_changed_meanwhile(qtbot, make_app, office_ready, tmp_path):
    from counselor_app.store import register
    from counselor_app.ui.qt import Qt

    app, main, dialog = _register_and_open(qtbot, make_app, tmp_path)
    sid, count = _student(qtbot, app, "2026070102")
    combo = dialog.same.combo_for(4)
    combo.setFocus()
    for _ in range(3):
        qtbot.keyClick(combo, Qt.Key.Key_Down)   # 跳过此行
    assert combo.currentData() == "skip" and "1 跳过" in dialog.summary.text()
    qtbot.keyClick(combo, Qt.Key.Key_Home)   # 请选择… again: undecided, no import
    assert combo.currentData() is None and not dialog.import_button.isEnabled()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Down)   # renumber, then someone else takes the number meanwhile
    done = []
    app.worker.run(lambda s: register.set_student_number(s.conn, sid, "2026070155"), done.append)
    wait_for(qtbot, lambda: bool(done))
    dialog.import_button.click()
    wait_for(qtbot, lambda: "名册已有变动" in dialog.error.text())
    assert dialog.result is None and _student(qtbot, app, "2026070199") == [None, count]
    qtbot.keyClick(combo, Qt.Key.Key_End)   # skip
    dialog.import_button.click()
    wait_for(qtbot, lambda: dialog.result is not None)
    assert dialog.result.skipped == 1 and _student(qtbot, app, "2026070199") == [None, count]
