"""The watch list (重点关注学生清单, policy §8): its code lists and its rules, as pure functions.

One entry is one period of a student on the watch list. Its state moves 待复核 → 跟进中 ⇄ 观察中 → 已关闭; closing
needs a reason, an explanation and the office head's approval, and the highest level (高危 by default) must be
lowered before the entry can close. The levels are the office's own list (store: ``watch_level``), each with the
days between reviews; the defaults are below.

The closed loop: an open entry is *overdue* when its next review date has passed without a follow-up, when a
measure of its current plan passed its due date unfinished, when it has no responsible counselor or no plan seven
days after it opened, when a responsible person left the school or no longer leads the student's class, or when
the student left the school (graduated, transferred) while the entry is still open.
:func:`overdue_reasons` says which, for one entry, from plain facts; the services feed it rows.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Iterable

from counselor_app.domain.codes import Code
from counselor_app.domain.errors import QT_TRANSLATE_NOOP, Text


_Code = Code   # domain/codes.py: labels from this module's LABELS


class Source(_Code):
    """How the student came to the watch list (§8's four channels, and the student's own request for help)."""
    STAFF = "staff"              # 教职员工/学生干部排查
    SCREENING = "screening"      # 心理测评筛查
    FAMILY = "family"            # 家校沟通
    MEDICAL = "medical"          # 医教对接
    SELF = "self"                # 学生自主求助


class Severity(_Code):
    """The §8 class of the case; '' (not yet judged) is allowed while the entry waits for its review."""
    MILD = "mild"                # 轻症
    SEVERE = "severe"            # 重症


class State(_Code):
    CANDIDATE = "candidate"      # 待复核
    FOLLOWING = "following"      # 跟进中
    OBSERVING = "observing"      # 观察中
    CLOSED = "closed"            # 已关闭


class CloseReason(_Code):
    IMPROVED = "improved"            # 情况好转，风险解除
    NOT_CONFIRMED = "not_confirmed"  # 复核后未纳入
    LEFT_SCHOOL = "left_school"      # 毕业或离校
    TRANSFERRED = "transferred"      # 转学
    MISTAKE = "mistake"              # 误录
    OTHER = "other"                  # 其他


class Duty(_Code):
    """What a responsible person (包保人) is on the entry."""
    COUNSELOR = "counselor"          # 心理教师
    HEAD_TEACHER = "head_teacher"    # 班主任 / 辅导员
    LEADER = "leader"                # 校领导 / 年级负责人 (severe cases)


class MeasureType(_Code):
    INDIVIDUAL = "individual"        # 个体辅导
    GROUP = "group"                  # 团体辅导
    FAMILY = "family"                # 家校沟通
    TEACHER_WATCH = "teacher_watch"  # 班主任观察
    PEER = "peer"                    # 同伴支持
    MEDICAL = "medical"              # 就医/转介
    MEDICATION = "medication"        # 药物治疗（家庭告知）
    ACADEMIC = "academic"            # 学业调整
    LEAVE = "leave"                  # 请假/休学
    OFF_DORM = "off_dorm"            # 退宿


class MeasureState(_Code):
    PLANNED = "planned"              # 未开始
    ONGOING = "ongoing"              # 进行中
    DONE = "done"                    # 已完成
    STOPPED = "stopped"              # 已停止


class Method(_Code):
    """How a follow-up was made."""
    TALK = "talk"                    # 谈话
    PARENT_PHONE = "parent_phone"    # 家长电话
    HOME_VISIT = "home_visit"        # 家访
    COUNSELING = "counseling"        # 心理辅导
    MEDICAL = "medical"              # 就医
    OBSERVATION = "observation"      # 观察


class ContactWay(_Code):
    """How a parent was contacted."""
    PHONE = "phone"                  # 电话
    MEETING = "meeting"              # 面谈
    HOME_VISIT = "home_visit"        # 家访
    MESSAGE = "message"              # 微信/短信
    OTHER = "other"                  # 其他


class ContactResult(_Code):
    REACHED = "reached"              # 已沟通
    UNREACHED = "unreached"          # 未联系上
    DECLINED = "declined"            # 家长不配合


LABELS: dict[type, dict] = {
    Source: {Source.STAFF: QT_TRANSLATE_NOOP("WatchSource", "staff or student cadre check"),
             Source.SCREENING: QT_TRANSLATE_NOOP("WatchSource", "psychological screening"),
             Source.FAMILY: QT_TRANSLATE_NOOP("WatchSource", "home-school communication"),
             Source.MEDICAL: QT_TRANSLATE_NOOP("WatchSource", "medical-school liaison"),
             Source.SELF: QT_TRANSLATE_NOOP("WatchSource", "student asked for help")},
    Severity: {Severity.MILD: QT_TRANSLATE_NOOP("WatchSeverity", "mild"),
               Severity.SEVERE: QT_TRANSLATE_NOOP("WatchSeverity", "severe")},
    State: {State.CANDIDATE: QT_TRANSLATE_NOOP("WatchState", "to review"),
            State.FOLLOWING: QT_TRANSLATE_NOOP("WatchState", "following up"),
            State.OBSERVING: QT_TRANSLATE_NOOP("WatchState", "observing"),
            State.CLOSED: QT_TRANSLATE_NOOP("WatchState", "closed")},
    CloseReason: {CloseReason.IMPROVED: QT_TRANSLATE_NOOP("WatchCloseReason", "improved, risk resolved"),
                  CloseReason.NOT_CONFIRMED: QT_TRANSLATE_NOOP("WatchCloseReason", "not confirmed on review"),
                  CloseReason.LEFT_SCHOOL: QT_TRANSLATE_NOOP("WatchCloseReason", "graduated or left the school"),
                  CloseReason.TRANSFERRED: QT_TRANSLATE_NOOP("WatchCloseReason", "transferred to another school"),
                  CloseReason.MISTAKE: QT_TRANSLATE_NOOP("WatchCloseReason", "entered by mistake"),
                  CloseReason.OTHER: QT_TRANSLATE_NOOP("WatchCloseReason", "other")},
    Duty: {Duty.COUNSELOR: QT_TRANSLATE_NOOP("WatchDuty", "counselor"),
           Duty.HEAD_TEACHER: QT_TRANSLATE_NOOP("WatchDuty", "head teacher or instructor"),
           Duty.LEADER: QT_TRANSLATE_NOOP("WatchDuty", "school leader")},
    MeasureType: {MeasureType.INDIVIDUAL: QT_TRANSLATE_NOOP("MeasureType", "individual counseling"),
                  MeasureType.GROUP: QT_TRANSLATE_NOOP("MeasureType", "group counseling"),
                  MeasureType.FAMILY: QT_TRANSLATE_NOOP("MeasureType", "home-school communication"),
                  MeasureType.TEACHER_WATCH: QT_TRANSLATE_NOOP("MeasureType", "head teacher's observation"),
                  MeasureType.PEER: QT_TRANSLATE_NOOP("MeasureType", "peer support"),
                  MeasureType.MEDICAL: QT_TRANSLATE_NOOP("MeasureType", "medical care or referral"),
                  MeasureType.MEDICATION: QT_TRANSLATE_NOOP("MeasureType", "medication (reported by the family)"),
                  MeasureType.ACADEMIC: QT_TRANSLATE_NOOP("MeasureType", "academic adjustment"),
                  MeasureType.LEAVE: QT_TRANSLATE_NOOP("MeasureType", "leave or suspension"),
                  MeasureType.OFF_DORM: QT_TRANSLATE_NOOP("MeasureType", "moving out of the dormitory")},
    MeasureState: {MeasureState.PLANNED: QT_TRANSLATE_NOOP("MeasureState", "not started"),
                   MeasureState.ONGOING: QT_TRANSLATE_NOOP("MeasureState", "ongoing"),
                   MeasureState.DONE: QT_TRANSLATE_NOOP("MeasureState", "done"),
                   MeasureState.STOPPED: QT_TRANSLATE_NOOP("MeasureState", "stopped")},
    Method: {Method.TALK: QT_TRANSLATE_NOOP("FollowUpMethod", "talk"),
             Method.PARENT_PHONE: QT_TRANSLATE_NOOP("FollowUpMethod", "phone call with a parent"),
             Method.HOME_VISIT: QT_TRANSLATE_NOOP("FollowUpMethod", "home visit"),
             Method.COUNSELING: QT_TRANSLATE_NOOP("FollowUpMethod", "counseling session"),
             Method.MEDICAL: QT_TRANSLATE_NOOP("FollowUpMethod", "medical visit"),
             Method.OBSERVATION: QT_TRANSLATE_NOOP("FollowUpMethod", "observation")},
    ContactWay: {ContactWay.PHONE: QT_TRANSLATE_NOOP("ContactWay", "phone"),
                 ContactWay.MEETING: QT_TRANSLATE_NOOP("ContactWay", "in person"),
                 ContactWay.HOME_VISIT: QT_TRANSLATE_NOOP("ContactWay", "home visit"),
                 ContactWay.MESSAGE: QT_TRANSLATE_NOOP("ContactWay", "message (WeChat, SMS)"),
                 ContactWay.OTHER: QT_TRANSLATE_NOOP("ContactWay", "other")},
    ContactResult: {ContactResult.REACHED: QT_TRANSLATE_NOOP("ContactResult", "talked"),
                    ContactResult.UNREACHED: QT_TRANSLATE_NOOP("ContactResult", "not reached"),
                    ContactResult.DECLINED: QT_TRANSLATE_NOOP("ContactResult", "parent declined to cooperate")},
}

OPEN_STATES = (State.CANDIDATE, State.FOLLOWING, State.OBSERVING)
UNFINISHED_MEASURES = (MeasureState.PLANNED, MeasureState.ONGOING)
SETTLE_DAYS = 7       # an entry needs a responsible counselor and a plan this many days after it opened

# The state moves a user makes directly (closing goes through a request the head approves; reopening is its own).
MOVES: dict[State, tuple[State, ...]] = {
    State.CANDIDATE: (State.FOLLOWING,),
    State.FOLLOWING: (State.OBSERVING,),
    State.OBSERVING: (State.FOLLOWING,),
    State.CLOSED: (),
}


# -- levels -----------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Level:
    """One risk level of the office's list. ``label`` is the office's own name ('' for a default level: its
    translated default name is used); ``rank`` orders them (higher is more serious)."""
    code: str
    label: str
    colour: str          # '#rrggbb'
    rank: int
    review_days: int
    may_close: bool      # False: lower the level before closing (高危)

    def name(self, tr) -> str:
        """The level's name in the caller's language (``tr`` translates a Text)."""
        return self.label or tr(self.text)

    @property
    def text(self) -> Text:
        """The office's own name, or the default level's translatable name."""
        return Text(self.label, "WatchLevel") if self.label else DEFAULT_LABELS.get(self.code, Text(self.code))


DEFAULT_LABELS: dict[str, Text] = {
    "yellow": QT_TRANSLATE_NOOP("WatchLevel", "general concern"),
    "orange": QT_TRANSLATE_NOOP("WatchLevel", "close concern"),
    "red": QT_TRANSLATE_NOOP("WatchLevel", "high risk"),
}
DEFAULT_LEVELS = (
    Level("yellow", "", "#e0b000", 1, 30, True),
    Level("orange", "", "#e07000", 2, 14, True),
    Level("red", "", "#d02020", 3, 7, False),
)
MIN_REVIEW_DAYS, MAX_REVIEW_DAYS = 1, 120


def review_due(last_touch: date, level: Level) -> date:
    """The next review date: the last follow-up (or the opening) plus the level's days."""
    return last_touch + timedelta(days=level.review_days)


