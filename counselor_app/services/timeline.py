"""One student's timeline: every event about the student, newest first, from sources that features register.

A source is one function that reads one kind of event, declared with :func:`timeline_source`::

    @timeline_source("watch", QT_TRANSLATE_NOOP("Timeline", "Watch list"), Permission.VIEW_WATCHLIST,
                     covers=("watch.add", "watch.level"))
    def watch_events(q: Query) -> list[TimelineEvent]: ...

It returns at most ``q.limit`` events older than ``q.before`` (None: from the newest), newest first, with their
words in the caller's language (``q.tr``). ``covers`` names the audit actions the source shows itself, so that
the audit trail's own events (who looked at or changed the file) do not show them twice. A viewer gets only the
sources their role allows; asking for another one is refused and audited.

Pages: :func:`student_timeline` merges the sources' pages and returns at most ``limit`` events with the ``before``
to ask for the next page. Events of one instant never straddle two pages, so none is lost or shown twice.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timezone
from typing import Callable, Iterable, Sequence

from counselor_app.domain import audit_labels
from counselor_app.domain.audit_labels import Names
from counselor_app.domain.errors import QT_TRANSLATE_NOOP, Text
from counselor_app.domain.roles import Permission
from counselor_app.domain.school import class_label
from counselor_app.services.profile import ENTRY_REASONS, Translate, discover, english, profile_section, \
    reason_words, user_names
from counselor_app.services.session import Session
from counselor_app.store import membership
from counselor_app.store import profile as profile_store

PAGE = 100          # events per page
MAX_FETCH = 20_000  # a source's page is never read larger than this, however many events share one instant


@dataclass(frozen=True)
class TimelineEvent:
    at: str            # ISO time, UTC (or a day, YYYY-MM-DD, with ``day_only``)
    source: str        # the key of the source it comes from
    seq: int           # the source's own row id: orders the events of one instant
    title: str         # what happened, in the caller's language
    detail: str = ""
    by: str = ""       # the user who did it, when known
    day_only: bool = False


@dataclass(frozen=True)
class TimelinePage:
    events: tuple[TimelineEvent, ...]
    sources: tuple[str, ...]      # the sources read (all the viewer may see, unless fewer were asked for)
    more: bool                    # older events exist
    before: str | None            # pass as ``before`` for the next page


@dataclass
class Query:
    """What a source is asked for."""
    session: Session
    student_id: int
    before: str | None
    limit: int
    tr: Translate
    shown_elsewhere: frozenset[str] = frozenset()   # audit actions another chosen source shows itself
    _names: Names | None = field(default=None, repr=False)

    @property
    def names(self) -> Names:
        """The users' names (looked up once per query), for audit_labels."""
        if self._names is None:
            from counselor_app.services.audit_view import level_names

            self._names = Names(users=user_names(self.session), levels=level_names(self.session))
        return self._names

    def by(self, user_id: int | None) -> str:
        return "" if user_id is None else self.names.users.get(user_id, f"#{user_id}")


@dataclass(frozen=True)
class Source:
    key: str
    title: Text
    permission: Permission
    fetch: Callable[[Query], list[TimelineEvent]]
    covers: frozenset[str]


SOURCES: dict[str, Source] = {}   # in the order declared: events of one instant are listed in this order


def timeline_source(key: str, title: Text, permission: Permission, *, covers: Iterable[str] = ()) -> Callable:
    def decorate(fn: Callable[[Query], list[TimelineEvent]]) -> Callable[[Query], list[TimelineEvent]]:
        if key in SOURCES:
            raise ValueError(f"timeline source declared twice: {key}")
        SOURCES[key] = Source(key, title, permission, fn, frozenset(covers))
        return fn
    return decorate


def sources_for(session: Session) -> list[Source]:
    discover()   # the sources of every feature, declared in its own service module
    return [s for s in SOURCES.values() if session.can(s.permission)]


