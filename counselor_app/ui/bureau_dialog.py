"""The export for the education bureau (the head): choose the period, say what it is for, choose the folder; the
worker writes the AES-256 PDF and the 7z package with progress; then the password is shown once, large, with a
slip to print and send separately. The password is never stored: closing the dialog forgets it.
"""
from __future__ import annotations

from typing import Callable

from counselor_app.services import bureau_export
from counselor_app.translation import translate_text
from counselor_app.ui import dialogs
from counselor_app.ui.job_dialog import JobDialog
from counselor_app.ui.qt import QComboBox, QFormLayout, QLabel, QLineEdit, QPushButton, Qt, QWidget


class BureauExportDialog(JobDialog):
    def __init__(self, parent, app, periods: list[tuple[str, str]], current: str | None) -> None:
        super().__init__(parent, app, self.tr("Export for the education bureau"), self.tr("Export"),
                         self.tr("Building the report…"))
        self.setMinimumWidth(560)
        intro = QLabel(self.tr("The report holds counts only: no names, student numbers, birth dates or notes; a group "
                               "of fewer than 5 students is shown as <5. It is written as a PDF and as a 7z package "
                               "of data files, both encrypted with one new password that is shown once."))
        intro.setWordWrap(True)
        self.body.addWidget(intro)
        form = QFormLayout()
        self.period = QComboBox()
        self.period.setObjectName("bureauPeriod")
        for text, code in periods:
            self.period.addItem(text, code)
        if current is not None and self.period.findData(current) >= 0:
            self.period.setCurrentIndex(self.period.findData(current))
        form.addRow(self.tr("Period:"), self.period)
        self.purpose = QLineEdit()
        self.purpose.setObjectName("bureauPurpose")
        self.purpose.setPlaceholderText(self.tr("e.g. autumn semester report to the district education bureau"))
        form.addRow(self.tr("Purpose:"), self.purpose)
        self.body.addLayout(form)
        self.done_box = QWidget()
        done = QFormLayout(self.done_box)
        self.password_label = QLabel()
        self.password_label.setObjectName("bureauPassword")
        self.password_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.password_label.setStyleSheet("font-size: 20px; font-family: monospace; font-weight: bold;")
        done.addRow(self.tr("Password:"), self.password_label)
        self.files_label = QLabel()
        self.files_label.setWordWrap(True)
        done.addRow(self.tr("Files:"), self.files_label)
        warning = QLabel(self.tr("Write the password down or print the slip now: it is not stored anywhere and cannot "
                                 "be shown again. Send it separately from the files (on paper or by phone)."))
        warning.setWordWrap(True)
        warning.setObjectName("warning")
        done.addRow(warning)
        self.print_slip = QPushButton(self.tr("Print the password slip…"))
        self.print_slip.setObjectName("bureauPrintSlip")
        self.print_slip.clicked.connect(self.print_password_slip)
        done.addRow(self.print_slip)
        self.done_box.hide()
        self.body.addWidget(self.done_box)
        self.folder: str | None = None

    def inputs(self) -> list[QWidget]:
        return [self.period, self.purpose]

    def ready(self) -> bool:
        return self.period.count() > 0

    def confirm(self) -> bool:
        folder = dialogs.get_existing_directory(self, self.tr("Folder for the bureau's files"))
        if not folder:
            return False
        self.folder = folder
        return True

    def apply_call(self, progress) -> Callable:
        code, folder, purpose = self.period.currentData(), self.folder, self.purpose.text()
        return lambda s: bureau_export.export_bureau(s, code, folder, purpose, tr=translate_text, progress=progress)

    def _applied(self, result: bureau_export.Export) -> None:
        self.password_label.setText(result.password)
        self.files_label.setText(f"{result.pdf}\n{result.package}")
        self.done_box.show()
        self.resize(self.width(), self.sizeHint().height() + 40)   # room for the password, the files and the note
        self.slip_text = self.tr("Report to the education bureau, {period}\nFiles: {pdf}, {package}\nPassword of both "
                                 "files: {password}\nOpen the PDF with any PDF reader, the 7z package with 7-Zip or "
                                 "WinRAR, with this password.").format(
            period=self.period.currentText(), pdf=result.pdf.name, package=result.package.name,
            password=result.password)

    def print_password_slip(self) -> None:
        from PySide6.QtGui import QTextDocument
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter()
        if not dialogs.choose_printer(self, printer):
            return
        document = QTextDocument()
        document.setPlainText(self.slip_text)
        document.print_(printer)

    def done(self, code: int) -> None:   # noqa: D401 - Qt's name: the password is forgotten with the dialog
        self.password_label.clear()
        self.slip_text = ""
        super().done(code)
