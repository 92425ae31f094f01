"""The first-run wizard, end to end, as a new office head would go through it."""
from pypdf import PdfReader

from ui_helpers import audit_actions, wait_for


def fill_until_key(qtbot, app):
    app.start()
    wizard = app.wizard
    assert wizard is not None and app.login_window is None
    wizard.next()  # welcome
    wizard.school.name.setText("示范实验中学")
    wizard.school.address.setText("示范路1号")
    wizard.next()
    head = wizard.head
    head.full_name.setText("王主任")
    head.login.setText("wangli")
    head.password.setText("Quiet-Harbor-2026")
    head.repeat.setText("Quiet-Harbor-2026")
    wizard.next()  # creates the office on the worker, then moves on
    wait_for(qtbot, lambda: wizard.currentPage() is wizard.key_page)
    return wizard


def finish_button(wizard):
    from counselor_app.ui.qt import QWizard

    return wizard.button(QWizard.WizardButton.FinishButton)


def start_page(app):
    from counselor_app.ui.pages.start_page import StartPage

    return next(p for p in app.main_window.findChildren(StartPage))


def wrong_group(group: str) -> str:
    return "000000" if group != "000000" else "111111"


def test_wizard_creates_office_and_confirms_the_key(qtbot, make_app, data_dir, answered_dialogs):
    from counselor_app.ui.qt import Qt

    app = make_app()
    wizard = fill_until_key(qtbot, app)
    key = wizard.recovery_key
    assert len(key.split("-")) == 8
    assert wizard.key_page.key.text().replace("\n", "-") == key
    assert (data_dir / "office.db").is_file()
    wizard.next()
    confirm = wizard.confirm
    groups = key.split("-")
    a, b = confirm.groups
    qtbot.keyClicks(confirm.first, wrong_group(groups[a]))
    qtbot.keyClicks(confirm.second, groups[b])
    # Finish with the mouse and with Alt+F: both refused, the office is not opened
    qtbot.mouseClick(finish_button(wizard), Qt.MouseButton.LeftButton)
    qtbot.keyClick(wizard, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(confirm.second, Qt.Key.Key_Return)
    qtbot.wait(100)
    assert app.main_window is None and wizard.isVisible() and wizard.currentPage() is confirm
    assert "不符" in confirm.error.text()
    confirm.first.clear()
    qtbot.keyClicks(confirm.first, groups[a])
    qtbot.mouseClick(finish_button(wizard), Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: app.main_window is not None and app.main_window.isVisible())
    assert "示范实验中学" in app.main_window.windowTitle()
    assert app.user.login == "wangli" and app.user.role.value == "head"
    assert "recovery_key.confirm" in audit_actions(qtbot, app)
    page = start_page(app)
    wait_for(qtbot, lambda: page.data is not None)
    assert not page.data.recovery_unconfirmed and not page.recovery_notice.isVisible()


def test_confirm_later_leaves_a_warning_until_the_key_is_typed_back(qtbot, make_app, data_dir, answered_dialogs):
    from counselor_app.ui.qt import QApplication, QPoint, Qt
    from counselor_app.ui.recovery_confirm import ConfirmRecoveryKeyDialog

    app = make_app()
    wizard = fill_until_key(qtbot, app)
    key = wizard.recovery_key
    wizard.next()
    assert not finish_button(wizard).isEnabled()  # nothing typed, "later" not chosen
    later = wizard.confirm.later
    qtbot.keyClicks(wizard.confirm.first, "123")
    qtbot.mouseClick(later, Qt.MouseButton.LeftButton, pos=QPoint(8, later.height() // 2))  # on the box itself
    assert wizard.confirm.first.text() == ""   # no greyed-out digits left behind
    assert finish_button(wizard).isEnabled() and not wizard.confirm.first.isEnabled()
    qtbot.mouseClick(finish_button(wizard), Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: app.main_window is not None and app.main_window.isVisible())
    page = start_page(app)
    wait_for(qtbot, lambda: page.data is not None and page.recovery_notice.isVisible())
    assert "recovery_key.confirm" not in audit_actions(qtbot, app)

    def dialog():
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, ConfirmRecoveryKeyDialog) and w.isVisible()]
        return found[0] if found else None

    qtbot.mouseClick(page.confirm_key, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: dialog() is not None)
    box = dialog()
    groups = key.split("-")
    qtbot.keyClicks(box.key, "-".join(groups[:7] + [wrong_group(groups[7])]))
    qtbot.mouseClick(box.buttons.button(box.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: box.error.text() != "")
    assert box.isVisible() and page.recovery_notice.isVisible()
    box.key.clear()
    qtbot.keyClicks(box.key, key)
    qtbot.mouseClick(box.buttons.button(box.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: not box.isVisible())
    assert box.error.text() == ""   # the earlier mistake is not left standing
    wait_for(qtbot, lambda: not page.recovery_notice.isVisible())
    actions = audit_actions(qtbot, app)
    assert actions.count("recovery_key.confirm") == 2  # the failed attempt and the confirmation


def test_cancel_after_the_office_exists_leaves_the_key_unconfirmed(qtbot, make_app, data_dir, answered_dialogs):
    app = make_app()
    wizard = fill_until_key(qtbot, app)
    wizard.next()
    answered_dialogs.set_next_answers(True)  # leave without confirming
    wizard.button(wizard.WizardButton.CancelButton).click()
    wait_for(qtbot, lambda: app.main_window is not None and app.main_window.isVisible())
    page = start_page(app)
    wait_for(qtbot, lambda: page.data is not None)
    assert page.recovery_notice.isVisible()


def test_weak_or_mismatched_password_stays_on_the_page(qtbot, make_app, data_dir):
    app = make_app()
    app.start()
    wizard = app.wizard
    wizard.next()
    wizard.school.name.setText("学校")
    wizard.next()
    head = wizard.head
    head.full_name.setText("王主任")
    head.login.setText("wangli")
    head.password.setText("1234567890")
    head.repeat.setText("1234567890")
    wizard.next()
    assert wizard.currentPage() is head and "常见的密码" in head.error.text()
    head.password.setText("Quiet-Harbor-2026")
    head.repeat.setText("Quiet-Harbor-2027")
    wizard.next()
    assert wizard.currentPage() is head and "不一致" in head.error.text()
    assert not (data_dir / "office.db").exists()


def test_recovery_sheet_prints_with_the_key_and_school(qtbot, make_app, data_dir, answered_dialogs, tmp_path):
    from counselor_app.ui.print_preview import PrintPreview

    app = make_app()
    wizard = fill_until_key(qtbot, app)
    wizard.key_page.print_button.click()
    wait_for(qtbot, lambda: getattr(wizard, "preview", None) is not None and wizard.preview.isVisible())
    preview = wizard.preview
    assert isinstance(preview, PrintPreview)
    screen = preview.screen().availableGeometry()   # the buttons at its foot stay on the screen
    assert preview.height() <= screen.height() and preview.width() <= screen.width()
    assert preview.page_count() == 1
    assert not preview.save_button.isVisible()  # the sheet says: never stored on a computer
    import io

    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(preview.pdf)).pages)
    squeezed = text.replace(" ", "").replace("\n", "")
    for group in wizard.recovery_key.split("-"):
        assert group in squeezed
    assert "示范实验中学" in squeezed and "恢复密钥" in squeezed
    # 打印… asks for the printer (a PDF file here) and prints the same document, page for page
    from counselor_app.ui.qt import Qt

    answered_dialogs.set_next_answers(None)  # the print dialog cancelled: nothing printed
    qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
    assert not (tmp_path / "printed.pdf").exists()
    answered_dialogs.set_next_answers(str(tmp_path / "printed.pdf"))
    qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
    assert len(PdfReader(str(tmp_path / "printed.pdf")).pages) == 1
    assert not [s for s in answered_dialogs.shown if s.kind == "error"]
    preview.close()
    actions = audit_actions(qtbot, app)
    assert {"preview.recovery_sheet", "print.recovery_sheet"} <= set(actions)
    assert actions.count("print.recovery_sheet") == 1


def test_save_as_pdf_writes_the_document_and_audits_it(qtbot, make_app, office_ready, answered_dialogs, tmp_path):
    from counselor_app.ui.print_preview import PrintPreview
    from ui_helpers import log_in

    app = make_app()
    main = log_in(qtbot, app)
    preview = PrintPreview(app, main, "test", "access_report", b"%PDF-1.4 test", "document")
    preview.show()
    answered_dialogs.set_next_answers(str(tmp_path / "no such folder" / "x.pdf"))
    preview.save_button.click()  # a folder that does not exist: a clear message, nothing written
    wait_for(qtbot, lambda: any(s.kind == "error" for s in answered_dialogs.shown))
    assert "无法" in answered_dialogs.shown[-1].text or "不能" in answered_dialogs.shown[-1].text
    answered_dialogs.set_next_answers(str(tmp_path / "saved"))
    preview.save_button.click()
    wait_for(qtbot, lambda: (tmp_path / "saved.pdf").exists())
    assert (tmp_path / "saved.pdf").read_bytes() == b"%PDF-1.4 test"
    assert (tmp_path / "saved.pdf").stat().st_mode & 0o077 == 0  # the owner's only
    actions = audit_actions(qtbot, app)
    assert actions.count("save.access_report") == 1


def test_demo_button_creates_a_demo_office(qtbot, make_app, data_dir, answered_dialogs, monkeypatch):
    from counselor_app.ui.app import OfficeApp

    quits = []
    monkeypatch.setattr(OfficeApp, "quit", lambda self: quits.append(True))
    app = make_app()
    app.start()
    app.wizard.welcome.demo.click()
    wait_for(qtbot, lambda: app.main_window is not None and app.main_window.isVisible(), timeout=30000)
    assert app.user.login == "demo"
    assert any("Xinli-2026-Office" in s.text for s in answered_dialogs.shown)
    qtbot.wait(200)
    assert quits == [] and app.worker._session is not None  # the app stays open on the demo office


def test_a_fault_in_a_callback_is_logged_and_apologized_for(qtbot, make_app, office_ready, answered_dialogs,
                                                            caplog):
    app = make_app()
    app.worker.run(lambda s: 1, lambda r: 1 / 0)
    wait_for(qtbot, lambda: any(s.kind == "error" for s in answered_dialogs.shown))
    assert "ZeroDivisionError" in answered_dialogs.shown[-1].text
    assert "ZeroDivisionError" in caplog.text
