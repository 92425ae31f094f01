"""What counselors write into a watch-list entry: the plan (一人一策), follow-ups and parent contacts.

A plan is versioned: each save is a whole new version, dated and signed by its author (Ed25519 over the digest of
its content, with the author's signing key: services/watch_detail.plan_signature_ok checks it). Only a measure's
state changes in place. Follow-ups and parent contacts are immutable facts; a correction is an addendum. All
clinical text is sealed with the clinical key; every write is audited under the student.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from counselor_app.domain import watch as rules
from counselor_app.domain.areas import Area
from counselor_app.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from counselor_app.domain.roles import Permission
from counselor_app.services.operations import changing, operation
from counselor_app.services.session import Session
from counselor_app.services.watch import (ChangedMeanwhile, FIELD_PARENT, check_responsible, history, level_map,
                                          load_entry, note_student, past_day, save, text, today_or)
from counselor_app.store import audit, office as office_store, signing as sig
from counselor_app.store import watch as entry_store, watch_records as store

NO_GOAL = QT_TRANSLATE_NOOP("Errors", "Write the plan's goal.")
NO_MEASURES = QT_TRANSLATE_NOOP("Errors", "A plan needs at least one measure.")
TOO_MANY_MEASURES = QT_TRANSLATE_NOOP("Errors", "A plan has at most {max} measures.")
BAD_MEASURE_TYPE = QT_TRANSLATE_NOOP("Errors", "Unknown type of measure.")
BAD_MEASURE_STATE = QT_TRANSLATE_NOOP("Errors", "Unknown state of a measure.")
NO_OWNER = QT_TRANSLATE_NOOP("Errors", "Measure {n}: name who carries it out.")
DUE_BEFORE_START = QT_TRANSLATE_NOOP("Errors", "Measure {n}: the due date is before the start date.")
DUE_IN_PAST = QT_TRANSLATE_NOOP("Errors", "Measure {n}: the due date {day} has already passed.")
START_BEFORE_OPENED = QT_TRANSLATE_NOOP("Errors", "Measure {n}: the start date {day} is before the entry opened "
                                                  "({opened}).")
NO_MEASURE = QT_TRANSLATE_NOOP("Errors", "This measure does not exist.")
OLD_PLAN = QT_TRANSLATE_NOOP("Errors", "Only the measures of the current plan change state.")
BEFORE_OPENED = QT_TRANSLATE_NOOP("Errors", "The date {day} is before the entry opened ({opened}).")
NO_SEEN = QT_TRANSLATE_NOOP("Errors", "Write what was seen or said.")
BAD_METHOD = QT_TRANSLATE_NOOP("Errors", "Choose how the follow-up was made.")
BAD_RATING = QT_TRANSLATE_NOOP("Errors", "Choose a risk level from the office's list, or none.")
REVIEW_IN_PAST = QT_TRANSLATE_NOOP("Errors", "The next review date {day} has already passed.")
REVIEW_BEFORE = QT_TRANSLATE_NOOP("Errors", "The next review date {day} is before the follow-up.")
REVIEW_TOO_LATE = QT_TRANSLATE_NOOP("Errors", "At this level the next review is due within {days} days of the "
                                              "follow-up, by {latest}.")
NO_ORIGINAL = QT_TRANSLATE_NOOP("Errors", "The record to add to does not exist.")
NO_ADDENDUM = QT_TRANSLATE_NOOP("Errors", "Write the correction or addition.")
BAD_WAY = QT_TRANSLATE_NOOP("Errors", "Choose how the parent was contacted.")
BAD_RESULT = QT_TRANSLATE_NOOP("Errors", "Choose the result of the contact.")
NO_PERSON = QT_TRANSLATE_NOOP("Errors", "Name whom you talked to (mother, father, grandmother …).")
NO_FACTS = QT_TRANSLATE_NOOP("Errors", "Write what was communicated.")
NEXT_CONTACT_PAST = QT_TRANSLATE_NOOP("Errors", "The next contact date {day} is before the contact.")
FIELD_GOAL = QT_TRANSLATE_NOOP("WatchField", "The goal")
FIELD_MEDICATION = QT_TRANSLATE_NOOP("WatchField", "The medication")
FIELD_NOTES = QT_TRANSLATE_NOOP("WatchField", "The notes")
FIELD_MEASURE = QT_TRANSLATE_NOOP("WatchField", "A measure's description")
FIELD_FREQUENCY = QT_TRANSLATE_NOOP("WatchField", "The frequency")
FIELD_OWNER = QT_TRANSLATE_NOOP("WatchField", "The owner")
FIELD_SEEN = QT_TRANSLATE_NOOP("WatchField", "What was seen")
FIELD_SUPPORT = QT_TRANSLATE_NOOP("WatchField", "The family's support")
FIELD_FACTS = QT_TRANSLATE_NOOP("WatchField", "What was communicated")
FIELD_AGREEMENTS = QT_TRANSLATE_NOOP("WatchField", "The agreements")

MAX_MEASURES = 20


@dataclass(frozen=True)
class MeasureEdit:
    type: str
    description: str
    start_on: date
    owner_staff_id: int | None = None
    owner_other: str = ""          # someone outside the staff: 家长, 校医
    frequency: str = ""            # 每周一次
    due_on: date | None = None
    state: str = rules.MeasureState.PLANNED.value


@dataclass(frozen=True)
class PlanEdit:
    goal: str
    measures: tuple[MeasureEdit, ...]
    medication: str = ""           # as the family reports it: never prescribed by the school
    notes: str = ""


@dataclass(frozen=True)
class FollowUpEdit:
    on_date: date
    method: str
    seen: str
    rating: str = ""               # the level seen now: a different one changes the entry's level
    next_review: date | None = None   # default: the follow-up plus the level's days


@dataclass(frozen=True)
class ContactEdit:
    on_date: date
    contact_person: str
    way: str
    result: str
    facts: str
    family_support: str = ""
    agreements: str = ""
    next_contact_on: date | None = None


# -- plans ------------------------------------------------------------------------------------------------------

def _measure(session: Session, n: int, m: MeasureEdit, opened: date, today: date, fresh: bool) -> dict:
    if m.type not in rules.codes(rules.MeasureType):
        raise ValidationError(BAD_MEASURE_TYPE)
    if m.state not in rules.codes(rules.MeasureState):
        raise ValidationError(BAD_MEASURE_STATE)
    other = text(m.owner_other, FIELD_OWNER, limit=50)
    if m.owner_staff_id is not None:
        check_responsible(session, [(m.owner_staff_id, rules.Duty.COUNSELOR.value)])   # exists, still at school
    elif not other:
        raise ValidationError(NO_OWNER, n=n)
    if m.start_on < opened:
        raise ValidationError(START_BEFORE_OPENED, n=n, day=m.start_on.isoformat(), opened=opened.isoformat())
    if m.due_on is not None:
        if m.due_on < m.start_on:
            raise ValidationError(DUE_BEFORE_START, n=n)
        if fresh and m.due_on < today and m.state in rules.UNFINISHED_MEASURES:
            raise ValidationError(DUE_IN_PAST, n=n, day=m.due_on.isoformat())
    return {"type": m.type, "description": text(m.description, FIELD_MEASURE, limit=1000),
            "owner_staff_id": m.owner_staff_id, "owner_other": "" if m.owner_staff_id is not None else other,
            "frequency": text(m.frequency, FIELD_FREQUENCY, limit=50), "start_on": m.start_on.isoformat(),
            "due_on": m.due_on.isoformat() if m.due_on else None, "state": m.state}


def plan_digest(goal: str, medication: str, notes: str, measures: list[dict]) -> str:
    """SHA-256 of a plan version's content: what its author signs. A measure's state changes in place later, so
    it is not part of it."""
    keep = ("type", "description", "owner_staff_id", "owner_other", "frequency", "start_on", "due_on")
    content = {"goal": goal, "medication": medication, "notes": notes,
               "measures": [{k: m[k] for k in keep} for m in measures]}
    return sig.digest(sig.canonical(content))


def plan_statement(office_id: str, plan_id: int, entry_id: int, version: int, author_id: int, written_on: str,
                   digest: str) -> bytes:
    return sig.statement("plan", office_id, plan_id, entry_id, version, author_id, written_on, digest)


@operation((Permission.EDIT_WATCHLIST, Permission.VIEW_PLANS), changes={Area.WATCH}, audit="watch.plan",
           target="watch")
def save_plan(session: Session, entry_id: int, plan: PlanEdit, base_version: int, *,
              today: date | None = None) -> int:
    """A new version of the entry's plan. ``base_version`` is the version the author started from (0 for the first
    plan): when someone saved another version meanwhile, nothing is saved (ChangedMeanwhile). Returns the version."""
    today = today_or(today)
    entry = load_entry(session, entry_id, open_only=True)
    goal = text(plan.goal, FIELD_GOAL, required=True, missing=NO_GOAL)
    if not plan.measures:
        raise ValidationError(NO_MEASURES)
    if len(plan.measures) > MAX_MEASURES:
        raise ValidationError(TOO_MANY_MEASURES, max=MAX_MEASURES)
    opened = date.fromisoformat(entry.opened_on)
    current = store.current_plan(session.conn, entry_id)
    kept = set()
    if current is not None:   # a measure carried over unchanged may keep a due date that has passed meanwhile
        kept = {(m.type, m.due_on) for m in store.measures(session.conn, current.id)}
    measures = [_measure(session, n, m, opened, today, (m.type, m.due_on.isoformat() if m.due_on else None)
                         not in kept) for n, m in enumerate(plan.measures, 1)]
    medication = text(plan.medication, FIELD_MEDICATION, limit=1000)
    notes = text(plan.notes, FIELD_NOTES)
    digest = plan_digest(goal, medication, notes, measures)
    at = audit.now_iso()
    with changing(session, "watch.plan", "student", entry.student_id) as note:
        current = store.current_plan(session.conn, entry_id)
        if (current.version if current else 0) != base_version:
            raise ChangedMeanwhile()
        version = base_version + 1
        plan_id = store.insert_plan(session.conn, entry_id, version, session.user.id, today.isoformat(), at, digest)
        store.PLAN_GOAL.write(session.conn, session.clinical, plan_id, goal)
        store.PLAN_MEDICATION.write(session.conn, session.clinical, plan_id, medication)
        store.PLAN_NOTES.write(session.conn, session.clinical, plan_id, notes)
        for n, m in enumerate(measures, 1):
            measure_id = store.insert_measure(session.conn, plan_id, n, m)
            store.MEASURE_DESCRIPTION.write(session.conn, session.clinical, measure_id, m["description"])
        if session.signer is not None:
            office_id = office_store.office_id(session.conn)
            store.sign_plan(session.conn, plan_id, session.signer.sign(
                plan_statement(office_id, plan_id, entry_id, version, session.user.id, today.isoformat(), digest)))
        save(session, entry, {}, at, None)   # the entry's revision moves: a page showing it reloads
        note_student(note, entry_id, f"plan=v{version}")
    return version


@operation(Permission.EDIT_WATCHLIST, changes={Area.WATCH}, audit="watch.measure", target="watch_measure")
def set_measure_state(session: Session, measure_id: int, state: str) -> None:
    """A measure of the current plan started, done or stopped."""
    found = store.measure(session.conn, measure_id)
    if found is None:
        raise ValidationError(NO_MEASURE)
    entry_id, plan_id, old = found
    if state not in rules.codes(rules.MeasureState):
        raise ValidationError(BAD_MEASURE_STATE)
    entry = load_entry(session, entry_id, open_only=True)
    current = store.current_plan(session.conn, entry_id)
    if current is None or current.id != plan_id:
        raise ValidationError(OLD_PLAN)
    at = audit.now_iso()
    with changing(session, "watch.measure", "student", entry.student_id) as note:
        store.set_measure_state(session.conn, measure_id, state)
        save(session, entry, {}, at, None)
        note_student(note, entry_id, f"measure={measure_id} {old}>{state}")


# -- follow-ups -------------------------------------------------------------------------------------------------

@operation(Permission.EDIT_WATCHLIST, changes={Area.WATCH}, audit="watch.followup", target="watch")
def add_followup(session: Session, entry_id: int, f: FollowUpEdit, *, today: date | None = None) -> int:
    """A follow-up: a fact with date, author, method, what was seen and a re-rating. A rating other than the
    entry's level changes the level (history: the follow-up). The next review date moves on from it."""
    today = today_or(today)
    entry = load_entry(session, entry_id, open_only=True)
    opened = date.fromisoformat(entry.opened_on)
    day = past_day(f.on_date, today, not_before=opened, before_message=BEFORE_OPENED)
    if f.method not in rules.codes(rules.Method):
        raise ValidationError(BAD_METHOD)
    levels = level_map(session.conn)
    if f.rating and f.rating not in {lv.code for lv in entry_store.levels(session.conn)}:
        raise ValidationError(BAD_RATING)
    seen = text(f.seen, FIELD_SEEN, required=True, missing=NO_SEEN)
    level = levels[f.rating or entry.level]
    latest = rules.review_due(f.on_date, level)
    due = f.next_review or latest
    if f.next_review is not None:
        if f.next_review < f.on_date:
            raise ValidationError(REVIEW_BEFORE, day=f.next_review.isoformat())
        if f.next_review < today:
            raise ValidationError(REVIEW_IN_PAST, day=f.next_review.isoformat())
        if f.next_review > latest:
            raise ValidationError(REVIEW_TOO_LATE, days=level.review_days, latest=latest.isoformat())
    at = audit.now_iso()
    with changing(session, "watch.followup", "student", entry.student_id) as note:
        followup_id = store.insert_followup(session.conn, {"entry_id": entry_id, "on_date": day,
                                                           "author_id": session.user.id, "method": f.method,
                                                           "rating": f.rating, "addendum_of": None}, at)
        store.FOLLOWUP_SEEN.write(session.conn, session.clinical, followup_id, seen)
        last = store.last_followup_date(session.conn, entry_id)
        fields = {}
        if day >= (last or day):   # an older follow-up entered late does not move the review date back
            fields["next_review"] = due.isoformat()
        if f.rating and f.rating != entry.level:
            fields["level"] = f.rating
            history(session, entry_id, at, "level", entry.level, f.rating, f"#followup {followup_id}")
        save(session, entry, fields, at, None)
        note_student(note, entry_id, f"followup={followup_id}")
    return followup_id


