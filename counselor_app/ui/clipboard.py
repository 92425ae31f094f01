"""Copying sensitive text: the clipboard is cleared after 30 seconds, and at lock or log-out."""
from __future__ import annotations

from counselor_app.ui.qt import QGuiApplication, QObject, QTimer

CLEAR_AFTER_MS = 30_000


class ClipboardGuard(QObject):
    def __init__(self, parent: QObject | None = None, clear_after_ms: int = CLEAR_AFTER_MS) -> None:
        super().__init__(parent)
        self._copied: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(clear_after_ms)
        self._timer.timeout.connect(self.clear)

    def copy(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self._copied = text
        self._timer.start()

    def clear(self) -> None:
        """Clear the clipboard if it still holds what the app copied (never what the user copied elsewhere)."""
        self._timer.stop()
        if self._copied is not None and QGuiApplication.clipboard().text() == self._copied:
            QGuiApplication.clipboard().clear()
        self._copied = None
