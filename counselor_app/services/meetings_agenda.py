"""A review meeting's agenda (议程): built from the records, refreshed until the meeting starts, changed by hand.

Who goes on it (domain/meeting.agenda_reasons): the grade's open entries due for review by the meeting (or within a
week of it), those opened or whose level changed since the grade's last finalized meeting, students back from leave
or suspension since then, students with an action of that meeting still open, and screening candidates still
waiting for their review. The most serious level first, then by class and student number. A counselor may add any
student of the grade (kept by every refresh, with their place), remove an item that has no decision, and reorder.

:func:`get_meeting` reads the meeting with its agenda; each item carries the entry's summary (level, state, last
follow-up, the plan's measures due) for those allowed to see plans, and its decision if one was recorded.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from counselor_app.domain import access, meeting as rules
from counselor_app.domain.areas import Area
from counselor_app.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from counselor_app.domain.meeting import local_day
from counselor_app.domain.roles import Permission
from counselor_app.services.meetings import NOT_PREPARING, class_labels, load_meeting, meeting_day, touch
from counselor_app.services.operations import changing, operation
from counselor_app.services.session import Session
from counselor_app.store import audit, meeting_records as records, meetings as store, students as student_store
from counselor_app.store import membership, watch as watch_store

NOT_IN_GRADE = QT_TRANSLATE_NOOP("Errors", "This student is not in {grade}: a meeting discusses the students of its "
                                           "own grade or department.")
NO_STUDENT = QT_TRANSLATE_NOOP("Errors", "This student is not in the register.")
ALREADY_ON = QT_TRANSLATE_NOOP("Errors", "This student is already on the agenda.")
NO_ITEM = QT_TRANSLATE_NOOP("Errors", "This item is not on the meeting's agenda.")
HAS_DECISION = QT_TRANSLATE_NOOP("Errors", "A decision was recorded for this student: clear it before taking the "
                                           "student off the agenda.")
BAD_ORDER = QT_TRANSLATE_NOOP("Errors", "The new order must name every item of the agenda once.")

PREPARING = rules.MeetingState.PREPARING.value


def _computed(session: Session, meeting: store.MeetingRow) -> list[tuple[int, int | None, str, tuple]]:
    """(student id, entry id, reasons, sort key) of everyone the records put on the meeting's agenda."""
    conn = session.conn
    day = meeting_day(meeting)
    previous = store.meeting(conn, meeting.previous_id) if meeting.previous_id else None
    since = date.fromisoformat(previous.held_on) if previous else None
    after = (since or day - timedelta(days=rules.FIRST_MEETING_DAYS)).isoformat()
    ranks = {lv.code: lv.rank for lv in watch_store.levels(conn, all_levels=True)}
    returned = records.returns_in_grade(conn, meeting.grade_id, after, day.isoformat())
    acting = {a.student_id for a in records.open_actions(conn, meeting_id=previous.id)} if previous else set()
    out, seen = [], set()
    for e in records.open_entries_of_grade(conn, meeting.grade_id, day.isoformat()):   # the grade on the day
        facts = rules.AgendaFacts(e.student_id, e.entry_id, e.state, date.fromisoformat(e.opened_on),
                                  date.fromisoformat(e.next_review),
                                  date.fromisoformat(local_day(e.last_level_change)) if e.last_level_change else None,
                                  date.fromisoformat(returned[e.student_id]) if e.student_id in returned else None,
                                  e.screening_pending, e.student_id in acting)
        reasons = rules.agenda_reasons(facts, since, day)
        seen.add(e.student_id)
        if reasons:
            out.append((e.student_id, e.entry_id, rules.reasons_text(reasons),
                        (-ranks.get(e.level, 0), e.class_order, e.student_no)))
    for student_id, day_back in returned.items():   # back from leave without an open entry: discussed too
        if student_id not in seen:
            out.append((student_id, None, rules.Reason.RETURNED.value, (0, *store.student_place(conn, student_id))))
    out.sort(key=lambda r: r[3])
    return out


