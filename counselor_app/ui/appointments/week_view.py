"""The week calendar: Monday to Sunday in columns, half hours from 08:00 to 20:00 in rows; an appointment spans its
rows, coloured by its state. Days that are not school days are greyed and named (国庆节, 周末); times outside the
counselor's available hours and blocked times are shaded. A double-click on a free time asks to book it
(``book_at(day, "HH:MM")``), on an appointment opens it (``open_appointment(id)``); dragging an appointment to
another half hour moves it there (``move_to(id, day, "HH:MM")``: the service checks the conflicts again)."""
from __future__ import annotations

from datetime import date, time

from counselor_app.domain import appointment as rules
from counselor_app.domain.holidays import DayKind
from counselor_app.translation import translate_text
from counselor_app.ui.appointments import words
from counselor_app.ui.qt import (QAbstractItemView, QColor, QHeaderView, Qt, QTableWidget, QTableWidgetItem,
                                 QWidget)
from counselor_app.ui.widgets import tab_leaves

FIRST, LAST, STEP = 8 * 60, 20 * 60, 30      # minutes: the rows
APPOINTMENT = Qt.ItemDataRole.UserRole
FREE = QColor("#ffffff")
OFF = QColor("#eeeeee")          # not a school day
OUTSIDE = QColor("#f6f6f6")      # outside the hours, or blocked


def _minutes(t: str) -> int:
    h, m = t.split(":")
    return int(h) * 60 + int(m)


def row_of(t: str) -> int:
    return max(0, min((LAST - FIRST) // STEP - 1, (_minutes(t) - FIRST) // STEP))


def time_of_row(row: int) -> str:
    m = FIRST + row * STEP
    return f"{m // 60:02d}:{m % 60:02d}"


class WeekGrid(QTableWidget):
    def __init__(self, book_at, open_appointment, move_to=None, parent: QWidget | None = None) -> None:
        super().__init__((LAST - FIRST) // STEP, 7, parent)
        self.setObjectName("appointmentWeek")
        tab_leaves(self)   # the arrows move between the times and days
        self.book_at, self.open_appointment, self.move_to = book_at, open_appointment, move_to
        self._dragged: int | None = None           # the appointment pressed on, while the button is down
        self.week = None
        self.cells: dict[int, tuple[int, int]] = {}     # appointment id -> (row, column) of its cell
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.setVerticalHeaderLabels([time_of_row(r) for r in range(self.rowCount())])
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setDefaultSectionSize(26)
        self.cellDoubleClicked.connect(self._double_clicked)

    def clear_data(self) -> None:
        self.week = None
        self.cells = {}
        self.clearSpans()
        self.clearContents()

    def show_week(self, week) -> None:
        """``week``: services.appointment_views.Week."""
        self.clear_data()
        self.week = week
        labels = []
        for wd in week.days:
            text = f"{words.weekday(wd.day)} {wd.day.strftime('%m-%d')}"
            if wd.info.kind is DayKind.MAKEUP_WORKDAY:
                text += "\n" + self.tr("make-up workday")
            elif not wd.school_day:
                name = translate_text(wd.info.name) if wd.info.name else ""
                text += "\n" + (name or (self.tr("weekend") if wd.info.kind is DayKind.WEEKEND else self.tr("no school")))
            labels.append(text)
        self.setHorizontalHeaderLabels(labels)
        for col, wd in enumerate(week.days):
            for row in range(self.rowCount()):
                item = QTableWidgetItem("")
                item.setBackground(self._shade(wd, row))
                self.setItem(row, col, item)
        taken: set[tuple[int, int]] = set()
        for appt in week.appointments:
            if appt.state in rules.CANCELLED:
                continue
            col = (date.fromisoformat(appt.day) - week.monday).days
            row = row_of(appt.start)
            span = max(1, -(-(_minutes(appt.end) - FIRST) // STEP) - row)
            span = min(span, self.rowCount() - row)
            item = self.item(row, col)
            text = f"{appt.start}–{appt.end} {words.who(appt)}\n{words.label(rules.Kind, appt.kind)} · " \
                   f"{words.place(appt)} · {words.label(rules.State, appt.state)}"
            if item.data(APPOINTMENT) is not None:       # an overbooked crisis shares the cell
                item.setText(item.text() + "\n" + text)
                continue
            item.setText(text)
            item.setData(APPOINTMENT, appt.id)
            item.setBackground(words.colour(appt.state))
            item.setToolTip(words.line(appt))
            if span > 1 and not any((r, col) in taken for r in range(row, row + span)):
                self.setSpan(row, col, span, 1)
            taken |= {(r, col) for r in range(row, row + span)}
            self.cells[appt.id] = (row, col)

    def _shade(self, wd, row: int) -> QColor:
        if not wd.school_day:
            return OFF
        start = time.fromisoformat(time_of_row(row))
        hours = self.week.hours if self.week is not None else ()
        if hours and not any(w.weekday == wd.day.weekday() and w.start <= start < w.end for w in hours):
            return OUTSIDE
        for b in self.week.blocked if self.week is not None else ():
            if b.day == wd.day.isoformat() and (b.start is None or b.start <= time_of_row(row) < b.end):
                return OUTSIDE
        return FREE

    # -- dragging an appointment to another time -------------------------------------------------------------------
    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        index = self.indexAt(event.position().toPoint())
        item = self.item(index.row(), index.column()) if index.isValid() else None
        self._dragged = item.data(APPOINTMENT) if item is not None else None
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt's name
        dragged, self._dragged = self._dragged, None
        super().mouseReleaseEvent(event)
        if dragged is None or self.week is None or self.move_to is None:
            return
        index = self.indexAt(event.position().toPoint())
        if not index.isValid():
            return
        row, col = index.row(), index.column()
        start_row, start_col = self.cells.get(int(dragged), (row, col))
        if (row, col) == (start_row, start_col):
            return
        target = self.item(row, col)
        if target is not None and target.data(APPOINTMENT) not in (None, dragged):
            return                                   # dropped on another appointment: nothing to do
        appointment = next((a for a in self.week.appointments if a.id == int(dragged)), None)
        if appointment is None:
            return
        start = time_of_row(row)
        if row == row_of(appointment.start) and col == start_col:
            return
        if row == start_row:                         # same row, another day: keep the exact minutes
            start = appointment.start
        self.move_to(appointment, self.week.days[col].day, start)

    def _double_clicked(self, row: int, col: int) -> None:
        if self.week is None:
            return
        item = self.item(row, col)
        appointment = item.data(APPOINTMENT) if item is not None else None
        if appointment is not None:
            self.open_appointment(int(appointment))
        else:
            self.book_at(self.week.days[col].day, time_of_row(row))
