"""Reading a watch-list entry whole: the entry window, a plan version, the profile section and the timeline.

Every look is audited under the student (``view.watch_entry``, the entry's id in the detail). The clinical text is
opened with the session's clinical key; a plan version's signature is checked against its author's signing key
from the signed account roster.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from counselor_app.domain import watch as rules
from counselor_app.domain.errors import QT_TRANSLATE_NOOP
from counselor_app.domain.roles import Permission
from counselor_app.services.operations import operation
from counselor_app.services.profile import Translate, english, profile_section
from counselor_app.services.session import Session
from counselor_app.services.timeline import Query, TimelineEvent, timeline_source
from counselor_app.services.watch import NO_ENTRY, WatchRow, load_entry, today_or, watch_rows
from counselor_app.services.watch_records import plan_digest, plan_statement
from counselor_app.store import office as office_store, staff as staff_store, students as student_store
from counselor_app.store import watch as entry_store, watch_records as store
from counselor_app.domain.errors import ValidationError


@dataclass(frozen=True)
class HistoryItem:
    at: str
    by: str
    kind: str
    old: str
    new: str
    reason: str


@dataclass(frozen=True)
class Measure:
    id: int
    type: str
    description: str
    owner_staff_id: int | None
    owner: str
    owner_phone: str
    frequency: str
    start_on: str
    due_on: str | None
    state: str


@dataclass(frozen=True)
class Plan:
    id: int
    version: int
    author: str
    written_on: str
    goal: str
    medication: str
    notes: str
    measures: tuple[Measure, ...]
    signed: bool            # the author's signature checks out
    digest: str


@dataclass(frozen=True)
class FollowUp:
    id: int
    on_date: str
    author: str
    method: str
    seen: str
    rating: str
    addenda: tuple["FollowUp", ...] = ()


@dataclass(frozen=True)
class Contact:
    id: int
    on_date: str
    author: str
    contact_person: str
    way: str
    result: str
    family_support: str
    facts: str
    agreements: str
    next_contact_on: str | None
    addenda: tuple["Contact", ...] = ()


@dataclass(frozen=True)
class EntryDetail:
    entry: entry_store.EntryRow
    row: WatchRow                           # the list's view of it: student, class, responsible, overdue
    gender: str
    peer: str                               # the peer carer's name, '' none
    concern: str
    close_note: str
    responsible: tuple[entry_store.Responsible, ...]
    history: tuple[HistoryItem, ...]
    plan: Plan | None
    plan_versions: tuple[tuple[int, int, str, str], ...]   # (plan id, version, author, written on), newest first
    followups: tuple[FollowUp, ...]
    contacts: tuple[Contact, ...]
    levels: tuple[rules.Level, ...] = field(default_factory=tuple)   # every level, inactive ones too
    staff_names: dict[int, str] = field(default_factory=dict)   # everyone the history names, those who left too


def _plan(session: Session, p: store.PlanRow) -> Plan:
    keys, conn = session.clinical, session.conn
    measures = tuple(Measure(m.id, m.type, store.MEASURE_DESCRIPTION.read(conn, keys, m.id) or "", m.owner_staff_id,
                             m.owner_name, m.owner_phone, m.frequency, m.start_on, m.due_on, m.state)
                     for m in store.measures(conn, p.id))
    return Plan(p.id, p.version, p.author_name, p.written_on, store.PLAN_GOAL.read(conn, keys, p.id) or "",
                store.PLAN_MEDICATION.read(conn, keys, p.id) or "", store.PLAN_NOTES.read(conn, keys, p.id) or "",
                measures, plan_signature_ok(session, p), p.digest)


def _signature_keys(session: Session):
    from counselor_app.services import trail_check
    from counselor_app.store.keyslots import KeySlots

    slots = KeySlots.load(session.paths.keyslots)
    return trail_check.Keys(trail_check.rosters_of(session.conn, slots.office_id, None, trail_check.TrailReport()))


def plan_signature_ok(session: Session, p: store.PlanRow, keys=None) -> bool:
    """Whether the plan version carries its author's valid signature (checked with the signed roster's keys)."""
    if not p.signature:
        return False
    keys = keys or _signature_keys(session)
    message = plan_statement(office_store.office_id(session.conn), p.id, p.entry_id, p.version, p.author_id,
                             p.written_on, p.digest)
    if not (p.author_id in keys.by_signer and keys.verifies(p.author_id, bytes(p.signature), message)):
        return False
    return session.clinical is None or content_digest(session, p) == p.digest


def content_digest(session: Session, p: store.PlanRow) -> str:
    """The digest of the plan version's content as it reads now (needs the clinical key)."""
    conn, keys = session.conn, session.clinical
    measures = [{"type": m.type, "description": store.MEASURE_DESCRIPTION.read(conn, keys, m.id) or "",
                 "owner_staff_id": m.owner_staff_id, "owner_other": "" if m.owner_staff_id is not None else m.owner_name,
                 "frequency": m.frequency, "start_on": m.start_on, "due_on": m.due_on}
                for m in store.measures(conn, p.id)]
    return plan_digest(store.PLAN_GOAL.read(conn, keys, p.id) or "", store.PLAN_MEDICATION.read(conn, keys, p.id) or "",
                       store.PLAN_NOTES.read(conn, keys, p.id) or "", measures)


