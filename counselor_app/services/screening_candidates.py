"""Screening candidates: every positive screen and every key-item hit goes to the watch list as 待复核.

Key-item hits first, urgent: their first review is the next school day (the school calendar's). A positive screen
takes the office's lowest level and that level's review days. The entry's source is 心理测评筛查 and it names the
result (``source_ref_type`` 'screening', ``source_ref_id`` the result's id); its concern (sealed) says what the
screening found in the words of SCALES.md — a positive screen, a key item to review promptly — never a diagnosis.

A student with an open entry already gets no second one: the result is linked to that entry in the campaign's
candidate list, and the report says so. What the counselor then decides goes through the watch list's own
services: following the student (services/watch.change_severity, move_state to 跟进中, change_level) or dismissing
the candidate (services/watch_closing.request_close with the reason 复核后未纳入, which the office head approves).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from counselor_app.domain import screening as rules
from counselor_app.domain import watch as watch_rules
from counselor_app.domain.areas import Area
from counselor_app.domain.errors import QT_TRANSLATE_NOOP, UserError
from counselor_app.domain.roles import Permission
from counselor_app.services import screening, watch
from counselor_app.services.operations import changing, operation
from counselor_app.services.profile import Translate, english
from counselor_app.services.session import Session
from counselor_app.store import audit, screening_results as result_store, watch as watch_store
from counselor_app.store.database import transaction

CHUNK = 500

KEY_CONCERN = QT_TRANSLATE_NOOP(
    "ScreeningCandidate", "Screening {campaign} ({scale}): key item {items} hit. A counselor needs to review it "
                          "promptly.")
POSITIVE_CONCERN = QT_TRANSLATE_NOOP(
    "ScreeningCandidate", "Screening {campaign} ({scale}): positive screen (total {total}{band}). A counselor needs "
                          "to review it.")
POSITIVE_NO_TOTAL = QT_TRANSLATE_NOOP(
    "ScreeningCandidate", "Screening {campaign} ({scale}): positive screen. A counselor needs to review it.")
BAND = QT_TRANSLATE_NOOP("ScreeningCandidate", ", {band}")


@dataclass
class CandidateReport:
    """What :func:`make_candidates` did, result by result (ids, never names)."""
    opened: list[tuple[int, int]] = field(default_factory=list)    # (result id, new entry id)
    linked: list[tuple[int, int]] = field(default_factory=list)    # (result id, the student's open entry)
    failed: list[tuple[int, UserError]] = field(default_factory=list)
    urgent: int = 0                                                 # key-item hits among opened and linked

    @property
    def count(self) -> int:
        return len(self.opened) + len(self.linked)


def _concern(tr: Translate, campaign: str, p: result_store.Pending) -> str:
    items = rules.key_items_of(p.key_items)
    if items:
        return tr(KEY_CONCERN).format(campaign=campaign, scale=p.scale_code, items=rules.key_items_text(items))
    if p.total is None:
        return tr(POSITIVE_NO_TOTAL).format(campaign=campaign, scale=p.scale_code)
    band = tr(BAND).format(band=p.band) if p.band else ""
    return tr(POSITIVE_CONCERN).format(campaign=campaign, scale=p.scale_code, total=p.total, band=band)


def _next_school_day(session: Session, today: date) -> date:
    from counselor_app.services import school_calendar

    calendar = school_calendar.calendar(session)
    return rules.next_school_day(today, calendar.is_school_day, calendar.is_workday)


@operation((Permission.MANAGE_SCREENING, Permission.EDIT_WATCHLIST), changes={Area.SCREENING, Area.WATCH},
           audit="screening.candidates", target="screening_campaign")
def make_candidates(session: Session, campaign_id: int, *, tr: Translate = english,
                    today: date | None = None) -> CandidateReport:
    """Put the campaign's positive results and key-item hits that are not on the watch list yet on it, key-item
    hits first. Safe to run again: a result goes to the watch list once."""
    campaign = screening.load_campaign(session, campaign_id)
    conn = session.conn
    today = today or date.today()
    pending = sorted(result_store.pending_candidates(conn, campaign_id),
                     key=lambda p: rules.candidate_order(rules.key_items_of(p.key_items), p.id))
    report = CandidateReport()
    levels = watch_store.levels(conn)
    level = levels[0].code if levels else ""          # the office's lowest level: the counselor decides later
    due = _next_school_day(session, today) if any(p.key_items for p in pending) else None
    opened_before = result_store.entries_opened_for(conn, [p.id for p in pending])

    def one(p: result_store.Pending) -> None:
        urgent = bool(p.key_items)
        entry_id = opened_before.get(p.id)      # an import interrupted after the opening
        link = rules.CandidateLink.OPENED
        if entry_id is None:
            existing = watch_store.open_entry_of(conn, p.student_id)
            if existing is not None:
                entry_id, link = existing.id, rules.CandidateLink.LINKED
        if entry_id is None:
            new = watch.NewEntry(p.student_id, watch.EntryEdit(
                watch_rules.Source.SCREENING.value, _concern(tr, campaign.name, p), "screening", str(p.id)),
                level, state=watch_rules.State.CANDIDATE.value)
            try:
                entry_id = watch.open_entry(session, new, today=today, next_review=due if urgent else None)
            except UserError as error:
                report.failed.append((p.id, error))
                return
        with changing(session, "screening.candidate", "student", p.student_id) as note:
            result_store.add_candidate(conn, p.id, entry_id, link.value, urgent, audit.now_iso(), session.user.id)
            note.detail = f"result={p.id} entry={entry_id} {link.value}" + (" urgent" if urgent else "")
        (report.opened if link == rules.CandidateLink.OPENED else report.linked).append((p.id, entry_id))
        report.urgent += urgent

    # a few hundred candidates a commit: each entry and its audit rows are a savepoint inside it (one that fails is
    # undone alone); committing each of 8,000 entries on its own made the wait mostly the disk's
    for start in range(0, len(pending), CHUNK):
        with transaction(conn):
            for p in pending[start:start + CHUNK]:
                one(p)
    session.audit("screening.candidates", "screening_campaign", campaign_id,   # also when there was none: the
                  detail=f"{len(report.opened)}/{len(report.linked)}/{len(report.failed)}")   # run is recorded
    return report


@dataclass(frozen=True)
class Candidate:
    """A candidate of a campaign's list: the result and the watch-list entry it went to (no clinical text)."""
    result_id: int
    student_id: int
    student_no: str
    name: str
    klass: str
    outcome: str
    total: int | None
    band: str
    key_items: tuple[int, ...]
    urgent: bool
    entry_id: int | None          # None: not on the watch list yet (make_candidates was not run)
    link: str                     # 'opened' / 'linked' / ''
    entry_state: str              # the entry's state now: 待复核 until the counselor decides


@operation(Permission.MANAGE_SCREENING, audit="view.screening_candidates", target="screening_campaign")
def candidate_list(session: Session, campaign_id: int) -> list[Candidate]:
    """The campaign's candidates, key-item hits first; audited with the count."""
    from counselor_app.domain.school import class_label

    screening.load_campaign(session, campaign_id)
    rows = [r for r in result_store.results(session.conn, campaign_id)
            if rules.is_candidate(r.outcome, rules.key_items_of(r.key_items))]
    out = [Candidate(r.id, r.student_id, r.student_no, r.name, class_label(r.grade, r.class_name), r.outcome, r.total,
                     r.band, rules.key_items_of(r.key_items), bool(r.key_items), r.entry_id, r.link, r.entry_state)
           for r in rows]
    out.sort(key=lambda c: rules.candidate_order(c.key_items, c.result_id))
    session.audit("view.screening_candidates", "screening_campaign", campaign_id, detail=str(len(out)))
    return out
