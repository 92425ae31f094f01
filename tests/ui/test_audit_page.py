"""The audit page names the students its rows are about, says what the counts mean, and shows one student's trail
("who looked at this child's file") with its access report — driven through the real buttons and keys."""
from pathlib import Path
import pytest
from ui_helpers import audit_actions, log_in, wait_for

from counselor_app.ui.qt import QDate, Qt


@pytest.fixture
def office_with_students(new_office):
    from counselor_app.services import students
    from counselor_app.store import audit, register
    from counselor_app.store.database import transaction

    s = new_office.session
    with transaction(s.conn):
        grade = register.insert_grade(s.conn, "七年级", "grade", 7, None, 0)
        klass = register.insert_class(s.conn, grade, "七年级(2)班", None, 0)
    a = students.save_student(s, students.StudentEdit("2026070107", "林小雨", class_id=klass))
    b = students.save_student(s, students.StudentEdit("2026070108", "周明", class_id=klass))
    students.get_student(s, a)
    students.get_student(s, b)
    with transaction(s.conn):   # rows as the office's trail already holds them
        audit.append(s.conn, user_id=s.user.id, action="import.students", target_type="student", detail="6/0/0/2")
        audit.append(s.conn, user_id=s.user.id, action="export.students", target_type="student", detail="607")
        audit.append(s.conn, user_id=s.user.id, action="view.student", target_type="student", target_id=999)
    s.close()
    return a, b


def _open_audit(qtbot, make_app):
    app = make_app()
    main = log_in(qtbot, app)
    main.go_to("audit")
    page = main.pages["audit"]
    wait_for(qtbot, lambda: page.model.rowCount() >= 8)
    return app, page


def _cell(page, action, column, target_id=None):
    for i, r in enumerate(page.model.rows):
        if r.action == action and (target_id is None or r.target_id == str(target_id)):
            return page.model.index(i, column).data()
    raise AssertionError(action)


def test_rows_name_the_student_and_say_what_the_counts_mean(qtbot, make_app, office_with_students):
    a, _b = office_with_students
    _app, page = _open_audit(qtbot, make_app)
    assert _cell(page, "view.student", 4, a) == "学生 林小雨（2026070107）"
    assert _cell(page, "view.student", 4, 999) == "学生 #999（名册中无此学生）"
    assert _cell(page, "import.students", 6) == "新增 6，更新 0，未变 0，拒绝 2"
    assert _cell(page, "export.students", 6) == "导出 607 人"
    assert _cell(page, "user.add", 6) == "办公室负责人"
    assert not page.report.isEnabled() and page.student_label.text() == "全部学生"


def test_head_picks_a_student_sees_their_trail_and_prints_the_access_report(qtbot, make_app, office_with_students,
                                                                            answered_dialogs):
    a, b = office_with_students
    app, page = _open_audit(qtbot, make_app)
    qtbot.mouseClick(page.pick_student, Qt.MouseButton.LeftButton)
    picker = page.picker
    wait_for(qtbot, lambda: picker.model.rowCount() == 2)
    assert not picker.ok.isEnabled()
    qtbot.keyClicks(picker.search, "2026070107")
    wait_for(qtbot, lambda: picker.model.rowCount() == 1)
    qtbot.mouseClick(picker.ok, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: page.model.rowCount() > 0 and {r.target_id for r in page.model.rows} == {str(a)})
    assert page.student_label.text() == "林小雨（2026070107，七年级(2)班）"
    assert [r.action for r in page.model.rows] == ["view.student", "student.add"]
    assert page.report.isEnabled()

    qtbot.mouseClick(page.report, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: getattr(page, "preview", None) is not None, 20000)
    assert page.preview.page_count() >= 1
    assert page.preview.pdf.startswith(b"%PDF")
    actions = audit_actions(qtbot, app)
    assert "export.access_report" in actions and "preview.access_report" in actions
    # the head's own look is in the child's trail now
    qtbot.mouseClick(page.search, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: "export.access_report" in [r.action for r in page.model.rows])
    assert _cell(page, "export.access_report", 3, a) == "生成访问记录报告"
    assert "view.audit" in [r.action for r in page.model.rows]
    # so are the report's preview and its save as a file: they name the student too
    import tempfile

    saved = Path(tempfile.mkdtemp()) / "report.pdf"
    answered_dialogs.set_next_answers(str(saved))
    qtbot.mouseClick(page.preview.save_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: saved.exists())
    qtbot.mouseClick(page.search, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: "save.access_report" in [r.action for r in page.model.rows])
    assert "preview.access_report" in [r.action for r in page.model.rows]
    page.preview.close()

    qtbot.mouseClick(page.all_students, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: str(b) in {r.target_id for r in page.model.rows})
    assert page.student_label.text() == "全部学生" and not page.report.isEnabled()


def test_pinyin_and_enter_choose_too_and_cancel_changes_nothing(qtbot, make_app, office_with_students):
    a, _b = office_with_students
    _app, page = _open_audit(qtbot, make_app)
    qtbot.mouseClick(page.pick_student, Qt.MouseButton.LeftButton)
    picker = page.picker
    wait_for(qtbot, lambda: picker.model.rowCount() == 2)
    qtbot.keyClicks(picker.search, "nobody")
    wait_for(qtbot, lambda: picker.model.rowCount() == 0)
    assert picker.hint.text() == "找到 0 名学生。" and not picker.ok.isEnabled()
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)   # nothing to choose: the picker stays
    assert picker.isVisible()
    qtbot.keyClick(picker, Qt.Key.Key_Escape)
    wait_for(qtbot, lambda: not picker.isVisible())
    assert page.student is None and page.student_label.text() == "全部学生"

    qtbot.mouseClick(page.pick_student, Qt.MouseButton.LeftButton)
    picker = page.picker
    wait_for(qtbot, lambda: picker.model.rowCount() == 2)
    qtbot.keyClicks(picker.search, "lxy")   # 林小雨's initials
    wait_for(qtbot, lambda: picker.model.rowCount() == 1)
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    wait_for(qtbot, lambda: page.student is not None and page.student.id == a)


def test_a_reversed_period_is_refused_before_anything_is_made(qtbot, make_app, office_with_students,
                                                              answered_dialogs):
    a, _b = office_with_students
    app, page = _open_audit(qtbot, make_app)
    qtbot.mouseClick(page.pick_student, Qt.MouseButton.LeftButton)
    picker = page.picker
    wait_for(qtbot, lambda: picker.model.rowCount() == 2)
    qtbot.keyClicks(picker.search, "2026070107")
    wait_for(qtbot, lambda: picker.model.rowCount() == 1)
    qtbot.mouseClick(picker.ok, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: page.student is not None)
    page.since.setDate(QDate.currentDate().addDays(1))
    page.until.setDate(QDate.currentDate())
    qtbot.mouseClick(page.report, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: any("时段的结束日期早于开始日期" in s.text for s in answered_dialogs.shown))
    assert getattr(page, "preview", None) is None
    assert "export.access_report" not in audit_actions(qtbot, app)
