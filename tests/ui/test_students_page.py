"""The student list: search as you type by number, name and pinyin initials; grade, class and status filters."""
from datetime import date

from ui_helpers import audit_actions, log_in, wait_for


def test_search_and_filters(qtbot, make_app, data_dir):
    from counselor_app.services.demo import create_demo_office

    demo = create_demo_office(data_dir, students=400, seed=5, today=date(2026, 11, 1))
    demo.office.session.close()
    app = make_app()
    main = log_in(qtbot, app, "demo", demo.password)
    main.go_to("students")
    page = main.pages["students"]
    wait_for(qtbot, lambda: len(page.all_rows) == 400)
    assert page.model.rowCount() == 400  # all enrolled
    target = page.all_rows[123]
    initials = target.search.split()[-1]
    page.search.setText(initials)  # what a user types: pinyin initials
    page.apply_filter()
    assert target in page.model.rows and all(initials in r.search for r in page.model.rows)
    page.search.setText(target.student_no)
    page.apply_filter()
    assert page.model.rows == [target]
    page.search.clear()
    page.grade.setCurrentIndex(page.grade.findData(target.grade))
    assert {r.grade for r in page.model.rows} == {target.grade}
    page.klass.setCurrentIndex(page.klass.findData(target.class_name))
    assert {r.class_name for r in page.model.rows} == {target.class_name}
    assert "显示" in page.count.text()
    assert "view.student_list" in audit_actions(qtbot, app)


def test_list_is_emptied_on_lock(qtbot, make_app, data_dir):
    from counselor_app.services.demo import create_demo_office

    demo = create_demo_office(data_dir, students=50, seed=2, today=date(2026, 11, 1))
    demo.office.session.close()
    app = make_app()
    main = log_in(qtbot, app, "demo", demo.password)
    main.go_to("students")
    page = main.pages["students"]
    wait_for(qtbot, lambda: page.model.rowCount() > 0)
    app.lock()
    assert page.model.rowCount() == 0 and page.all_rows == []


def test_profile_and_status_change(qtbot, make_app, data_dir, answered_dialogs):
    from counselor_app.services.demo import create_demo_office
    from counselor_app.ui.pages.student_profile import StatusDialog

    demo = create_demo_office(data_dir, students=30, seed=3, today=date(2026, 11, 1))
    demo.office.session.close()
    app = make_app()
    main = log_in(qtbot, app, "demo", demo.password)
    main.go_to("students")
    page = main.pages["students"]
    wait_for(qtbot, lambda: page.model.rowCount() == 30)
    _double_click(qtbot, page.table, 0)   # the real row: a double-click opens the profile
    profile = page.profile
    wait_for(qtbot, lambda: profile.detail is not None)
    assert profile.detail.name in profile.basic.text() and "在读" in profile.basic.text()
    dialog = StatusDialog(profile)
    dialog.status.setCurrentIndex(dialog.status.findData("on_leave"))
    dialog.submit()
    assert dialog.error.text() == "请填写变更原因。"
    dialog.reason.setText("因病休学，已批准")
    dialog.submit()
    wait_for(qtbot, lambda: profile.detail.status == "on_leave")
    assert "因病休学" in profile.history.text()
    wait_for(qtbot, lambda: page.model.rowCount() == 29)  # the list refreshed itself: 29 still enrolled


