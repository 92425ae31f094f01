"""A tab of the duty page showing plain rows (my duties, the requests, the missing logs, the fairness table): a bar
on top, the table, buttons for the selected row below, a line of text under them. Loads through the worker."""
from __future__ import annotations

from typing import Any, Callable

from counselor_app.ui import dialogs
from counselor_app.ui.models import RowsModel, sortable
from counselor_app.ui.qt import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget
from counselor_app.ui.widgets import row_table, selected_row


class RowsTab(QWidget):
    stretch = False

    def __init__(self, page) -> None:
        super().__init__()
        self.page, self.app = page, page.app
        self.rows: list = []
        self.loaded = False
        self._row_buttons: list[tuple[QPushButton, Callable[[Any], bool] | None]] = []
        layout = QVBoxLayout(self)
        self.bar = QHBoxLayout()
        layout.addLayout(self.bar)
        self.model = RowsModel(self.columns(), self)
        self.table = row_table(self.model, stretch=self.stretch)
        sortable(self.table)
        layout.addWidget(self.table, 1)
        self.buttons = QHBoxLayout()
        layout.addLayout(self.buttons)
        self.message = QLabel()            # what the last change did ("Swap declined.")
        self.message.setObjectName("dutyMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.line = QLabel()
        self.line.setObjectName("hint")
        self.line.setWordWrap(True)
        layout.addWidget(self.line)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self.update_buttons())
        self.model.modelReset.connect(self.update_buttons)
        self.table.doubleClicked.connect(lambda _i: self.open_row(self.selected()))

    # -- declared by a tab -------------------------------------------------------------------------------------
    def columns(self) -> list:
        raise NotImplementedError

    def loader(self) -> Callable | None:
        return None

    def count_text(self, rows: list) -> str:
        return ""

    def open_row(self, row) -> None:
        """A double-click on a row."""

    # -- buttons ----------------------------------------------------------------------------------------------
    def row_button(self, text: str, run: Callable[[Any], None], name: str, when: Callable[[Any], bool] | None = None,
                   tip: str = "") -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        if tip:
            button.setToolTip(tip)
        button.clicked.connect(lambda _c=False: self._run(run))
        self._row_buttons.append((button, when))
        self.buttons.addWidget(button)
        return button

    def _run(self, run) -> None:
        row = self.selected()
        if row is not None:
            run(row)

    def selected(self):
        return selected_row(self.table)

    def update_buttons(self) -> None:
        row = self.selected()
        for button, when in self._row_buttons:
            button.setEnabled(row is not None and (when is None or bool(when(row))))

    def call(self, call: Callable, done_text: str = "") -> None:
        """Run a change on the worker; a refusal in a message box, ``done_text`` in the line below."""
        def done(_result) -> None:
            self.message.setText(done_text)

        self.message.clear()
        self.app.worker.run(call, done, lambda e: dialogs.show_error(self, e), context=self)

    # -- loading ------------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        call = self.loader()
        if call is not None:
            self.app.worker.run(call, self.show_rows, self.load_failed, context=self)

    def show_rows(self, rows) -> None:
        held = getattr(self.selected(), "id", None)
        self.rows = list(rows)
        self.loaded = True
        self.model.set_rows(self.rows)
        if held is not None:
            where = next((n for n, r in enumerate(self.model.rows) if getattr(r, "id", None) == held), None)
            if where is not None:
                self.table.selectRow(where)
        self.line.setText(self.count_text(self.rows))

    def load_failed(self, error: BaseException) -> None:
        from counselor_app.domain.errors import UserError
        from counselor_app.translation import error_text

        self.model.clear()
        self.loaded = True
        if isinstance(error, UserError):
            self.line.setText(error_text(error))
        else:
            dialogs.show_error(self, error)

    def clear_data(self) -> None:
        self.rows = []
        self.loaded = False
        self.model.clear()
        self.line.clear()
        self.message.clear()
