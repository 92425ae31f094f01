"""Duty rosters, the roster: generation (a preview with the counts per person, then saved), the coverage check,
publishing, manual edits, and what the pages and printouts show (the month per post, a person's duties, the
fairness table).

Generation plans the school days of the office's calendar (holidays skipped, make-up workdays with the timetable
they follow: services/duty.py) with domain/duty_plan.generate, keeping the manual assignments unless told
otherwise and never touching a duty that a log or a swap/cover request refers to. A range touching a calendar year
that the holiday package does not cover and the office has not entered is refused, with a pointer to the
calendar page. Publishing checks the coverage first: gaps, kept duties of someone unavailable, on two shifts at
once, who left the school or whose account is deactivated; gaps need the user's confirmation, conflicts must be
resolved. Everything needs MANAGE_DUTY and every change is audited.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Callable

from counselor_app.domain import duty as rules
from counselor_app.domain.areas import Area
from counselor_app.domain.duty_days import calendar_duty_days
from counselor_app.domain.duty_plan import Assignment, ConflictReason, Counts, DutyPlan, check_roster, generate
from counselor_app.domain.errors import QT_TRANSLATE_NOOP, UserError, ValidationError
from counselor_app.domain.holidays import SchoolCalendar
from counselor_app.domain.roles import Permission
from counselor_app.domain.search import sort_key
from counselor_app.services import duty, school_calendar
from counselor_app.services.operations import changing, operation
from counselor_app.services.session import Session
from counselor_app.store import audit, duty as store

RANGE_OUTSIDE = QT_TRANSLATE_NOOP("Errors", "The dates must lie inside the semester ({start} to {end}).")
RANGE_ORDER = QT_TRANSLATE_NOOP("Errors", "The last day comes before the first.")
PAST_RANGE = QT_TRANSLATE_NOOP("Errors", "These days are past: a roster is generated from today on.")
STALE_PREVIEW = QT_TRANSLATE_NOOP(
    "Errors", "The roster changed since this preview was made. Nothing was saved: make the preview again.")
NO_SHIFT_THAT_DAY = QT_TRANSLATE_NOOP("Errors", "This shift does not take place on {day}.")
ALREADY_ON = QT_TRANSLATE_NOOP("Errors", "This person is already on this shift.")
SHIFT_FULL = QT_TRANSLATE_NOOP("Errors", "This shift already has the {heads} people it needs.")
NOT_ON_LIST = QT_TRANSLATE_NOOP("Errors", "This person is not on the semester's duty list.")
CANNOT_SERVE = QT_TRANSLATE_NOOP("Errors", "This person has left the school or their account is deactivated.")
NOT_ALLOWED = QT_TRANSLATE_NOOP("Errors", "This person may not take this shift (see who may take it).")
UNAVAILABLE = QT_TRANSLATE_NOOP("Errors", "This person is unavailable then ({reason}).")
DOUBLE = QT_TRANSLATE_NOOP("Errors", "This person is on another shift at the same time.")
NO_ASSIGNMENT = QT_TRANSLATE_NOOP("Errors", "This duty does not exist.")
KEPT_ASSIGNMENT = QT_TRANSLATE_NOOP(
    "Errors", "A duty log or a swap request refers to this duty: it cannot be removed. Give it to someone else.")
NO_LINKED_STAFF = QT_TRANSLATE_NOOP(
    "Errors", "Your account is not linked to a staff member: ask the office head to link it (Staff page).")


class YearNotCovered(UserError):
    """A calendar year the package does not cover and the office has not entered."""
    message = QT_TRANSLATE_NOOP(
        "Errors", "The holidays of {years} are not known yet, so the school days cannot be planned. Enter them on the "
        "School calendar page (Register and calendar), then try again.")
    exit_code = 2


class GapsNeedConfirmation(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "{gaps} seat(s) of the roster are still empty. Publish anyway only if you confirm it.")
    exit_code = 2


class ConflictsFirst(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "{conflicts} duty(ies) break a rule (someone unavailable, on two shifts at once, who left or whose "
        "account is deactivated). Resolve them before publishing.")
    exit_code = 2


# -- planning inputs --------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Inputs:
    """What a generation or a coverage check reads: the days, templates, people, unavailability, assignments."""
    semester: duty.SemesterInfo
    first: date
    last: date
    calendar: SchoolCalendar
    days: list
    templates: list[duty.TemplateInfo]
    people: list[duty.PersonInfo]
    unavailability: list[rules.Unavailability]
    assignments: list[store.AssignmentRow]
    revision: int


def _range(sem: duty.SemesterInfo, first: date | str | None, last: date | str | None) -> tuple[date, date]:
    first, last = duty.parse_day(first) or sem.start, duty.parse_day(last) or sem.end
    if last < first:
        raise ValidationError(RANGE_ORDER)
    if first < sem.start or last > sem.end:
        raise ValidationError(RANGE_OUTSIDE, start=sem.start.isoformat(), end=sem.end.isoformat())
    return first, last


def check_years(calendar: SchoolCalendar, first: date, last: date) -> None:
    missing = [y for y in calendar.uncovered_years(first, last) if not calendar.office_day_count(y)]
    if missing:
        raise YearNotCovered(years="、".join(str(y) for y in missing))


def inputs(session: Session, semester_id: int, first=None, last=None) -> Inputs:
    sem = duty.semester(session, semester_id)
    first, last = _range(sem, first, last)
    calendar = school_calendar.calendar(session)
    check_years(calendar, first, last)
    follows = {d.day: d.chosen for d in duty.makeup_days(session, first, last, calendar) if d.chosen is not None}
    days = calendar_duty_days(calendar, first, last, follows)
    roster = store.roster(session.conn, semester_id)
    return Inputs(sem, first, last, calendar, days,
                  duty.template_infos(session, store.templates(session.conn, semester_id)),
                  [p for p in duty.people(session, semester_id) if p.on_list],
                  [duty.to_unavailability(u) for u in store.unavailable(session.conn, semester_id)],
                  store.assignments(session.conn, semester_id, first.isoformat(), last.isoformat()),
                  roster.revision if roster else 0)


def _persons(people: list[duty.PersonInfo]) -> list[rules.Person]:
    return [rules.Person(p.staff_id, frozenset(p.roles)) for p in people if p.may_serve]


def _name_conflicts(plan: DutyPlan, people: list[duty.PersonInfo]) -> tuple:
    """UNKNOWN_PERSON conflicts told apart: left the school, account deactivated, or not on the list."""
    by_id = {p.staff_id: p for p in people}
    out = []
    for c in plan.conflicts:
        if c.reason is ConflictReason.UNKNOWN_PERSON and c.assignment.person_id in by_id:
            p = by_id[c.assignment.person_id]
            c = type(c)(c.assignment, ConflictReason.LEFT if not p.at_school else ConflictReason.DEACTIVATED)
        out.append(c)
    return tuple(out)


# -- generation -------------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class CountLine:
    staff_id: int
    name: str
    counts: Counts
    credit: Counts = Counts()


@dataclass(frozen=True)
class RosterPreview:
    """A generated roster not saved yet: the plan, the counts per person, what it replaces."""
    semester_id: int
    first: date
    last: date
    keep_manual: bool
    plan: DutyPlan
    lines: tuple[CountLine, ...]            # per person, by name: the range planned + the semester's rest
    replaced: int                           # assignments of the range the plan replaces
    revision: int                           # the roster's revision the preview was made from
    templates: dict = field(default_factory=dict)   # id -> TemplateInfo (to show gaps)
    published_through: date | None = None   # the roster is published through this day (None: a draft)

    @property
    def replaces_published(self) -> int:
        """How many duties the plan replaces in a part of the range already published (0: none, or a draft)."""
        return self.replaced if self.published_through is not None and self.published_through >= self.first else 0


@operation(Permission.MANAGE_DUTY, target="semester")
def preview_roster(session: Session, semester_id: int, first=None, last=None, *, keep_manual: bool = True,
                   credit_absence: bool = False, today: date | None = None) -> RosterPreview:
    """The roster of a semester or of ``first``..``last`` as generation would make it; nothing is saved. The past
    is never planned again (the range starts today at the earliest), and the semester's other duties count in the
    balance, so that regenerating a month keeps the semester fair."""
    sem = duty.semester(session, semester_id)
    first, last = _range(sem, first, last)
    first = max(first, today or date.today())
    if first > last:
        raise ValidationError(PAST_RANGE)
    src = inputs(session, semester_id, first, last)
    fixed = store.referenced(session.conn, [a.id for a in src.assignments])
    keep = [Assignment(date.fromisoformat(a.day), a.template_id, a.staff_id, True) for a in src.assignments
            if (keep_manual and a.manual) or a.id in fixed]
    plan = generate(src.days, [duty.to_template(t) for t in src.templates], _persons(src.people),
                    src.unavailability, keep, carry=_carry(session, sem, first, last),
                    credit_absence=credit_absence)
    plan = DutyPlan(plan.assignments, plan.gaps, _name_conflicts(plan, src.people), plan.unplanned_days,
                    plan.counts, plan.seats, plan.kinds, plan.credit)
    names = {p.staff_id: p.name for p in src.people}
    lines = tuple(sorted((CountLine(sid, names.get(sid, ""), c, plan.credit.get(sid, Counts()))
                          for sid, c in plan.counts.items()), key=lambda x: (sort_key(x.name), x.staff_id)))
    roster = store.roster(session.conn, semester_id)
    through = roster.published_through if roster else None
    return RosterPreview(semester_id, src.first, src.last, keep_manual, plan, lines,
                         len(src.assignments) - len(keep), src.revision, {t.id: t for t in src.templates},
                         date.fromisoformat(through) if through else None)


def _carry(session: Session, sem: duty.SemesterInfo, first: date, last: date) -> dict[int, Counts]:
    """The semester's duties outside ``first``..``last`` per person and kind."""
    kinds = {t.id: t.kind for t in store.templates(session.conn, sem.id, active_only=False)}
    found: dict[int, dict[str, int]] = {}
    for a in store.assignments(session.conn, sem.id, sem.start.isoformat(), sem.end.isoformat()):
        if not first.isoformat() <= a.day <= last.isoformat():
            per = found.setdefault(a.staff_id, {})
            per[kinds[a.template_id]] = per.get(kinds[a.template_id], 0) + 1
    return {sid: Counts(**per) for sid, per in found.items()}


