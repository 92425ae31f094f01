"""The meeting window's 参会人员 tab and the dialog that records the attendance.

The tab lists who is invited (the grade leader, the head teachers of the classes on the agenda, the counselors, the
school leader in charge — services/meetings_attendance.py invites them), their role, and whether they came or why
not. 记录出席… opens :class:`AttendanceDialog`: each person's role and attendance (invited / present / absent with
the reason), people of the staff to add, external experts by name and organisation, people to take off. OK saves
the whole list with one call (services.meetings_attendance.set_attendees, with the revision the window showed).
"""
from __future__ import annotations

from counselor_app.domain import meeting as rules
from counselor_app.services import meetings_attendance as attendance_service, staff as staff_service
from counselor_app.ui.form_dialog import FormDialog, Invalid, choice
from counselor_app.ui.meetings import words
from counselor_app.ui.models import Column, RowsModel
from counselor_app.ui.qt import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QTableWidget,
    QVBoxLayout, QWidget,
)
from counselor_app.ui.widgets import row_table, tab_leaves, tab_through_cells

NAME, ROLE, ATTENDANCE, REASON = range(4)


def person_text(a) -> str:
    """The name, with the organisation of someone from outside and a mark for who has left the school."""
    text = a.name
    if a.staff_id is None and a.organisation:
        text += f"（{a.organisation}）"
    return text


class AttendanceTab(QWidget):
    def __init__(self, window) -> None:
        super().__init__()
        self.window_ = window
        layout = QVBoxLayout(self)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.model = RowsModel([
            Column(self.tr("Name"), person_text),
            Column(self.tr("Role"), lambda a: words.role_text(a.role)),
            Column(self.tr("Attendance"), lambda a: words.attendance_text(a.attendance),
                   colour=lambda a: words.LATE_RED if a.attendance == rules.Attendance.ABSENT else None),
            Column(self.tr("Reason of the absence"), lambda a: a.absence_reason),
        ], self)
        self.table = row_table(self.model, stretch=False)
        self.table.setObjectName("attendeeTable")
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.edit_button = QPushButton(self.tr("Record attendance…"))
        self.edit_button.setObjectName("attendanceEdit")
        self.edit_button.clicked.connect(lambda _c=False: self.window_.open_attendance())
        row.addWidget(self.edit_button)
        layout.addLayout(row)

    def show_view(self, view, editable: bool) -> None:
        people = list(view.attendees)
        self.model.set_rows(people)
        present = sum(1 for a in people if a.attendance == rules.Attendance.PRESENT)
        absent = sum(1 for a in people if a.attendance == rules.Attendance.ABSENT)
        self.hint.setText(self.tr("{count} people listed: {present} present, {absent} absent.").format(
            count=len(people), present=present, absent=absent))
        self.edit_button.setVisible(editable)

    def clear(self) -> None:
        self.model.clear()
        self.hint.clear()


