"""The dialogs that change an entry itself: level, class, state, responsible people, its details, closing, reopening.

Each is a form dialog (ui/form_dialog.py) over the entry window. It carries the entry's revision as the window
showed it when the dialog opened; the service refuses a save from a stale copy (ChangedMeanwhile, another counselor
saved in between). The dialog then stays open with what the user typed and the service's message, and the window
loads the entry again behind it; the next OK is made against what the user now sees.
"""
from __future__ import annotations

from counselor_app.domain import watch as rules
from counselor_app.domain.roles import Permission
from counselor_app.services import watch as watch_service, watch_closing
from counselor_app.services.watch import ChangedMeanwhile
from counselor_app.ui import dialogs
from counselor_app.ui.form_dialog import FormDialog, choice
from counselor_app.ui.qt import (
    QColor, QComboBox, QHBoxLayout, QIcon, QLabel, QLineEdit, QPixmap, QPlainTextEdit, QPushButton, Qt, QVBoxLayout,
    QWidget, is_alive,
)
from counselor_app.ui.watch.entry_words import choices, label, level_name, ref_types, with_aside


class TextBox(QPlainTextEdit):
    """A multi-line text field that starts about ``lines`` lines high and grows with its dialog; long texts wrap."""

    def __init__(self, lines: int) -> None:
        super().__init__()
        self.lines = lines
        self.setTabChangesFocus(True)

    def sizeHint(self):  # noqa: N802 - Qt's name
        hint = super().sizeHint()
        hint.setHeight(self.fontMetrics().lineSpacing() * self.lines + 14)
        return hint

    def minimumSizeHint(self):  # noqa: N802 - Qt's name
        hint = super().minimumSizeHint()
        hint.setHeight(self.fontMetrics().lineSpacing() * min(self.lines, 2) + 14)
        return hint


def text_box(name: str, lines: int = 4, placeholder: str = "") -> QPlainTextEdit:
    box = TextBox(lines)
    box.setObjectName(name)
    box.setPlaceholderText(placeholder)
    return box


def level_combo(levels, current: str = "", name: str = "level") -> QComboBox:
    """The office's levels, each with its colour."""
    combo = QComboBox()
    combo.setObjectName(name)
    for lv in levels:
        swatch = QPixmap(12, 12)
        swatch.fill(QColor(lv.colour))
        combo.addItem(QIcon(swatch), level_name(levels, lv.code), lv.code)
    if current:
        combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class EntryForm(FormDialog):
    """A form over the entry window that writes into its entry at the revision the window showed."""

    def __init__(self, window, title: str, width: int = 480) -> None:
        super().__init__(window, window.app, title, width)
        self.entry_window = window
        self.detail = window.detail
        self.entry_id = window.entry_id
        self.revision = window.detail.entry.revision

    def lead(self, text: str, hint: bool = False):
        """A wrapped line of text above the fields (what the form is about), in the order of the calls."""
        widget = QLabel(text)
        widget.setWordWrap(True)
        widget.setTextFormat(Qt.TextFormat.PlainText)
        if hint:
            widget.setObjectName("hint")
        self._leads = getattr(self, "_leads", 0)
        self.body.insertWidget(self._leads, widget)
        self._leads += 1
        return widget

    def active_levels(self):
        found = self.entry_window.choices
        return found.levels if found is not None else self.detail.levels

    def _failed(self, error: BaseException) -> None:
        """The service's message in the form; when the entry changed meanwhile, the window shows it as it is now and
        the form (text kept) continues from that revision."""
        super()._failed(error)
        if isinstance(error, ChangedMeanwhile) and is_alive(self.entry_window):
            self.ok_button.setEnabled(False)   # until the user sees the entry as it is now
            self.entry_window.reload(after=self._reloaded)

    def _reloaded(self, detail) -> None:
        if is_alive(self):
            self.detail, self.revision = detail, detail.entry.revision
            self.ok_button.setEnabled(True)


class LevelDialog(EntryForm):
    def __init__(self, window) -> None:
        super().__init__(window, self.tr("Change the level"))
        now = level_name(self.detail.levels, self.detail.entry.level)
        self.level = self.field(self.tr("New level:"), level_combo(self.active_levels(), self.detail.entry.level))
        self.reason = self.field(self.tr("Reason:"), text_box("reason"))
        self.note(self.tr("Now: {level}. The next review date follows from the last follow-up and the new level's "
                          "interval; a higher level brings it forward at once.").format(level=now))

    def edit(self):
        return self.level.currentData(), self.reason.toPlainText()

    def saver(self, edit):
        entry_id, revision, (level, reason) = self.entry_id, self.revision, edit
        return lambda s: watch_service.change_level(s, entry_id, level, reason, revision)


