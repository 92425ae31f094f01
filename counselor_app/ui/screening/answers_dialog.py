"""查看作答: one sheet's item answers (services.screening_results.result_answers), each item with its score and
option, the key items marked. A sheet that hit a key item asks first why the user opens it: the reason goes to the
audit trail with the look (the service refuses without one)."""
from __future__ import annotations

from operator import attrgetter

from counselor_app.services import screening_results
from counselor_app.ui.form_dialog import FormDialog, Invalid
from counselor_app.ui.models import Column, RowsModel
from counselor_app.ui.qt import QDialogButtonBox, Qt
from counselor_app.ui.screening.words import URGENT_RED, key_items_text
from counselor_app.ui.widgets import row_table


class AnswersDialog(FormDialog):
    def __init__(self, parent, app, result_id: int, name: str, key_items: tuple[int, ...]) -> None:
        super().__init__(parent, app, self.tr("Answers: {name}").format(name=name), width=720)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)   # closed, no answer stays in a hidden dialog
        self.result_id, self.key_items = result_id, tuple(key_items)
        self.answers = None
        self.reason = None
        if self.key_items:
            self.prompt = self.note(self.tr("This sheet hit key item {items}. Say why you open its answers; the reason "
                                            "is recorded with your name.").format(items=key_items_text(self.key_items)),
                                    hint=False)
            self.body.insertWidget(0, self.prompt)   # above the reason: what is asked, then the answer
            self.reason = self.field(self.tr("Reason:"), name="answersReason",
                                     placeholder=self.tr("e.g. preparing the interview with the student"))
            self.ok_button.setText(self.tr("Show answers"))
        self.model = RowsModel([
            Column(self.tr("Item"), attrgetter("number"), align_right=True),
            Column(self.tr("Text"), attrgetter("text"),
                   colour=lambda a: URGENT_RED if a.key_item else None, bold=attrgetter("key_item")),
            Column(self.tr("Score"), lambda a: "" if a.score is None else a.score, align_right=True),
            Column(self.tr("Answer"), attrgetter("option")),
        ], self)
        self.table = row_table(self.model, stretch=False)
        self.table.setObjectName("answersTable")
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(360)
        self.table.hide()
        self.body.addWidget(self.table, 1)
        if not self.key_items:
            self.resize(760, 600)
        if not self.key_items:
            self.submit()   # nothing to ask: the answers at once (the look is audited all the same)

    def edit(self) -> str:
        if self.reason is None:
            return ""
        why = " ".join(self.reason.text().split())
        if not why:
            raise Invalid(self.tr("Say why you open the answers of this sheet."), self.reason)
        return why

    def saver(self, reason: str):
        result_id = self.result_id
        return lambda s: screening_results.result_answers(s, result_id, reason)

    def saved(self, answers) -> None:
        """The answers shown; the reason asked no more, only Close left."""
        self.answers = answers
        self.model.set_rows(list(answers.answers))
        self.table.resizeColumnsToContents()
        self.table.show()
        self.resize(max(self.width(), 760), max(self.height(), 600))
        if self.reason is not None:
            self.reason.setEnabled(False)
        self.ok_button.hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
