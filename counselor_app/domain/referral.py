"""Referrals to a hospital (转介, policy §10) and their receipts (回执): the code lists and the rules, as pure functions.

A referral moves 草稿 → 已开具 → 已就诊 → 回执已收回 → 已结案. A draft is written (from a watch-list entry, a review
meeting's decision or directly), the multi-party meeting with the parents decides (转介 or 在校跟踪; the parents
consent, or refuse and sign with their reason), then the form is issued and printed with its tear-off receipt.
The receipt is due a number of days after the issue (default 7, a setting); an issued referral whose receipt has
not come back by then is *overdue* on its owner's start page. The receipt carries the doctor's advice as one
choice; a diagnosis is never required (stored, sealed, only when the family gives one). A closed referral may be
reopened (重新打开): it goes back to the state it was closed from.
"""
from __future__ import annotations

from datetime import date, timedelta

from counselor_app.domain.codes import Code
from counselor_app.domain.errors import QT_TRANSLATE_NOOP

RECEIPT_DAYS = 7                 # default days from the issue to the receipt's due date (setting)
MIN_RECEIPT_DAYS, MAX_RECEIPT_DAYS = 1, 60


class Urgency(Code):
    ROUTINE = "routine"          # 常规
    URGENT = "urgent"            # 加急
    EMERGENCY = "emergency"      # 紧急（绿色通道）


class Origin(Code):
    WATCH = "watch"              # from a watch-list entry
    MEETING = "meeting"          # a review meeting's decision (建议转介就医)
    DIRECT = "direct"            # written directly


class State(Code):
    DRAFT = "draft"              # 草稿
    ISSUED = "issued"            # 已开具
    VISITED = "visited"          # 已就诊
    RETURNED = "returned"        # 回执已收回
    CLOSED = "closed"            # 已结案


class Accompany(Code):
    PARENT = "parent"            # 家长陪同
    SCHOOL = "school"            # 学校陪同
    AMBULANCE = "ambulance"      # 120


class Parents(Code):
    INFORMED = "informed"        # 已知晓
    CONSENTED = "consented"      # 同意就医
    REFUSED = "refused"          # 拒绝就医（签字，写明原因）


class Outcome(Code):
    REFER = "refer"              # 转介
    SCHOOL = "school"            # 在校跟踪


class Advice(Code):
    NORMAL = "normal"            # 可在校正常学习
    REVISIT = "revisit"          # 可在校学习，需定期复诊
    LEAVE = "leave"              # 建议休学治疗
    INPATIENT = "inpatient"      # 住院治疗


class CloseReason(Code):
    DONE = "done"                # 回执已收回，转介完成
    SCHOOL = "school"            # 会商决定在校跟踪
    REFUSED = "refused"          # 家长拒绝就医
    OTHER = "other"              # 其他


LABELS: dict[type, dict] = {
    Urgency: {Urgency.ROUTINE: QT_TRANSLATE_NOOP("ReferralUrgency", "routine"),
              Urgency.URGENT: QT_TRANSLATE_NOOP("ReferralUrgency", "urgent"),
              Urgency.EMERGENCY: QT_TRANSLATE_NOOP("ReferralUrgency", "emergency (green channel)")},
    Origin: {Origin.WATCH: QT_TRANSLATE_NOOP("ReferralOrigin", "watch-list entry"),
             Origin.MEETING: QT_TRANSLATE_NOOP("ReferralOrigin", "review meeting decision"),
             Origin.DIRECT: QT_TRANSLATE_NOOP("ReferralOrigin", "written directly")},
    State: {State.DRAFT: QT_TRANSLATE_NOOP("ReferralState", "draft"),
            State.ISSUED: QT_TRANSLATE_NOOP("ReferralState", "issued"),
            State.VISITED: QT_TRANSLATE_NOOP("ReferralState", "visited the hospital"),
            State.RETURNED: QT_TRANSLATE_NOOP("ReferralState", "receipt returned"),
            State.CLOSED: QT_TRANSLATE_NOOP("ReferralState", "closed")},
    Accompany: {Accompany.PARENT: QT_TRANSLATE_NOOP("ReferralAccompany", "parents"),
                Accompany.SCHOOL: QT_TRANSLATE_NOOP("ReferralAccompany", "school staff"),
                Accompany.AMBULANCE: QT_TRANSLATE_NOOP("ReferralAccompany", "ambulance (120)")},
    Parents: {Parents.INFORMED: QT_TRANSLATE_NOOP("ReferralParents", "informed"),
              Parents.CONSENTED: QT_TRANSLATE_NOOP("ReferralParents", "agree to the visit"),
              Parents.REFUSED: QT_TRANSLATE_NOOP("ReferralParents", "refuse the visit (signed, with the reason)")},
    Outcome: {Outcome.REFER: QT_TRANSLATE_NOOP("ReferralOutcome", "refer to a hospital"),
              Outcome.SCHOOL: QT_TRANSLATE_NOOP("ReferralOutcome", "follow up at school")},
    Advice: {Advice.NORMAL: QT_TRANSLATE_NOOP("ReferralAdvice", "may study at school as usual"),
             Advice.REVISIT: QT_TRANSLATE_NOOP("ReferralAdvice", "may study at school, with regular visits"),
             Advice.LEAVE: QT_TRANSLATE_NOOP("ReferralAdvice", "suspension for treatment advised"),
             Advice.INPATIENT: QT_TRANSLATE_NOOP("ReferralAdvice", "hospital stay")},
    CloseReason: {CloseReason.DONE: QT_TRANSLATE_NOOP("ReferralCloseReason", "referral completed"),
                  CloseReason.SCHOOL: QT_TRANSLATE_NOOP("ReferralCloseReason", "followed up at school instead"),
                  CloseReason.REFUSED: QT_TRANSLATE_NOOP("ReferralCloseReason", "the parents refused"),
                  CloseReason.OTHER: QT_TRANSLATE_NOOP("ReferralCloseReason", "other")},
}

OPEN_STATES = (State.DRAFT, State.ISSUED, State.VISITED, State.RETURNED)
AWAITING_RECEIPT = (State.ISSUED, State.VISITED)
# advice that keeps the student away from school: the receipt may start a leave
AWAY_ADVICE = (Advice.LEAVE, Advice.INPATIENT)


def codes(enum: type[Code]) -> tuple[str, ...]:
    return tuple(m.value for m in enum)


def receipt_due(issued: date, days: int = RECEIPT_DAYS) -> date:
    return issued + timedelta(days=days)


def receipt_overdue(state: str, due: str | None, today: date) -> bool:
    """An issued referral whose receipt has not come back by its due date."""
    return state in AWAITING_RECEIPT and due is not None and date.fromisoformat(due) < today


def may_issue(outcome: str, parents: str) -> bool:
    """A referral is issued unless the meeting chose to follow up at school or the parents refused."""
    return outcome != Outcome.SCHOOL and parents != Parents.REFUSED


def number(year: int, seq: int) -> str:
    return f"{year}-{seq:03d}"


def state_before_closing(closed_from: str | None, issued_on: str | None, visited_on: str | None,
                         returned_on: str | None) -> str:
    """The state a closed referral goes back to when it is reopened: the one its closing recorded, else (closed
    before the closing recorded it, schema 16) the one its dates show — receipt back, visited, issued, else a
    draft."""
    if closed_from in codes(State) and closed_from != State.CLOSED:
        return closed_from
    if returned_on:
        return State.RETURNED.value
    if visited_on:
        return State.VISITED.value
    return State.ISSUED.value if issued_on else State.DRAFT.value
