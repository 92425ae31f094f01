"""Sectioned navigation: headings, pages built on first show, and shortcuts that reach every page."""
from ui_helpers import log_in, wait_for


def key_click(qtbot, main, key, modifier):
    main.activateWindow()
    qtbot.waitUntil(lambda: main.isActiveWindow(), timeout=5000)
    qtbot.keyClick(main, key, modifier)


def test_sections_head_the_pages_and_pages_are_built_when_first_shown(qtbot, make_app, office_ready):
    from counselor_app.ui.qt import Qt

    app = make_app()
    main = log_in(qtbot, app)
    texts = [main.nav.item(i).text() for i in range(main.nav.count())]
    assert texts[:4] == ["工作台", "学生工作", "重点关注学生", "心理测评"]
    assert texts.index("名册与校历") + 1 == texts.index("学生名册") and "值班表" in texts
    assert "办公室" in texts
    heading = main.nav.item(1)
    assert not heading.flags() & Qt.ItemFlag.ItemIsSelectable
    assert list(dict.keys(main.pages)) == ["start"]  # nothing else is built at login
    # the arrow key skips the heading
    main.nav.setFocus()
    qtbot.keyClick(main.nav, Qt.Key.Key_Down)
    assert main.current_page_key() == "watch"
    assert "watch" in dict.keys(main.pages) and main.stack.currentWidget() is main.pages["watch"]
    # clicking a heading changes nothing
    rect = main.nav.visualItemRect(heading)
    qtbot.mouseClick(main.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert main.current_page_key() == "watch"


def test_ctrl_number_reaches_every_page_of_its_section(qtbot, make_app, office_ready):
    from counselor_app.ui.qt import Qt

    app = make_app()
    main = log_in(qtbot, app)
    register = [k for s, keys in main.sections if s == "register" for k in keys]
    office = [k for s, keys in main.sections if s == "office" for k in keys]
    number = {s: n for n, (s, _keys) in enumerate(main.sections, start=1)}   # Ctrl+n: the n-th section shown
    digit = {s: Qt.Key(Qt.Key.Key_0.value + n) for s, n in number.items()}
    key_click(qtbot, main, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert main.current_page_key() == "watch"   # 学生工作: the watch list
    seen = []
    for _ in register:
        key_click(qtbot, main, digit["register"], Qt.KeyboardModifier.ControlModifier)
        seen.append(main.current_page_key())
    assert seen == register  # pressed again inside its section: the next page
    key_click(qtbot, main, digit["register"], Qt.KeyboardModifier.ControlModifier)
    assert main.current_page_key() == register[0]  # round again
    key_click(qtbot, main, digit["office"], Qt.KeyboardModifier.ControlModifier)
    assert main.current_page_key() == office[0]
    key_click(qtbot, main, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert main.current_page_key() == "start"
    # Ctrl+PgDown steps through every page (more than nine of them one day), and round
    visited = []
    for _ in main.page_keys():
        key_click(qtbot, main, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
        visited.append(main.current_page_key())
    assert visited == main.page_keys()[1:] + ["start"]
    key_click(qtbot, main, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert main.current_page_key() == main.page_keys()[-1]


def test_a_role_sees_only_sections_with_pages_it_may_open(qtbot, make_app, office_ready, data_dir):
    from counselor_app.domain.roles import Role
    from counselor_app.services import users as user_service
    from counselor_app.services.credentials import change_password
    from counselor_app.services.office import login
    from testdata import HEAD_PASSWORD

    with login(data_dir, "head", HEAD_PASSWORD) as s:
        user_service.add_user(s, "zhao", "赵老师", Role.ASSISTANT, "Another-Pass-77")
    with login(data_dir, "zhao", "Another-Pass-77") as z:
        change_password(z, "Another-Pass-77", "Own-Secret-Pass-2026")
    app = make_app()
    main = log_in(qtbot, app, "zhao", "Own-Secret-Pass-2026")
    assert "users" not in main.page_keys() and "audit" not in main.page_keys()
    # the duty roster (预约与值班); settings: own account
    assert [s for s, _keys in main.sections] == ["desk", "appointments", "register", "office"]
    wait_for(qtbot, lambda: main.isVisible())
