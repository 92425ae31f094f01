"""The leave page's dialogs: 登记请假/休学 (the student, type, reason category, dates, documents received, what the
medical documents say), 审批 (the school; the bureau for a 休学), 复学申请 (the date and the documents; a late one
is said after the save), 复学评估会 (participants, conclusion, re-assessment date; the meetings held so far listed
above it, the latest the decision), 评估会记录 (every meeting of a leave, read-only; also a double-click on the
page), 办理复学 (the day and the support plan's lines: who does what, how often). Each saves through
services/leaves.py on the worker."""
from __future__ import annotations

from datetime import date, timedelta

from counselor_app.domain import leave as rules
from counselor_app.services import leaves, students as student_service
from counselor_app.services.leaves import Approval, LeaveEdit, ReturnMeeting, SupportLine
from counselor_app.translation import translate_text
from counselor_app.ui import dialogs
from counselor_app.ui.form_dialog import CheckList, FormDialog, Invalid, choice
from counselor_app.ui.qt import QAbstractItemView, QCheckBox, QComboBox, QCoreApplication, QDate, QDateEdit, QDialog, \
    QDialogButtonBox, QGridLayout, QHeaderView, QLabel, QLineEdit, QTableWidget, QTableWidgetItem, \
    QVBoxLayout, QWidget
from counselor_app.ui.widgets import error_label, note_box, show_failure, tab_leaves
from counselor_app.ui.student_picker import StudentPicker


def _labels(enum) -> list[tuple[str, str]]:
    return [(translate_text(m.label), m.value) for m in enum]


def _date_edit(day: date | None = None, name: str = "") -> QDateEdit:
    edit = QDateEdit(QDate(day or date.today()))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setObjectName(name)
    return edit


def _day(widget: QDateEdit) -> date:
    return widget.date().toPython()


def _checks(enum, name: str, checked=()) -> CheckList:
    box = CheckList()
    box.setObjectName(name)
    for m in enum:
        box.add(translate_text(m.label), m.value, m.value in checked)
    box.setFixedHeight(24 * len(enum) + 8)
    return box


class _RowDialog(FormDialog):
    """A dialog about one leave: it loads the leave's revision first."""

    def __init__(self, page, row, title: str, width: int = 520) -> None:
        super().__init__(page, page.app, title, width)
        self.row = row
        # translated in one context for every subclass (self.tr would look in the subclass's)
        self.field(QCoreApplication.translate("LeaveDialogs", "Student:"),
                   QLabel(f"{row.student_no} {row.name} · {row.klass}"))

    def loader(self):
        leave_id = self.row.id
        return lambda s: leaves.get_leave(s, leave_id).row.revision

    def loaded(self, revision) -> None:
        self.revision = revision


class NewLeaveDialog(FormDialog):
    def __init__(self, page) -> None:
        super().__init__(page, page.app, self.tr("Leave or suspension"), 560)
        self.student = None
        self.picker = StudentPicker()
        self.picker.chosen.connect(lambda row: setattr(self, "student", row))
        self.field(self.tr("Student:"), self.picker)
        self.kind = self.field(self.tr("Type:"), choice(_labels(rules.Kind), rules.Kind.SUSPENSION.value),
                               name="leaveKind")
        self.reason = self.field(self.tr("Reason category:"), choice(_labels(rules.Reason), rules.Reason.MENTAL.value),
                                 name="leaveReason")
        self.applied = self.field(self.tr("Applied on:"), _date_edit(name="leaveApplied"))
        self.start = self.field(self.tr("From:"), _date_edit(name="leaveStart"))
        self.end = self.field(self.tr("Expected end:"), _date_edit(date.today() + timedelta(days=90), "leaveEnd"))
        self.documents = self.field(self.tr("Documents received:"), _checks(rules.Document, "leaveDocuments"))
        self.medical = self.field(self.tr("What the medical documents say:"), note_box())
        self.medical.setObjectName("leaveMedical")
        self.medical.setFixedHeight(60)
        self.note(self.tr("The medical documents' content is kept sealed with the clinical records. A suspension "
                          "shows in the register once the school and the education bureau approved it."))

    def loader(self):
        return student_service.list_students

    def loaded(self, rows) -> None:
        self.picker.set_rows(rows)

    def edit(self):
        if self.student is None:
            raise Invalid(self.tr("Choose the student."), self.picker)
        return self.student.id, LeaveEdit(self.kind.currentData(), self.reason.currentData(), _day(self.start),
                                          _day(self.end), _day(self.applied), self.documents.checked_values(),
                                          self.medical.toPlainText())

    def saver(self, edit):
        student_id, leave = edit
        return lambda s: leaves.start_leave(s, student_id, leave)


