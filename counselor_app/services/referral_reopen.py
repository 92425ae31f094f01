"""重新打开: a closed referral reopened — closed by mistake, or the family came back with a new hospital document.

Whoever may close a referral may reopen it (MANAGE_REFERRALS: the office head and the counselors), with a reason
(required, sealed like the closing's note). It goes back to the state it was closed from (recorded by the closing;
for a referral closed before that was recorded, the state its dates show), its closing cleared. The reopening is
kept (services/referral_timeline.py shows it on the student's timeline): the closing it undid (its day, its reason
and its sealed note), the state it went back to, the reason, when and by whom. Audited under the student as
``referral.reopen`` (the referral's id, the closing's reason and the state in the detail; never the reason's text).
"""
from __future__ import annotations

from counselor_app.domain import referral as rules
from counselor_app.domain.areas import Area
from counselor_app.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from counselor_app.domain.roles import Permission
from counselor_app.services import record_checks as checks
from counselor_app.services.operations import changing, operation
from counselor_app.services.referrals import MAX_TEXT, _note, _save, load
from counselor_app.services.session import Session
from counselor_app.store import audit, referrals as store

NOT_CLOSED = QT_TRANSLATE_NOOP("Errors", "This referral is not closed: there is nothing to reopen.")
NO_REASON = QT_TRANSLATE_NOOP("Errors", "Write why the referral is reopened.")
FIELD_REASON = QT_TRANSLATE_NOOP("ReferralField", "The reason for reopening")


@operation(Permission.MANAGE_REFERRALS, changes={Area.REFERRALS}, audit="referral.reopen", target="referral")
def reopen_referral(session: Session, referral_id: int, reason: str, revision: int) -> str:
    """Reopen a closed referral: back to the state it was closed from, which is returned."""
    row = load(session, referral_id, revision=revision)
    if row.state != rules.State.CLOSED:
        raise ValidationError(NOT_CLOSED)
    why = checks.text(reason, FIELD_REASON, MAX_TEXT, required=NO_REASON)
    back = rules.state_before_closing(row.closed_from, row.issued_on, row.visited_on, row.returned_on)
    conn, keys = session.conn, session.clinical
    at = audit.now_iso()
    with changing(session, "referral.reopen", "student", row.student_id) as note:
        _save(session, row, {"state": back, "closed_on": None, "close_reason": "", "closed_from": None}, at, revision)
        reopen_id = store.insert_reopen(conn, referral_id, row.closed_on or "", row.close_reason, back, at,
                                        session.user.id)
        store.REOPEN_REASON.write(conn, keys, reopen_id, why)
        store.REOPEN_CLOSE_NOTE.write(conn, keys, reopen_id, store.CLOSE_NOTE.read(conn, keys, referral_id))
        store.CLOSE_NOTE.write(conn, keys, referral_id, None)
        _note(note, referral_id, f"{row.close_reason} back={back}")
    return back
