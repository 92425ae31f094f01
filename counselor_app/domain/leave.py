"""Leave and suspension (请假/休学) and the return to school (复学), policy §8 and §10: code lists and rules.

A leave is applied for by the family and approved by the school; a suspension (休学) also needs the education
bureau's approval, and only then does the register show the student as 休学 (a dated status history entry). The
return: the family's application (warned when it comes later than 15 days before the leave ends), the documents
checked, the return assessment meetings (同意复学 / 暂缓复学 with a re-assessment date / 申诉: a postponed return
meets again, every meeting is kept and the latest decides), and after an agreed return the support plan (who, how
often, how long: three months by default), which becomes measures of the student's watch-list plan while the entry
is 观察中; the register shows 在读 again.
"""
from __future__ import annotations

from datetime import date, timedelta

from counselor_app.domain.codes import Code
from counselor_app.domain.errors import QT_TRANSLATE_NOOP

APPLY_DAYS_BEFORE_END = 15       # a return application later than this before the leave ends is late
SUPPORT_MONTHS = 3


class Kind(Code):
    LEAVE = "leave"              # 请假
    SUSPENSION = "suspension"    # 休学


class Reason(Code):
    MENTAL = "mental"            # 心理/精神疾病
    PHYSICAL = "physical"        # 身体疾病
    FAMILY = "family"            # 家庭原因
    OTHER = "other"              # 其他


class State(Code):
    APPLIED = "applied"          # 已申请
    APPROVED = "approved"        # 已批准（离校中）
    RETURNING = "returning"      # 复学办理中
    RETURNED = "returned"        # 已复学
    WITHDRAWN = "withdrawn"      # 已撤回


class Document(Code):
    """Documents received with a leave or suspension application."""
    APPLICATION = "application"              # 家长申请书
    MEDICAL_CERTIFICATE = "certificate"      # 医院诊断证明（临床资料）
    MEDICAL_RECORD = "record"                # 病历（临床资料）
    PARENT_PLEDGE = "pledge"                 # 家长承诺书


class ReturnDocument(Code):
    """The return checklist."""
    APPLICATION = "application"              # 复学申请书
    RECOVERY_CERTIFICATE = "certificate"     # 医院康复/诊断证明
    MEDICAL_RECORD = "record"                # 病历


class Conclusion(Code):
    AGREED = "agreed"            # 同意复学
    POSTPONED = "postponed"      # 暂缓复学
    APPEAL = "appeal"            # 申诉


LABELS: dict[type, dict] = {
    Kind: {Kind.LEAVE: QT_TRANSLATE_NOOP("LeaveKind", "leave"),
           Kind.SUSPENSION: QT_TRANSLATE_NOOP("LeaveKind", "suspension")},
    Reason: {Reason.MENTAL: QT_TRANSLATE_NOOP("LeaveReason", "mental health"),
             Reason.PHYSICAL: QT_TRANSLATE_NOOP("LeaveReason", "physical illness"),
             Reason.FAMILY: QT_TRANSLATE_NOOP("LeaveReason", "family reasons"),
             Reason.OTHER: QT_TRANSLATE_NOOP("LeaveReason", "other")},
    State: {State.APPLIED: QT_TRANSLATE_NOOP("LeaveState", "applied"),
            State.APPROVED: QT_TRANSLATE_NOOP("LeaveState", "away from school"),
            State.RETURNING: QT_TRANSLATE_NOOP("LeaveState", "return in progress"),
            State.RETURNED: QT_TRANSLATE_NOOP("LeaveState", "back at school"),
            State.WITHDRAWN: QT_TRANSLATE_NOOP("LeaveState", "withdrawn")},
    Document: {Document.APPLICATION: QT_TRANSLATE_NOOP("LeaveDocument", "the parents' application"),
               Document.MEDICAL_CERTIFICATE: QT_TRANSLATE_NOOP("LeaveDocument", "the hospital's certificate"),
               Document.MEDICAL_RECORD: QT_TRANSLATE_NOOP("LeaveDocument", "the medical record"),
               Document.PARENT_PLEDGE: QT_TRANSLATE_NOOP("LeaveDocument", "the parents' pledge")},
    ReturnDocument: {
        ReturnDocument.APPLICATION: QT_TRANSLATE_NOOP("ReturnDocument", "application to return"),
        ReturnDocument.RECOVERY_CERTIFICATE: QT_TRANSLATE_NOOP("ReturnDocument",
                                                               "the hospital's recovery or diagnosis certificate"),
        ReturnDocument.MEDICAL_RECORD: QT_TRANSLATE_NOOP("ReturnDocument", "the medical record")},
    Conclusion: {Conclusion.AGREED: QT_TRANSLATE_NOOP("ReturnConclusion", "return agreed"),
                 Conclusion.POSTPONED: QT_TRANSLATE_NOOP("ReturnConclusion", "return postponed"),
                 Conclusion.APPEAL: QT_TRANSLATE_NOOP("ReturnConclusion", "appeal")},
}

AWAY_STATES = (State.APPROVED, State.RETURNING)
# documents that are clinical data: their content is sealed
MEDICAL_DOCUMENTS = (Document.MEDICAL_CERTIFICATE, Document.MEDICAL_RECORD)


def codes(enum: type[Code]) -> tuple[str, ...]:
    return tuple(m.value for m in enum)


def late_application(applied: date, expected_end: date) -> bool:
    """The return application came later than 15 days before the leave's expected end."""
    return applied > expected_end - timedelta(days=APPLY_DAYS_BEFORE_END)


def support_until(returned: date, months: int = SUPPORT_MONTHS) -> date:
    """The support plan's end: ``months`` after the return (the last day of a shorter month when needed)."""
    month = returned.month - 1 + months
    year, month = returned.year + month // 12, month % 12 + 1
    for day in (returned.day, 30, 29, 28):
        try:
            return date(year, month, day)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def return_overdue(state: str, expected_end: str, today: date) -> bool:
    """Away from school past the expected end without a return application (or one not finished)."""
    return state in AWAY_STATES and date.fromisoformat(expected_end) < today


def return_agreed(conclusions: list[str] | tuple[str, ...]) -> bool:
    """The return may be completed: the LATEST assessment meeting agreed to it (meetings in order; an earlier
    agreement no longer counts once a later meeting postponed the return or an appeal followed)."""
    return bool(conclusions) and conclusions[-1] == Conclusion.AGREED


def split(text: str) -> tuple[str, ...]:
    return tuple(c for c in text.split(",") if c)


def number(year: int, seq: int) -> str:
    return f"{year}-{seq:03d}"
