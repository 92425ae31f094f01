"""A review meeting's decision 建议转介就医 opens a draft referral when the meeting is finalized.

Called by :func:`services.meetings_finalize.finalize_meeting` inside its transaction (its ``REFERRAL_HOOKS``), so
the minutes, the watch list and the draft are written together or not at all. The draft carries the meeting's
reference (origin 'meeting', ``meeting=M decision=D``) and, as its reason, the decision's note or a sentence naming
the meeting; the counselor completes it (hospital, the meeting with the parents) and issues it on the referrals page.
A student whose referral is still under way (a draft, issued, or visited without its receipt back) gets no second
draft: the decision is linked to that referral, the newest one. Whoever may not write referrals leaves the suggestion
listed (``referral_suggestions``) for a colleague who may.
"""
from __future__ import annotations

from counselor_app.domain import referral as referral_rules
from counselor_app.domain.errors import QT_TRANSLATE_NOOP
from counselor_app.domain.roles import Permission
from counselor_app.services.profile import Translate, english
from counselor_app.services.session import Session
from counselor_app.store import meeting_records as records
from counselor_app.store import referrals as referral_store

# a referral in one of these states is still under way: a new suggestion joins it instead of opening another draft
UNDER_WAY = frozenset({referral_rules.State.DRAFT.value, referral_rules.State.ISSUED.value,
                       referral_rules.State.VISITED.value})

DRAFT_REASON = QT_TRANSLATE_NOOP("MeetingReferral", "The review meeting of {day} suggested a referral to a hospital.")


def origin_ref(suggestion: records.Suggestion) -> str:
    return f"meeting={suggestion.meeting_id} decision={suggestion.decision_id}"


def open_draft(session: Session, suggestion: records.Suggestion, tr: Translate = english) -> int | None:
    """The draft referral of one suggestion, inside the caller's transaction (or the student's referral still under
    way); None when the finalizer may not write referrals (the suggestion then waits in the list)."""
    from counselor_app.services.referrals import ReferralEdit, write_referral

    if not session.can(Permission.MANAGE_REFERRALS):
        return None
    under_way = [r for r in referral_store.referrals_of(session.conn, suggestion.student_id) if r.state in UNDER_WAY]
    if under_way:   # newest first
        return under_way[0].id
    note = records.DECISION_NOTE.read(session.conn, session.clinical, suggestion.decision_id) or ""
    reason = note.strip() or tr(DRAFT_REASON).format(day=suggestion.held_on)
    return write_referral(session, suggestion.student_id, ReferralEdit(reason),
                          origin=referral_rules.Origin.MEETING.value, origin_ref=origin_ref(suggestion))
