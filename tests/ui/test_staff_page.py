"""The staff page: list with pinyin search, new staff member with roles and classes led, deactivate, import."""
from ui_helpers import audit_actions, log_in, wait_for


def _classes(session):
    from counselor_app.store import register
    from counselor_app.store.database import transaction

    with transaction(session.conn):
        grade = register.insert_grade(session.conn, "七年级", "grade", 7, None, 0)
        for n in (1, 2):
            register.insert_class(session.conn, grade, f"七年级({n})班", None, n)


def test_new_staff_member_edit_and_deactivate(qtbot, make_app, office_ready, answered_dialogs):
    app = make_app()
    main = log_in(qtbot, app)
    app.worker.run(_classes)
    main.go_to("staff")
    page = main.pages["staff"]
    assert page.new_button.isVisible()
    page.edit(None)
    dialog = page.editor
    wait_for(qtbot, lambda: dialog.classes.count() == 2)
    assert not dialog.classes.isEnabled()   # classes are led by head teachers only
    dialog.name.setText("陈静")
    dialog.phone.setText("12345")
    dialog.roles["head_teacher"].setChecked(True)
    assert dialog.classes.isEnabled()
    from counselor_app.ui.qt import Qt

    dialog.classes.item(1).setCheckState(Qt.CheckState.Checked)
    dialog.submit()
    wait_for(qtbot, lambda: dialog.error.text() != "")
    assert "电话" in dialog.error.text()
    dialog.phone.setText("13800000001")
    dialog.submit()
    wait_for(qtbot, lambda: dialog.saved_id is not None)
    wait_for(qtbot, lambda: len(page.all_rows) == 1)
    row = page.all_rows[0]
    assert row.classes == "七年级(2)班" and row.roles == ("head_teacher",)
    assert "班主任" in page.model.data(page.model.index(0, 5))
    assert page.model.data(page.model.index(0, 6)) == "七年级(2)班"
    page.edit(None)   # a second person: the class already led shows who leads it
    other = page.editor
    wait_for(qtbot, lambda: other.classes.count() == 2)
    assert other.classes.item(1).text() == "七年级(2)班（现为 陈静）" and other.classes.item(0).text() == "七年级(1)班"
    other.reject()
    page.search.setText("cj")
    page.apply_filter()
    assert page.model.rowCount() == 1
    page.search.setText("zz")
    page.apply_filter()
    assert page.model.rowCount() == 0
    page.search.clear()
    page.apply_filter()
    page.table.selectRow(0)
    answered_dialogs.set_next_answers(True)
    page.toggle_active()
    wait_for(qtbot, lambda: page.all_rows and not page.all_rows[0].active)
    assert page.model.rowCount() == 0
    page.show_inactive.setChecked(True)
    assert page.model.rowCount() == 1
    assert "staff.deactivate" in audit_actions(qtbot, app)


def test_import_staff_roster_from_the_page(qtbot, make_app, office_ready, tmp_path):
    path = tmp_path / "教师.csv"
    path.write_text("\ufeff工号,姓名,职务\nT01,陈老师,专职心理教师\n", encoding="utf-8")
    app = make_app()
    main = log_in(qtbot, app)
    main.go_to("staff")
    page = main.pages["staff"]
    page.import_roster(str(path))
    dialog = page.importer
    wait_for(qtbot, lambda: dialog.preview is not None and dialog.import_button.isEnabled())
    dialog.import_button.click()
    wait_for(qtbot, lambda: len(page.all_rows) == 1)
    assert page.all_rows[0].roles == ("counselor_full",)



def _shown_roles(dialog) -> list[str]:
    return [code for code, box in dialog.roles.items() if not box.isHidden()]


def _group_titles(dialog) -> list[str]:
    from counselor_app.ui.qt import QGroupBox

    return [b.title() for b in dialog.findChildren(QGroupBox)]


def test_a_middle_school_is_offered_its_own_roles_and_keeps_others_held(qtbot, make_app, office_ready):
    from counselor_app.services import staff as staff_service
    from counselor_app.ui.qt import Qt

    app = make_app()
    main = log_in(qtbot, app)
    app.worker.run(lambda s: staff_service.save_staff(s, staff_service.StaffEdit(
        "周辅", "", "", "13800000002", ("instructor",), (), ())))   # e.g. imported before the type was corrected
    main.go_to("staff")
    page = main.pages["staff"]
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.editor
    wait_for(qtbot, lambda: dialog.ok_button.isEnabled())
    assert _shown_roles(dialog) == ["counselor_full", "counselor_part", "head_teacher", "grade_leader",
                                    "school_leader"]   # no 院系负责人, no 辅导员 at a 初中
    assert {"所带班级（班主任）", "负责的年级（年级组长）"} <= set(_group_titles(dialog))
    dialog.reject()
    wait_for(qtbot, lambda: page.model.rowCount() == 1)
    rect = page.table.visualRect(page.model.index(0, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    held = page.editor
    assert held is not dialog
    wait_for(qtbot, lambda: held.detail is not None)
    assert "instructor" in _shown_roles(held) and held.roles["instructor"].isChecked()   # kept visible, not dropped
    assert "department_head" not in _shown_roles(held)
    assert held.edit().roles == ("instructor",)


def test_a_university_is_offered_departments_and_instructors(qtbot, make_app, new_office):
    from counselor_app.domain.school import SchoolProfile, SchoolType
    from counselor_app.services.office import update_school_profile
    from counselor_app.ui.qt import Qt

    update_school_profile(new_office.session, SchoolProfile("示范大学", SchoolType.UNIVERSITY, "", "示范大学"))
    new_office.session.close()
    app = make_app()
    main = log_in(qtbot, app)
    main.go_to("staff")
    page = main.pages["staff"]
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.editor
    wait_for(qtbot, lambda: dialog.ok_button.isEnabled())
    assert _shown_roles(dialog) == ["counselor_full", "counselor_part", "department_head", "instructor",
                                    "school_leader"]
    assert {"所带班级（辅导员）", "负责的院系（院系负责人）"} <= set(_group_titles(dialog))
