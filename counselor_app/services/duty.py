"""Duty rosters, the set-up: posts, shift templates, the duty list, unavailability, the timetable of make-up
workdays, and cloning a semester's set-up to the next one.

Everything needs MANAGE_DUTY (the office head, counselors and assistants hold it); every change is audited (ids and
codes, never a name). The roster itself (generation, coverage, publishing, manual edits, the month) is in
services/duty_roster.py; swaps and covers in services/duty_changes.py; the duty log in services/duty_log.py.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from counselor_app.domain import duty as rules
from counselor_app.domain.areas import Area
from counselor_app.domain.duty_days import replaced_weekdays
from counselor_app.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from counselor_app.domain.holidays import DayKind
from counselor_app.domain.roles import Permission
from counselor_app.domain.search import sort_key
from counselor_app.domain.staff_roles import STAFF_ROLES
from counselor_app.services import school_calendar
from counselor_app.services.operations import changing, operation
from counselor_app.services.session import Session
from counselor_app.store import duty as store, staff as staff_store, users as user_store
from counselor_app.store.calendar import semesters as all_semesters
from counselor_app.store.school_years import all_years

NO_SEMESTER = QT_TRANSLATE_NOOP("Errors", "This semester does not exist.")
NO_POST = QT_TRANSLATE_NOOP("Errors", "Choose a post from the office's list.")
POST_NAME = QT_TRANSLATE_NOOP("Errors", "Give the post a name (at most {max} characters).")
POST_TAKEN = QT_TRANSLATE_NOOP("Errors", "Another post already has this name.")
NO_TEMPLATE = QT_TRANSLATE_NOOP("Errors", "This shift does not exist.")
TEMPLATE_TAKEN = QT_TRANSLATE_NOOP("Errors", "This post already has a shift \"{period}\" on {weekday}.")
BAD_TIME = QT_TRANSLATE_NOOP("Errors", "A time is written like 12:10.")
BAD_KIND = QT_TRANSLATE_NOOP("Errors", "Unknown kind of duty.")
BAD_ROLE = QT_TRANSLATE_NOOP("Errors", "Unknown staff role.")
BAD_REASON = QT_TRANSLATE_NOOP("Errors", "Choose why the person cannot take duty.")
NOT_STAFF = QT_TRANSLATE_NOOP("Errors", "A person chosen is not in the staff register.")
STAFF_GONE = QT_TRANSLATE_NOOP("Errors", "A person chosen has left the school: they cannot be put on duty.")
NO_UNAVAILABLE = QT_TRANSLATE_NOOP("Errors", "This entry of unavailability does not exist.")
UNAVAILABLE_OUTSIDE = QT_TRANSLATE_NOOP(
    "Errors", "The dates lie outside the semester ({start} to {end}): choose days of this semester.")
NOT_MAKEUP = QT_TRANSLATE_NOOP(
    "Errors", "{day} is not a make-up workday (a Saturday or Sunday worked instead of a holiday).")
MAKEUP_WEEKDAY = QT_TRANSLATE_NOOP("Errors", "A make-up workday follows the timetable of a day from Monday to Friday.")
BAD_DAY = QT_TRANSLATE_NOOP("Errors", "A date is not valid. Write it like 2026-09-01.")
CLONE_SAME = QT_TRANSLATE_NOOP("Errors", "Choose another semester to copy to.")
CLONE_NOT_EMPTY = QT_TRANSLATE_NOOP(
    "Errors", "The semester to copy to already has shifts. Remove them first, or change them there.")


# -- what the pages show ---------------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class SemesterInfo:
    id: int
    year: str          # the school year's name, 2026-2027
    number: int        # 1 or 2
    start: date
    end: date


@dataclass(frozen=True, slots=True)
class PostInfo:
    id: int
    name: str
    active: bool


@dataclass(frozen=True, slots=True)
class TemplateInfo:
    id: int
    post_id: int
    post: str
    weekday: int
    period: str
    start: time
    end: time
    heads: int
    kind: str
    roles: tuple[str, ...]          # staff role codes allowed
    staff: tuple[int, ...]          # named staff allowed
    staff_names: tuple[str, ...]

    @property
    def times(self) -> str:
        return rules.times_text(self.start, self.end)


@dataclass(frozen=True, slots=True)
class PersonInfo:
    """A staff member as the duty pages list them."""
    staff_id: int
    name: str
    roles: tuple[str, ...]
    at_school: bool                 # False: left the school
    account_active: bool | None     # None: no account; False: deactivated
    on_list: bool                   # on this semester's duty list

    @property
    def may_serve(self) -> bool:
        return self.at_school and self.account_active is not False


@dataclass(frozen=True, slots=True)
class UnavailableInfo:
    id: int
    staff_id: int
    name: str
    reason: str
    first: date | None
    last: date | None
    weekday: int | None
    period: str


@dataclass(frozen=True, slots=True)
class MakeupDay:
    day: date
    replaced: int | None            # the weekday of the day off in lieu it pays for (the package), if known
    chosen: int | None              # the office's choice

    @property
    def timetable(self) -> int | None:
        return self.chosen if self.chosen is not None else self.replaced


@dataclass(frozen=True)
class DutySetup:
    semester: SemesterInfo
    posts: tuple[PostInfo, ...]
    templates: tuple[TemplateInfo, ...]
    people: tuple[PersonInfo, ...]          # every staff member at school, and those on the list who left
    unavailable: tuple[UnavailableInfo, ...]
    makeup_days: tuple[MakeupDay, ...]


@dataclass(frozen=True)
class TemplateEdit:
    post_id: int
    weekday: int
    period: str
    start: time | str
    end: time | str
    heads: int = 1
    kind: str = ""                          # '' = rules.default_kind
    roles: tuple[str, ...] = ()
    staff: tuple[int, ...] = ()


@dataclass(frozen=True)
class UnavailableEdit:
    staff_id: int
    reason: str
    first: date | str | None = None
    last: date | str | None = None
    weekday: int | None = None
    period: str = ""


# -- helpers the other duty services share ----------------------------------------------------------------------------

def semesters(session: Session) -> list[SemesterInfo]:
    names = {y.id: y.name for y in all_years(session.conn)}
    return [SemesterInfo(int(sid), names.get(year_id, ""), int(n), date.fromisoformat(s), date.fromisoformat(e))
            for sid, year_id, n, s, e in all_semesters(session.conn)]


def semester(session: Session, semester_id: int) -> SemesterInfo:
    found = next((s for s in semesters(session) if s.id == semester_id), None)
    if found is None:
        raise ValidationError(NO_SEMESTER)
    return found


def semester_of(session: Session, day: date) -> SemesterInfo | None:
    return next((s for s in semesters(session) if s.start <= day <= s.end), None)


def parse_time(value: time | str) -> time:
    if isinstance(value, time):
        return value.replace(second=0, microsecond=0)
    try:
        hours, minutes = str(value).strip().replace("：", ":").split(":")
        return time(int(hours), int(minutes))
    except ValueError:
        raise ValidationError(BAD_TIME) from None


def parse_day(value: date | str | None) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise ValidationError(BAD_DAY) from None


def people(session: Session, semester_id: int) -> list[PersonInfo]:
    """Every staff member still at school, and those on the list who left, with what the duty pages need."""
    listed = set(store.members(session.conn, semester_id))
    accounts = {u.staff_id: u.active for u in user_store.all_users(session.conn) if u.staff_id is not None}
    out = [PersonInfo(s.id, s.name, s.roles, s.active, accounts.get(s.id), s.id in listed)
           for s in staff_store.all_staff(session.conn).values() if s.active or s.id in listed]
    return sorted(out, key=lambda p: (not p.on_list, sort_key(p.name), p.staff_id))


def template_infos(session: Session, rows) -> list[TemplateInfo]:
    posts = {p.id: p.name for p in store.posts(session.conn)}
    names = {s.id: s.name for s in staff_store.all_staff(session.conn).values()}
    return [TemplateInfo(r.id, r.post_id, posts.get(r.post_id, ""), r.weekday, r.period, parse_time(r.start_time),
                         parse_time(r.end_time), r.heads, r.kind, r.roles, r.staff,
                         tuple(names.get(s, "") for s in r.staff)) for r in rows]


def to_template(r) -> rules.ShiftTemplate:
    """A stored template (TemplateRow or TemplateInfo) for the generator."""
    start = r.start if isinstance(r, TemplateInfo) else parse_time(r.start_time)
    end = r.end if isinstance(r, TemplateInfo) else parse_time(r.end_time)
    return rules.ShiftTemplate(r.id, r.post_id, r.weekday, r.period, start, end, r.heads, rules.DutyKind(r.kind),
                               rules.Eligibility(frozenset(r.roles), frozenset(r.staff)))


def to_unavailability(r) -> rules.Unavailability:
    return rules.Unavailability(r.staff_id, rules.Reason(r.reason), parse_day(r.first_day), parse_day(r.last_day),
                                r.weekday, r.period)


def makeup_days(session: Session, start: date, end: date, calendar=None) -> list[MakeupDay]:
    """The make-up workdays from ``start`` to ``end`` inside a semester, with the weekday each replaces and the
    office's choice."""
    calendar = calendar or school_calendar.calendar(session)
    replaced = replaced_weekdays(calendar, start, end)
    chosen = {date.fromisoformat(d): w for d, w in store.makeup_choices(session.conn).items()}
    return [MakeupDay(i.day, replaced.get(i.day), chosen.get(i.day)) for i in calendar.special_days(start, end)
            if i.kind is DayKind.MAKEUP_WORKDAY and calendar.in_semester(i.day)]


