"""The list page kit (ui/list_page.py), driven through the real pages: search as you type, filters, count, loading
line, header sort, double-click and Enter, selection kept, buttons by permission, refresh on changes, empty on lock."""
import re
from datetime import date
from pathlib import Path

import pytest

from testdata import HEAD_PASSWORD
from ui_helpers import log_in, wait_for

UI = Path(__file__).resolve().parents[2] / "counselor_app" / "ui"


def _demo(data_dir, students=120):
    from counselor_app.services.demo import create_demo_office

    demo = create_demo_office(data_dir, students=students, seed=7, today=date(2026, 11, 1))
    demo.office.session.close()
    return demo


def _students(qtbot, make_app, data_dir, students=120):
    demo = _demo(data_dir, students)
    app = make_app()
    main = log_in(qtbot, app, "demo", demo.password)
    main.go_to("students")
    page = main.pages["students"]
    wait_for(qtbot, lambda: page.loaded)
    return app, main, page


def _click_row(qtbot, table, row: int, double: bool = False):
    from counselor_app.ui.qt import Qt

    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    if double:
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_typing_filters_once_the_typing_pauses_and_the_count_says_how_many(qtbot, make_app, data_dir):
    app, main, page = _students(qtbot, make_app, data_dir)
    enrolled = page.model.rowCount()
    assert page.count.text() == f"显示 {enrolled} 人，共 {len(page.all_rows)} 人"
    target = next(r for r in page.all_rows if r.status == "enrolled")
    page.search.setFocus()
    qtbot.keyClicks(page.search, target.student_no)
    assert page.model.rowCount() == enrolled   # not at every key: the filter waits for a pause
    wait_for(qtbot, lambda: page.model.rows == [target])
    assert page.count.text() == f"显示 1 人，共 {len(page.all_rows)} 人"
    page.search.clear()
    wait_for(qtbot, lambda: page.model.rowCount() == enrolled)


def test_choice_filters_narrow_and_the_class_list_follows_the_grade(qtbot, make_app, data_dir):
    app, main, page = _students(qtbot, make_app, data_dir)
    grade = page.grade.itemData(2)
    own = {r.class_name for r in page.all_rows if r.grade == grade}
    page.grade.setCurrentIndex(2)
    assert {page.klass.itemData(i) for i in range(1, page.klass.count())} == own   # only that grade's classes
    assert page.klass.itemText(0) == "全部班级"
    assert {r.grade for r in page.model.rows} == {grade}
    page.status.setCurrentIndex(page.status.findData(None))   # 全部状态
    assert len(page.model.rows) == sum(1 for r in page.all_rows if r.grade == grade)
    klass = page.klass.itemData(1)
    page.klass.setCurrentIndex(1)
    page.grade.setCurrentIndex(0)   # all grades again: the class chosen stays chosen
    assert page.klass.currentData() == klass and {r.class_name for r in page.model.rows} == {klass}


def test_a_loading_line_until_the_rows_arrive(qtbot, make_app, data_dir):
    demo = _demo(data_dir, 30)
    app = make_app()
    main = log_in(qtbot, app, "demo", demo.password)
    main.go_to("classes")
    page = main.pages["classes"]
    assert page.count.text() == "正在载入…" and page.model.rowCount() == 0
    wait_for(qtbot, lambda: page.loaded)
    assert page.count.text().endswith(f"在读学生 {sum(r.enrolled for r in page.model.rows)} 人")


def test_double_click_and_enter_open_the_row(qtbot, make_app, data_dir):
    from counselor_app.ui.qt import Qt

    app, main, page = _students(qtbot, make_app, data_dir, 30)
    _click_row(qtbot, page.table, 3, double=True)
    first = page.profile
    assert first.student_id == page.model.rows[3].id
    first.reject()
    _click_row(qtbot, page.table, 5)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.profile is not first and page.profile.student_id == page.model.rows[5].id
    page.profile.reject()
    main.go_to("staff")
    staff = main.pages["staff"]
    wait_for(qtbot, lambda: staff.model.rowCount() > 0)
    _click_row(qtbot, staff.table, 0)
    qtbot.keyClick(staff.table, Qt.Key.Key_Enter)   # the keypad's Enter too
    wait_for(qtbot, lambda: staff.editor is not None and staff.editor.detail is not None)
    assert staff.editor.detail.id == staff.model.rows[0].id and staff.editor.name.text() == staff.model.rows[0].name


def test_a_header_click_sorts_and_the_selection_survives_a_refresh(qtbot, make_app, office_ready):
    from counselor_app.services import structure
    from counselor_app.ui.qt import QPoint, Qt

    app = make_app()
    main = log_in(qtbot, app)
    for name in ("2班", "10班", "1班"):
        app.worker.run(lambda s, n=name: structure.add_class(s, "七年级", n))
    main.go_to("classes")
    page = main.pages["classes"]
    wait_for(qtbot, lambda: page.model.rowCount() == 3)
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(2) + header.sectionSize(2) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    assert header.sortIndicatorSection() == 2
    row = next(i for i, r in enumerate(page.model.rows) if r.class_name == "七年级(10)班")
    _click_row(qtbot, page.table, row)
    assert page.rename_button.isEnabled() and page.archive_button.text() == "归档"
    app.worker.run(lambda s: structure.add_class(s, "八年级", "1班"))   # changed elsewhere: the page reloads
    wait_for(qtbot, lambda: page.model.rowCount() == 4)
    assert page.selected() is not None and page.selected().class_name == "七年级(10)班"
    assert page.rename_button.isEnabled()


