"""The head's pages: users, audit trail, backup, settings, language."""
from pathlib import Path

from ui_helpers import audit_actions, log_in, wait_for


def test_add_user_through_the_dialog(qtbot, make_app, office_ready):
    from counselor_app.ui.pages.users_page import UserDialog

    app = make_app()
    main = log_in(qtbot, app)
    main.go_to("users")
    page = main.pages["users"]
    dialog = UserDialog(page)
    dialog.login.setText("li.na")
    dialog.name.setText("李娜")
    dialog.password.setText("Another-Pass-77")
    dialog.repeat.setText("Another-Pass-77")
    dialog.submit()
    wait_for(qtbot, lambda: page.model.rowCount() == 2)  # the page refreshed itself on the "users" change
    assert page.model.rows[1].login == "li.na"
    bad = UserDialog(page)
    bad.login.setText("li.na")
    bad.name.setText("李四")
    bad.password.setText("Another-Pass-77")
    bad.repeat.setText("Another-Pass-77")
    bad.submit()
    wait_for(qtbot, lambda: bad.error.text() != "")
    assert bad.error.text() == "此登录名已被其他账号使用。"


def test_audit_page_filters_and_verifies(qtbot, make_app, office_ready, answered_dialogs):
    app = make_app()
    main = log_in(qtbot, app)
    main.go_to("audit")
    page = main.pages["audit"]
    wait_for(qtbot, lambda: page.model.rowCount() >= 3)
    page.action.setCurrentIndex(page.action.findData("user.add"))
    assert page.action.currentText() == "添加用户"
    page.search.click()
    wait_for(qtbot, lambda: page.model.rowCount() == 1)
    assert page.model.rows[0].action == "user.add"
    assert page.model.index(0, 3).data() == "添加用户"
    assert page.model.index(0, 4).data() == "用户 王主任"
    page.verify.click()
    wait_for(qtbot, lambda: any("审计日志完整" in s.text for s in answered_dialogs.shown))


def test_back_up_now_with_progress(qtbot, make_app, office_ready, data_dir, answered_dialogs):
    app = make_app()
    main = log_in(qtbot, app)
    main.backup_action.trigger()  # Ctrl+B
    wait_for(qtbot, lambda: any("备份已写入" in s.text for s in answered_dialogs.shown))
    page = main.pages["backup"]
    wait_for(qtbot, lambda: page.model.rowCount() == 1)
    assert "backup" in audit_actions(qtbot, app)


def test_restore_from_the_page(qtbot, make_app, office_ready, data_dir, answered_dialogs):
    app = make_app()
    main = log_in(qtbot, app)
    page = main.pages["backup"]
    main.go_to("backup")
    page.back_up_now()
    wait_for(qtbot, lambda: page.model.rowCount() == 1)
    page.table.selectRow(0)
    answered_dialogs.set_next_answers(True, "Quiet-Harbor-2026")  # confirm, then the password
    page.restore()
    wait_for(qtbot, lambda: any("已恢复备份" in s.text for s in answered_dialogs.shown), 15000)
    assert any(p.name.startswith("replaced-") for p in Path(data_dir).iterdir())
    assert "restore" in audit_actions(qtbot, app)


def test_settings_idle_time_and_thresholds(qtbot, make_app, office_ready):
    app = make_app()
    main = log_in(qtbot, app)
    main.go_to("settings")
    page = main.pages["settings"]
    wait_for(qtbot, lambda: page.idle.value() == 5)
    page.idle.setValue(2)
    page.save_idle()
    wait_for(qtbot, lambda: app.office_settings.idle_lock_minutes == 2)
    assert app.idle._ms == 120_000
    assert "文泉" in page.font_label.text() or "wqy" in page.font_label.text() or "ttf" in page.font_label.text()


def test_policy_thresholds_wait_for_the_part_that_uses_them(qtbot, make_app, office_ready, monkeypatch):
    """No part reads a threshold yet: none is offered for change; each says which part will use it."""
    from counselor_app.domain import policy
    from counselor_app.ui.qt import QLabel

    monkeypatch.setattr(policy, "FEATURES_IN_USE", frozenset())   # as before the compliance records existed
    app = make_app()
    main = log_in(qtbot, app)
    main.go_to("settings")
    page = main.pages["settings"]
    wait_for(qtbot, lambda: page.idle.value() == 5)
    assert page.threshold_edits == {}
    assert page.findChild(QLabel, "noThresholdsInUse") is not None
    assert "review_days_red" not in page.coming_values   # the watch list's risk levels carry the review intervals
    assert page.coming_values["review_meetings_per_month"].text() == "1 · 用于月度研判会（即将推出）"
    assert "university_venue_m2" not in page.coming_values   # a middle school sees no university rules


