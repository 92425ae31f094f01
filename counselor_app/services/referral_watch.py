"""What referrals, leaves and crisis incidents write into a student's watch-list entry, inside their own
transaction (services/referrals.py, leaves.py, crisis.py call these; none of them is an operation of its own).

The watch list's services each open their own transaction, so these helpers do the same writes with the watch
list's store and helpers: an entry opened (医教对接 for a referral; 高危 for a crisis), a level raised, a follow-up
(就医) from a receipt, the plan's 就医 measure moved on, the entry's state following a leave and a return, the
support plan after a return written as a new plan version (signed like every plan version).
"""
from __future__ import annotations

from datetime import date, timedelta

from counselor_app.domain import watch as rules
from counselor_app.services.watch import default_responsible, history, level_map, save
from counselor_app.services.watch_records import plan_digest, plan_statement
from counselor_app.store import office as office_store, watch as store, watch_records as records

MEDICAL = rules.MeasureType.MEDICAL.value


def open_or_get(session, student_id: int, at: str, today: date, *, source: str, concern: str, ref_type: str,
                ref_id: str, level: str | None = None) -> tuple[int, bool]:
    """The student's open entry, or a new one (跟进中, 重症, ``level`` or the second highest level): (id, opened)."""
    found = store.open_entry_of(session.conn, student_id)
    if found is not None:
        return found.id, False
    levels = sorted(store.levels(session.conn), key=lambda lv: lv.rank)
    chosen = next((lv for lv in levels if lv.code == level), None) or levels[max(0, len(levels) - 2)]
    entry_id = store.insert_entry(session.conn, {
        "student_id": student_id, "source": source, "source_ref_type": ref_type, "source_ref_id": ref_id,
        "level": chosen.code, "severity": rules.Severity.SEVERE.value, "state": rules.State.FOLLOWING.value,
        "opened_on": today.isoformat(), "opened_by": session.user.id,
        "next_review": rules.review_due(today, chosen).isoformat(), "peer_student_id": None, "parent_name": "",
        "parent_relation": "", "parent_phone": ""}, at)
    store.CONCERN.write(session.conn, session.clinical, entry_id, concern)
    store.set_responsible(session.conn, entry_id, default_responsible(session, student_id))
    history(session, entry_id, at, "opened", rules.State.FOLLOWING.value, chosen.code)
    return entry_id, True


def raise_to_top(session, entry_id: int, at: str, reason: str) -> None:
    """The entry at the highest level (高危), its review due within that level's days; a no-op when already."""
    entry = store.entry(session.conn, entry_id)
    top = max(store.levels(session.conn), key=lambda lv: lv.rank)
    if entry.level == top.code:
        return
    due = min(date.fromisoformat(entry.next_review), date.today() + timedelta(days=top.review_days))
    save(session, entry, {"level": top.code, "next_review": due.isoformat()}, at, None)
    history(session, entry_id, at, "level", entry.level, top.code, reason)


def set_state(session, entry_id: int, state: str, at: str, reason: str) -> None:
    """The entry follows a leave (跟进中) or a return (观察中); a no-op when closed or already there."""
    entry = store.entry(session.conn, entry_id)
    if entry is None or entry.state in (rules.State.CLOSED, state):
        return
    fields = {"state": state}
    if entry.state == rules.State.CANDIDATE and not entry.severity:
        fields["severity"] = rules.Severity.SEVERE.value
    save(session, entry, fields, at, None)
    history(session, entry_id, at, "state", entry.state, state, reason)


def medical_followup(session, entry_id: int, on_date: date, seen: str, at: str) -> int:
    """A follow-up by 就医 (the receipt's facts); the next review moves on from it when it is the latest."""
    entry = store.entry(session.conn, entry_id)
    on_date = max(on_date, date.fromisoformat(entry.opened_on))   # a visit before the entry opened: on its first day
    last = records.last_followup_date(session.conn, entry_id)
    followup_id = records.insert_followup(session.conn, {"entry_id": entry_id, "on_date": on_date.isoformat(),
                                                         "author_id": session.user.id,
                                                         "method": rules.Method.MEDICAL.value, "rating": "",
                                                         "addendum_of": None}, at)
    records.FOLLOWUP_SEEN.write(session.conn, session.clinical, followup_id, seen)
    fields = {}
    if entry.state != rules.State.CLOSED and on_date.isoformat() >= (last or ""):
        due = rules.review_due(on_date, level_map(session.conn)[entry.level])
        if due.isoformat() > entry.next_review:
            fields["next_review"] = due.isoformat()
    save(session, entry, fields, at, None)
    return followup_id


def set_measures(session, entry_id: int, measure_type: str, state: str) -> int:
    """The current plan's measures of ``measure_type`` that are not finished move to ``state``; how many did."""
    current = records.current_plan(session.conn, entry_id)
    moved = 0
    for m in records.measures(session.conn, current.id) if current else ():
        if m.type == measure_type and m.state in rules.UNFINISHED_MEASURES and m.state != state:
            records.set_measure_state(session.conn, m.id, state)
            moved += 1
    return moved


def add_plan_measures(session, entry_id: int, added: list[dict], today: date, at: str, goal: str) -> int:
    """A new plan version: the current one's goal, medication, notes and unfinished measures, and ``added``
    (measure dicts as watch_records.insert_measure takes them, with "description"). Signed by the author like
    every version. Returns the version."""
    conn = session.conn
    current = records.current_plan(conn, entry_id)
    kept, medication, notes = [], "", ""
    if current is not None:
        goal = records.PLAN_GOAL.read(conn, session.clinical, current.id) or goal
        medication = records.PLAN_MEDICATION.read(conn, session.clinical, current.id) or ""
        notes = records.PLAN_NOTES.read(conn, session.clinical, current.id) or ""
        for m in records.measures(conn, current.id):
            if m.state in rules.UNFINISHED_MEASURES:
                kept.append({"type": m.type, "owner_staff_id": m.owner_staff_id,
                             "owner_other": "" if m.owner_staff_id is not None else m.owner_name,
                             "frequency": m.frequency, "start_on": m.start_on, "due_on": m.due_on, "state": m.state,
                             "description": records.MEASURE_DESCRIPTION.read(conn, session.clinical, m.id) or ""})
    measures = kept + added
    digest = plan_digest(goal, medication, notes, measures)
    version = (current.version if current else 0) + 1
    plan_id = records.insert_plan(conn, entry_id, version, session.user.id, today.isoformat(), at, digest)
    records.PLAN_GOAL.write(conn, session.clinical, plan_id, goal)
    records.PLAN_MEDICATION.write(conn, session.clinical, plan_id, medication)
    records.PLAN_NOTES.write(conn, session.clinical, plan_id, notes)
    for n, m in enumerate(measures, 1):
        measure_id = records.insert_measure(conn, plan_id, n, m)
        records.MEASURE_DESCRIPTION.write(conn, session.clinical, measure_id, m["description"])
    if session.signer is not None:
        records.sign_plan(conn, plan_id, session.signer.sign(plan_statement(
            office_store.office_id(conn), plan_id, entry_id, version, session.user.id, today.isoformat(), digest)))
    save(session, store.entry(conn, entry_id), {}, at, None)
    return version