# -- reading ---------------------------------------------------------------------------------------------------------

@operation(Permission.MANAGE_DUTY, target="semester")
def duty_semesters(session: Session) -> list[SemesterInfo]:
    """Every semester of the calendar, oldest first (the duty pages' choice)."""
    return sorted(semesters(session), key=lambda s: s.start)


@operation(Permission.MANAGE_DUTY, target="semester")
def duty_setup(session: Session, semester_id: int) -> DutySetup:
    """Posts, templates, people, unavailability and make-up workdays of a semester."""
    sem = semester(session, semester_id)
    names = {s.id: s.name for s in staff_store.all_staff(session.conn).values()}
    unavailable = [UnavailableInfo(r.id, r.staff_id, names.get(r.staff_id, ""), r.reason, parse_day(r.first_day),
                                   parse_day(r.last_day), r.weekday, r.period)
                   for r in store.unavailable(session.conn, semester_id)]
    return DutySetup(sem, tuple(PostInfo(p.id, p.name, p.active) for p in store.posts(session.conn)),
                     tuple(template_infos(session, store.templates(session.conn, semester_id))),
                     tuple(people(session, semester_id)), tuple(unavailable),
                     tuple(makeup_days(session, sem.start, sem.end)))


# -- posts -----------------------------------------------------------------------------------------------------------

