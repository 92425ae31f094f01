"""The meeting window's smaller dialogs: add a student to the agenda, other matters, abandon the meeting (with the
reason), an addendum to finalized minutes, and the confirmation of finalizing (what will change in the watch list).

Each is a form dialog (ui/form_dialog.py) whose OK runs one service call on the worker; the service's message shows
in the form's error line and the user's input stays.
"""
from __future__ import annotations

from datetime import date

from counselor_app.domain import meeting as rules, watch as watch_rules
from counselor_app.services import (
    meetings as meeting_service, meetings_agenda as agenda, meetings_finalize as finalizing, meetings_preview,
    students as student_service, watch_loop,
)
from counselor_app.translation import error_text, translate_text
from counselor_app.ui.form_dialog import FormDialog, Invalid
from counselor_app.ui.meetings import words
from counselor_app.ui.models import Column, RowsModel
from counselor_app.ui.qt import QLabel, QPlainTextEdit
from counselor_app.ui.student_picker import StudentPicker
from counselor_app.ui.watch import list_words as watch_words
from counselor_app.ui.widgets import note_box, row_table


def text_box(height: int = 110, name: str = "") -> QPlainTextEdit:
    return note_box(name, height)


class AddStudentDialog(FormDialog):
    """添加学生: any student of the meeting's grade still in school, found by number, name or pinyin initials."""

    def __init__(self, parent, app, meeting) -> None:
        super().__init__(parent, app, self.tr("Add a student to the agenda"), 520)
        self.meeting = meeting
        self.picker = StudentPicker()
        self.field(self.tr("Student:"), self.picker)
        self.note(self.tr("Only students of {grade} can be discussed at this meeting. A student added by hand stays "
                          "on the agenda when it is refreshed.").format(grade=meeting.grade))

    def loader(self):
        return student_service.list_students

    def loaded(self, rows) -> None:
        self.picker.set_rows([r for r in rows if r.grade == self.meeting.grade])

    def edit(self) -> int:
        if self.picker.current is None:
            raise Invalid(self.tr("Choose the student: type the number or the name, then press Enter."),
                          self.picker.line)
        return self.picker.current.id

    def saver(self, student_id: int):
        meeting_id = self.meeting.id
        return lambda s: agenda.add_student(s, meeting_id, student_id)


class OtherMattersDialog(FormDialog):
    """其他事项: dorm visits, the 心理委员's reports — printed in the minutes."""

    def __init__(self, parent, app, meeting, current: str) -> None:
        super().__init__(parent, app, self.tr("Other matters"), 560)
        self.meeting = meeting
        self.body_edit = self.field(self.tr("Other matters:"), text_box(180, "otherMatters"))
        self.body_edit.setPlainText(current)
        self.note(self.tr("e.g. dormitory visits, the class mental-health monitors' reports. Printed in the "
                          "minutes."))

    def edit(self) -> str:
        return self.body_edit.toPlainText()

    def saver(self, body: str):
        meeting_id, revision = self.meeting.id, self.meeting.revision
        return lambda s: meeting_service.set_other_matters(s, meeting_id, body, revision)


class AbandonDialog(FormDialog):
    """放弃会议: before it is finalized, with the reason; nothing of it reaches the watch list."""

    def __init__(self, parent, app, meeting) -> None:
        super().__init__(parent, app, self.tr("Abandon the meeting"), 480)
        self.meeting = meeting
        self.note(self.tr("The meeting is kept with the reason, but none of its decisions reaches the watch list; "
                          "the grade may then hold another meeting this month."), hint=False)
        self.reason = self.field(self.tr("Reason:"), name="abandonReason",
                                 placeholder=self.tr("e.g. postponed: the grade's exams"))
        self.reason.setMaxLength(200)
        self.ok_button.setText(self.tr("Abandon the meeting"))

    def edit(self) -> str:
        if not self.reason.text().strip():
            raise Invalid(self.tr("Give the reason why the meeting is abandoned."), self.reason)
        return self.reason.text()

    def saver(self, reason: str):
        meeting_id, revision = self.meeting.id, self.meeting.revision
        return lambda s: meeting_service.abandon_meeting(s, meeting_id, reason, revision)


class AddendumDialog(FormDialog):
    """补充说明: a correction or addition to finalized minutes, dated today and signed by its writer."""

    def __init__(self, parent, app, meeting) -> None:
        super().__init__(parent, app, self.tr("Add an addendum"), 520)
        self.meeting = meeting
        self.text = self.field(self.tr("Addendum:"), text_box(150, "addendumText"))
        self.note(self.tr("The minutes stay as they were finalized; the addendum is dated today, signed with your "
                          "name and printed with them."))

    def edit(self) -> str:
        if not self.text.toPlainText().strip():
            raise Invalid(self.tr("Write the correction or addition."), self.text)
        return self.text.toPlainText()

    def saver(self, body: str):
        meeting_id = self.meeting.id
        return lambda s: finalizing.add_addendum(s, meeting_id, body)


