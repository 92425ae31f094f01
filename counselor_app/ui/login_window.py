"""The login window, and recovery of a forgotten password with the recovery key."""
from __future__ import annotations

from counselor_app.ui import dialogs
from counselor_app.ui.qt import (
    QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget, Qt,
)
from counselor_app.ui.widgets import form_footer, show_failure, error_label, password_field, primary_button, show_error_text


class LoginWindow(QWidget):
    def __init__(self, app) -> None:
        super().__init__()
        self.app = app
        self.setWindowTitle(app.app_name())
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(36, 28, 36, 28)
        name = QLabel(app.app_name())
        name.setObjectName("appName")
        name.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(name)
        hint = QLabel(self.tr("Please log in to open the office's records."))
        hint.setObjectName("hint")
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(hint)
        form = QFormLayout()
        self.login = QLineEdit()
        self.login.setObjectName("login")
        self.password = password_field()
        self.password.setObjectName("password")
        form.addRow(self.tr("Login:"), self.login)
        form.addRow(self.tr("Password:"), self.password)
        layout.addLayout(form)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        self.forgot = QPushButton(self.tr("Forgot password…"))
        self.forgot.setFlat(True)
        self.submit = primary_button(self.tr("Log in"))
        buttons.addWidget(self.forgot)
        buttons.addStretch(1)
        buttons.addWidget(self.submit)
        layout.addLayout(buttons)
        self.submit.clicked.connect(self.try_login)
        self.password.returnPressed.connect(self.try_login)
        self.login.returnPressed.connect(self.password.setFocus)
        self.forgot.clicked.connect(self.open_recovery)
        self._closing_for_app = False

    def show_message(self, text: str) -> None:
        show_error_text(self.error, text)

    def try_login(self) -> None:
        login, password = self.login.text().strip(), self.password.text()
        if not login or not password:
            show_error_text(self.error, self.tr("Enter your login and password."))
            return
        self.submit.setEnabled(False)
        show_error_text(self.error, "")
        data_dir = self.app.paths.data_dir

        def opener():
            from counselor_app.services import office as office_service  # loads on the worker, not at start-up

            return office_service.login(data_dir, login, password)

        self.app.worker.open_session(opener, self._done, self._failed, context=self)

    def _done(self, user) -> None:
        self.password.clear()
        self._closing_for_app = True
        self.app.logged_in(user)

    def _failed(self, error: BaseException) -> None:
        self.submit.setEnabled(True)
        self.password.clear()
        self.password.setFocus()
        show_failure(self.error, self, error)

    def open_recovery(self) -> None:
        dialog = RecoveryDialog(self.app, self, self.login.text().strip())
        dialog.accepted.connect(lambda: (show_error_text(self.error, ""), self.login.setText(dialog.login.text())))
        dialog.open()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().closeEvent(event)
        if not self._closing_for_app and self.app.user is None:
            self.app.quit()


class RecoveryDialog(QDialog):
    """Set a new password for a login with the office's recovery key."""

    def __init__(self, app, parent: QWidget, login: str = "") -> None:
        super().__init__(parent)
        self.app = app
        self.setWindowTitle(self.tr("Reset a password with the recovery key"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("The recovery key was printed when the office was set up and is kept sealed "
                               "in the office safe. Using it is recorded in the audit trail."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.login = QLineEdit(login)
        self.key = QLineEdit()
        self.key.setPlaceholderText("123456-234567-345678-…")
        self.new1 = password_field()
        self.new2 = password_field()
        form.addRow(self.tr("Login:"), self.login)
        form.addRow(self.tr("Recovery key:"), self.key)
        form.addRow(self.tr("New password:"), self.new1)
        form.addRow(self.tr("Repeat new password:"), self.new2)
        layout.addLayout(form)
        self.error, self.buttons = form_footer(self, layout)

    def submit(self) -> None:
        if self.new1.text() != self.new2.text():
            show_error_text(self.error, self.tr("The two new passwords differ."))
            return
        login, key, new = self.login.text().strip(), self.key.text(), self.new1.text()
        data_dir = self.app.paths.data_dir
        self.buttons.setEnabled(False)
        def recover(_session):
            from counselor_app.services import credentials

            return credentials.recover_password(data_dir, login, key, new)

        self.app.worker.run(recover, self._done, self._failed, context=self)

    def _done(self, _result) -> None:
        dialogs.show_info(self, self.windowTitle(), self.tr("A new password was set. You can log in with it now."))
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        show_failure(self.error, self, error)
