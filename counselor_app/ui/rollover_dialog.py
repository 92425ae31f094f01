"""The year rollover (学年升级): the plan of every class before anything changes, then the rollover in one
transaction after an automatic backup, with progress and a summary (a job dialog: ui/job_dialog.py).

Open it with ``RolloverDialog(parent, app).open()``; the preview loads through the worker. Ticking or clearing a
class's "graduates" box (universities: every class; K-12: every class but the top grade's, which always graduates)
plans again at once.
"""
from __future__ import annotations

import html

from counselor_app.domain.errors import fill
from counselor_app.domain.roles import Permission
from counselor_app.domain.rollover import GRADUATE, PROMOTE, Plan
from counselor_app.domain.school import class_label
from counselor_app.services import rollover
from counselor_app.translation import translate_text
from counselor_app.ui import dialogs
from counselor_app.ui.job_dialog import JobDialog
from counselor_app.ui.qt import (
    QAbstractItemView, QColor, QHBoxLayout, QHeaderView, QLabel, QSpinBox, QSplitter, QStandardItem,
    QStandardItemModel, QTableView, QTextBrowser, Qt,
)
from counselor_app.ui.widgets import show_error_text, tab_leaves

CLASS_ID = Qt.ItemDataRole.UserRole + 1
PROBLEM_COLOUR = "#b3261e"