class AttendanceDialog(FormDialog):
    """``AttendanceDialog(window, app, meeting_id, revision, attendees)``: the list as the window showed it."""

    def __init__(self, parent, app, meeting_id: int, revision: int, attendees) -> None:
        super().__init__(parent, app, self.tr("Attendance at the meeting"), 820)
        self.meeting_id, self.revision = meeting_id, revision
        self.staff_ids: list[int | None] = []          # per row: the staff member, None for someone from outside
        self.external: list[tuple[str, str]] = []       # per row: (name, organisation) of someone from outside
        self.table = tab_leaves(QTableWidget(0, 4))   # Tab goes from field to field of its rows, then out
        self.table.setObjectName("attendanceTable")
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("Attendance"),
                                              self.tr("Reason of the absence")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(REASON, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(280)
        self.body.addWidget(self.table)
        for a in attendees:
            self.add_row(a.staff_id, person_text(a), a.role, a.attendance, a.absence_reason,
                         a.name if a.staff_id is None else "", a.organisation)
        buttons = QHBoxLayout()
        self.all_present = QPushButton(self.tr("Everyone present"))
        self.all_present.setObjectName("attendanceAllPresent")
        self.all_present.clicked.connect(self.everyone_present)
        self.remove_button = QPushButton(self.tr("Take off the list"))
        self.remove_button.setObjectName("attendanceRemove")
        self.remove_button.clicked.connect(self.remove_row)
        buttons.addWidget(self.all_present)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.body.addLayout(buttons)
        add = QHBoxLayout()
        self.staff = QComboBox()
        self.staff.setObjectName("attendanceStaff")
        self.staff.setMinimumContentsLength(10)
        self.add_staff_button = QPushButton(self.tr("Add from the staff"))
        self.add_staff_button.setObjectName("attendanceAddStaff")
        self.add_staff_button.clicked.connect(self.add_staff)
        add.addWidget(QLabel(self.tr("Staff member:")))
        add.addWidget(self.staff, 1)
        add.addWidget(self.add_staff_button)
        self.body.addLayout(add)
        outside = QHBoxLayout()
        self.expert_name = QLineEdit()
        self.expert_name.setObjectName("expertName")
        self.expert_name.setPlaceholderText(self.tr("Name"))
        self.expert_org = QLineEdit()
        self.expert_org.setObjectName("expertOrganisation")
        self.expert_org.setPlaceholderText(self.tr("Organisation, e.g. the city's mental health centre"))
        self.add_expert_button = QPushButton(self.tr("Add an external expert"))
        self.add_expert_button.setObjectName("attendanceAddExpert")
        self.add_expert_button.clicked.connect(self.add_expert)
        outside.addWidget(self.expert_name, 1)
        outside.addWidget(self.expert_org, 2)
        outside.addWidget(self.add_expert_button)
        self.body.addLayout(outside)
        self.note(self.tr("Someone absent needs the reason; the minutes list the absences with their reasons and "
                          "give signature lines to those present."))

    # -- rows --------------------------------------------------------------------------------------------------
    def add_row(self, staff_id, text, role, attendance, reason="", name="", organisation="") -> int:
        r = self.table.rowCount()
        self.table.insertRow(r)
        label = QLabel(text)
        label.setContentsMargins(4, 0, 4, 0)
        self.table.setCellWidget(r, NAME, label)
        self.table.setCellWidget(r, ROLE, choice([(words.role_text(c.value), c.value)
                                                  for c in rules.AttendeeRole], role))
        self.table.setCellWidget(r, ATTENDANCE, choice([(words.attendance_text(c.value), c.value)
                                                        for c in rules.Attendance], attendance))
        why = QLineEdit(reason)
        why.setMaxLength(100)
        why.setPlaceholderText(self.tr("only when absent"))
        self.table.setCellWidget(r, REASON, why)
        self.table.cellWidget(r, ATTENDANCE).currentIndexChanged.connect(lambda _i, w=why: self._absence(w))
        self.staff_ids.append(staff_id)
        self.external.append((name, organisation))
        self._absence(why)
        tab_through_cells(self.table)
        return r

    def _absence(self, _why=None) -> None:
        for r in range(self.table.rowCount()):
            absent = self.table.cellWidget(r, ATTENDANCE).currentData() == rules.Attendance.ABSENT.value
            self.table.cellWidget(r, REASON).setEnabled(absent)

    def attendance_of(self, row: int) -> QComboBox:
        return self.table.cellWidget(row, ATTENDANCE)

    def reason_of(self, row: int) -> QLineEdit:
        return self.table.cellWidget(row, REASON)

    def everyone_present(self) -> None:
        for r in range(self.table.rowCount()):
            combo = self.attendance_of(r)
            if combo.currentData() == rules.Attendance.INVITED.value:
                combo.setCurrentIndex(combo.findData(rules.Attendance.PRESENT.value))

    def remove_row(self) -> None:
        r = self.table.currentRow()
        if r >= 0:
            self.table.removeRow(r)
            del self.staff_ids[r]
            del self.external[r]

    def add_staff(self) -> None:
        staff_id = self.staff.currentData()
        if staff_id is None:
            return
        if staff_id in self.staff_ids:
            self.show_problem(Invalid(self.tr("{name} is already on the list.").format(
                name=self.staff.currentText()), self.staff))
            return
        self.error.clear()
        self.add_row(staff_id, self.staff.currentText(), rules.AttendeeRole.OTHER.value,
                     rules.Attendance.INVITED.value)

    def add_expert(self) -> None:
        name, org = self.expert_name.text().strip(), self.expert_org.text().strip()
        if not name:
            self.show_problem(Invalid(self.tr("Write the expert's name."), self.expert_name))
            return
        self.error.clear()
        self.add_row(None, f"{name}（{org}）" if org else name, rules.AttendeeRole.EXPERT.value,
                     rules.Attendance.PRESENT.value, name=name, organisation=org)
        self.expert_name.clear()
        self.expert_org.clear()

    # -- load and save -----------------------------------------------------------------------------------------
    def loader(self):
        return staff_service.staff_choices

    def loaded(self, people) -> None:
        self.staff.addItem(self.tr("(choose)"), None)
        for staff_id, name, _no in people:
            self.staff.addItem(name, staff_id)

    def edit(self) -> tuple:
        out = []
        for r, staff_id in enumerate(self.staff_ids):
            attendance = self.attendance_of(r).currentData()
            reason = self.reason_of(r).text().strip()
            if attendance == rules.Attendance.ABSENT.value and not reason:
                raise Invalid(self.tr("Give the reason why {name} is absent.").format(
                    name=self.table.cellWidget(r, NAME).text()), self.reason_of(r))
            name, org = self.external[r]
            out.append(attendance_service.AttendeeEdit(
                self.table.cellWidget(r, ROLE).currentData(), staff_id, name if staff_id is None else "",
                org if staff_id is None else "", attendance,
                reason if attendance == rules.Attendance.ABSENT.value else ""))
        return tuple(out)

    def saver(self, people):
        meeting_id, revision = self.meeting_id, self.revision
        return lambda s: attendance_service.set_attendees(s, meeting_id, people, revision)
