"""The set-up's forms: a post, a shift (on one weekday, or a new one on several at once), who may take it, the duty
list, an entry of unavailability, the timetable of a make-up workday, and copying a semester's set-up."""
from __future__ import annotations

from datetime import date

from counselor_app.domain import duty as rules
from counselor_app.domain.staff_roles import STAFF_ROLES
from counselor_app.services import duty as duty_service
from counselor_app.translation import translate_text
from counselor_app.ui.duty import words
from counselor_app.ui.duty.fields import clock, day_edit, picked, time_edit
from counselor_app.ui.form_dialog import CheckList, FormDialog, Invalid, choice
from counselor_app.ui.qt import QCheckBox, QComboBox, QLineEdit, QSpinBox, QTime

AUTO = ""


class PostDialog(FormDialog):
    def __init__(self, page, post=None) -> None:
        super().__init__(page, page.app, self.tr("New post") if post is None else self.tr("Post"))
        self.post = post
        self.name = self.field(self.tr("Name:"), QLineEdit(post.name if post else ""), name="dutyPostName",
                               placeholder=self.tr("e.g. counseling room, hotline"))
        self.name.setMaxLength(rules.NAME_MAX)
        self.active = self.field("", QCheckBox(self.tr("in use (unticked: retired, kept in past rosters)")),
                                 name="dutyPostActive")
        self.active.setChecked(post.active if post else True)
        self.active.setVisible(post is not None)

    def edit(self):
        if not self.name.text().strip():
            raise Invalid(self.tr("Give the post a name."), self.name)
        return self.name.text(), self.active.isChecked()

    def saver(self, edit):
        name, active = edit
        pid = self.post.id if self.post else None
        return lambda s: duty_service.save_post(s, name, pid, active)


class TemplateDialog(FormDialog):
    """A shift of a post: new ones on every weekday ticked, or one shift changed."""

    def __init__(self, page, template=None) -> None:
        super().__init__(page, page.app, self.tr("New shift") if template is None else self.tr("Shift"), width=520)
        self.template, self.semester_id = template, page.semester_id()
        setup = page.setup
        self.post = self.field(self.tr("Post:"), choice([(p.name, p.id) for p in setup.posts if p.active],
                                                        template.post_id if template else None), name="dutyShiftPost")
        if template is None:
            self.weekdays = self.field(self.tr("Weekdays:"), CheckList(), name="dutyShiftWeekdays")
            for n in range(7):
                self.weekdays.add(words.weekday(n), n, checked=n < 5)
            self.weekdays.setFixedHeight(self.weekdays.sizeHintForRow(0) * 7 + 6)
            self.weekday = None
        else:
            self.weekday = self.field(self.tr("Weekday:"), choice([(words.weekday(n), n) for n in range(7)],
                                                                  template.weekday), name="dutyShiftWeekday")
        self.period = self.field(self.tr("Period:"), QComboBox(), name="dutyShiftPeriod")
        self.period.setEditable(True)
        for text, start, end in rules.DEFAULT_PERIODS:
            self.period.addItem(translate_text(text), (start, end))
        self.period.setCurrentText(template.period if template else translate_text(rules.DEFAULT_PERIODS[0][0]))
        self.period.activated.connect(self._period_chosen)
        first = rules.DEFAULT_PERIODS[0]
        self.start = self.field(self.tr("From:"), time_edit(template.start if template else first[1],
                                                            "dutyShiftStart"))
        self.end = self.field(self.tr("To:"), time_edit(template.end if template else first[2], "dutyShiftEnd"))
        self.heads = self.field(self.tr("People:"), QSpinBox(), name="dutyShiftHeads")
        self.heads.setRange(1, rules.HEADS_MAX)
        self.heads.setValue(template.heads if template else 1)
        self.kind = self.field(self.tr("Counted as:"), choice(
            [(self.tr("by day and time"), AUTO)] + [(words.kind(k.value), k.value) for k in rules.DutyKind],
            template.kind if template else AUTO), name="dutyShiftKind")
        self.kind.setToolTip(self.tr("By day and time: Saturday and Sunday count as weekend duty, a shift starting at "
                                     "18:00 or later as evening duty, the rest as regular duty."))
        self.roles = self.field(self.tr("Who may take it:"), CheckList(), name="dutyShiftRoles")
        for code, text in STAFF_ROLES.items():
            if code.startswith("counselor"):
                self.roles.add(translate_text(text), code, checked=code in (template.roles if template else ()))
        self.roles.setFixedHeight(self.roles.sizeHintForRow(0) * 2 + 6)
        self.staff = self.field(self.tr("and these people:"), CheckList(), name="dutyShiftStaff")
        for p in setup.people:
            if p.on_list:
                self.staff.add(p.name, p.staff_id, checked=p.staff_id in (template.staff if template else ()))
        self.staff.setFixedHeight(110)
        self.note(self.tr("Nothing ticked: everyone on the duty list may take the shift."))

    def _period_chosen(self, index: int) -> None:
        times = self.period.itemData(index)
        if times:
            self.start.setTime(QTime(times[0].hour, times[0].minute))
            self.end.setTime(QTime(times[1].hour, times[1].minute))

    def edit(self):
        if self.post.currentData() is None:
            raise Invalid(self.tr("Add a post first."), self.post)
        days = self.weekdays.checked_values() if self.weekday is None else (self.weekday.currentData(),)
        if not days:
            raise Invalid(self.tr("Tick at least one weekday."), self.weekdays)
        if not self.period.currentText().strip():
            raise Invalid(self.tr("Give the shift a period, e.g. lunch break."), self.period)
        return [duty_service.TemplateEdit(self.post.currentData(), day, self.period.currentText(), clock(self.start),
                                          clock(self.end), self.heads.value(), self.kind.currentData(),
                                          self.roles.checked_values(), self.staff.checked_values()) for day in days]

    def saver(self, edits):
        sid, tid = self.semester_id, self.template.id if self.template else None
        return lambda s: [duty_service.save_template(s, sid, e, tid) for e in edits]


