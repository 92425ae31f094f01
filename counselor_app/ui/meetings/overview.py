"""The month × grade overview of a school year (研判会一览): which grades have met in which month.

One row per grade (or department), one column per month of the school year. A cell says what the grade's meetings
of that month are (已定稿 ✓, 准备中, 进行中; an extra meeting adds “+1”); an empty cell of a past month is grey, of
the current month red (the grade has not met yet this month). When the policy asks for more than one meeting a month
(设置 → 政策指标), a month short of them says how many were held of how many (“✓ 1/2”), red in the current month.
A double-click (or Enter) on a cell opens its meeting, or offers a new meeting for that grade and month.
"""
from __future__ import annotations

from datetime import date

from counselor_app.domain import meeting as rules
from counselor_app.ui.meetings import words
from counselor_app.ui.qt import (
    QAbstractItemView, QColor, QComboBox, QEvent, QHBoxLayout, QHeaderView, QLabel, QObject, Qt, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget, Signal,
)
from counselor_app.ui.widgets import tab_leaves

HELD_BG, OPEN_BG, MISSING_BG, PAST_BG = "#dcefdc", "#e3edf7", "#f8d7d4", "#f1f1f1"
CELL = Qt.ItemDataRole.UserRole


class Overview(QWidget):
    """``activated(grade_id, month, meeting_id or None)``; ``year_chosen(year_id)`` when another year is chosen."""

    activated = Signal(int, str, object)
    year_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = None
        self.today = date.today()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.caption = QLabel(self.tr("Meetings of the school year"))
        self.caption.setObjectName("cardTitle")
        self.year = QComboBox()
        self.year.setObjectName("meetingYear")
        self.year.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.year.currentIndexChanged.connect(self._year_changed)
        self.legend = QLabel(self.tr("✓ finalized · red: no meeting yet this month · double-click a cell to open "
                                     "or prepare its meeting"))
        self.legend.setObjectName("hint")
        top.addWidget(self.caption)
        top.addWidget(self.year)
        top.addSpacing(12)
        top.addWidget(self.legend, 1)
        layout.addLayout(top)
        self.table = tab_leaves(QTableWidget())   # the arrows move between the months
        self.table.setObjectName("meetingOverview")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.cellDoubleClicked.connect(self._activate)
        self._enter = _Enter(self.table, lambda: self._activate(self.table.currentRow(), self.table.currentColumn()))
        layout.addWidget(self.table)
        self.empty = QLabel()
        self.empty.setObjectName("hint")
        self.empty.hide()
        layout.addWidget(self.empty)

    def set_years(self, years, chosen: int | None) -> None:
        self.year.blockSignals(True)
        self.year.clear()
        for y in years:
            self.year.addItem(y.name, y.id)
        if chosen is not None:
            self.year.setCurrentIndex(max(0, self.year.findData(chosen)))
        self.year.blockSignals(False)
        self.year.setVisible(self.year.count() > 0)

    def _year_changed(self, _index: int) -> None:
        if self.year.currentData() is not None:
            self.year_chosen.emit(self.year.currentData())

    def show_data(self, overview, today: date | None = None) -> None:
        self.data, self.today = overview, today or date.today()
        if overview is None:
            self.table.hide()
            self.empty.setText(self.tr("No school year is set up: enter it on the school calendar page."))
            self.empty.show()
            return
        this_month = rules.month_of(self.today)
        months, grades, required = overview.months, overview.grades, overview.required
        self.legend.setText(self.tr("✓ finalized · red: no meeting yet this month · double-click a cell to open "
                                    "or prepare its meeting") if required == 1 else
                            self.tr("✓ finalized · 1/2: meetings held of those the policy asks a month · red: short "
                                    "this month · double-click a cell to open or prepare its meeting"))
        self.table.clear()
        self.table.setColumnCount(len(months))
        self.table.setRowCount(len(grades))
        self.table.setHorizontalHeaderLabels([self._month_head(m) for m in months])
        self.table.setVerticalHeaderLabels([g.grade for g in grades])
        for r, g in enumerate(grades):
            for c, cell in enumerate(g.cells):
                item = QTableWidgetItem(self.cell_text(cell, required))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setData(CELL, (g.grade_id, cell.month, cell.meetings[0][0] if cell.meetings else None))
                colour = self.cell_colour(cell, this_month)
                if colour:
                    item.setBackground(QColor(colour))
                if cell.short(required) and cell.month == this_month:
                    item.setForeground(QColor(words.LATE_RED))
                item.setToolTip(self.cell_tip(g.grade, cell, this_month, required))
                self.table.setItem(r, c, item)
        height = self.table.horizontalHeader().height() + sum(self.table.rowHeight(r) for r in range(len(grades)))
        self.table.setFixedHeight(min(height + 4, 320))
        self.table.show()
        self.empty.setVisible(not grades)
        self.empty.setText(self.tr("No grade or department with classes yet."))

    def _month_head(self, month: str) -> str:
        """The column's month: 9月 in Chinese, Sep in English (a Qt date format the translation gives)."""
        return words.month_format(int(month[:4]), int(month[5:]), self.tr("MMM"))

    def cell_text(self, cell, required: int = 1) -> str:
        if not cell.meetings:
            return ""
        first = cell.meetings[0]
        state = first[2]
        text = "✓" if state == rules.MeetingState.FINALIZED else words.state_text(state)
        if cell.short(required):
            text += f" {len(cell.meetings)}/{required}"
        elif len(cell.meetings) > 1:
            text += f" +{len(cell.meetings) - 1}"
        return text

    @staticmethod
    def cell_colour(cell, this_month: str) -> str | None:
        if cell.held:
            return HELD_BG
        if cell.meetings:
            return OPEN_BG
        if cell.month == this_month:
            return MISSING_BG
        if cell.month < this_month:
            return PAST_BG
        return None

    def cell_tip(self, grade: str, cell, this_month: str, required: int = 1) -> str:
        head = f"{grade} · {words.month_text(cell.month)}"
        if not cell.meetings:
            what = self.tr("no meeting yet this month") if cell.month == this_month else self.tr("no meeting")
            return f"{head}: {what}"
        if cell.short(required):
            head += "\n" + self.tr("{held} of the {required} meetings a month the policy asks for").format(
                held=len(cell.meetings), required=required)
        return head + "\n" + "\n".join(f"{words.label(rules.Kind, k)}: {words.state_text(s)}"
                                       for _i, k, s in cell.meetings)

    def _activate(self, row: int, column: int) -> None:
        item = self.table.item(row, column)
        if item is None:
            return
        grade_id, month, meeting_id = item.data(CELL)
        self.activated.emit(grade_id, month, meeting_id)

    def clear(self) -> None:
        self.data = None
        self.table.clear()
        self.table.setRowCount(0)
        self.year.clear()


class _Enter(QObject):
    def __init__(self, table, run) -> None:
        super().__init__(table)
        self.run = run
        table.installEventFilter(self)

    def eventFilter(self, _obj, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.run()
            return True
        return False
