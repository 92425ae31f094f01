"""The office head types the recovery key back from the sealed sheet; it is checked against the key slot."""
from __future__ import annotations

from counselor_app.services import recovery
from counselor_app.ui import dialogs
from counselor_app.ui.qt import QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget
from counselor_app.ui.widgets import form_footer, show_error_text, show_failure


class ConfirmRecoveryKeyDialog(QDialog):
    def __init__(self, app, parent: QWidget) -> None:
        super().__init__(parent)
        self.app = app
        self.setWindowTitle(self.tr("Confirm the recovery key"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Type the whole recovery key as printed on the sheet (eight groups of six digits). "
                               "It is checked against the office's key and never stored. Each attempt is recorded "
                               "in the audit trail."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.key = QLineEdit()
        self.key.setObjectName("recoveryKeyInput")
        self.key.setPlaceholderText("123456-234567-345678-…")
        form.addRow(self.tr("Recovery key:"), self.key)
        layout.addLayout(form)
        self.error, self.buttons = form_footer(self, layout)

    def submit(self) -> None:
        key = self.key.text()
        self.buttons.setEnabled(False)
        self.app.worker.run(lambda s: recovery.confirm_recovery_key(s, key), self._done, self._failed,
                            context=self)

    def _done(self, _result) -> None:
        self.key.clear()
        show_error_text(self.error, "")
        dialogs.show_info(self, self.windowTitle(), self.tr("The recovery key is confirmed. Keep the sheet sealed "
                                                            "in the office safe."))
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        show_failure(self.error, self, error)
