"""用户管理: the office head adds, deactivates and reactivates accounts, changes roles, and helps a locked-out
colleague (解除锁定; 重设临时密码…, which the user replaces at the next login)."""
from __future__ import annotations

from datetime import datetime, timezone

from counselor_app.domain.roles import Permission, Role
from counselor_app.services import staff as staff_service, users as user_service
from counselor_app.translation import translate_text
from counselor_app.ui import dialogs
from counselor_app.ui.models import Column, RowsModel
from counselor_app.ui.pages import Page
from counselor_app.ui.qt import (
    QComboBox, QCoreApplication, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QVBoxLayout,
)
from counselor_app.ui.widgets import (
    form_footer, page_title, password_field, row_table, selected_row, show_error_text, show_failure,
)


def role_combo(current: Role | None = None) -> QComboBox:
    combo = QComboBox()
    for role in Role:
        combo.addItem(translate_text(role.label), role.value)
    if current is not None:
        combo.setCurrentIndex(list(Role).index(current))
    return combo


class UserDialog(QDialog):
    """Add an account (login, name, role, first password) or give a reactivated account a new first password."""

    def __init__(self, page: "UsersPage", login: str | None = None) -> None:
        super().__init__(page)
        self.page = page
        self.reactivate_login = login
        self.setWindowTitle(self.tr("Reactivate {login}").format(login=login) if login else self.tr("Add a user"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.login = QLineEdit()
        self.login.setObjectName("newLogin")
        self.name = QLineEdit()
        self.name.setObjectName("newName")
        self.role = role_combo(Role.COUNSELOR)
        self.role.setObjectName("newRole")
        self.password = password_field()
        self.password.setObjectName("newPassword")
        self.repeat = password_field()
        self.repeat.setObjectName("newRepeat")
        if not login:
            form.addRow(self.tr("Login:"), self.login)
            form.addRow(self.tr("Full name:"), self.name)
            form.addRow(self.tr("Role:"), self.role)
        form.addRow(self.tr("First password:"), self.password)
        form.addRow(self.tr("Repeat:"), self.repeat)
        layout.addLayout(form)
        hint = QLabel(self.tr("At least 10 characters; not a common password; not containing the login. Tell the "
                              "user the first password in person; they can change it in Settings."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.error, self.buttons = form_footer(self, layout)

    def submit(self) -> None:
        if self.password.text() != self.repeat.text():
            show_error_text(self.error, self.tr("The two passwords differ."))
            return
        pw = self.password.text()
        if self.reactivate_login:
            login = self.reactivate_login
            call = lambda s: user_service.reactivate_user(s, login, pw)  # noqa: E731
        else:
            login, name, role = self.login.text(), self.name.text(), Role(self.role.currentData())
            call = lambda s: user_service.add_user(s, login, name, role, pw)  # noqa: E731
        self.buttons.setEnabled(False)
        self.page.app.worker.run(call, lambda _r: self.accept(), self._failed, context=self, changes={"users"})

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        show_failure(self.error, self, error)


class UsersPage(Page):
    key = "users"
    permission = Permission.MANAGE_USERS
    cares_about = frozenset({"users", "register"})

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("Pages", "Users")

    def __init__(self, app) -> None:
        super().__init__(app)
        self.staff: list[tuple[int, str, str]] = []
        self.staff_names: dict[int, str] = {}
        self.locked: dict[int, datetime] = {}   # user id -> lockout end (UTC), as loaded
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.title()))
        self.model = RowsModel([
            Column(self.tr("Login"), lambda u: u.login),
            Column(self.tr("Name"), lambda u: u.display_name),
            Column(self.tr("Role"), lambda u: translate_text(u.role.label)),
            Column(self.tr("Staff member"), lambda u: self.staff_names.get(u.staff_id, "")),
            Column(self.tr("Status"), self._status),
            Column(self.tr("Created"), lambda u: u.created_at[:10]),
        ], self)
        self.table = row_table(self.model)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add…"))
        self.role_button = QPushButton(self.tr("Change role"))
        self.role_choice = role_combo()
        self.deactivate_button = QPushButton(self.tr("Deactivate"))
        self.reactivate_button = QPushButton(self.tr("Reactivate…"))
        self.link_button = QPushButton(self.tr("Link to staff member…"))
        self.link_button.setToolTip(self.tr("Which staff member of the school uses this account."))
        for w in (self.add_button, self.role_choice, self.role_button, self.deactivate_button,
                  self.reactivate_button, self.link_button):
            row.addWidget(w)
        row.addStretch(1)
        layout.addLayout(row)
        help_row = QHBoxLayout()
        self.unlock_button = QPushButton(self.tr("Lift lockout"))
        self.unlock_button.setToolTip(self.tr("Let a login locked after five wrong passwords try again now."))
        self.temp_button = QPushButton(self.tr("Set temporary password…"))
        self.temp_button.setToolTip(self.tr("For a forgotten password: the user must choose their own at the next "
                                            "login."))
        help_row.addWidget(self.unlock_button)
        help_row.addWidget(self.temp_button)
        help_row.addStretch(1)
        layout.addLayout(help_row)
        self.add_button.clicked.connect(lambda: UserDialog(self).open())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        self._selection_changed()
        self.role_button.clicked.connect(self.change_role)
        self.deactivate_button.clicked.connect(self.deactivate)
        self.reactivate_button.clicked.connect(self.reactivate)
        self.link_button.clicked.connect(self.link_staff)
        self.unlock_button.clicked.connect(self.clear_lockout)
        self.temp_button.clicked.connect(self.set_temporary_password)

    def _selection_changed(self, *_args) -> None:
        user = self.selected()
        mine = user is not None and self.app.user is not None and user.id == self.app.user.id
        self.role_button.setEnabled(user is not None and not mine)
        self.deactivate_button.setEnabled(user is not None and user.active and not mine)
        self.reactivate_button.setEnabled(user is not None and not user.active)
        self.link_button.setEnabled(user is not None and user.active)
        self.unlock_button.setEnabled(user is not None and self.locked_until(user) is not None)
        self.temp_button.setEnabled(user is not None and user.active and not mine)

    def locked_until(self, user) -> datetime | None:
        until = self.locked.get(user.id)
        return until if until is not None and until > datetime.now(timezone.utc) else None

    def _status(self, user) -> str:
        if not user.active:
            return self.tr("Deactivated")
        until = self.locked_until(user)
        if until is not None:
            return self.tr("Locked until {time}").format(time=until.astimezone().strftime("%H:%M"))
        if user.must_change_password:
            return self.tr("Active (password to change)")
        return self.tr("Active")
    def refresh(self) -> None:
        def load(s):
            users = user_service.list_users(s)
            linked = tuple(u.staff_id for u in users if u.staff_id is not None)
            return users, staff_service.staff_choices(s, also=linked), user_service.lockouts(s)

        self.app.worker.run(load, self._loaded, context=self)

    def _loaded(self, result) -> None:
        users, self.staff, self.locked = result
        self.staff_names = {i: name for i, name, _no in self.staff}
        self.model.set_rows(users)

    def clear_data(self) -> None:
        self.staff, self.staff_names, self.locked = [], {}, {}
        self.model.clear()

    def selected(self):
        return selected_row(self.table)

    def _run(self, call) -> None:
        self.app.worker.run(call, None, lambda e: dialogs.show_error(self, e), context=self, changes={"users"})

    def change_role(self) -> None:
        user = self.selected()
        if user is not None:
            role = Role(self.role_choice.currentData())
            self._run(lambda s: user_service.change_role(s, user.login, role))

    def deactivate(self) -> None:
        user = self.selected()
        if user is not None and dialogs.ask_yes_no(self, self.tr("Deactivate"), self.tr(
                "Deactivate {login}? The account can no longer log in; its records stay.").format(login=user.login),
                yes_text=self.tr("Deactivate"), no_text=self.tr("Cancel")):
            self._run(lambda s: user_service.deactivate_user(s, user.login))

    def link_staff(self) -> None:
        user = self.selected()
        if user is not None:
            self.link_dialog = LinkStaffDialog(self, user)
            self.link_dialog.open()

    def reactivate(self) -> None:
        user = self.selected()
        if user is not None:
            UserDialog(self, user.login).open()

    def clear_lockout(self) -> None:
        user = self.selected()
        if user is None or not dialogs.ask_yes_no(self, self.tr("Lift lockout"), self.tr(
                "Lift the lockout of {login} now? They can log in again at once. This is recorded in the audit "
                "trail.").format(login=user.login), yes_text=self.tr("Lift lockout"), no_text=self.tr("Cancel")):
            return
        login = user.login

        def failed(error: BaseException) -> None:
            dialogs.show_error(self, error)
            self.refresh()  # the lock may have ended meanwhile

        self.app.worker.run(lambda s: user_service.clear_lockout(s, login), None, failed, context=self,
                            changes={"users", "audit"})

    def set_temporary_password(self) -> None:
        user = self.selected()
        if user is not None:
            self.temp_dialog = TemporaryPasswordDialog(self, user)
            self.temp_dialog.open()


class TemporaryPasswordDialog(QDialog):
    """The head gives a colleague a temporary password; the colleague replaces it at the next login."""

    def __init__(self, page: UsersPage, user) -> None:
        super().__init__(page)
        self.page, self.user = page, user
        self.setWindowTitle(self.tr("Temporary password for {login}").format(login=user.login))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("{name} ({login}) gets a temporary password. Their current password stops working "
                               "and a lockout is lifted; at the next login they must choose their own password. "
                               "This is recorded in the audit trail.").format(name=user.display_name,
                                                                               login=user.login))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.password = password_field()
        self.password.setObjectName("tempPassword")
        self.repeat = password_field()
        self.repeat.setObjectName("tempRepeat")
        form.addRow(self.tr("Temporary password:"), self.password)
        form.addRow(self.tr("Repeat:"), self.repeat)
        layout.addLayout(form)
        hint = QLabel(self.tr("At least 10 characters; not a common password; not containing the login. Tell it "
                              "to the user in person, not by message."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.error, self.buttons = form_footer(self, layout)

    def submit(self) -> None:
        if self.password.text() != self.repeat.text():
            show_error_text(self.error, self.tr("The two passwords differ."))
            return
        login, pw = self.user.login, self.password.text()
        self.buttons.setEnabled(False)
        self.page.app.worker.run(lambda s: user_service.set_temporary_password(s, login, pw), self._done,
                                 self._failed, context=self, changes={"users", "audit"})

    def _done(self, _result) -> None:
        self.password.clear()
        self.repeat.clear()
        self.accept()
        dialogs.show_info(self.page, self.windowTitle(), self.tr(
            "{login} can now log in with the temporary password and will then choose their own.").format(
            login=self.user.login))

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        show_failure(self.error, self, error)


class LinkStaffDialog(QDialog):
    """Choose the staff member who uses an account (the register's 教职工), or none."""

    def __init__(self, page: UsersPage, user) -> None:
        super().__init__(page)
        self.page, self.user = page, user
        self.setWindowTitle(self.tr("Link {login} to a staff member").format(login=user.login))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.choice = QComboBox()
        self.choice.setObjectName("staffChoice")
        self.choice.addItem(self.tr("— none —"), None)
        for staff_id, name, number in page.staff:
            self.choice.addItem(f"{name} ({number})" if number else name, staff_id)
        self.choice.setCurrentIndex(max(0, self.choice.findData(user.staff_id)))
        form.addRow(self.tr("Staff member:"), self.choice)
        layout.addLayout(form)
        self.error, self.buttons = form_footer(self, layout)

    def submit(self) -> None:
        user_id, staff_id = self.user.id, self.choice.currentData()
        self.buttons.setEnabled(False)
        self.page.app.worker.run(lambda s: staff_service.link_account(s, user_id, staff_id), lambda _r: self.accept(),
                                 self._failed, context=self, changes={"users", "register"})

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        show_failure(self.error, self, error)