def unsigned_plans(session: Session) -> list[tuple[int, int]]:
    """(entry id, version) of every plan version whose signature does not check out (for verify)."""
    rows = store.all_plans(session.conn)
    if not rows:
        return []
    keys = _signature_keys(session)
    return [(p.entry_id, p.version) for p in rows if not plan_signature_ok(session, p, keys)]


def _followups(session: Session, entry_id: int) -> tuple[FollowUp, ...]:
    keys, conn = session.clinical, session.conn
    rows = store.followups(conn, entry_id)
    addenda: dict[int, list[FollowUp]] = {}
    for r in reversed(rows):   # oldest first under their original
        if r.addendum_of is not None:
            addenda.setdefault(r.addendum_of, []).append(
                FollowUp(r.id, r.on_date, r.author_name, r.method, store.FOLLOWUP_SEEN.read(conn, keys, r.id) or "",
                         ""))
    return tuple(FollowUp(r.id, r.on_date, r.author_name, r.method, store.FOLLOWUP_SEEN.read(conn, keys, r.id) or "",
                          r.rating, tuple(addenda.get(r.id, ()))) for r in rows if r.addendum_of is None)


def _contacts(session: Session, entry_id: int) -> tuple[Contact, ...]:
    keys, conn = session.clinical, session.conn

    def one(r: store.ContactRow, extra=()) -> Contact:
        return Contact(r.id, r.on_date, r.author_name, r.contact_person, r.way, r.result,
                       store.CONTACT_SUPPORT.read(conn, keys, r.id) or "", store.CONTACT_FACTS.read(conn, keys, r.id)
                       or "", store.CONTACT_AGREEMENTS.read(conn, keys, r.id) or "", r.next_contact_on, tuple(extra))

    rows = store.contacts(conn, entry_id)
    addenda: dict[int, list[Contact]] = {}
    for r in reversed(rows):
        if r.addendum_of is not None:
            addenda.setdefault(r.addendum_of, []).append(one(r))
    return tuple(one(r, addenda.get(r.id, ())) for r in rows if r.addendum_of is None)


def read_entry(session: Session, entry_id: int, today: date) -> EntryDetail:
    """The whole entry, clinical text opened (not audited: the callers audit)."""
    conn, keys = session.conn, session.clinical
    entry = load_entry(session, entry_id)
    row = watch_rows(session, [r for r in entry_store.list_rows(conn, student_id=entry.student_id)
                               if r.id == entry_id], today)[0]
    student = student_store.by_id(conn, entry.student_id)
    peer = student_store.by_id(conn, entry.peer_student_id) if entry.peer_student_id else None
    hist = tuple(HistoryItem(h.at, h.user_name, h.kind, h.old_value, h.new_value,
                             entry_store.HISTORY_REASON.read(conn, keys, h.id) or "")
                 for h in entry_store.history(conn, entry_id))
    versions = store.plans(conn, entry_id)
    named = {int(part.partition(":")[2]) for h in hist if h.kind == "responsible"
             for part in f"{h.old},{h.new}".split(",") if part.partition(":")[2].isdigit()}
    staff_names = {sid: member.name for sid in sorted(named) if (member := staff_store.by_id(conn, sid))}
    return EntryDetail(entry, row, student.gender if student else "", peer.name if peer else "",
                       entry_store.CONCERN.read(conn, keys, entry_id) or "",
                       entry_store.CLOSE_NOTE.read(conn, keys, entry_id) or "",
                       tuple(entry_store.responsible(conn, entry_id)), hist,
                       _plan(session, versions[0]) if versions else None,
                       tuple((p.id, p.version, p.author_name, p.written_on) for p in versions),
                       _followups(session, entry_id), _contacts(session, entry_id),
                       tuple(entry_store.levels(conn, all_levels=True)), staff_names)


@operation((Permission.VIEW_WATCHLIST, Permission.VIEW_PLANS), audit="view.watch_entry", target="watch")
def get_entry(session: Session, entry_id: int, *, today: date | None = None) -> EntryDetail:
    """Everything about one entry for the entry window; the look is audited under the student."""
    detail = read_entry(session, entry_id, today_or(today))
    session.audit("view.watch_entry", "student", detail.entry.student_id, detail=f"entry={entry_id}")
    return detail


@operation((Permission.VIEW_WATCHLIST, Permission.VIEW_PLANS), audit="view.watch_plan", target="watch_plan")
def get_plan_version(session: Session, plan_id: int) -> Plan:
    """An earlier version of a plan, as it was written."""
    p = store.plan(session.conn, plan_id)
    if p is None:
        raise ValidationError(NO_ENTRY)
    entry = load_entry(session, p.entry_id)
    plan = _plan(session, p)
    session.audit("view.watch_plan", "student", entry.student_id, detail=f"entry={p.entry_id} plan=v{p.version}")
    return plan


