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


def _headers(page) -> list[str]:
    from counselor_app.ui.qt import Qt

    return [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())]


def test_words_fit_the_kind_of_school_and_headers_sort(qtbot, make_app, new_office):
    from counselor_app.domain.school import SchoolType
    from counselor_app.services import structure
    from counselor_app.ui.qt import QFormLayout, QPoint, QPushButton, Qt

    for name in ("1班", "2班", "10班"):
        structure.add_class(new_office.session, "七年级", name)
    structure.add_class(new_office.session, "八年级", "1班")
    app = make_app()
    new_office.session.close()
    main = log_in(qtbot, app)
    main.go_to("classes")
    page = main.pages["classes"]
    wait_for(qtbot, lambda: page.model.rowCount() == 4)
    assert _headers(page)[:5] == ["年级", "班级", "在读人数", "年级组长", "班主任"]
    assert page.missing.text() == "只看缺班主任或心理委员的班级" and page.grade.itemText(0) == "全部年级"
    header = page.table.horizontalHeader()
    for _ in range(2):   # 年级, descending: 八年级 first (the register's order, not the characters')
        x = header.sectionViewportPosition(0) + header.sectionSize(0) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    assert page.model.rows[0].grade == "八年级"
    x = header.sectionViewportPosition(1) + header.sectionSize(1) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    assert [r.class_name for r in page.model.rows] == ["七年级(1)班", "七年级(2)班", "七年级(10)班", "八年级(1)班"]
    # the same office as a university: 院系, 院系负责人, 辅导员
    main.go_to("settings")
    settings = main.pages["settings"]
    wait_for(qtbot, lambda: settings.school_name.text() != "")
    settings.school_type.setCurrentIndex(settings.school_type.findData("university"))
    save = next(b for b in settings.findChildren(QPushButton) if b.text() == "保存学校信息")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: app.school.school_type is SchoolType.UNIVERSITY)
    main.go_to("classes")   # shown again: the words follow the school type
    assert _headers(page)[:5] == ["院系", "班级", "在读人数", "院系负责人", "辅导员"]
    assert page.missing.text() == "只看缺辅导员或心理委员的班级" and page.grade.itemText(0) == "全部院系"
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    form = page.editor.findChild(QFormLayout)
    assert form.labelForField(page.editor.grade).text() == "院系："
    assert "软件工程" in page.editor.name.placeholderText()


def test_print_list_opens_the_class_list_in_the_print_preview(qtbot, make_app, new_office):
    from counselor_app.services import structure
    from counselor_app.ui.qt import Qt

    class_id = structure.add_class(new_office.session, "七年级", "1班")
    structure.add_class(new_office.session, "七年级", "2班")
    new_office.session.close()
    app = make_app()
    main = log_in(qtbot, app)
    main.go_to("classes")
    page = main.pages["classes"]
    wait_for(qtbot, lambda: page.model.rowCount() == 2)
    assert page.print_button.text() == "打印名单…" and page.print_button.isVisible()
    assert not page.print_button.isEnabled()   # a class must be chosen first
    page.table.selectRow(0)
    assert page.print_button.isEnabled()
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: getattr(page, "preview", None) is not None, 20000)
    assert page.preview.pdf.startswith(b"%PDF") and page.preview.page_count() >= 1
    assert page.preview.target == ("class", class_id) and page.preview.save_button.isVisible()
    wait_for(qtbot, lambda: "preview.class_roster" in audit_actions(qtbot, app))
    page.preview.close()


def test_locking_closes_an_open_print_preview_and_forgets_its_pages(qtbot, make_app, new_office):
    """A class list in the preview (window-modal), then the idle lock: the preview with its names is deleted, not
    hidden to come back on unlocking."""
    from counselor_app.services import structure
    from counselor_app.ui.qt import Qt

    structure.add_class(new_office.session, "七年级", "1班")
    new_office.session.close()
    app = make_app()
    main = log_in(qtbot, app)
    main.go_to("classes")
    page = main.pages["classes"]
    wait_for(qtbot, lambda: page.model.rowCount() == 1)
    page.table.selectRow(0)
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: getattr(page, "preview", None) is not None and page.preview.isVisible(), 20000)
    preview = page.preview
    closed = []
    preview.destroyed.connect(lambda *_: closed.append(True))
    app.idle.set_timeout_ms(200)   # the office PC left alone with the preview open
    app.idle.start()
    wait_for(qtbot, lambda: app.locked, 5000)
    wait_for(qtbot, lambda: bool(closed))          # deleted, not merely hidden to come back on unlocking
