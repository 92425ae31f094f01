"""First run: the school profile, the head's account, and the recovery key (shown once, printed, confirmed)."""
from __future__ import annotations

import random

from counselor_app.domain.errors import UserError
from counselor_app.domain.passwords import check_password
from counselor_app.domain.roles import Role
from counselor_app.domain.school import SchoolProfile, SchoolType
from counselor_app.services import documents, office as office_service, recovery
from counselor_app.services.demo import DEMO_PASSWORD, DEMO_LOGINS, create_demo_office
from counselor_app.translation import error_text, translate_text
from counselor_app.ui import dialogs
from counselor_app.ui.qt import (
    QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWizard, QWizardPage, Qt,
)
from counselor_app.ui.widgets import show_failure, error_label, password_field, show_error_text


class WelcomePage(QWizardPage):
    def __init__(self, wizard: "SetupWizard") -> None:
        super().__init__()
        self.setTitle(self.tr("Welcome"))
        layout = QVBoxLayout(self)
        text = QLabel(self.tr(
            "This computer has no counseling office yet. The next pages set one up: the school's profile, "
            "the office head's account and the recovery key.\n\nEverything is stored encrypted on this computer. "
            "Nothing is sent anywhere."))
        text.setWordWrap(True)
        layout.addWidget(text)
        layout.addSpacing(16)
        demo_hint = QLabel(self.tr("Just looking? A demo office holds invented students and staff only."))
        demo_hint.setObjectName("hint")
        demo_hint.setWordWrap(True)
        layout.addWidget(demo_hint)
        self.demo = QPushButton(self.tr("Create a demo office instead"))
        self.demo.setObjectName("demoButton")
        self.demo.clicked.connect(wizard.create_demo)
        layout.addWidget(self.demo, alignment=Qt.AlignmentFlag.AlignLeft)
        self.status = QLabel()
        self.status.setObjectName("hint")
        layout.addWidget(self.status)
        layout.addStretch(1)


class SchoolPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("School profile"))
        self.setSubTitle(self.tr("The unit name is printed at the top of forms and minutes."))
        form = QFormLayout(self)
        self.name = QLineEdit()
        self.name.setObjectName("schoolName")
        self.type = QComboBox()
        self.type.setObjectName("schoolType")
        for t in SchoolType:
            self.type.addItem(translate_text(t.label), t.value)
        self.type.setCurrentIndex(list(SchoolType).index(SchoolType.MIDDLE))
        self.address = QLineEdit()
        self.unit = QLineEdit()
        self.unit.setPlaceholderText(self.tr("e.g. the school's mental-health education center"))
        form.addRow(self.tr("School name:"), self.name)
        form.addRow(self.tr("School type:"), self.type)
        form.addRow(self.tr("Address:"), self.address)
        form.addRow(self.tr("Unit name on forms:"), self.unit)
        self.registerField("schoolName*", self.name)

    def profile(self) -> SchoolProfile:
        name = self.name.text().strip()
        return SchoolProfile(name, SchoolType(self.type.currentData()), self.address.text().strip(),
                             self.unit.text().strip() or name)


