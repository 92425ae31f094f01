"""Monthly review meetings (月度研判会, policy §6): their code lists and rules, as pure functions.

Every grade (K-12) or department (university) meets once a month on its students' mental state; a second meeting
in a month is an *extra* one (临时研判会) and carries a name. A meeting moves 准备中 → 进行中 → 已定稿, or is
abandoned (已放弃, with a reason) before it is finalized. While it is being prepared its agenda is built from the
watch list and may be refreshed (hand-added students and the order kept); once it has started, the agenda only
changes by hand. Finalizing applies every decision to the watch list at once and locks the minutes; corrections
afterwards are addenda.

The rules here: which open entries go on the agenda and why (:func:`agenda_reasons`), what a decision does to an
entry (:func:`outcome`, :func:`review_window`), and the month's summary counts (:func:`month_summary`).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from typing import Iterable

from counselor_app.domain.codes import Code
from counselor_app.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from counselor_app.domain.watch import Level, State as EntryState


class Kind(Code):
    REGULAR = "regular"            # 月度研判会: one per grade or department and month
    EXTRA = "extra"                # 临时研判会 and other named meetings in the same month


class MeetingState(Code):
    PREPARING = "preparing"        # 准备中: the agenda refreshes from the records
    IN_PROGRESS = "in_progress"    # 进行中: started, the agenda changes by hand only
    FINALIZED = "finalized"        # 已定稿: decisions applied, minutes locked
    ABANDONED = "abandoned"        # 已放弃: with a reason, before finalizing


class Decision(Code):
    MAINTAIN = "maintain"          # 维持
    RAISE = "raise"                # 升级
    LOWER = "lower"                # 降级
    CLOSE = "close"                # 撤销关注
    REFER = "refer"                # 建议转介就医
    LEAVE = "leave"                # 建议请假休学
    RETURN_FOLLOW = "return_follow"  # 复学后跟踪


class Reason(Code):
    """Why a student is on the agenda (an item may have several)."""
    DUE = "due"                    # the entry's review falls due by the meeting (or within a week of it)
    NEW = "new"                    # put on the watch list since the grade's last meeting
    LEVEL_CHANGED = "level_changed"  # its level changed since the last meeting
    RETURNED = "returned"          # back at school after leave or suspension since the last meeting
    OPEN_ACTION = "open_action"    # an action the last meeting decided is still open
    SCREENING = "screening"        # a screening candidate still waiting for its review (待复核)
    MANUAL = "manual"              # added by hand


class AttendeeRole(Code):
    GRADE_LEADER = "grade_leader"      # 年级组长 / 院系负责人
    HEAD_TEACHER = "head_teacher"      # 班主任 / 辅导员
    COUNSELOR = "counselor"            # 心理教师
    SCHOOL_LEADER = "school_leader"    # 分管领导
    DOCTOR = "doctor"                  # 校医
    EXPERT = "expert"                  # 外请专家
    OTHER = "other"                    # 其他


class Attendance(Code):
    INVITED = "invited"            # 应到
    PRESENT = "present"            # 出席
    ABSENT = "absent"              # 缺席 (with the reason)


LABELS: dict[type, dict] = {
    Kind: {Kind.REGULAR: QT_TRANSLATE_NOOP("MeetingKind", "monthly review meeting"),
           Kind.EXTRA: QT_TRANSLATE_NOOP("MeetingKind", "extra review meeting")},
    MeetingState: {MeetingState.PREPARING: QT_TRANSLATE_NOOP("MeetingState", "in preparation"),
                   MeetingState.IN_PROGRESS: QT_TRANSLATE_NOOP("MeetingState", "in progress"),
                   MeetingState.FINALIZED: QT_TRANSLATE_NOOP("MeetingState", "finalized"),
                   MeetingState.ABANDONED: QT_TRANSLATE_NOOP("MeetingState", "abandoned")},
    Decision: {Decision.MAINTAIN: QT_TRANSLATE_NOOP("MeetingDecision", "keep the level"),
               Decision.RAISE: QT_TRANSLATE_NOOP("MeetingDecision", "raise the level"),
               Decision.LOWER: QT_TRANSLATE_NOOP("MeetingDecision", "lower the level"),
               Decision.CLOSE: QT_TRANSLATE_NOOP("MeetingDecision", "end the watch"),
               Decision.REFER: QT_TRANSLATE_NOOP("MeetingDecision", "suggest a referral to a hospital"),
               Decision.LEAVE: QT_TRANSLATE_NOOP("MeetingDecision", "suggest leave or suspension"),
               Decision.RETURN_FOLLOW: QT_TRANSLATE_NOOP("MeetingDecision", "follow up after the return to school")},
    Reason: {Reason.DUE: QT_TRANSLATE_NOOP("MeetingReason", "due for review"),
             Reason.NEW: QT_TRANSLATE_NOOP("MeetingReason", "new since the last meeting"),
             Reason.LEVEL_CHANGED: QT_TRANSLATE_NOOP("MeetingReason", "level changed"),
             Reason.RETURNED: QT_TRANSLATE_NOOP("MeetingReason", "back from leave"),
             Reason.OPEN_ACTION: QT_TRANSLATE_NOOP("MeetingReason", "open action of the last meeting"),
             Reason.SCREENING: QT_TRANSLATE_NOOP("MeetingReason", "screening candidate to review"),
             Reason.MANUAL: QT_TRANSLATE_NOOP("MeetingReason", "added by hand")},
    AttendeeRole: {AttendeeRole.GRADE_LEADER: QT_TRANSLATE_NOOP("MeetingRole", "grade leader"),
                   AttendeeRole.HEAD_TEACHER: QT_TRANSLATE_NOOP("MeetingRole", "head teacher"),
                   AttendeeRole.COUNSELOR: QT_TRANSLATE_NOOP("MeetingRole", "counselor"),
                   AttendeeRole.SCHOOL_LEADER: QT_TRANSLATE_NOOP("MeetingRole", "school leader in charge"),
                   AttendeeRole.DOCTOR: QT_TRANSLATE_NOOP("MeetingRole", "school doctor"),
                   AttendeeRole.EXPERT: QT_TRANSLATE_NOOP("MeetingRole", "external expert"),
                   AttendeeRole.OTHER: QT_TRANSLATE_NOOP("MeetingRole", "other")},
    Attendance: {Attendance.INVITED: QT_TRANSLATE_NOOP("MeetingAttendance", "invited"),
                 Attendance.PRESENT: QT_TRANSLATE_NOOP("MeetingAttendance", "present"),
                 Attendance.ABSENT: QT_TRANSLATE_NOOP("MeetingAttendance", "absent")},
}

OPEN_STATES = (MeetingState.PREPARING, MeetingState.IN_PROGRESS)
LOCKED_STATES = (MeetingState.FINALIZED, MeetingState.ABANDONED)
DUE_AHEAD_DAYS = 7          # an entry whose review falls due within a week after the meeting is discussed now
FIRST_MEETING_DAYS = 31     # a grade's first meeting: "new" means opened within this many days before it
REASON_ORDER = tuple(Reason)

BAD_MONTH = QT_TRANSLATE_NOOP("Errors", "The month must be written as year and month, e.g. 2026-11.")
DAY_OUTSIDE_MONTH = QT_TRANSLATE_NOOP("Errors", "The meeting day {day} is not in the month {month}.")
BAD_DECISION = QT_TRANSLATE_NOOP("Errors", "Choose one of the decisions of the list.")
NEEDS_HIGHER = QT_TRANSLATE_NOOP("Errors", "Raising the level needs a level higher than the present one.")
NEEDS_LOWER = QT_TRANSLATE_NOOP("Errors", "Lowering the level needs a level lower than the present one.")
LEVEL_NOT_CHANGED_HERE = QT_TRANSLATE_NOOP("Errors", "Only a decision to raise or lower the level changes it.")
CLOSE_NEEDS_REASON = QT_TRANSLATE_NOOP("Errors", "Ending the watch needs the reason for closing the entry.")
CLOSE_LOWER_FIRST = QT_TRANSLATE_NOOP("Errors", "An entry at the level \"{level}\" cannot end its watch at once: "
                                                "lower its level first (at this meeting: decide to lower it).")
CANDIDATE_NEEDS_SEVERITY = QT_TRANSLATE_NOOP("Errors", "This entry still waits for its review: decide the class of "
                                                       "the case (mild or severe) with the decision.")
REVIEW_BEFORE_MEETING = QT_TRANSLATE_NOOP("Errors", "The next review date {day} is not after the meeting day.")
REVIEW_TOO_LATE = QT_TRANSLATE_NOOP("Errors", "At the level \"{level}\" the next review is due within {days} days of "
                                              "the meeting, by {latest}.")


# -- months -------------------------------------------------------------------------------------------------------

def parse_month(text: str) -> str:
    """'2026-11' (also '2026-1', '2026年11月') as 'YYYY-MM'; ValidationError otherwise."""
    m = re.fullmatch(r"\s*(\d{4})\s*(?:-|/|年)\s*(\d{1,2})\s*月?\s*", text or "")
    if not m or not 1 <= int(m.group(2)) <= 12:
        raise ValidationError(BAD_MONTH)
    return f"{int(m.group(1)):04d}-{int(m.group(2)):02d}"


def month_of(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def month_bounds(month: str) -> tuple[date, date]:
    """The first and the last day of the month 'YYYY-MM'."""
    year, mon = (int(x) for x in parse_month(month).split("-"))
    first = date(year, mon, 1)
    nxt = date(year + mon // 12, mon % 12 + 1, 1)
    return first, nxt - timedelta(days=1)


def check_day_in_month(day: date, month: str) -> None:
    first, last = month_bounds(month)
    if not first <= day <= last:
        raise ValidationError(DAY_OUTSIDE_MONTH, day=day.isoformat(), month=month)


def school_year_months(start: date, end: date) -> list[str]:
    """The months a school year spans, in order ('2026-09' … '2027-07')."""
    out, y, m = [], start.year, start.month
    while (y, m) <= (end.year, end.month):
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


# -- the office's days ----------------------------------------------------------------------------------------------
# Timestamps are stored in UTC (ISO, as audit.now_iso writes them); a user lives the office's local day (the
# computer's time zone: Asia/Shanghai in China). A day shown, counted or compared is the local one.

def moment(at: str) -> datetime:
    """A timestamp as the database keeps them (UTC, ISO; one without its offset is taken as UTC)."""
    found = datetime.fromisoformat(at)
    return found if found.tzinfo is not None else found.replace(tzinfo=timezone.utc)


def local_day(at: str) -> str:
    """The office's day (the computer's time zone) of a timestamp: the day the user lived it, not the UTC one."""
    return moment(at).astimezone().date().isoformat()


def utc_start_of_day_after(day: str) -> str:
    """The first moment after the local day ``day`` (YYYY-MM-DD), written like the stored UTC timestamps: a stored
    time is on a local day up to ``day`` exactly when it sorts before this (whole or fractional seconds alike)."""
    after = datetime.combine(date.fromisoformat(day) + timedelta(days=1), time(0))
    return after.astimezone(timezone.utc).isoformat()


# -- the agenda ---------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class AgendaFacts:
    """What the agenda rule needs to know of one student of the grade with an open entry (or an open action)."""
    student_id: int
    entry_id: int | None
    state: str                        # the entry's state ('' without an open entry)
    opened_on: date | None
    next_review: date | None
    last_level_change: date | None    # the day of the entry's latest level change
    returned_on: date | None          # the latest return to school after leave or suspension
    screening_pending: bool           # a screening candidate linked to the entry, the entry still 待复核
    open_action: bool                 # an action of the grade's last finalized meeting is still open


def agenda_reasons(f: AgendaFacts, since: date | None, day: date) -> tuple[Reason, ...]:
    """Why the student goes on the agenda of a meeting held on ``day``; ``since`` is the day of the grade's last
    finalized meeting (None for its first). () when the student need not be discussed."""
    after = since if since is not None else day - timedelta(days=FIRST_MEETING_DAYS)
    found = []
    open_entry = (f.entry_id is not None and f.state and f.state != EntryState.CLOSED
                  and (f.opened_on is None or f.opened_on <= day))   # an entry opened after the meeting: the next one
    if open_entry and f.next_review is not None and f.next_review <= day + timedelta(days=DUE_AHEAD_DAYS):
        found.append(Reason.DUE)
    if open_entry and f.opened_on is not None and after < f.opened_on <= day:
        found.append(Reason.NEW)
    if open_entry and f.last_level_change is not None and after < f.last_level_change <= day:
        found.append(Reason.LEVEL_CHANGED)
    if f.returned_on is not None and after < f.returned_on <= day:
        found.append(Reason.RETURNED)
    if f.open_action:
        found.append(Reason.OPEN_ACTION)
    if open_entry and f.screening_pending and f.state == EntryState.CANDIDATE:
        found.append(Reason.SCREENING)
    return tuple(found)


def reasons_text(reasons: Iterable[str]) -> str:
    """The stored form: codes in the order of :class:`Reason`, ',' between them."""
    got = set(reasons)
    return ",".join(r.value for r in REASON_ORDER if r.value in got)


def reasons_of(stored: str) -> tuple[str, ...]:
    return tuple(r for r in (stored or "").split(",") if r)


# -- decisions ----------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Outcome:
    """What a decision does to the entry: its level and state afterwards, and whether it starts the closing."""
    level: str
    state: str
    severity: str
    close: bool


ACTIVE = frozenset({Decision.RAISE, Decision.REFER, Decision.LEAVE})


def outcome(code: str, *, level: str, state: str, severity: str, new_level: str, new_severity: str,
            levels: dict[str, Level]) -> Outcome:
    """The entry after ``code`` — level ``level``, state ``state`` and class ``severity`` before it — or a
    ValidationError saying why the decision does not fit the entry.

    - 升级/降级 need a level above/below the present one; no other decision changes the level.
    - 撤销关注 starts the watch list's closing (a reason is needed; the highest level must be lowered first).
    - 升级, 建议转介就医, 建议请假休学 put the entry back to 跟进中; 复学后跟踪 to 观察中 (FORMS: back in school, observed);
      维持 and 降级 keep the state.
    - An entry still 待复核 keeps that state when the meeting only maintains it; any other decision confirms it,
      which needs the class of the case (轻症/重症), as the watch list's own move does.
    """
    if code not in {d.value for d in Decision}:
        raise ValidationError(BAD_DECISION)
    d = Decision(code)
    current = levels[level]
    if d == Decision.RAISE:
        if new_level not in levels or levels[new_level].rank <= current.rank:
            raise ValidationError(NEEDS_HIGHER)
    elif d == Decision.LOWER:
        if new_level not in levels or levels[new_level].rank >= current.rank:
            raise ValidationError(NEEDS_LOWER)
    elif new_level and new_level != level:
        raise ValidationError(LEVEL_NOT_CHANGED_HERE)
    after_level = new_level if d in (Decision.RAISE, Decision.LOWER) else level
    after_severity = new_severity or severity
    if d == Decision.CLOSE:
        if not current.may_close:
            raise ValidationError(CLOSE_LOWER_FIRST, level=current.text)
        return Outcome(level, state, after_severity, True)
    if state == EntryState.CANDIDATE:
        if d == Decision.MAINTAIN and not new_severity:
            return Outcome(after_level, state, severity, False)
        if not after_severity:
            raise ValidationError(CANDIDATE_NEEDS_SEVERITY)
    if d == Decision.RETURN_FOLLOW:
        after_state = EntryState.OBSERVING.value
    elif d in ACTIVE or state == EntryState.CANDIDATE:
        after_state = EntryState.FOLLOWING.value
    else:
        after_state = state
    return Outcome(after_level, after_state, after_severity, False)


def review_after(*, chosen: date | None, level_changed: bool, raised: bool, current: date, last_touch: date,
                 level: Level) -> date:
    """The entry's next review after a decision. A date the meeting chose wins. Otherwise a meeting is not a
    follow-up of the student (the watch list's review is a contact with them): the date stays, unless the level
    changed, which moves it as the watch list's own level change does — the last follow-up plus the new level's
    days, and never later than it was when the level was raised."""
    if chosen is not None:
        return chosen
    if not level_changed:
        return current
    due = last_touch + timedelta(days=level.review_days)
    return min(due, current) if raised else due


def review_window(day: date, level: Level) -> tuple[date, date]:
    """The next review a decision may set: after the meeting day, at the latest the level's days after it."""
    return day + timedelta(days=1), day + timedelta(days=level.review_days)


def next_review(day: date, level: Level, chosen: date | None) -> date | None:
    """The chosen next review date, checked against :func:`review_window` (None stays None: see
    :func:`review_after`)."""
    first, latest = review_window(day, level)
    if chosen is None:
        return None
    if chosen < first:
        raise ValidationError(REVIEW_BEFORE_MEETING, day=chosen.isoformat())
    if chosen > latest:
        raise ValidationError(REVIEW_TOO_LATE, level=level.text, days=level.review_days, latest=latest.isoformat())
    return chosen


# -- the month's summary ------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class EntryMonth:
    """One entry of the grade as the month's summary sees it (as of the end of the meeting day)."""
    source: str
    level: str                 # the level at the end of the day ('' when it was not open then)
    open: bool                 # open at the end of the day
    opened_in_month: bool
    raised_in_month: bool
    lowered_in_month: bool
    closed_in_month: bool
    screening_in_month: bool   # a screening alert (candidate) of this month


@dataclass(frozen=True)
class MonthSummary:
    by_level: dict[str, int] = field(default_factory=dict)     # open entries per level code
    open: int = 0
    new: int = 0
    raised: int = 0
    lowered: int = 0
    closed: int = 0
    by_source: dict[str, int] = field(default_factory=dict)    # open entries per source channel
    screening_alerts: int = 0


def month_summary(rows: Iterable[EntryMonth]) -> MonthSummary:
    rows = list(rows)
    open_rows = [r for r in rows if r.open]
    return MonthSummary(dict(Counter(r.level for r in open_rows)), len(open_rows),
                        sum(r.opened_in_month for r in rows), sum(r.raised_in_month for r in rows),
                        sum(r.lowered_in_month for r in rows), sum(r.closed_in_month for r in rows),
                        dict(Counter(r.source for r in open_rows)), sum(r.screening_in_month for r in rows))


def entry_month(source: str, opened_on: str, level_now: str, events: Iterable[tuple[str, str, str, str]],
                start: str, day: str, ranks: dict[str, int], *, closed_on: str | None = None,
                screening_on: str | None = None) -> EntryMonth:
    """One entry as the summary of the month starting ``start`` sees it at the end of ``day`` (ISO days).

    ``events``: the entry's history, in order, as (local day, kind, old, new) of its 'opened', 'level', 'closed' and
    'reopened' rows — without the rows the meeting itself wrote when it was finalized (its decisions are the
    minutes' own section) and without anything written after it was finalized (locked minutes print the same
    every time). The level is the one it was opened at, then each change up to the day; a change raises or lowers
    when it moves the level's rank within the month. Open or closed comes from the closings and reopenings up to
    the day (an entry closed in the month and reopened since was closed then); only an entry without any history
    falls back on its present ``closed_on``."""
    level, raised, lowered, closed, is_open = level_now, False, False, False, None
    for on, kind, old, new in events:
        if kind == "opened":            # the level it was opened at, whenever the row was written
            level, is_open = new or level, True
            continue
        if on > day:
            break
        if kind in ("level", "reopened"):
            level = new or level
            if kind == "level" and on >= start and old in ranks and new in ranks:
                raised |= ranks[new] > ranks[old]
                lowered |= ranks[new] < ranks[old]
        if kind == "reopened":
            is_open = True
        elif kind == "closed":
            is_open = False
            closed |= on >= start
    if is_open is None:
        is_open = closed_on is None or closed_on > day
        closed = closed_on is not None and start <= closed_on <= day
    return EntryMonth(source, level, is_open, start <= opened_on <= day, raised, lowered, closed,
                      bool(screening_on) and start <= screening_on <= day)
