"""申请换班 and 申请代班: a swap asks to exchange a duty for a colleague's (the colleague's coming duties are listed
once the colleague is chosen); a cover names who takes a duty during a leave. The service checks the rules when
asked and again when the head approves: nobody with a duty they may not take, while unavailable, or twice at the
same time; a swap with oneself is refused."""
from __future__ import annotations

from datetime import date, timedelta

from counselor_app.domain import duty as rules
from counselor_app.services import duty_changes, duty_roster
from counselor_app.ui.duty import words
from counselor_app.ui.form_dialog import FormDialog, Invalid, choice
from counselor_app.ui.qt import QComboBox

AHEAD = 60


def duty_text(row) -> str:
    return f"{words.day_text(date.fromisoformat(row.day))} {row.post} {row.period} {row.start_time}–{row.end_time}"


def people_choice(setup, without: int) -> QComboBox:
    """The others on the duty list who may serve: not ``without``, whose duty it is (a swap with oneself, or
    oneself as one's own cover, is refused anyway)."""
    combo = QComboBox()
    for p in setup.people if setup is not None else ():
        if p.on_list and p.may_serve and p.staff_id != without:
            combo.addItem(p.name, p.staff_id)
    return combo


def reasons(current: str) -> QComboBox:
    return choice([(words.reason(r.value), r.value) for r in rules.Reason], current)


class SwapDialog(FormDialog):
    def __init__(self, page, row) -> None:
        super().__init__(page, page.app, self.tr("Ask for a swap"), width=520)
        self.row = row
        self.body.insertWidget(0, self.note(self.tr("{name}'s duty: {duty}").format(name=row.name,
                                                                                     duty=duty_text(row)), hint=False))
        self.colleague = self.field(self.tr("Swap with:"), people_choice(page.setup, row.staff_id),
                                    name="dutySwapColleague")
        self.theirs = self.field(self.tr("Their duty:"), QComboBox(), name="dutySwapDuty")
        self.theirs.setMinimumContentsLength(28)
        self.reason = self.field(self.tr("Why:"), reasons("other"), name="dutySwapReason")
        self.note(self.tr("The colleague accepts or declines the swap from their own account; then the office head "
                          "approves it and both duties change hands."))
        self.colleague.currentIndexChanged.connect(lambda _i: self._load_duties())
        self._load_duties()

    def _load_duties(self) -> None:
        staff_id = self.colleague.currentData()
        self.theirs.clear()
        if staff_id is None:
            return
        first = date.today()
        last = first + timedelta(days=AHEAD)
        self.app.worker.run(lambda s: duty_roster.my_duties(s, first, last, staff_id=staff_id),
                            lambda rows: self._duties(staff_id, rows), context=self)

    def _duties(self, staff_id: int, rows) -> None:
        if staff_id != self.colleague.currentData():
            return   # an older answer
        self.theirs.clear()
        for r in rows:
            self.theirs.addItem(duty_text(r), r.id)
        if not rows:
            self.theirs.addItem(self.tr("no duty in the next {days} days").format(days=AHEAD), None)

    def edit(self):
        other = self.theirs.currentData()
        if other is None:
            raise Invalid(self.tr("Choose the colleague's duty to take in exchange."), self.theirs)
        return self.row.id, other, self.reason.currentData()

    def saver(self, edit):
        mine, theirs, reason = edit
        return lambda s: duty_changes.request_swap(s, mine, theirs, reason)


class CoverDialog(FormDialog):
    def __init__(self, page, row) -> None:
        super().__init__(page, page.app, self.tr("Ask for a cover"), width=520)
        self.row = row
        self.body.insertWidget(0, self.note(self.tr("{name}'s duty: {duty}").format(name=row.name,
                                                                                     duty=duty_text(row)), hint=False))
        self.replacement = self.field(self.tr("Taken by:"), people_choice(page.setup, row.staff_id),
                                      name="dutyCoverPerson")
        self.reason = self.field(self.tr("Why:"), reasons("leave"), name="dutyCoverReason")
        self.note(self.tr("The office head approves the cover; then the duty is the replacement's."))

    def edit(self):
        person = self.replacement.currentData()
        if person is None:
            raise Invalid(self.tr("Choose who takes the duty."), self.replacement)
        return person, self.reason.currentData()

    def saver(self, edit):
        person, reason = edit
        aid = self.row.id
        return lambda s: duty_changes.request_cover(s, aid, person, reason)
