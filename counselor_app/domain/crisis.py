"""Crisis incidents (危机事件) and the emergency plan (应急预案), policy §9: code lists and rules.

An incident is walked through the plan's ten steps, each with its time and who did it. The report (step 3) is
measured from the discovery against the target (10 minutes, a setting). The parents are notified at once (§9):
every attempt is recorded, the first successful one marks the step. An incident closes when the parents of every
student involved were reached and the review meeting is recorded; otherwise only the office head closes it, with
a reason. A breach of confidentiality to protect life is recorded (who was told, when, why).
"""
from __future__ import annotations

from datetime import datetime

from counselor_app.domain.codes import Code
from counselor_app.domain.errors import QT_TRANSLATE_NOOP

REPORT_MINUTES = 10              # from the discovery to the report to the counselor or school leader (setting)
REVIEW_DAYS = 7                  # the review meeting within this many days (setting)


class Type(Code):
    SELF_HARM = "self_harm"      # 自伤
    ATTEMPT = "attempt"          # 自杀未遂
    DEATH = "death"              # 自杀死亡
    VIOLENCE = "violence"        # 伤人
    RUNAWAY = "runaway"          # 出走
    PSYCHOTIC = "psychotic"      # 急性精神症状
    STRESS = "stress"            # 重大应激事件


class Gravity(Code):
    MAJOR = "major"              # 重大
    GENERAL = "general"          # 一般


class State(Code):
    OPEN = "open"
    CLOSED = "closed"


class Step(Code):
    FOUND = "found"              # 1 发现
    SAFETY = "safety"            # 2 安全保障
    REPORTED = "reported"        # 3 报告
    ASSESSED = "assessed"        # 4 评估
    PARENTS = "parents"          # 5 通知家长
    HOSPITAL = "hospital"        # 6 转介就医或在校监护
    BUREAU = "bureau"            # 7 报告教育局（公安）
    PUBLIC = "public"            # 8 对外口径
    AFTERCARE = "aftercare"      # 9 善后
    REVIEW = "review"            # 10 复盘会


LABELS: dict[type, dict] = {
    Type: {Type.SELF_HARM: QT_TRANSLATE_NOOP("CrisisType", "self-harm"),
           Type.ATTEMPT: QT_TRANSLATE_NOOP("CrisisType", "suicide attempt"),
           Type.DEATH: QT_TRANSLATE_NOOP("CrisisType", "suicide"),
           Type.VIOLENCE: QT_TRANSLATE_NOOP("CrisisType", "hurting others"),
           Type.RUNAWAY: QT_TRANSLATE_NOOP("CrisisType", "running away"),
           Type.PSYCHOTIC: QT_TRANSLATE_NOOP("CrisisType", "acute psychotic symptoms"),
           Type.STRESS: QT_TRANSLATE_NOOP("CrisisType", "major stress event")},
    Gravity: {Gravity.MAJOR: QT_TRANSLATE_NOOP("CrisisGravity", "major"),
              Gravity.GENERAL: QT_TRANSLATE_NOOP("CrisisGravity", "general")},
    State: {State.OPEN: QT_TRANSLATE_NOOP("CrisisState", "open"),
            State.CLOSED: QT_TRANSLATE_NOOP("CrisisState", "closed")},
    Step: {Step.FOUND: QT_TRANSLATE_NOOP("CrisisStep", "Found: who, when, where, what was seen"),
           Step.SAFETY: QT_TRANSLATE_NOOP("CrisisStep", "Safety secured (someone stays, scene secured, means "
                                                        "removed; 120 / 110 when needed)"),
           Step.REPORTED: QT_TRANSLATE_NOOP("CrisisStep", "Reported to the counselor or school leader"),
           Step.ASSESSED: QT_TRANSLATE_NOOP("CrisisStep", "Risk assessed"),
           Step.PARENTS: QT_TRANSLATE_NOOP("CrisisStep", "Parents notified"),
           Step.HOSPITAL: QT_TRANSLATE_NOOP("CrisisStep", "Referral, hospital or supervision at school"),
           Step.BUREAU: QT_TRANSLATE_NOOP("CrisisStep", "Reported to the education bureau (and police)"),
           Step.PUBLIC: QT_TRANSLATE_NOOP("CrisisStep", "Public communication: who speaks"),
           Step.AFTERCARE: QT_TRANSLATE_NOOP("CrisisStep", "Aftercare for classmates and staff"),
           Step.REVIEW: QT_TRANSLATE_NOOP("CrisisStep", "Review meeting")},
}

STEPS = tuple(Step)
# the steps whose notes are clinical (what was seen, the assessment): left out of the bureau's version
CLINICAL_STEPS = (Step.FOUND, Step.ASSESSED, Step.HOSPITAL)


def codes(enum: type[Code]) -> tuple[str, ...]:
    return tuple(m.value for m in enum)


def minutes_between(start: str, end: str) -> int:
    """Whole minutes from ``start`` to ``end`` (ISO times to the minute)."""
    return int((datetime.fromisoformat(end) - datetime.fromisoformat(start)).total_seconds() // 60)


def report_late(found_at: str, reported_at: str | None, target: int = REPORT_MINUTES) -> bool | None:
    """Whether the report came later than the target; None before it is recorded."""
    if reported_at is None:
        return None
    return minutes_between(found_at, reported_at) > target


def may_close(students: set[int], reached: set[int], review_done: bool) -> bool:
    """Every student's parents reached and the review meeting recorded."""
    return review_done and students <= reached


def number(year: int, seq: int) -> str:
    return f"{year}-{seq:03d}"
