"""决定: what the meeting decides for one student on the agenda.

维持 / 升级 / 降级 / 撤销关注 / 建议转介就医 / 建议请假休学 / 复学后跟踪; the new level (升级 / 降级 only), the class of a
case still 待复核, the reason of a closing (撤销关注), the measures (type, what, owner — a staff member or someone
typed in, e.g. 家长 —, due date), the parent-contact arrangement, the next review date (chosen, or left
as the watch list sets it) and a short note (clinical: sealed). The dialog loads the decision already recorded (one audited look),
the office's levels and the staff; OK saves with services.meetings_decisions.record_decision. Whether the decision
fits the entry (a higher level to raise, a closing reason, a review date in the level's window …) is the service's
check: its message shows in the form, the user's input stays.
"""
from __future__ import annotations

from datetime import date, timedelta

from counselor_app.domain import meeting as rules, watch as watch_rules
from counselor_app.services import meetings_decisions as decisions, staff as staff_service, watch_loop
from counselor_app.translation import translate_text
from counselor_app.ui.form_dialog import FormDialog, Invalid, choice
from counselor_app.ui.meetings import words
from counselor_app.ui.qt import (
    QAbstractItemView, QCheckBox, QComboBox, QDate, QDateEdit, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QTableWidget, QVBoxLayout, QWidget,
)
from counselor_app.ui.watch.entry_words import choices as code_choices
from counselor_app.ui.widgets import note_box, tab_leaves, tab_through_cells

TYPE, WHAT, OWNER, DUE = range(4)
LEVEL_DECISIONS = (rules.Decision.RAISE.value, rules.Decision.LOWER.value)


def load_decision(session, meeting_id: int, item_id: int):
    """(the recorded decision or None, the office's levels, the staff) in one call."""
    return (decisions.get_decision(session, meeting_id, item_id), watch_loop.levels(session),
            staff_service.staff_choices(session))


def date_field(day: date, name: str = "") -> QDateEdit:
    field = QDateEdit(QDate(day))
    field.setDisplayFormat("yyyy-MM-dd")
    field.setCalendarPopup(True)
    if name:
        field.setObjectName(name)
    return field


