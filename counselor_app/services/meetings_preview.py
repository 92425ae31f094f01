"""What finalizing a review meeting will do to the watch list, read before the user confirms it (the meeting
window's confirmation): one row per decision, in agenda order, with the entry's level and state before and after,
the next review date, the measures it adds, and — when a decision no longer fits its entry — why finalizing would
be refused. It reads through the meeting's and the watch list's store functions and the same rule the finalizing
applies (services/meetings_decisions.check, domain/meeting.outcome); it writes nothing but its audit entry.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from counselor_app.domain import meeting as rules, watch as watch_rules
from counselor_app.domain.errors import ValidationError
from counselor_app.domain.roles import Permission
from counselor_app.domain.school import class_label
from counselor_app.services.meetings import load_meeting
from counselor_app.services.meetings_decisions import DecisionEdit, check
from counselor_app.services.operations import operation
from counselor_app.services.session import Session
from counselor_app.store import meeting_records as records, meetings as store, watch as watch_store


@dataclass(frozen=True)
class Change:
    number: int                 # the item's place on the agenda
    student_no: str
    name: str
    klass: str
    decision: str               # domain.meeting.Decision
    level_before: str
    level_after: str
    state_before: str
    state_after: str            # domain.watch.State after it ('closed' when the finalizer may approve closings)
    close_asked: bool           # 撤销关注 by someone who may not approve it: the closing waits for the head
    next_review: str            # '' when the entry closes
    measures: int               # plan measures it adds
    problem: ValidationError | None   # why finalizing would refuse this decision now (None: it fits)


@dataclass(frozen=True)
class FinalizePreview:
    meeting_id: int
    changes: tuple[Change, ...]
    undecided: int              # items without a decision (finalizing refuses them)


@operation(Permission.MANAGE_MEETINGS, audit="view.meeting", target="meeting")
def finalize_preview(session: Session, meeting_id: int) -> FinalizePreview:
    from counselor_app.services.watch import last_touch, level_map

    meeting = load_meeting(session, meeting_id)
    conn = session.conn
    levels = level_map(conn)
    approver = session.can(Permission.APPROVE_WATCH_CLOSING)
    decided = {d.item_id: d for d in records.decisions(conn, meeting_id)}
    counts: dict[int, int] = {}
    for a in records.actions(conn, meeting_id):
        counts[a.decision_id] = counts.get(a.decision_id, 0) + 1
    out, undecided = [], 0
    for n, it in enumerate(store.items(conn, meeting_id), 1):
        d = decided.get(it.id)
        if d is None:
            undecided += 1
            continue
        entry = watch_store.entry(conn, d.entry_id)
        if entry is None:
            continue
        edit = DecisionEdit(d.code, (), d.level, d.severity, d.close_reason, d.parent_contact,
                            date.fromisoformat(d.next_review) if d.next_review else None)
        problem, level_after, state_after, review, close_asked = None, entry.level, entry.state, "", False
        try:
            if entry.state == watch_rules.State.CLOSED:
                raise ValidationError(rules.BAD_DECISION)
            result, chosen = check(session, meeting, entry, edit, levels)
            level_after, state_after = result.level, result.state
            if result.close:
                state_after = watch_rules.State.CLOSED.value if approver else entry.state
                close_asked = not approver
            else:   # as services/meetings_finalize.py sets it
                review = rules.review_after(
                    chosen=chosen, level_changed=result.level != entry.level,
                    raised=watch_rules.is_raise(levels, entry.level, result.level),
                    current=date.fromisoformat(entry.next_review), last_touch=last_touch(conn, entry),
                    level=levels[result.level]).isoformat()
        except ValidationError as refused:
            problem = refused
        out.append(Change(n, it.student_no, it.name, class_label(it.grade, it.class_name) if it.class_name else "",
                          d.code, entry.level, level_after, entry.state, state_after, close_asked, review,
                          counts.get(d.id, 0), problem))
    session.audit("view.meeting", "meeting", meeting_id, detail=f"finalize preview {len(out)}")
    return FinalizePreview(meeting_id, tuple(out), undecided)
