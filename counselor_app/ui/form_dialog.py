"""The form dialog kit: fields, an optional load before OK is enabled, values → a typed edit, the save on the worker.

A dialog subclasses :class:`FormDialog`, builds its fields, and declares the rest::

    class MeetingDialog(FormDialog):
        def __init__(self, page, row):
            super().__init__(page, page.app, self.tr("New meeting") if row is None else self.tr("Edit meeting"))
            self.row = row
            self.topic = self.field(self.tr("Topic:"), name="meetingTopic")
            self.day = self.field(self.tr("Date:"), QDateEdit())

        def loader(self):            # optional: session → data, run on the worker before OK is enabled
            return lambda s: meeting_service.get_meeting(s, self.row.id) if self.row else None
        def loaded(self, detail): ...                      # fill the fields (GUI thread)
        def edit(self):                                    # the fields → a typed edit; Invalid for a bad value
            if not self.topic.text().strip():
                raise Invalid(self.tr("Give the meeting a topic."), self.topic)
            return MeetingEdit(self.topic.text(), self.day.date().toPython())
        def saver(self, edit):                             # the service call that saves it (run on the worker)
            return lambda s: meeting_service.save_meeting(s, edit, self.row.id if self.row else None)

OK runs ``edit()``, then the saver on the worker, with the form locked meanwhile (buttons and fields disabled, a
wait cursor; Esc and the window's close button wait for the save to end). A value the form cannot take
(:class:`Invalid`) and a service's UserError appear in the form's error line; anything unexpected in the apology
dialog. After the save ``saved(result)`` closes the dialog (and calls ``on_saved(result)``, if given). What the
save changed reaches the pages through the operation's declared areas (ui/worker.py): the form says nothing of it.
"""
from __future__ import annotations

from typing import Any, Callable, Iterable, TypeVar

from counselor_app.ui.qt import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, Qt, QTimer,
    QVBoxLayout, QWidget, is_alive,
)
from counselor_app.ui.widgets import form_footer, show_error_text, show_failure

W = TypeVar("W", bound=QWidget)


class Invalid(Exception):
    """A value the form cannot take: ``text`` (translated) goes to the error line, ``field`` gets the focus."""

    def __init__(self, text: str, field: QWidget | None = None) -> None:
        super().__init__(text)
        self.text, self.field = text, field


class FormDialog(QDialog):
    def __init__(self, parent: QWidget | None, app, title: str, width: int = 460,
                 on_saved: Callable[[Any], None] | None = None) -> None:
        super().__init__(parent)
        self.app, self.on_saved = app, on_saved
        self.busy = False
        self.loading = False
        self.saved_value: Any = None
        self._focus: QWidget | None = None
        self.setWindowTitle(title)
        self.setMinimumWidth(width)
        outer = QVBoxLayout(self)
        self.fields = QWidget()   # everything above the error line; disabled while saving
        self.body = QVBoxLayout(self.fields)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.form = QFormLayout()
        self.body.addLayout(self.form)
        outer.addWidget(self.fields)
        self.error, self.buttons = form_footer(self, outer)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if type(self).loader is not FormDialog.loader:
            self.loading = True
            self.ok_button.setEnabled(False)
            QTimer.singleShot(0, self, self._load)   # once the subclass has built its fields
        if hasattr(app, "locked_changed"):
            app.locked_changed.connect(self._locked_changed)

    # -- what a dialog declares ------------------------------------------------------------------------
    def loader(self) -> Callable[[Any], Any] | None:
        """The service call whose result the form needs before OK (session → data); None: nothing to load."""
        return None

    def loaded(self, result: Any) -> None:
        """Fill the fields from what the loader returned."""

    def edit(self) -> Any:
        """The fields as a typed edit object; raise :class:`Invalid` for a value the form cannot take."""
        raise NotImplementedError

    def saver(self, edit: Any) -> Callable[[Any], Any]:
        """The service call that saves ``edit`` (built here on the GUI thread, run on the worker)."""
        raise NotImplementedError

    def saved(self, result: Any) -> None:
        """After a successful save: close (a dialog may first say something, or stay open)."""
        self.accept()
        if self.on_saved is not None:
            self.on_saved(result)

    # -- building --------------------------------------------------------------------------------------
    def field(self, label: str, widget: W | None = None, *, name: str = "", placeholder: str = "") -> W:
        """A labelled row of the form (a line edit unless ``widget`` is given)."""
        widget = QLineEdit() if widget is None else widget
        if name:
            widget.setObjectName(name)
        if placeholder:
            widget.setPlaceholderText(placeholder)
        self.form.addRow(label, widget)
        return widget

    def note(self, text: str, hint: bool = True) -> QLabel:
        """A wrapped line of text under what is there so far (a hint in grey, or plain)."""
        label = QLabel(text)
        label.setWordWrap(True)
        if hint:
            label.setObjectName("hint")
        self.body.addWidget(label)
        return label

    # -- load, save, errors ----------------------------------------------------------------------------
    def _load(self) -> None:
        call = self.loader()
        if call is None:
            self._loaded(None)
        else:
            self.app.worker.run(call, self._loaded, self._load_failed, context=self)

    def _loaded(self, result: Any) -> None:
        self.loading = False
        self.loaded(result)
        self.ok_button.setEnabled(True)

    def _load_failed(self, error: BaseException) -> None:
        self.loading = False   # OK stays disabled: there is nothing to save without the data
        show_failure(self.error, self, error)

    def submit(self) -> None:
        if self.busy or self.loading:
            return
        try:
            edit = self.edit()
        except Invalid as problem:
            self.show_problem(problem)
            return
        call = self.saver(edit)
        self.error.clear()
        self._set_busy(True)
        self.app.worker.run(call, self._saved, self._failed, context=self)

    def show_problem(self, problem: Invalid) -> None:
        show_error_text(self.error, problem.text)
        if problem.field is not None:
            problem.field.setFocus()

    def _saved(self, result: Any) -> None:
        self._set_busy(False)
        self.saved_value = result
        self.saved(result)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        show_failure(self.error, self, error)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        if busy:
            self._focus = self.focusWidget()
            self.setCursor(Qt.CursorShape.WaitCursor)
        else:
            self.unsetCursor()
        self.buttons.setEnabled(not busy)
        self.fields.setEnabled(not busy)
        if not busy and is_alive(self._focus):
            self._focus.setFocus()

    # -- Esc and close wait for a running save (its outcome must be shown somewhere) -----------------------
    def reject(self) -> None:
        if not self.busy:
            super().reject()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self.busy:
            event.ignore()
        else:
            super().closeEvent(event)

    def _locked_changed(self, locked: int) -> None:
        """A lock drops the answer of a running call (ui/worker.py): a form caught saving closes for good (not shown
        again at the unlock; the page then shows whether it was saved); one caught loading loads again after it."""
        if locked and self.busy:
            self._set_busy(False)
            super().reject()
            self.deleteLater()
        elif not locked and self.loading:
            self._load()


def choice(entries: Iterable[tuple[str, Any]], current: Any = None) -> QComboBox:
    """A combo box of (text, value) entries, ``current`` chosen."""
    combo = QComboBox()
    for text, value in entries:
        combo.addItem(text, value)
    if current is not None:
        combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class CheckList(QListWidget):
    """A list of entries to tick (the classes a head teacher leads, the people at a meeting)."""

    def add(self, text: str, value: Any, checked: bool = False) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, value)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.addItem(item)

    def checked_values(self) -> tuple:
        return tuple(self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())
                     if self.item(i).checkState() == Qt.CheckState.Checked)
