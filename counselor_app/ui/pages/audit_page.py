"""审计日志: the office head reads the audit trail, filters it and verifies the hash chain."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from counselor_app.domain import audit_labels
from counselor_app.domain.areas import Area
from counselor_app.domain.audit_labels import Names
from counselor_app.domain.roles import Permission
from counselor_app.domain.school import class_label
from counselor_app.domain.search import matches
from counselor_app.services import audit_view, documents, integrity, students as student_service
from counselor_app.store.audit import AuditFilter
from counselor_app.translation import translate_text
from counselor_app.ui import dialogs
from counselor_app.ui.flow_layout import flow_row, together
from counselor_app.ui.models import Column, RowsModel
from counselor_app.ui.pages import Page
from counselor_app.ui.qt import (
    QComboBox, QCoreApplication, QDate, QDateEdit, QDialog, QDialogButtonBox, QLabel, QLineEdit,
    QPushButton, QVBoxLayout, Qt,
)
from counselor_app.ui.widgets import page_title, row_table, selected_row

LIMIT = 5000


def outcome_text(outcome: str) -> str:
    return audit_labels.outcome_words(outcome, translate_text)


def action_text(action: str) -> str:
    return audit_labels.action_words(action, translate_text)


def target_text(record, names: Names) -> str:
    return audit_labels.target_words(record, names, translate_text)


def detail_text(record, names: Names) -> str:
    return audit_labels.detail_words(record, names, translate_text)


def local_time(iso: str) -> str:
    return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M:%S")


class StudentPicker(QDialog):
    """Choose the student whose trail to show: type a student number, a name or its pinyin initials."""

    def __init__(self, app, parent=None) -> None:
        super().__init__(parent)
        self.app = app
        self.all_rows: list = []
        self.chosen = None
        self.setWindowTitle(self.tr("Choose a student"))
        self.resize(560, 480)
        layout = QVBoxLayout(self)
        self.search = QLineEdit()
        self.search.setObjectName("pickerSearch")
        self.search.setPlaceholderText(self.tr("Student number, name or pinyin initials (e.g. zsm)"))
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)
        self.model = RowsModel([
            Column(self.tr("Student number"), lambda r: r.student_no),
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Class"), lambda r: class_label(r.grade, r.class_name)),
            Column(self.tr("Status"), lambda r: translate_text(audit_labels.DETAILS[r.status])
                   if r.status in audit_labels.DETAILS else r.status),
        ], self)
        self.table = row_table(self.model, stretch=True)
        layout.addWidget(self.table)
        self.hint = QLabel(self.tr("Loading the register…"))
        self.hint.setObjectName("hint")
        layout.addWidget(self.hint)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(False)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._enter)
        self.table.doubleClicked.connect(lambda _i: self.accept())
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.ok.setEnabled(selected_row(self.table) is not None))
        app.worker.run(student_service.list_students, self._loaded, self._failed, context=self)

    def _loaded(self, rows) -> None:
        self.all_rows = rows
        self._filter()

    def _failed(self, error: BaseException) -> None:
        self.hint.setText("")
        dialogs.show_error(self, error)

    def _filter(self) -> None:
        query = self.search.text()
        shown = [r for r in self.all_rows if matches(r.search, query)]
        self.model.set_rows(shown[:500])
        if not self.all_rows:
            self.hint.setText(self.tr("The register holds no student."))
        elif len(shown) > 500:
            self.hint.setText(self.tr("{count} students found; the first 500 are listed, type more to narrow "
                                      "the list.").format(count=len(shown)))
        else:
            self.hint.setText(self.tr("{count} students found.").format(count=len(shown)))
        if len(shown) == 1:
            self.table.selectRow(0)
        self.ok.setEnabled(selected_row(self.table) is not None)

    def _enter(self) -> None:
        if selected_row(self.table) is not None:
            self.accept()

    def accept(self) -> None:
        row = selected_row(self.table)
        if row is None:
            return
        self.chosen = row
        super().accept()


class AuditPage(Page):
    key = "audit"
    permission = Permission.VIEW_AUDIT
    cares_about = frozenset({Area.USERS, Area.BACKUP, Area.SETTINGS, Area.AUDIT})

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("Pages", "Audit trail")

    def __init__(self, app) -> None:
        super().__init__(app)
        self.names = Names()
        self.student = None   # the chosen student (a StudentListRow): the trail of that student only
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.title()))
        self.user = QComboBox()
        self.user.setObjectName("auditUser")
        self.action = QComboBox()
        self.action.setObjectName("auditAction")
        self.action.addItem(self.tr("All actions"), None)
        for code, label in audit_labels.ACTIONS.items():
            self.action.addItem(translate_text(label), code)
        for prefix, label in ((f"{kind}.", audit_labels.OUTPUTS[kind]) for kind in audit_labels.OUTPUTS):
            self.action.addItem(translate_text(label).format(document=self.tr("any document")), prefix)
        self.action.addItem(self.tr("Refused (permission)"), "denied.")
        self.action.setMinimumContentsLength(16)   # as wide as 16 characters; the list opens as wide as its labels
        self.action.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.user.setMinimumContentsLength(14)
        self.since = QDateEdit(QDate.currentDate().addDays(-30))
        self.until = QDateEdit(QDate.currentDate())
        for d in (self.since, self.until):
            d.setCalendarPopup(True)
            d.setDisplayFormat("yyyy-MM-dd")
        self.search = QPushButton(self.tr("Filter"))
        self.verify = QPushButton(self.tr("Verify chain"))
        self.verify.setObjectName("verifyChain")
        fields = [together(QLabel(label), w) for label, w in (
            (self.tr("User:"), self.user), (self.tr("Action:"), self.action), (self.tr("From:"), self.since),
            (self.tr("To:"), self.until))]
        layout.addLayout(flow_row([*fields, self.search, None, self.verify]))   # wraps in a narrow window
        # Who looked at this child's file: the trail of one student, and its access report (office head).
        self.student_label = QLabel()
        self.student_label.setObjectName("auditStudent")
        self.pick_student = QPushButton(self.tr("Choose student…"))
        self.pick_student.setObjectName("auditPickStudent")
        self.all_students = QPushButton(self.tr("Show all students"))
        self.all_students.setObjectName("auditAllStudents")
        self.report = QPushButton(self.tr("Access report…"))
        self.report.setObjectName("auditAccessReport")
        self.report.setToolTip(self.tr("Who saw or changed this student's records in the period, as a PDF to "
                                       "print or keep (for the yearly compliance review)"))
        self.student_caption = QLabel(self.tr("Student:"))
        layout.addLayout(flow_row([self.student_caption, self.student_label, self.pick_student, self.all_students,
                                   None, self.report]))
        self.model = RowsModel([
            Column(self.tr("No."), lambda r: r.id, align_right=True),
            Column(self.tr("Time"), lambda r: local_time(r.at)),
            Column(self.tr("User"), lambda r: audit_labels.user_words(r.user_id, self.names)),
            Column(self.tr("Action"), lambda r: action_text(r.action)),
            Column(self.tr("Target"), lambda r: target_text(r, self.names)),
            Column(self.tr("Outcome"), lambda r: outcome_text(r.outcome)),
            Column(self.tr("Detail"), lambda r: detail_text(r, self.names), tooltip=lambda r: detail_text(r, self.names)
                   or None),
        ], self)
        self.table = row_table(self.model, stretch=False, single=False)
        layout.addWidget(self.table)
        self.status = QLabel()
        self.status.setObjectName("hint")
        layout.addWidget(self.status)
        self.search.clicked.connect(self.refresh)
        self.verify.clicked.connect(self.verify_chain)
        self.pick_student.clicked.connect(self.choose_student)
        self.all_students.clicked.connect(lambda: self.set_student(None))
        self.report.clicked.connect(self.access_report)
        self._show_student()

    def _filter(self) -> AuditFilter:
        since, until = audit_view.utc_bounds(self.since.date().toPython(), self.until.date().toPython())
        student = str(self.student.id) if self.student is not None else None
        return AuditFilter(user_id=self.user.currentData(), action_prefix=self.action.currentData(),
                           since=since, until=until, limit=LIMIT,
                           target_type="student" if student else None, target_id=student)

    def refresh(self) -> None:
        f = self._filter()
        self.app.worker.run(lambda session: audit_view.load_trail(session, f), self.show_rows, context=self)

    def show_rows(self, view) -> None:
        self.names = view.names
        current = self.user.currentData()
        self.user.blockSignals(True)
        self.user.clear()
        self.user.addItem(self.tr("Everyone"), None)
        for u in view.accounts:
            self.user.addItem(f"{u.display_name} ({u.login})", u.id)
        self.user.setCurrentIndex(max(0, self.user.findData(current)))
        self.user.blockSignals(False)
        self.model.set_rows(view.rows)
        self.status.setText(self.tr("{count} entries shown (newest first, at most {limit}).").format(
            count=len(view.rows), limit=LIMIT))

    # -- one student ------------------------------------------------------------------------------------------
    def choose_student(self) -> None:
        picker = StudentPicker(self.app, self)
        picker.setObjectName("auditStudentPicker")
        picker.finished.connect(lambda result: self.set_student(picker.chosen) if result else None)
        self.picker = picker
        picker.open()

    def set_student(self, row) -> None:
        self.student = row
        self._show_student()
        self.refresh()

    def _show_student(self) -> None:
        row = self.student
        if row is None:
            self.student_label.setText(self.tr("all students"))
        else:
            self.student_label.setText(self.tr("{name} ({number}, {klass})").format(
                name=row.name, number=row.student_no, klass=class_label(row.grade, row.class_name) or "—"))
        self.all_students.setEnabled(row is not None)
        self.report.setEnabled(row is not None)
        # the students' names are the register's: without it the trail shows ids, and there is no one to choose
        for w in (self.pick_student, self.all_students, self.report, self.student_label, self.student_caption):
            w.setVisible(self.app.may(Permission.VIEW_REGISTER))

    def access_report(self) -> None:
        from counselor_app.ui.print_preview import open_document

        if self.student is None:
            return
        student_id = self.student.id
        since, until = self.since.date().toPython(), self.until.date().toPython()
        if until < since:
            dialogs.show_info(self, self.tr("Access report"), self.tr("The end of the period is before its start."))
            return
        open_document(self.app, self, self.tr("Access report"), audit_view.REPORT_KIND,
                      lambda s: documents.build_document(s, audit_view.REPORT_KIND, tr=translate_text,
                                                         student_id=student_id, since=since, until=until),
                      default_name=self.tr("access-report-{date}").format(date=date.today().isoformat()),
                      target_id=student_id)

    def clear_data(self) -> None:
        self.model.clear()
        self.names = Names()
        self.user.clear()
        self.student = None
        self._show_student()

    def verify_chain(self) -> None:
        def shown(report) -> None:
            if report.ok:
                text = self.tr("The audit trail is intact: {rows} entries, the database passed every integrity "
                               "check.\nChain head: {head}").format(rows=report.audit_rows, head=report.head_hash)
            elif report.broken_row is not None:
                text = self.tr("The audit trail is BROKEN at entry {row}. Restore a backup and investigate.").format(
                    row=report.broken_row)
            elif all(hasattr(p, "render") for p in report.problems):
                text = self.tr("The check found what is listed below. Look into it before relying on the records; "
                               "a damaged database or trail is repaired by restoring a backup.")
            else:  # SQLCipher's or SQLite's own page checks failed
                text = self.tr("The database failed the integrity check ({count} problem(s)). Restore a backup."
                               ).format(count=len(report.problems))
            findings = [p.render(translate_text) for p in report.problems if hasattr(p, "render")][:6]
            if findings:   # signatures, accounts, anchors: what happened, since when, whose record disagrees
                text += "\n\n" + "\n".join(f"• {f}" for f in findings)
            dialogs.show_info(self, self.tr("Verify chain"), text)
            self.refresh()

        self.app.worker.run(integrity.verify_office, shown, context=self)