@operation(Permission.MANAGE_DUTY, changes={Area.DUTY}, audit="duty.post", target="duty_post")
def save_post(session: Session, name: str, post_id: int | None = None, active: bool = True) -> int:
    """Add a post (post_id None) or rename, retire or bring back one."""
    name = " ".join((name or "").split())
    if not name or len(name) > rules.NAME_MAX:
        raise ValidationError(POST_NAME, max=rules.NAME_MAX)
    with changing(session, "duty.post", "duty_post", post_id or "") as note:
        other = store.post_by_name(session.conn, name)
        if other is not None and other != post_id:
            raise ValidationError(POST_TAKEN)
        if post_id is None:
            post_id = store.insert_post(session.conn, name)
            note.target_id, note.detail = post_id, "added"
        else:
            if post_id not in {p.id for p in store.posts(session.conn)}:
                raise ValidationError(NO_POST)
            store.update_post(session.conn, post_id, name, active)
            note.detail = "active" if active else "retired"
    return post_id


@operation(Permission.MANAGE_DUTY, changes={Area.DUTY}, audit="duty.post", target="duty_post")
def add_default_posts(session: Session, tr=str) -> list[int]:
    """The suggested posts (辅导室, 热线, 线上, 晚间值班) an office without posts starts from, in its language."""
    with changing(session, "duty.post", "duty_post", "", "defaults") as note:
        taken = {p.name for p in store.posts(session.conn)}
        added = [store.insert_post(session.conn, tr(name)) for name in rules.DEFAULT_POSTS if tr(name) not in taken]
        note.detail = f"defaults/{len(added)}"
    return added


# -- templates -------------------------------------------------------------------------------------------------------

