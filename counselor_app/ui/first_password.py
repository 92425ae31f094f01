"""The first login with a password the office head gave: the user sets their own before anything else."""
from __future__ import annotations

from counselor_app.ui.qt import QDialog, QFormLayout, QLabel, QVBoxLayout
from counselor_app.ui.widgets import center_on_screen, form_footer, password_field, show_error_text, show_failure


class FirstPasswordDialog(QDialog):
    def __init__(self, app) -> None:
        super().__init__()
        self.app = app
        self.done_ok = False
        self.setWindowTitle(self.tr("Set your own password"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        text = QLabel(self.tr("Welcome, {name}. Your password was given to you by the office head. Choose your own "
                              "now: nobody else may know it.").format(name=app.user.display_name))
        text.setWordWrap(True)
        layout.addWidget(text)
        form = QFormLayout()
        self.old, self.new1, self.new2 = password_field(), password_field(), password_field()
        form.addRow(self.tr("Password from the office head:"), self.old)
        form.addRow(self.tr("New password:"), self.new1)
        form.addRow(self.tr("Repeat new password:"), self.new2)
        layout.addLayout(form)
        hint = QLabel(self.tr("At least 10 characters (an office head or counselor: 12, not digits only, not a "
                              "sequence); not a common password; not containing the login."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.error, self.buttons = form_footer(self, layout)
        center_on_screen(self)

    def submit(self) -> None:
        if self.new1.text() != self.new2.text():
            show_error_text(self.error, self.tr("The two new passwords differ."))
            return
        old, new = self.old.text(), self.new1.text()
        self.buttons.setEnabled(False)

        def change(session):
            from counselor_app.services.credentials import change_password

            change_password(session, old, new)
            return session.user

        self.app.worker.run(change, self._done, self._failed, context=self)

    def _done(self, user) -> None:
        self.done_ok = True
        self.accept()
        self.app.logged_in(user)

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        show_failure(self.error, self, error)

    def reject(self) -> None:
        super().reject()
        if not self.done_ok:
            self.app.logout()  # no way into the office with the head's password
