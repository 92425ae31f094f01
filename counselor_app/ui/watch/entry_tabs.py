"""The tabs of the entry window: 一人一策 (the current plan), 跟踪随访, 家校沟通, 变更记录.

Each tab shows what the entry window loaded (services/watch_detail.EntryDetail) and forgets it on ``clear()``. Long
texts wrap; the tables grow with their rows. The buttons that write call back into the entry window, which opens
the dialogs (ui/watch/plan_editor.py, ui/watch/record_dialogs.py).
"""
from __future__ import annotations

from counselor_app.domain import watch as rules
from counselor_app.services import watch_records
from counselor_app.translation import translate
from counselor_app.ui import dialogs
from counselor_app.ui.qt import (
    QAbstractItemView, QComboBox, QFrame, QHBoxLayout, QHeaderView, QLabel, QPushButton, QScrollArea, Qt,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)
from counselor_app.ui.watch.entry_words import DASH, choices, label, level_name, when, with_aside

SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse


def text_label(text: str = "", name: str = "") -> QLabel:
    """A wrapped, selectable label (long texts wrap, never cut; the user may copy them)."""
    widget = QLabel(text)
    widget.setWordWrap(True)
    widget.setTextInteractionFlags(SELECTABLE)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    if name:
        widget.setObjectName(name)
    return widget


def caption(text: str) -> QLabel:
    widget = QLabel(text)
    widget.setObjectName("watchCaption")
    return widget


