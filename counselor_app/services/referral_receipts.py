"""The receipt of a referral, checked and written inside :func:`services.referrals.record_receipt`'s transaction:
the receipt's fields (a diagnosis only if given, sealed), the 就医 follow-up it writes into the watch entry, the
plan's 就医 measure moved on (done for 可在校正常学习, else ongoing)."""
from __future__ import annotations

from datetime import date

from counselor_app.domain import referral as rules, watch as watch_rules
from counselor_app.domain.errors import ValidationError
from counselor_app.services import record_checks as checks, referral_watch
from counselor_app.services.referrals import (BAD_ADVICE, FIELD_ADVICE, FIELD_DEPARTMENT, FIELD_DIAGNOSIS,
                                              FIELD_DOCTOR, MAX_SHORT, NOT_ISSUED, RECEIPT_CLOSED, WHAT_ISSUE,
                                              WHAT_NEXT, WHAT_RETURN, WHAT_VISIT, ReceiptEdit, _save, number_of)
from counselor_app.services.session import Session
from counselor_app.store import referrals as store

# The 就医 follow-up a receipt writes into the watch list (stored text, in the office's language: Chinese).
FOLLOWUP_TEXT = "转介 {number} 回执：{day} 于{hospital}{department}就诊；医生建议：{advice}{next}"
NEXT_TEXT = "；下次复诊 {day}"
ADVICE_WORDS = {"normal": "可在校正常学习", "revisit": "可在校学习，需定期复诊", "leave": "建议休学治疗",
                "inpatient": "住院治疗"}

def check_receipt(session: Session, row, r: ReceiptEdit, today: date) -> dict:
    if row.state == rules.State.CLOSED:
        raise ValidationError(RECEIPT_CLOSED)
    if row.state not in rules.AWAITING_RECEIPT:
        raise ValidationError(NOT_ISSUED if row.state == rules.State.DRAFT else RECEIPT_CLOSED)
    if r.advice not in rules.codes(rules.Advice):
        raise ValidationError(BAD_ADVICE)
    checks.past(r.visited_on, today)
    checks.past(r.returned_on, today)
    checks.not_before(WHAT_VISIT, r.visited_on, WHAT_ISSUE, row.issued_on)
    checks.not_before(WHAT_RETURN, r.returned_on, WHAT_VISIT, r.visited_on.isoformat())
    if r.next_visit is not None:
        checks.not_before(WHAT_NEXT, r.next_visit, WHAT_VISIT, r.visited_on.isoformat())
    hospital = checks.text(r.hospital, FIELD_DEPARTMENT, MAX_SHORT)
    if not hospital and row.hospital_id is not None:
        hospital = store.hospital(session.conn, row.hospital_id).name
    return {"state": rules.State.RETURNED.value, "visited_on": r.visited_on.isoformat(),
            "returned_on": r.returned_on.isoformat(), "receipt_hospital": hospital,
            "receipt_department": checks.text(r.department, FIELD_DEPARTMENT, 40) or row.department,
            "doctor": checks.text(r.doctor, FIELD_DOCTOR, 40), "advice": r.advice,
            "next_visit": r.next_visit.isoformat() if r.next_visit else None,
            "school_advice": checks.text(r.school_advice, FIELD_ADVICE, 1000),
            "diagnosis": checks.text(r.diagnosis, FIELD_DIAGNOSIS, 500)}


def write_receipt(session: Session, row, fields: dict, revision: int | None, at: str) -> int | None:
    """The receipt's fields, the 就医 follow-up and the plan's 就医 measure (inside the caller's transaction).
    Returns the follow-up's id (None when the referral has no watch entry)."""
    advice_text = fields.pop("school_advice")
    diagnosis = fields.pop("diagnosis")
    _save(session, row, fields, at, revision)
    store.SCHOOL_ADVICE.write(session.conn, session.clinical, row.id, advice_text or None)
    store.DIAGNOSIS.write(session.conn, session.clinical, row.id, diagnosis or None)
    if row.entry_id is None:
        return None
    nxt = NEXT_TEXT.format(day=fields["next_visit"]) if fields["next_visit"] else ""
    seen = FOLLOWUP_TEXT.format(number=number_of(row), day=fields["visited_on"], hospital=fields["receipt_hospital"],
                                department=fields["receipt_department"], advice=ADVICE_WORDS[fields["advice"]],
                                next=nxt)
    if advice_text:
        seen += f"；对学校的建议：{advice_text}"
    followup = referral_watch.medical_followup(session, row.entry_id, date.fromisoformat(fields["visited_on"]), seen,
                                               at)
    done = fields["advice"] == rules.Advice.NORMAL
    referral_watch.set_measures(session, row.entry_id, referral_watch.MEDICAL,
                                (watch_rules.MeasureState.DONE if done else watch_rules.MeasureState.ONGOING).value)
    return followup
