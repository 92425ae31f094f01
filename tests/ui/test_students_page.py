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
