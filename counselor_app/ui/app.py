"""The application controller: set-up wizard or login, the main window, lock and unlock, language, exit."""
from __future__ import annotations

import logging
import sys
from pathlib import Path

from typing import TYPE_CHECKING

from counselor_app import crash, translation
from counselor_app.files.temp_leftovers import sweep_openpyxl_leftovers
from counselor_app.store.files import make_private_dir
from counselor_app.store.location import OfficePaths
from counselor_app.ui import dialogs, smoke
from counselor_app.ui.clipboard import ClipboardGuard
from counselor_app.ui.idle import IdleWatcher
from counselor_app.ui.qt import QApplication, QObject, QSettings, QWidget, Signal, is_alive
from counselor_app.ui.widgets import center_on_screen
from counselor_app.ui.worker import Worker

if TYPE_CHECKING:  # the services load on the worker at the first login, not before the window shows
    from counselor_app.domain.school import SchoolProfile
    from counselor_app.services.settings import OfficeSettings
    from counselor_app.store.users import UserRow

log = logging.getLogger("counselor_app")
APP_NAME_SOURCE = "Counseling Office Desk"


class OfficeApp(QObject):
    """Owns the worker and the top-level windows; moves between set-up, login, work and lock."""

    language_changed = Signal(str)
    locked_changed = Signal(int)   # 1 locked, 0 unlocked (never a Python bool: see ui/worker.py)

    def __init__(self, data_dir: Path, lang: str | None = None) -> None:
        super().__init__()
        self.paths = OfficePaths(Path(data_dir))
        self.worker = Worker(self)
        self.ui_settings = QSettings(str(self.paths.data_dir / "ui.ini"), QSettings.Format.IniFormat)
        dialogs.forget_file_dialog_folders()   # left by an earlier version, or a file dialog outside ui/dialogs.py
        sweep_openpyxl_leftovers()   # sheets with names and phones that a killed export of an earlier version left
        self.language = translation.install(lang or self.ui_settings.value("language", translation.DEFAULT_LANGUAGE))
        self.user: "UserRow | None" = None
        self.school: "SchoolProfile | None" = None
        self.office_settings: "OfficeSettings | None" = None
        self.locked = False
        self.idle = IdleWatcher(self)
        self.idle.idle.connect(self.lock)
        self.clipboard = ClipboardGuard(self)
        self.main_window = None
        self.login_window = None
        self.lock_screen = None
        self.wizard = None
        self.first_password = None
        self._hidden: list[QWidget] = []

    @staticmethod
    def app_name() -> str:
        return QApplication.translate("App", "Counseling Office Desk")

    # -- start ---------------------------------------------------------------------------------
    def start(self) -> None:
        if self.paths.exists():
            self.show_login()
        else:
            self.show_wizard()

    def show_wizard(self) -> None:
        from counselor_app.ui.setup_wizard import SetupWizard

        self.wizard = SetupWizard(self)
        self.wizard.show()
        center_on_screen(self.wizard)

    def show_login(self, message: str = "") -> None:
        from counselor_app.ui.login_window import LoginWindow

        self.login_window = LoginWindow(self)
        if message:
            self.login_window.show_message(message)
        self.login_window.show()
        center_on_screen(self.login_window)

    # -- after a successful login or set-up ---------------------------------------------------
    def logged_in(self, user: "UserRow") -> None:
        self.user = user
        if user.must_change_password:
            from counselor_app.ui.first_password import FirstPasswordDialog

            # The main window opens once the user has a password of their own.
            self.first_password = FirstPasswordDialog(self)
            self.first_password.show()
            return

        def load(session):
            from counselor_app.services import office as office_service, settings as settings_service

            return settings_service.read_settings(session), office_service.school_profile(session)

        self.worker.run(load, self._opened, context=self)

    def _opened(self, result) -> None:
        self.office_settings, self.school = result
        self.idle.set_timeout_ms(self.office_settings.idle_lock_minutes * 60_000)
        self.idle.start()
        for w in (self.login_window, self.wizard):
            if w is not None and is_alive(w):
                w.close()
        self.login_window = self.wizard = None
        self._build_main_window()

    def _build_main_window(self, page: str | None = None) -> None:
        from counselor_app.ui.main_window import MainWindow

        self.main_window = MainWindow(self)
        self.main_window.restore_geometry()
        if page:
            self.main_window.go_to(page)
        self.main_window.show()

    def settings_changed(self, settings: "OfficeSettings") -> None:
        self.office_settings = settings
        self.idle.set_timeout_ms(settings.idle_lock_minutes * 60_000)

    # -- lock ----------------------------------------------------------------------------------
    def may(self, permission) -> bool:
        """Whether the logged-in user's role allows ``permission`` (to show or hide controls; the services check
        again)."""
        from counselor_app.domain.roles import allows

        return self.user is not None and allows(self.user.role, permission)

    def lock(self) -> None:
        """Hide every window showing personal data, close the database and zero the key."""
        if self.locked or self.user is None:
            return
        from counselor_app.ui.lock_screen import LockScreen

        self.locked = True
        self.idle.stop()
        self.clipboard.clear()
        self._hidden = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        if self.main_window is not None:
            self.main_window.clear_data()
        for w in self._hidden:
            w.hide()
        self.worker.run(_record("lock"))
        self.worker.close_session()
        self.lock_screen = LockScreen(self)
        self.lock_screen.show()
        center_on_screen(self.lock_screen)
        self.locked_changed.emit(1)

    def unlock(self, password: str, on_error) -> None:
        login = self.user.login
        data_dir = self.paths.data_dir

        def open_again():
            from counselor_app.services import office as office_service

            return office_service.login(data_dir, login, password, purpose="unlock")

        def done(user: "UserRow") -> None:
            self.user = user
            self.locked = False
            if self.lock_screen is not None:
                self.lock_screen.close()
                self.lock_screen = None
            for w in self._hidden:
                if is_alive(w):
                    w.show()
            self._hidden = []
            if self.main_window is not None:
                self.main_window.reload()
            self.idle.start()
            self.locked_changed.emit(0)

        self.worker.open_session(open_again, done, on_error, context=self)

    # -- log out, language, quit ----------------------------------------------------------------
    def logout(self) -> None:
        """Switch user: close every window (also those hidden by the lock), close the office, show the login."""
        self.idle.stop()
        self.clipboard.clear()
        if self.user is not None and not self.locked:
            self.worker.run(_record("logout"))
        self.user = None
        self.locked = False
        windows = [w for w in QApplication.topLevelWidgets() if w.isVisible() or w in self._hidden]
        self._hidden = []
        self.lock_screen = None
        for w in windows:
            w.close()
            w.deleteLater()
        self.main_window = None
        self.worker.close_session()
        self.show_login()

    def set_language(self, lang: str) -> None:
        self.language = translation.install(lang)
        self.ui_settings.setValue("language", self.language)
        self.language_changed.emit(self.language)
        if self.main_window is not None:
            old = self.main_window
            page = old.current_page_key()
            old.save_geometry()
            self.main_window = None  # so that closing it does not quit the application
            old.close()
            old.deleteLater()
            self._build_main_window(page)

    def quit(self) -> None:
        """Clean exit: a backup when the newest is older than a day, then close the office."""
        self.idle.stop()
        self.clipboard.clear()
        if self.user is not None and not self.locked:
            def back_up(session):
                from counselor_app.services import backups as backup_service

                return backup_service.backup_if_due(session) if session else None

            self.worker.run(back_up,
                            lambda _r: self._finish_quit(), lambda _e: self._finish_quit(), context=self)
        else:
            self._finish_quit()

    def _finish_quit(self) -> None:
        self.worker.close_session(lambda _r: QApplication.instance().quit(), context=self)


def _record(event: str):
    def call(session):
        from counselor_app.services.office import record_session_event

        if session is not None:
            record_session_event(session, event)
    return call


def _unexpected(kind, error, tb) -> None:
    from counselor_app.ui.dialogs import show_error

    error.__traceback__ = tb
    show_error(None, error)


def run_gui(data_dir: Path, lang: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("CounselorOfficeDesk")
    app.setQuitOnLastWindowClosed(False)
    make_private_dir(Path(data_dir))
    crash.setup_logging()   # in the log folder, never the data folder (counselor_app/crash.py)
    crash.install_thread_hook()
    crash.install_qt_message_handler()
    from counselor_app.ui.style import apply_style

    apply_style(app)
    from counselor_app.ui.qt import QIcon
    from counselor_app.ui.resources import resource_path

    app.setWindowIcon(QIcon(str(resource_path("icons/app.svg"))))
    controller = OfficeApp(Path(data_dir), lang)
    sys.excepthook = _unexpected  # an exception in any Qt slot: logged without personal data, an apology shown
    controller.start()
    smoke.arm(controller)   # only with COUNSELOR_SMOKE_GUI set: the frozen build's smoke test (ui/smoke.py)
    code = app.exec()
    controller.worker.shutdown()
    return code
