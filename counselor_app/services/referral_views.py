"""Reading referrals: the list (no clinical text, audited with the count), one referral with its sealed text
(audited under the student), the overdue receipts of the start page. The changes, and the plain rows other parts
read (``referrals.lines``), are in services/referrals.py."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from counselor_app.domain import referral as rules
from counselor_app.domain.roles import Permission
from counselor_app.services.operations import operation
from counselor_app.services.referrals import ReferralLine, lines, load, number_of
from counselor_app.services.session import Session
from counselor_app.store import referrals as store, students as student_store


@dataclass(frozen=True)
class Reopening:
    """A closed referral reopened (services/referral_reopen.py): when, back to which state, why (unsealed here)."""
    reopened_at: str
    back_to: str
    reason: str


@dataclass(frozen=True)
class ReferralDetail:
    row: store.ReferralRow
    number: str
    student_no: str
    name: str
    hospital: str
    reason: str
    school_actions: str
    screening_summary: str
    meeting_notes: str
    refusal_reason: str
    school_advice: str
    diagnosis: str
    close_note: str
    overdue: bool
    reopenings: tuple[Reopening, ...] = ()     # oldest first


@operation(Permission.MANAGE_REFERRALS, audit="view.referrals", target="referral")
def list_referrals(session: Session, *, open_only: bool = False, today: date | None = None) -> list[ReferralLine]:
    """Every referral (or the open ones), newest first; no clinical text. Audited with the count."""
    found = lines(session, open_only=open_only, today=today)
    session.audit("view.referrals", "referral", "", detail=str(len(found)))
    return found


@operation(Permission.MANAGE_REFERRALS, audit="view.referral", target="referral")
def get_referral(session: Session, referral_id: int, *, today: date | None = None) -> ReferralDetail:
    """One referral with its clinical text; audited under the student."""
    today = today or date.today()
    row = load(session, referral_id)
    conn, keys = session.conn, session.clinical
    student = student_store.by_id(conn, row.student_id)
    hospital = store.hospital(conn, row.hospital_id).name if row.hospital_id else ""

    def read(col) -> str:
        return col.read(conn, keys, referral_id) or ""

    detail = ReferralDetail(row, number_of(row), student.student_no, student.name, hospital, read(store.REASON),
                            read(store.SCHOOL_ACTIONS), read(store.SCREENING_SUMMARY), read(store.MEETING_NOTES),
                            read(store.REFUSAL_REASON), read(store.SCHOOL_ADVICE), read(store.DIAGNOSIS),
                            read(store.CLOSE_NOTE), rules.receipt_overdue(row.state, row.receipt_due, today),
                            tuple(Reopening(o.reopened_at, o.back_to, store.REOPEN_REASON.read(conn, keys, o.id) or "")
                                  for o in store.reopens_of_student(conn, row.student_id) if o.referral_id == row.id))
    session.audit("view.referral", "student", row.student_id, detail=f"referral={referral_id}")
    return detail


@operation(Permission.MANAGE_REFERRALS, target="referral")
def overdue_receipts(session: Session, *, today: date | None = None) -> list[ReferralLine]:
    """The issued referrals whose receipt is overdue: the user's own (those they wrote), the head's: all. For the
    start page (names and numbers only; opening one is audited)."""
    today = today or date.today()
    everyone = session.can(Permission.APPROVE_WATCH_CLOSING)
    found = [r for r in lines(session, open_only=True, today=today) if r.overdue]
    if not everyone:
        found = [r for r in found if r.created_by == session.user.id]
    return sorted(found, key=lambda r: (r.receipt_due or "", r.id))
