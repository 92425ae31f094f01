"""Finalizing a review meeting: every decision reaches the watch list in ONE transaction, the minutes lock.

What each decision does to its entry (domain/meeting.outcome):
- the level (升级 / 降级), the class of a case still 待复核, the state (升级, 建议转介就医, 建议请假休学 → 跟进中;
  复学后跟踪 → 观察中), each change with a history row whose reason names the meeting; the next review date: the one
  the meeting chose (within the level's days of the meeting), else as the watch list moves it for a level change
  (domain/meeting.review_after; a meeting is not a follow-up of the student, so without either it stays);
- its measures become measures of a new version of the entry's plan (the current measures carried over, the
  meeting's added with their owners and due dates; the version signed by the finalizer like any plan);
- 撤销关注 takes the watch list's own closing path (services/watch_closing.py): the closing is asked for with the
  decision's reason and note. The office head's finalization is the head's approval, as when the head asks to
  close an entry themselves, so the entry closes at once; a counselor's finalization leaves the request waiting
  for the head (the start page shows it). An entry at a level that may not close (高危) cannot end its watch at
  this meeting: the decision is refused when recorded (lower it first), as the watch list refuses it;
- 建议转介就医 is recorded as a referral suggestion: :data:`REFERRAL_HOOKS` are called inside the transaction with
  each one (by default :func:`services.meeting_referrals.open_draft`, which opens a draft referral and returns its
  id, linked to the decision); :func:`referral_suggestions` lists those not linked yet, and :func:`link_referral`
  links one later, so a draft can also be opened by hand.

If anything fails — a decision that no longer fits its entry, a disk error, a hook — nothing is written: neither
the watch list nor the meeting changes. The meeting's state, who finalized it and when are the last write; from
then on the store's triggers refuse every change to it except addenda (:func:`add_addendum`: dated, sealed,
signed by their author).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Callable

from counselor_app.domain import access, meeting as rules, watch as watch_rules
from counselor_app.domain.areas import Area
from counselor_app.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from counselor_app.domain.roles import Permission
from counselor_app.services import meeting_referrals
from counselor_app.services.meetings import load_meeting, meeting_day, text, today_or, touch
from counselor_app.services.meetings_decisions import check
from counselor_app.services.operations import changing, operation
from counselor_app.services.profile import Translate, english
from counselor_app.services.session import Session
from counselor_app.store import audit, meeting_records as records, meetings as store, office as office_store
from counselor_app.store import signing as sig, watch as watch_store, watch_records as plan_store

NOT_STARTED = QT_TRANSLATE_NOOP("Errors", "Start the meeting before finalizing it.")
NOT_HELD_YET = QT_TRANSLATE_NOOP("Errors", "The meeting is dated {day}: it cannot be finalized before it is held.")
NO_CHAIR = QT_TRANSLATE_NOOP("Errors", "Name the chair and the minute-taker before finalizing.")
NOBODY_PRESENT = QT_TRANSLATE_NOOP("Errors", "Mark who was present (and who was absent) before finalizing.")
STILL_INVITED = QT_TRANSLATE_NOOP("Errors", "{count} people are still only invited: mark each as present or absent.")
UNDECIDED = QT_TRANSLATE_NOOP("Errors", "{count} students on the agenda have no decision yet.")
ENTRY_CLOSED = QT_TRANSLATE_NOOP("Errors", "Item {n} of the agenda: the student's watch-list entry was closed "
                                           "meanwhile. Record its decision again.")
DECISION_STALE = QT_TRANSLATE_NOOP("Errors", "Item {n} of the agenda: its decision no longer fits the entry, which "
                                             "changed since (level or state). Record the decision again.")
NOT_FINALIZED = QT_TRANSLATE_NOOP("Errors", "Addenda are for finalized minutes; change the meeting itself instead.")
NO_ADDENDUM = QT_TRANSLATE_NOOP("Errors", "Write the correction or addition.")
NO_SUGGESTION = QT_TRANSLATE_NOOP("Errors", "This referral suggestion does not exist or has its referral already.")
FIELD_ADDENDUM = QT_TRANSLATE_NOOP("MeetingField", "The addendum")
PLAN_GOAL = QT_TRANSLATE_NOOP("MeetingPlan", "Measures decided by the review meeting of {day}.")

# Called inside the finalizing transaction for each 建议转介就医 decision, in agenda order: (session, suggestion) →
# the id of the draft referral it opened, or None. An exception undoes the whole finalization.
ReferralHook = Callable[[Session, records.Suggestion, Translate], "int | None"]
REFERRAL_HOOKS: list[ReferralHook] = [meeting_referrals.open_draft]


def on_referral_suggested(hook: ReferralHook) -> Callable:
    """Register a referral hook (once); returns it, so it can decorate the function."""
    if hook not in REFERRAL_HOOKS:
        REFERRAL_HOOKS.append(hook)
    return hook


@dataclass(frozen=True)
class Finalized:
    meeting_id: int
    applied: int                  # decisions applied
    raised: int
    lowered: int
    closed: int                   # entries closed at once (the head finalized)
    close_requests: int           # closings waiting for the head
    measures: int                 # plan measures added
    referrals: tuple[int, ...]    # decision ids of the referral suggestions


def _check_ready(session: Session, meeting: store.MeetingRow, today: date) -> list:
    if meeting.state != rules.MeetingState.IN_PROGRESS:
        raise ValidationError(NOT_STARTED)
    if meeting_day(meeting) > today:
        raise ValidationError(NOT_HELD_YET, day=meeting.held_on)
    if meeting.chair_staff_id is None or meeting.recorder_staff_id is None:
        raise ValidationError(NO_CHAIR)
    people = store.attendees(session.conn, meeting.id)
    invited = sum(a.attendance == rules.Attendance.INVITED for a in people)
    if invited:
        raise ValidationError(STILL_INVITED, count=invited)
    if not any(a.attendance == rules.Attendance.PRESENT for a in people):
        raise ValidationError(NOBODY_PRESENT)
    items = store.items(session.conn, meeting.id)
    decided = {d.item_id: d for d in records.decisions(session.conn, meeting.id)}
    missing = sum(it.id not in decided for it in items)
    if missing:
        raise ValidationError(UNDECIDED, count=missing)
    return [(it, decided[it.id]) for it in items]


def _new_plan(session: Session, entry, actions: list[records.ActionRow], day: date, at: str, tr: Translate) -> int:
    """A new plan version: the current one's content and measures, then the meeting's measures. Returns how many
    measures were added (and links each action to its measure)."""
    from counselor_app.services.watch_records import plan_digest, plan_statement

    conn, keys = session.conn, session.clinical
    current = plan_store.current_plan(conn, entry.id)
    if current is not None:
        goal = plan_store.PLAN_GOAL.read(conn, keys, current.id) or ""
        medication = plan_store.PLAN_MEDICATION.read(conn, keys, current.id) or ""
        notes = plan_store.PLAN_NOTES.read(conn, keys, current.id) or ""
        old = [({"type": m.type, "description": plan_store.MEASURE_DESCRIPTION.read(conn, keys, m.id) or "",
                 "owner_staff_id": m.owner_staff_id, "owner_other": "" if m.owner_staff_id else m.owner_name,
                 "frequency": m.frequency, "start_on": m.start_on, "due_on": m.due_on, "state": m.state}, None)
               for m in plan_store.measures(conn, current.id)]
    else:
        goal, medication, notes, old = tr(PLAN_GOAL).format(day=day.isoformat()), "", "", []
    new = [({"type": a.type, "description": records.ACTION_DESCRIPTION.read(conn, keys, a.id) or "",
             "owner_staff_id": a.owner_staff_id, "owner_other": a.owner_other, "frequency": "",
             "start_on": day.isoformat(), "due_on": a.due_on, "state": watch_rules.MeasureState.PLANNED.value}, a.id)
           for a in actions]
    measures = [m for m, _a in old + new]
    digest = plan_digest(goal, medication, notes, measures)
    version = (current.version if current else 0) + 1
    plan_id = plan_store.insert_plan(conn, entry.id, version, session.user.id, day.isoformat(), at, digest)
    plan_store.PLAN_GOAL.write(conn, keys, plan_id, goal)
    plan_store.PLAN_MEDICATION.write(conn, keys, plan_id, medication)
    plan_store.PLAN_NOTES.write(conn, keys, plan_id, notes)
    for n, (m, action_id) in enumerate(old + new, 1):
        measure_id = plan_store.insert_measure(conn, plan_id, n, {k: v for k, v in m.items() if k != "description"})
        plan_store.MEASURE_DESCRIPTION.write(conn, keys, measure_id, m["description"])
        if action_id is not None:
            records.link_measure(conn, action_id, measure_id)
    if session.signer is not None:
        plan_store.sign_plan(conn, plan_id, session.signer.sign(plan_statement(
            office_store.office_id(conn), plan_id, entry.id, version, session.user.id, day.isoformat(), digest)))
    return len(new)


def _history(session: Session, entry_id: int, at: str, kind: str, old: str, new: str, why: str) -> None:
    row = watch_store.add_history(session.conn, entry_id, at, session.user.id, kind, old, new)
    watch_store.HISTORY_REASON.write(session.conn, session.clinical, row, why)


@operation((Permission.MANAGE_MEETINGS, Permission.EDIT_WATCHLIST), changes={Area.MEETINGS, Area.WATCH},
           audit="meeting.finalize", target="meeting", record=(access.MEETING, access.EDIT))
def finalize_meeting(session: Session, meeting_id: int, revision: int, *, today: date | None = None,
                     tr: Translate = english) -> Finalized:
    """Apply every decision to the watch list and lock the minutes, all or nothing (see the module's docstring)."""
    from counselor_app.services.watch import last_touch, level_map

    today = today_or(today)
    meeting = load_meeting(session, meeting_id, revision=revision, editable=True)
    pairs = _check_ready(session, meeting, today)
    conn = session.conn
    levels = level_map(conn)
    approver = session.can(Permission.APPROVE_WATCH_CLOSING)
    day = meeting_day(meeting)
    why = f"#meeting {meeting_id}"
    counts = dict(raised=0, lowered=0, closed=0, close_requests=0, measures=0)
    referrals: list[int] = []
    all_actions = records.actions(conn, meeting_id)
    at = audit.now_iso()
    with changing(session, "meeting.finalize", "meeting", meeting_id) as note:
        for n, (it, d) in enumerate(pairs, 1):
            entry = watch_store.entry(conn, d.entry_id)
            if entry is None or entry.state == watch_rules.State.CLOSED:
                raise ValidationError(ENTRY_CLOSED, n=n)
            edit = _edit_of(d)
            try:
                result, review = check(session, meeting, entry, edit, levels)
            except ValidationError:
                raise ValidationError(DECISION_STALE, n=n) from None
            fields: dict = {}
            if result.level != entry.level:
                fields["level"] = result.level
                _history(session, entry.id, at, "level", entry.level, result.level, why)
                counts["raised" if watch_rules.is_raise(levels, entry.level, result.level) else "lowered"] += 1
            if result.severity != entry.severity:
                fields["severity"] = result.severity
                _history(session, entry.id, at, "severity", entry.severity, result.severity, why)
            if result.state != entry.state:
                fields["state"] = result.state
                _history(session, entry.id, at, "state", entry.state, result.state, why)
            state_after = result.state
            if result.close:
                if not entry.close_requested_at:
                    fields.update(close_reason=d.close_reason, close_requested_by=session.user.id,
                                  close_requested_at=at)
                    watch_store.CLOSE_NOTE.write(conn, session.clinical, entry.id,
                                                 records.DECISION_NOTE.read(conn, session.clinical, d.id) or why)
                    _history(session, entry.id, at, "close_requested", entry.state, d.close_reason, why)
                if approver:
                    fields.update(state=watch_rules.State.CLOSED.value, closed_on=today.isoformat(),
                                  closed_by=session.user.id)
                    _history(session, entry.id, at, "closed", entry.state, watch_rules.State.CLOSED.value, why)
                    state_after = watch_rules.State.CLOSED.value
                    counts["closed"] += 1
                else:
                    counts["close_requests"] += 1
            else:
                due = rules.review_after(chosen=review, level_changed=result.level != entry.level,
                                         raised=watch_rules.is_raise(levels, entry.level, result.level),
                                         current=date.fromisoformat(entry.next_review),
                                         last_touch=last_touch(conn, entry), level=levels[result.level])
                if due.isoformat() != entry.next_review:
                    fields["next_review"] = due.isoformat()
            acts = [a for a in all_actions if a.decision_id == d.id]
            if acts:
                counts["measures"] += _new_plan(session, entry, acts, day, at, tr)
            if not watch_store.update_entry(conn, entry.id, fields, at):
                raise ValidationError(DECISION_STALE, n=n)
            records.mark_applied(conn, d.id, level_before=entry.level, level_after=result.level,
                                 state_before=entry.state, state_after=state_after,
                                 review_after=fields.get("next_review", entry.next_review), at=at)
            audit.append(conn, user_id=session.user.id, action="meeting.apply", target_type="student",
                         target_id=it.student_id, detail=f"meeting={meeting_id} entry={entry.id} {d.code} "
                                                         f"{entry.level}>{result.level}")
            if d.code == rules.Decision.REFER:
                referrals.append(d.id)
        touch(session, meeting, {"state": rules.MeetingState.FINALIZED.value, "finalized_at": at,
                                 "finalized_by": session.user.id}, revision)
        for suggestion in (s for s in records.referral_suggestions(conn) if s.decision_id in referrals):
            for hook in REFERRAL_HOOKS:
                referral_id = hook(session, suggestion, tr)
                if referral_id is not None:
                    records.link_referral(conn, suggestion.decision_id, referral_id)
                    break
        note.detail = f"decisions={len(pairs)} raised={counts['raised']} lowered={counts['lowered']} " \
                      f"closed={counts['closed']}/{counts['close_requests']} measures={counts['measures']}"
    return Finalized(meeting_id, len(pairs), referrals=tuple(referrals), **counts)


def _edit_of(d: records.DecisionRow):
    from counselor_app.services.meetings_decisions import DecisionEdit

    return DecisionEdit(d.code, (), d.level, d.severity, d.close_reason, d.parent_contact,
                        date.fromisoformat(d.next_review) if d.next_review else None)


# -- addenda ------------------------------------------------------------------------------------------------------

def addendum_statement(office_id: str, addendum_id: int, meeting_id: int, author_id: int, written_on: str,
                       digest: str) -> bytes:
    return sig.statement("meeting-addendum", office_id, addendum_id, meeting_id, author_id, written_on, digest)


@operation(Permission.MANAGE_MEETINGS, changes={Area.MEETINGS}, audit="meeting.addendum", target="meeting")
def add_addendum(session: Session, meeting_id: int, body: str, *, today: date | None = None) -> int:
    """A correction or addition to finalized minutes: dated today, sealed, signed by its writer; printed with them."""
    meeting = load_meeting(session, meeting_id)
    if meeting.state != rules.MeetingState.FINALIZED:
        raise ValidationError(NOT_FINALIZED)
    words = text(body, FIELD_ADDENDUM, required=True, missing=NO_ADDENDUM)
    day = today_or(today).isoformat()
    digest = sig.digest(sig.canonical({"meeting": meeting_id, "body": words}))
    conn = session.conn
    with changing(session, "meeting.addendum", "meeting", meeting_id) as note:
        addendum_id = records.insert_addendum(conn, meeting_id, day, session.user.id, audit.now_iso(), digest)
        records.ADDENDUM_BODY.write(conn, session.clinical, addendum_id, words)
        if session.signer is not None:
            records.sign_addendum(conn, addendum_id, session.signer.sign(addendum_statement(
                office_store.office_id(conn), addendum_id, meeting_id, session.user.id, day, digest)))
        note.detail = f"addendum={addendum_id}"
    return addendum_id


# -- referral suggestions -----------------------------------------------------------------------------------------

@operation(Permission.MANAGE_REFERRALS, audit="view.referral_suggestions", target="meeting")
def referral_suggestions(session: Session) -> list[records.Suggestion]:
    """The 建议转介就医 decisions of finalized meetings that have no referral yet (a draft is opened from each)."""
    found = records.referral_suggestions(session.conn)
    session.audit("view.referral_suggestions", "meeting", "", detail=str(len(found)))
    return found


@operation(Permission.MANAGE_REFERRALS, changes={Area.MEETINGS}, audit="meeting.referral_link", target="meeting")
def link_referral(session: Session, decision_id: int, referral_id: int) -> None:
    """Record that the referral ``referral_id`` was opened from the suggestion (once)."""
    found = records.decision(session.conn, decision_id)
    if found is None or found.code != rules.Decision.REFER or found.referral_id is not None:
        raise ValidationError(NO_SUGGESTION)
    with changing(session, "meeting.referral_link", "meeting", found.meeting_id) as note:
        if not records.link_referral(session.conn, decision_id, referral_id):
            raise ValidationError(NO_SUGGESTION)
        note.detail = f"decision={decision_id} referral={referral_id}"
