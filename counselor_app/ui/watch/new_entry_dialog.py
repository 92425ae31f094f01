"""纳入重点关注: put a student on the watch list.

The user finds the student (student number, name or pinyin initials; ui/student_picker.py over the register), then
the dialog loads what the service offers for that student (services.watch.choices): the levels, the staff, the
class's 心理委员, the default responsible people (the user as counselor, the class's head teacher) and the first
guardian. A student with an open entry cannot get a second one: the dialog says so and offers to open it. A student
whose last entry was closed may have it reopened (重新启用: the same entry, its history kept, with a level and the
reason) or get a new one. The save runs services.watch.open_entry (or watch_closing.reopen) on the worker; then the
entry window opens.
"""
from __future__ import annotations

from datetime import date, timedelta

from counselor_app.domain import watch as rules
from counselor_app.domain.staff_roles import STAFF_ROLES
from counselor_app.services import students as student_service, watch as watch_service, watch_closing, watch_detail
from counselor_app.translation import translate_text
from counselor_app.ui.form_dialog import FormDialog, Invalid
from counselor_app.ui.qt import (
    QCheckBox, QComboBox, QDate, QDateEdit, QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, Qt, QTimer, QVBoxLayout,
)
from counselor_app.ui.student_picker import StudentPicker
from counselor_app.ui.watch import list_words as words
from counselor_app.ui.watch.entry_words import ref_types

PERSON = Qt.ItemDataRole.UserRole


def load_student(session, student_id: int):
    """What the dialog needs once the student is known: the choices, and the last closed entry when it may be
    reopened (its look is audited like any look at an entry)."""
    offered = watch_service.choices(session, student_id)
    closed = None
    if offered.open_entry is None and offered.last_closed is not None:
        closed = watch_detail.get_entry(session, offered.last_closed)
    return student_id, offered, closed


def duty_for(roles) -> str:
    """The duty a staff member most likely has on an entry, from their roles in the school."""
    roles = set(roles)
    if roles & {"counselor_full", "counselor_part"}:
        return rules.Duty.COUNSELOR.value
    if roles & {"head_teacher", "instructor"}:
        return rules.Duty.HEAD_TEACHER.value
    if roles & {"grade_leader", "department_head", "school_leader"}:
        return rules.Duty.LEADER.value
    return rules.Duty.COUNSELOR.value