def _addendum(session: Session, original, entry_id: int, body: str, action: str, insert) -> int:
    entry = load_entry(session, entry_id)
    words = text(body, FIELD_SEEN, required=True, missing=NO_ADDENDUM)
    at = audit.now_iso()
    with changing(session, action, "student", entry.student_id) as note:
        row_id = insert(words, at)
        save(session, entry, {}, at, None)
        note_student(note, entry_id, f"addendum_of={original}")
    return row_id


@operation(Permission.EDIT_WATCHLIST, changes={Area.WATCH}, audit="watch.followup_addendum", target="watch_followup")
def add_followup_addendum(session: Session, followup_id: int, body: str, *, today: date | None = None) -> int:
    """A correction or addition to a follow-up, dated today and signed by its writer; the original stays."""
    original = store.followup(session.conn, followup_id)
    if original is None:
        raise ValidationError(NO_ORIGINAL)
    day = today_or(today).isoformat()

    def insert(words: str, at: str) -> int:
        row = store.insert_followup(session.conn, {"entry_id": original.entry_id, "on_date": day,
                                                   "author_id": session.user.id, "method": original.method,
                                                   "rating": "", "addendum_of": followup_id}, at)
        store.FOLLOWUP_SEEN.write(session.conn, session.clinical, row, words)
        return row

    return _addendum(session, followup_id, original.entry_id, body, "watch.followup_addendum", insert)


