"""Small building blocks shared by the windows and pages."""
from __future__ import annotations

from counselor_app.domain.errors import UserError
from counselor_app.translation import error_text
from counselor_app.ui.qt import (
    QAbstractItemView, QDialogButtonBox, QFrame, QGuiApplication, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QModelIndex, QPlainTextEdit, QPushButton, QStyledItemDelegate, QTableView, QTableWidget, Qt,
    QVBoxLayout, QWidget,
)


def password_field(parent: QWidget | None = None, placeholder: str = "") -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setPlaceholderText(placeholder)
    return field


def primary_button(text: str, parent: QWidget | None = None) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName("primary")
    button.setDefault(True)
    return button


def error_label(parent: QWidget | None = None) -> QLabel:
    """A form's error line. Its room (two lines) is kept even when empty, so a message never squeezes the form."""
    label = QLabel(parent)
    label.setObjectName("error")
    label.setWordWrap(True)
    label.setMinimumHeight(2 * label.fontMetrics().lineSpacing() + 4)
    return label


def form_footer(dialog, layout) -> tuple[QLabel, QDialogButtonBox]:
    """The end of every small form dialog: its error line, then OK (→ ``dialog.submit``) and Cancel."""
    error = error_label()
    layout.addWidget(error)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.submit)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    return error, buttons


def show_error_text(label: QLabel, text: str) -> None:
    label.setText(text)


def show_failure(label: QLabel, parent: QWidget, error: BaseException) -> None:
    """A user error in the form's own error line; anything unexpected in the apology dialog."""
    if isinstance(error, UserError):
        show_error_text(label, error_text(error))
    else:
        from counselor_app.ui import dialogs

        dialogs.show_error(parent, error)


def row_table(model, stretch: bool = True, single: bool = True) -> QTableView:
    """A read-only table of whole rows, the way every list in the app looks."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)   # the arrows move between rows; Tab leaves (cell by cell it wrapped for ever)
    if single:
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    header = table.horizontalHeader()
    if stretch:
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    else:
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Measure the rows on screen, not every row: Qt's default (1,000 rows) costs a second per filter on a
        # 30,000-student list, all of them 25 s (bench/bench_student_list.py).
        header.setResizeContentsPrecision(0)
        header.setStretchLastSection(True)
    table.verticalHeader().hide()
    return table


def note_box(name: str = "", height: int | None = None, placeholder: str = "") -> QPlainTextEdit:
    """A multi-line text field of a form. Tab goes on to the next control, as in every other field (a note has no use
    for a tab character, and a keyboard user was stuck in the box)."""
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    if name:
        box.setObjectName(name)
    if height is not None:
        box.setFixedHeight(height)
    if placeholder:
        box.setPlaceholderText(placeholder)
    return box


def tab_leaves(table: QTableView) -> QTableView:
    """A table read with the arrows, or one of widgets in its cells: Tab leaves it, or goes on to the widgets in its
    cells, instead of walking its cells and wrapping round for ever."""
    table.setTabKeyNavigation(False)
    return table


def tab_through_cells(table: QTableView) -> None:
    """Tab from ``table`` goes through the fields in its cells, row by row, before the control after it. Call it
    once the fields are in: Qt puts a field added later at the end of the window's order, after its buttons."""
    model, before = table.model(), table
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            field = table.indexWidget(model.index(row, column))
            if field is not None and field.focusPolicy() & Qt.FocusPolicy.TabFocus:
                QWidget.setTabOrder(before, field)
                before = field


class EditGrid(QTableWidget):
    """A table whose cells are typed into. Tab goes on to the next cell, as in a spreadsheet, while there is one;
    from the last cell it leaves the table (Shift+Tab from the first), instead of wrapping round for ever."""

    def _beyond(self, action) -> bool:
        """Whether Tab (``MoveNext``) or Shift+Tab (``MovePrevious``) from the current cell would wrap round."""
        current = self.currentIndex()
        if not current.isValid():
            return False
        last = (self.rowCount() - 1, self.columnCount() - 1)
        if action == QAbstractItemView.CursorAction.MoveNext:
            return (current.row(), current.column()) >= last
        if action == QAbstractItemView.CursorAction.MovePrevious:
            return (current.row(), current.column()) <= (0, 0)
        return False

    def moveCursor(self, action, modifiers):  # noqa: N802 - Qt's name
        if self._beyond(action):
            return QModelIndex()   # no next cell: Qt then moves the focus on, out of the table
        return super().moveCursor(action, modifiers)

    def closeEditor(self, editor, hint):  # noqa: N802 - Qt's name
        """Tab while typing in the last cell: the text kept, the focus on to the next control."""
        ends = {QStyledItemDelegate.EndEditHint.EditNextItem: QAbstractItemView.CursorAction.MoveNext,
                QStyledItemDelegate.EndEditHint.EditPreviousItem: QAbstractItemView.CursorAction.MovePrevious}
        leave = hint in ends and self._beyond(ends[hint])
        super().closeEditor(editor, QStyledItemDelegate.EndEditHint.NoHint if leave else hint)
        if leave:
            self.focusNextPrevChild(hint == QStyledItemDelegate.EndEditHint.EditNextItem)


def selected_row(table: QTableView):
    """The row object of the table's (single) selected row, or None."""
    rows = table.selectionModel().selectedRows()
    return table.model().row_at(rows[0]) if rows else None


def page_heading(title: str, *buttons: QPushButton) -> QHBoxLayout:
    """A page's title on the left and its action buttons on the right."""
    heading = QHBoxLayout()
    heading.addWidget(page_title(title), 1)
    for button in buttons:
        heading.addWidget(button)
    return heading


def center_on_screen(widget: QWidget) -> None:
    """Place a small top-level window in the middle of the screen it is on."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    widget.adjustSize()
    frame = widget.frameGeometry()
    frame.moveCenter(screen.availableGeometry().center())
    widget.move(frame.topLeft())


def page_title(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("pageTitle")
    return label


class StartCard(QFrame):
    """The frame of a start-page card that lists things: the title (``self.title``, set by the card) with a one-line
    summary beside it (``self.summary``, a hint), and below them what the card adds to ``self.layout()``."""

    def __init__(self, style: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = None
        self.setObjectName("card")
        self.setStyleSheet(style)
        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("cardTitle")
        self.summary = QLabel()
        self.summary.setObjectName("hint")
        head.addWidget(self.title)
        head.addSpacing(12)
        head.addWidget(self.summary, 1)
        layout.addLayout(head)


class Card(QFrame):
    """A white box with a small title and a large value, for the start page."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        layout = QVBoxLayout(self)
        self.title = QLabel(title)
        self.title.setObjectName("cardTitle")
        self.value = QLabel("—")
        self.value.setObjectName("cardValue")
        self.value.setWordWrap(True)
        self.detail = QLabel("")
        self.detail.setObjectName("hint")
        self.detail.setWordWrap(True)
        for w in (self.title, self.value, self.detail):
            layout.addWidget(w)
        layout.addStretch(1)

    def set(self, value: str, detail: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail)