def build(session: Session, meeting: store.MeetingRow, at: str) -> int:
    """Write the agenda of a meeting being prepared (inside the caller's transaction): items the records no longer
    ask for go (unless added by hand or decided), the others keep their place and reasons are brought up to date,
    new ones come after them. Returns the number of items."""
    conn = session.conn
    computed = _computed(session, meeting)
    wanted = {s: (e, r) for s, e, r, _k in computed}
    existing = store.items(conn, meeting.id)
    decided = {d.item_id for d in records.decisions(conn, meeting.id)}
    keep, drop = [], []
    for it in existing:
        if it.student_id in wanted or it.manual or it.id in decided:
            keep.append(it)
        else:
            drop.append(it.id)
    store.delete_items(conn, drop)
    kept_students = {it.student_id for it in keep}
    positions = []
    for n, it in enumerate(keep, 1):
        entry, reasons = wanted.get(it.student_id, (None, ""))
        if it.manual:
            reasons = rules.reasons_text(rules.reasons_of(reasons) + (rules.Reason.MANUAL.value,))
        open_entry = watch_store.open_entry_of(conn, it.student_id)
        store.update_item(conn, it.id, entry_id=entry or (open_entry.id if open_entry else it.entry_id),
                          reasons=reasons or it.reasons, position=-n)
        positions.append((it.id, n))
    store.set_positions(conn, positions)
    fresh = [(s, e, r, len(keep) + n, False)
             for n, (s, e, r, _k) in enumerate((c for c in computed if c[0] not in kept_students), 1)]
    store.insert_items(conn, meeting.id, fresh, at, session.user.id)
    return len(keep) + len(fresh)


def _open(session: Session, meeting_id: int, revision: int | None = None) -> store.MeetingRow:
    return load_meeting(session, meeting_id, revision=revision, editable=True)


@operation(Permission.MANAGE_MEETINGS, changes={Area.MEETINGS}, audit="meeting.agenda_refresh", target="meeting",
           record=(access.MEETING, access.EDIT))
def refresh_agenda(session: Session, meeting_id: int) -> int:
    """Build the agenda again from the records (only while the meeting is being prepared): students added by hand,
    decided items and the order of those staying are kept; the people invited get the new classes' head teachers."""
    from counselor_app.services import meetings_attendance

    meeting = _open(session, meeting_id)
    if meeting.state != PREPARING:
        raise ValidationError(NOT_PREPARING)
    with changing(session, "meeting.agenda_refresh", "meeting", meeting_id) as note:
        count = build(session, meeting, audit.now_iso())
        meetings_attendance.invite_defaults(session, meeting)
        touch(session, meeting)
        note.detail = f"items={count}"
    return count


def grade_of_student(session: Session, student_id: int) -> int | None:
    return store.grade_of_student(session.conn, student_id)


@operation(Permission.MANAGE_MEETINGS, changes={Area.MEETINGS}, audit="meeting.agenda_add", target="meeting",
           record=(access.MEETING, access.EDIT))
def add_student(session: Session, meeting_id: int, student_id: int) -> int:
    """Put a student of the grade (now, or on the meeting's day) on the agenda by hand (at its end); a refresh keeps
    them."""
    meeting = _open(session, meeting_id)
    if student_store.by_id(session.conn, student_id) is None:
        raise ValidationError(NO_STUDENT)
    if grade_of_student(session, student_id) != meeting.grade_id and not membership.in_grade_on(
            session.conn, student_id, meeting.grade_id, meeting.held_on):   # in it now, or on the meeting's day
        raise ValidationError(NOT_IN_GRADE, grade=meeting.grade)
    items = store.items(session.conn, meeting_id)
    if any(it.student_id == student_id for it in items):
        raise ValidationError(ALREADY_ON)
    entry = watch_store.open_entry_of(session.conn, student_id)
    with changing(session, "meeting.agenda_add", "meeting", meeting_id) as note:
        store.insert_items(session.conn, meeting_id, [(student_id, entry.id if entry else None,
                                                       rules.Reason.MANUAL.value, len(items) + 1, True)],
                           audit.now_iso(), session.user.id)
        touch(session, meeting)
        note.detail = f"student={student_id}"
    return next(it.id for it in store.items(session.conn, meeting_id) if it.student_id == student_id)


@operation(Permission.MANAGE_MEETINGS, changes={Area.MEETINGS}, audit="meeting.agenda_remove", target="meeting",
           record=(access.MEETING, access.EDIT))
def remove_item(session: Session, meeting_id: int, item_id: int) -> None:
    """Take an item without a decision off the agenda (an item the records ask for comes back with a refresh)."""
    meeting = _open(session, meeting_id)
    items = store.items(session.conn, meeting_id)
    if item_id not in {it.id for it in items}:
        raise ValidationError(NO_ITEM)
    if records.decision_of_item(session.conn, item_id) is not None:
        raise ValidationError(HAS_DECISION)
    with changing(session, "meeting.agenda_remove", "meeting", meeting_id) as note:
        store.delete_items(session.conn, [item_id])
        store.set_positions(session.conn, [(it.id, n) for n, it in
                                           enumerate((it for it in items if it.id != item_id), 1)])
        touch(session, meeting)
        note.detail = f"item={item_id}"


@operation(Permission.MANAGE_MEETINGS, changes={Area.MEETINGS}, audit="meeting.agenda_order", target="meeting",
           record=(access.MEETING, access.EDIT))