class ApproveDialog(_RowDialog):
    def __init__(self, page, row) -> None:
        super().__init__(page, row, self.tr("Approve L {number}").format(number=row.number))
        self.school_on = self.field(self.tr("School approved on:"), _date_edit(name="approveSchoolOn"))
        self.approver = self.field(self.tr("Approved by:"), name="approveBy")
        self.bureau = QCheckBox(self.tr("The education bureau approved it"))
        self.bureau.setObjectName("approveBureau")
        self.bureau.setChecked(row.kind == rules.Kind.SUSPENSION)
        self.field("", self.bureau)
        self.bureau_on = self.field(self.tr("Bureau approved on:"), _date_edit(name="approveBureauOn"))
        self.bureau_ref = self.field(self.tr("Bureau document number:"), name="approveBureauRef")

    def edit(self):
        return Approval(_day(self.school_on), self.approver.text(),
                        _day(self.bureau_on) if self.bureau.isChecked() else None, self.bureau_ref.text())

    def saver(self, edit):
        leave_id, revision = self.row.id, self.revision
        return lambda s: leaves.approve_leave(s, leave_id, edit, revision)


class ReturnApplicationDialog(_RowDialog):
    def __init__(self, page, row) -> None:
        super().__init__(page, row, self.tr("Application to return: L {number}").format(number=row.number))
        self.applied = self.field(self.tr("Applied on:"), _date_edit(name="returnApplied"))
        self.documents = self.field(self.tr("Documents checked:"), _checks(rules.ReturnDocument, "returnDocuments"))
        self.note(self.tr("The application should come at least 15 days before the leave ends ({end}).").format(
            end=row.expected_end))

    def edit(self):
        return _day(self.applied), self.documents.checked_values()

    def saver(self, edit):
        leave_id, revision = self.row.id, self.revision
        return lambda s: leaves.apply_return(s, leave_id, edit[0], edit[1], revision)

    def saved(self, late) -> None:
        if late:
            dialogs.show_info(self, self.tr("Late application"), self.tr(
                "The application came later than 15 days before the leave ends. It is recorded; plan the return "
                "assessment meeting soon."))
        super().saved(late)


class MeetingsTable(QTableWidget):
    """A leave's return assessment meetings in order, read-only; the last one (the decision) marked."""

    def __init__(self, compact: bool = True) -> None:
        super().__init__(0, 6)
        self.compact = compact    # a few rows, one line each (the full text in the tooltip); else rows wrap
        self.setObjectName("returnMeetings")
        tab_leaves(self)
        self.setHorizontalHeaderLabels([self.tr("No."), self.tr("Date"), self.tr("Conclusion"),
                                        self.tr("Re-assessment on"), self.tr("Participants"), self.tr("Assessment")])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.setWordWrap(not compact)
        if not compact:
            header.sectionResized.connect(lambda *_a: self.resizeRowsToContents())

    def set_meetings(self, meetings) -> None:
        self.setRowCount(len(meetings))
        for r, m in enumerate(meetings):
            number = self.tr("{n} (latest)").format(n=r + 1) if r == len(meetings) - 1 and r else str(r + 1)
            recorded = self.tr("Recorded by {who} at {at}").format(who=m.recorded_by or "—", at=m.recorded_at[:16])
            values = (number, m.meeting_on, translate_text(rules.Conclusion(m.conclusion).label),
                      m.reassess_on or "", m.people, " ".join(m.notes.split()) if self.compact else m.notes)
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(m.notes if c == 5 and m.notes else m.people if c == 4 else recorded)
                self.setItem(r, c, item)
        if not self.compact:
            self.resizeRowsToContents()
            return
        self.setFixedHeight(self.horizontalHeader().height() + 4 + sum(self.rowHeight(r) for r in range(
            min(len(meetings), 4))) + (0 if meetings else 24))

    def texts(self) -> list[list[str]]:
        """The table as shown (for tests and a quick look)."""
        return [[self.item(r, c).text() for c in range(self.columnCount())] for r in range(self.rowCount())]


class MeetingsWindow(QDialog):
    """Every return assessment meeting of a leave, in order (read-only; notes need the clinical key)."""

    def __init__(self, page, row) -> None:
        super().__init__(page)
        self.app, self.row = page.app, row
        self.setWindowTitle(self.tr("Return assessment meetings: L {number}").format(number=row.number))
        self.setMinimumSize(820, 360)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"{row.student_no} {row.name} · {row.klass}"))
        self.meetings = MeetingsTable(compact=False)
        layout.addWidget(self.meetings, 1)
        self.empty = QLabel(self.tr("No return assessment meeting has been held yet."))
        self.empty.setObjectName("hint")
        self.empty.hide()
        layout.addWidget(self.empty)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        leave_id = row.id
        self.app.worker.run(lambda s: leaves.get_leave(s, leave_id).meetings, self._loaded,
                            lambda e: show_failure(self.error, self, e), context=self)

    def _loaded(self, meetings) -> None:
        self.meetings.set_meetings(meetings)
        self.empty.setVisible(not meetings)