class NewEntryDialog(FormDialog):
    """``NewEntryDialog(parent, app)`` finds the student; ``student_id`` (and its ``student_label`` for the line)
    starts with that student (the profile's 纳入重点关注…)."""

    def __init__(self, parent, app, student_id: int | None = None, student_label: str = "") -> None:
        super().__init__(parent, app, self.tr("Put a student on the watch list"), 900)
        self.student_id = student_id
        self.offered: watch_service.Choices | None = None
        self.closed = None      # EntryDetail of the last closed entry, when it may be reopened
        self.staff_names: dict[int, str] = {}
        self.entry_window = None
        if student_id is None:
            self.picker = StudentPicker()
            self.picker.chosen.connect(self.student_chosen)
            self.field(self.tr("Student:"), self.picker)
        else:
            self.picker = None
            self.field(self.tr("Student:"), QLabel(student_label))
        self._build_notice()
        self._build_reopen()
        columns = QHBoxLayout()
        columns.addWidget(self._build_entry(), 5)
        columns.addWidget(self._build_people(), 4)
        self.body.addLayout(columns)
        self._set_mode()

    # -- building ---------------------------------------------------------------------------------------------
    def _build_notice(self) -> None:
        self.notice = QFrame()
        self.notice.setObjectName("notice")
        layout = QVBoxLayout(self.notice)
        self.notice_text = QLabel()
        self.notice_text.setObjectName("watchNoticeText")
        self.notice_text.setWordWrap(True)
        layout.addWidget(self.notice_text)
        row = QHBoxLayout()
        self.open_existing = QPushButton(self.tr("Open that entry"))
        self.open_existing.setObjectName("watchOpenExisting")
        self.open_existing.clicked.connect(self.open_open_entry)
        self.reopen_choice = QCheckBox(self.tr("Reopen that entry (its history is kept) instead of making a new one"))
        self.reopen_choice.setObjectName("watchReopenChoice")
        for w in (self.open_existing, self.reopen_choice):
            row.addWidget(w)
        row.addStretch(1)
        self.reopen_choice.toggled.connect(self._set_mode)
        layout.addLayout(row)
        self.notice.hide()
        self.body.addWidget(self.notice)

    def _build_reopen(self) -> None:
        self.reopen_box = QGroupBox(self.tr("Reopen"))
        form = QFormLayout(self.reopen_box)
        self.reopen_level = QComboBox()
        self.reopen_level.setObjectName("watchReopenLevel")
        self.reopen_reason = QPlainTextEdit()
        self.reopen_reason.setObjectName("watchReopenReason")
        self.reopen_reason.setPlaceholderText(self.tr("Why the student comes back on the watch list"))
        self.reopen_reason.setFixedHeight(70)
        self.reopen_reason.setTabChangesFocus(True)   # Tab goes on to the next field, as everywhere in the form
        form.addRow(self.tr("Level:"), self.reopen_level)
        form.addRow(self.tr("Reason:"), self.reopen_reason)
        self.reopen_box.hide()
        self.body.addWidget(self.reopen_box)

    def _build_entry(self) -> QGroupBox:
        box = self.entry_box = QGroupBox(self.tr("The entry"))
        form = QFormLayout(box)
        self.source = QComboBox()
        self.source.setObjectName("watchSource")
        self.source.addItem(self.tr("— choose —"), None)
        for code in rules.Source:
            self.source.addItem(words.source_text(code.value), code.value)
        self.ref_type = QComboBox()   # the record that triggered it, as the entry window names it
        self.ref_type.setObjectName("watchRefType")
        for text, code in ref_types():
            self.ref_type.addItem(text, code)
        self.reference = QLineEdit()
        self.reference.setObjectName("watchReference")
        self.reference.setMaxLength(watch_service.MAX_SHORT)
        self.reference.setPlaceholderText(self.tr("its number, e.g. 2026-QJ-0153"))
        self.reference.setEnabled(False)
        self.ref_type.currentIndexChanged.connect(
            lambda _i: self.reference.setEnabled(bool(self.ref_type.currentData())))
        related = QHBoxLayout()
        related.addWidget(self.ref_type)
        related.addWidget(self.reference, 1)
        self.concern = QPlainTextEdit()
        self.concern.setObjectName("watchConcern")
        self.concern.setPlaceholderText(self.tr("What was noticed, by whom, since when"))
        self.concern.setMinimumHeight(110)
        self.concern.setTabChangesFocus(True)
        self.level = QComboBox()
        self.level.setObjectName("watchLevel")
        self.severity = QComboBox()
        self.severity.setObjectName("watchSeverity")
        self.severity.addItem(words.severity_text(""), "")
        for code in rules.Severity:
            self.severity.addItem(words.severity_text(code.value), code.value)
        self.state = QComboBox()
        self.state.setObjectName("watchState")
        self.state.addItem(self.tr("to review first"), rules.State.CANDIDATE.value)
        self.state.addItem(self.tr("follow up at once"), rules.State.FOLLOWING.value)
        self.state.setToolTip(self.tr("Following up at once needs the class of the case (mild or severe)."))
        self.opened = QDateEdit()
        self.opened.setObjectName("watchOpened")
        self.opened.setCalendarPopup(True)
        self.opened.setDisplayFormat("yyyy-MM-dd")
        today = date.today()
        self.opened.setDateRange(QDate(today - timedelta(days=366)), QDate(today))
        self.opened.setDate(QDate(today))
        form.addRow(self.tr("Source:"), self.source)
        form.addRow(self.tr("Related record:"), related)
        form.addRow(self.tr("Concern:"), self.concern)
        form.addRow(self.tr("Level:"), self.level)
        form.addRow(self.tr("Class of case:"), self.severity)
        form.addRow(self.tr("State:"), self.state)
        form.addRow(self.tr("Opened on:"), self.opened)
        return box

    def _build_people(self) -> QGroupBox:
        box = self.people_box = QGroupBox(self.tr("Responsible people and contacts"))
        layout = QVBoxLayout(box)
        layout.addWidget(QLabel(self.tr("Responsible people:")))
        self.people = QListWidget()
        self.people.setObjectName("watchResponsible")
        self.people.setMaximumHeight(96)
        layout.addWidget(self.people)
        add = QHBoxLayout()
        self.staff = QComboBox()
        self.staff.setObjectName("watchStaff")
        self.staff.setMinimumContentsLength(10)
        self.staff.currentIndexChanged.connect(self._staff_picked)
        self.duty = QComboBox()
        self.duty.setObjectName("watchDuty")
        for code in rules.Duty:
            self.duty.addItem(words.duty_text(code.value), code.value)
        self.add_person = QPushButton(self.tr("Add"))
        self.add_person.setObjectName("watchAddPerson")
        self.add_person.clicked.connect(self.add_responsible)
        self.remove_person = QPushButton(self.tr("Remove"))
        self.remove_person.setObjectName("watchRemovePerson")
        self.remove_person.clicked.connect(self.remove_responsible)
        self.remove_person.setEnabled(False)
        self.people.currentRowChanged.connect(lambda row: self.remove_person.setEnabled(row >= 0))
        layout.addWidget(self.staff)
        for w in (self.duty, self.add_person, self.remove_person):
            add.addWidget(w)
        add.setStretch(0, 1)
        layout.addLayout(add)
        form = QFormLayout()
        self.peer = QComboBox()
        self.peer.setObjectName("watchPeer")
        self.parent_name = QLineEdit()
        self.parent_name.setObjectName("watchParentName")
        self.parent_relation = QLineEdit()
        self.parent_relation.setObjectName("watchParentRelation")
        self.parent_phone = QLineEdit()
        self.parent_phone.setObjectName("watchParentPhone")
        for w in (self.parent_name, self.parent_relation):
            w.setMaxLength(watch_service.MAX_SHORT)
        form.addRow(self.tr("Peer carer:"), self.peer)
        form.addRow(self.tr("Parent:"), self.parent_name)
        form.addRow(self.tr("Relation:"), self.parent_relation)
        form.addRow(self.tr("Phone:"), self.parent_phone)
        layout.addLayout(form)
        layout.addStretch(1)
        return box

    # -- loading ----------------------------------------------------------------------------------------------
    def loader(self):
        sid = self.student_id
        if sid is None:
            return student_service.list_students
        return lambda s: load_student(s, sid)

    def loaded(self, result) -> None:
        if self.picker is not None:
            self.picker.set_rows(result)
            self.picker.line.setFocus()
        else:
            self.show_student(result)
        QTimer.singleShot(0, self, self._set_mode)   # after the kit enabled OK

    def student_chosen(self, row) -> None:
        self.offered = self.closed = None
        self.student_id = row.id if row is not None else None
        self.error.clear()
        self._set_mode()
        if row is None:
            return
        sid = row.id
        self.app.worker.run(lambda s: load_student(s, sid), self.show_student, self._load_student_failed,
                            context=self)

    def _load_student_failed(self, error: BaseException) -> None:
        from counselor_app.ui.widgets import show_failure

        show_failure(self.error, self, error)

    def show_student(self, result) -> None:
        sid, offered, closed = result
        if sid != self.student_id:   # another student was chosen meanwhile
            return
        self.offered, self.closed = offered, closed
        self.staff_names = {i: n for i, n, _r in offered.staff}
        current = self.level.currentData()
        for combo in (self.level, self.reopen_level):
            combo.clear()
            for lv in offered.levels:
                combo.addItem(words.dot_icon(lv.colour), lv.name(translate_text), lv.code)
        self.level.setCurrentIndex(max(0, self.level.findData(current)))
        if closed is not None:
            self.reopen_level.setCurrentIndex(max(0, self.reopen_level.findData(closed.entry.level)))
        self.staff.blockSignals(True)
        self.staff.clear()
        for staff_id, name, roles in offered.staff:
            held = words.separator().join(translate_text(STAFF_ROLES[r]) for r in roles if r in STAFF_ROLES)
            self.staff.addItem(self.tr("{name} ({roles})").format(name=name, roles=held) if held else name,
                               (staff_id, duty_for(roles)))
        self.staff.blockSignals(False)
        self._staff_picked()
        self.people.clear()
        for staff_id, duty in offered.defaults:
            self._add_person(staff_id, duty)
        self.peer.clear()
        self.peer.addItem(self.tr("none"), None)
        for peer_id, name, klass in offered.monitors:
            self.peer.addItem(self.tr("{name}, mental-health monitor of {klass}").format(name=name, klass=klass),
                              peer_id)
        name, relation, phone = offered.guardian
        self.parent_name.setText(name)
        self.parent_relation.setText(relation)
        self.parent_phone.setText(phone)
        self._say_what_exists()
        self._set_mode()

    def _say_what_exists(self) -> None:
        o, closed = self.offered, self.closed
        if o is not None and o.open_entry is not None:
            self.notice_text.setText(self.tr("This student is already on the watch list (an open entry). A student "
                                             "has one open entry at a time: open it to change it."))
        elif closed is not None:
            e = closed.entry
            self.notice_text.setText(self.tr(
                "This student was on the watch list before: from {opened} to {closed} ({reason}). Reopen that entry "
                "to continue its history, or make a new one.").format(
                opened=e.opened_on, closed=e.closed_on or "—", reason=words.label_of(rules.CloseReason,
                                                                                    e.close_reason)))
        self.notice.setVisible(o is not None and (o.open_entry is not None or closed is not None))
        self.open_existing.setVisible(o is not None and o.open_entry is not None)
        self.reopen_choice.setVisible(closed is not None)
        self.reopen_choice.setChecked(False)

    def _set_mode(self, *_args) -> None:
        """What may be filled in: nothing before the student's choices are there; only the reopening when the
        user chose to reopen; nothing when the student already has an open entry."""
        ready = self.offered is not None and self.offered.open_entry is None
        reopening = ready and self.closed is not None and self.reopen_choice.isChecked()
        self.reopen_box.setVisible(reopening)
        self.entry_box.setEnabled(ready and not reopening)
        self.people_box.setEnabled(ready and not reopening)
        if not self.loading:
            self.ok_button.setEnabled(ready)
            self.ok_button.setText(self.tr("Reopen") if reopening else self.tr("Put on the watch list"))

    # -- the responsible people -------------------------------------------------------------------------------
    def _staff_picked(self, *_args) -> None:
        picked = self.staff.currentData()
        if picked is not None:
            self.duty.setCurrentIndex(max(0, self.duty.findData(picked[1])))

    def _add_person(self, staff_id: int, duty: str) -> bool:
        if (staff_id, duty) in self.responsible():
            return False
        item = QListWidgetItem(self.tr("{name} · {duty}").format(name=self.staff_names.get(staff_id, "?"),
                                                                  duty=words.duty_text(duty)))
        item.setData(PERSON, (staff_id, duty))
        self.people.addItem(item)
        return True

    def add_responsible(self) -> None:
        picked = self.staff.currentData()
        if picked is not None:
            self._add_person(picked[0], self.duty.currentData())

    def remove_responsible(self) -> None:
        row = self.people.currentRow()
        if row >= 0:
            self.people.takeItem(row)

    def responsible(self) -> tuple[tuple[int, str], ...]:
        return tuple(self.people.item(i).data(PERSON) for i in range(self.people.count()))

    # -- saving -----------------------------------------------------------------------------------------------
    def edit(self):
        if self.offered is None:
            raise Invalid(self.tr("Choose the student first."), self.picker.line if self.picker else None)
        if self.offered.open_entry is not None:
            raise Invalid(self.tr("This student already has an open entry: open it instead."))
        if self.closed is not None and self.reopen_choice.isChecked():
            reason = self.reopen_reason.toPlainText().strip()
            if not reason:
                raise Invalid(self.tr("Say why the entry is reopened."), self.reopen_reason)
            return ("reopen", self.closed.entry.id, self.reopen_level.currentData(), reason,
                    self.closed.entry.revision)
        if self.source.currentData() is None:
            raise Invalid(self.tr("Choose how the student came to the watch list."), self.source)
        concern = self.concern.toPlainText().strip()
        if not concern:
            raise Invalid(self.tr("Write down the concern: what was noticed, by whom."), self.concern)
        ref_type = self.ref_type.currentData() or ""
        reference = self.reference.text().strip() if ref_type else ""
        edit = watch_service.EntryEdit(
            self.source.currentData(), concern, ref_type, reference, self.peer.currentData(),
            self.parent_name.text(), self.parent_relation.text(), self.parent_phone.text())
        return watch_service.NewEntry(self.student_id, edit, self.level.currentData(), self.severity.currentData(),
                                      self.state.currentData(), self.opened.date().toPython(), self.responsible())

    def saver(self, edit):
        if isinstance(edit, tuple):
            _kind, entry_id, level, reason, revision = edit

            def reopen(session):
                watch_closing.reopen(session, entry_id, level, reason, revision)
                return entry_id
            return reopen
        return lambda s: watch_service.open_entry(s, edit)

    def saved(self, entry_id) -> None:
        super().saved(entry_id)
        self.show_entry(entry_id)

    def open_open_entry(self) -> None:
        if self.offered is not None and self.offered.open_entry is not None:
            entry_id = self.offered.open_entry
            self.reject()
            self.show_entry(entry_id)

    def show_entry(self, entry_id: int) -> None:
        from counselor_app.ui.pages.watch_page import open_watch_entry

        parent = self.parentWidget()
        self.entry_window = open_watch_entry(self.app, entry_id, parent if parent is not None else self)