def test_thresholds_of_a_part_in_use_can_be_changed(qtbot, make_app, office_ready, monkeypatch):
    from counselor_app.domain import policy
    from counselor_app.ui.qt import QPushButton, Qt

    monkeypatch.setattr(policy, "FEATURES_IN_USE", frozenset({policy.COMPLIANCE}))   # as if that part existed
    app = make_app()
    main = log_in(qtbot, app)
    main.go_to("settings")
    page = main.pages["settings"]
    wait_for(qtbot, lambda: page.idle.value() == 5)
    assert "family_activities_per_semester" in page.threshold_edits and "screening_per_year" not in page.threshold_edits
    assert "screening_per_year" in page.coming_values
    page.threshold_edits["family_activities_per_semester"].setValue(2)
    save = next(b for b in page.findChildren(QPushButton) if b.text() == "保存指标")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: app.office_settings.thresholds["family_activities_per_semester"] == 2)


def test_switch_language_to_english_and_back(qtbot, make_app, office_ready):
    app = make_app()
    main = log_in(qtbot, app)
    main.go_to("settings")
    page = main.pages["settings"]
    page.language.setCurrentIndex(page.language.findData("en"))
    app.set_language("en")
    new = app.main_window
    assert new is not main and new.isVisible()
    assert [new.nav.item(i).text() for i in range(new.nav.count())] == [
        "Start", "Student work", "Watch list", "Screening", "Crisis incidents", "Compliance", "Compliance records",
        "Meetings and referrals", "Review meetings", "Referrals", "Leave and return",
        "Appointments and duty", "Appointments", "Duty roster",
        "Register and calendar", "Students", "Classes", "Staff",
        "School calendar", "Office", "Users", "Audit trail", "Backup and restore", "Settings"]
    assert new.current_page_key() == "settings"
    assert "Office head" in new.user_label.text()
    assert app.ui_settings.value("language") == "en"
    app.set_language("zh_CN")
    assert app.main_window.nav.item(0).text() == "工作台"


def test_change_own_password(qtbot, make_app, office_ready, answered_dialogs, data_dir):
    app = make_app()
    main = log_in(qtbot, app)
    page = main.pages["settings"]
    page.old_pw.setText("Quiet-Harbor-2026")
    page.new_pw.setText("Second-Harbor-2026")
    page.repeat_pw.setText("Second-Harbor-2026")
    page.change_password()
    wait_for(qtbot, lambda: any("密码已修改" in s.text for s in answered_dialogs.shown))


def test_school_profile_can_be_corrected_and_policy_rows_fit_the_school(qtbot, make_app, office_ready):
    app = make_app()
    main = log_in(qtbot, app)
    page = main.pages["settings"]
    # a middle school sees no university rules
    assert "university_venue_m2" not in page.threshold_edits and "k12_lessons_per_two_weeks" in page.threshold_edits
    page.school_name.setText("示范市第二中学")
    page.save_school()
    wait_for(qtbot, lambda: app.school.name == "示范市第二中学")
    assert "示范市第二中学" in main.windowTitle()
    assert "office.profile" in audit_actions(qtbot, app)


def test_link_an_account_to_a_staff_member(qtbot, make_app, office_ready):
    from counselor_app.services import staff as staff_service

    app = make_app()
    main = log_in(qtbot, app)
    app.worker.run(lambda s: staff_service.save_staff(s, staff_service.StaffEdit("王主任", "T01",
                                                                                 roles=("counselor_full",))))
    main.go_to("users")
    page = main.pages["users"]
    wait_for(qtbot, lambda: page.model.rowCount() == 1 and bool(page.staff))
    page.table.selectRow(0)
    page.link_staff()
    dialog = page.link_dialog
    assert dialog.choice.count() == 2 and dialog.choice.itemText(1) == "王主任 (T01)"
    dialog.choice.setCurrentIndex(1)
    dialog.submit()
    wait_for(qtbot, lambda: bool(page.model.rows) and page.model.rows[0].staff_id is not None)
    assert page.model.data(page.model.index(0, 3)) == "王主任"
    assert "user.link_staff" in audit_actions(qtbot, app)
