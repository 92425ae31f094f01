"""The student's timeline: referrals, leave and return, crisis incidents (services/timeline.py merges them).

Each event on its day, in words: a referral issued (number, hospital, urgency), its receipt (the doctor's advice,
never a diagnosis), a referral closed without a visit, a closed referral reopened (the state it went back to and
the closing it undid; its reason stays in the record); a leave or suspension from its start, the return to school;
a crisis incident (type, gravity) at its time. No clinical text. The audit rows these records write are shown by
these events, not twice (``covers``).
"""
from __future__ import annotations

from datetime import datetime, timezone

from counselor_app.domain import crisis as crisis_rules, leave as leave_rules, referral as rules
from counselor_app.domain.errors import QT_TRANSLATE_NOOP
from counselor_app.domain.roles import Permission
from counselor_app.services.timeline import Query, TimelineEvent, day_end, timeline_source
from counselor_app.store import crisis as crisis_store, leaves as leave_store, referrals as store

ISSUED = QT_TRANSLATE_NOOP("Timeline", "Referral {number} issued: {hospital}")
RECEIPT = QT_TRANSLATE_NOOP("Timeline", "Referral {number}: receipt back")
ADVICE = QT_TRANSLATE_NOOP("Timeline", "The doctor's advice: {advice}")
CLOSED = QT_TRANSLATE_NOOP("Timeline", "Referral {number} closed: {reason}")
REOPENED = QT_TRANSLATE_NOOP("Timeline", "Referral {number} reopened: back to \u201c{state}\u201d")
UNDONE = QT_TRANSLATE_NOOP("Timeline", "The closing of {day} ({reason}) undone")
LEAVE = QT_TRANSLATE_NOOP("Timeline", "{kind} from {start} (expected end {end})")
RETURNED = QT_TRANSLATE_NOOP("Timeline", "Back at school after the {kind} ({number})")
INCIDENT = QT_TRANSLATE_NOOP("Timeline", "Crisis incident {number}: {type}")


def _keep(q: Query, events: list[TimelineEvent]) -> list[TimelineEvent]:
    events = [e for e in events if q.before is None or e.at < q.before]
    events.sort(key=lambda e: (e.at, e.seq), reverse=True)
    return events[:q.limit]


@timeline_source("referrals", QT_TRANSLATE_NOOP("Timeline", "Referrals"), Permission.MANAGE_REFERRALS,
                 covers=("referral.create", "referral.edit", "referral.meeting", "referral.issue", "referral.visit",
                         "referral.receipt", "referral.close", "referral.reopen", "leave.start", "leave.approve",
                         "leave.withdraw", "leave.return_apply", "leave.return_meeting", "leave.returned"))
def referral_events(q: Query) -> list[TimelineEvent]:
    out = []
    numbers = {}
    for r in store.referrals_of(q.session.conn, q.student_id):
        number = numbers[r.id] = rules.number(r.year, r.seq)
        hospital = store.hospital(q.session.conn, r.hospital_id).name if r.hospital_id else ""
        if r.issued_on:
            out.append(TimelineEvent(day_end(r.issued_on), "referrals", r.id * 10,
                                     q.tr(ISSUED).format(number=number, hospital=hospital),
                                     q.tr(rules.Urgency(r.urgency).label), q.by(r.created_by), day_only=True))
        if r.returned_on:
            out.append(TimelineEvent(day_end(r.returned_on), "referrals", r.id * 10 + 1,
                                     q.tr(RECEIPT).format(number=number),
                                     q.tr(ADVICE).format(advice=q.tr(rules.Advice(r.advice).label)) if r.advice
                                     else "", day_only=True))
        if r.closed_on and r.close_reason in (rules.CloseReason.SCHOOL, rules.CloseReason.REFUSED):
            out.append(TimelineEvent(day_end(r.closed_on), "referrals", r.id * 10 + 2,
                                     q.tr(CLOSED).format(number=number,
                                                         reason=q.tr(rules.CloseReason(r.close_reason).label)),
                                     day_only=True))
    for o in store.reopens_of_student(q.session.conn, q.student_id):
        number, why = numbers[o.referral_id], q.tr(rules.CloseReason(o.close_reason).label)
        out.append(TimelineEvent(o.reopened_at, "referrals", o.referral_id * 10 + 3,
                                 q.tr(REOPENED).format(number=number, state=q.tr(rules.State(o.back_to).label)),
                                 q.tr(UNDONE).format(day=o.closed_on, reason=why), q.by(o.reopened_by)))
        if o.closed_on and o.close_reason in (rules.CloseReason.SCHOOL, rules.CloseReason.REFUSED):
            out.append(TimelineEvent(day_end(o.closed_on), "referrals", o.referral_id * 10 + 4,   # the undone closing
                                     q.tr(CLOSED).format(number=number, reason=why), day_only=True))
    for x in leave_store.leaves_of(q.session.conn, q.student_id):
        if x.state == leave_rules.State.WITHDRAWN:
            continue
        kind = q.tr(leave_rules.Kind(x.kind).label)
        out.append(TimelineEvent(day_end(x.start_on), "referrals", -x.id * 10,
                                 q.tr(LEAVE).format(kind=kind, start=x.start_on, end=x.expected_end),
                                 q.tr(leave_rules.State(x.state).label), q.by(x.created_by), day_only=True))
        if x.returned_on:
            out.append(TimelineEvent(day_end(x.returned_on), "referrals", -x.id * 10 - 1,
                                     q.tr(RETURNED).format(kind=kind, number=leave_rules.number(x.year, x.seq)),
                                     day_only=True))
    return _keep(q, out)


@timeline_source("crisis", QT_TRANSLATE_NOOP("Timeline", "Crisis incidents"), Permission.VIEW_CRISIS,
                 covers=("crisis.report",))
def crisis_events(q: Query) -> list[TimelineEvent]:
    out = []
    for incident_id in crisis_store.incidents_of_student(q.session.conn, q.student_id):
        i = crisis_store.incident(q.session.conn, incident_id)
        at = datetime.fromisoformat(i.occurred_at).astimezone(timezone.utc).isoformat()
        out.append(TimelineEvent(at, "crisis", i.id, q.tr(INCIDENT).format(
            number=crisis_rules.number(i.year, i.seq), type=q.tr(crisis_rules.Type(i.type).label)),
            q.tr(crisis_rules.Gravity(i.gravity).label), q.by(i.created_by)))
    return _keep(q, out)