def is_raise(levels: dict[str, Level], old: str, new: str) -> bool:
    return levels[new].rank > levels[old].rank


# -- the closed loop --------------------------------------------------------------------------------------------

class Overdue(_Code):
    REVIEW = "review"                  # the next review date passed without a follow-up
    MEASURE = "measure"                # a plan measure passed its due date unfinished
    NO_COUNSELOR = "no_counselor"      # no responsible counselor 7 days after opening
    NO_PLAN = "no_plan"                # no plan 7 days after opening (entries being followed or observed)
    RESPONSIBLE_LOST = "responsible_lost"  # a responsible person left, or no longer leads the student's class
    STUDENT_LEFT = "student_left"      # the student graduated or transferred: close the entry (or hand it over)


LABELS[Overdue] = {
    Overdue.REVIEW: QT_TRANSLATE_NOOP("WatchOverdue", "review date passed"),
    Overdue.MEASURE: QT_TRANSLATE_NOOP("WatchOverdue", "plan measure past its due date"),
    Overdue.NO_COUNSELOR: QT_TRANSLATE_NOOP("WatchOverdue", "no responsible counselor"),
    Overdue.NO_PLAN: QT_TRANSLATE_NOOP("WatchOverdue", "no plan yet"),
    Overdue.RESPONSIBLE_LOST: QT_TRANSLATE_NOOP("WatchOverdue", "responsible person to replace"),
    Overdue.STUDENT_LEFT: QT_TRANSLATE_NOOP("WatchOverdue", "student left the school"),
}