@profile_section("timeline", QT_TRANSLATE_NOOP("ProfileSection", "Timeline"), Permission.VIEW_REGISTER)
def student_timeline(session: Session, student_id: int, *, tr: Translate = english, before: str | None = None,
                     limit: int = PAGE, sources: Sequence[str] | None = None) -> TimelinePage:
    """Up to ``limit`` events about the student older than ``before``, newest first, from ``sources`` (default:
    every source the role may see; one it may not is refused, and the refusal audited)."""
    if sources is None:
        chosen = sources_for(session)
    else:
        discover()
        unknown = [k for k in sources if k not in SOURCES]
        if unknown:
            raise ValueError(f"unknown timeline sources: {unknown}")
        chosen = [SOURCES[k] for k in SOURCES if k in sources]
        for s in chosen:
            session.require(s.permission, target_type="student", target_id=student_id)
    limit = max(1, limit)
    covered = frozenset().union(*(s.covers for s in chosen))
    rank = {s.key: n for n, s in enumerate(SOURCES.values())}
    fetch = limit + 1
    while True:
        pages = {}
        for s in chosen:
            q = Query(session, student_id, before, fetch, tr, covered - s.covers)
            pages[s.key] = sorted(s.fetch(q), key=lambda e: (e.at, e.seq), reverse=True)[:fetch]
        # A source that filled its page may have more events at its oldest instant and below: only events newer
        # than the newest such instant are known completely.
        horizon = max((p[-1].at for p in pages.values() if len(p) >= fetch), default=None)
        merged = sorted((e for p in pages.values() for e in p), key=lambda e: (e.at, -rank[e.source], e.seq),
                        reverse=True)
        complete = [e for e in merged if horizon is None or e.at > horizon]
        if complete or horizon is None or fetch >= MAX_FETCH:
            break
        fetch = min(fetch * 8, MAX_FETCH)   # more than a page of events at one instant: read further
    if not complete:   # more than MAX_FETCH events at one instant (never seen): show what was read
        complete = merged
    shown = complete[:limit]
    if len(complete) > limit and complete[limit].at == shown[-1].at:
        cut = shown[-1].at   # keep the events of one instant together: end the page before it …
        shown = [e for e in shown if e.at != cut] or [e for e in complete if e.at == cut]   # … or show all of it
    more = horizon is not None or len(complete) > len(shown)
    return TimelinePage(tuple(shown), tuple(s.key for s in chosen), more, shown[-1].at if more and shown else None)


# -- the register's sources ---------------------------------------------------------------------------------------

ENTERED = QT_TRANSLATE_NOOP("Timeline", "Entered the register")
STATUS_SET = QT_TRANSLATE_NOOP("Timeline", "Status changed to {status}")


def status_words(status: str, tr: Translate) -> str:
    label = audit_labels.DETAILS.get(status)
    return tr(label) if label is not None else status


@timeline_source("status", QT_TRANSLATE_NOOP("Timeline", "Status"), Permission.VIEW_REGISTER,
                 covers=("student.add", "student.status"))
def status_events(q: Query) -> list[TimelineEvent]:
    """Entering the register and every change of status (enrolled, on leave, … graduated), with the reason."""
    out = []
    for c in profile_store.status_changes(q.session.conn, q.student_id, q.before, q.limit):
        if c.status == "enrolled" and c.reason in ENTRY_REASONS:
            title = q.tr(ENTERED)
        else:
            title = q.tr(STATUS_SET).format(status=status_words(c.status, q.tr))
        out.append(TimelineEvent(c.changed_at, "status", c.id, title, reason_words(c.reason, q.tr), q.by(c.user_id)))
    return out


PLACED = QT_TRANSLATE_NOOP("Timeline", "Placed in {klass}")
MOVED_UP = QT_TRANSLATE_NOOP("Timeline", "Moved up to {klass}")
LEFT_CLASS = QT_TRANSLATE_NOOP("Timeline", "Left {klass}")
SCHOOL_YEAR = QT_TRANSLATE_NOOP("Timeline", "school year {year}")
FORMERLY = QT_TRANSLATE_NOOP("Timeline", "before: {klass}")