class ReturnMeetingDialog(_RowDialog):
    def __init__(self, page, row) -> None:
        super().__init__(page, row, self.tr("Return assessment meeting: L {number}").format(number=row.number), 680)
        self.history_label = QLabel(self.tr("Meetings held so far (a new meeting is added after them):"))
        self.history = MeetingsTable()
        self.form.addRow(self.history_label)
        self.form.addRow(self.history)
        for widget in (self.history_label, self.history):
            widget.hide()
        self.day = self.field(self.tr("Date:"), _date_edit(name="returnMeetingDate"))
        self.people = self.field(self.tr("Participants:"), name="returnMeetingPeople",
                                 placeholder=self.tr("counselor, head teacher, school leader, parents, doctor"))
        self.conclusion = self.field(self.tr("Conclusion:"), choice(_labels(rules.Conclusion),
                                                                    rules.Conclusion.AGREED.value),
                                     name="returnConclusion")
        self.reassess = self.field(self.tr("Re-assessment on:"), _date_edit(date.today() + timedelta(days=14),
                                                                           "returnReassess"))
        self.notes = self.field(self.tr("Assessment:"), note_box())
        self.notes.setObjectName("returnMeetingNotes")
        self.notes.setFixedHeight(70)
        self.conclusion.currentIndexChanged.connect(
            lambda _i: self.reassess.setEnabled(self.conclusion.currentData() == rules.Conclusion.POSTPONED))
        self.reassess.setEnabled(False)

    def loader(self):
        leave_id = self.row.id
        return lambda s: leaves.get_leave(s, leave_id)

    def loaded(self, detail) -> None:
        self.revision = detail.row.revision
        self.history.set_meetings(detail.meetings)
        for widget in (self.history_label, self.history):
            widget.setVisible(bool(detail.meetings))

    def edit(self):
        postponed = self.conclusion.currentData() == rules.Conclusion.POSTPONED
        return ReturnMeeting(_day(self.day), self.people.text(), self.conclusion.currentData(),
                             _day(self.reassess) if postponed else None, self.notes.toPlainText())

    def saver(self, edit):
        leave_id, revision = self.row.id, self.revision
        return lambda s: leaves.record_return_meeting(s, leave_id, edit, revision)


SUPPORT_ROWS = 4


class ReturnDialog(_RowDialog):
    """The return and the support plan (up to four lines here)."""

    def __init__(self, page, row) -> None:
        super().__init__(page, row, self.tr("Back at school: L {number}").format(number=row.number), 720)
        self.day = self.field(self.tr("Back at school on:"), _date_edit(name="returnDay"))
        self.months = self.field(self.tr("Support for (months):"), choice([(str(n), n) for n in range(1, 13)], 3),
                                 name="returnMonths")
        grid_box = QWidget()
        grid = QGridLayout(grid_box)
        grid.setContentsMargins(0, 0, 0, 0)
        for c, text in enumerate((self.tr("Kind"), self.tr("What"), self.tr("Who"), self.tr("How often"))):
            grid.addWidget(QLabel(text), 0, c)
        kinds = [(self.tr("—"), "")] + [(translate_text(t.label), t.value) for t in leaves.SUPPORT_TYPES]
        self.lines: list[tuple[QComboBox, QLineEdit, QLineEdit, QLineEdit]] = []
        for r in range(SUPPORT_ROWS):
            widgets = (choice(kinds), QLineEdit(), QLineEdit(), QLineEdit())
            widgets[0].setMinimumContentsLength(6)   # 班主任观察 whole
            for c, w in enumerate(widgets):
                w.setObjectName(f"support{r}{c}")
                grid.addWidget(w, r + 1, c)
            for short in widgets[2:]:   # who and how often are a few words: "What" keeps the width (in English too)
                short.setMaximumWidth(short.fontMetrics().horizontalAdvance("x") * 14)
            self.lines.append(widgets)
        grid.setColumnStretch(1, 3)
        self.field(self.tr("Support plan:"), grid_box)
        self.note(self.tr("The plan's lines become measures of the student's watch-list plan; the head teacher's "
                          "sheet prints them without any clinical text."))

    def edit(self):
        support = []
        for n, (kind, what, who, often) in enumerate(self.lines, 1):
            if not kind.currentData() and not (what.text().strip() or who.text().strip()):
                continue
            if not kind.currentData():
                raise Invalid(self.tr("Line {n}: choose the kind of support.").format(n=n), kind)
            support.append(SupportLine(kind.currentData(), what.text(), owner_other=who.text(),
                                       frequency=often.text()))
        return _day(self.day), tuple(support), self.months.currentData()

    def saver(self, edit):
        leave_id, revision = self.row.id, self.revision
        day, support, months = edit
        return lambda s: leaves.complete_return(s, leave_id, day, support, revision, months=months)