# -- the student's profile and timeline -------------------------------------------------------------------------

@dataclass(frozen=True)
class WatchSummary:
    """The student's entries for the profile: the list's rows (no clinical text), newest first."""
    entries: tuple[WatchRow, ...]
    may_edit: bool


@profile_section("watch", QT_TRANSLATE_NOOP("ProfileSection", "Watch list"), Permission.VIEW_WATCHLIST)
def watch_section(session: Session, student_id: int, *, tr: Translate = english,
                  today: date | None = None) -> WatchSummary:
    rows = watch_rows(session, entry_store.list_rows(session.conn, student_id=student_id), today_or(today))
    rows.sort(key=lambda r: (r.state != rules.State.CLOSED, r.opened_on, r.id), reverse=True)
    return WatchSummary(tuple(rows), session.can(Permission.EDIT_WATCHLIST))


OPENED = QT_TRANSLATE_NOOP("Timeline", "Put on the watch list ({level})")
LEVEL = QT_TRANSLATE_NOOP("Timeline", "Watch-list level: {old} → {new}")
STATE = QT_TRANSLATE_NOOP("Timeline", "Watch list: {new}")
CLOSE_ASKED = QT_TRANSLATE_NOOP("Timeline", "Closing of the watch-list entry asked")
CLOSED_EVENT = QT_TRANSLATE_NOOP("Timeline", "Watch-list entry closed")
REOPENED = QT_TRANSLATE_NOOP("Timeline", "Watch-list entry reopened ({level})")
RESPONSIBLE = QT_TRANSLATE_NOOP("Timeline", "Responsible people changed")
FOLLOWED = QT_TRANSLATE_NOOP("Timeline", "Follow-up: {method}")
CONTACTED = QT_TRANSLATE_NOOP("Timeline", "Parent contact: {person}, {way}")
PLANNED = QT_TRANSLATE_NOOP("Timeline", "Plan version {version} written")


def level_words(levels: dict[str, rules.Level], code: str, tr: Translate) -> str:
    found = levels.get(code)
    return found.name(tr) if found else code


@timeline_source("watch", QT_TRANSLATE_NOOP("Timeline", "Watch list"), Permission.VIEW_WATCHLIST,
                 covers=("watch.open", "watch.level", "watch.state", "watch.close", "watch.close_request",
                         "watch.reopen", "watch.responsible", "watch.followup", "watch.contact", "watch.plan"))
def watch_events(q: Query) -> list[TimelineEvent]:
    """Opening, level and state changes, closing, follow-ups, parent contacts and plan versions. Titles only: the
    clinical text stays in the entry window."""
    conn = q.session.conn
    entries = entry_store.entries_of(conn, q.student_id)
    if not entries:
        return []
    levels = {lv.code: lv for lv in entry_store.levels(conn, all_levels=True)}
    out: list[TimelineEvent] = []
    for entry_id, h in entry_store.history_of_entries(conn, [e.id for e in entries]):
        title = {
            "opened": lambda: q.tr(OPENED).format(level=level_words(levels, h.new_value, q.tr)),
            "level": lambda: q.tr(LEVEL).format(old=level_words(levels, h.old_value, q.tr),
                                                new=level_words(levels, h.new_value, q.tr)),
            "state": lambda: q.tr(STATE).format(new=q.tr(rules.State(h.new_value).label)),
            "close_requested": lambda: q.tr(CLOSE_ASKED),
            "closed": lambda: q.tr(CLOSED_EVENT),
            "reopened": lambda: q.tr(REOPENED).format(level=level_words(levels, h.new_value, q.tr)),
            "responsible": lambda: q.tr(RESPONSIBLE),
        }.get(h.kind)
        if title is not None:
            out.append(TimelineEvent(h.at, "watch", 4 * h.id, title(), "", h.user_name))
    for e in entries:
        for f in store.followups(conn, e.id):
            if f.addendum_of is None:
                out.append(TimelineEvent(f.created_at, "watch", 4 * f.id + 1,
                                         q.tr(FOLLOWED).format(method=q.tr(rules.Method(f.method).label)),
                                         f.on_date, f.author_name))
        for c in store.contacts(conn, e.id):
            if c.addendum_of is None:
                out.append(TimelineEvent(c.created_at, "watch", 4 * c.id + 2, q.tr(CONTACTED).format(
                    person=c.contact_person, way=q.tr(rules.ContactWay(c.way).label)), c.on_date, c.author_name))
        for p in store.plans(conn, e.id):
            out.append(TimelineEvent(p.created_at, "watch", 4 * p.id + 3,
                                     q.tr(PLANNED).format(version=p.version), p.written_on, p.author_name))
    if q.before is not None:
        out = [ev for ev in out if ev.at < q.before]
    out.sort(key=lambda ev: (ev.at, ev.seq), reverse=True)
    return out[:q.limit]