def reorder(session: Session, meeting_id: int, item_ids: tuple[int, ...]) -> None:
    """The agenda in the order given (every item once)."""
    meeting = _open(session, meeting_id)
    items = store.items(session.conn, meeting_id)
    if sorted(item_ids) != sorted(it.id for it in items) or len(set(item_ids)) != len(item_ids):
        raise ValidationError(BAD_ORDER)
    with changing(session, "meeting.agenda_order", "meeting", meeting_id):
        store.set_positions(session.conn, [(i, n) for n, i in enumerate(item_ids, 1)])
        touch(session, meeting)


# -- the reader ---------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class EntrySummary:
    """The entry as the meeting sees it (no clinical text): level, state, last follow-up, plan measures due."""
    entry_id: int
    level: str
    state: str
    severity: str
    source: str
    next_review: str
    last_followup: str | None
    measures_due: tuple[tuple[str, str, str], ...]   # (measure type, owner, due date) of the plan's unfinished ones
    close_requested: bool


@dataclass(frozen=True)
class AgendaItem:
    id: int
    position: int
    student_id: int
    student_no: str
    name: str
    klass: str
    entry_id: int | None
    reasons: tuple[str, ...]        # domain.meeting.Reason codes
    manual: bool
    summary: EntrySummary | None    # None: no open entry, or the user may not see plans
    decision: str                   # the recorded decision's code, '' none
    decision_id: int | None


@dataclass(frozen=True)
class MeetingView:
    meeting: store.MeetingRow
    items: tuple[AgendaItem, ...]
    attendees: tuple[store.AttendeeRow, ...]
    follow_ups: tuple[records.OpenAction, ...]   # the previous meeting's actions still open
    summaries_shown: bool
    other_matters: str = ""                      # 其他事项 (sealed in the database)
    addenda: tuple = ()                          # services.meetings_minutes.MinutesAddendum, oldest first


def entry_summaries(session: Session, entry_ids: list[int], day: date) -> dict[int, EntrySummary]:
    from counselor_app.store import watch_records

    out = {}
    horizon = (day + timedelta(days=rules.DUE_AHEAD_DAYS)).isoformat()
    for entry_id in entry_ids:
        e = watch_store.entry(session.conn, entry_id)
        if e is None:
            continue
        plan = watch_records.current_plan(session.conn, entry_id)
        due = tuple((m.type, m.owner_name, m.due_on) for m in (watch_records.measures(session.conn, plan.id)
                                                                  if plan else [])
                    if m.state in ("planned", "ongoing") and m.due_on and m.due_on <= horizon)
        out[entry_id] = EntrySummary(entry_id, e.level, e.state, e.severity, e.source, e.next_review,
                                     watch_records.last_followup_date(session.conn, entry_id), due,
                                     bool(e.close_requested_at) and e.state != "closed")
    return out


@operation(Permission.MANAGE_MEETINGS, audit="view.meeting", target="meeting")
def get_meeting(session: Session, meeting_id: int) -> MeetingView:
    """The meeting, its agenda (with each entry's summary for those who may see plans), attendees, the previous
    meeting's open actions, the other matters and the addenda: everything the meeting window shows, in one look
    audited as ``view.meeting`` with the number of students shown (the minutes' reader is for the minutes only:
    ``view.minutes`` means someone read the minutes)."""
    from counselor_app.services import meetings_attendance
    from counselor_app.services.meetings_minutes import read_addenda

    meeting = load_meeting(session, meeting_id)
    conn = session.conn
    items = store.items(conn, meeting_id)
    shown = session.can(Permission.VIEW_PLANS) and session.can(Permission.VIEW_WATCHLIST)
    summaries = entry_summaries(session, [it.entry_id for it in items if it.entry_id], meeting_day(meeting)) \
        if shown else {}
    decided = {d.item_id: d for d in records.decisions(conn, meeting_id)}
    labels = class_labels(session, meeting, [it.student_id for it in items])   # as held, once started
    out = tuple(AgendaItem(it.id, it.position, it.student_id, it.student_no, it.name,
                           labels.get(it.student_id, ""), it.entry_id,
                           rules.reasons_of(it.reasons), it.manual, summaries.get(it.entry_id),
                           decided[it.id].code if it.id in decided else "",
                           decided[it.id].id if it.id in decided else None) for it in items)
    follow = tuple(records.open_actions(conn, meeting_id=meeting.previous_id)) if meeting.previous_id else ()
    other = store.OTHER_MATTERS.read(conn, session.clinical, meeting_id) or ""
    addenda = read_addenda(session, meeting_id)
    session.audit("view.meeting", "meeting", meeting_id, detail=str(len(out)))
    return MeetingView(meeting, out, tuple(meetings_attendance.attendee_rows(session, meeting_id)), follow, shown,
                       other, addenda)
