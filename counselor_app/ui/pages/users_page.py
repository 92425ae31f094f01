"""用户管理: the office head adds, deactivates and reactivates accounts, changes roles, and helps a locked-out
colleague (解除锁定; 重设临时密码…, which the user replaces at the next login)."""
from __future__ import annotations

from datetime import datetime, timezone
from operator import attrgetter
from typing import NamedTuple

from counselor_app.domain.areas import Area
from counselor_app.domain.roles import Permission, Role
from counselor_app.services import staff as staff_service, users as user_service
from counselor_app.translation import translate_text
from counselor_app.ui import dialogs
from counselor_app.ui.form_dialog import FormDialog, Invalid, choice
from counselor_app.ui.list_page import STRETCH, ListPage
from counselor_app.ui.models import Column
from counselor_app.ui.qt import QCoreApplication, QLabel
from counselor_app.ui.widgets import password_field

INACTIVE, LOCKED = "#6b7785", "#b3261e"


def role_combo(current: Role | None = None):
    return choice(((translate_text(role.label), role.value) for role in Role), current and current.value)


class NewAccount(NamedTuple):
    login: str
    name: str
    role: Role | None   # None: a reactivated account keeps its role
    password: str


class PasswordForm(FormDialog):
    """A password typed twice; ``password()`` is it, once both agree."""

    def password_fields(self, label: str, name: str) -> None:
        self.password = self.field(label, password_field(), name=f"{name}Password")
        self.repeat = self.field(self.tr("Repeat:"), password_field(), name=f"{name}Repeat")

    def typed_password(self) -> str:
        if self.password.text() != self.repeat.text():
            raise Invalid(self.tr("The two passwords differ."), self.repeat)
        return self.password.text()


class UserDialog(PasswordForm):
    """Add an account (login, name, role, first password) or give a reactivated account a new first password."""

    def __init__(self, page: "UsersPage", login: str | None = None) -> None:
        super().__init__(page, page.app, self.tr("Reactivate {login}").format(login=login) if login
                         else self.tr("Add a user"), 460)
        self.reactivate_login = login
        if not login:   # a reactivated account keeps its login, name and role: only a new first password
            self.login = self.field(self.tr("Login:"), name="newLogin")
            self.name = self.field(self.tr("Full name:"), name="newName")
            self.role = self.field(self.tr("Role:"), role_combo(Role.COUNSELOR), name="newRole")
        self.password_fields(self.tr("First password:"), "new")
        self.note(self.tr("At least 10 characters (an office head or counselor: 12, not digits only, not a "
                          "sequence); not a common password; not containing the login. Tell the user the first "
                          "password in person; they can change it in Settings."))

    def edit(self) -> NewAccount:
        password = self.typed_password()
        if self.reactivate_login:
            return NewAccount(self.reactivate_login, "", None, password)
        return NewAccount(self.login.text(), self.name.text(), Role(self.role.currentData()), password)

    def saver(self, edit: NewAccount):
        if self.reactivate_login:
            return lambda s: user_service.reactivate_user(s, edit.login, edit.password)
        return lambda s: user_service.add_user(s, edit.login, edit.name, edit.role, edit.password)


class TemporaryPasswordDialog(PasswordForm):
    """The head gives a colleague a temporary password; the colleague replaces it at the next login."""

    def __init__(self, page: "UsersPage", user) -> None:
        super().__init__(page, page.app, self.tr("Temporary password for {login}").format(login=user.login), 480)
        self.page, self.user = page, user
        intro = QLabel(self.tr("{name} ({login}) gets a temporary password. Their current password stops working "
                               "and a lockout is lifted; at the next login they must choose their own password. "
                               "This is recorded in the audit trail.").format(name=user.display_name,
                                                                               login=user.login))
        intro.setWordWrap(True)
        self.body.insertWidget(0, intro)
        self.password_fields(self.tr("Temporary password:"), "temp")
        self.note(self.tr("At least 10 characters (an office head or counselor: 12, not digits only, not a "
                          "sequence); not a common password; not containing the login. Tell it to the user in "
                          "person, not by message."))

    def edit(self) -> str:
        return self.typed_password()

    def saver(self, password: str):
        login = self.user.login
        return lambda s: user_service.set_temporary_password(s, login, password)

    def saved(self, _result) -> None:
        self.password.clear()
        self.repeat.clear()
        self.accept()
        dialogs.show_info(self.page, self.windowTitle(), self.tr(
            "{login} can now log in with the temporary password and will then choose their own.").format(
            login=self.user.login))


class LinkStaffDialog(FormDialog):
    """Choose the staff member who uses an account (the register's 教职工), or none."""

    def __init__(self, page: "UsersPage", user) -> None:
        super().__init__(page, page.app, self.tr("Link {login} to a staff member").format(login=user.login), 420)
        self.user = user
        entries = [(self.tr("— none —"), None)] + [(f"{name} ({number})" if number else name, staff_id)
                                                   for staff_id, name, number in page.staff]
        self.choice = self.field(self.tr("Staff member:"), choice(entries, user.staff_id), name="staffChoice")

    def edit(self) -> int | None:
        return self.choice.currentData()

    def saver(self, staff_id: int | None):
        user_id = self.user.id
        return lambda s: staff_service.link_account(s, user_id, staff_id)


def _load(session):
    users = user_service.list_users(session)
    linked = tuple(u.staff_id for u in users if u.staff_id is not None)
    return users, staff_service.staff_choices(session, also=linked), user_service.lockouts(session)


