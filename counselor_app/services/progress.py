"""Progress and cancellation for long jobs (backups, imports, reports), shared by the GUI and the CLI."""
from __future__ import annotations

import threading
from typing import Callable

from counselor_app.domain.errors import Cancelled


class Progress:
    """Passed into a long service call; the caller may cancel from another thread."""

    def __init__(self, report: Callable[[int, int], None] | None = None) -> None:
        self._report = report
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def update(self, done: int, total: int) -> None:
        """Report progress; raises Cancelled when the caller asked to stop."""
        if self._cancelled.is_set():
            raise Cancelled()
        if self._report is not None:
            self._report(done, total)
