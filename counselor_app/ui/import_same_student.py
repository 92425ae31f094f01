"""The import preview's choice for rows that are most likely a student of the register under another number.

Such a row (a new student number, but the name, birth date and class of a student the register holds) is counted
nowhere until the user decides, row by row or for all of them: import it as a new student, give the register's
student the file's (corrected) number, or skip the row. The import stays disabled while a row is undecided, so a
duplicate is never created without a word.
"""
from __future__ import annotations

from counselor_app.domain import roster
from counselor_app.services.roster_import import ImportPreview
from counselor_app.ui.qt import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QStandardItem, QStandardItemModel, QTableView,
    QVBoxLayout, QWidget, Qt, Signal,
)
from counselor_app.ui.widgets import tab_leaves, tab_through_cells

VISIBLE_ROWS = 4   # the table shows this many rows before it scrolls


class SameStudentPanel(QWidget):
    """Hidden unless the preview has likely-same rows; ``changed`` after every choice."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sameStudents")
        self.preview: ImportPreview | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel()
        self.heading.setObjectName("sameHeading")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.bar = QWidget()   # "for all these rows", shown when there are several; and a note on the choice
        bar = QHBoxLayout(self.bar)
        bar.setContentsMargins(0, 0, 0, 0)
        self.all_label = QLabel(self.tr("For all these rows:"))
        self.all_choice = QComboBox()
        self.all_choice.setObjectName("sameAll")
        self.all_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for text, choice in ((self.tr("Choose…"), None), (self.tr("Import as new students"), roster.SAME_NEW),
                             (self.tr("Correct the numbers in the register"), roster.SAME_RENUMBER),
                             (self.tr("Skip these rows"), roster.SAME_SKIP)):
            self.all_choice.addItem(text, choice)
        self.all_choice.currentIndexChanged.connect(self._choose_all)
        self.note = QLabel()
        self.note.setObjectName("hint")
        self.note.setWordWrap(True)
        bar.addWidget(self.all_label)
        bar.addWidget(self.all_choice)
        bar.addWidget(self.note, 1)
        bar.addStretch()   # the box as wide as its choices when the note is hidden
        layout.addWidget(self.bar)
        self.model = QStandardItemModel(0, 7, self)
        self.model.setHorizontalHeaderLabels([
            self.tr("Row"), self.tr("Student number in the file"), self.tr("Name"), self.tr("Birth date"),
            self.tr("Class"), self.tr("In the register"), self.tr("Import as")])
        self.table = tab_leaves(QTableView())   # Tab goes on to the choices in its last column
        self.table.setObjectName("sameTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        layout.addWidget(self.table)
        self.setVisible(False)

    # -- filling --------------------------------------------------------------------------------------------
    def set_preview(self, preview: ImportPreview | None) -> None:
        self.preview = preview
        self.model.removeRows(0, self.model.rowCount())
        same = preview.likely_same if preview is not None and not preview.problems else {}
        self.setVisible(bool(same))
        self._say("")
        if not same:
            return
        self.heading.setText(self.tr(
            "{count} row(s) have a new student number but the name, birth date and class of a student in the "
            "register (most likely a corrected number). Choose what the import does with each:").format(
            count=len(same)))
        for widget in (self.all_label, self.all_choice):
            widget.setVisible(len(same) > 1)
        self.bar.setVisible(len(same) > 1)
        by_line = {v.line: v for v in preview.verdicts}
        for row, (line, info) in enumerate(same.items()):
            record = by_line[line].record
            birth = record.get("birth_date")
            cells = [str(line), record.get("student_no") or "", record.get("name") or "",
                     birth.isoformat() if hasattr(birth, "isoformat") else "",
                     roster.class_label(record.get("grade") or "", record.get("class_name") or ""),
                     self.tr(", ").join(info.student_nos), ""]
            items = [QStandardItem(text) for text in cells]
            items[0].setData(line, Qt.ItemDataRole.UserRole)
            items[0].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.model.appendRow(items)
            combo = QComboBox()
            combo.setObjectName(f"same{line}")
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.addItem(self.tr("Choose…"), None)
            combo.addItem(self.tr("A new student"), roster.SAME_NEW)
            if info.can_renumber:
                combo.addItem(self.tr("The student {student_no} with the corrected number").format(
                    student_no=info.student_nos[0]), roster.SAME_RENUMBER)
            combo.addItem(self.tr("Skip this row"), roster.SAME_SKIP)
            combo.setToolTip(self._explain(info))
            combo.setCurrentIndex(max(0, combo.findData(preview.choices.get(line))))
            combo.currentIndexChanged.connect(lambda _i, line=line: self._choose_row(line))
            self.table.setIndexWidget(self.model.index(row, 6), combo)
        tab_through_cells(self.table)
        self._sync_all()
        self._size_table()

    def _explain(self, info: roster.LikelySame) -> str:
        from counselor_app.domain.errors import fill
        from counselor_app.translation import translate_text

        return fill(info.message[0], info.message[1], translate_text)

    def _size_table(self) -> None:
        table, head = self.table, self.table.horizontalHeader()
        table.resizeColumnsToContents()
        combos = [self.combo_for(line) for line in self.preview.likely_same]
        head.resizeSection(6, max([c.sizeHint().width() for c in combos] + [head.sectionSize(6)]))
        rows = min(VISIBLE_ROWS, self.model.rowCount())
        row_height = max([table.rowHeight(0)] + [c.sizeHint().height() for c in combos])
        for row in range(self.model.rowCount()):
            table.setRowHeight(row, row_height)
        frame = 2 * table.frameWidth()
        table.setFixedHeight(head.sizeHint().height() + rows * row_height + frame)

    # -- choosing -------------------------------------------------------------------------------------------
    def combo_for(self, line: int) -> QComboBox | None:
        for row in range(self.model.rowCount()):
            if self.model.item(row, 0).data(Qt.ItemDataRole.UserRole) == line:
                return self.table.indexWidget(self.model.index(row, 6))
        return None

    def _choose_row(self, line: int) -> None:
        if self.preview is None:
            return
        self.preview.choose(self.combo_for(line).currentData(), [line])
        self._say("")
        self._sync_all()
        self.changed.emit()

    def _choose_all(self) -> None:
        choice = self.all_choice.currentData()
        if self.preview is None or choice is None:
            return
        left = self.preview.choose(choice)
        for line in self.preview.likely_same:
            combo = self.combo_for(line)
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(self.preview.choices.get(line))))
            combo.blockSignals(False)
        self._say(self.tr("Row(s) {lines} cannot take the corrected number (the table below says why): choose "
                          "for them.").format(lines=self.tr(", ").join(map(str, left))) if left else "")
        self._sync_all()
        self.changed.emit()

    def _say(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))
        self.bar.setVisible(bool(text) or self.all_choice.isVisibleTo(self))

    def _sync_all(self) -> None:
        """The "for all" box shows the choice every row has, else "Choose…"."""
        chosen = {self.preview.choices.get(line) for line in self.preview.likely_same}
        self.all_choice.blockSignals(True)
        self.all_choice.setCurrentIndex(max(0, self.all_choice.findData(chosen.pop())) if len(chosen) == 1 else 0)
        self.all_choice.blockSignals(False)
