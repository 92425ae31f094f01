"""The meeting window's 议程 tab: the students on the agenda, in order, with why they are there, the entry's summary
(level, state, last follow-up, plan measures due — only for those who may read plans) and the decision recorded.

Buttons: 添加学生… (any student of the grade), 移除 (an item without a decision), 上移 / 下移 (the order), 决定…
(the decision dialog, ui/meetings/decision_dialog.py; also a double-click or Enter), 清除决定. The order also changes
by dragging a row to its new place (:class:`AgendaModel`): the same service call as the buttons, allowed when they
are (a meeting that can still change, shown in the agenda's own order), the buttons kept for the keyboard. Every
change is one service call through the meeting window (``window.call``); the window reloads after it. A locked
meeting shows the agenda and nothing to press.
"""
from __future__ import annotations

from counselor_app.domain import watch as watch_rules
from counselor_app.ui.meetings import words
from counselor_app.ui.models import Column, RowsModel
from counselor_app.ui.qt import (
    QAbstractItemView, QByteArray, QHBoxLayout, QLabel, QMimeData, QModelIndex, QPushButton, Qt, QVBoxLayout, QWidget,
)
from counselor_app.ui.watch import list_words as watch_words
from counselor_app.ui.watch.entry_words import label as watch_label
from counselor_app.ui.widgets import row_table, selected_row

MIME = "application/x-counselor-agenda-items"   # the ids of the dragged agenda items: '12,15'


class AgendaModel(RowsModel):
    """The agenda's rows, which a drag moves: the dragged rows travel as their item ids (:data:`MIME`), and a drop
    between two rows asks ``on_move`` for the new order (the ids of every item); the rows themselves change only
    when the window reloads the saved agenda. A drop that names items not on this agenda is refused."""

    def __init__(self, columns, parent, on_move) -> None:
        super().__init__(columns, parent)
        self.on_move = on_move
        self.movable = False       # set by the tab: the meeting can change and the rows are in the agenda's order

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if self.movable:
            flags |= Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else Qt.ItemFlag.ItemIsDropEnabled
        return flags

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802 - Qt's name
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt's name
        return [MIME]

    def mimeData(self, indexes) -> QMimeData:  # noqa: N802 - Qt's name
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data = QMimeData()
        data.setData(MIME, QByteArray(",".join(str(self.rows[n].id) for n in rows).encode("ascii")))
        return data

    def dropMimeData(self, data, action, row: int, column: int, parent: QModelIndex) -> bool:  # noqa: N802
        order = [r.id for r in self.rows]
        try:
            moved = [int(i) for i in bytes(data.data(MIME)).decode("ascii").split(",")]
        except ValueError:
            return False
        if not self.movable or action != Qt.DropAction.MoveAction or not moved or not set(moved) <= set(order):
            return False
        at = parent.row() if row < 0 and parent.isValid() else (len(order) if row < 0 else row)
        at -= sum(1 for n, i in enumerate(order) if i in moved and n < at)
        rest = [i for i in order if i not in moved]
        new = tuple(rest[:at] + [i for i in order if i in moved] + rest[at:])
        if list(new) != order:
            self.on_move(new)
        return False   # nothing to take out of the rows: the reload shows the saved order


