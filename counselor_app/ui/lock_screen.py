"""The lock screen: the office is closed and the key zeroed until the same user's password is given."""
from __future__ import annotations

from counselor_app.ui.qt import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget, Qt
from counselor_app.ui.widgets import show_error_text, show_failure, error_label, password_field, primary_button


class LockScreen(QWidget):
    def __init__(self, app) -> None:
        super().__init__()
        self.app = app
        self.setWindowTitle(self.tr("Locked — {app}").format(app=app.app_name()))
        self.setMinimumSize(460, 260)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(36, 28, 36, 28)
        title = QLabel(self.tr("The office is locked"))
        title.setObjectName("appName")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        who = QLabel(self.tr("Locked for {name} ({login}). Enter the password to continue where you were.").format(
            name=app.user.display_name, login=app.user.login))
        who.setWordWrap(True)
        who.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(who)
        self.password = password_field(placeholder=self.tr("Password"))
        self.password.setObjectName("password")
        layout.addWidget(self.password)
        self.error = error_label()
        layout.addWidget(self.error)
        row = QHBoxLayout()
        self.switch = QPushButton(self.tr("Log out"))
        self.unlock = primary_button(self.tr("Unlock"))
        row.addWidget(self.switch)
        row.addStretch(1)
        row.addWidget(self.unlock)
        layout.addLayout(row)
        self.unlock.clicked.connect(self.try_unlock)
        self.password.returnPressed.connect(self.try_unlock)
        self.switch.clicked.connect(self.app.logout)

    def try_unlock(self) -> None:
        if not self.password.text():
            return
        self.unlock.setEnabled(False)
        password = self.password.text()
        self.password.clear()
        self.app.unlock(password, self._failed)

    def _failed(self, error: BaseException) -> None:
        from counselor_app.domain.errors import WrongCredentials

        self.unlock.setEnabled(True)
        self.password.setFocus()
        if isinstance(error, WrongCredentials):  # the login is given here: only the password can be wrong
            show_error_text(self.error, self.tr("Wrong password. After {remaining} more wrong attempt(s) this login "
                                                "is locked for 15 minutes.").format(**error.params))
            return
        show_failure(self.error, self, error)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().closeEvent(event)
        if self.app.locked:
            self.app.quit()