@operation(Permission.MANAGE_DUTY, changes={Area.DUTY}, audit="duty.generate", target="semester",
           target_arg="preview.semester_id")
def apply_roster(session: Session, preview: RosterPreview) -> int:
    """Save a previewed roster: the range's assignments replaced by the plan's (kept ones stay). Refused when the
    roster changed since the preview. The number of assignments saved."""
    conn = session.conn
    with changing(session, "duty.generate", "semester", preview.semester_id) as note:
        roster = store.roster(conn, preview.semester_id)
        if (roster.revision if roster else 0) != preview.revision:
            raise ValidationError(STALE_PREVIEW)
        current = store.assignments(conn, preview.semester_id, preview.first.isoformat(), preview.last.isoformat())
        fixed = store.referenced(conn, [a.id for a in current])
        kept = {(a.day, a.template_id, a.staff_id) for a in current
                if (preview.keep_manual and a.manual) or a.id in fixed}
        store.delete_assignments(conn, [a.id for a in current if (a.day, a.template_id, a.staff_id) not in kept])
        new = [(a.day.isoformat(), a.template_id, a.person_id, False) for a in preview.plan.assignments
               if (a.day.isoformat(), a.template_id, a.person_id) not in kept]
        store.insert_assignments(conn, new, audit.now_iso())
        store.touch_roster(conn, preview.semester_id)
        note.detail = (f"{preview.first.isoformat()}/{preview.last.isoformat()}/{len(new)}/"
                       f"gaps={sum(g.missing for g in preview.plan.gaps)}")
    return len(new)