class AgendaTab(QWidget):
    def __init__(self, window) -> None:
        super().__init__()
        self.window_ = window
        self.view = None
        self.levels: dict = {}
        layout = QVBoxLayout(self)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        lv = self.levels
        self.model = AgendaModel([
            Column("#", lambda r: r.position, align_right=True),
            Column(self.tr("Student no."), lambda r: r.student_no),
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Class"), lambda r: r.klass),
            Column(self.tr("Why on the agenda"), lambda r: words.reasons_text(r.reasons),
                   tooltip=lambda r: words.reasons_text(r.reasons)),
            Column(self.tr("Level"), lambda r: watch_words.level_name(lv, r.summary.level) if r.summary else "",
                   background=lambda r: watch_words.level_background(lv, r.summary.level) if r.summary else None,
                   align=Qt.AlignmentFlag.AlignCenter),
            Column(self.tr("State"), lambda r: watch_words.state_text(r.summary.state, r.summary.close_requested)
                   if r.summary else ""),
            Column(self.tr("Last follow-up"), lambda r: (r.summary.last_followup or words.DASH) if r.summary else ""),
            Column(self.tr("Measures due"), self.measures_text, tooltip=self.measures_tip,
                   colour=lambda r: words.LATE_RED if r.summary and r.summary.measures_due else None),
            Column(self.tr("Decision"), lambda r: words.decision_text(r.decision) or self.tr("(none yet)"),
                   bold=lambda r: bool(r.decision),
                   colour=lambda r: None if r.decision else "#7a7a7a"),
        ], self, self.dropped)
        self.editable = False
        self.table = row_table(self.model, stretch=False)
        self.table.setObjectName("agendaTable")
        # DragDrop, not InternalMove: the drop checks what it carries itself (the items of this agenda), and a drop
        # event then needs no live QDrag behind it (tests deliver one; the offscreen platform has no drag loop).
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.setDragDropOverwriteMode(False)
        self.table.setDropIndicatorShown(True)
        self.table.setWordWrap(False)
        self.table.doubleClicked.connect(lambda _i: self.decide())
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()

        def button(text: str, name: str, run) -> QPushButton:
            b = QPushButton(text)
            b.setObjectName(name)
            b.clicked.connect(lambda _c=False: run())
            row.addWidget(b)
            return b

        self.decide_button = button(self.tr("Decision…"), "agendaDecide", self.decide)
        self.clear_button = button(self.tr("Clear the decision"), "agendaClearDecision", self.clear_decision)
        row.addStretch(1)
        self.up_button = button(self.tr("Move up"), "agendaUp", lambda: self.move(-1))
        self.down_button = button(self.tr("Move down"), "agendaDown", lambda: self.move(1))
        self.remove_button = button(self.tr("Remove"), "agendaRemove", self.remove)
        self.add_button = button(self.tr("Add a student…"), "agendaAdd", self.add_student)
        layout.addLayout(row)
        self.table.selectionModel().selectionChanged.connect(self.update_buttons)
        self.model.modelReset.connect(self.update_buttons)
        self.update_buttons()

    # -- what the columns show ---------------------------------------------------------------------------------
    def measures_text(self, r) -> str:
        if r.summary is None:
            return ""
        due = r.summary.measures_due
        if not due:
            return words.DASH
        return self.tr("{count}, first by {day}").format(count=len(due), day=min(d for _t, _o, d in due))

    def measures_tip(self, r) -> str:
        if r.summary is None or not r.summary.measures_due:
            return ""
        return "\n".join(self.tr("{type} · {owner} · by {day}").format(
            type=watch_label(watch_rules.MeasureType, t), owner=o or words.DASH, day=d)
            for t, o, d in r.summary.measures_due)

    # -- showing -----------------------------------------------------------------------------------------------
    def show_view(self, view, levels: dict, editable: bool, preparing: bool) -> None:
        held = getattr(selected_row(self.table), "id", None)
        self.view, self.editable = view, editable
        self.levels.clear()
        self.levels.update(levels)
        self.model.set_rows(list(view.items))
        for c, shown in ((5, view.summaries_shown), (6, view.summaries_shown), (7, view.summaries_shown),
                         (8, view.summaries_shown)):
            self.table.setColumnHidden(c, not shown)
        where = next((n for n, r in enumerate(self.model.rows) if r.id == held), None)
        if where is not None:
            self.table.selectRow(where)
        decided = sum(1 for r in view.items if r.decision)
        if not view.items:
            text = self.tr("Nobody is on the agenda yet. Add a student of the grade, or refresh the agenda from the "
                           "watch list.") if editable else self.tr("Nobody was on the agenda.")
        else:
            text = self.tr("{count} students, {decided} with a decision.").format(count=len(view.items),
                                                                                 decided=decided)
            if editable and preparing:
                text += " " + self.tr("Until the meeting starts, 'Refresh the agenda' builds it again from the watch "
                                      "list; students added by hand and decisions stay.")
            if editable and len(view.items) > 1:
                text += " " + self.tr("Drag a row (or use Move up / Move down) to change the order.")
        self.hint.setText(text)
        for b in (self.decide_button, self.clear_button, self.up_button, self.down_button, self.remove_button,
                  self.add_button):
            b.setVisible(editable)
        self.update_buttons()

    def update_buttons(self, *_args) -> None:
        row = selected_row(self.table)
        rows = self.model.rows
        at = rows.index(row) if row is not None else -1
        self.decide_button.setEnabled(row is not None)
        self.clear_button.setEnabled(row is not None and bool(row.decision))
        self.remove_button.setEnabled(row is not None and not row.decision)
        ordered = self.model.sort_column < 0   # moving rows means something only in the agenda's own order
        self.model.movable = ordered and self.editable and len(rows) > 1
        self.up_button.setEnabled(ordered and at > 0)
        self.down_button.setEnabled(ordered and 0 <= at < len(rows) - 1)

    def selected(self):
        return selected_row(self.table)

    def select_item(self, item_id: int) -> None:
        where = next((n for n, r in enumerate(self.model.rows) if r.id == item_id), None)
        if where is not None:
            self.table.selectRow(where)

    def clear(self) -> None:
        self.view = None
        self.editable = False
        self.model.clear()
        self.hint.clear()

    # -- actions (through the window) --------------------------------------------------------------------------
    def decide(self) -> None:
        row = self.selected()
        if row is not None and self.view is not None and self.editable:
            self.window_.open_decision(row)

    def clear_decision(self) -> None:
        row = self.selected()
        if row is not None and row.decision:
            self.window_.clear_decision(row)

    def remove(self) -> None:
        row = self.selected()
        if row is not None and not row.decision:
            self.window_.remove_item(row)

    def move(self, step: int) -> None:
        row = self.selected()
        rows = [r.id for r in self.model.rows]
        if row is None or self.model.sort_column >= 0:
            return
        at = rows.index(row.id)
        to = at + step
        if not 0 <= to < len(rows):
            return
        rows[at], rows[to] = rows[to], rows[at]
        self.window_.reorder(tuple(rows))

    def dropped(self, order: tuple[int, ...]) -> None:
        """A row dragged to a new place: the agenda saved in that order, as the buttons do."""
        if self.view is not None and self.editable and self.model.sort_column < 0:
            self.window_.reorder(order)

    def add_student(self) -> None:
        self.window_.open_add_student()
