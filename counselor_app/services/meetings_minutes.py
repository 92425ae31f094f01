"""Everything the minutes of a review meeting (会议纪要) print, as typed rows: one reader, :func:`minutes`.

The minutes PDF (reports/, the GUI's preview, ``counselor-app print minutes --id N``) is built from a
:class:`Minutes` only; it never reads the database. The sections follow FORMS.md "Monthly review meeting":

1. ``header`` + ``meeting``: school, 年级/院系, month, day, time, place, chair, minute-taker. The title is
   "<年级>学生心理状况研判会会议纪要（<年>年<月>月）": ``meeting.grade``, ``meeting.year``, ``meeting.month_number``;
   an extra meeting adds its ``meeting.name`` (临时研判会).
2. ``attendees``: everyone invited, in order, with role and attendance; signature lines for those present, absences
   with their reason (``attendance == 'absent'``). External experts have ``external`` and their organisation.
3. ``follow_ups``: the actions the grade's previous finalized meeting decided, each done or not (from the watch
   list's plan measure it became) — the loop closed.
4. ``summary``: the month's counts as of the meeting day: open entries by level (``levels`` gives the names and
   colours, by rank), new, raised, lowered, closed, by source channel, screening alerts.
5. ``decisions``: one row per student discussed, in agenda order: the student MASKED (王*明, 七(3)班, ******0199),
   source, present state, level before → after, the decision, its measures (each with owner and due date), the
   parent-contact arrangement, the next review date. The clinical note is never printed.
6. ``other_matters``: free text (dorm visits, 心理委员 reports).
7. Signatures and the chair's approval: ``meeting.chair`` (the PDF draws the lines); ``addenda`` follow, dated and
   signed, each printed with the minutes.

``identity``: the annex that names the students (row number, name, number, class), printed on its own page and
only when asked for (``minutes(..., identity=True)``); None otherwise. Codes (state, level, decision, measure type,
role, attendance, source, reasons) are the domain's: their labels are ``domain.meeting.LABELS`` /
``domain.watch.LABELS`` (``Code.label``), levels' names ``Level.name(tr)``.
"""
from __future__ import annotations

from dataclasses import dataclass

from counselor_app.domain.meeting import MonthSummary
from counselor_app.domain.roles import Permission
from counselor_app.domain.watch import Level
from counselor_app.services.operations import operation


@dataclass(frozen=True)
class MinutesHeader:
    school_name: str
    unit_name: str              # printed beside the seal ('' none)
    university: bool            # 院系/辅导员 wording instead of 年级/班主任


@dataclass(frozen=True)
class MinutesMeeting:
    id: int
    grade: str                  # 七年级 / 心理学院
    month: str                  # 'YYYY-MM'
    year: int
    month_number: int
    kind: str                   # domain.meeting.Kind
    name: str                   # an extra meeting's name, '' for the regular one
    state: str                  # domain.meeting.MeetingState (a draft prints as such: not finalized)
    held_on: str                # 'YYYY-MM-DD'
    start_time: str             # 'HH:MM' or ''
    end_time: str
    place: str
    chair: str                  # 主持人's name, '' none
    recorder: str               # 记录人's name
    finalized_on: str           # 'YYYY-MM-DD' ('' until finalized)
    finalized_by: str           # the account's display name
    abandon_reason: str


@dataclass(frozen=True)
class MinutesAttendee:
    name: str
    role: str                   # domain.meeting.AttendeeRole
    organisation: str           # an external person's (市精神卫生中心), '' for staff
    external: bool
    attendance: str             # domain.meeting.Attendance: invited / present / absent
    absence_reason: str


@dataclass(frozen=True)
class MinutesFollowUp:
    """One action of the previous meeting and whether it was carried out."""
    student: str                # masked
    klass: str                  # 七(3)班
    measure_type: str           # domain.watch.MeasureType
    description: str
    owner: str
    due_on: str                 # '' none
    measure_state: str          # domain.watch.MeasureState of the plan measure now ('' if it never became one)
    done: bool


@dataclass(frozen=True)
class MinutesAction:
    measure_type: str           # domain.watch.MeasureType
    description: str
    owner: str
    due_on: str                 # '' none


@dataclass(frozen=True)
class MinutesDecision:
    number: int                 # 1, 2, … in agenda order (the identity annex uses the same numbers)
    student: str                # masked: 王*明
    student_no: str             # masked: ******0199
    klass: str                  # 七(3)班
    reasons: tuple[str, ...]    # domain.meeting.Reason codes
    source: str                 # domain.watch.Source ('' for a student without an entry)
    state: str                  # domain.watch.State: the present state (after the decision once finalized)
    level_before: str           # level codes ('' none)
    level_after: str
    decision: str               # domain.meeting.Decision ('' when none was recorded)
    actions: tuple[MinutesAction, ...]
    parent_contact: str
    next_review: str            # '' none


