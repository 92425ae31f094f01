"""The job dialog kit: preview → confirm → apply, with a busy bar, progress and cancel.

A job dialog shows what a job will do before it does it (an import's rows, the year rollover's plan), lets the user
change the choices (each change asks the worker for a new preview), then applies it on the worker. The kit owns
what such a dialog must get right and is easy to get wrong by hand:

- only the newest preview counts: an older one finishing late is dropped (``start_preview``);
- a busy bar while a preview is made, and no apply until it is there;
- progress from the worker's ``progress_changed`` signal (``app.worker.progress()``); Esc, Cancel and the window's
  close button cancel a running apply (the service rolls back at its next progress report) and the dialog stays
  open to say how it ended; the choices are locked meanwhile;
- once applied, what was applied stays shown (no later preview replaces it), the apply button goes and Cancel
  becomes Close;
- errors in one place: the error line above the buttons (anything unexpected in the apology dialog).

A dialog subclasses JobDialog, puts its widgets into ``self.body`` (options such as "skip invalid rows" with
``add_option``) and implements:

    load(...)                    starts a preview: self.start_preview(lambda s: service.preview_x(s, ...choices))
    _loaded(preview)             shows a preview (only the newest arrives)
    ready() -> bool              the preview on screen can be applied (the kit adds: not busy, not yet applied)
    apply_call(progress)         the apply as a worker call: lambda s: service.apply_x(s, preview, progress=progress)
    _applied(result)             shows what was done
    inputs() -> list[QWidget]    what changes the preview: locked while applying and once applied

and may override ``confirm()`` (a question before applying), ``_load_failed`` / ``_apply_failed`` (they show the
error) and ``_update_buttons`` (call the kit's first). ``start_over()`` makes an applied dialog ready for a new
job (another file). Examples: ui/rollover_dialog.py, ui/table_import_dialog.py (and the imports built on it).
"""
from __future__ import annotations

from typing import Any, Callable

from counselor_app.ui.qt import (
    QDialog, QDialogButtonBox, QHBoxLayout, QProgressBar, QPushButton, QVBoxLayout, QWidget,
)
from counselor_app.ui.widgets import error_label, show_error_text, show_failure

OPTION_BAR_WIDTH = 220   # the progress bar beside an option (skip invalid rows); alone it takes the whole width


class JobDialog(QDialog):

    def __init__(self, parent, app, title: str, apply_text: str, busy_text: str = "") -> None:
        super().__init__(parent)
        self.app = app
        self.result: Any = None              # what the apply returned; None until it succeeded
        self._loading = False                # a preview is being made
        self._progress = None                # the running apply's Progress (cancel goes through it)
        self._request = 0                    # the newest preview's number: older answers are dropped
        self._token = 0                      # the running apply's progress token
        self._busy_text = busy_text          # shown in the bar while applying ("Backing up, then rolling over…")
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        self.body = QVBoxLayout()
        layout.addLayout(self.body, 1)
        self.error = error_label()
        layout.addWidget(self.error)
        self.footer = QHBoxLayout()
        self.bar = QProgressBar()
        self.bar.setVisible(False)
        self.footer.addWidget(self.bar, 1)
        layout.addLayout(self.footer)
        self.buttons = QDialogButtonBox()
        self.apply_button: QPushButton = self.buttons.addButton(apply_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setObjectName("primary")
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button.clicked.connect(self.apply)
        self.close_button.clicked.connect(self._close)
        layout.addWidget(self.buttons)
        app.worker.progress_changed.connect(self._show_progress)

    def add_option(self, widget: QWidget) -> None:
        """An option beside the progress bar (it then keeps to a small width)."""
        self.footer.insertWidget(self.footer.count() - 1, widget, 1)
        self.footer.setStretchFactor(self.bar, 0)
        self.bar.setMaximumWidth(OPTION_BAR_WIDTH)

    # -- what a dialog implements ---------------------------------------------------------------------------------
    def _loaded(self, preview: Any) -> None:
        raise NotImplementedError

    def ready(self) -> bool:
        return True

    def apply_call(self, progress) -> Callable:
        raise NotImplementedError

    def _applied(self, result: Any) -> None:
        raise NotImplementedError

    def inputs(self) -> list[QWidget]:
        return []

    def confirm(self) -> bool:
        return True

    # -- the preview ----------------------------------------------------------------------------------------------
    def start_preview(self, call: Callable, keep_error: bool = False) -> None:
        """Ask the worker for a preview; only the newest one is shown. Nothing happens while applying or once
        applied (what was applied stays on screen)."""
        if self._progress is not None or self.result is not None:
            return
        self._loading = True
        if not keep_error:
            show_error_text(self.error, "")
        self._bar_busy("")
        self._update_buttons()
        self._request += 1
        request = self._request
        self.app.worker.run(call, lambda p: self._deliver(request, self._loaded, p),
                            lambda e: self._deliver(request, self._load_failed, e), context=self)

    def _deliver(self, request: int, show: Callable, answer: Any) -> None:
        if request != self._request:
            return   # an older preview finishing late, or one overtaken by the apply
        self._loading = False
        self.bar.setVisible(False)
        show(answer)
        self._update_buttons()

    def _load_failed(self, error: BaseException) -> None:
        show_failure(self.error, self, error)

    # -- applying -------------------------------------------------------------------------------------------------
    def apply(self) -> None:
        if self.result is not None or self._progress is not None or self._loading or not self.ready():
            return
        if not self.confirm():
            return
        self._token, progress = self.app.worker.progress()
        self._progress = progress
        self._request += 1   # no preview may replace what is being applied
        show_error_text(self.error, "")
        self._bar_busy(self._busy_text)
        self._update_buttons()
        self.app.worker.run(self.apply_call(progress), self._apply_done, self._apply_error, context=self)

    def _bar_busy(self, text: str) -> None:
        self.bar.setRange(0, 0)
        self.bar.setFormat(text or "%p%")
        self.bar.setTextVisible(bool(text))
        self.bar.setVisible(True)

    def _show_progress(self, token: int, done: int, total: int) -> None:
        if token == self._token and self._progress is not None and total:
            self.bar.setRange(0, total)
            self.bar.setValue(done)

    def _apply_done(self, result: Any) -> None:
        self._progress = None
        self.result = result
        self.bar.setVisible(False)
        self.close_button.setText(self.tr("Close"))
        self._applied(result)
        self._update_buttons()

    def _apply_error(self, error: BaseException) -> None:
        self._progress = None
        self.bar.setVisible(False)
        self._update_buttons()
        self._apply_failed(error)

    def _apply_failed(self, error: BaseException) -> None:
        show_failure(self.error, self, error)

    def start_over(self) -> None:
        """After an apply: ready for a new job (another file), with its own preview."""
        self.result = None
        self.close_button.setText(self.tr("Cancel"))
        self._update_buttons()

    # -- buttons and closing --------------------------------------------------------------------------------------
    def _update_buttons(self) -> None:
        running, done = self._progress is not None, self.result is not None
        self.apply_button.setVisible(not done)
        self.apply_button.setEnabled(not (running or done or self._loading) and self.ready())
        for widget in self.inputs():
            widget.setEnabled(not (running or done))

    def _close(self) -> None:
        if self.result is not None and self._progress is None:
            self.accept()
        else:
            self.reject()

    def reject(self) -> None:
        """Cancel, Esc and the window's close button: while applying they cancel (the service rolls back) and the
        dialog stays open to say how it ended."""
        if self._progress is not None:
            self._progress.cancel()
            return
        super().reject()