def scrolled(inner: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(inner)
    return area


def clear_layout(layout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item.widget() is not None:
            item.widget().deleteLater()


class WrapTable(QTableWidget):
    """A read-only table whose rows grow to show their wrapped text; ``fit`` makes it as tall as its rows (inside a
    scroll area, no second scroll bar)."""

    def __init__(self, headers: list[str], stretch: int, fit: bool = False) -> None:
        super().__init__(0, len(headers))
        self.fit = fit
        self.setHorizontalHeaderLabels(headers)
        self.setWordWrap(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setTabKeyNavigation(False)   # Tab goes on to the drop-downs in it and the buttons (cell by cell it wrapped)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_: self.refit())
        if fit:
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def set_rows(self, rows: list[list[str]]) -> None:
        self.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                self.setItem(r, c, item)
        self.refit()

    def refit(self) -> None:
        self.resizeRowsToContents()
        if self.fit:
            height = self.horizontalHeader().height() + 2 * self.frameWidth() + sum(
                self.rowHeight(r) for r in range(self.rowCount()))
            self.setFixedHeight(height + 2)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.refit()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.refit()   # measured with the columns and font it is shown with


# -- 一人一策 ----------------------------------------------------------------------------------------------------

class PlanTab(QWidget):
    def __init__(self, window) -> None:
        super().__init__()
        self.entry_window = window
        self.app = window.app
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        self.version_label = QLabel()
        self.version_label.setObjectName("planVersion")
        self.version_label.setWordWrap(True)
        self.write_button = QPushButton(self.tr("Write the plan…"))
        self.write_button.setObjectName("writePlan")
        self.versions_button = QPushButton(self.tr("Earlier versions…"))
        self.versions_button.setObjectName("planVersions")
        top.addWidget(self.version_label, 1)
        top.addWidget(self.versions_button)
        top.addWidget(self.write_button)
        outer.addLayout(top)
        body = QWidget()
        body.setObjectName("planBody")
        layout = QVBoxLayout(body)
        self.empty = QLabel(self.tr("There is no individual plan for this entry yet."))
        self.empty.setObjectName("hint")
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        self.parts = QWidget()
        parts = QVBoxLayout(self.parts)
        parts.setContentsMargins(0, 0, 0, 0)
        parts.addWidget(caption(self.tr("Goal")))
        self.goal = text_label(name="planGoal")
        parts.addWidget(self.goal)
        parts.addWidget(caption(self.tr("Measures")))
        self.measures = WrapTable([self.tr("Type"), self.tr("What is done"), self.tr("Owner"), self.tr("Frequency"),
                                   self.tr("Start"), self.tr("Due"), self.tr("State")], 1, fit=True)
        self.measures.setObjectName("planMeasures")
        self.measures.verticalHeader().setMinimumSectionSize(32)   # room for the state drop-downs
        parts.addWidget(self.measures)
        parts.addWidget(caption(self.tr("Medication (as the family reports it)")))
        self.medication = text_label(name="planMedication")
        parts.addWidget(self.medication)
        parts.addWidget(caption(self.tr("Notes")))
        self.notes = text_label(name="planNotes")
        parts.addWidget(self.notes)
        layout.addWidget(self.parts)
        layout.addStretch(1)
        outer.addWidget(scrolled(body), 1)
        self.write_button.clicked.connect(lambda: window.write_plan())
        self.versions_button.clicked.connect(lambda: window.show_plan_versions())
        self.state_boxes: dict[int, QComboBox] = {}

    def load(self, detail, editable: bool) -> None:
        plan = detail.plan
        self.write_button.setText(self.tr("Revise the plan…") if plan else self.tr("Write the plan…"))
        self.write_button.setVisible(editable)
        self.versions_button.setVisible(len(detail.plan_versions) > 1)
        self.empty.setVisible(plan is None)
        self.parts.setVisible(plan is not None)
        self.state_boxes = {}
        if plan is None:
            self.version_label.setText("")
            self.measures.setRowCount(0)
            return
        self.version_label.setText(version_line(plan))
        self.version_label.setStyleSheet("" if plan.signed else "color: #b3261e;")
        self.goal.setText(plan.goal)
        self.measures.set_rows([measure_cells(m) for m in plan.measures])
        for row, m in enumerate(plan.measures):
            if editable:
                box = QComboBox()
                for text, code in choices(rules.MeasureState):
                    box.addItem(text, code)
                box.setCurrentIndex(max(0, box.findData(m.state)))
                box.setObjectName(f"measureState{row}")
                box.currentIndexChanged.connect(lambda _i, b=box, mid=m.id: self.set_state(mid, b.currentData()))
                self.measures.setCellWidget(row, 6, box)
                self.state_boxes[m.id] = box
        self.measures.refit()
        self.medication.setText(plan.medication or self.tr("None reported by the family."))
        self.notes.setText(plan.notes or DASH)

    def set_state(self, measure_id: int, state: str) -> None:
        """A measure started, done or stopped: saved at once (the window reloads from the change)."""
        window = self.entry_window
        self.app.worker.run(lambda s: watch_records.set_measure_state(s, measure_id, state), None,
                            lambda e: (dialogs.show_error(window, e), window.reload()), context=window)

    def clear(self) -> None:
        for widget in (self.version_label, self.goal, self.medication, self.notes):
            widget.clear()
        self.measures.setRowCount(0)
        self.state_boxes = {}


def version_line(plan) -> str:
    signed = (translate("WatchPlan", "signed ✓") if plan.signed
              else translate("WatchPlan", "⚠ the author's signature is missing or does not match: the text may have "
                                          "been changed outside the app"))
    return translate("WatchPlan", "Version {version} · written by {author} on {day} · {signed}").format(
        version=plan.version, author=plan.author, day=plan.written_on, signed=signed)


def measure_cells(m) -> list[str]:
    return [label(rules.MeasureType, m.type), m.description or DASH,
            with_aside(m.owner, m.owner_phone or ""), m.frequency or DASH, m.start_on,
            m.due_on or DASH, label(rules.MeasureState, m.state)]


# -- 跟踪随访 and 家校沟通 ------------------------------------------------------------------------------------------

class RecordsTab(QWidget):
    """A button to record a new one, then the records newest first as cards, their addenda indented under them."""

    def __init__(self, window, button_text: str, button_name: str, empty_text: str) -> None:
        super().__init__()
        self.entry_window = window
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        self.add_button = QPushButton(button_text)
        self.add_button.setObjectName(button_name)
        top.addStretch(1)
        top.addWidget(self.add_button)
        outer.addLayout(top)
        self.empty_text = empty_text
        self.inner = QWidget()
        self.cards = QVBoxLayout(self.inner)
        self.cards.setContentsMargins(0, 0, 4, 0)
        outer.addWidget(scrolled(self.inner), 1)
        self.addendum_buttons: dict[int, QPushButton] = {}

    def show_records(self, records, may_add: bool, may_addendum: bool) -> None:
        self.add_button.setVisible(may_add)
        self.clear()
        if not records:
            empty = QLabel(self.empty_text)
            empty.setObjectName("hint")
            self.cards.addWidget(empty)
        for record in records:
            self.cards.addWidget(self.card(record, may_addendum))
        self.cards.addStretch(1)

    def card(self, record, may_addendum: bool) -> QFrame:
        frame = QFrame()
        frame.setObjectName("watchCard")
        layout = QVBoxLayout(frame)
        top = QHBoxLayout()
        title = text_label(self.title(record))
        title.setObjectName("watchCardTitle")
        top.addWidget(title, 1)
        if may_addendum:
            button = QPushButton(translate("RecordsTab", "Add a note…"))
            button.setObjectName(f"addendum{record.id}")
            button.clicked.connect(lambda *_a, r=record: self.entry_window.add_addendum(self.kind, r))
            top.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            self.addendum_buttons[record.id] = button
        layout.addLayout(top)
        self.body(record, layout)
        for extra in record.addenda:
            box = QFrame()
            box.setObjectName("watchAddendum")
            inner = QVBoxLayout(box)
            inner.setContentsMargins(12, 4, 4, 4)
            head = text_label(translate("RecordsTab", "Added on {day} by {author}").format(day=extra.on_date,
                                                                                        author=extra.author))
            head.setObjectName("watchAddendumTitle")
            inner.addWidget(head)
            inner.addWidget(text_label(self.addendum_text(extra)))
            indent = QHBoxLayout()
            indent.addSpacing(24)
            indent.addWidget(box, 1)
            layout.addLayout(indent)
        return frame

    def clear(self) -> None:
        clear_layout(self.cards)
        self.addendum_buttons = {}


class FollowUpsTab(RecordsTab):
    kind = "followup"

    def __init__(self, window) -> None:
        super().__init__(window, self.tr("Record a follow-up…"), "addFollowUp",
                         self.tr("No follow-up has been recorded yet."))

    def title(self, f) -> str:
        parts = [f.on_date, label(rules.Method, f.method), f.author]
        if f.rating:
            parts.append(self.tr("re-rated: {level}").format(level=level_name(self.entry_window.levels(), f.rating)))
        return " · ".join(parts)

    def body(self, f, layout) -> None:
        layout.addWidget(text_label(f.seen))

    def addendum_text(self, extra) -> str:
        return extra.seen


class ContactsTab(RecordsTab):
    kind = "contact"

    def __init__(self, window) -> None:
        super().__init__(window, self.tr("Record a parent contact…"), "addContact",
                         self.tr("No parent contact has been recorded yet."))

    def title(self, c) -> str:
        return " · ".join([c.on_date, c.contact_person, label(rules.ContactWay, c.way),
                           label(rules.ContactResult, c.result)])

    def body(self, c, layout) -> None:
        rows = [(self.tr("What was communicated"), c.facts), (self.tr("The family's support"), c.family_support),
                (self.tr("Agreements"), c.agreements), (self.tr("Next contact"), c.next_contact_on or ""),
                (self.tr("Recorded by"), c.author)]
        for name, value in rows:
            if value:
                line = QHBoxLayout()
                head = caption(name)
                head.setMinimumWidth(110)
                head.setAlignment(Qt.AlignmentFlag.AlignTop)
                line.addWidget(head)
                line.addWidget(text_label(value), 1)
                layout.addLayout(line)

    def addendum_text(self, extra) -> str:
        return extra.facts


# -- 变更记录 ----------------------------------------------------------------------------------------------------

class HistoryTab(QWidget):
    def __init__(self, window) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.table = WrapTable([self.tr("When"), self.tr("Who"), self.tr("What changed"), self.tr("Reason")], 3)
        self.table.setObjectName("entryHistory")
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(2, 320)
        layout.addWidget(self.table)

    def show_history(self, rows: list[tuple[str, str, str, str]]) -> None:
        self.table.set_rows([list(r) for r in rows])

    def clear(self) -> None:
        self.table.setRowCount(0)


def history_rows(detail, names: dict[int, str]) -> list[tuple[str, str, str, str]]:
    """The entry's history, newest first, in words: (when, who, what changed, why)."""
    from counselor_app.ui.watch.entry_words import history_words

    days = {f.id: f.on_date for f in detail.followups}
    out = []
    for item in reversed(detail.history):
        what, why = history_words(item, detail.levels, names, days)
        out.append((when(item.at), item.by or DASH, what, why or DASH))
    return out