@dataclass(frozen=True)
class LoopFacts:
    """What the overdue rule needs to know of one open entry."""
    state: str
    opened: date
    next_review: date
    has_counselor: bool
    has_plan: bool
    earliest_open_measure_due: date | None    # the earliest due date of the current plan's unfinished measures
    responsible_lost: bool
    student_left: bool = False                # graduated or transferred while the entry is open


def overdue_reasons(f: LoopFacts, today: date) -> tuple[Overdue, ...]:
    """Why an open entry is overdue today, in the order above; () when it is not (or is closed)."""
    if f.state == State.CLOSED:
        return ()
    found = []
    if f.next_review < today:
        found.append(Overdue.REVIEW)
    if f.earliest_open_measure_due is not None and f.earliest_open_measure_due < today:
        found.append(Overdue.MEASURE)
    settled = today > f.opened + timedelta(days=SETTLE_DAYS)
    if settled and not f.has_counselor:
        found.append(Overdue.NO_COUNSELOR)
    if settled and not f.has_plan and f.state != State.CANDIDATE:
        found.append(Overdue.NO_PLAN)
    if f.responsible_lost:
        found.append(Overdue.RESPONSIBLE_LOST)
    if f.student_left:
        found.append(Overdue.STUDENT_LEFT)
    return tuple(found)


# The kinds of rows of an entry's history (watch_history.kind).
HISTORY_KINDS = ("opened", "level", "severity", "state", "responsible", "close_requested", "close_withdrawn",
                 "close_rejected", "closed", "reopened")


def codes(enum: type[_Code]) -> tuple[str, ...]:
    return tuple(m.value for m in enum)