# -- coverage and publishing -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Coverage:
    semester_id: int
    first: date
    last: date
    plan: DutyPlan                          # gaps, conflicts, unplanned make-up workdays, counts
    templates: dict                         # id -> TemplateInfo
    names: dict                             # staff id -> name
    published_through: date | None

    @property
    def gaps(self) -> int:
        return sum(g.missing for g in self.plan.gaps)


@operation(Permission.MANAGE_DUTY, target="semester")
def coverage(session: Session, semester_id: int, first=None, last=None) -> Coverage:
    """The roster as it stands, checked: every seat filled, no duty breaking a rule (the dates of each)."""
    src = inputs(session, semester_id, first, last)
    plan = check_roster(src.days, [duty.to_template(t) for t in src.templates], _persons(src.people),
                        src.unavailability,
                        [Assignment(date.fromisoformat(a.day), a.template_id, a.staff_id) for a in src.assignments])
    plan = DutyPlan(plan.assignments, plan.gaps, _name_conflicts(plan, duty.people(session, semester_id)),
                    plan.unplanned_days, plan.counts, plan.seats, plan.kinds)
    roster = store.roster(session.conn, semester_id)
    through = roster.published_through if roster else None
    return Coverage(semester_id, src.first, src.last, plan, {t.id: t for t in src.templates},
                    {p.staff_id: p.name for p in duty.people(session, semester_id)},
                    date.fromisoformat(through) if through else None)