def _check_template(session: Session, semester_id: int, edit: TemplateEdit, template_id: int | None) -> tuple:
    start, end = parse_time(edit.start), parse_time(edit.end)
    period = " ".join((edit.period or "").split())
    kind = edit.kind or rules.default_kind(edit.weekday if 0 <= edit.weekday <= 6 else 0, start).value
    if kind not in {k.value for k in rules.DutyKind}:
        raise ValidationError(BAD_KIND)
    rules.check_template(rules.ShiftTemplate(template_id or 0, edit.post_id, edit.weekday, period, start, end,
                                             edit.heads, rules.DutyKind(kind)))
    if edit.post_id not in {p.id for p in store.posts(session.conn)}:
        raise ValidationError(NO_POST)
    if any(r not in STAFF_ROLES for r in edit.roles):
        raise ValidationError(BAD_ROLE)
    staff = staff_store.all_staff(session.conn)
    if any(s not in staff for s in edit.staff):
        raise ValidationError(NOT_STAFF)
    for other in store.templates(session.conn, semester_id):
        if (other.id != template_id and other.post_id == edit.post_id and other.weekday == edit.weekday
                and other.period == period):
            raise ValidationError(TEMPLATE_TAKEN, period=period, weekday=rules.weekday_label(edit.weekday))
    return (edit.post_id, edit.weekday, period, start.strftime("%H:%M"), end.strftime("%H:%M"), edit.heads, kind,
            tuple(edit.roles), tuple(edit.staff))


@operation(Permission.MANAGE_DUTY, changes={Area.DUTY}, audit="duty.template", target="semester")
def save_template(session: Session, semester_id: int, edit: TemplateEdit, template_id: int | None = None) -> int:
    """Add a shift template to a semester, or change one (assignments already made keep their day and person)."""
    semester(session, semester_id)
    with changing(session, "duty.template", "semester", semester_id) as note:
        values = _check_template(session, semester_id, edit, template_id)
        if template_id is None:
            template_id = store.insert_template(session.conn, semester_id, *values)
        else:
            found = store.templates(session.conn, semester_id, ids=[template_id])
            if not found or found[0].semester_id != semester_id:
                raise ValidationError(NO_TEMPLATE)
            store.update_template(session.conn, template_id, *values)
        store.touch_roster(session.conn, semester_id)
        note.detail = f"template={template_id}"
    return template_id


@operation(Permission.MANAGE_DUTY, changes={Area.DUTY}, audit="duty.template_remove", target="duty_template")
def remove_template(session: Session, template_id: int) -> bool:
    """Remove a shift template: deleted when nobody was ever on it, else retired (its past duties stay). Future
    duties of a retired template are removed with it, unless a log or a request refers to them."""
    with changing(session, "duty.template_remove", "duty_template", template_id) as note:
        found = store.templates(session.conn, 0, ids=[template_id])
        if not found or not found[0].active:
            raise ValidationError(NO_TEMPLATE)
        today = date.today().isoformat()
        future = [a.id for a in store.assignments(session.conn, found[0].semester_id, today, "9999-12-31")
                  if a.template_id == template_id]
        store.delete_assignments(session.conn, set(future) - store.referenced(session.conn, future))
        deleted = store.remove_template(session.conn, template_id)
        store.touch_roster(session.conn, found[0].semester_id)
        note.detail = "deleted" if deleted else "retired"
    return deleted


# -- the duty list and unavailability ---------------------------------------------------------------------------------

@operation(Permission.MANAGE_DUTY, changes={Area.DUTY}, audit="duty.members", target="semester")
def set_members(session: Session, semester_id: int, staff_ids: tuple[int, ...]) -> None:
    """The people on a semester's duty list (staff at school)."""
    semester(session, semester_id)
    staff = staff_store.all_staff(session.conn)
    if any(s not in staff for s in staff_ids):
        raise ValidationError(NOT_STAFF)
    listed = set(store.members(session.conn, semester_id))
    if any(not staff[s].active and s not in listed for s in staff_ids):
        raise ValidationError(STAFF_GONE)
    with changing(session, "duty.members", "semester", semester_id, f"members={len(set(staff_ids))}"):
        store.set_members(session.conn, semester_id, staff_ids)
        store.touch_roster(session.conn, semester_id)


def _check_unavailable(session: Session, edit: UnavailableEdit) -> tuple:
    if edit.reason not in {r.value for r in rules.Reason}:
        raise ValidationError(BAD_REASON)
    first, last = parse_day(edit.first), parse_day(edit.last)
    period = " ".join((edit.period or "").split())
    rules.check_unavailability(rules.Unavailability(edit.staff_id, rules.Reason(edit.reason), first, last,
                                                    edit.weekday, period))
    if staff_store.by_id(session.conn, edit.staff_id) is None:
        raise ValidationError(NOT_STAFF)
    return (edit.staff_id, edit.reason, first.isoformat() if first else None, last.isoformat() if last else None,
            edit.weekday, period)