def test_new_student_edit_and_export(qtbot, make_app, office_ready, tmp_path, answered_dialogs):
    from openpyxl import load_workbook

    from counselor_app.store import register
    from counselor_app.store.database import transaction

    app = make_app()
    main = log_in(qtbot, app)
    app.worker.run(lambda s: _one_class(s, register, transaction))
    main.go_to("students")
    page = main.pages["students"]
    assert page.new_button.isVisible() and page.import_button.isVisible()
    page.new_student()
    dialog = page.editor
    wait_for(qtbot, lambda: dialog.klass.count() == 2)
    dialog.number.setText("2026070199")
    dialog.name.setText("欧阳小雨")
    dialog.birth.setText("2013年5月12日")   # any way a date is written
    dialog.klass.setCurrentIndex(1)
    dialog.guardians[0][0].setText("欧阳父")
    dialog.guardians[0][2].setText("1390000000")   # one digit short
    dialog.submit()
    wait_for(qtbot, lambda: dialog.error.text() != "")
    assert "监护人 1" in dialog.error.text() and "1390000000" not in dialog.error.text()
    dialog.guardians[0][2].setText("13900000001")
    dialog.monitor.setChecked(True)
    dialog.submit()
    wait_for(qtbot, lambda: dialog.saved_id is not None)
    wait_for(qtbot, lambda: len(page.all_rows) == 1)
    row = page.all_rows[0]
    assert (row.name, row.birth_date, row.is_monitor) == ("欧阳小雨", "2013-05-12", True)
    page.search.setText("oyxy")   # pinyin initials of 欧阳小雨
    page.apply_filter()
    assert page.model.rows == [row]
    _double_click(qtbot, page.table, 0)   # the real row: a double-click opens the profile
    profile = page.profile
    wait_for(qtbot, lambda: profile.detail is not None)
    assert "心理委员" in profile.basic.text() and "手工录入" in profile.history.text()
    profile.edit()
    editor = profile.editor
    wait_for(qtbot, lambda: editor.klass.count() == 2)
    assert editor.klass.currentIndex() == 1 and editor.guardians[0][2].text() == "13900000001"
    editor.dorm.setText("3号楼-215")
    editor.submit()
    wait_for(qtbot, lambda: profile.detail.dorm == "3号楼-215")
    answered_dialogs.set_next_answers(str(tmp_path / "名单"))
    page.export_roster()
    wait_for(qtbot, lambda: (tmp_path / "名单.xlsx").exists() and page.export_button.isEnabled())
    cells = [c.value for c in next(load_workbook(tmp_path / "名单.xlsx").active.iter_rows(min_row=2))]
    assert "2026070199" in cells and "欧阳小雨" in cells
    # the export's own errors are shown as errors: a folder that does not exist is named, nothing is written
    answered_dialogs.set_next_answers(str(tmp_path / "没有的文件夹" / "名单"))
    page.export_roster()
    wait_for(qtbot, lambda: any(s.kind == "error" for s in answered_dialogs.shown) and page.export_button.isEnabled())
    error = [s for s in answered_dialogs.shown if s.kind == "error"][-1]
    assert f"文件夹“{tmp_path / '没有的文件夹'}”不存在" in error.text
    assert not (tmp_path / "没有的文件夹").exists()


def _one_class(session, register, transaction):
    with transaction(session.conn):
        grade = register.insert_grade(session.conn, "七年级", "grade", 7, None, 0)
        register.insert_class(session.conn, grade, "七年级(1)班", None, 0)



def test_editing_a_student_of_an_archived_class_keeps_the_class(qtbot, make_app, office_ready):
    from counselor_app.services import students as student_service, structure
    from counselor_app.ui.student_edit import StudentEditDialog

    app = make_app()
    main = log_in(qtbot, app)
    done = []

    def setup(s):
        class_id = structure.add_class(s, "七年级", "1班")
        sid = student_service.save_student(s, student_service.StudentEdit("1", "张三", class_id=class_id))
        student_service.change_status(s, sid, "graduated", "毕业")
        structure.set_archived(s, class_id, True)
        return student_service.get_student(s, sid)

    app.worker.run(setup, done.append)
    wait_for(qtbot, lambda: bool(done))
    dialog = StudentEditDialog(main, app, done[0])
    qtbot.addWidget(dialog)
    wait_for(qtbot, lambda: dialog.ok_button.isEnabled())   # OK waits for the class list
    assert dialog.edit().class_id == done[0].class_id and "已归档" in dialog.klass.currentText()


def _double_click(qtbot, table, row: int) -> None:
    from counselor_app.ui.qt import Qt

    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _click_header(qtbot, table, column: int) -> None:
    from counselor_app.ui.qt import QPoint, Qt

    header = table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def _demo(data_dir, school_type=None, students=60):
    from counselor_app.domain.school import SchoolType
    from counselor_app.services.demo import create_demo_office

    demo = create_demo_office(data_dir, students=students, seed=4, today=date(2026, 11, 1),
                              school_type=school_type or SchoolType.MIDDLE)
    demo.office.session.close()
    return demo


