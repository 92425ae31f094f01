"""The plan (一人一策): the editor that writes a new version, and the viewer of earlier versions.

A plan is never edited in place: each save is a new version, dated today and signed by its author, made from the
version the editor was opened on (``base_version``). When someone saved another version meanwhile the service
refuses (ChangedMeanwhile): the editor keeps what the user wrote, the window shows the newer version behind it, and
the next OK writes the user's plan as the version after that one.
"""
from __future__ import annotations

import html
from datetime import date

from counselor_app.domain import watch as rules
from counselor_app.services import watch_detail, watch_records
from counselor_app.translation import translate
from counselor_app.ui import dialogs
from counselor_app.ui.form_dialog import choice
from counselor_app.ui.qt import (
    QAbstractItemView, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QListWidget,
    QListWidgetItem, QPushButton, Qt, QTableWidget, QTableWidgetItem, QTextBrowser, QTimer, QVBoxLayout, QWidget,
)
from counselor_app.ui.watch.change_dialogs import EntryForm, text_box
from counselor_app.ui.watch.entry_tabs import version_line
from counselor_app.ui.watch.entry_words import DASH, choices, label
from counselor_app.ui.watch.record_dialogs import day_edit, picked
from counselor_app.ui.widgets import tab_leaves

TYPE, DESCRIPTION, OWNER, FREQUENCY, START, DUE, STATE = range(7)