def load_preview(session, meeting_id: int):
    return meetings_preview.finalize_preview(session, meeting_id), watch_loop.levels(session, all_levels=True)


class FinalizeDialog(FormDialog):
    """定稿: the list of what will change in the watch list, then one call that applies every decision or none."""

    def __init__(self, parent, app, meeting, on_saved=None) -> None:
        super().__init__(parent, app, self.tr("Finalize the meeting"), 900, on_saved=on_saved)
        self.meeting = meeting
        self.preview = None
        self.levels: dict = {}
        self.intro = self.note(self.tr("Loading what will change…"), hint=False)
        lv = self.levels
        self.model = RowsModel([
            Column("#", lambda c: c.number, align_right=True),
            Column(self.tr("Student"), lambda c: f"{c.name} · {c.klass}" if c.klass else c.name),
            Column(self.tr("Decision"), lambda c: words.decision_text(c.decision)),
            Column(self.tr("Level"), self.level_text,
                   background=lambda c: watch_words.level_background(lv, c.level_after),
                   bold=lambda c: c.level_after != c.level_before),
            Column(self.tr("State"), self.state_text, bold=lambda c: c.state_after != c.state_before),
            Column(self.tr("Next review"), lambda c: c.next_review or words.DASH,
                   colour=lambda c: words.LATE_RED if c.next_review and c.next_review < date.today().isoformat()
                   else None),
            Column(self.tr("New measures"), lambda c: str(c.measures) if c.measures else words.DASH,
                   align_right=True),
            Column(self.tr("Problem"), lambda c: error_text(c.problem) if c.problem else "",
                   colour=lambda _c: words.LATE_RED, tooltip=lambda c: error_text(c.problem) if c.problem else ""),
        ], self)
        self.table = row_table(self.model, stretch=False)
        self.table.setObjectName("finalizeChanges")
        self.table.setMinimumHeight(260)
        self.body.addWidget(self.table)
        self.warning = self.note(self.tr("Finalizing applies every decision to the watch list at once and locks the "
                                         "minutes: afterwards they can only be corrected by an addendum."),
                                 hint=False)
        self.ok_button.setText(self.tr("Finalize"))

    PROBLEM = 7   # the column that says why a decision would be refused (hidden when none would be)

    def level_text(self, c) -> str:
        before = watch_words.level_name(self.levels, c.level_before)
        after = watch_words.level_name(self.levels, c.level_after)
        return before if before == after else self.tr("{before} → {after}").format(before=before, after=after)

    def state_text(self, c) -> str:
        before = words.label(watch_rules.State, c.state_before)
        after = words.label(watch_rules.State, c.state_after)
        text = before if before == after else self.tr("{before} → {after}").format(before=before, after=after)
        if c.close_asked:
            text += " · " + self.tr("closing asked (the head approves)")
        if c.decision == rules.Decision.REFER and finalizing.REFERRAL_HOOKS:
            text += " · " + self.tr("a draft referral is opened")
        return text

    def loader(self):
        meeting_id = self.meeting.id
        return lambda s: load_preview(s, meeting_id)

    def loaded(self, result) -> None:
        preview, levels = result
        self.preview = preview
        self.levels.update(watch_words.level_map(levels))
        self.model.set_rows(list(preview.changes))
        changes = preview.changes
        raised = sum(1 for c in changes if c.decision == rules.Decision.RAISE)
        lowered = sum(1 for c in changes if c.decision == rules.Decision.LOWER)
        closing = sum(1 for c in changes if c.decision == rules.Decision.CLOSE)
        self.intro.setText(self.tr("{count} decisions will reach the watch list: {raised} raised, {lowered} lowered, "
                                   "{closing} ending the watch, {measures} new plan measures.").format(
            count=len(changes), raised=raised, lowered=lowered, closing=closing,
            measures=sum(c.measures for c in changes)))
        problems = [c for c in changes if c.problem]
        self.table.setColumnHidden(self.PROBLEM, not problems)
        if preview.undecided:
            self.show_problem(Invalid(self.tr("{count} students on the agenda have no decision yet.").format(
                count=preview.undecided)))
        elif problems:
            self.show_problem(Invalid(self.tr("{count} decisions no longer fit their entries: record them "
                                              "again first.").format(count=len(problems))))

    def edit(self) -> int:
        return self.meeting.revision

    def saver(self, revision: int):
        meeting_id = self.meeting.id
        return lambda s: finalizing.finalize_meeting(s, meeting_id, revision, tr=translate_text)