class HeadPage(QWizardPage):
    def __init__(self, wizard: "SetupWizard") -> None:
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("The office head's account"))
        self.setSubTitle(self.tr("The office head manages users, backups and the audit trail."))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.full_name = QLineEdit()
        self.full_name.setObjectName("headName")
        self.login = QLineEdit()
        self.login.setObjectName("headLogin")
        self.login.setPlaceholderText(self.tr("Latin letters and digits, e.g. wangli"))
        self.password = password_field()
        self.password.setObjectName("headPassword")
        self.repeat = password_field()
        self.repeat.setObjectName("headRepeat")
        form.addRow(self.tr("Full name:"), self.full_name)
        form.addRow(self.tr("Login:"), self.login)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.tr("Repeat password:"), self.repeat)
        layout.addLayout(form)
        hint = QLabel(self.tr("At least 12 characters, not digits only, not a sequence; not a common password; not "
                              "containing the login. The office head's password opens the counseling records."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.error = error_label()
        layout.addWidget(self.error)
        self.status = QLabel()
        self.status.setObjectName("hint")
        layout.addWidget(self.status)
        self.registerField("headName*", self.full_name)
        self.registerField("headLogin*", self.login)
        self.registerField("headPassword*", self.password)
        self.created = False

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        if self.created:
            return True
        if self.password.text() != self.repeat.text():
            show_error_text(self.error, self.tr("The two passwords differ."))
            return False
        try:
            check_password(self.password.text(), self.login.text().strip(), role=Role.HEAD)
        except UserError as err:
            show_error_text(self.error, error_text(err))
            return False
        show_error_text(self.error, "")
        self.wizard_.create_office(self.full_name.text(), self.login.text(), self.password.text())
        return False  # the wizard moves on when the office exists


class RecoveryKeyPage(QWizardPage):
    def __init__(self, wizard: "SetupWizard") -> None:
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("The recovery key"))
        self.setSubTitle(self.tr("Shown only now. Print it, seal it in an envelope and keep it in the office safe."))
        layout = QVBoxLayout(self)
        self.key = QLabel()
        self.key.setObjectName("recoveryKey")
        self.key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        layout.addWidget(self.key)
        text = QLabel(self.tr("When every password is forgotten, this key sets a new one. Whoever holds it can "
                              "read every record, so it never goes on a computer, a phone or into a message."))
        text.setWordWrap(True)
        layout.addWidget(text)
        self.print_button = QPushButton(self.tr("Print the recovery sheet…"))
        self.print_button.setObjectName("printSheet")
        self.print_button.clicked.connect(wizard.print_sheet)
        layout.addWidget(self.print_button, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        groups = self.wizard_.recovery_key.split("-")
        self.key.setText("-".join(groups[:4]) + "\n" + "-".join(groups[4:]))


class ConfirmKeyPage(QWizardPage):
    def __init__(self, wizard: "SetupWizard") -> None:
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("Confirm the recovery key"))
        self.setSubTitle(self.tr("The last step: proof that the key was written down."))
        layout = QVBoxLayout(self)
        self.question = QLabel()
        self.question.setWordWrap(True)
        layout.addWidget(self.question)
        form = QFormLayout()
        self.first = QLineEdit()
        self.first.setObjectName("confirmFirst")
        self.second = QLineEdit()
        self.second.setObjectName("confirmSecond")
        for f in (self.first, self.second):
            f.setMaxLength(6)
            f.textChanged.connect(self.completeChanged)
        self.first_label, self.second_label = QLabel(), QLabel()
        form.addRow(self.first_label, self.first)
        form.addRow(self.second_label, self.second)
        layout.addLayout(form)
        self.error = error_label()
        layout.addWidget(self.error)
        self.later = QCheckBox(self.tr("I will confirm the key later (the start page warns until it is confirmed)"))
        self.later.setObjectName("confirmLater")
        self.later.toggled.connect(self._later_toggled)
        layout.addWidget(self.later)
        layout.addStretch(1)
        self.groups: tuple[int, int] = (0, 1)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self.groups = tuple(sorted(random.SystemRandom().sample(range(8), 2)))
        self.question.setText(self.tr("Type two groups of the key from the sheet or your note, to be sure it was "
                                      "written down correctly."))
        self.first_label.setText(self.tr("Group {n}:").format(n=self.groups[0] + 1))
        self.second_label.setText(self.tr("Group {n}:").format(n=self.groups[1] + 1))
        self.first.clear()
        self.second.clear()

    def _later_toggled(self, later: bool) -> None:
        for f in (self.first, self.second):
            if later:
                f.clear()   # no greyed-out wrong digits left behind
            f.setEnabled(not later)
        show_error_text(self.error, "")
        self.completeChanged.emit()

    def typed_right(self) -> bool:
        groups = self.wizard_.recovery_key.split("-")
        return (self.first.text().strip() == groups[self.groups[0]]
                and self.second.text().strip() == groups[self.groups[1]])

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        if self.later.isChecked():
            return True
        return len(self.first.text().strip()) == 6 and len(self.second.text().strip()) == 6

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        if self.later.isChecked():
            return True
        ok = self.typed_right()
        show_error_text(self.error, "" if ok else self.tr("These digits do not match the key. Look again."))
        return ok


class SetupWizard(QWizard):
    def __init__(self, app) -> None:
        super().__init__()
        self.app = app
        self.recovery_key = ""
        self.user = None
        self.finished_ok = False
        self.setWindowTitle(self.tr("Set up the counseling office — {app}").format(app=app.app_name()))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setMinimumSize(640, 480)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.welcome = WelcomePage(self)
        self.school = SchoolPage()
        self.head = HeadPage(self)
        self.key_page = RecoveryKeyPage(self)
        self.confirm = ConfirmKeyPage(self)
        for page in (self.welcome, self.school, self.head, self.key_page, self.confirm):
            self.addPage(page)
        self.currentIdChanged.connect(self._page_changed)

    def _page_changed(self, _id: int) -> None:
        # Once the office exists there is no way back to the account page.
        self.button(QWizard.WizardButton.BackButton).setVisible(not self.head.created)

    # -- creating ----------------------------------------------------------------------------------
    def create_office(self, full_name: str, login: str, password: str) -> None:
        profile = self.school.profile()
        data_dir = self.app.paths.data_dir
        self._busy(True, self.head.status, self.tr("Creating the encrypted office…"))
        holder: dict = {}

        def opener():
            created = office_service.create_office(data_dir, profile, login, full_name, password)
            holder["key"] = created.recovery_key
            return created.session

        def done(user) -> None:
            self.user = user
            self.recovery_key = holder.pop("key")
            self.head.created = True
            self._busy(False, self.head.status, "")
            self.next()

        def failed(error: BaseException) -> None:
            self._busy(False, self.head.status, "")
            show_failure(self.head.error, self, error)

        self.app.worker.open_session(opener, done, failed, context=self)

    def create_demo(self) -> None:
        data_dir = self.app.paths.data_dir
        self.welcome.demo.setEnabled(False)
        self._busy(True, self.welcome.status, self.tr("Creating the demo office…"))

        def done(user) -> None:
            self._busy(False, self.welcome.status, "")
            logins = ", ".join(DEMO_LOGINS)
            dialogs.show_info(self, self.tr("Demo office"), self.tr(
                "A demo office with invented students was created. Logins: {logins}; password: {password}."
            ).format(logins=logins, password=DEMO_PASSWORD))
            self.finished_ok = True
            self.app.logged_in(user)

        def failed(error: BaseException) -> None:
            self.welcome.demo.setEnabled(True)
            self._busy(False, self.welcome.status, "")
            dialogs.show_error(self, error)

        self.app.worker.open_session(lambda: create_demo_office(data_dir, watch=True, duty=True).office.session,
                                     done, failed, context=self)

    def _busy(self, busy: bool, label, text: str) -> None:
        """While the office is being created: a wait cursor, a line saying so, and no buttons to press."""
        from counselor_app.ui.qt import QApplication

        for which in (QWizard.WizardButton.NextButton, QWizard.WizardButton.BackButton,
                      QWizard.WizardButton.CancelButton):
            self.button(which).setEnabled(not busy)
        label.setText(text)
        if busy:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        else:
            QApplication.restoreOverrideCursor()

    def print_sheet(self) -> None:
        from counselor_app.ui.print_preview import open_document

        key = self.recovery_key
        open_document(self.app, self, self.tr("Recovery key"), "recovery_sheet",
                      lambda s: documents.build_document(s, "recovery_sheet", tr=translate_text, recovery_key=key),
                      default_name="recovery-key")

    def accept(self) -> None:
        """Finish (button, Alt+F or Enter): only when the key was typed back right, or "later" was chosen."""
        if self.currentPage() is not self.confirm or not self.validateCurrentPage():
            return
        self.finished_ok = True
        key = self.recovery_key
        if not self.confirm.later.isChecked():
            # Recorded against the key slot itself before the main window's pages load (one worker, in order).
            self.app.worker.run(lambda s: recovery.confirm_recovery_key(s, key),
                                on_error=lambda e: dialogs.show_error(None, e))
        super().accept()  # QWizard.done() validates the page once more
        self.recovery_key = ""
        self.app.logged_in(self.user)

    def reject(self) -> None:
        if self.finished_ok:  # closed by the application after a finished set-up or a demo office
            super().reject()
            return
        if self.head.created:
            if not dialogs.ask_yes_no(self, self.windowTitle(), self.tr(
                    "The office exists already. Leave without confirming the recovery key? "
                    "You can still log in, but make sure the key is written down.")):
                return
            self.finished_ok = True
            super().reject()
            self.app.logged_in(self.user)
            return
        super().reject()
        self.app.quit()
