"""Idle auto-lock: any key, mouse or wheel event in the application restarts the countdown."""
from __future__ import annotations

from counselor_app.ui.qt import QApplication, QEvent, QObject, QTimer, Signal

_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
             QEvent.Type.TouchBegin, QEvent.Type.Shortcut}


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self._ms = 5 * 60 * 1000
        QApplication.instance().installEventFilter(self)

    def set_timeout_ms(self, ms: int) -> None:
        self._ms = ms
        if self._timer.isActive():
            self._timer.start(self._ms)

    def start(self) -> None:
        self._timer.start(self._ms)

    def stop(self) -> None:
        self._timer.stop()

    def is_running(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() in _ACTIVITY and self._timer.isActive():
            self._timer.start(self._ms)
        return False
