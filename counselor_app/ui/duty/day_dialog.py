"""调整这一天: a day's duties of one post changed by hand — someone put on a shift (an empty seat), a duty given to
someone else, or someone taken off duty (services/duty_roster.assign / reassign / unassign, which check the rules:
the shift takes place that day, the person is on the duty list, may take it, is available and not on another shift
at the same time). Changes made by hand are kept when the roster is generated again."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from counselor_app.services import duty_roster
from counselor_app.ui.duty import words
from counselor_app.ui.form_dialog import FormDialog, Invalid
from counselor_app.ui.qt import QComboBox


@dataclass(frozen=True)
class DayEdit:
    template_id: int
    assignment_id: int | None        # the duty changed; None: an empty seat
    staff_id: int | None             # who takes it; None: nobody (taken off duty)


def timetable_of(setup, day: date) -> int:
    """The weekday whose shifts ``day`` follows (a make-up workday: the one the office chose or it replaces)."""
    found = next((m for m in setup.makeup_days if m.day == day), None)
    if found is not None and found.timetable is not None:
        return found.timetable
    return day.weekday()


class DayDialog(FormDialog):
    def __init__(self, page, day: date, post_id: int, post_name: str, lines) -> None:
        super().__init__(page, page.app, self.tr("Change the duties of {day}").format(day=words.day_text(day)),
                         width=480)
        self.day = day
        self.lines = {line.template_id: line for line in lines}
        setup = page.setup
        timetable = timetable_of(setup, day)
        shifts = [t for t in setup.templates if t.post_id == post_id and t.weekday == timetable]
        known = {t.id for t in shifts}
        self.body.insertWidget(0, self.note(self.tr("Post: {post}").format(post=post_name), hint=False))
        self.shift = self.field(self.tr("Shift:"), QComboBox(), name="dutyDayShift")
        for t in shifts:
            self.shift.addItem(f"{t.period} {t.times}", t.id)
        for line in lines:   # a kept duty of a shift no longer in the set-up
            if line.template_id not in known:
                self.shift.addItem(f"{line.period} {line.times}", line.template_id)
        self.duty = self.field(self.tr("Duty:"), QComboBox(), name="dutyDayWho")
        self.person = self.field(self.tr("Taken by:"), QComboBox(), name="dutyDayPerson")
        self.person.addItem(self.tr("nobody (take off duty)"), None)
        for p in setup.people:
            if p.on_list and p.may_serve:
                self.person.addItem(p.name, p.staff_id)
        self.holders: dict[int, int] = {}    # assignment id -> who has it now
        self.shift.currentIndexChanged.connect(lambda _i: self._fill_duties())
        self.duty.currentIndexChanged.connect(lambda _i: self._duty_chosen())
        self.note(self.tr("Changes made by hand are kept when the roster is generated again."))
        self._fill_duties()
        if not shifts and not lines:
            self.note(self.tr("The post has no shift on this day."), hint=False)

    def choose(self, template_id: int, staff_id: int | None = None) -> None:
        """Start on a shift and on ``staff_id``'s duty there (None: its first empty seat), as far as they exist."""
        found = self.shift.findData(template_id)
        if found < 0:
            return
        self.shift.setCurrentIndex(found)
        for n in range(self.duty.count()):
            aid = self.duty.itemData(n)
            if (aid is None and staff_id is None) or (aid is not None and self.holders.get(aid) == staff_id):
                self.duty.setCurrentIndex(n)
                return

    def _fill_duties(self) -> None:
        self.duty.clear()
        line = self.lines.get(self.shift.currentData())
        heads = line.heads if line else next((t.heads for t in self.parent().setup.templates
                                              if t.id == self.shift.currentData()), 1)
        self.duty.blockSignals(True)
        if line is not None:
            for aid, name, sid in zip(line.assignment_ids, line.names, line.staff_ids):
                self.duty.addItem(self.tr("{name}'s duty").format(name=name), aid)
                self.holders[aid] = sid
        for _n in range(heads - (len(line.names) if line else 0)):
            self.duty.addItem(self.tr("empty seat"), None)
        self.duty.blockSignals(False)
        self._duty_chosen()

    def _duty_chosen(self) -> None:
        """The person field starts at who has the duty now (OK alone changes nothing), never at 'nobody': taking
        someone off duty is chosen, not the default."""
        holder = self.holders.get(self.duty.currentData())
        found = self.person.findData(holder) if holder is not None else -1
        self.person.setCurrentIndex(found if found >= 0 else min(1, self.person.count() - 1))

    def edit(self) -> DayEdit:
        template = self.shift.currentData()
        if template is None:
            raise Invalid(self.tr("Choose a shift."), self.shift)
        if self.duty.count() == 0:
            raise Invalid(self.tr("Choose the duty to change."), self.duty)
        assignment, person = self.duty.currentData(), self.person.currentData()
        if assignment is None and person is None:
            raise Invalid(self.tr("Choose who takes the empty seat."), self.person)
        if assignment is not None and person == self.holders.get(assignment):
            raise Invalid(self.tr("The duty is already theirs: choose who takes it instead, or nobody to take it "
                                  "off duty."), self.person)
        return DayEdit(template, assignment, person)

    def saver(self, edit: DayEdit):
        day = self.day
        if edit.assignment_id is None:
            return lambda s: duty_roster.assign(s, day, edit.template_id, edit.staff_id)
        if edit.staff_id is None:
            return lambda s: duty_roster.unassign(s, edit.assignment_id)
        return lambda s: duty_roster.reassign(s, edit.assignment_id, edit.staff_id)
