"""Pages of the main window. Each later part of the product adds its page here and to ui/navigation.PAGES."""
from __future__ import annotations

from counselor_app.domain.areas import Area
from counselor_app.domain.roles import Permission
from counselor_app.ui.qt import QWidget


class Page(QWidget):
    """A page gets plain data from services through the worker, and refreshes itself when told of changes: when an
    operation changed an area in ``cares_about`` while the page is shown, or when it is shown again. A page of rows
    is a ui/list_page.ListPage."""

    key = ""
    permission: Permission | None = None   # None: every logged-in user
    cares_about: frozenset[Area] = frozenset()

    def __init__(self, app) -> None:
        super().__init__()
        self.app = app
        app.worker.changed.connect(self._on_changed)

    @classmethod
    def title(cls) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        """Load the page's data (through the worker)."""

    def clear_data(self) -> None:
        """Forget every personal datum shown (the office is being locked)."""

    def _on_changed(self, changes: frozenset) -> None:
        if changes & self.cares_about and self.isVisible() and not self.app.locked:
            self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self.app.locked:
            self.refresh()