class DecisionDialog(FormDialog):
    """``DecisionDialog(window, app, meeting, item)``: ``meeting`` the store's MeetingRow, ``item`` the agenda item
    (services/meetings_agenda.AgendaItem)."""

    def __init__(self, parent, app, meeting, item) -> None:
        super().__init__(parent, app, self.tr("Decision"), 860)
        self.meeting, self.item = meeting, item
        self.day = date.fromisoformat(meeting.held_on)
        self.staff: list[tuple[int, str]] = []
        who = " · ".join(x for x in (item.student_no, item.name, item.klass) if x)
        summary = item.summary
        if summary is not None:
            who += " — " + self.tr("now: {state}").format(state=words.label(watch_rules.State, summary.state))
        self.field(self.tr("Student:"), QLabel(who))
        self.code = self.field(self.tr("Decision:"), choice([(words.decision_text(d.value), d.value)
                                                             for d in rules.Decision]), name="decisionCode")
        self.level = self.field(self.tr("New level:"), QComboBox(), name="decisionLevel")
        self.severity = self.field(self.tr("Class of the case:"), choice(
            [(self.tr("(unchanged)"), "")] + code_choices(watch_rules.Severity)), name="decisionSeverity")
        self.close_reason = self.field(self.tr("Reason for ending the watch:"), choice(
            [(self.tr("(choose)"), "")] + code_choices(watch_rules.CloseReason)), name="decisionCloseReason")
        self.measures = tab_leaves(QTableWidget(0, 4))   # Tab goes from field to field of its rows, then out
        self.measures.setObjectName("decisionMeasures")
        self.measures.setHorizontalHeaderLabels([self.tr("Type"), self.tr("What is to be done"), self.tr("Owner"),
                                                 self.tr("Due")])
        self.measures.verticalHeader().hide()
        self.measures.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.measures.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Stretch)
        self.measures.setMinimumHeight(150)
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.measures, 1)
        side = QWidget()
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        self.add_measure_button = QPushButton(self.tr("Add a measure"))
        self.add_measure_button.setObjectName("decisionAddMeasure")
        self.add_measure_button.clicked.connect(lambda _c=False: self.add_measure())
        self.remove_measure_button = QPushButton(self.tr("Remove"))
        self.remove_measure_button.setObjectName("decisionRemoveMeasure")
        self.remove_measure_button.clicked.connect(self.remove_measure)
        column.addWidget(self.add_measure_button)
        column.addWidget(self.remove_measure_button)
        column.addStretch(1)
        row.addWidget(side)
        self.field(self.tr("Measures:"), box)
        self.parent_contact = self.field(self.tr("Parent contact:"), name="decisionParentContact",
                                         placeholder=self.tr("e.g. the head teacher calls the mother this week"))
        self.parent_contact.setMaxLength(200)
        review = QWidget()
        line = QHBoxLayout(review)
        line.setContentsMargins(0, 0, 0, 0)
        self.review_chosen = QCheckBox(self.tr("on"))
        self.review_chosen.setObjectName("decisionReviewChosen")
        self.review = date_field(self.day + timedelta(days=14), "decisionReview")
        self.review_hint = QLabel(self.tr("otherwise it stays as it is; a new level moves it as the watch list does"))
        self.review_hint.setObjectName("hint")
        line.addWidget(self.review_chosen)
        line.addWidget(self.review)
        line.addWidget(self.review_hint, 1)
        self.field(self.tr("Next review:"), review)
        self.note_edit = self.field(self.tr("Note (sealed):"), note_box(), name="decisionNote")
        self.note_edit.setFixedHeight(70)
        self.note_edit.setPlaceholderText(self.tr("A short note for the office; never printed in the minutes."))
        self.code.currentIndexChanged.connect(self._code_changed)
        self.review_chosen.toggled.connect(self.review.setEnabled)
        self.review.setEnabled(False)
        if summary is None or summary.state != watch_rules.State.CANDIDATE:
            self.severity.setEnabled(False)
        self._code_changed()

    # -- the form ----------------------------------------------------------------------------------------------
    def _code_changed(self, *_args) -> None:
        code = self.code.currentData()
        self.level.setEnabled(code in LEVEL_DECISIONS)
        self.close_reason.setEnabled(code == rules.Decision.CLOSE.value)

    def add_measure(self, type_: str = watch_rules.MeasureType.INDIVIDUAL.value, what: str = "",
                    owner_id: int | None = None, owner_other: str = "", due: date | None = None) -> int:
        if self.measures.rowCount() >= decisions.MAX_ACTIONS:
            self.show_problem(Invalid(self.tr("A decision has at most {max} measures.").format(
                max=decisions.MAX_ACTIONS)))
            return -1
        r = self.measures.rowCount()
        self.measures.insertRow(r)
        kind = choice(code_choices(watch_rules.MeasureType), type_)
        kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        kind.setMinimumContentsLength(12)   # the words of the measure get the rest
        self.measures.setCellWidget(r, TYPE, kind)
        line = QLineEdit(what)
        line.setMaxLength(1000)
        self.measures.setCellWidget(r, WHAT, line)
        owner = QComboBox()
        owner.setEditable(True)
        owner.setMinimumContentsLength(6)
        owner.addItem("", None)
        for staff_id, name in self.staff:
            owner.addItem(name, staff_id)
        if owner_id is not None:
            owner.setCurrentIndex(max(0, owner.findData(owner_id)))
        else:
            owner.setCurrentText(owner_other)
        owner.lineEdit().setPlaceholderText(self.tr("staff, or e.g. parent"))
        self.measures.setCellWidget(r, OWNER, owner)
        self.measures.setCellWidget(r, DUE, date_field(due or self.day))
        self.measures.setCurrentCell(r, WHAT)
        tab_through_cells(self.measures)
        return r

    def remove_measure(self) -> None:
        r = self.measures.currentRow()
        if r >= 0:
            self.measures.removeRow(r)

    # -- load and save -----------------------------------------------------------------------------------------
    def loader(self):
        meeting_id, item_id = self.meeting.id, self.item.id
        return lambda s: load_decision(s, meeting_id, item_id)

    def loaded(self, result) -> None:
        found, levels, people = result
        self.staff = [(sid, name) for sid, name, _no in people]
        self.level.addItem(self.tr("(choose)"), "")
        for lv in levels:
            self.level.addItem(lv.name(translate_text), lv.code)
        if found is None:
            return
        d = found.decision
        self.code.setCurrentIndex(max(0, self.code.findData(d.code)))
        self.level.setCurrentIndex(max(0, self.level.findData(d.level)))
        self.severity.setCurrentIndex(max(0, self.severity.findData(d.severity)))
        self.close_reason.setCurrentIndex(max(0, self.close_reason.findData(d.close_reason)))
        self.parent_contact.setText(d.parent_contact)
        if d.next_review:
            self.review_chosen.setChecked(True)
            self.review.setDate(QDate(date.fromisoformat(d.next_review)))
        for action, text in found.actions:
            self.add_measure(action.type, text, action.owner_staff_id, action.owner_other,
                             date.fromisoformat(action.due_on) if action.due_on else None)
        if found.note:
            self.note_edit.setPlainText(found.note)

    def _actions(self) -> tuple:
        out = []
        for r in range(self.measures.rowCount()):
            owner: QComboBox = self.measures.cellWidget(r, OWNER)
            typed = owner.currentText().strip()
            found = owner.findText(typed) if typed else -1
            staff_id = owner.itemData(found) if found > 0 else None
            what = self.measures.cellWidget(r, WHAT)
            if not what.text().strip():
                raise Invalid(self.tr("Measure {n}: write what is to be done.").format(n=r + 1), what)
            if staff_id is None and not typed:
                raise Invalid(self.tr("Measure {n}: name who carries it out.").format(n=r + 1), owner)
            out.append(decisions.ActionEdit(self.measures.cellWidget(r, TYPE).currentData(), what.text(), staff_id,
                                            "" if staff_id is not None else typed,
                                            self.measures.cellWidget(r, DUE).date().toPython()))
        return tuple(out)

    def edit(self) -> decisions.DecisionEdit:
        code = self.code.currentData()
        if code in LEVEL_DECISIONS and not self.level.currentData():
            raise Invalid(self.tr("Choose the new level."), self.level)
        return decisions.DecisionEdit(
            code, self._actions(), self.level.currentData() if code in LEVEL_DECISIONS else "",
            self.severity.currentData() if self.severity.isEnabled() else "",
            self.close_reason.currentData() if code == rules.Decision.CLOSE.value else "",
            self.parent_contact.text(), self.review.date().toPython() if self.review_chosen.isChecked() else None,
            self.note_edit.toPlainText())

    def saver(self, edit):
        meeting_id, item_id = self.meeting.id, self.item.id
        return lambda s: decisions.record_decision(s, meeting_id, item_id, edit)
