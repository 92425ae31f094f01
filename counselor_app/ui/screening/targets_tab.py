"""The results window's 名单 tab: every student the campaign screens (services.screening_results.campaign_targets) —
expected (应测), screened (已测), absent (请假) or exempt (免测) with the reason — filtered by disposition and class,
searched by number, name or pinyin initials.

请假或免测… marks the selected student absent or exempt with a reason (ExcuseDialog, services.screening
.set_disposition); 恢复应测 makes an excused student due again. The coverage tab follows: the window reloads on the
change it announces.
"""
from __future__ import annotations

from operator import attrgetter

from counselor_app.domain import screening as rules
from counselor_app.services import screening as screening_service
from counselor_app.translation import translate_text
from counselor_app.ui import dialogs
from counselor_app.ui.form_dialog import FormDialog, Invalid
from counselor_app.ui.list_page import ChoiceFilter, select_rows
from counselor_app.ui.models import Column, RowsModel, name_key
from counselor_app.ui.qt import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QTimer, \
    QVBoxLayout, QWidget
from counselor_app.ui.widgets import row_table, selected_row

EXCUSED = (rules.Disposition.ABSENT.value, rules.Disposition.EXEMPT.value)


def disposition_text(code: str) -> str:
    try:
        return translate_text(rules.Disposition(code).label)
    except ValueError:
        return code


class TargetsTab(QWidget):
    def __init__(self, window) -> None:
        super().__init__()
        self.window = window
        self.rows: list = []
        self.dialog = None
        box = QVBoxLayout(self)
        hint = QLabel(self.tr("Every student the campaign screens. A student who is absent on the day or exempt "
                              "(with the reason) is not due: the coverage leaves them out."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        box.addWidget(hint)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("targetsSearch")
        self.search.setPlaceholderText(self.tr("Student number, name or pinyin initials"))
        self.search.setClearButtonEnabled(True)
        self.disposition = ChoiceFilter(attrgetter("disposition"), self.tr("Everyone"),
                                        choices=[(disposition_text(d.value), d.value) for d in rules.Disposition],
                                        name="targetsDisposition")
        self.klass = ChoiceFilter(attrgetter("klass"), self.tr("All classes"), name="targetsClass")
        bar.addWidget(self.search, 2)
        bar.addWidget(self.disposition)
        bar.addWidget(self.klass)
        bar.addStretch(1)
        box.addLayout(bar)
        self.model = RowsModel([
            Column(self.tr("Student no."), attrgetter("student_no")),
            Column(self.tr("Name"), attrgetter("name"), sort_key=lambda r: name_key(r.name)),
            Column(self.tr("Class"), attrgetter("klass")),
            Column(self.tr("Disposition"), lambda r: disposition_text(r.disposition)),
            Column(self.tr("Reason"), attrgetter("reason")),
        ], self)
        self.table = row_table(self.model, stretch=False)
        self.table.setObjectName("targetsTable")
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        box.addWidget(self.table, 1)
        foot = QHBoxLayout()
        self.count = QLabel()
        self.count.setObjectName("hint")
        self.excuse_button = QPushButton(self.tr("Absent or exempt…"))
        self.excuse_button.setObjectName("targetsExcuse")
        self.excuse_button.clicked.connect(lambda _c=False: self.excuse(selected_row(self.table)))
        self.due_button = QPushButton(self.tr("Due again"))
        self.due_button.setObjectName("targetsDue")
        self.due_button.clicked.connect(lambda _c=False: self.due_again(selected_row(self.table)))
        foot.addWidget(self.count, 1)
        foot.addWidget(self.due_button)
        foot.addWidget(self.excuse_button)
        box.addLayout(foot)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._timer.start)
        for f in (self.disposition, self.klass):
            f.changed.connect(self.apply_filter)
        self.table.selectionModel().selectionChanged.connect(self._selection)
        self.model.modelReset.connect(self._selection)
        self._selection()

    def show_rows(self, rows) -> None:
        self.rows = list(rows)
        self.klass.offer(self.rows)
        self.apply_filter()

    def apply_filter(self) -> None:
        self._timer.stop()
        shown = select_rows(self.rows, self.search.text(), [self.disposition.narrow, self.klass.narrow])
        self.model.set_rows(shown)
        excused = sum(1 for r in self.rows if r.disposition in EXCUSED)
        self.count.setText(self.tr("{shown} of {total} students shown · {excused} absent or exempt").format(
            shown=len(shown), total=len(self.rows), excused=excused))

    def _selection(self, *_args) -> None:
        row = selected_row(self.table)
        self.excuse_button.setEnabled(row is not None and row.disposition != rules.Disposition.TESTED)
        self.due_button.setEnabled(row is not None and row.disposition in EXCUSED)

    def clear(self) -> None:
        self.rows = []
        self.model.clear()
        self.search.clear()
        self.count.clear()

    # -- actions -----------------------------------------------------------------------------------------------
    def excuse(self, row) -> None:
        if row is None or row.disposition == rules.Disposition.TESTED:
            return
        self.dialog = ExcuseDialog(self, self.window.app, self.window.campaign_id, row)
        self.dialog.open()

    def due_again(self, row) -> None:
        if row is None or row.disposition not in EXCUSED:
            return
        cid, sid = self.window.campaign_id, row.student_id
        self.window.app.worker.run(
            lambda s: screening_service.set_disposition(s, cid, sid, rules.Disposition.DUE.value),
            None, lambda e: dialogs.show_error(self, e), context=self)


class ExcuseDialog(FormDialog):
    """请假或免测: the student is not due, with the reason (sealed: it may be medical)."""

    def __init__(self, parent, app, campaign_id: int, row) -> None:
        super().__init__(parent, app, self.tr("Absent or exempt"), width=460)
        self.campaign_id, self.row = campaign_id, row
        self.form.addRow(QLabel(self.tr("{student} ({klass})").format(student=f"{row.student_no} {row.name}",
                                                                      klass=row.klass)))
        self.choice = self.field(self.tr("The student is:"), QComboBox(), name="excuseDisposition")
        for code in EXCUSED:
            self.choice.addItem(disposition_text(code), code)
        if row.disposition in EXCUSED:
            self.choice.setCurrentIndex(self.choice.findData(row.disposition))
        self.reason = self.field(self.tr("Reason:"), QPlainTextEdit(), name="excuseReason",
                                 placeholder=self.tr("e.g. in hospital; in a regular class, the parents asked for an "
                                                     "exemption"))
        self.reason.setFixedHeight(80)
        self.reason.setTabChangesFocus(True)   # Tab goes on to the buttons
        if row.reason:
            self.reason.setPlainText(row.reason)
        self.note(self.tr("Absent and exempt students are not due: the coverage leaves them out. The reason is kept "
                          "with the clinical records."))

    def edit(self):
        why = " ".join(self.reason.toPlainText().split())
        if not why:
            raise Invalid(self.tr("Say why the student is absent or exempt."), self.reason)
        return self.choice.currentData(), why

    def saver(self, edit):
        cid, sid = self.campaign_id, self.row.student_id
        disposition, why = edit
        return lambda s: screening_service.set_disposition(s, cid, sid, disposition, why)
