"""预约设置…: what appointments are booked into — the rooms and the office's rules (the office head), and a
counselor's weekly available hours (a counselor their own; the head and the assistant anyone's); the dates or
times nobody can book (ui/appointments/blocks_tab.py) and the school's class periods
(ui/appointments/periods_tab.py). Each part saves on its own through the worker; the services check who may
(services/appointment_setup.py) and audit every change."""
from __future__ import annotations

from datetime import date

from counselor_app.domain import appointment as rules
from counselor_app.domain.roles import Permission
from counselor_app.services import appointment_setup as service
from counselor_app.translation import translate_text
from counselor_app.ui.appointments import words
from counselor_app.ui.appointments.blocks_tab import BlocksTab
from counselor_app.ui.appointments.periods_tab import PeriodsTab
from counselor_app.ui.form_dialog import choice
from counselor_app.ui.qt import (QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                                 QListWidget, QPushButton, QSpinBox, QTabWidget, QVBoxLayout, QWidget)
from counselor_app.ui.widgets import show_failure

RULES = ("minutes", "late_cancel_hours", "late_minutes", "semester_cap", "miss_limit", "offer_hours")


def load_setup(session, counselor_id: int):
    return (service.list_rooms(session, all_rooms=True), service.appointment_rules(session),
            service.counselor_hours(session, counselor_id), service.list_counselors(session),
            service.list_blocks(session, date.today()))


def hours_text(windows, weekday: int) -> str:
    return ";".join(f"{w.start.strftime('%H:%M')}-{w.end.strftime('%H:%M')}" for w in windows if w.weekday == weekday)


