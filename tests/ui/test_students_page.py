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
    page.open_profile(page.model.index(0, 0))
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
    page.open_profile(page.model.index(0, 0))
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
    wait_for(qtbot, lambda: dialog.buttons.isEnabled())
    assert dialog.edit().class_id == done[0].class_id and "已归档" in dialog.klass.currentText()