class MembersDialog(FormDialog):
    """The semester's duty list: the staff who take duty."""

    def __init__(self, page) -> None:
        super().__init__(page, page.app, self.tr("Duty list"), width=420)
        self.semester_id = page.semester_id()
        self.people = self.field(self.tr("On duty this semester:"), CheckList(), name="dutyMembers")
        for p in page.setup.people:
            roles = words.list_text(translate_text(STAFF_ROLES[r]) for r in p.roles if r in STAFF_ROLES)
            text = self.tr("{name} ({roles})").format(name=p.name, roles=roles) if roles else p.name
            if not p.at_school:
                text += " " + self.tr("(left the school)")
            self.people.add(text, p.staff_id, checked=p.on_list)
        self.people.setMinimumHeight(260)

    def edit(self):
        return self.people.checked_values()

    def saver(self, ids):
        sid = self.semester_id
        return lambda s: duty_service.set_members(s, sid, tuple(ids))


class UnavailableDialog(FormDialog):
    """Someone cannot take duty: on a date or from–to, or every week on a weekday; the whole day or one period."""

    def __init__(self, page) -> None:
        super().__init__(page, page.app, self.tr("Cannot take duty"), width=460)
        setup = page.setup
        self.semester_id = setup.semester.id
        self.person = self.field(self.tr("Person:"), choice([(p.name, p.staff_id) for p in setup.people
                                                             if p.on_list]), name="dutyUnavailablePerson")
        self.reason = self.field(self.tr("Why:"), choice([(words.reason(r.value), r.value) for r in rules.Reason],
                                                         "teaching"), name="dutyUnavailableReason")
        self.how = self.field(self.tr("When:"), choice([(self.tr("every week on a weekday"), "weekly"),
                                                        (self.tr("on dates"), "dates")], "weekly"),
                              name="dutyUnavailableHow")
        self.weekday = self.field(self.tr("Weekday:"), choice([(words.weekday(n), n) for n in range(7)], 0),
                                  name="dutyUnavailableWeekday")
        start = max(date.today(), setup.semester.start) if date.today() <= setup.semester.end else setup.semester.start
        self.first = self.field(self.tr("From:"), day_edit(start, "dutyUnavailableFrom"))
        self.last = self.field(self.tr("To:"), day_edit(start, "dutyUnavailableTo"))
        periods = sorted({t.period for t in setup.templates})
        self.period = self.field(self.tr("Period:"), choice([(self.tr("the whole day"), "")]
                                                            + [(p, p) for p in periods], ""),
                                 name="dutyUnavailablePeriod")
        self.how.currentIndexChanged.connect(lambda _i: self._how())
        self._how()

    def _how(self) -> None:
        weekly = self.how.currentData() == "weekly"
        self.weekday.setEnabled(weekly)
        for w in (self.first, self.last):
            w.setEnabled(not weekly)

    def edit(self):
        if self.person.currentData() is None:
            raise Invalid(self.tr("Put people on the duty list first."), self.person)
        weekly = self.how.currentData() == "weekly"
        first, last = picked(self.first), picked(self.last)
        if not weekly and last < first:
            raise Invalid(self.tr("The last day comes before the first."), self.last)
        return duty_service.UnavailableEdit(self.person.currentData(), self.reason.currentData(),
                                            None if weekly else first, None if weekly or last == first else last,
                                            self.weekday.currentData() if weekly else None, self.period.currentData())

    def saver(self, edit):
        sid = self.semester_id
        return lambda s: duty_service.add_unavailability(s, sid, edit)


class MakeupDialog(FormDialog):
    """The timetable a make-up workday follows."""

    def __init__(self, page, makeup) -> None:
        super().__init__(page, page.app, self.tr("Make-up workday {day}").format(day=words.day_text(makeup.day)))
        self.makeup = makeup
        entries = [(self.tr("the weekday it replaces ({weekday})").format(weekday=words.weekday(makeup.replaced))
                    if makeup.replaced is not None else self.tr("not known: choose one"), None)]
        self.weekday = self.field(self.tr("Follows the timetable of:"), choice(
            entries + [(words.weekday(n), n) for n in range(5)], makeup.chosen), name="dutyMakeupWeekday")

    def edit(self):
        return self.weekday.currentData()

    def saver(self, weekday):
        day = self.makeup.day
        return lambda s: duty_service.set_makeup_timetable(s, day, weekday)


class CloneDialog(FormDialog):
    """Copy another semester's shifts, duty list and unavailability into this one."""

    def __init__(self, page) -> None:
        super().__init__(page, page.app, self.tr("Copy the set-up of another semester"), width=460)
        self.target = page.semester_id()
        others = [s for s in page.semesters if s.id != self.target]
        before = [s for s in others if s.start < page.setup.semester.start]
        self.source = self.field(self.tr("Copy from:"), choice([(words.semester_name(s), s.id) for s in others],
                                                               before[-1].id if before else None),
                                 name="dutyCloneFrom")
        self.note(self.tr("The shifts with who may take them, the duty list (people still at school) and the "
                          "unavailability that still applies are copied. This semester must have no shifts yet."))

    def edit(self):
        if self.source.currentData() is None:
            raise Invalid(self.tr("There is no other semester to copy from."), self.source)
        return self.source.currentData()

    def saver(self, source):
        target = self.target
        return lambda s: duty_service.clone_setup(s, source, target)
