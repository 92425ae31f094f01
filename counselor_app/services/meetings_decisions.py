"""Decisions of a review meeting, one per student on the agenda (维持 / 升级 / 降级 / 撤销关注 / 建议转介就医 /
建议请假休学 / 复学后跟踪), with their measures (each with an owner and a due date), the parent-contact arrangement,
the next review date and a short note (clinical: sealed).

A decision is checked against the student's open watch-list entry when it is recorded (domain/meeting.outcome:
the new level, the class of a case still 待复核, a closing reason, the next review inside the level's window) and
again when the meeting is finalized, which is when it reaches the watch list (services/meetings_finalize.py).
Until then it may be recorded again or cleared.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from counselor_app.domain import access, meeting as rules, watch as watch_rules
from counselor_app.domain.areas import Area
from counselor_app.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from counselor_app.domain.roles import Permission
from counselor_app.services.meetings import MAX_SHORT, load_meeting, meeting_day, person, text, touch
from counselor_app.services.operations import changing, operation
from counselor_app.services.session import Session
from counselor_app.store import audit, meeting_records as records, meetings as store, watch as watch_store

NO_ITEM = QT_TRANSLATE_NOOP("Errors", "This item is not on the meeting's agenda.")
NO_OPEN_ENTRY = QT_TRANSLATE_NOOP("Errors", "This student has no open watch-list entry, so the meeting cannot decide "
                                            "on one. Put the student on the watch list first, or reopen the closed "
                                            "entry, then record the decision.")
BAD_MEASURE_TYPE = QT_TRANSLATE_NOOP("Errors", "Unknown type of measure.")
NO_MEASURE_TEXT = QT_TRANSLATE_NOOP("Errors", "Measure {n}: write what is to be done.")
NO_OWNER = QT_TRANSLATE_NOOP("Errors", "Measure {n}: name who carries it out.")
DUE_BEFORE_MEETING = QT_TRANSLATE_NOOP("Errors", "Measure {n}: the due date {day} is before the meeting day.")
TOO_MANY = QT_TRANSLATE_NOOP("Errors", "A decision has at most {max} measures.")
BAD_SEVERITY = QT_TRANSLATE_NOOP("Errors", "Unknown class of case (mild or severe).")
BAD_CLOSE_REASON = QT_TRANSLATE_NOOP("Errors", "Choose why the entry is closed.")
NO_DECISION = QT_TRANSLATE_NOOP("Errors", "No decision was recorded for this student.")
FIELD_MEASURE = QT_TRANSLATE_NOOP("MeetingField", "A measure")
FIELD_OWNER = QT_TRANSLATE_NOOP("MeetingField", "The owner")
FIELD_PARENT = QT_TRANSLATE_NOOP("MeetingField", "The parent-contact arrangement")
FIELD_NOTE = QT_TRANSLATE_NOOP("MeetingField", "The note")

MAX_ACTIONS = 10


@dataclass(frozen=True)
class ActionEdit:
    """One measure the meeting decides: it becomes a measure of the entry's plan when the meeting is finalized."""
    type: str                          # domain.watch.MeasureType
    description: str
    owner_staff_id: int | None = None
    owner_other: str = ""              # someone outside the staff: 家长, 校医
    due_on: date | None = None


@dataclass(frozen=True)
class DecisionEdit:
    code: str                          # domain.meeting.Decision
    actions: tuple[ActionEdit, ...] = field(default=())
    level: str = ""                    # the new level of 升级 / 降级
    severity: str = ""                 # the class of a case still 待复核 (confirms it)
    close_reason: str = ""             # for 撤销关注: domain.watch.CloseReason
    parent_contact: str = ""           # 家长沟通安排
    next_review: date | None = None    # default: kept, or moved by a level change (domain/meeting.review_after)
    note: str = ""                     # sealed


def item_of(session: Session, meeting: store.MeetingRow, item_id: int) -> store.ItemRow:
    found = store.item(session.conn, item_id)
    if found is None or found.meeting_id != meeting.id:
        raise ValidationError(NO_ITEM)
    return found


def check(session: Session, meeting: store.MeetingRow, entry: watch_store.EntryRow, edit: DecisionEdit,
          levels: dict) -> tuple[rules.Outcome, date]:
    """The decision's outcome on ``entry`` and the next review date, or the ValidationError that says why not."""
    if edit.severity and edit.severity not in watch_rules.codes(watch_rules.Severity):
        raise ValidationError(BAD_SEVERITY)
    result = rules.outcome(edit.code, level=entry.level, state=entry.state, severity=entry.severity,
                           new_level=edit.level, new_severity=edit.severity, levels=levels)
    if result.close and edit.close_reason not in watch_rules.codes(watch_rules.CloseReason):
        raise ValidationError(BAD_CLOSE_REASON if edit.close_reason else rules.CLOSE_NEEDS_REASON)
    review = rules.next_review(meeting_day(meeting), levels[result.level], edit.next_review)
    return result, review


