"""The duty log (值班记录, FORMS.md "Duty log"): the code lists of a contact during a shift, and the rules of a log.

Per shift: arrival and leaving, each contact (time, who, booked or walk-in, topic, handling, minutes, crisis yes/no,
reported to whom), handover notes, the safety check (doors and windows, power, record cabinet locked), the key
handed to, the signature. A signed log is kept as it is. A contact marked as a crisis becomes a crisis incident
once incidents exist (the crisis issue); until then the log and its list of crises are the record. No Qt, no I/O.
"""
from __future__ import annotations

from datetime import date, datetime, time

from counselor_app.domain.codes import Code
from counselor_app.domain.errors import QT_TRANSLATE_NOOP


_Code = Code   # domain/codes.py: labels from this module's LABELS


class Party(_Code):
    STUDENT = "student"          # 学生
    PARENT = "parent"            # 家长
    TEACHER = "teacher"          # 教师
    ANONYMOUS = "anonymous"      # 匿名
    OTHER = "other"              # 其他


class Topic(_Code):
    STUDY = "study"                  # 学习
    RELATIONSHIPS = "relationships"  # 人际关系
    EMOTIONS = "emotions"            # 情绪
    FAMILY = "family"                # 家庭
    ROMANCE = "romance"              # 恋爱情感
    ADJUSTMENT = "adjustment"        # 适应
    GROWTH = "growth"                # 自我成长
    CAREER = "career"                # 生涯规划
    SAFETY = "safety"                # 安全与危机
    OTHER = "other"                  # 其他


class Handling(_Code):
    ON_THE_SPOT = "on_the_spot"      # 当场辅导
    BOOKED = "booked"                # 预约后续辅导
    REFERRED = "referred"            # 转介
    CRISIS = "crisis"                # 启动危机干预


LABELS: dict[type, dict] = {
    Party: {Party.STUDENT: QT_TRANSLATE_NOOP("DutyLog", "student"),
            Party.PARENT: QT_TRANSLATE_NOOP("DutyLog", "parent"),
            Party.TEACHER: QT_TRANSLATE_NOOP("DutyLog", "teacher"),
            Party.ANONYMOUS: QT_TRANSLATE_NOOP("DutyLog", "anonymous"),
            Party.OTHER: QT_TRANSLATE_NOOP("DutyLog", "other")},
    Topic: {Topic.STUDY: QT_TRANSLATE_NOOP("DutyTopic", "study"),
            Topic.RELATIONSHIPS: QT_TRANSLATE_NOOP("DutyTopic", "relationships"),
            Topic.EMOTIONS: QT_TRANSLATE_NOOP("DutyTopic", "emotions"),
            Topic.FAMILY: QT_TRANSLATE_NOOP("DutyTopic", "family"),
            Topic.ROMANCE: QT_TRANSLATE_NOOP("DutyTopic", "romantic relationships"),
            Topic.ADJUSTMENT: QT_TRANSLATE_NOOP("DutyTopic", "adjustment"),
            Topic.GROWTH: QT_TRANSLATE_NOOP("DutyTopic", "personal growth"),
            Topic.CAREER: QT_TRANSLATE_NOOP("DutyTopic", "career planning"),
            Topic.SAFETY: QT_TRANSLATE_NOOP("DutyTopic", "safety and crisis"),
            Topic.OTHER: QT_TRANSLATE_NOOP("DutyTopic", "other")},
    Handling: {Handling.ON_THE_SPOT: QT_TRANSLATE_NOOP("DutyHandling", "counseled on the spot"),
               Handling.BOOKED: QT_TRANSLATE_NOOP("DutyHandling", "follow-up booked"),
               Handling.REFERRED: QT_TRANSLATE_NOOP("DutyHandling", "referred"),
               Handling.CRISIS: QT_TRANSLATE_NOOP("DutyHandling", "crisis intervention started")},
}

MAX_MINUTES = 600
MAX_TEXT = 4000
MAX_SHORT = 40


def is_crisis(handling: str, crisis: bool) -> bool:
    """A contact is a crisis when marked so, or when its handling started a crisis intervention."""
    return crisis or handling == Handling.CRISIS.value


def log_due(day: date, end: time, now: datetime) -> bool:
    """Whether the log of a shift of ``day`` ending at ``end`` is due at ``now`` (the shift is over)."""
    return datetime.combine(day, end) <= now