class SetupDialog(QDialog):
    def __init__(self, parent, app, counselor_id: int) -> None:
        super().__init__(parent)
        self.app, self.counselor_id = app, counselor_id
        self.setWindowTitle(self.tr("Appointment set-up"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs)
        # hours
        hours = QWidget()
        form = QFormLayout(hours)
        self.counselor = choice([])
        self.counselor.setObjectName("setupCounselor")
        self.counselor.activated.connect(lambda _i: self._counselor_chosen())
        form.addRow(self.tr("Counselor:"), self.counselor)
        self.days: list[QLineEdit] = []
        for wd in range(7):
            line = QLineEdit()
            line.setObjectName(f"setupHours{wd}")
            line.setPlaceholderText(self.tr("e.g. 08:00-12:00;14:00-17:30 (empty: not available)"))
            form.addRow(words.weekday_of(wd), line)
            self.days.append(line)
        form.addRow(QLabel(self.tr("No hours at all: the counselor may be booked at any time.")))
        self.save_hours = QPushButton(self.tr("Save the hours"))
        self.save_hours.setObjectName("setupSaveHours")
        self.save_hours.clicked.connect(lambda _c=False: self.store_hours())
        form.addRow(self.save_hours)
        self.tabs.addTab(hours, self.tr("Available hours"))
        # rooms
        rooms = QWidget()
        box = QVBoxLayout(rooms)
        self.rooms = QListWidget()
        self.rooms.setObjectName("setupRooms")
        box.addWidget(self.rooms)
        row = QHBoxLayout()
        self.room_name = QLineEdit()
        self.room_name.setObjectName("setupRoomName")
        self.room_name.setPlaceholderText(self.tr("Name of a new room"))
        self.room_kind = choice(words.choices(rules.RoomKind))
        self.room_capacity = QSpinBox()
        self.room_capacity.setRange(1, 200)
        self.room_capacity.setValue(2)
        self.add_room = QPushButton(self.tr("Add the room"))
        self.add_room.setObjectName("setupAddRoom")
        self.add_room.clicked.connect(lambda _c=False: self.store_room())
        for w in (self.room_name, self.room_kind, self.room_capacity, self.add_room):
            row.addWidget(w)
        box.addLayout(row)
        self.tabs.addTab(rooms, self.tr("Rooms"))
        # rules
        rules_tab = QWidget()
        rform = QFormLayout(rules_tab)
        self.rule_boxes: dict[str, QSpinBox] = {}
        for key in RULES:
            spin = QSpinBox()
            spin.setObjectName(f"setupRule_{key}")
            spin.setRange(*service.RANGES[key])
            rform.addRow(translate_text(service.RULE_NAMES[key]), spin)
            self.rule_boxes[key] = spin
        self.save_rules = QPushButton(self.tr("Save the rules"))
        self.save_rules.setObjectName("setupSaveRules")
        self.save_rules.clicked.connect(lambda _c=False: self.store_rules())
        rform.addRow(self.save_rules)
        self.tabs.addTab(rules_tab, self.tr("Rules"))
        self.blocks = BlocksTab(lambda call, done: self.app.worker.run(call, done, self._failed, context=self),
                                self._done)
        self.tabs.addTab(self.blocks, self.tr("Blocked times"))
        head = app.may(Permission.EDIT_SETTINGS)
        self.periods = PeriodsTab(lambda call, done: self.app.worker.run(call, done, self._failed, context=self),
                                  self._done, head)
        self.tabs.addTab(self.periods, self.tr("Class periods"))
        for w in (self.room_name, self.room_kind, self.room_capacity, self.add_room, self.save_rules,
                  *self.rule_boxes.values()):
            w.setEnabled(head)
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.loaded = False
        self.reload()

    def reload(self) -> None:
        counselor = self.counselor_id
        self.app.worker.run(lambda s: load_setup(s, counselor), self.show_data, self._failed, context=self)

    def show_data(self, result) -> None:
        rooms, rules_, windows, counselors, blocks = result
        self.counselor.clear()
        for c in counselors:
            self.counselor.addItem(c.name, c.id)
        self.counselor.setCurrentIndex(max(0, self.counselor.findData(self.counselor_id)))
        for wd, line in enumerate(self.days):
            line.setText(hours_text(windows, wd))
        self.rooms.clear()
        for r in rooms:
            text = self.tr("{name} · {kind} · {capacity} people").format(
                name=r.name, kind=words.label(rules.RoomKind, r.kind), capacity=r.capacity)
            self.rooms.addItem(text if r.active else text + " · " + self.tr("not in use"))
        for key, spin in self.rule_boxes.items():
            spin.setValue(getattr(rules_, key))
        self.blocks.show_data(counselors, [r for r in rooms if r.active], blocks)
        self.periods.show_rules(rules_)
        self.loaded = True

    def _counselor_chosen(self) -> None:
        self.counselor_id = self.counselor.currentData()
        self.reload()

    def _failed(self, error: BaseException) -> None:
        show_failure(self.error, self, error)

    def _done(self, _result=None) -> None:
        self.error.clear()
        self.reload()

    def store_hours(self) -> None:
        windows = []
        for wd, line in enumerate(self.days):
            for part in filter(None, (p.strip() for p in line.text().replace("；", ";").split(";"))):
                start, _, end = part.replace("–", "-").partition("-")
                windows.append((wd, start.strip(), end.strip()))
        counselor = self.counselor_id
        self.app.worker.run(lambda s: service.set_counselor_hours(s, counselor, tuple(windows)), self._done,
                            self._failed, context=self)

    def store_room(self) -> None:
        name, kind, capacity = self.room_name.text(), self.room_kind.currentData(), self.room_capacity.value()
        self.app.worker.run(lambda s: service.save_room(s, name, kind, capacity), self._room_added, self._failed,
                            context=self)

    def _room_added(self, _room_id) -> None:
        self.room_name.clear()
        self._done()

    def store_rules(self) -> None:
        values = {key: spin.value() for key, spin in self.rule_boxes.items()}
        self.app.worker.run(lambda s: service.set_appointment_rules(s, values), self._done, self._failed,
                            context=self)
