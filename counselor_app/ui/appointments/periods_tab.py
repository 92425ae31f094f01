"""预约设置… → 上课时间: the school's class periods (第1节 08:00–08:45 …), per weekday. A booking for a student in a
class period of that day gets a warning (the student misses class); with no periods (a university) there is none.

Monday's periods are every other day's default: a day shows 同周一 (its periods read-only, Monday's); unticking it
copies Monday's rows as the start of the day's own (Monday with a class meeting first, Friday ending early…). The
office head edits the table (添加一节, 删除所选), moves between the days (the rows written are kept) and saves them
all at once; the service (appointment_setup.set_class_periods) checks the times — an end not after its start, two
periods that overlap, named with the day and the period — and the permission, and audits the change; a refusal is
said under the dialog and nothing is saved."""
from __future__ import annotations

from counselor_app.services import appointment_setup as service
from counselor_app.ui.appointments.words import weekday_of
from counselor_app.ui.qt import (QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QHeaderView, QLabel,
                                 QPalette, QPushButton, QTableWidgetItem, QVBoxLayout, QWidget)
from counselor_app.ui.widgets import EditGrid

Periods = tuple[tuple[str, str], ...]


class PeriodsTab(QWidget):
    """The tab of the set-up dialog; ``run(call, on_done)`` sends a service call through the dialog's worker (errors
    shown by the dialog), ``changed()`` reloads the dialog."""

    def __init__(self, run, changed, may_edit: bool) -> None:
        super().__init__()
        self.run, self.changed, self.may_edit = run, changed, may_edit
        self.own: dict[int, Periods | None] = {0: ()}   # weekday: its rows (None: the same as Monday)
        self.weekday = 0                                 # the day the table shows
        box = QVBoxLayout(self)
        hint = QLabel(self.tr("A booking for a student in a class period of that day gets a warning: the student "
                              "misses class. No periods: no warning. Every day has Monday's periods unless it has "
                              "its own."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        box.addWidget(hint)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Day:")))
        self.day = QComboBox()
        self.day.setObjectName("setupPeriodsDay")
        self.day.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for wd in range(7):
            self.day.addItem(weekday_of(wd), wd)
        self.day.currentIndexChanged.connect(lambda _i: self._day_chosen())
        top.addWidget(self.day)
        self.same = QCheckBox(self.tr("Same as Monday"))
        self.same.setObjectName("setupPeriodsSame")
        self.same.setToolTip(self.tr("Untick to give this day its own periods, starting from a copy of Monday's"))
        self.same.toggled.connect(self._same_toggled)
        top.addWidget(self.same)
        top.addStretch(1)
        box.addLayout(top)
        self.table = EditGrid(0, 2)   # Tab goes on cell by cell, from the last one out of the table
        self.table.setObjectName("setupPeriods")
        self.table.setHorizontalHeaderLabels([self.tr("Start"), self.tr("End")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(self.table.verticalHeader().defaultSectionSize() * 9)   # a K-12 day unscrolled
        box.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.add = QPushButton(self.tr("Add a period"))
        self.add.setObjectName("setupAddPeriod")
        self.add.clicked.connect(lambda _c=False: self.add_row())
        self.remove = QPushButton(self.tr("Remove the selected"))
        self.remove.setObjectName("setupRemovePeriod")
        self.remove.clicked.connect(lambda _c=False: self.remove_rows())
        self.save = QPushButton(self.tr("Save the class periods"))
        self.save.setObjectName("setupSavePeriods")
        self.save.clicked.connect(lambda _c=False: self.store())
        row.addWidget(self.add)
        row.addWidget(self.remove)
        row.addStretch(1)
        row.addWidget(self.save)
        box.addLayout(row)
        self.save.setEnabled(may_edit)
        self._editable()

    # -- the days ----------------------------------------------------------------------------------------------------
    def show_rules(self, rules: service.AppointmentRules) -> None:
        """The periods as saved, every day; the table stays on the day it showed."""
        self.own = {wd: None if wd and rules.same_as_monday(wd) else tuple(sorted(rules.periods_of(wd)))
                    for wd in range(7)}
        self._names()
        self._show(self.weekday)

    def _show(self, weekday: int) -> None:
        self.weekday = weekday
        same = self.own.get(weekday) is None
        self.same.blockSignals(True)
        self.same.setChecked(same and weekday != 0)
        self.same.blockSignals(False)
        self.same.setEnabled(self.may_edit and weekday != 0)
        self.same.setVisible(weekday != 0)
        self._editable()
        self._fill(self.own.get(0) or () if same else self.own[weekday])

    def _keep(self) -> None:
        """The rows of the day shown back into ``own`` (a day the same as Monday keeps None)."""
        if self.weekday == 0 or self.own.get(self.weekday) is not None:
            self.own[self.weekday] = self.periods()

    def _day_chosen(self) -> None:
        self._keep()
        self._names()
        self._show(self.day.currentData())

    def _same_toggled(self, same: bool) -> None:
        self._keep()
        self.own[self.weekday] = None if same else tuple(self.own.get(0) or ())    # a copy of Monday's to start from
        self._names()
        self._show(self.weekday)

    def _names(self) -> None:
        """周一 …; a day with its own periods says so in the list."""
        for wd in range(1, 7):
            name = weekday_of(wd)
            self.day.setItemText(wd, name if self.own.get(wd) is None else self.tr("{day} (own periods)").format(
                day=name))

    def _editable(self) -> None:
        on = self.may_edit and (self.weekday == 0 or self.own.get(self.weekday) is not None)
        self.add.setEnabled(on)
        self.remove.setEnabled(on)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed if on
                                   else QAbstractItemView.EditTrigger.NoEditTriggers)

    # -- the table of the day shown ------------------------------------------------------------------------------
    def _fill(self, periods) -> None:
        self.table.setRowCount(0)
        for start, end in periods:
            self.add_row(start, end)

    def add_row(self, start: str = "", end: str = "") -> None:
        n = self.table.rowCount()
        self.table.insertRow(n)
        for column, text in enumerate((start, end)):
            item = QTableWidgetItem(text)
            if not self.add.isEnabled():       # Monday's, shown for a day the same as Monday: read-only, greyed
                item.setForeground(self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
            self.table.setItem(n, column, item)
        self._number()
        if not start:
            self.table.setCurrentCell(n, 0)
            self.table.editItem(self.table.item(n, 0))

    def remove_rows(self) -> None:
        for n in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(n)
        self._number()

    def _number(self) -> None:
        self.table.setVerticalHeaderLabels([self.tr("Period {n}").format(n=n + 1)
                                            for n in range(self.table.rowCount())])

    def periods(self) -> Periods:
        """The rows of the day shown as written (rows left empty are dropped; a half-empty row goes to the service,
        which says why)."""
        out = []
        for n in range(self.table.rowCount()):
            start, end = (((self.table.item(n, c) or QTableWidgetItem()).text().strip().replace("：", ":"))
                          for c in (0, 1))
            if start or end:
                out.append((start, end))
        return tuple(out)

    def store(self) -> None:
        self._keep()
        days = {wd: self.own.get(wd) if wd else (self.own.get(0) or ()) for wd in range(7)}
        self.run(lambda s: service.set_class_periods(s, days), self.changed)