# -- parent contacts --------------------------------------------------------------------------------------------

@operation(Permission.EDIT_WATCHLIST, changes={Area.WATCH}, audit="watch.contact", target="watch")
def add_contact(session: Session, entry_id: int, c: ContactEdit, *, today: date | None = None) -> int:
    """A parent contact (家校沟通): whom, how, the result, the family's support, what was communicated, what was
    agreed, when to contact next. Facts relevant to support only. Counts as a follow-up for the review date."""
    today = today_or(today)
    entry = load_entry(session, entry_id, open_only=True)
    opened = date.fromisoformat(entry.opened_on)
    day = past_day(c.on_date, today, not_before=opened, before_message=BEFORE_OPENED)
    person = text(c.contact_person, FIELD_PARENT, required=True, limit=50, missing=NO_PERSON)
    if c.way not in rules.codes(rules.ContactWay):
        raise ValidationError(BAD_WAY)
    if c.result not in rules.codes(rules.ContactResult):
        raise ValidationError(BAD_RESULT)
    facts = text(c.facts, FIELD_FACTS, required=True, missing=NO_FACTS)
    support = text(c.family_support, FIELD_SUPPORT, limit=1000)
    agreements = text(c.agreements, FIELD_AGREEMENTS, limit=1000)
    if c.next_contact_on is not None and c.next_contact_on < c.on_date:
        raise ValidationError(NEXT_CONTACT_PAST, day=c.next_contact_on.isoformat())
    level = level_map(session.conn)[entry.level]
    at = audit.now_iso()
    with changing(session, "watch.contact", "student", entry.student_id) as note:
        contact_id = store.insert_contact(session.conn, {
            "entry_id": entry_id, "on_date": day, "author_id": session.user.id, "contact_person": person,
            "way": c.way, "result": c.result, "addendum_of": None,
            "next_contact_on": c.next_contact_on.isoformat() if c.next_contact_on else None}, at)
        store.CONTACT_FACTS.write(session.conn, session.clinical, contact_id, facts)
        store.CONTACT_SUPPORT.write(session.conn, session.clinical, contact_id, support)
        store.CONTACT_AGREEMENTS.write(session.conn, session.clinical, contact_id, agreements)
        fields = {}
        if c.result == rules.ContactResult.REACHED:   # a real conversation counts as a review
            due = rules.review_due(c.on_date, level)
            if due.isoformat() > entry.next_review:
                fields["next_review"] = due.isoformat()
        save(session, entry, fields, at, None)
        note_student(note, entry_id, f"contact={contact_id}")
    return contact_id


@operation(Permission.EDIT_WATCHLIST, changes={Area.WATCH}, audit="watch.contact_addendum", target="watch_contact")
def add_contact_addendum(session: Session, contact_id: int, body: str, *, today: date | None = None) -> int:
    original = store.contact(session.conn, contact_id)
    if original is None:
        raise ValidationError(NO_ORIGINAL)
    day = today_or(today).isoformat()

    def insert(words: str, at: str) -> int:
        row = store.insert_contact(session.conn, {
            "entry_id": original.entry_id, "on_date": day, "author_id": session.user.id,
            "contact_person": original.contact_person, "way": original.way, "result": original.result,
            "next_contact_on": None, "addendum_of": contact_id}, at)
        store.CONTACT_FACTS.write(session.conn, session.clinical, row, words)
        return row

    return _addendum(session, contact_id, original.entry_id, body, "watch.contact_addendum", insert)

