"""The leave page's dialogs: 登记请假/休学 (the student, type, reason category, dates, documents received, what the
medical documents say), 审批 (the school; the bureau for a 休学), 复学申请 (the date and the documents; a late one
is said after the save), 复学评估会 (participants, conclusion, re-assessment date), 办理复学 (the day and the
support plan's lines: who does what, how often). Each saves through services/leaves.py on the worker."""
from __future__ import annotations

from datetime import date, timedelta

from counselor_app.domain import leave as rules
from counselor_app.services import leaves, students as student_service
from counselor_app.services.leaves import Approval, LeaveEdit, ReturnMeeting, SupportLine
from counselor_app.translation import translate_text
from counselor_app.ui import dialogs
from counselor_app.ui.form_dialog import CheckList, FormDialog, Invalid, choice
from counselor_app.ui.qt import QCheckBox, QComboBox, QCoreApplication, QDate, QDateEdit, QGridLayout, QLabel, QLineEdit, \
    QPlainTextEdit, QWidget
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
        self.medical = self.field(self.tr("What the medical documents say:"), QPlainTextEdit())
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


class ReturnMeetingDialog(_RowDialog):
    def __init__(self, page, row) -> None:
        super().__init__(page, row, self.tr("Return assessment meeting: L {number}").format(number=row.number))
        self.day = self.field(self.tr("Date:"), _date_edit(name="returnMeetingDate"))
        self.people = self.field(self.tr("Participants:"), name="returnMeetingPeople",
                                 placeholder=self.tr("counselor, head teacher, school leader, parents, doctor"))
        self.conclusion = self.field(self.tr("Conclusion:"), choice(_labels(rules.Conclusion),
                                                                    rules.Conclusion.AGREED.value),
                                     name="returnConclusion")
        self.reassess = self.field(self.tr("Re-assessment on:"), _date_edit(date.today() + timedelta(days=14),
                                                                           "returnReassess"))
        self.notes = self.field(self.tr("Assessment:"), QPlainTextEdit())
        self.notes.setObjectName("returnMeetingNotes")
        self.notes.setFixedHeight(70)
        self.conclusion.currentIndexChanged.connect(
            lambda _i: self.reassess.setEnabled(self.conclusion.currentData() == rules.Conclusion.POSTPONED))
        self.reassess.setEnabled(False)

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
