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


def test_wizard_creates_office_and_confirms_the_key(qtbot, make_app, data_dir, answered_dialogs):
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
    confirm.first.setText("000000" if groups[a] != "000000" else "111111")
    confirm.second.setText(groups[b])
    assert not confirm.validatePage()
    assert "不符" in confirm.error.text()
    confirm.first.setText(groups[a])
    wizard.accept()
    wait_for(qtbot, lambda: app.main_window is not None and app.main_window.isVisible())
    assert "示范实验中学" in app.main_window.windowTitle()
    assert app.user.login == "wangli" and app.user.role.value == "head"


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
    assert preview.page_count() == 1
    assert not preview.save_button.isVisible()  # the sheet says: never stored on a computer
    import io

    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(preview.pdf)).pages)
    squeezed = text.replace(" ", "").replace("\n", "")
    for group in wizard.recovery_key.split("-"):
        assert group in squeezed
    assert "示范实验中学" in squeezed and "恢复密钥" in squeezed
    # printing goes through the same document (to a PDF printer here), page for page
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert preview.print_document(printer)
    assert len(PdfReader(str(tmp_path / "printed.pdf")).pages) == 1
    preview.close()
    assert {"preview.recovery_sheet", "print.recovery_sheet"} <= set(audit_actions(qtbot, app))


def test_save_as_pdf_writes_the_document_and_audits_it(qtbot, make_app, office_ready, answered_dialogs, tmp_path):
    from counselor_app.ui.print_preview import PrintPreview
    from ui_helpers import log_in

    app = make_app()
    main = log_in(qtbot, app)
    preview = PrintPreview(app, main, "test", "recovery_sheet", b"%PDF-1.4 test", "document")
    target = tmp_path / "saved"
    answered_dialogs.set_next_answers(str(target))
    preview.save_pdf()
    wait_for(qtbot, lambda: (tmp_path / "saved.pdf").exists())
    assert (tmp_path / "saved.pdf").read_bytes() == b"%PDF-1.4 test"
    assert "save.recovery_sheet" in audit_actions(qtbot, app)


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
