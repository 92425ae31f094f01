"""The classes page: the warning network at a glance, a class added by hand, rename, archive, rollover entry."""
from ui_helpers import audit_actions, log_in, wait_for


def test_add_rename_archive_and_missing_filter(qtbot, make_app, office_ready, answered_dialogs):
    from counselor_app.ui.pages.classes_page import ClassDialog

    app = make_app()
    main = log_in(qtbot, app)
    main.go_to("classes")
    page = main.pages["classes"]
    page.add_class()
    dialog = page.editor
    dialog.grade.setCurrentText("初一")
    dialog.name.setText("3班")
    dialog.submit()
    wait_for(qtbot, lambda: len(page.all_rows) == 1)
    assert page.all_rows[0].class_name == "七年级(3)班"   # stored the way the roster import writes it
    again = ClassDialog(page, None)
    again.grade.setCurrentText("七年级")
    again.name.setText("七年级（3）班")
    again.submit()
    wait_for(qtbot, lambda: again.error.text() != "")
    assert "已存在" in again.error.text()
    page.missing.setChecked(True)
    assert page.model.rowCount() == 1   # no head teacher, no monitor yet
    page.table.selectRow(0)
    page.rename_class()
    page.editor.name.setText("4班")
    page.editor.submit()
    wait_for(qtbot, lambda: page.all_rows and page.all_rows[0].class_name == "七年级(4)班")
    page.table.selectRow(0)
    answered_dialogs.set_next_answers(True)
    page.toggle_archived()
    wait_for(qtbot, lambda: page.all_rows and page.all_rows[0].archived)
    assert page.model.rowCount() == 0
    page.show_archived.setChecked(True)
    assert page.model.rowCount() == 1 and "已归档" in page.model.data(page.model.index(0, 1))
    assert "class.archive" in audit_actions(qtbot, app)
    page.rollover()
    assert page.rollover_dialog.isVisible()