@timeline_source("classes", QT_TRANSLATE_NOOP("Timeline", "Classes"), Permission.VIEW_REGISTER)
def class_events(q: Query) -> list[TimelineEvent]:
    """The student's class in each school year (class_membership): placed in a class, moved up with it into the
    next school year, out of it (graduated, transferred, taken out). Dated by day, placed at the day's end among
    the timed events of that day (the register's change, made that day, came first)."""
    out, previous = [], None
    rows = membership.history(q.session.conn, q.student_id)   # a few rows per student: read whole, paged here
    starts = {r.since for r in rows}
    for n, r in enumerate(rows):
        klass = class_label(r.grade, r.class_name)
        if previous is not None and previous.class_id == r.class_id and previous.school_year_id != r.school_year_id:
            title, detail = q.tr(MOVED_UP).format(klass=klass), q.tr(SCHOOL_YEAR).format(year=r.year)
        else:
            title = q.tr(PLACED).format(klass=klass)
            detail = q.tr(SCHOOL_YEAR).format(year=r.year)
            if previous is not None and previous.until == r.since:
                detail += q.tr(audit_labels.CLAUSE_SEPARATOR) + q.tr(FORMERLY).format(
                    klass=class_label(previous.grade, previous.class_name))
        out.append(TimelineEvent(day_end(r.since), "classes", 2 * n, title, detail, day_only=True))
        if r.until is not None and r.until not in starts:
            out.append(TimelineEvent(day_end(r.until), "classes", 2 * n + 1, q.tr(LEFT_CLASS).format(klass=klass),
                                     q.tr(SCHOOL_YEAR).format(year=r.year), day_only=True))
        previous = r
    return sorted((e for e in out if q.before is None or e.at < q.before), key=lambda e: (e.at, e.seq),
                  reverse=True)[:q.limit]


REGISTER_EDITS = ("student.edit",)


@timeline_source("edits", QT_TRANSLATE_NOOP("Timeline", "Register edits"), Permission.VIEW_REGISTER,
                 covers=REGISTER_EDITS)
def register_edits(q: Query) -> list[TimelineEvent]:
    """Changes of the register entry (which fields, never their values), from the audit trail."""
    return [_audit_event(q, r, "edits")
            for r in profile_store.student_audit(q.session.conn, q.student_id, q.before, q.limit, only=REGISTER_EDITS)]


@timeline_source("access", QT_TRANSLATE_NOOP("Timeline", "Access to the file"), Permission.VIEW_AUDIT)
def access_events(q: Query) -> list[TimelineEvent]:
    """Who looked at the student's file, printed or exported it, was refused, or did anything else recorded about
    the student that no other source shows: the audit trail's rows about the student (office head only, as the
    trail itself)."""
    return [_audit_event(q, r, "access")
            for r in profile_store.student_audit(q.session.conn, q.student_id, q.before, q.limit,
                                                 leave_out=q.shown_elsewhere)]


def _audit_event(q: Query, r, source: str) -> TimelineEvent:
    detail = audit_labels.detail_words(r, q.names, q.tr)
    if r.outcome not in ("ok", "denied"):   # a refusal says so in its action's words already
        detail = q.tr(audit_labels.CLAUSE_SEPARATOR).join(
            x for x in (detail, audit_labels.outcome_words(r.outcome, q.tr)) if x)
    return TimelineEvent(r.at, source, r.id, audit_labels.action_words(r.action, q.tr), detail, q.by(r.user_id))


def day_end(day: str) -> str:
    """The last second of a local day as an ISO time in UTC, to place a dated event among timed ones."""
    end = datetime.combine(date.fromisoformat(day), time(23, 59, 59)).astimezone(timezone.utc)
    return end.isoformat()
