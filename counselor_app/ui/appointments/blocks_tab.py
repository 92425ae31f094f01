"""预约设置… → 不可预约时间: dates or times nobody can book — for one counselor (a training), one room (repairs) or
the whole office (a school event). A time span is optional (empty: the whole day). The list shows what is blocked
from today on; 删除所选 takes a block away. The services (appointment_setup.block_time / unblock_time / list_blocks)
check the permission and audit each change; a bad time or a reason too long is said under the dialog."""
from __future__ import annotations

from datetime import date

from counselor_app.services import appointment_setup as service
from counselor_app.ui.qt import (QComboBox, QDate, QDateEdit, QFormLayout, QHBoxLayout, QLineEdit, QListWidget,
                                 QListWidgetItem, QPushButton, Qt, QVBoxLayout, QWidget)

ROW = Qt.ItemDataRole.UserRole
OFFICE, PERSON, ROOM = "office", "person", "room"


class BlocksTab(QWidget):
    """The tab of the set-up dialog; ``run(call, on_done)`` sends a service call through the dialog's worker (errors
    shown by the dialog), ``changed()`` reloads the dialog."""

    def __init__(self, run, changed) -> None:
        super().__init__()
        self.run, self.changed = run, changed
        self.names: dict[tuple[str, int], str] = {}
        box = QVBoxLayout(self)
        self.list = QListWidget()
        self.list.setObjectName("setupBlocks")
        box.addWidget(self.list, 1)
        self.remove = QPushButton(self.tr("Remove the selected"))
        self.remove.setObjectName("setupUnblock")
        self.remove.clicked.connect(lambda _c=False: self.unblock())
        line = QHBoxLayout()
        line.addStretch(1)
        line.addWidget(self.remove)
        box.addLayout(line)
        form = QFormLayout()
        today = date.today()
        self.day = QDateEdit(QDate(today.year, today.month, today.day))
        self.day.setObjectName("setupBlockDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        form.addRow(self.tr("Date:"), self.day)
        self.whom = QComboBox()
        self.whom.setObjectName("setupBlockWhom")
        form.addRow(self.tr("For:"), self.whom)
        times = QHBoxLayout()
        self.start = QLineEdit()
        self.start.setObjectName("setupBlockStart")
        self.end = QLineEdit()
        self.end.setObjectName("setupBlockEnd")
        for edit in (self.start, self.end):
            edit.setPlaceholderText("HH:MM")
            edit.setMaximumWidth(80)
        times.addWidget(self.start)
        times.addWidget(self.end)
        times.addStretch(1)
        form.addRow(self.tr("From – to (empty: the whole day):"), times)
        self.reason = QLineEdit()
        self.reason.setObjectName("setupBlockReason")
        self.reason.setPlaceholderText(self.tr("e.g. training, repairs, school sports day"))
        form.addRow(self.tr("Reason:"), self.reason)
        self.add = QPushButton(self.tr("Block this time"))
        self.add.setObjectName("setupBlock")
        self.add.clicked.connect(lambda _c=False: self.block())
        form.addRow(self.add)
        box.addLayout(form)

    def show_data(self, counselors, rooms, blocks) -> None:
        chosen = self.whom.currentData()
        self.whom.clear()
        self.names = {}
        self.whom.addItem(self.tr("the whole office"), OFFICE)
        for c in counselors:
            self.names[(PERSON, c.id)] = c.name
            self.whom.addItem(c.name, f"{PERSON}:{c.id}")
        for r in rooms:
            self.names[(ROOM, r.id)] = r.name
            self.whom.addItem(self.tr("Room: {name}").format(name=r.name), f"{ROOM}:{r.id}")
        if chosen is not None:
            self.whom.setCurrentIndex(max(0, self.whom.findData(chosen)))
        self.list.clear()
        for b in blocks:
            self.list.addItem(self._item(b))

    def _item(self, b) -> QListWidgetItem:
        if b.counselor_id is not None:
            whom = self.names.get((PERSON, b.counselor_id), "?")
        elif b.room_id is not None:
            whom = self.tr("Room: {name}").format(name=self.names.get((ROOM, b.room_id), "?"))
        else:
            whom = self.tr("the whole office")
        when = self.tr("whole day") if not b.start else f"{b.start}–{b.end}"
        text = self.tr("{day} {when} · {whom}").format(day=b.day, when=when, whom=whom)
        if b.reason:
            text += " · " + b.reason
        item = QListWidgetItem(text)
        item.setData(ROW, b.id)
        return item

    def block(self) -> None:
        kind, _, ident = (self.whom.currentData() or OFFICE).partition(":")
        day = self.day.date().toPython()
        start, end = self.start.text().strip() or None, self.end.text().strip() or None
        reason = self.reason.text()
        who = {"counselor_id": int(ident)} if kind == PERSON else {"room_id": int(ident)} if kind == ROOM else {}
        self.run(lambda s: service.block_time(s, day, reason, start=start, end=end, **who), self._blocked)

    def _blocked(self, _block_id) -> None:
        for edit in (self.start, self.end, self.reason):
            edit.clear()
        self.changed()

    def unblock(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        block_id = item.data(ROW)
        self.run(lambda s: service.unblock_time(s, block_id), lambda _r: self.changed())
