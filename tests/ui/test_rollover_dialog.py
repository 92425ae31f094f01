"""The year rollover dialog: the preview through the worker, graduation choices, apply with a summary."""
from datetime import date

from counselor_app.ui.qt import Qt
from ui_helpers import audit_actions, log_in, wait_for

from counselor_app.domain.school import SchoolType


def make_demo(data_dir, school_type=SchoolType.COMPLETE_MIDDLE, students=300):
    from counselor_app.services.demo import create_demo_office

    demo = create_demo_office(data_dir, students=students, seed=6, school_type=school_type, today=date.today())
    demo.office.session.close()
    return demo


def open_dialog(qtbot, app, main):
    from counselor_app.ui.rollover_dialog import RolloverDialog

    dlg = RolloverDialog(main, app)
    qtbot.addWidget(dlg)
    dlg.show()
    wait_for(qtbot, lambda: dlg.plan is not None and dlg.model.rowCount() > 0)
    return dlg


def column(dlg, col):
    return [dlg.model.item(r, col).text() for r in range(dlg.model.rowCount())]


def test_preview_apply_and_summary(qtbot, make_app, data_dir, answered_dialogs):
    demo = make_demo(data_dir)
    app = make_app()
    main = log_in(qtbot, app, "demo", demo.password)
    dlg = open_dialog(qtbot, app, main)
    assert "学年升级" in dlg.heading.text() and dlg.plan.year in dlg.heading.text()
    assert "prerollover" in dlg.undo_note.text() and "恢复" in dlg.undo_note.text()
    after = dict(zip(column(dlg, 2), column(dlg, 3)))
    assert after["七年级(1)班"] == "八年级(1)班" and after["九年级(1)班"] == "高一(1)班"
    for col in (1, 2):   # grade and class as wide as their names, not cut to "…"
        assert dlg.table.horizontalHeader().sectionSize(col) >= dlg.table.sizeHintForColumn(col)
    assert after["高三(1)班"].startswith("毕业")
    top = dlg.model.item(column(dlg, 2).index("高三(1)班"), 0)
    assert top.checkState().name == "Checked" and not top.isEnabled()
    # 初中毕业: tick a 九年级 class, the plan is made again
    nine = dlg.model.item(column(dlg, 2).index("九年级(1)班"), 0)
    graduating = len(dlg.plan.graduating)
    nine.setCheckState(nine.checkState().__class__.Checked)
    wait_for(qtbot, lambda: len(dlg.plan.graduating) == graduating + 1)
    assert dict(zip(column(dlg, 2), column(dlg, 3)))["九年级(1)班"].startswith("毕业")
    assert dlg.apply_button.isEnabled()
    answered_dialogs.set_next_answers(True)
    dlg.apply_button.click()
    wait_for(qtbot, lambda: dlg.result is not None, timeout=30000)
    assert dlg.result.graduated_classes == graduating + 1
    assert "完成" in dlg.summary.text() and dlg.result.backup.name in dlg.summary.text()
    assert not dlg.apply_button.isVisible() and dlg.close_button.text() == "关闭"
    assert dlg.result.backup.is_dir()
    actions = audit_actions(qtbot, app)
    assert actions.count("register.rollover") == 1 and "backup" in actions


def test_declined_question_changes_nothing(qtbot, make_app, data_dir, answered_dialogs):
    demo = make_demo(data_dir, students=120)
    app = make_app()
    main = log_in(qtbot, app, "demo", demo.password)
    dlg = open_dialog(qtbot, app, main)
    answered_dialogs.set_next_answers(False)
    dlg.apply_button.click()
    assert dlg.result is None and dlg._progress is None
    assert "register.rollover" not in audit_actions(qtbot, app)


def test_university_choices(qtbot, make_app, data_dir, answered_dialogs):
    demo = make_demo(data_dir, SchoolType.UNIVERSITY, students=300)
    app = make_app()
    main = log_in(qtbot, app, "demo", demo.password)
    dlg = open_dialog(qtbot, app, main)
    assert dlg.model.horizontalHeaderItem(1).text() == "院系"
    assert dlg.years.isVisibleTo(dlg) and dlg.years.value() == 4
    ticked = [r for r in range(dlg.model.rowCount()) if dlg.model.item(r, 0).checkState().name == "Checked"]
    assert ticked and all(dlg.model.item(r, 0).isEnabled() for r in range(dlg.model.rowCount()))
    entry = f"{(dlg.plan.year_start.year - 4) % 100:02d}"
    assert all(entry in dlg.model.item(r, 2).text() for r in ticked)
    dlg.model.item(ticked[0], 0).setCheckState(dlg.model.item(ticked[0], 0).checkState().__class__.Unchecked)
    wait_for(qtbot, lambda: len(dlg.plan.graduating) == len(ticked) - 1)
    dlg.years.setValue(3)   # three years: the 2024 cohort graduates too, the default choice again
    wait_for(qtbot, lambda: dlg.plan.program_years == 3)
    assert len(dlg.plan.graduating) > len(ticked)


def test_assistant_sees_the_plan_but_cannot_apply(qtbot, make_app, data_dir):
    demo = make_demo(data_dir, students=120)
    app = make_app()
    main = log_in(qtbot, app, "assistant", demo.password)
    dlg = open_dialog(qtbot, app, main)
    assert not dlg.apply_button.isEnabled()
    assert "办公室主任" in dlg.error.text()