@dataclass(frozen=True)
class IdentityRow:
    number: int
    name: str
    student_no: str
    klass: str


@dataclass(frozen=True)
class MinutesAddendum:
    written_on: str
    author: str
    body: str
    signed: bool                # carries its author's valid signature


@dataclass(frozen=True)
class Minutes:
    header: MinutesHeader
    meeting: MinutesMeeting
    attendees: tuple[MinutesAttendee, ...]
    follow_ups: tuple[MinutesFollowUp, ...]
    summary: MonthSummary
    levels: tuple[Level, ...]                 # the office's levels by rank (names and colours of the summary)
    decisions: tuple[MinutesDecision, ...]
    other_matters: str
    addenda: tuple[MinutesAddendum, ...]
    identity: tuple[IdentityRow, ...] | None  # only when asked for: its own page


# -- the reader -------------------------------------------------------------------------------------------------------

def _summary(session, meeting) -> MonthSummary:
    """The month's counts for the meeting's grade as the meeting found them: as of the end of the meeting day (the
    office's local day, not the UTC one the history's timestamps carry), without what the meeting's own decisions
    changed when it was finalized (those are the decisions' section) and, once finalized, without anything written
    after that — locked minutes print the same summary every time (domain/meeting.entry_month)."""
    from counselor_app.domain import meeting as rules
    from counselor_app.domain.meeting import local_day, moment
    from counselor_app.store import meeting_records as records, watch as watch_store

    conn = session.conn
    first, _last = rules.month_bounds(meeting.month)
    day, start = meeting.held_on, first.isoformat()
    cut = moment(meeting.finalized_at) if meeting.finalized_at else None
    # finalizing writes its rows with the meeting's finalized_at, on the entries it decided (timestamps have whole
    # seconds: a row of that same second on another entry was not the meeting's, and is kept)
    decided = {d.entry_id for d in records.decisions(conn, meeting.id)} if cut is not None else set()
    ranks = {lv.code: lv.rank for lv in watch_store.levels(conn, all_levels=True)}
    entries = records.grade_entries(conn, meeting.grade_id, day)
    history: dict[int, list] = {}
    late: set[int] = set()   # opened after the minutes were finalized (a day back-dated): not in them
    for entry_id, at, kind, old, new in records.level_history(conn, [e.entry_id for e in entries]):
        if cut is not None and (moment(at) > cut or (at == meeting.finalized_at and entry_id in decided
                                                     and kind != "opened")):
            if kind == "opened" and moment(at) > cut:
                late.add(entry_id)
            continue
        history.setdefault(entry_id, []).append((local_day(at), kind, old, new))
    rows = [rules.entry_month(e.source, e.opened_on, e.level, history.get(e.entry_id, ()), start, day, ranks,
                              closed_on=e.closed_on,
                              screening_on=local_day(e.screening_at) if e.screening_at else None)
            for e in entries if e.entry_id not in late]
    return rules.month_summary(rows)


@operation(Permission.MANAGE_MEETINGS, audit="view.minutes", target="meeting")
def minutes(session, meeting_id: int, *, identity: bool = False) -> Minutes:
    """Everything the minutes print (see the module's docstring), students masked; ``identity`` adds the annex
    that names them. Audited as ``view.minutes`` (with ``identity`` in the detail when the annex was read)."""
    return _minutes(session, meeting_id, identity=identity)


def rows_closed(d, applied) -> bool:
    return bool(applied) and d.state_after == "closed"


def read_addenda(session, meeting_id: int) -> tuple[MinutesAddendum, ...]:
    """The meeting's addenda, oldest first, each with whether its author's signature holds (unaudited: the
    caller's look is the audited one)."""
    from counselor_app.services.meetings_finalize import addendum_statement
    from counselor_app.services.watch_detail import _signature_keys
    from counselor_app.store import meeting_records as records, office as office_store, signing as sig

    conn = session.conn
    found = records.addenda(conn, meeting_id)
    if not found:
        return ()
    office_id = office_store.office_id(conn)
    signers = _signature_keys(session) if any(a.signature for a in found) else None
    out = []
    for a in found:
        body = records.ADDENDUM_BODY.read(conn, session.clinical, a.id) or ""
        message = addendum_statement(office_id, a.id, meeting_id, a.author_id, a.written_on, a.digest)
        signed = (bool(a.signature) and sig.digest(sig.canonical({"meeting": meeting_id, "body": body})) == a.digest
                  and a.author_id in signers.by_signer and signers.verifies(a.author_id, bytes(a.signature), message))
        out.append(MinutesAddendum(a.written_on, a.author, body, signed))
    return tuple(out)