@pytest.mark.parametrize("key, change, seen", [
    ("students", lambda s, m: m.students.save_student(s, m.students.StudentEdit("20990001", "新同学")),
     lambda page: any(r.student_no == "20990001" for r in page.all_rows)),
    ("classes", lambda s, m: m.structure.add_class(s, "九年级", "9班"),
     lambda page: any(r.class_name == "九年级(9)班" for r in page.all_rows)),
    ("staff", lambda s, m: m.staff.save_staff(s, m.staff.StaffEdit("新老师", "T99", roles=("counselor_full",))),
     lambda page: any(r.staff_no == "T99" for r in page.all_rows)),
    ("users", lambda s, m: m.users.add_user(s, "xin", "新同事", m.Role.ASSISTANT, "Another-Pass-77"),
     lambda page: any(u.login == "xin" for u in page.all_rows)),
    ("users", lambda s, m: m.staff.link_account(s, s.user.id, m.staff.save_staff(s, m.staff.StaffEdit("王主任", "T01"))),
     lambda page: page.model.data(page.model.index(0, 3)) == "王主任"),
])
def test_pages_refresh_after_changes_made_elsewhere(qtbot, make_app, office_ready, key, change, seen):
    """No call site says what changed: the operations do, and each page refreshes for the areas it cares about."""
    from types import SimpleNamespace

    from counselor_app.domain.roles import Role
    from counselor_app.services import staff, structure, students, users

    app = make_app()
    main = log_in(qtbot, app)
    main.go_to(key)
    page = main.pages[key]
    wait_for(qtbot, lambda: page.loaded)
    assert not seen(page)
    modules = SimpleNamespace(staff=staff, structure=structure, students=students, users=users, Role=Role)
    app.worker.run(lambda s: change(s, modules))
    wait_for(qtbot, lambda: seen(page))


@pytest.mark.parametrize("key", ["students", "classes", "staff", "users"])
def test_a_lock_empties_the_page(qtbot, make_app, data_dir, key):
    demo = _demo(data_dir, 40)
    app = make_app()
    main = log_in(qtbot, app, "demo", demo.password)
    main.go_to(key)
    page = main.pages[key]
    wait_for(qtbot, lambda: page.model.rowCount() > 0)
    if page.search is not None:
        page.search.setText("a")
    app.lock()
    assert page.model.rowCount() == 0 and page.all_rows == [] and page.count.text() == ""
    assert page.search is None or page.search.text() == ""
    for combo in (getattr(page, "grade", None), getattr(page, "klass", None)):
        assert combo is None or combo.count() == 1   # no grade or class names left either
    qtbot.wait(page.debounce_ms + 50)
    assert page.count.text() == ""   # nothing refills it behind the lock screen


def _log_in_as(qtbot, make_app, data_dir, role):
    from counselor_app.domain.roles import Role
    from counselor_app.services import users as user_service
    from counselor_app.services.credentials import change_password
    from counselor_app.services.office import login

    with login(data_dir, "head", HEAD_PASSWORD) as s:
        user_service.add_user(s, "zhao", "赵老师", Role(role), "Another-Pass-77")
    with login(data_dir, "zhao", "Another-Pass-77") as z:
        change_password(z, "Another-Pass-77", "Own-Secret-Pass-2026")
    app = make_app()
    return app, log_in(qtbot, app, "zhao", "Own-Secret-Pass-2026")


@pytest.mark.parametrize("role, rollover", [("assistant", False), ("counselor", True)])
def test_buttons_follow_the_permissions(qtbot, make_app, office_ready, data_dir, role, rollover):
    """The rollover needs the register and the backup (an assistant has only the first)."""
    app, main = _log_in_as(qtbot, make_app, data_dir, role)
    main.go_to("classes")
    page = main.pages["classes"]
    wait_for(qtbot, lambda: page.loaded)
    assert not page.add_button.isHidden() and page.rollover_button.isHidden() is not rollover
    main.go_to("students")
    students = main.pages["students"]
    assert not students.new_button.isHidden() and not students.export_button.isHidden()


def test_permissions_in_the_ui_only_through_app_may():
    """No widget compares role names: what a role may do is domain/roles.py's, asked through app.may(...)."""
    compare = re.compile(r"\.role(\.value)?\s*(==|!=|\bin\b|\bis\b)|(==|!=|\bis\b)\s*Role\.|[\"'](head|counselor|"
                         r"assistant)[\"']\s*(==|!=)|(==|!=)\s*[\"'](head|counselor|assistant)[\"']")
    found = [f"{p.relative_to(UI)}:{n}" for p in UI.rglob("*.py") for n, line in
             enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if compare.search(line)]
    assert found == []


def test_no_page_falls_back_to_qstandarditemmodel():
    """The pages' tables (and the kits') use RowsModel's declared columns. (The preview tables of the import and
    the rollover dialogs move with the job dialog kit, another part of this work.)"""
    files = [*(UI / "pages").glob("*.py"), UI / "list_page.py", UI / "form_dialog.py", UI / "student_edit.py"]
    assert [p.name for p in files if "QStandardItem" in p.read_text(encoding="utf-8")] == []