def test_clash_is_shown_and_blocks(qtbot, make_app, data_dir):
    from counselor_app.services.office import login
    from counselor_app.store import register

    demo = make_demo(data_dir, students=120)
    with login(data_dir, "demo", demo.password) as session:
        conn = session.conn
        conn.execute("UPDATE school_class SET name = '实验班' WHERE name = '八年级(1)班'")
        grade = conn.execute("SELECT id FROM grade WHERE name = '九年级'").fetchone()[0]
        conn.execute("UPDATE school_class SET archived = 1 WHERE id = ?",
                     (register.insert_class(conn, grade, "实验班", None, 0),))
    app = make_app()
    main = log_in(qtbot, app, "demo", demo.password)
    dlg = open_dialog(qtbot, app, main)
    assert not dlg.plan.ok and not dlg.apply_button.isEnabled()
    assert dlg.notes.isVisibleTo(dlg) and "同名班级" in dlg.notes.toPlainText()
    row = column(dlg, 2).index("实验班")
    assert dlg.model.item(row, 2).foreground().color().name() == "#b3261e"


def test_graduates_show_their_archived_name_and_an_early_rollover_is_warned_about(qtbot, make_app, data_dir,
                                                                                  answered_dialogs, monkeypatch):
    from counselor_app.services import rollover

    demo = make_demo(data_dir, students=120)
    preview = rollover.preview_rollover
    early = date(date.today().year - (0 if date.today().month >= 9 else 1), 11, 28)   # mid-semester of this year
    monkeypatch.setattr(rollover, "preview_rollover", lambda s, **kw: preview(s, today=early, **kw))
    app = make_app()
    main = log_in(qtbot, app, "demo", demo.password)
    dlg = open_dialog(qtbot, app, main)
    after = dict(zip(column(dlg, 2), column(dlg, 3)))
    assert after["高三(1)班"] == f"毕业，归档为 {dlg.plan.graduation_grade}高三(1)班"
    notes = dlg.notes.toPlainText()
    assert dlg.notes.isVisibleTo(dlg) and notes.startswith("警告：今天是") and "暑假" in notes
    assert "勾选" in notes   # the dialog's own words for choosing classes (the command line says --graduate)
    assert dlg.plan.ok and dlg.apply_button.isEnabled()   # a warning, not a refusal
    asked = []
    monkeypatch.setattr(answered_dialogs, "ask_yes_no", lambda parent, title, text, **kw: asked.append(text) or False)
    dlg.apply_button.click()   # the question repeats the warning; declined, nothing happens
    assert len(asked) == 1 and "今天是" in asked[0] and dlg.result is None


def test_escape_during_apply_cancels_and_keeps_the_dialog(qtbot, make_app, data_dir, answered_dialogs):
    demo = make_demo(data_dir)
    app = make_app()
    main = log_in(qtbot, app, "demo", demo.password)
    dlg = open_dialog(qtbot, app, main)
    dlg.show()
    answered_dialogs.set_next_answers(True)
    dlg.apply_button.click()
    qtbot.keyClick(dlg, Qt.Key.Key_Escape)   # Esc while the backup and the rollover run
    assert dlg.isVisible()
    wait_for(qtbot, lambda: dlg._progress is None)
    assert dlg.result is None and "register.rollover" not in audit_actions(qtbot, app)


def test_only_the_newest_preview_counts(qtbot, make_app, data_dir):
    demo = make_demo(data_dir)
    app = make_app()
    main = log_in(qtbot, app, "demo", demo.password)
    dlg = open_dialog(qtbot, app, main)
    shown = []
    original = dlg._loaded
    dlg._loaded = lambda plan: (shown.append(plan), original(plan))
    dlg.load()
    dlg.load()
    assert not dlg.apply_button.isEnabled()
    wait_for(qtbot, lambda: bool(shown) and not dlg._loading)
    qtbot.wait(200)
    assert len(shown) == 1 and dlg.apply_button.isEnabled()


def test_a_register_changed_after_the_preview_is_refused_and_planned_again(qtbot, make_app, data_dir,
                                                                          answered_dialogs):
    from counselor_app.store import register

    demo = make_demo(data_dir, students=120)
    app = make_app()
    main = log_in(qtbot, app, "demo", demo.password)
    dlg = open_dialog(qtbot, app, main)
    before = dlg.plan
    done = []
    app.worker.run(lambda s: register.insert_class(s.conn, s.conn.execute(
        "SELECT id FROM grade WHERE name = '七年级'").fetchone()[0], "七年级(20)班", None, 99), done.append)
    wait_for(qtbot, lambda: bool(done))   # a colleague adds a class after the preview
    answered_dialogs.set_next_answers(True)
    dlg.apply_button.click()
    wait_for(qtbot, lambda: "名册有了变化" in dlg.error.text() and dlg.plan is not before and not dlg._loading,
             timeout=30000)
    assert dlg.result is None and "七年级(20)班" in column(dlg, 2)   # the new plan shows it, the error stays
    assert dlg.apply_button.isVisible() and dlg.apply_button.isEnabled()
    assert "register.rollover" not in audit_actions(qtbot, app)
