"""Reading screening results: a campaign's results page, one result's detail, its item answers (asked for with a
reason when a key item was hit; audited), a student's results over the years (profile section and timeline).

Lists carry no clinical text: outcome, total, band and the key items hit are plain columns; the factor scores,
reasons and notes are the sealed detail, the item answers sealed too. Every look is audited: the list with its
count, a result or its answers under the student.
"""
from __future__ import annotations

from dataclasses import dataclass

from counselor_app.domain import audit_labels, screening as rules
from counselor_app.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from counselor_app.domain.roles import Permission
from counselor_app.domain.school import class_label
from counselor_app.domain.screening_detail import Detail, answers_from_json, detail_from_json
from counselor_app.domain.search import search_key
from counselor_app.services import screening
from counselor_app.services.operations import operation
from counselor_app.services.profile import Translate, english, profile_section, user_names
from counselor_app.services.session import Session
from counselor_app.services.timeline import Query, TimelineEvent, day_end, timeline_source
from counselor_app.store import screening_results as store

NO_RESULT = QT_TRANSLATE_NOOP("Errors", "This screening result does not exist.")
NEEDS_REASON = QT_TRANSLATE_NOOP(
    "Errors", "This sheet hit a key item: say why you open its answers (the reason is recorded).")
REASON_LONG = QT_TRANSLATE_NOOP("Errors", "The reason is too long (at most {max} characters).")
MAX_REASON = 200


@dataclass(frozen=True)
class ResultLine:
    """One result as the campaign's results page shows it: filter-ready, no clinical text."""
    id: int
    student_id: int
    student_no: str
    name: str
    grade_id: int | None
    grade: str
    class_id: int | None
    klass: str
    taken_on: str
    outcome: str                  # domain.screening.Outcome code
    total: int | None
    band: str
    key_items: tuple[int, ...]
    score_only: bool
    scale: str                    # PHQ-9 v1
    entry_id: int | None
    link: str
    urgent: bool
    entry_state: str
    search: str

    @property
    def candidate(self) -> bool:
        return rules.is_candidate(self.outcome, self.key_items)


def _line(r: store.ResultRow) -> ResultLine:
    return ResultLine(r.id, r.student_id, r.student_no, r.name, r.grade_id, r.grade, r.class_id,
                      class_label(r.grade, r.class_name), r.taken_on, r.outcome, r.total, r.band,
                      rules.key_items_of(r.key_items), r.score_only, f"{r.scale_code} v{r.scale_version}", r.entry_id,
                      r.link, r.urgent, r.entry_state, search_key(r.student_no, r.name))


@operation(Permission.MANAGE_SCREENING, audit="view.screening_results", target="screening_campaign")
def campaign_results(session: Session, campaign_id: int) -> list[ResultLine]:
    """Every result of the campaign, in the order imported; audited with the count."""
    screening.load_campaign(session, campaign_id)
    rows = [_line(r) for r in store.results(session.conn, campaign_id)]
    session.audit("view.screening_results", "screening_campaign", campaign_id, detail=str(len(rows)))
    return rows


def _load(session: Session, result_id: int) -> store.ResultRow:
    found = store.result(session.conn, result_id)
    if found is None:
        raise ValidationError(NO_RESULT)
    return found


@dataclass(frozen=True)
class ResultView:
    line: ResultLine
    detail: Detail                # factor scores, reasons, notes (render them with the reader's tr and language)


@operation(Permission.MANAGE_SCREENING, audit="view.screening_result", target="screening_result")
def result_detail(session: Session, result_id: int) -> ResultView:
    """One result with its sealed detail; audited under the student."""
    row = _load(session, result_id)
    text = store.DETAIL.read(session.conn, session.clinical, result_id)
    session.audit("view.screening_result", "student", row.student_id, detail=f"result={result_id}")
    return ResultView(_line(row), detail_from_json(text))


@dataclass(frozen=True)
class Answer:
    number: int
    text: str                     # the item's text, or 第N题 for a scale whose texts are not shipped
    score: int | None
    option: str                   # the option's Chinese word
    key_item: bool                # one of the scale's key items


@dataclass(frozen=True)
class Answers:
    result_id: int
    scale: str
    answers: tuple[Answer, ...]   # empty for a score-only row
    key_items: tuple[int, ...]


@operation(Permission.VIEW_SCREENING_ANSWERS, audit="view.screening_answers", target="screening_result")
def result_answers(session: Session, result_id: int, reason: str = "") -> Answers:
    """The item answers of one sheet. When it hit a key item the viewer says why (recorded in the audit trail under
    the student, with the result's id)."""
    row = _load(session, result_id)
    why = " ".join((reason or "").split())
    if row.key_items and not why:
        raise ValidationError(NEEDS_REASON)
    if len(why) > MAX_REASON:
        raise ValidationError(REASON_LONG, max=MAX_REASON)
    answers = answers_from_json(store.ANSWERS.read(session.conn, session.clinical, result_id))
    definition = next(d for d in screening.definitions(session)
                      if (d.code, d.version) == (row.scale_code, row.scale_version))
    keys = set(definition.key_item_numbers)
    lines = tuple(Answer(n, definition.item(n).text, answers.get(n),
                         o.label.zh if (o := definition.option(answers[n]) if n in answers else None) else "",
                         n in keys) for n in range(1, definition.item_count + 1)) if answers is not None else ()
    session.audit("view.screening_answers", "student", row.student_id,
                  detail=f"result={result_id}" + (f"\t{why}" if why else ""))
    return Answers(result_id, f"{row.scale_code} v{row.scale_version}", lines, rules.key_items_of(row.key_items))


