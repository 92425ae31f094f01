"""预约设置… → 上课时间: the school's class periods (第1节 08:00–08:45 …). A booking for a student in a class period
gets a warning (the student misses class); with no periods (a university) there is none. The office head edits the
table (添加一节, 删除所选) and saves it; the service (appointment_setup.set_appointment_rules) checks the times and the
permission and audits the change; a bad time is said under the dialog."""
from __future__ import annotations

from counselor_app.services import appointment_setup as service
from counselor_app.ui.qt import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget,
                                 QTableWidgetItem, QVBoxLayout, QWidget)


class PeriodsTab(QWidget):
    """The tab of the set-up dialog; ``run(call, on_done)`` sends a service call through the dialog's worker (errors
    shown by the dialog), ``changed()`` reloads the dialog."""

    def __init__(self, run, changed, may_edit: bool) -> None:
        super().__init__()
        self.run, self.changed = run, changed
        box = QVBoxLayout(self)
        hint = QLabel(self.tr("A booking for a student in a class period gets a warning: the student misses class. "
                              "No periods: no warning."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        box.addWidget(hint)
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("setupPeriods")
        self.table.setHorizontalHeaderLabels([self.tr("Start"), self.tr("End")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
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
        for w in (self.add, self.remove, self.save):
            w.setEnabled(may_edit)
        if not may_edit:
            self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

    def show_periods(self, periods) -> None:
        self.table.setRowCount(0)
        for start, end in sorted(periods):
            self.add_row(start, end)

    def add_row(self, start: str = "", end: str = "") -> None:
        n = self.table.rowCount()
        self.table.insertRow(n)
        self.table.setItem(n, 0, QTableWidgetItem(start))
        self.table.setItem(n, 1, QTableWidgetItem(end))
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

    def periods(self) -> tuple[tuple[str, str], ...]:
        """The rows as written (rows left empty are dropped; a half-empty row goes to the service, which says why)."""
        out = []
        for n in range(self.table.rowCount()):
            start, end = (((self.table.item(n, c) or QTableWidgetItem()).text().strip().replace("：", ":"))
                          for c in (0, 1))
            if start or end:
                out.append((start, end))
        return tuple(out)

    def store(self) -> None:
        periods = self.periods()
        self.run(lambda s: service.set_appointment_rules(s, {}, class_periods=periods), self.changed)
