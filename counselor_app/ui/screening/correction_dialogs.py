"""Correcting a campaign's results (services.screening_corrections), from the results window:

- CorrectionDialog (更正…): the selected sheet is removed (a duplicate, not this student's) or given to the right
  student (one the campaign screens without a result), with a reason; a watch-list entry opened for it and still
  to review gets a closing request the office head approves;
- RescoreDialog (重新计分…): a job dialog — the preview lists every sheet whose verdict the newest version of the
  scale changes (before → after), with the counts of the others; 重新计分 applies it with the reason given.
"""
from __future__ import annotations

from counselor_app.services import screening_corrections
from counselor_app.translation import translate_text
from counselor_app.ui.form_dialog import FormDialog, Invalid
from counselor_app.ui.job_dialog import JobDialog
from counselor_app.ui.models import Column, RowsModel
from counselor_app.ui.qt import QComboBox, QLabel, QLineEdit, QPlainTextEdit
from counselor_app.ui.screening.words import key_items_text, outcome_text
from counselor_app.ui.widgets import row_table

REMOVE, MOVE = "remove", "move"


class CorrectionDialog(FormDialog):
    def __init__(self, window, row, targets) -> None:
        super().__init__(window, window.app, self.tr("Correct a result"), width=520)
        self.row = row
        self.sheet = QLabel(self.tr("The sheet of {student} ({klass}), total {total}.").format(
            student=f"{row.student_no} {row.name}", klass=row.klass, total="—" if row.total is None else row.total))
        self.sheet.setWordWrap(True)
        self.form.addRow(self.sheet)
        self.action = self.field(self.tr("Correction:"), QComboBox(), name="correctAction")
        self.action.addItem(self.tr("Remove the sheet (a duplicate, or not this student's)"), REMOVE)
        if targets:
            self.action.addItem(self.tr("Give the sheet to the student whose it is"), MOVE)
        self.student = self.field(self.tr("Whose sheet:"), QComboBox(), name="correctStudent")
        for t in targets:          # the campaign's students without a result
            self.student.addItem(f"{t.student_no} {t.name} · {t.klass}", t.student_id)
        self.student.setEnabled(False)
        self.action.currentIndexChanged.connect(lambda _i: self.student.setEnabled(self.action.currentData() == MOVE))
        self.reason = self.field(self.tr("Reason:"), QPlainTextEdit(), name="correctReason",
                                 placeholder=self.tr("e.g. the platform exported it twice; a wrong student number"))
        self.reason.setFixedHeight(70)
        self.reason.setTabChangesFocus(True)   # Tab goes on to the buttons
        self.note(self.tr("The reason is recorded. A watch-list entry opened for this sheet and still to review gets a "
                          "closing request (误录) for the office head."))

    def edit(self):
        why = " ".join(self.reason.toPlainText().split())
        if not why:
            raise Invalid(self.tr("Say why the result is corrected."), self.reason)
        if self.action.currentData() == MOVE:
            if self.student.currentData() is None:
                raise Invalid(self.tr("Choose the student whose sheet it is."), self.student)
            return MOVE, self.student.currentData(), why
        return REMOVE, None, why

    def saver(self, edit):
        how, student_id, why = edit
        result_id = self.row.id
        if how == MOVE:
            return lambda s: screening_corrections.move_result(s, result_id, student_id, why, tr=translate_text)
        return lambda s: screening_corrections.remove_result(s, result_id, why, tr=translate_text)


class RescoreDialog(JobDialog):
    def __init__(self, window) -> None:
        super().__init__(window, window.app, self.tr("Rescore the campaign"), self.tr("Rescore"),
                         self.tr("Rescoring…"))
        self.campaign_id = window.campaign_id
        self.resize(860, 520)
        self.summary = QLabel(self.tr("Scoring the sheets again…"))
        self.summary.setObjectName("rescoreSummary")
        self.summary.setWordWrap(True)
        self.body.addWidget(self.summary)
        self.model = RowsModel([
            Column(self.tr("Student no."), lambda r: r.student_no),
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Class"), lambda r: r.klass),
            Column(self.tr("Before"), lambda r: self.verdict_text(r.before)),
            Column(self.tr("After"), lambda r: self.verdict_text(r.after)),
        ], self)
        self.table = row_table(self.model, stretch=False)
        self.table.setObjectName("rescoreTable")
        self.table.horizontalHeader().setStretchLastSection(True)
        self.body.addWidget(self.table, 1)
        self.reason = QLineEdit()
        self.reason.setObjectName("rescoreReason")
        self.reason.setPlaceholderText(self.tr("Why the campaign is rescored (recorded), e.g. the positive cut-off corrected"))
        self.reason.textChanged.connect(lambda _t: self._update_buttons())
        self.body.addWidget(self.reason)
        self.preview = None
        cid = self.campaign_id
        self.start_preview(lambda s: screening_corrections.preview_rescore(s, cid))

    def verdict_text(self, v) -> str:
        """PHQ-9 v1: 阴性 · 8 · 轻度 · 关键题 9"""
        parts = [outcome_text(v.outcome), "" if v.total is None else str(v.total), v.band]
        if v.key_items:
            parts.append(self.tr("key item {items}").format(items=key_items_text(v.key_items)))
        return f"{v.scale}: " + " · ".join(p for p in parts if p)

    def _loaded(self, preview) -> None:
        self.preview = preview
        self.model.set_rows(list(preview.changed))
        text = self.tr("{scale} would score {count} sheets: {changed} change, {same} stay as they are.").format(
            scale=preview.scale, count=preview.count, changed=len(preview.changed), same=preview.same)
        kept = preview.score_only + preview.unscorable
        if kept:
            text += " " + self.tr("{kept} sheets keep their version (totals only, or an item the new version needs is "
                                  "missing).").format(kept=kept)
        self.summary.setText(text)

    def ready(self) -> bool:
        return self.preview is not None and bool(self.reason.text().strip())

    def inputs(self):
        return [self.reason]

    def apply_call(self, progress):
        preview, why = self.preview, self.reason.text()
        return lambda s: screening_corrections.rescore_campaign(s, preview, why, tr=translate_text)

    def _applied(self, result) -> None:
        text = self.tr("{count} sheets rescored, {changed} changed; {candidates} new candidates on the watch list, "
                       "{closing} closing requests for the office head.").format(
            count=result.rescored, changed=result.changed, candidates=result.candidates,
            closing=len(result.closing_requested))
        self.summary.setText(text)
