"""Duty rosters (值班表): posts, shift templates, who may take a shift, unavailability, the kinds of duty.

The counseling room is open every school day, with someone on duty (policy §7); hotline and evening duty at
boarding schools and universities. The office keeps:

- **posts** (岗位): 辅导室, 热线, 线上, 晚间值班 … — its own list;
- **shift templates** (班次): per post, per weekday (0 = Monday … 6 = Sunday) and period (午休, 课后, 晚自习 …),
  with start and end time, how many people, which kind of duty it is and who may take it (people holding some staff
  roles — full-time or part-time counselors —, and named staff);
- **unavailability** (不可值班): per person, on dates (a range) or recurring on a weekday, the whole day or one
  period, with a reason category. A recurring weekday means the *timetable* weekday: on a make-up workday that
  follows Tuesday's timetable, someone who teaches on Tuesday afternoons is busy.

Kinds of duty are counted separately (regular, evening, weekend) so that nobody carries all the evenings.
The generator is in :mod:`counselor_app.domain.duty_plan`. No Qt, no I/O.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time
from typing import Iterable

from counselor_app.domain.codes import Code
from counselor_app.domain.errors import QT_TRANSLATE_NOOP, Text, ValidationError


_Code = Code   # domain/codes.py: labels from this module's LABELS


class DutyKind(_Code):
    """Counted separately per person: the fairness table has one column per kind."""
    REGULAR = "regular"      # 日常值班 (breaks, after class)
    EVENING = "evening"      # 晚间值班
    WEEKEND = "weekend"      # 周末值班 (boarding schools)


class Reason(_Code):
    """Why a person cannot take duty."""
    TEACHING = "teaching"    # 上课
    MEETING = "meeting"      # 会议/教研
    TRAINING = "training"    # 培训/进修
    TRIP = "trip"            # 外出/出差
    LEAVE = "leave"          # 请假
    SICK = "sick"            # 病假
    OTHER = "other"          # 其他


class ChangeKind(_Code):
    SWAP = "swap"            # 换班: two people exchange duties (the colleague accepts, the head approves)
    COVER = "cover"          # 代班: a named replacement takes a duty (the head approves)


class ChangeState(_Code):
    REQUESTED = "requested"  # 待同事确认 (swap) / 待审批 (cover)
    ACCEPTED = "accepted"    # 同事已同意，待审批
    APPROVED = "approved"    # 已批准: the roster changed
    DECLINED = "declined"    # 同事拒绝
    REJECTED = "rejected"    # 未批准
    WITHDRAWN = "withdrawn"  # 已撤回

    @property
    def open(self) -> bool:
        return self in (ChangeState.REQUESTED, ChangeState.ACCEPTED)


LABELS: dict[type, dict] = {
    ChangeKind: {ChangeKind.SWAP: QT_TRANSLATE_NOOP("DutyChange", "swap"),
                 ChangeKind.COVER: QT_TRANSLATE_NOOP("DutyChange", "cover")},
    ChangeState: {ChangeState.REQUESTED: QT_TRANSLATE_NOOP("DutyChange", "requested"),
                  ChangeState.ACCEPTED: QT_TRANSLATE_NOOP("DutyChange", "accepted, waiting for approval"),
                  ChangeState.APPROVED: QT_TRANSLATE_NOOP("DutyChange", "approved"),
                  ChangeState.DECLINED: QT_TRANSLATE_NOOP("DutyChange", "declined by the colleague"),
                  ChangeState.REJECTED: QT_TRANSLATE_NOOP("DutyChange", "not approved"),
                  ChangeState.WITHDRAWN: QT_TRANSLATE_NOOP("DutyChange", "withdrawn")},
    DutyKind: {DutyKind.REGULAR: QT_TRANSLATE_NOOP("DutyKind", "regular"),
               DutyKind.EVENING: QT_TRANSLATE_NOOP("DutyKind", "evening"),
               DutyKind.WEEKEND: QT_TRANSLATE_NOOP("DutyKind", "weekend")},
    Reason: {Reason.TEACHING: QT_TRANSLATE_NOOP("DutyReason", "teaching"),
             Reason.MEETING: QT_TRANSLATE_NOOP("DutyReason", "meeting"),
             Reason.TRAINING: QT_TRANSLATE_NOOP("DutyReason", "training"),
             Reason.TRIP: QT_TRANSLATE_NOOP("DutyReason", "off-site or business trip"),
             Reason.LEAVE: QT_TRANSLATE_NOOP("DutyReason", "leave"),
             Reason.SICK: QT_TRANSLATE_NOOP("DutyReason", "sick leave"),
             Reason.OTHER: QT_TRANSLATE_NOOP("DutyReason", "other")},
}

WEEKDAYS: tuple[Text, ...] = (
    QT_TRANSLATE_NOOP("Weekday", "Monday"), QT_TRANSLATE_NOOP("Weekday", "Tuesday"),
    QT_TRANSLATE_NOOP("Weekday", "Wednesday"), QT_TRANSLATE_NOOP("Weekday", "Thursday"),
    QT_TRANSLATE_NOOP("Weekday", "Friday"), QT_TRANSLATE_NOOP("Weekday", "Saturday"),
    QT_TRANSLATE_NOOP("Weekday", "Sunday"),
)

# Suggestions a new office starts from (it renames, adds and removes its own).
DEFAULT_POSTS: tuple[Text, ...] = (
    QT_TRANSLATE_NOOP("DutyPost", "Counseling room"),     # 辅导室
    QT_TRANSLATE_NOOP("DutyPost", "Hotline"),             # 热线
    QT_TRANSLATE_NOOP("DutyPost", "Online"),              # 线上
    QT_TRANSLATE_NOOP("DutyPost", "Evening duty"),        # 晚间值班
)
DEFAULT_PERIODS: tuple[tuple[Text, time, time], ...] = (
    (QT_TRANSLATE_NOOP("DutyPeriod", "Lunch break"), time(12, 10), time(13, 30)),         # 午休
    (QT_TRANSLATE_NOOP("DutyPeriod", "After class"), time(16, 40), time(17, 40)),         # 课后
    (QT_TRANSLATE_NOOP("DutyPeriod", "Evening study"), time(19, 0), time(21, 0)),         # 晚自习
)

NAME_MAX = 40
HEADS_MAX = 20

BAD_WEEKDAY = QT_TRANSLATE_NOOP("Errors", "A weekday is a number from 0 (Monday) to 6 (Sunday).")
NO_PERIOD = QT_TRANSLATE_NOOP("Errors", "Give the shift a period, e.g. lunch break.")
NAME_TOO_LONG = QT_TRANSLATE_NOOP("Errors", "A name has at most {max} characters.")
SHIFT_TIMES = QT_TRANSLATE_NOOP("Errors", "A shift must end after it starts, on the same day ({start}–{end}).")
BAD_HEADS = QT_TRANSLATE_NOOP("Errors", "A shift needs from 1 to {max} people.")
UNAVAILABLE_WHEN = QT_TRANSLATE_NOOP(
    "Errors", "Say when the person cannot take duty: a date (or from–to) or a weekday.")
UNAVAILABLE_ORDER = QT_TRANSLATE_NOOP("Errors", "The last day ({last}) comes before the first ({first}).")


def weekday_label(weekday: int) -> Text:
    return WEEKDAYS[weekday]


def time_text(value: time) -> str:
    return value.strftime("%H:%M")


def times_text(start: time, end: time) -> str:
    """12:10–13:30, as the roster on the door shows it."""
    return f"{time_text(start)}–{time_text(end)}"


def default_kind(weekday: int, start: time) -> DutyKind:
    """The kind a new template gets unless the office says otherwise: Saturday and Sunday are weekend duty, a
    shift starting at 18:00 or later evening duty."""
    if weekday >= 5:
        return DutyKind.WEEKEND
    return DutyKind.EVENING if start >= time(18, 0) else DutyKind.REGULAR


# -- who may take a shift ------------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Person:
    """Someone on the duty list: a staff member with the staff roles they hold (staff_roles codes)."""
    id: int
    roles: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Eligibility:
    """Who may take a shift: people holding one of ``roles`` or named in ``people``; nobody restricted when both
    are empty (everyone on the duty list may take it)."""
    roles: frozenset[str] = frozenset()
    people: frozenset[int] = frozenset()

    @property
    def anyone(self) -> bool:
        return not self.roles and not self.people

    def allows(self, person: Person) -> bool:
        return self.anyone or person.id in self.people or not self.roles.isdisjoint(person.roles)


ANYONE = Eligibility()


@dataclass(frozen=True, slots=True)
class Post:
    id: int
    name: str
    active: bool = True


@dataclass(frozen=True, slots=True)
class ShiftTemplate:
    """One shift of a post on one weekday of the timetable (0 = Monday)."""
    id: int
    post_id: int
    weekday: int
    period: str
    start: time
    end: time
    heads: int = 1
    kind: DutyKind = DutyKind.REGULAR
    eligibility: Eligibility = ANYONE

    @property
    def times(self) -> str:
        return times_text(self.start, self.end)

    def overlaps(self, other: "ShiftTemplate") -> bool:
        return self.start < other.end and other.start < self.end


def check_template(t: ShiftTemplate) -> ShiftTemplate:
    """``t`` if it can be planned; ValidationError (the user's words) otherwise."""
    if not 0 <= t.weekday <= 6:
        raise ValidationError(BAD_WEEKDAY)
    if not t.period.strip():
        raise ValidationError(NO_PERIOD)
    if len(t.period) > NAME_MAX:
        raise ValidationError(NAME_TOO_LONG, max=NAME_MAX)
    if not t.start < t.end:
        raise ValidationError(SHIFT_TIMES, start=time_text(t.start), end=time_text(t.end))
    if not 1 <= t.heads <= HEADS_MAX:
        raise ValidationError(BAD_HEADS, max=HEADS_MAX)
    return t


# -- unavailability ------------------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Unavailability:
    """A person cannot take duty: on dates ``first``..``last`` (``last`` None: the one day ``first``), or every
    ``weekday`` of the timetable (within ``first``..``last`` when given); the whole day, or only shifts of
    ``period`` when it is not empty."""
    person_id: int
    reason: Reason = Reason.OTHER
    first: date | None = None
    last: date | None = None
    weekday: int | None = None
    period: str = ""

    @property
    def recurring(self) -> bool:
        return self.weekday is not None

    def covers(self, day: date, timetable: int, period: str) -> bool:
        """Whether it keeps the person from a shift of ``period`` on ``day`` that follows weekday ``timetable``."""
        if self.period and self.period != period:
            return False
        if self.weekday is None:
            return self.first is not None and self.first <= day <= (self.last or self.first)
        if self.weekday != timetable:
            return False
        return (self.first is None or day >= self.first) and (self.last is None or day <= self.last)


def check_unavailability(u: Unavailability) -> Unavailability:
    if u.weekday is None and u.first is None:
        raise ValidationError(UNAVAILABLE_WHEN)
    if u.weekday is not None and not 0 <= u.weekday <= 6:
        raise ValidationError(BAD_WEEKDAY)
    if u.first is not None and u.last is not None and u.last < u.first:
        raise ValidationError(UNAVAILABLE_ORDER, first=u.first.isoformat(), last=u.last.isoformat())
    if len(u.period) > NAME_MAX:
        raise ValidationError(NAME_TOO_LONG, max=NAME_MAX)
    return u


@dataclass(slots=True)
class Availability:
    """One person's unavailability, indexed for the generator: a dict look-up per date, the recurring rules by
    timetable weekday."""
    whole_days: set[date] = field(default_factory=set)
    day_periods: dict[date, set[str]] = field(default_factory=dict)
    recurring: dict[int, list[Unavailability]] = field(default_factory=dict)

    @classmethod
    def of(cls, items: Iterable[Unavailability], start: date, end: date) -> "Availability":
        """The index of ``items`` (one person's) over ``start``..``end``."""
        index = cls()
        for u in items:
            if u.weekday is not None:
                index.recurring.setdefault(u.weekday, []).append(u)
                continue
            if u.first is None:
                continue
            first, last = max(u.first, start), min(u.last or u.first, end)
            for n in range((last - first).days + 1):
                day = date.fromordinal(first.toordinal() + n)
                if u.period:
                    index.day_periods.setdefault(day, set()).add(u.period)
                else:
                    index.whole_days.add(day)
        return index

    def free(self, day: date, timetable: int, period: str) -> bool:
        if day in self.whole_days:
            return False
        periods = self.day_periods.get(day)
        if periods and period in periods:
            return False
        rules = self.recurring.get(timetable)
        return not rules or not any(u.covers(day, timetable, period) for u in rules)
