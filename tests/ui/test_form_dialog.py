"""The form dialog kit (ui/form_dialog.py), driven through real dialogs: OK with a value the form cannot take, the
service's own refusals, an unexpected error, a load that fails, Esc and close while a save runs, a lock meanwhile."""
import threading

from ui_helpers import audit_actions, log_in, wait_for


def _one_class(session):
    from counselor_app.services import structure

    structure.add_class(session, "七年级", "1班")


def _new_student_dialog(qtbot, make_app):
    from counselor_app.ui.qt import Qt

    app = make_app()
    main = log_in(qtbot, app)
    app.worker.run(_one_class)
    main.go_to("students")
    page = main.pages["students"]
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.editor
    wait_for(qtbot, lambda: dialog.ok_button.isEnabled() and dialog.klass.count() == 2)
    return app, page, dialog


def _hold_the_worker(app) -> threading.Event:
    """A call that keeps the worker busy until the test lets go: what runs after it waits (no sleep in the test)."""
    gate = threading.Event()
    app.worker.run(lambda _s: gate.wait(20))
    return gate


def test_ok_with_a_date_the_form_cannot_read_says_so_and_saves_nothing(qtbot, make_app, office_ready):
    from counselor_app.ui.qt import Qt

    app, page, dialog = _new_student_dialog(qtbot, make_app)
    qtbot.keyClicks(dialog.number, "2026070101")
    dialog.name.setText("林小北")
    qtbot.keyClicks(dialog.birth, "2013-13-45")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "无法识别出生日期，请按 2013-05-12 的格式填写。"
    assert dialog.isVisible() and dialog.ok_button.isEnabled() and dialog.focusWidget() is dialog.birth
    assert "student.add" not in audit_actions(qtbot, app)
    dialog.birth.clear()
    qtbot.keyClicks(dialog.birth, "2013-05-12")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: not dialog.isVisible())
    assert dialog.error.text() == "" and dialog.saved_id is not None
    wait_for(qtbot, lambda: [r.student_no for r in page.all_rows] == ["2026070101"])


def test_the_services_refusal_goes_to_the_error_line_and_the_form_stays_usable(qtbot, make_app, office_ready):
    from counselor_app.ui.qt import Qt

    app, page, dialog = _new_student_dialog(qtbot, make_app)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)   # no number, no name
    wait_for(qtbot, lambda: dialog.error.text() != "")
    assert "学号" in dialog.error.text()
    assert dialog.buttons.isEnabled() and dialog.fields.isEnabled() and dialog.isVisible()


def test_an_unexpected_error_is_apologized_for_and_the_form_kept(qtbot, make_app, office_ready, answered_dialogs,
                                                                 monkeypatch):
    from counselor_app.services import students as student_service
    from counselor_app.ui.qt import Qt

    app, page, dialog = _new_student_dialog(qtbot, make_app)

    def broken(session, edit, student_id=None):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(student_service, "save_student", broken)
    qtbot.keyClicks(dialog.number, "2026070102")
    dialog.name.setText("林小南")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: any(s.kind == "error" for s in answered_dialogs.shown))
    shown = [s for s in answered_dialogs.shown if s.kind == "error"][-1]
    assert shown.title == "意外错误" and "RuntimeError" in shown.text and "disk on fire" not in shown.text
    assert dialog.error.text() == "" and dialog.isVisible() and dialog.ok_button.isEnabled()
    assert dialog.name.text() == "林小南"   # nothing typed is lost


def test_a_load_that_fails_keeps_ok_disabled_and_cancel_works(qtbot, make_app, office_ready, monkeypatch):
    from counselor_app.domain.errors import PermissionDenied
    from counselor_app.services import students as student_service
    from counselor_app.ui.qt import Qt

    def refused(session):
        raise PermissionDenied(permission="查看学生名册")

    monkeypatch.setattr(student_service, "class_choices", refused)
    app = make_app()
    main = log_in(qtbot, app)
    main.go_to("students")
    page = main.pages["students"]
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.editor
    assert not dialog.ok_button.isEnabled()
    wait_for(qtbot, lambda: dialog.error.text() != "")
    assert "查看学生名册" in dialog.error.text() and not dialog.ok_button.isEnabled()
    cancel = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_esc_and_close_wait_while_the_save_runs(qtbot, make_app, office_ready):
    from counselor_app.ui.qt import Qt

    app, page, dialog = _new_student_dialog(qtbot, make_app)
    qtbot.keyClicks(dialog.number, "2026070103")
    dialog.name.setText("林小西")
    gate = _hold_the_worker(app)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.busy and not dialog.buttons.isEnabled() and not dialog.fields.isEnabled()
    assert dialog.cursor().shape() == Qt.CursorShape.WaitCursor
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    dialog.close()   # the window's close button
    assert dialog.isVisible() and dialog.busy
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)   # disabled: no second save
    gate.set()
    wait_for(qtbot, lambda: not dialog.isVisible())
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.cursor().shape() == Qt.CursorShape.ArrowCursor
    wait_for(qtbot, lambda: [r.student_no for r in page.all_rows] == ["2026070103"])
    assert audit_actions(qtbot, app).count("student.add") == 1


def test_a_failed_save_gives_the_form_back_with_its_focus(qtbot, make_app, office_ready):
    from counselor_app.ui.qt import Qt

    app, page, dialog = _new_student_dialog(qtbot, make_app)
    dialog.name.setText("林小东")
    dialog.number.setFocus()
    gate = _hold_the_worker(app)
    qtbot.keyClick(dialog.number, Qt.Key.Key_Return)   # Enter in a field presses OK
    assert dialog.busy
    gate.set()
    wait_for(qtbot, lambda: dialog.error.text() != "")
    assert not dialog.busy and dialog.fields.isEnabled() and dialog.focusWidget() is dialog.number


def test_a_lock_during_a_save_closes_the_form_for_good(qtbot, make_app, office_ready):
    from counselor_app.ui.qt import Qt, is_alive
    from testdata import HEAD_PASSWORD

    app, page, dialog = _new_student_dialog(qtbot, make_app)
    qtbot.keyClicks(dialog.number, "2026070104")
    dialog.name.setText("林小中")
    gate = _hold_the_worker(app)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    app.lock()
    gate.set()
    wait_for(qtbot, lambda: not is_alive(dialog))   # its answer is dropped with the session: not shown again
    app.lock_screen.password.setText(HEAD_PASSWORD)
    app.lock_screen.unlock.click()
    wait_for(qtbot, lambda: not app.locked)
    wait_for(qtbot, lambda: [r.student_no for r in page.all_rows] == ["2026070104"])   # saved, and shown