def _label(text: str, name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setObjectName(name)
    return label


class RolloverDialog(JobDialog):

    def __init__(self, parent, app) -> None:
        super().__init__(parent, app, self.tr("Year rollover"), self.tr("Back up and roll over"),
                         busy_text=self.tr("Backing up, then rolling over…"))
        self.plan: Plan | None = None
        self._filling = False
        self.resize(900, 680)
        self.setMinimumSize(700, 520)
        self.heading = _label(self.tr("Checking the register…"), "pageTitle")
        self.intro = _label(self.tr(
            "Every class moves up one grade and keeps its students, head teacher and mental-health monitor; the "
            "classes of the top grade graduate: their enrolled students become graduated, with the date in their "
            "status history, and the class is archived. Students on leave or suspended stay in their class."))
        self.undo_note = _label(self.tr(
            "Before anything changes, a backup of the whole office is taken automatically (listed on the Backup "
            "page, folder prerollover-\u2026). To undo the rollover, the office head restores that backup on the "
            "Backup page."), "hint")
        for widget in (self.heading, self.intro, self.undo_note):
            self.body.addWidget(widget)
        years_row = QHBoxLayout()
        self.years_label = QLabel(self.tr("Usual years of study (for classes named by their entry year):"))
        self.years = QSpinBox()
        self.years.setObjectName("rolloverYears")
        self.years.setRange(1, 9)
        self.years.valueChanged.connect(lambda value: self.load(None, value))   # the default choice again
        years_row.addWidget(self.years_label)
        years_row.addWidget(self.years)
        years_row.addStretch(1)
        self.body.addLayout(years_row)
        for w in (self.years_label, self.years):
            w.setVisible(False)

        self.model = QStandardItemModel(0, 6, self)
        self.model.setHorizontalHeaderLabels([
            self.tr("Graduates"), self.tr("Grade"), self.tr("Class"), self.tr("After the rollover"),
            self.tr("Enrolled"), self.tr("On leave or suspended")])
        self.model.itemChanged.connect(self._choice_changed)
        self.table = tab_leaves(QTableView())
        self.table.setObjectName("rolloverTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(140)
        self.notes = QTextBrowser()
        self.notes.setObjectName("rolloverNotes")
        self.notes.setMinimumHeight(60)
        self.notes.setVisible(False)
        self.split = QSplitter(Qt.Orientation.Vertical)   # the user may give the notes more room
        self.split.setChildrenCollapsible(False)
        self.split.addWidget(self.table)
        self.split.addWidget(self.notes)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 1)
        self.body.addWidget(self.split, 1)
        self.summary = _label("", "rolloverSummary")
        self.body.addWidget(self.summary)
        self._update_buttons()
        self.load()

    # -- the preview --------------------------------------------------------------------------------
    def load(self, graduate: frozenset[int] | None = None, program_years: int | None = None,
             keep_error: bool = False) -> None:
        self.start_preview(lambda s: rollover.preview_rollover(s, graduate=graduate, program_years=program_years),
                           keep_error=keep_error)

    def _loaded(self, plan: Plan) -> None:
        self.plan = plan
        self.heading.setText(self.tr("Year rollover into the school year {year}").format(year=plan.year))
        university = plan.school_type.is_university
        self.model.setHeaderData(1, Qt.Orientation.Horizontal,
                                 self.tr("Department") if university else self.tr("Grade"))
        if university:
            self.intro.setText(self.tr(
                "Departments have no grades, so no class moves. Tick the classes that graduate (ticked: classes "
                "whose name shows an entry year at least the usual years of study ago); their enrolled students "
                "become graduated and the class is archived in its department. Students on leave or suspended "
                "stay in their class."))
        for w in (self.years_label, self.years):
            w.setVisible(university or plan.school_type.value == "vocational")
        self.years.blockSignals(True)
        self.years.setValue(plan.program_years)
        self.years.blockSignals(False)
        self._fill(plan)
        self._show_notes(plan)
        year_text = (self.tr("the school year {year} is kept as it is") if plan.year_exists
                     else self.tr("the school year {year} is created")).format(year=plan.year)
        self.summary.setText(self.tr(
            "{promoted} class(es) move up, {classes} class(es) graduate with {students} enrolled student(s); "
            "{year_text}.").format(promoted=len(plan.promoted), classes=len(plan.graduating),
                                   students=plan.graduating_students, year_text=year_text))
        if not self.app.may(Permission.BACKUP):
            show_error_text(self.error, self.tr(
                "Only the office head or a counselor can apply the rollover, because it takes a backup first."))

    def _fill(self, plan: Plan) -> None:
        self._filling = True
        self.model.removeRows(0, self.model.rowCount())
        for s in plan.steps:
            check = QStandardItem()
            check.setData(s.class_id, CLASS_ID)
            check.setCheckable(True)
            check.setCheckState(Qt.CheckState.Checked if s.action == GRADUATE else Qt.CheckState.Unchecked)
            check.setEnabled(s.optional)
            if not s.optional:
                check.setToolTip(self.tr("The top grade of the school always graduates."))
            after_item = QStandardItem(self._after(s))
            if s.action == GRADUATE:
                font = after_item.font()
                font.setBold(True)
                after_item.setFont(font)
            cells = [check, QStandardItem(s.grade), QStandardItem(s.name), after_item,
                     QStandardItem(str(s.enrolled)), QStandardItem(str(s.on_leave) if s.on_leave else "")]
            if s.class_id in plan.blocked:   # the rows a blocking problem is about, in the problems' colour
                for c in cells[1:4]:
                    c.setForeground(QColor(PROBLEM_COLOUR))
            for c in cells[4:]:
                c.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.model.appendRow(cells)
        self.table.horizontalHeader().resizeSections()   # the grades and classes as wide as their names
        self._filling = False

    def _after(self, s) -> str:
        if s.action == PROMOTE and s.new_grade == s.grade:   # a cohort grade (2025级) goes up as a whole
            return self.tr("one year further, stays in {grade}").format(grade=s.grade)
        if s.action == PROMOTE:
            return class_label(s.new_grade, s.new_name)   # 八年级(3)班, not 八年级 八年级(3)班
        if s.action == GRADUATE and s.new_grade == s.grade:
            return self.tr("graduates (archived)")
        if s.action == GRADUATE:   # into 2027届, named 2027届高三(1)班
            return self.tr("graduates, archived as {klass}").format(klass=class_label(s.new_grade, s.new_name))
        return self.tr("stays")

    def _show_notes(self, plan: Plan) -> None:
        e = html.escape   # grade and class names come from rosters
        parts = []
        for t, p in plan.warnings:   # too early in the school year: not blocking, but the first thing to read
            parts.append("<p style='color:#8a4b00'><b>{}</b></p>".format(
                e(self.tr("Warning: {message}").format(message=fill(t, p, translate_text)))))
        if plan.problems:
            parts.append("<p><b style='color:{c}'>{}</b></p><ul>{}</ul>".format(
                e(self.tr("Problems to solve first (nothing can be applied while there is one):")),
                "".join(f"<li style='color:{PROBLEM_COLOUR}'>{e(fill(t, p, translate_text))}</li>"
                        for t, p in plan.problems), c=PROBLEM_COLOUR))
        if plan.attention:
            parts.append("<p><b>{}</b></p><ul>{}</ul>".format(
                e(self.tr("To look at:")),
                "".join(f"<li>{e(fill(t, p, translate_text))}</li>" for t, p in plan.attention)))
        self.notes.setHtml("".join(parts))
        self.notes.setVisible(bool(parts))
        if parts:   # as tall as the notes need, up to half of the room
            self.notes.document().setTextWidth(max(200, self.notes.viewport().width()))
            height = int(self.notes.document().size().height()) + 2 * self.notes.frameWidth() + 6
            total = max(self.split.height(), 300)
            self.split.setSizes([total - min(height, total // 2), min(height, total // 2)])

    def chosen(self) -> frozenset[int]:
        return frozenset(int(self.model.item(row, 0).data(CLASS_ID)) for row in range(self.model.rowCount())
                         if self.model.item(row, 0).checkState() == Qt.CheckState.Checked)

    def _choice_changed(self, item: QStandardItem) -> None:
        if not self._filling and item.column() == 0 and self.plan is not None:
            self.load(self.chosen(), self.plan.program_years)

    # -- applying -----------------------------------------------------------------------------------
    def ready(self) -> bool:
        return self.plan is not None and self.plan.ok and self.app.may(Permission.BACKUP)

    def inputs(self) -> list:
        return [self.table, self.years]

    def confirm(self) -> bool:
        plan = self.plan
        question = self.tr(
            "Roll the register over into the school year {year} now? {promoted} class(es) move up and "
            "{students} student(s) graduate. A backup is taken first.").format(
            year=plan.year, promoted=len(plan.promoted), students=plan.graduating_students)
        if plan.warnings:
            question += "\n\n" + "\n".join(fill(t, p, translate_text) for t, p in plan.warnings)
        return dialogs.ask_yes_no(self, self.tr("Year rollover"), question,
                                  yes_text=self.tr("Roll over"), no_text=self.tr("Cancel"))

    def apply_call(self, progress):
        plan = self.plan
        return lambda s: rollover.apply_rollover(s, plan, progress=progress)

    def _applied(self, result: rollover.RolloverResult) -> None:
        self.heading.setText(self.tr("The register is now in the school year {year}").format(year=result.year))
        self.summary.setText(self.tr(
            "Done: {promoted} class(es) moved up, {classes} class(es) graduated with {students} student(s), "
            "{grades} grade(s) created. The backup taken before is {folder}; to undo the rollover, the office head "
            "restores it on the Backup page.").format(
            promoted=result.promoted, classes=result.graduated_classes, students=result.graduated_students,
            grades=result.grades_created, folder=result.backup.name))
        self.summary.setObjectName("rolloverDone")
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)

    def _apply_failed(self, error: BaseException) -> None:
        super()._apply_failed(error)
        if self.plan is not None:   # the register may have changed meanwhile: plan again, the error stays
            self.load(self.plan.choices, self.plan.program_years, keep_error=True)