@operation(Permission.MANAGE_DUTY, changes={Area.DUTY}, audit="duty.publish", target="semester")
def publish_roster(session: Session, semester_id: int, through=None, *, confirm_gaps: bool = False) -> Coverage:
    """Publish the roster from the semester's start through ``through`` (default: its end) after the coverage
    check: refused while a duty breaks a rule or a make-up workday has no timetable, and with gaps unless
    ``confirm_gaps``."""
    sem = duty.semester(session, semester_id)
    found = coverage(session, semester_id, sem.start, through or sem.end)
    if found.plan.conflicts or found.plan.unplanned_days:
        raise ConflictsFirst(conflicts=len(found.plan.conflicts) + len(found.plan.unplanned_days))
    if found.gaps and not confirm_gaps:
        raise GapsNeedConfirmation(gaps=found.gaps)
    with changing(session, "duty.publish", "semester", semester_id,
                  f"{found.last.isoformat()}/gaps={found.gaps}"):
        store.publish(session.conn, semester_id, found.last.isoformat(), audit.now_iso(), session.user.id,
                      found.gaps)
    return found


# -- manual edits ----------------------------------------------------------------------------------------------

def check_person_on(session: Session, day: date, template_id: int, staff_id: int, *,
                     ignore: int | None = None) -> tuple[duty.SemesterInfo, duty.TemplateInfo]:
    """The rules a manual edit keeps: the shift takes place that day, the person is on the list, may take it,
    is available, and not on another shift at the same time (``ignore``: the duty being given away)."""
    sem = duty.semester_of(session, day)
    rows = store.templates(session.conn, 0, ids=[template_id])
    if sem is None or not rows or rows[0].semester_id != sem.id or not rows[0].active:
        raise ValidationError(NO_SHIFT_THAT_DAY, day=day.isoformat())
    template = duty.template_infos(session, rows)[0]
    src = inputs(session, sem.id, day, day)
    if not any(d.day == day and d.timetable == template.weekday for d in src.days):
        raise ValidationError(NO_SHIFT_THAT_DAY, day=day.isoformat())
    person = next((p for p in src.people if p.staff_id == staff_id), None)
    if person is None:
        raise ValidationError(NOT_ON_LIST)
    if not person.may_serve:
        raise ValidationError(CANNOT_SERVE)
    if not duty.to_template(template).eligibility.allows(rules.Person(staff_id, frozenset(person.roles))):
        raise ValidationError(NOT_ALLOWED)
    timetable = next(d.timetable for d in src.days if d.day == day)
    blocking = next((u for u in src.unavailability if u.person_id == staff_id
                     and u.covers(day, timetable, template.period)), None)
    if blocking is not None:
        raise ValidationError(UNAVAILABLE, reason=blocking.reason.label)
    others = {t.id: t for t in src.templates}
    for a in src.assignments:
        if a.staff_id != staff_id or a.id == ignore:
            continue
        if a.template_id == template_id:
            raise ValidationError(ALREADY_ON)
        other = others.get(a.template_id)
        if other is not None and other.start < template.end and template.start < other.end:
            raise ValidationError(DOUBLE)
    return sem, template


@operation(Permission.MANAGE_DUTY, changes={Area.DUTY}, audit="duty.assign", target="duty_template")
def assign(session: Session, day: date | str, template_id: int, staff_id: int) -> int:
    """Put a person on a shift by hand (kept by later generations)."""
    day = duty.parse_day(day)
    sem, template = check_person_on(session, day, template_id, staff_id)
    with changing(session, "duty.assign", "duty_template", template_id, f"{day.isoformat()}/staff={staff_id}"):
        taken = [a for a in store.assignments(session.conn, sem.id, day.isoformat(), day.isoformat())
                 if a.template_id == template_id]
        if len(taken) >= template.heads:
            raise ValidationError(SHIFT_FULL, heads=template.heads)
        new = store.insert_assignment(session.conn, day.isoformat(), template_id, staff_id, audit.now_iso())
        store.touch_roster(session.conn, sem.id)
    return new