class PlanEditor(EntryForm):
    def __init__(self, window) -> None:
        plan = window.detail.plan
        title = self.tr("Revise the individual plan") if plan else self.tr("Write the individual plan")
        super().__init__(window, title, 1080)
        self.base_version = plan.version if plan else 0
        found = self.entry_window.choices
        self.staff = [(name, sid) for sid, name, _roles in (found.staff if found else [])]
        self.opened = date.fromisoformat(self.detail.entry.opened_on)
        self.goal = self.field(self.tr("Goal:"), text_box("goal", 3))
        self.table = tab_leaves(QTableWidget(0, 7))   # Tab goes from field to field of its rows, then out
        self.table.setObjectName("measures")
        self.table.setHorizontalHeaderLabels([self.tr("Type"), self.tr("What is done"), self.tr("Owner"),
                                              self.tr("Frequency"), self.tr("Start"), self.tr("Due"),
                                              self.tr("State")])
        self.table.verticalHeader().setMinimumSectionSize(38)
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setMinimumHeight(300)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        for column, width in ((TYPE, 160), (OWNER, 130), (FREQUENCY, 100), (START, 116), (DUE, 116), (STATE, 90)):
            self.table.setColumnWidth(column, width)
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        self.table.itemChanged.connect(lambda item: self.table.resizeRowToContents(item.row()))
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add a measure"))
        self.add_button.setObjectName("addMeasure")
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setObjectName("removeMeasure")
        self.up_button = QPushButton(self.tr("Move up"))
        self.up_button.setObjectName("measureUp")
        self.down_button = QPushButton(self.tr("Move down"))
        self.down_button.setObjectName("measureDown")
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        column.addLayout(buttons)
        self.field(self.tr("Measures:"), holder)
        self.medication = self.field(self.tr("Medication:"), text_box(
            "medication", 2, self.tr("As the family reports it (the school never prescribes)")))
        self.notes = self.field(self.tr("Notes:"), text_box("notes", 3))
        self.note(self.tr("Saving writes version {n}, dated today and signed with your name; the earlier versions "
                          "stay. A measure's state can also be changed later in the window.").format(
            n=self.base_version + 1))
        self.add_button.clicked.connect(lambda: self.add_measure())
        self.remove_button.clicked.connect(lambda: self.remove_measure())
        self.up_button.clicked.connect(lambda: self.move_measure(-1))
        self.down_button.clicked.connect(lambda: self.move_measure(1))
        if plan is not None:
            self.goal.setPlainText(plan.goal)
            self.medication.setPlainText(plan.medication)
            self.notes.setPlainText(plan.notes)
            self.fill([measure_values(m) for m in plan.measures])

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        QTimer.singleShot(0, self, self.table.resizeRowsToContents)   # once the columns have their shown widths

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.table.resizeRowsToContents()

    # -- the measures table -----------------------------------------------------------------------------------
    def new_values(self) -> dict:
        mine = self.app.user.staff_id if self.app.user is not None else None
        owner = next((name for name, sid in self.staff if sid == mine), "")
        return {"type": rules.MeasureType.INDIVIDUAL.value, "description": "", "owner": owner, "frequency": "",
                "start_on": max(date.today(), self.opened), "due_on": None, "state": rules.MeasureState.PLANNED.value}

    def add_measure(self) -> None:
        values = self.values()
        values.append(self.new_values())
        self.fill(values)
        self.table.selectRow(len(values) - 1)

    def remove_measure(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        values = self.values()
        del values[row]
        self.fill(values)
        if values:
            self.table.selectRow(min(row, len(values) - 1))

    def move_measure(self, step: int) -> None:
        row = self.table.currentRow()
        values = self.values()
        if row < 0 or not 0 <= row + step < len(values):
            return
        values[row], values[row + step] = values[row + step], values[row]
        self.fill(values)
        self.table.selectRow(row + step)

    def fill(self, rows: list[dict]) -> None:
        self.table.setRowCount(0)
        self.table.setRowCount(len(rows))
        for r, v in enumerate(rows):
            self.table.setCellWidget(r, TYPE, centred(choice(choices(rules.MeasureType), v["type"])))
            self.table.setItem(r, DESCRIPTION, QTableWidgetItem(v["description"]))
            owner = QComboBox()
            owner.setEditable(True)
            for name, sid in self.staff:
                owner.addItem(name, sid)
            owner.setCurrentText(v["owner"])
            owner.lineEdit().setPlaceholderText(self.tr("choose or type"))
            self.table.setCellWidget(r, OWNER, centred(owner))
            self.table.setItem(r, FREQUENCY, QTableWidgetItem(v["frequency"]))
            self.table.setCellWidget(r, START, centred(day_edit(v["start_on"], f"start{r}")))
            self.table.setCellWidget(r, DUE, centred(day_edit(v["due_on"], f"due{r}", self.tr("none"))))
            self.table.setCellWidget(r, STATE, centred(choice(choices(rules.MeasureState), v["state"])))
        self.table.resizeRowsToContents()

    def cell(self, row: int, column: int):
        """The editing widget in a cell (a drop-down or a date field)."""
        return self.table.cellWidget(row, column).findChild(QDateEdit if column in (START, DUE) else QComboBox)

    def values(self) -> list[dict]:
        out = []
        for r in range(self.table.rowCount()):
            out.append({"type": self.cell(r, TYPE).currentData(),
                        "description": self._text(r, DESCRIPTION),
                        "owner": self.cell(r, OWNER).currentText().strip(),
                        "frequency": self._text(r, FREQUENCY),
                        "start_on": picked(self.cell(r, START)),
                        "due_on": picked(self.cell(r, DUE)),
                        "state": self.cell(r, STATE).currentData()})
        return out

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    # -- saving -----------------------------------------------------------------------------------------------
    def edit(self):
        staff = {name: sid for name, sid in self.staff}
        measures = tuple(watch_records.MeasureEdit(
            v["type"], v["description"], v["start_on"] or self.opened, staff.get(v["owner"]),
            "" if v["owner"] in staff else v["owner"], v["frequency"], v["due_on"], v["state"])
            for v in self.values())
        return watch_records.PlanEdit(self.goal.toPlainText(), measures, self.medication.toPlainText(),
                                      self.notes.toPlainText())

    def saver(self, edit):
        entry_id, base = self.entry_id, self.base_version
        return lambda s: watch_records.save_plan(s, entry_id, edit, base)

    def _reloaded(self, detail) -> None:
        super()._reloaded(detail)
        if detail.plan is not None:
            self.base_version = detail.plan.version


def centred(widget: QWidget) -> QWidget:
    """A cell's editing widget at its natural height, in the middle of a row made taller by wrapped text."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(2, 2, 2, 2)
    layout.addStretch(1)
    layout.addWidget(widget)
    layout.addStretch(1)
    return box


def measure_values(m) -> dict:
    return {"type": m.type, "description": m.description, "owner": m.owner, "frequency": m.frequency,
            "start_on": date.fromisoformat(m.start_on), "due_on": date.fromisoformat(m.due_on) if m.due_on else None,
            "state": m.state}


# -- earlier versions -------------------------------------------------------------------------------------------

class PlanVersionsDialog(QDialog):
    """Every version of the plan, newest first; the chosen one shown as it was written (each look audited)."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.app = window.app
        self.setWindowTitle(self.tr("Versions of the plan"))
        self.resize(900, 620)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.versions = QListWidget()
        self.versions.setObjectName("planVersionList")
        for plan_id, version, author, day in window.detail.plan_versions:
            item = QListWidgetItem(self.tr("Version {n} · {day} · {author}").format(n=version, day=day, author=author))
            item.setData(Qt.ItemDataRole.UserRole, plan_id)
            self.versions.addItem(item)
        self.versions.setFixedWidth(max(220, self.versions.sizeHintForColumn(0) + 24))
        self.view = QTextBrowser()
        self.view.setObjectName("planVersionText")
        row.addWidget(self.versions)
        row.addWidget(self.view, 1)
        layout.addLayout(row, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.shown: watch_detail.Plan | None = None
        self.versions.currentRowChanged.connect(lambda _r: self.load())
        if self.versions.count():
            self.versions.setCurrentRow(min(1, self.versions.count() - 1))   # the one before the current plan

    def load(self) -> None:
        item = self.versions.currentItem()
        if item is None:
            return
        plan_id = item.data(Qt.ItemDataRole.UserRole)
        self.app.worker.run(lambda s: watch_detail.get_plan_version(s, plan_id), self.show_plan,
                            lambda e: dialogs.show_error(self, e), context=self)

    def show_plan(self, plan) -> None:
        self.shown = plan
        self.view.setHtml(plan_html(plan))


def plan_html(plan) -> str:
    """A plan version as the viewer shows it (every text escaped)."""
    e = html.escape

    def para(text: str) -> str:
        return e(text).replace("\n", "<br>") if text else DASH

    head = version_line(plan)
    cells = [translate("WatchPlan", "Type"), translate("WatchPlan", "What is done"), translate("WatchPlan", "Owner"),
             translate("WatchPlan", "Frequency"), translate("WatchPlan", "Start"), translate("WatchPlan", "Due"),
             translate("WatchPlan", "State")]
    rows = "".join("<tr>" + "".join(f"<td>{e(v)}</td>" for v in (
        label(rules.MeasureType, m.type), m.description or DASH, m.owner, m.frequency or DASH, m.start_on,
        m.due_on or DASH, label(rules.MeasureState, m.state))) + "</tr>" for m in plan.measures)
    goal, measures = e(translate("WatchPlan", "Goal")), e(translate("WatchPlan", "Measures"))
    medication = e(translate("WatchPlan", "Medication (as the family reports it)"))
    notes = e(translate("WatchPlan", "Notes"))
    return (f"<p><b>{e(head)}</b></p><h4>{goal}</h4><p>{para(plan.goal)}</p>"
            f"<h4>{measures}</h4><table border='1' cellspacing='0' cellpadding='4' width='100%'>"
            f"<tr>{''.join(f'<th>{e(c)}</th>' for c in cells)}</tr>{rows}</table>"
            f"<h4>{medication}</h4><p>{para(plan.medication)}</p><h4>{notes}</h4><p>{para(plan.notes)}</p>")
