"""Finding one student of the register by typing: the student number, the name or its pinyin initials.

The register's rows (services.students.list_students, loaded once by the dialog that holds the picker) are
searched on the GUI thread as the user types, with the students page's matching (ui/list_page.select_rows): 30,000
students in a few milliseconds. The best matches show in a short list under the line; Enter, a click or the arrow
keys and Enter choose one. A student number typed whole chooses its student at Enter.
"""
from __future__ import annotations

from typing import Any, Sequence

from counselor_app.domain.school import class_label
from counselor_app.domain.student_status import in_school
from counselor_app.ui.list_page import select_rows
from counselor_app.ui.qt import (
    QEvent, QLineEdit, QListWidget, QListWidgetItem, QObject, QSizePolicy, Qt, QTimer, QVBoxLayout, QWidget, Signal,
)

ROW = Qt.ItemDataRole.UserRole
SHOWN = 30   # matches listed at most (the user types more to narrow them)


def student_text(row) -> str:
    """'2026070301 张三 · 七年级(3)班' — how a chosen student reads in the line."""
    where = class_label(row.grade, row.class_name)
    return f"{row.student_no} {row.name}" + (f" · {where}" if where else "")


class StudentPicker(QWidget):
    """A line to type in and the matches under it. ``chosen`` carries the chosen row, or None when the user
    types again after choosing."""

    chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list = []
        self.current: Any = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        # never taller than the line (and the matches while shown): a dialog that grew for the matches keeps the
        # line at the top once one is chosen, not floating in the middle of an empty band
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.line = QLineEdit()
        self.line.setObjectName("studentQuery")
        self.line.setClearButtonEnabled(True)
        self.matches = QListWidget()
        self.matches.setObjectName("studentMatches")
        self.matches.setFixedHeight(132)   # about six matches; typing more narrows them
        self.matches.hide()
        layout.addWidget(self.line)
        layout.addWidget(self.matches)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(80)
        self._timer.timeout.connect(self.search)
        self.line.textEdited.connect(self._typed)
        self.matches.itemActivated.connect(self._choose_item)
        self.matches.itemClicked.connect(self._choose_item)
        self._keys = _Keys(self.line, self)
        self.set_loading(True)

    def set_loading(self, loading: bool) -> None:
        self.line.setPlaceholderText(self.tr("Loading the register…") if loading else
                                     self.tr("Student number, name or pinyin initials (e.g. zsm)"))

    def set_rows(self, rows: Sequence) -> None:
        """The students one may choose: those still in school (on leave and suspended ones too)."""
        self.rows = [r for r in rows if in_school(r.status)]
        self.set_loading(False)
        if self.line.text().strip() and self.current is None:
            self.search()

    def clear(self) -> None:
        self.rows, self.current = [], None
        self.line.clear()
        self.matches.clear()
        self.matches.hide()

    # -- typing and choosing --------------------------------------------------------------------------------
    def _typed(self, _text: str) -> None:
        if self.current is not None:
            self.current = None
            self.chosen.emit(None)
        self._timer.start()

    def found(self, query: str) -> list:
        query = query.strip()
        if not query:
            return []
        exact = [r for r in self.rows if r.student_no == query]
        return exact or select_rows(self.rows, query)[:SHOWN]

    def search(self) -> None:
        self._timer.stop()
        self.matches.clear()
        rows = self.found(self.line.text())
        for row in rows:
            item = QListWidgetItem(student_text(row))
            item.setData(ROW, row)
            self.matches.addItem(item)
        if rows:
            self.matches.setCurrentRow(0)
        elif self.line.text().strip() and self.rows:
            self.matches.addItem(QListWidgetItem(self.tr("No student in school matches.")))
        self.matches.setVisible(self.matches.count() > 0)

    def choose_current(self) -> None:
        """Enter in the line: the highlighted match (searching first if the typing has not been searched)."""
        if self._timer.isActive() or (self.matches.count() == 0 and self.line.text().strip()):
            self.search()
        item = self.matches.currentItem()
        if item is not None:
            self._choose_item(item)

    def _choose_item(self, item: QListWidgetItem) -> None:
        row = item.data(ROW)
        if row is not None:
            self.choose(row)

    def choose(self, row) -> None:
        self.current = row
        self.line.setText(student_text(row))
        self.matches.clear()
        self.matches.hide()
        self.chosen.emit(row)

    def step(self, step: int) -> None:
        if self.matches.count():
            self.matches.setCurrentRow(max(0, min(self.matches.count() - 1, self.matches.currentRow() + step)))


class _Keys(QObject):
    """Enter chooses, the arrow keys move through the matches, while the focus stays in the line."""

    def __init__(self, line: QLineEdit, picker: StudentPicker) -> None:
        super().__init__(line)
        self.picker = picker
        line.installEventFilter(self)

    def eventFilter(self, _obj, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.KeyPress:
            return False
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.picker.current is None and self.picker.line.text().strip():
                self.picker.choose_current()
                return True   # not the dialog's OK
            return False
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.picker.matches.isVisible():
            self.picker.step(1 if key == Qt.Key.Key_Down else -1)
            return True
        return False