def load_assignment(session: Session, assignment_id: int) -> store.AssignmentRow:
    found = store.assignment_by_id(session.conn, assignment_id)
    if found is None:
        raise ValidationError(NO_ASSIGNMENT)
    return found


@operation(Permission.MANAGE_DUTY, changes={Area.DUTY}, audit="duty.reassign", target="duty_assignment")
def reassign(session: Session, assignment_id: int, staff_id: int) -> None:
    """Give a duty to another person by hand."""
    a = load_assignment(session, assignment_id)
    sem, _t = check_person_on(session, date.fromisoformat(a.day), a.template_id, staff_id, ignore=assignment_id)
    with changing(session, "duty.reassign", "duty_assignment", assignment_id, f"staff={a.staff_id}>{staff_id}"):
        store.reassign(session.conn, assignment_id, staff_id)
        store.touch_roster(session.conn, sem.id)


@operation(Permission.MANAGE_DUTY, changes={Area.DUTY}, audit="duty.unassign", target="duty_assignment")
def unassign(session: Session, assignment_id: int) -> None:
    """Take a person off a shift (refused for a duty a log or a request refers to)."""
    a = load_assignment(session, assignment_id)
    with changing(session, "duty.unassign", "duty_assignment", assignment_id, f"{a.day}/staff={a.staff_id}"):
        if store.referenced(session.conn, [assignment_id]):
            raise ValidationError(KEPT_ASSIGNMENT)
        store.delete_assignments(session.conn, [assignment_id])
        template = store.templates(session.conn, 0, ids=[a.template_id])[0]
        store.touch_roster(session.conn, template.semester_id)


# -- what the pages and printouts show --------------------------------------------------------------------------------

@dataclass(frozen=True)
class ShiftLine:
    assignment_ids: tuple[int, ...]
    template_id: int
    period: str
    times: str
    kind: str
    names: tuple[str, ...]
    staff_ids: tuple[int, ...]
    heads: int


@dataclass(frozen=True)
class PostMonth:
    post_id: int
    post: str
    days: dict                              # date -> tuple[ShiftLine, ...]


@dataclass(frozen=True)
class MonthRoster:
    year: int
    month: int
    posts: tuple[PostMonth, ...]
    notes: dict                             # date -> holiday name or "make-up workday" text (a Text or str)
    published: bool                         # the whole month is published


