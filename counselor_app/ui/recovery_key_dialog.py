"""A new recovery key, shown once (备份与恢复 → 新的恢复密钥…): print its sheet, type it back, destroy the old sheet."""
from __future__ import annotations

from counselor_app.services import documents
from counselor_app.translation import translate_text
from counselor_app.ui.qt import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget, Qt


class NewRecoveryKeyDialog(QDialog):
    """Shows the key the office now has (services/recovery.rotate_recovery_key made it); it is never stored, and
    leaves memory with this dialog."""

    def __init__(self, app, parent: QWidget, key: str) -> None:
        super().__init__(parent)
        self.app = app
        self.recovery_key = key
        self.setWindowTitle(self.tr("New recovery key"))
        self.setMinimumWidth(600)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("The office has a new recovery key. It is shown only now: print the recovery sheet, seal "
                               "it in an envelope, keep it in the office safe, and destroy the old sheet. The old key "
                               "no longer opens the office, nor the backups made from now on; backups made before "
                               "still open with it."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        groups = key.split("-")
        self.key = QLabel("-".join(groups[:4]) + "\n" + "-".join(groups[4:]))
        self.key.setObjectName("recoveryKey")
        self.key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        layout.addWidget(self.key)
        row = QHBoxLayout()
        self.print_button = QPushButton(self.tr("Print the recovery sheet…"))
        self.print_button.setObjectName("printSheet")
        self.print_button.clicked.connect(self.print_sheet)
        self.confirm_button = QPushButton(self.tr("Type it back now…"))
        self.confirm_button.setObjectName("confirmNewKey")
        self.confirm_button.clicked.connect(self.confirm)
        row.addWidget(self.print_button)
        row.addWidget(self.confirm_button)
        row.addStretch(1)
        layout.addLayout(row)
        later = QLabel(self.tr("Until the key is typed back, the start page reminds the office head to confirm it."))
        later.setObjectName("hint")
        later.setWordWrap(True)
        layout.addWidget(later)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def print_sheet(self) -> None:
        from counselor_app.ui.print_preview import open_document

        key = self.recovery_key
        open_document(self.app, self, self.tr("Recovery key"), "recovery_sheet",
                      lambda s: documents.build_document(s, "recovery_sheet", tr=translate_text, recovery_key=key),
                      default_name="recovery-key")

    def confirm(self) -> None:
        from counselor_app.ui.recovery_confirm import ConfirmRecoveryKeyDialog

        self.confirm_dialog = ConfirmRecoveryKeyDialog(self.app, self)
        self.confirm_dialog.open()

    def done(self, result: int) -> None:  # noqa: D401 - Qt's name: every way the dialog closes
        self.recovery_key = ""
        self.key.clear()
        super().done(result)