class UsersPage(ListPage):
    key = "users"
    permission = Permission.MANAGE_USERS
    cares_about = frozenset({Area.USERS, Area.REGISTER})
    loader = staticmethod(_load)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("Pages", "Users")

    def __init__(self, app) -> None:
        self.staff: list[tuple[int, str, str]] = []
        self.staff_names: dict[int, str] = {}
        self.locked: dict[int, datetime] = {}   # user id -> lockout end (UTC), as loaded
        super().__init__(app)

    def heading(self):
        self.add_button = self.action(self.tr("Add…"), self.add_user)
        return [self.add_button]

    def below(self):
        others = lambda u: u.id != getattr(self.app.user, "id", None)  # noqa: E731 - not one's own account
        self.role_choice = role_combo()
        self.role_choice.setObjectName("roleChoice")
        # the drop-down shows the selected account's role; the button works once another role is chosen
        self.role_button = self.action(self.tr("Change role"), self.change_role, row=True,
                                       when=lambda u: others(u) and self.role_choice.currentData() != u.role.value)
        self.role_choice.currentIndexChanged.connect(lambda _i: self.selection_changed())
        self.deactivate_button = self.action(self.tr("Deactivate"), self.deactivate, row=True,
                                             when=lambda u: u.active and others(u))
        self.reactivate_button = self.action(self.tr("Reactivate…"), self.reactivate, row=True,
                                             when=lambda u: not u.active)
        self.link_button = self.action(self.tr("Link to staff member…"), self.link_staff, row=True,
                                       when=attrgetter("active"),
                                       tip=self.tr("Which staff member of the school uses this account."))
        self.unlock_button = self.action(self.tr("Lift lockout"), self.clear_lockout, row=True,
                                         when=lambda u: self.locked_until(u) is not None,
                                         tip=self.tr("Let a login locked after five wrong passwords try again now."))
        self.temp_button = self.action(self.tr("Set temporary password…"), self.set_temporary_password, row=True,
                                       when=lambda u: u.active and others(u), tip=self.tr(
                                           "For a forgotten password: the user must choose their own at the next "
                                           "login."))
        return [[self.role_choice, self.role_button, self.deactivate_button, self.reactivate_button,
                 self.link_button, STRETCH], [self.unlock_button, self.temp_button, STRETCH]]

    def columns(self):
        return [
            Column(self.tr("Login"), attrgetter("login")),
            Column(self.tr("Name"), attrgetter("display_name")),
            Column(self.tr("Role"), lambda u: translate_text(u.role.label)),
            Column(self.tr("Staff member"), lambda u: self.staff_names.get(u.staff_id, "")),
            Column(self.tr("Status"), self._status, colour=lambda u: INACTIVE if not u.active
                   else LOCKED if self.locked_until(u) is not None else None),
            Column(self.tr("Created"), lambda u: u.created_at[:10]),
        ]

    def count_text(self, shown, rows) -> str:
        return self.tr("{active} active account(s), {total} in all").format(
            active=sum(1 for u in rows if u.active), total=len(rows))

    def received(self, result) -> list:
        users, self.staff, self.locked = result
        self.staff_names = {i: name for i, name, _no in self.staff}
        return users

    def clear_data(self) -> None:
        self.staff, self.staff_names, self.locked = [], {}, {}
        super().clear_data()

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

    def add_user(self) -> None:
        self.editor = UserDialog(self)
        self.editor.open()

    def _run(self, call, on_error=None) -> None:
        self.app.worker.run(call, None, on_error or (lambda e: dialogs.show_error(self, e)), context=self)

    def selection_changed(self, *args) -> None:
        if not hasattr(self, "role_choice"):   # the list is being built
            return super().selection_changed(*args)
        user = self.selected()
        if user is not None and getattr(self, "_shown_role_of", None) != user.id:
            self._shown_role_of = user.id   # a new selection: show its role (the user's own choice is kept)
            self.role_choice.blockSignals(True)
            self.role_choice.setCurrentIndex(self.role_choice.findData(user.role.value))
            self.role_choice.blockSignals(False)
        self.role_choice.setEnabled(user is not None and user.id != getattr(self.app.user, "id", None))
        super().selection_changed(*args)

    def change_role(self) -> None:
        user = self.selected()
        if user is None:
            return
        role = Role(self.role_choice.currentData())
        if not dialogs.ask_yes_no(self, self.tr("Change role"), self.tr(
                "Change the role of {login} from {old} to {new}?").format(
                login=user.login, old=translate_text(user.role.label), new=translate_text(role.label)),
                yes_text=self.tr("Change role"), no_text=self.tr("Cancel")):
            return
        login = user.login
        self._shown_role_of = None   # after the reload, show the role as saved
        self._run(lambda s: user_service.change_role(s, login, role))

    def deactivate(self) -> None:
        user = self.selected()
        if user is not None and dialogs.ask_yes_no(self, self.tr("Deactivate"), self.tr(
                "Deactivate {login}? The account can no longer log in; its records stay.").format(login=user.login),
                yes_text=self.tr("Deactivate"), no_text=self.tr("Cancel")):
            login = user.login
            self._run(lambda s: user_service.deactivate_user(s, login))

    def link_staff(self) -> None:
        user = self.selected()
        if user is not None:
            self.link_dialog = LinkStaffDialog(self, user)
            self.link_dialog.open()

    def reactivate(self) -> None:
        user = self.selected()
        if user is not None:
            self.editor = UserDialog(self, user.login)
            self.editor.open()

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

        self._run(lambda s: user_service.clear_lockout(s, login), failed)

    def set_temporary_password(self) -> None:
        user = self.selected()
        if user is not None:
            self.temp_dialog = TemporaryPasswordDialog(self, user)
            self.temp_dialog.open()