def minutes_meeting(m) -> MinutesMeeting:
    """The minutes' first lines from the meeting's row; the day it was finalized is the office's local day (its
    timestamp is UTC: a meeting finalized at 07:30 in Beijing was finalized that day, not the day before)."""
    from counselor_app.domain.meeting import local_day

    year, month_number = (int(x) for x in m.month.split("-"))
    return MinutesMeeting(m.id, m.grade, m.month, year, month_number, m.kind, m.name, m.state, m.held_on,
                          m.start_time, m.end_time, m.place, m.chair, m.recorder,
                          local_day(m.finalized_at) if m.finalized_at else "", m.finalizer, m.abandon_reason)


def _minutes(session, meeting_id: int, *, identity: bool) -> Minutes:
    from counselor_app.domain import meeting as rules
    from counselor_app.domain.masking import mask_name, mask_number
    from counselor_app.services import meetings
    from counselor_app.store import meeting_records as records, meetings as store, watch as watch_store

    conn, keys = session.conn, session.clinical
    m = meetings.load_meeting(session, meeting_id)
    profile = store.office_header(conn)
    header = MinutesHeader(profile[0], profile[1], profile[2] == "university")
    meeting = minutes_meeting(m)
    attendees = tuple(MinutesAttendee(a.name, a.role, a.organisation, a.staff_id is None, a.attendance,
                                      a.absence_reason) for a in store.attendees(conn, meeting_id))
    ids = [it.student_id for mid in (meeting_id, m.previous_id) if mid for it in store.items(conn, mid)]
    students = store.students_brief(conn, ids)
    labels = meetings.class_labels(session, m, ids)   # as on the meeting's day, once it has started

    def klass(sid):
        return labels.get(sid, "")

    follow = []
    if m.previous_id:
        prev_items = {it.id: it for it in store.items(conn, m.previous_id)}
        prev_decisions = {d.id: d for d in records.decisions(conn, m.previous_id)}
        for a in records.actions(conn, m.previous_id):
            it = prev_items[prev_decisions[a.decision_id].item_id]
            follow.append(MinutesFollowUp(mask_name(students.get(it.student_id, ("",))[0]), klass(it.student_id),
                                          a.type, records.ACTION_DESCRIPTION.read(conn, keys, a.id) or "", a.owner,
                                          a.due_on or "", a.measure_state, a.measure_state == "done"))
    decided = {d.item_id: d for d in records.decisions(conn, meeting_id)}
    actions: dict[int, list] = {}
    for a in records.actions(conn, meeting_id):
        actions.setdefault(a.decision_id, []).append(MinutesAction(
            a.type, records.ACTION_DESCRIPTION.read(conn, keys, a.id) or "", a.owner, a.due_on or ""))
    rows, annex = [], []
    for n, it in enumerate(store.items(conn, meeting_id), 1):
        entry = watch_store.entry(conn, it.entry_id) if it.entry_id else None
        d = decided.get(it.id)
        applied = d is not None and d.applied_at
        level_before = d.level_before if applied else (entry.level if entry else "")
        level_after = d.level_after if applied else ((d.level or level_before) if d else level_before)
        review = (d.review_after if applied else d.next_review) if d else None
        rows.append(MinutesDecision(n, mask_name(it.name), mask_number(it.student_no), klass(it.student_id),
                                    rules.reasons_of(it.reasons), entry.source if entry else "",
                                    (d.state_after if applied else entry.state) if entry else "",
                                    level_before, level_after, d.code if d else "",
                                    tuple(actions.get(d.id, ())) if d else (), d.parent_contact if d else "",
                                    "" if rows_closed(d, applied) else review or ""))
        annex.append(IdentityRow(n, it.name, it.student_no, rows[-1].klass))
    addenda = read_addenda(session, meeting_id)
    other = store.OTHER_MATTERS.read(conn, keys, meeting_id) or ""
    session.audit("view.minutes", "meeting", meeting_id, detail=f"items={len(rows)}" + (" identity" if identity else ""))
    return Minutes(header, meeting, attendees, tuple(follow), _summary(session, m),
                   tuple(watch_store.levels(conn)), tuple(rows), other, tuple(addenda),
                   tuple(annex) if identity else None)
