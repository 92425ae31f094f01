"""The main window: navigation on the left, one page at a time, menus, toolbar, status bar."""
from __future__ import annotations

from counselor_app.translation import translate_text
from counselor_app.ui import dialogs
from counselor_app.ui.navigation import PAGES, SECTIONS, page_class
from counselor_app.ui.pages import Page
from counselor_app.ui.qt import (
    QAction, QByteArray, QCoreApplication, QHBoxLayout, QKeySequence, QLabel, QListWidget, QListWidgetItem,
    QMainWindow, QStackedWidget, Qt, QWidget,
)

KEY_ROLE = Qt.ItemDataRole.UserRole          # a page item's page key
SECTION_ROLE = Qt.ItemDataRole.UserRole + 1  # every item's section key


class BuiltPages(dict):
    """The pages built so far, by key; asking for a page not built yet builds it (each page is built the first time
    it is shown, not at login)."""

    def __init__(self, window: "MainWindow") -> None:
        super().__init__()
        self.window = window

    def __missing__(self, key: str) -> Page:
        return self.window.build_page(key)


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
        user = app.user
        # The pages this user may see, by section in navigation order (hidden pages: the services refuse anyway).
        self.classes: dict[str, type[Page]] = {}
        self.sections: list[tuple[str, list[str]]] = []
        for section in SECTIONS:
            keys = []
            for entry in (e for e in PAGES if e.section == section.key):
                cls = page_class(entry)
                if cls.permission is None or user_can(user, cls.permission):
                    self.classes[cls.key] = cls
                    keys.append(cls.key)
            if keys:
                self.sections.append((section.key, keys))
        self.pages: BuiltPages = BuiltPages(self)
        for section_key, keys in self.sections:
            title = section_title(section_key)
            if title:
                header = QListWidgetItem(title)
                header.setFlags(Qt.ItemFlag.NoItemFlags)  # a heading: not selectable, skipped by the arrow keys
                header.setData(SECTION_ROLE, section_key)
                self.nav.addItem(header)
            for key in keys:
                item = QListWidgetItem(self.classes[key].title())
                item.setData(KEY_ROLE, key)
                item.setData(SECTION_ROLE, section_key)
                self.nav.addItem(item)
        self.nav.currentItemChanged.connect(self._item_changed)
        self._build_menus()
        self.user_label = QLabel(self.tr("{name} · {role}").format(name=user.display_name,
                                                                   role=translate_text(user.role.label)))
        self.busy_label = QLabel("")
        self.statusBar().addPermanentWidget(self.busy_label)
        self.statusBar().addPermanentWidget(self.user_label)
        app.worker.busy_changed.connect(self._busy)
        self.go_to(self.page_keys()[0])

    def build_page(self, key: str) -> Page:
        if key not in self.classes:
            raise KeyError(key)
        page = self.classes[key](self.app)
        dict.__setitem__(self.pages, key, page)
        self.stack.addWidget(page)
        return page

    def _item_changed(self, item: QListWidgetItem | None, _previous=None) -> None:
        key = item.data(KEY_ROLE) if item is not None else None
        if key:
            self.stack.setCurrentWidget(self.pages[key])

    def _build_menus(self) -> None:
        menu_file = self.menuBar().addMenu(self.tr("&Office"))
        self.backup_action = QAction(self.tr("&Back up now"), self)
        self.backup_action.setShortcut(QKeySequence("Ctrl+B"))
        self.backup_action.triggered.connect(self.back_up_now)
        self.backup_action.setEnabled("backup" in self.classes)
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
        # Ctrl+1…9 go to a section; pressed again in the same section, to its next page: every page is reachable
        # however many there are. Ctrl+PgDown / Ctrl+PgUp step through all pages.
        for number, (section_key, keys) in enumerate(self.sections, start=1):
            title = section_title(section_key) or self.classes[keys[0]].title()
            submenu = menu_go.addMenu(title)
            section_action = QAction(self.tr("{section} (next page)").format(section=title), self)
            if number <= 9:
                section_action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            section_action.triggered.connect(lambda _c=False, k=section_key: self.go_to_section(k))
            self.addAction(section_action)
            submenu.addAction(section_action)
            submenu.addSeparator()
            for key in keys:
                action = QAction(self.classes[key].title(), self)
                action.triggered.connect(lambda _c=False, k=key: self.go_to(k))
                submenu.addAction(action)
        menu_go.addSeparator()
        for text, shortcut, step in ((self.tr("Next page"), "Ctrl+PgDown", 1),
                                     (self.tr("Previous page"), "Ctrl+PgUp", -1)):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(lambda _c=False, n=step: self.step_page(n))
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
            if self.nav.item(i).data(KEY_ROLE) == key:
                self.nav.setCurrentRow(i)
                return True
        return False

    def go_to_section(self, section_key: str) -> None:
        """The section's first page; from inside the section, its next page (round)."""
        keys = next(keys for s, keys in self.sections if s == section_key)
        current = self.current_page_key()
        following = keys[(keys.index(current) + 1) % len(keys)] if current in keys else keys[0]
        self.go_to(following)

    def step_page(self, step: int) -> None:
        keys = self.page_keys()
        self.go_to(keys[(keys.index(self.current_page_key()) + step) % len(keys)])

    def current_page_key(self) -> str:
        item = self.nav.currentItem()
        return item.data(KEY_ROLE) if item else "start"

    def page_keys(self) -> list[str]:
        """Every page this user may open, in navigation order (built or not)."""
        return [key for _section, keys in self.sections for key in keys]

    # -- lock support -----------------------------------------------------------------------------
    def clear_data(self) -> None:
        for page in list(self.pages.values()):  # only the pages built so far hold data
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


def section_title(section_key: str) -> str:
    source = next(s.title for s in SECTIONS if s.key == section_key)
    return QCoreApplication.translate("Sections", source) if source else ""


def user_can(user, permission) -> bool:
    from counselor_app.domain.roles import allows

    return allows(user.role, permission)