class SeverityDialog(EntryForm):
    def __init__(self, window) -> None:
        super().__init__(window, self.tr("Change the class of the case"))
        current = self.detail.entry.severity or rules.Severity.MILD.value
        self.severity = self.field(self.tr("Class:"), choice(choices(rules.Severity), current))
        self.severity.setObjectName("severity")
        self.reason = self.field(self.tr("Reason:"), text_box("reason"))
        self.note(self.tr("Mild cases: education and counseling. Severe cases: the severe-case file, an individual "
                          "plan, paired responsible staff, medication as the family reports it, peer care."))

    def edit(self):
        return self.severity.currentData(), self.reason.toPlainText()

    def saver(self, edit):
        entry_id, revision, (severity, reason) = self.entry_id, self.revision, edit
        return lambda s: watch_service.change_severity(s, entry_id, severity, reason, revision)


class StateDialog(EntryForm):
    def __init__(self, window, target: str) -> None:
        super().__init__(window, self.tr("Change the state"))
        self.target = target
        self.lead(self.tr("From “{old}” to “{new}”.").format(old=label(rules.State, self.detail.entry.state),
                                                            new=label(rules.State, target)))
        self.reason = self.field(self.tr("Reason:"), text_box("reason", 3, self.tr("optional")))

    def edit(self):
        return self.reason.toPlainText()

    def saver(self, reason):
        entry_id, revision, target = self.entry_id, self.revision, self.target
        return lambda s: watch_service.move_state(s, entry_id, target, reason, revision)


class ResponsibleDialog(EntryForm):
    """The responsible people (包保人): one row per person and duty; rows added and removed."""

    def __init__(self, window) -> None:
        super().__init__(window, self.tr("Responsible people"), 560)
        staff = self.entry_window.choices.staff if self.entry_window.choices else []
        self.staff = [(sid, name) for sid, name, _roles in staff]
        for r in self.detail.responsible:   # someone who left stays visible, marked, until replaced
            if r.staff_id not in {sid for sid, _n in self.staff}:
                self.staff.append((r.staff_id, self.tr("{name} (has left the school)").format(name=r.name)))
        holder = QWidget()
        self.rows_layout = QVBoxLayout(holder)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.rows: list[tuple[QWidget, QComboBox, QComboBox]] = []
        for r in self.detail.responsible:
            self.add_row(r.staff_id, r.duty)
        self.add_button = QPushButton(self.tr("Add a person"))
        self.add_button.setObjectName("addPerson")
        self.add_button.clicked.connect(lambda: self.add_row())
        column = QWidget()
        box = QVBoxLayout(column)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(holder)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        box.addLayout(add_row)
        self.field(self.tr("People:"), column)
        self.reason = self.field(self.tr("Reason:"), text_box("reason", 3, self.tr("optional")))
        self.note(self.tr("Usually the class's head teacher and a counselor; severe cases often also a school "
                          "leader. Someone who has left the school must be replaced."))

    def add_row(self, staff_id: int | None = None, duty: str = rules.Duty.COUNSELOR.value) -> None:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        person = choice(((name, sid) for sid, name in self.staff), staff_id)
        person.setObjectName(f"person{len(self.rows)}")
        role = choice(choices(rules.Duty), duty)
        role.setObjectName(f"duty{len(self.rows)}")
        remove = QPushButton(self.tr("Remove"))
        line.addWidget(person, 2)
        line.addWidget(role, 1)
        line.addWidget(remove)
        entry = (row, person, role)
        remove.clicked.connect(lambda: self.remove_row(entry))
        self.rows.append(entry)
        self.rows_layout.addWidget(row)

    def remove_row(self, entry) -> None:
        self.rows.remove(entry)
        entry[0].deleteLater()

    def edit(self):
        people = tuple((person.currentData(), role.currentData()) for _w, person, role in self.rows
                       if person.currentData() is not None)
        return people, self.reason.toPlainText()

    def saver(self, edit):
        entry_id, revision, (people, reason) = self.entry_id, self.revision, edit
        return lambda s: watch_service.set_responsible(s, entry_id, people, revision, reason)