@operation(Permission.MANAGE_DUTY, changes={Area.DUTY}, audit="duty.unavailable", target="semester")
def add_unavailability(session: Session, semester_id: int, edit: UnavailableEdit) -> int:
    """A person cannot take duty on some dates or every week on a weekday (the whole day or one period)."""
    sem = semester(session, semester_id)
    values = _check_unavailable(session, edit)
    first, last = values[2], values[3] or values[2]
    if first is not None and (last < sem.start.isoformat() or first > sem.end.isoformat()):
        # no day of the semester: a slip of the date (a leave running on into the next semester is fine)
        raise ValidationError(UNAVAILABLE_OUTSIDE, start=sem.start.isoformat(), end=sem.end.isoformat())
    with changing(session, "duty.unavailable", "semester", semester_id) as note:
        row_id = store.insert_unavailable(session.conn, semester_id, *values)
        store.touch_roster(session.conn, semester_id)
        note.detail = f"staff={edit.staff_id}/{edit.reason}"
    return row_id


@operation(Permission.MANAGE_DUTY, changes={Area.DUTY}, audit="duty.unavailable_remove", target="semester")
def remove_unavailability(session: Session, unavailable_id: int) -> None:
    found = store.unavailable_by_id(session.conn, unavailable_id)
    if found is None:
        raise ValidationError(NO_UNAVAILABLE)
    with changing(session, "duty.unavailable_remove", "semester", found.semester_id, f"staff={found.staff_id}"):
        store.delete_unavailable(session.conn, unavailable_id)
        store.touch_roster(session.conn, found.semester_id)


# -- make-up workdays ------------------------------------------------------------------------------------------------

@operation(Permission.MANAGE_DUTY, changes={Area.DUTY}, audit="duty.makeup", target="calendar_day")
def set_makeup_timetable(session: Session, day: date | str, weekday: int | None) -> None:
    """The weekday whose shifts a make-up workday follows (None: back to the weekday it replaces)."""
    day = parse_day(day)
    if day is None or school_calendar.calendar(session).day(day).kind is not DayKind.MAKEUP_WORKDAY:
        raise ValidationError(NOT_MAKEUP, day=str(day or ""))
    if weekday is not None and not 0 <= weekday <= 4:
        raise ValidationError(MAKEUP_WEEKDAY)
    with changing(session, "duty.makeup", "calendar_day", day.isoformat(), "" if weekday is None else str(weekday)):
        store.set_makeup(session.conn, day.isoformat(), weekday)


# -- the next semester --------------------------------------------------------------------------------------------------

@operation(Permission.MANAGE_DUTY, changes={Area.DUTY}, audit="duty.clone", target="semester")
def clone_setup(session: Session, from_semester_id: int, to_semester_id: int) -> tuple[int, int, int]:
    """Copy a semester's templates (with who may take them), duty list and unavailability to another semester:
    the recurring unavailability, and the dated one that falls in the new semester. (templates, people,
    unavailability) copied."""
    if from_semester_id == to_semester_id:
        raise ValidationError(CLONE_SAME)
    source, target = semester(session, from_semester_id), semester(session, to_semester_id)
    conn = session.conn
    with changing(session, "duty.clone", "semester", to_semester_id) as note:
        if store.templates(conn, to_semester_id):
            raise ValidationError(CLONE_NOT_EMPTY)
        templates = store.templates(conn, from_semester_id)
        for t in templates:
            store.insert_template(conn, to_semester_id, t.post_id, t.weekday, t.period, t.start_time, t.end_time,
                                  t.heads, t.kind, t.roles, t.staff)
        staff = staff_store.all_staff(conn)
        members = [s for s in store.members(conn, from_semester_id) if s in staff and staff[s].active]
        store.set_members(conn, to_semester_id, set(members) | set(store.members(conn, to_semester_id)))
        copied = 0
        for u in store.unavailable(conn, from_semester_id):
            if u.weekday is not None:
                if u.last_day is not None and u.last_day < target.start.isoformat():
                    continue
                first = u.first_day if u.first_day and u.first_day > target.start.isoformat() else None
            elif (u.last_day or u.first_day) < target.start.isoformat() or u.first_day > target.end.isoformat():
                continue
            else:
                first = u.first_day
            store.insert_unavailable(conn, to_semester_id, u.staff_id, u.reason, first, u.last_day, u.weekday,
                                     u.period)
            copied += 1
        store.touch_roster(conn, to_semester_id)
        note.detail = f"from={source.id}/{len(templates)}/{len(members)}/{copied}"
    return len(templates), len(members), copied