def _actions(session: Session, meeting: store.MeetingRow, actions) -> list[tuple[dict, str]]:
    if len(actions) > MAX_ACTIONS:
        raise ValidationError(TOO_MANY, max=MAX_ACTIONS)
    out, day = [], meeting_day(meeting)
    for n, a in enumerate(actions, 1):
        if a.type not in watch_rules.codes(watch_rules.MeasureType):
            raise ValidationError(BAD_MEASURE_TYPE)
        words = text(a.description, FIELD_MEASURE, required=True, limit=1000, missing=NO_MEASURE_TEXT)
        other = text(a.owner_other, FIELD_OWNER, limit=MAX_SHORT)
        if a.owner_staff_id is None and not other:
            raise ValidationError(NO_OWNER, n=n)
        person(session, a.owner_staff_id)
        if a.due_on is not None and a.due_on < day:
            raise ValidationError(DUE_BEFORE_MEETING, n=n, day=a.due_on.isoformat())
        out.append(({"type": a.type, "owner_staff_id": a.owner_staff_id,
                     "owner_other": "" if a.owner_staff_id is not None else other,
                     "due_on": a.due_on.isoformat() if a.due_on else None}, words))
    return out


def entry_for(session: Session, it: store.ItemRow) -> watch_store.EntryRow:
    """The student's open entry now (the item's, or one opened since the agenda was made)."""
    entry = watch_store.entry(session.conn, it.entry_id) if it.entry_id else None
    if entry is None or entry.state == watch_rules.State.CLOSED:
        entry = watch_store.open_entry_of(session.conn, it.student_id)
    if entry is None:
        raise ValidationError(NO_OPEN_ENTRY)
    return entry


@operation(Permission.MANAGE_MEETINGS, changes={Area.MEETINGS}, audit="meeting.decision", target="meeting",
           record=(access.MEETING, access.EDIT))
def record_decision(session: Session, meeting_id: int, item_id: int, edit: DecisionEdit) -> int:
    """Record (or record again) the decision for one student of the agenda; it reaches the watch list when the
    meeting is finalized."""
    from counselor_app.services.watch import level_map

    meeting = load_meeting(session, meeting_id, editable=True)
    it = item_of(session, meeting, item_id)
    entry = entry_for(session, it)
    check(session, meeting, entry, edit, level_map(session.conn))
    actions = _actions(session, meeting, edit.actions)
    parent = text(edit.parent_contact, FIELD_PARENT, limit=200)
    note_text = text(edit.note, FIELD_NOTE, limit=1000)
    conn = session.conn
    with changing(session, "meeting.decision", "meeting", meeting_id) as note:
        if it.entry_id != entry.id:
            store.update_item(conn, it.id, entry_id=entry.id, reasons=it.reasons, position=it.position)
        decision_id = records.save_decision(conn, meeting_id, item_id, {
            "entry_id": entry.id, "code": edit.code,
            "level": edit.level if edit.code in (rules.Decision.RAISE, rules.Decision.LOWER) else "",
            "severity": edit.severity, "close_reason": edit.close_reason if edit.code == rules.Decision.CLOSE else "",
            "parent_contact": parent, "next_review": edit.next_review.isoformat() if edit.next_review else None},
            audit.now_iso(), session.user.id)
        records.DECISION_NOTE.write(conn, session.clinical, decision_id, note_text or None)
        for n, (fields, words) in enumerate(actions, 1):
            action_id = records.insert_action(conn, meeting_id, decision_id, n, fields)
            records.ACTION_DESCRIPTION.write(conn, session.clinical, action_id, words)
        touch(session, meeting)
        note.detail = f"student={it.student_id} entry={entry.id} {edit.code}"
    return decision_id


@operation(Permission.MANAGE_MEETINGS, changes={Area.MEETINGS}, audit="meeting.decision_clear", target="meeting",
           record=(access.MEETING, access.EDIT))
def clear_decision(session: Session, meeting_id: int, item_id: int) -> None:
    meeting = load_meeting(session, meeting_id, editable=True)
    it = item_of(session, meeting, item_id)
    with changing(session, "meeting.decision_clear", "meeting", meeting_id) as note:
        if not records.delete_decision(session.conn, item_id):
            raise ValidationError(NO_DECISION)
        touch(session, meeting)
        note.detail = f"student={it.student_id}"


@dataclass(frozen=True)
class DecisionView:
    """A recorded decision with its measures and note (the note only for those who may read plans)."""
    decision: records.DecisionRow
    actions: tuple[tuple[records.ActionRow, str], ...]    # (action, description)
    note: str | None


@operation(Permission.MANAGE_MEETINGS, audit="view.meeting_decision", target="meeting")
def get_decision(session: Session, meeting_id: int, item_id: int) -> DecisionView | None:
    """The item's decision as recorded (None when there is none yet); audited under the student."""
    meeting = load_meeting(session, meeting_id)
    it = item_of(session, meeting, item_id)
    found = records.decision_of_item(session.conn, item_id)
    session.audit("view.meeting_decision", "student", it.student_id, detail=f"meeting={meeting_id}")
    if found is None:
        return None
    clinical = session.can(Permission.VIEW_PLANS)
    acts = tuple((a, records.ACTION_DESCRIPTION.read(session.conn, session.clinical, a.id) or "")
                 for a in records.actions(session.conn, meeting_id) if a.decision_id == found.id)
    note = records.DECISION_NOTE.read(session.conn, session.clinical, found.id) if clinical else None
    return DecisionView(found, acts, note)