def _month_bounds(year: int, month: int) -> tuple[date, date]:
    if not (2000 <= year <= 2100 and 1 <= month <= 12):
        raise ValidationError(duty.BAD_DAY)
    following = date(year + month // 12, month % 12 + 1, 1)
    return date(year, month, 1), date.fromordinal(following.toordinal() - 1)


def month_data(session: Session, year: int, month: int, *, tr: Callable = str) -> MonthRoster:
    first, last = _month_bounds(year, month)
    rows = store.shifts(session.conn, first.isoformat(), last.isoformat())
    heads = {}
    by_post: dict[int, tuple[str, dict]] = {}
    grouped: dict[tuple[int, str, int], list] = {}
    for r in rows:
        grouped.setdefault((r.post_id, r.day, r.template_id), []).append(r)
        by_post.setdefault(r.post_id, (r.post, {}))
    for t in store.templates(session.conn, 0, ids={r.template_id for r in rows}):
        heads[t.id] = t.heads
    for (post_id, day, tid), group in grouped.items():
        r0 = group[0]
        line = ShiftLine(tuple(r.id for r in group), tid, r0.period, f"{r0.start_time}–{r0.end_time}", r0.kind,
                         tuple(r.name for r in group), tuple(r.staff_id for r in group), heads.get(tid, 1))
        by_post[post_id][1].setdefault(date.fromisoformat(day), []).append(line)
    for t, day in _nobody_on(session, first, last, {(tid, day) for _pid, day, tid in grouped}):
        by_post.setdefault(t.post_id, (t.post, {}))[1].setdefault(day, []).append(
            ShiftLine((), t.id, t.period, t.times, t.kind, (), (), t.heads))
    order = {p.id: (p.sort_order, p.id) for p in store.posts(session.conn)}
    posts = tuple(PostMonth(pid, name, {d: tuple(sorted(lines, key=lambda x: (x.times, x.template_id)))
                                        for d, lines in days.items()})
                  for pid, (name, days) in sorted(by_post.items(), key=lambda kv: order.get(kv[0], (0, kv[0]))))
    calendar = school_calendar.calendar(session)
    notes = {}
    for info in calendar.special_days(first, last):
        notes[info.day] = (tr(MAKEUP_NOTE) if info.is_workday else tr(info.name) if info.name else tr(HOLIDAY_NOTE))
    published = True
    for sem in duty.semesters(session):
        if sem.start <= last and first <= sem.end:
            roster = store.roster(session.conn, sem.id)
            through = roster.published_through if roster else None
            published = published and bool(through) and through >= min(last, sem.end).isoformat()
    return MonthRoster(year, month, posts, notes, published and bool(rows))


def _nobody_on(session: Session, first: date, last: date, taken: set) -> list:
    """(template, day) of the shifts taking place from ``first`` to ``last`` with nobody on them, from each
    semester's start through its last planned duty (what publishing checks; later days are not planned yet): the
    month shows them as empty seats, not as days without that shift. ``taken``: (template id, ISO day) with someone."""
    out = []
    for sem in duty.semesters(session):
        planned = store.assignments(session.conn, sem.id, sem.start.isoformat(), sem.end.isoformat())
        lo = max(first, sem.start).isoformat()
        hi = min(last.isoformat(), max((a.day for a in planned), default=""))
        if lo > hi:
            continue
        try:
            src = inputs(session, sem.id, lo, hi)
        except UserError:                   # a year whose holidays nobody entered: its days are not known
            continue
        plan = check_roster(src.days, [duty.to_template(t) for t in src.templates], _persons(src.people),
                            src.unavailability, [Assignment(date.fromisoformat(a.day), a.template_id, a.staff_id)
                                                 for a in src.assignments])
        templates = {t.id: t for t in src.templates}
        out += [(templates[g.template_id], g.day) for g in plan.gaps
                if g.template_id in templates and (g.template_id, g.day.isoformat()) not in taken]
    return out


MAKEUP_NOTE = QT_TRANSLATE_NOOP("DutyRoster", "make-up workday")
HOLIDAY_NOTE = QT_TRANSLATE_NOOP("DutyRoster", "holiday")


@operation(Permission.MANAGE_DUTY, target="duty")
def month_roster(session: Session, year: int, month: int, *, tr: Callable = str) -> MonthRoster:
    """The month per post: each day's shifts with their times and names (the grid on the door)."""
    return month_data(session, year, month, tr=tr)


@operation(Permission.MANAGE_DUTY, target="staff")
def my_duties(session: Session, first=None, last=None, staff_id: int | None = None) -> list[store.ShiftRow]:
    """A person's duties from ``first`` to ``last`` (default: the user's own, from today for 60 days)."""
    if staff_id is None:
        staff_id = session.user.staff_id
        if staff_id is None:
            raise ValidationError(NO_LINKED_STAFF)
    first = duty.parse_day(first) or date.today()
    last = duty.parse_day(last) or date.fromordinal(first.toordinal() + 60)
    return store.shifts(session.conn, first.isoformat(), last.isoformat(), staff_id=staff_id)


@operation(Permission.MANAGE_DUTY, target="semester")
def fairness(session: Session, semester_id: int) -> list[CountLine]:
    """The counts per person and kind over the semester (everyone on the list, and anyone else who has duties)."""
    duty.semester(session, semester_id)
    found = store.counts(session.conn, semester_id)
    people = {p.staff_id: p for p in duty.people(session, semester_id)}
    ids = {sid for sid, p in people.items() if p.on_list} | set(found)
    lines = [CountLine(sid, people[sid].name if sid in people else "",
                       Counts(**{k: found.get(sid, {}).get(k, 0) for k in ("regular", "evening", "weekend")}))
             for sid in ids]
    return sorted(lines, key=lambda x: (sort_key(x.name), x.staff_id))