def test_guardian_phones_column_is_hidden_until_ticked_and_audited(qtbot, make_app, data_dir):
    from counselor_app.ui.qt import Qt

    demo = _demo(data_dir)
    app = make_app()
    main = log_in(qtbot, app, "demo", demo.password)
    main.go_to("students")
    page = main.pages["students"]
    wait_for(qtbot, lambda: page.model.rowCount() > 0)
    column = page.PHONE_COLUMN
    assert page.table.isColumnHidden(column) and page.phones is None
    assert page.model.headerData(column, Qt.Orientation.Horizontal) == "监护人电话"
    assert page.model.headerData(page.GRADE_COLUMN, Qt.Orientation.Horizontal) == "年级"   # a middle school
    assert page.grade.itemText(0) == "全部年级"
    assert "view.guardian_phones" not in audit_actions(qtbot, app)   # nothing loaded while hidden
    page.show_phones.click()
    wait_for(qtbot, lambda: page.phones is not None)
    assert not page.table.isColumnHidden(column)
    row = next(r for r in page.model.rows if r.id in page.phones)
    who, phone = page.phones[row.id][0]
    cell = page.model.data(page.model.index(page.model.rows.index(row), column))
    assert phone in cell and who in cell and len(phone) == 11
    assert "view.guardian_phones" in audit_actions(qtbot, app)
    page.show_phones.click()   # hidden again: the numbers are dropped, not kept in memory
    assert page.table.isColumnHidden(column) and page.phones is None


def test_guardian_phones_that_cannot_be_loaded_untick_the_box(qtbot, make_app, data_dir, answered_dialogs,
                                                              monkeypatch):
    from counselor_app.domain.errors import PermissionDenied
    from counselor_app.services import students as student_service

    demo = _demo(data_dir, students=10)
    app = make_app()
    main = log_in(qtbot, app, "demo", demo.password)
    main.go_to("students")
    page = main.pages["students"]
    wait_for(qtbot, lambda: page.model.rowCount() > 0)

    def refused(session):
        raise PermissionDenied(permission="查看学生名册")

    monkeypatch.setattr(student_service, "guardian_phones", refused)
    page.show_phones.click()
    wait_for(qtbot, lambda: not page.show_phones.isChecked())
    assert page.table.isColumnHidden(page.PHONE_COLUMN) and page.phones is None
    assert any(s.kind == "error" for s in answered_dialogs.shown)


def test_header_sorts_names_in_pinyin_and_classes_in_register_order(qtbot, make_app, data_dir):
    from counselor_app.ui.models import name_key

    demo = _demo(data_dir, students=200)
    app = make_app()
    main = log_in(qtbot, app, "demo", demo.password)
    main.go_to("students")
    page = main.pages["students"]
    wait_for(qtbot, lambda: page.model.rowCount() > 0)
    given = list(page.model.rows)
    _click_header(qtbot, page.table, 1)   # 姓名
    names = [r.name for r in page.model.rows]
    assert names == sorted(names, key=name_key) and names != [r.name for r in given]
    surnames = list(dict.fromkeys(n[0] for n in names))   # one block per surname: no 陈, 程, 陈 again
    assert len(surnames) == len(set(surnames))
    _click_header(qtbot, page.table, 5)   # 班级: 七年级(2)班 before 七年级(10)班, 七年级 before 八年级
    order = list(dict.fromkeys((r.grade, r.class_name) for r in given))
    shown = list(dict.fromkeys((r.grade, r.class_name) for r in page.model.rows))
    assert shown == order
    _click_header(qtbot, page.table, 5)
    assert list(dict.fromkeys((r.grade, r.class_name) for r in page.model.rows)) == order[::-1]
    page.search.setText(page.model.rows[0].name[:1])   # the filter keeps the sort
    page.apply_filter()
    assert list(dict.fromkeys((r.grade, r.class_name) for r in page.model.rows)) == \
        [k for k in order[::-1] if k in {(r.grade, r.class_name) for r in page.model.rows}]


def test_words_fit_the_kind_of_school(qtbot, make_app, data_dir):
    from counselor_app.domain.school import SchoolType
    from counselor_app.ui.qt import Qt

    demo = _demo(data_dir, SchoolType.UNIVERSITY, students=30)
    app = make_app()
    main = log_in(qtbot, app, "demo", demo.password)
    main.go_to("students")
    page = main.pages["students"]
    wait_for(qtbot, lambda: page.model.rowCount() > 0)
    assert page.model.headerData(page.GRADE_COLUMN, Qt.Orientation.Horizontal) == "院系"
    assert page.grade.itemText(0) == "全部院系"