class EditEntryDialog(EntryForm):
    """Correct how the student came to the list, the concern, the peer carer and the parent contact."""

    def __init__(self, window) -> None:
        super().__init__(window, self.tr("Correct the details"), 580)
        e, found = self.detail.entry, self.entry_window.choices
        self.source = self.field(self.tr("Source:"), choice(choices(rules.Source), e.source))
        self.source.setObjectName("source")
        types = ref_types() + ([(e.source_ref_type, e.source_ref_type)]
                               if e.source_ref_type not in {c for _t, c in ref_types()} else [])
        self.ref_type = self.field(self.tr("Triggered by:"), choice(types, e.source_ref_type))
        self.ref_type.setObjectName("refType")
        self.ref_id = self.field(self.tr("Its number:"), QLineEdit(e.source_ref_id), name="refId",
                                 placeholder=self.tr("e.g. the screening record's number"))
        self.ref_id.setEnabled(bool(e.source_ref_type))
        self.ref_type.currentIndexChanged.connect(lambda _i: self.ref_id.setEnabled(bool(self.ref_type.currentData())))
        self.concern = self.field(self.tr("Concern:"), text_box("concern", 6))
        self.concern.setPlainText(self.detail.concern)
        peers = [(self.tr("none"), None)] + [(with_aside(name, klass), sid) for sid, name, klass in
                                             (found.monitors if found else [])]
        if e.peer_student_id is not None and e.peer_student_id not in {sid for _t, sid in peers}:
            peers.append((self.detail.peer, e.peer_student_id))
        self.peer = self.field(self.tr("Peer carer:"), choice(peers, e.peer_student_id))
        self.peer.setObjectName("peer")
        self.parent_name = self.field(self.tr("Parent:"), QLineEdit(e.parent_name), name="parentName")
        self.parent_relation = self.field(self.tr("Relation:"), QLineEdit(e.parent_relation), name="parentRelation",
                                          placeholder=self.tr("e.g. mother"))
        self.parent_phone = self.field(self.tr("Phone:"), QLineEdit(e.parent_phone), name="parentPhone")
        self.note(self.tr("The level, class and state have their own buttons; their history is kept."))

    def edit(self):
        return watch_service.EntryEdit(
            self.source.currentData(), self.concern.toPlainText(), self.ref_type.currentData() or "",
            self.ref_id.text().strip() if self.ref_type.currentData() else "", self.peer.currentData(),
            self.parent_name.text(), self.parent_relation.text(), self.parent_phone.text())

    def saver(self, edit):
        entry_id, revision = self.entry_id, self.revision
        return lambda s: watch_service.edit_entry(s, entry_id, edit, revision)


class CloseRequestDialog(EntryForm):
    def __init__(self, window) -> None:
        super().__init__(window, self.tr("Ask to close the entry"), 520)
        self.head = self.app.may(Permission.APPROVE_WATCH_CLOSING)
        self.reason = self.field(self.tr("Why:"), choice(choices(rules.CloseReason)))
        self.reason.setObjectName("closeReason")
        self.explanation = self.field(self.tr("Explanation:"), text_box(
            "explanation", 5, self.tr("What changed, who agreed, what support goes on")))
        self.explained = self.note(
            self.tr("You are the office head: your request closes the entry at once.") if self.head else
            self.tr("The entry stays open until the office head approves the closing."))

    def edit(self):
        return self.reason.currentData(), self.explanation.toPlainText()

    def saver(self, edit):
        entry_id, revision, (reason, explanation) = self.entry_id, self.revision, edit
        return lambda s: watch_closing.request_close(s, entry_id, reason, explanation, revision)

    def saved(self, closed) -> None:
        parent = self.entry_window
        super().saved(closed)
        if closed:
            dialogs.show_info(parent, self.tr("Entry closed"),
                              self.tr("You are the office head: your request closed the entry at once. It stays in "
                                      "the student's history and can be reopened."))


class RejectDialog(EntryForm):
    def __init__(self, window) -> None:
        super().__init__(window, self.tr("Send the request back"))
        self.lead(self.tr("The entry stays open; the reason goes into its history."))
        self.reason = self.field(self.tr("Reason:"), text_box("reason"))

    def edit(self):
        return self.reason.toPlainText()

    def saver(self, reason):
        entry_id, revision = self.entry_id, self.revision
        return lambda s: watch_closing.reject_close(s, entry_id, reason, revision)


class ReopenDialog(EntryForm):
    def __init__(self, window) -> None:
        super().__init__(window, self.tr("Reopen the entry"))
        self.level = self.field(self.tr("Level:"), level_combo(self.active_levels(), self.detail.entry.level))
        self.reason = self.field(self.tr("Reason:"), text_box("reason"))
        self.note(self.tr("The entry is followed up again; the first review is due after the level's interval."))

    def edit(self):
        return self.level.currentData(), self.reason.toPlainText()

    def saver(self, edit):
        entry_id, revision, (level, reason) = self.entry_id, self.revision, edit
        return lambda s: watch_closing.reopen(s, entry_id, level, reason, revision)