# -- a student's results over the years ---------------------------------------------------------------------------

@dataclass(frozen=True)
class StudentLine:
    result_id: int
    campaign_id: int
    campaign: str
    school_year: str
    scale: str                    # PHQ-9
    scale_name: str
    taken_on: str
    outcome: str
    total: int | None
    band: str
    key_items: tuple[int, ...]
    score_only: bool


@dataclass(frozen=True)
class StudentScreening:
    results: tuple[StudentLine, ...]          # oldest first: the profile's small chart of totals per campaign
    may_view_answers: bool

    def totals(self, scale: str) -> list[tuple[str, int]]:
        """(campaign, total) of one scale's results, oldest first (the chart's points)."""
        return [(r.campaign, r.total) for r in self.results if r.scale == scale and r.total is not None]


@profile_section("screening", QT_TRANSLATE_NOOP("ProfileSection", "Screening"), Permission.MANAGE_SCREENING)
def student_screening(session: Session, student_id: int, *, tr: Translate = english) -> StudentScreening:
    rows = store.of_student(session.conn, student_id)
    return StudentScreening(tuple(StudentLine(r.id, r.campaign_id, r.campaign, r.school_year, r.scale_code,
                                              r.scale_name, r.taken_on, r.outcome, r.total, r.band,
                                              rules.key_items_of(r.key_items), r.score_only) for r in rows),
                            session.can(Permission.VIEW_SCREENING_ANSWERS))


TAKEN = QT_TRANSLATE_NOOP("Timeline", "Screening {campaign}: {outcome}")
TAKEN_DETAIL = QT_TRANSLATE_NOOP("Timeline", "{scale}, total {total}")
KEY_HIT = QT_TRANSLATE_NOOP("Timeline", "key item {items} hit")


@timeline_source("screening", QT_TRANSLATE_NOOP("Timeline", "Screening"), Permission.MANAGE_SCREENING)
def screening_events(q: Query) -> list[TimelineEvent]:
    """Each screening of the student, on the day it was taken: the campaign, the outcome, the total and the key items
    hit. Never the answers."""
    names = user_names(q.session)
    out = []
    for r in store.of_student(q.session.conn, q.student_id):
        outcome = q.tr(rules.Outcome(r.outcome).label)
        parts = [q.tr(TAKEN_DETAIL).format(scale=r.scale_code, total="" if r.total is None else r.total)]
        if r.band:
            parts[0] += f" {r.band}"
        if r.key_items:
            parts.append(q.tr(KEY_HIT).format(items=r.key_items))
        out.append(TimelineEvent(day_end(r.taken_on), "screening", r.id,
                                 q.tr(TAKEN).format(campaign=r.campaign, outcome=outcome),
                                 q.tr(audit_labels.CLAUSE_SEPARATOR).join(parts), names.get(r.imported_by, ""),
                                 day_only=True))
    out = [e for e in out if q.before is None or e.at < q.before]
    out.sort(key=lambda e: (e.at, e.seq), reverse=True)
    return out[:q.limit]


# -- who the campaign screens ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class TargetLine:
    """A student the campaign screens: expected (应测), screened (已测), or excused — absent (请假) or exempt (免测) —
    with the reason (sealed; shown to those who run screening)."""
    student_id: int
    student_no: str
    name: str
    grade_id: int | None
    grade: str
    klass: str
    disposition: str              # domain.screening.Disposition code
    reason: str
    changed_at: str
    search: str


@operation(Permission.MANAGE_SCREENING, audit="view.screening_targets", target="screening_campaign")
def campaign_targets(session: Session, campaign_id: int) -> list[TargetLine]:
    """Every student the campaign screens with their disposition and, for the excused ones, why; audited with the
    count."""
    from counselor_app.store import screening as campaign_store

    screening.load_campaign(session, campaign_id)
    out = []
    for t in campaign_store.target_lines(session.conn, campaign_id):
        reason = campaign_store.TARGET_REASON.open(session.clinical, t.id, t.reason) if t.reason is not None else ""
        out.append(TargetLine(t.student_id, t.student_no, t.name, t.grade_id, t.grade,
                              class_label(t.grade, t.class_name), t.disposition, reason or "",
                              (t.changed_at or "")[:10], search_key(t.student_no, t.name)))
    session.audit("view.screening_targets", "screening_campaign", campaign_id, detail=str(len(out)))
    return out
