"""Message boxes and file pickers that tests can answer (KeePassXC's MessageBox::setNextAnswer).

With ``answer_automatically(True)`` (the test suite turns it on) no dialog is ever shown modally: each call
takes the next queued answer, or the default, and records what it would have shown in ``shown``.

Qt's own file dialog writes its history and last folder into Qt's settings (QtProject.conf or the registry), outside
the office's encrypted data, and a folder may be named after a student: both are removed after every file picker
(:func:`forget_file_dialog_folders`, also when the application starts).
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from counselor_app import crash
from counselor_app.domain.errors import UserError
from counselor_app.translation import error_text
from counselor_app.ui.qt import (
    QCoreApplication, QDialog, QDialogButtonBox, QFileDialog, QLabel, QMessageBox, QSettings, QVBoxLayout, QWidget,
)

log = logging.getLogger("counselor_app.ui")


@dataclass
class Shown:
    kind: str
    title: str
    text: str


shown: list[Shown] = []
_answers: list[Any] = []
_automatic = False


def answer_automatically(on: bool) -> None:
    global _automatic
    _automatic = on
    _answers.clear()
    shown.clear()


def set_next_answers(*answers: Any) -> None:
    """Queue answers for the next dialogs: True/False for questions, a path or None for file pickers."""
    _answers.extend(answers)


def _auto(kind: str, title: str, text: str, default: Any) -> tuple[bool, Any]:
    if not _automatic:
        return False, None
    shown.append(Shown(kind, title, text))
    return True, (_answers.pop(0) if _answers else default)


def show_error(parent: QWidget | None, error: BaseException) -> None:
    """A user error in plain words; anything else logged (type and frames only) and shown with an apology."""
    if isinstance(error, UserError):
        title, text = QCoreApplication.translate("Dialogs", "Cannot do this"), error_text(error)
    else:
        code = crash.report(error, "window")   # type, files, lines, functions: no message, no values
        log.error("unexpected %s in a window, reference %s", type(error).__name__, code)   # app.log: no message
        title = QCoreApplication.translate("Dialogs", "Unexpected error")
        text = QCoreApplication.translate(
            "Dialogs", "Sorry, something went wrong ({kind}). Nothing that was saved has been lost.\n\nReference: "
                       "{code}\nA report without personal data was written to {folder}. Please give the reference "
                       "to whoever looks after the program.").format(kind=type(error).__name__, code=code,
                                                                     folder=crash.log_dir())
    handled, _ = _auto("error", title, text, None)
    if not handled:
        QMessageBox.warning(parent, title, text)


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    handled, _ = _auto("info", title, text, None)
    if not handled:
        QMessageBox.information(parent, title, text)


def ask_yes_no(parent: QWidget | None, title: str, text: str, *, default: bool = False, yes_text: str = "",
               no_text: str = "") -> bool:
    """A question; ``yes_text``/``no_text`` name the buttons after what they do (e.g. 恢复 / 取消)."""
    handled, answer = _auto("question", title, text, default)
    if handled:
        return bool(answer)
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Yes
                      | QMessageBox.StandardButton.No, parent)
    if yes_text:
        box.button(QMessageBox.StandardButton.Yes).setText(yes_text)
    if no_text:
        box.button(QMessageBox.StandardButton.No).setText(no_text)
    box.setDefaultButton(QMessageBox.StandardButton.Yes if default else QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


FILE_DIALOG_FOLDERS = ("history", "lastVisited")   # what Qt's file dialog keeps in its group "FileDialog"


def forget_file_dialog_folders() -> None:
    """Remove the folders Qt's file dialog remembered in Qt's own settings (never the office's)."""
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.beginGroup("FileDialog")
    for key in FILE_DIALOG_FOLDERS:
        settings.remove(key)
    settings.endGroup()
    settings.sync()


def get_save_file_name(parent: QWidget | None, caption: str, suggested: str, file_filter: str) -> str | None:
    handled, answer = _auto("save-file", caption, suggested, None)
    if handled:
        return answer
    try:
        path, _ = QFileDialog.getSaveFileName(parent, caption, suggested, file_filter)
    finally:
        forget_file_dialog_folders()
    return path or None


def get_open_file_name(parent: QWidget | None, caption: str, file_filter: str) -> str | None:
    handled, answer = _auto("open-file", caption, "", None)
    if handled:
        return answer
    try:
        path, _ = QFileDialog.getOpenFileName(parent, caption, "", file_filter)
    finally:
        forget_file_dialog_folders()
    return path or None


def get_existing_directory(parent: QWidget | None, caption: str, start: str = "") -> str | None:
    handled, answer = _auto("directory", caption, start, None)
    if handled:
        return answer
    try:
        path = QFileDialog.getExistingDirectory(parent, caption, start)
    finally:
        forget_file_dialog_folders()
    return path or None


def choose_printer(parent: QWidget | None, printer) -> bool:
    """The print dialog for ``printer``; False when cancelled.

    Answered automatically (tests), the queued answer is the path of a PDF file the printer then writes to (a stand-in
    for a real printer), or None for a cancelled dialog; with no queued answer the dialog counts as cancelled.
    """
    handled, answer = _auto("print", "", "", None)
    if handled:
        if not answer:
            return False
        printer.setOutputFormat(printer.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(answer))
        return True
    from PySide6.QtPrintSupport import QPrintDialog

    return QPrintDialog(printer, parent).exec() == QDialog.DialogCode.Accepted


def ask_password(parent: QWidget | None, title: str, text: str) -> str | None:
    """Ask the user to confirm an action with their password; None when cancelled."""
    handled, answer = _auto("password", title, text, None)
    if handled:
        return answer
    from counselor_app.ui.widgets import password_field

    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    layout = QVBoxLayout(dialog)
    label = QLabel(text)
    label.setWordWrap(True)
    layout.addWidget(label)
    field = password_field()
    layout.addWidget(field)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    return field.text() if dialog.exec() == QDialog.DialogCode.Accepted else None
