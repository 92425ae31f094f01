"""The main window: navigation on the left, one page at a time, menus, toolbar, status bar."""
from __future__ import annotations

from counselor_app.translation import translate_text
from counselor_app.ui import dialogs
from counselor_app.ui.pages import Page
from counselor_app.ui.pages.audit_page import AuditPage
from counselor_app.ui.pages.backup_page import BackupPage
from counselor_app.ui.pages.calendar_page import CalendarPage
from counselor_app.ui.pages.classes_page import ClassesPage
from counselor_app.ui.pages.settings_page import SettingsPage
from counselor_app.ui.pages.staff_page import StaffPage
from counselor_app.ui.pages.start_page import StartPage
from counselor_app.ui.pages.students_page import StudentsPage
from counselor_app.ui.pages.users_page import UsersPage
from counselor_app.ui.qt import (
    QAction, QByteArray, QHBoxLayout, QKeySequence, QLabel, QListWidget, QListWidgetItem, QMainWindow,
    QStackedWidget, Qt, QWidget,
)

# Each later part of the product adds its page class here, in navigation order.
PAGES: tuple[type[Page], ...] = (StartPage, StudentsPage, ClassesPage, StaffPage, CalendarPage, UsersPage, AuditPage,
                                 BackupPage, SettingsPage)


class MainWindow(QMainWindow):
    def __init__(self, app) -> None:
        super().__init__()
        self.app = app
        self._closing_for_app = False
        self.set_title()
        self.setMinimumSize(960, 620)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(190)
        self.stack = QStackedWidget()
        self.stack.setContentsMargins(18, 12, 18, 12)
        layout.addWidget(self.nav)
        page_box = QWidget()
        page_layout = QHBoxLayout(page_box)
        page_layout.setContentsMargins(20, 14, 20, 14)
        page_layout.addWidget(self.stack)
        layout.addWidget(page_box, 1)
        self.setCentralWidget(central)
        self.pages: dict[str, Page] = {}
        user = app.user
        for cls in PAGES:
            if cls.permission is not None and not user_can(user, cls.permission):
                continue  # hidden from this role; the services refuse the calls anyway
            page = cls(app)
            self.pages[cls.key] = page
            self.stack.addWidget(page)
            item = QListWidgetItem(cls.title())
            item.setData(Qt.ItemDataRole.UserRole, cls.key)
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self._build_menus()
        self.user_label = QLabel(self.tr("{name} · {role}").format(name=user.display_name,
                                                                   role=translate_text(user.role.label)))
        self.busy_label = QLabel("")
        self.statusBar().addPermanentWidget(self.busy_label)
        self.statusBar().addPermanentWidget(self.user_label)
        app.worker.busy_changed.connect(self._busy)
        self.nav.setCurrentRow(0)

    def _build_menus(self) -> None:
        menu_file = self.menuBar().addMenu(self.tr("&Office"))
        self.backup_action = QAction(self.tr("&Back up now"), self)
        self.backup_action.setShortcut(QKeySequence("Ctrl+B"))
        self.backup_action.triggered.connect(self.back_up_now)
        self.backup_action.setEnabled("backup" in self.pages)
        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.app.lock)
        self.switch_action = QAction(self.tr("&Switch user"), self)
        self.switch_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.switch_action.triggered.connect(self.app.logout)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)
        for a in (self.backup_action, self.lock_action, self.switch_action):
            menu_file.addAction(a)
        menu_file.addSeparator()
        menu_file.addAction(self.quit_action)
        menu_go = self.menuBar().addMenu(self.tr("&Go"))
        for i in range(self.nav.count()):
            item = self.nav.item(i)
            action = QAction(item.text(), self)
            action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _c=False, row=i: self.nav.setCurrentRow(row))
            menu_go.addAction(action)
        menu_help = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About"), self)
        about.triggered.connect(self.about)
        menu_help.addAction(about)
        toolbar = self.addToolBar(self.tr("Office"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.addAction(self.lock_action)
        if self.backup_action.isEnabled():
            toolbar.addAction(self.backup_action)

    def set_title(self) -> None:
        school = self.app.school.name if self.app.school else ""
        self.setWindowTitle(f"{self.app.app_name()} — {school}")

    # -- navigation -----------------------------------------------------------------------------
    def go_to(self, key: str) -> bool:
        for i in range(self.nav.count()):
            if self.nav.item(i).data(Qt.ItemDataRole.UserRole) == key:
                self.nav.setCurrentRow(i)
                return True
        return False

    def current_page_key(self) -> str:
        item = self.nav.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else "start"

    def page_keys(self) -> list[str]:
        return list(self.pages)

    # -- lock support -----------------------------------------------------------------------------
    def clear_data(self) -> None:
        for page in self.pages.values():
            page.clear_data()

    def reload(self) -> None:
        page = self.stack.currentWidget()
        if isinstance(page, Page):
            page.refresh()

    # -- actions ----------------------------------------------------------------------------------
    def back_up_now(self) -> None:
        if self.go_to("backup"):
            self.pages["backup"].back_up_now()

    def about(self) -> None:
        from counselor_app import __version__

        dialogs.show_info(self, self.tr("About"), self.tr(
            "{app} {version}\nRecords of the school's psychological counseling office, encrypted on this computer."
        ).format(app=self.app.app_name(), version=__version__))

    def _busy(self, busy: int) -> None:
        self.busy_label.setText(self.tr("Working…") if busy else "")

    # -- geometry and closing ----------------------------------------------------------------------
    def restore_geometry(self) -> None:
        geometry = self.app.ui_settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1180, 760)

    def save_geometry(self) -> None:
        self.app.ui_settings.setValue("window/geometry", self.saveGeometry())

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.save_geometry()
        super().closeEvent(event)
        if self.app.main_window is self and self.app.user is not None and not self.app.locked:
            self.app.main_window = None
            self.app.quit()


def user_can(user, permission) -> bool:
    from counselor_app.domain.roles import allows

    return allows(user.role, permission)
