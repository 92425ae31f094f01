"""Correcting screening results: removing a sheet (a duplicate, a sheet of someone else), moving a sheet matched to
the wrong student to the right one, and rescoring a campaign after its scale's definition was corrected.

Every correction needs a reason and is audited (the reason in the audit row, under the student; a rescoring under
the campaign with the counts). The candidate list follows: a removed or moved sheet's candidate row goes, and a
watch-list entry that was opened for it and is still 待复核 gets a closing request (误录 for a wrong sheet, 其他 when a
rescoring found it no longer positive) which the office head approves as any other — closing stays the head's
decision. A moved or rescored sheet that is a candidate now goes to the watch list (make_candidates).

Rescoring is two steps, as the job dialog shows them: :func:`preview_rescore` scores every sheet with answers again
with the newest version of the campaign's scale and lists what would change; :func:`rescore_campaign` applies that
preview (refused when the results changed in between). A score-only sheet has no answers to score again: it keeps
its version, and the preview counts it. A result always names the version that scored it (schema 14).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from counselor_app.domain import screening as rules, watch as watch_rules
from counselor_app.domain.areas import Area
from counselor_app.domain.errors import QT_TRANSLATE_NOOP, UserError, ValidationError
from counselor_app.domain.roles import Permission
from counselor_app.domain.scales import MissingAnswers, score
from counselor_app.domain.school import class_label
from counselor_app.domain.screening_detail import answers_from_json, detail_json
from counselor_app.services import screening
from counselor_app.services.operations import changing, operation
from counselor_app.services.profile import Translate, english
from counselor_app.services.session import Session
from counselor_app.store import audit, screening as campaign_store, screening_results as store
from counselor_app.store import watch as watch_store

NO_RESULT = QT_TRANSLATE_NOOP("Errors", "This screening result does not exist.")
NEEDS_REASON = QT_TRANSLATE_NOOP("Errors", "Say why the result is corrected (the reason is recorded).")
REASON_LONG = QT_TRANSLATE_NOOP("Errors", "The reason is too long (at most {max} characters).")
SAME_STUDENT = QT_TRANSLATE_NOOP("Errors", "The sheet is this student's already.")
NOT_TARGET = QT_TRANSLATE_NOOP("Errors", "This student is not one the campaign screens.")
HAS_RESULT = QT_TRANSLATE_NOOP(
    "Errors", "This student has a result in the campaign already: remove the wrong one first.")
NOTHING_TO_RESCORE = QT_TRANSLATE_NOOP(
    "Errors", "Every sheet of this campaign is scored by the newest version of its scale already.")
RESULTS_CHANGED = QT_TRANSLATE_NOOP(
    "Errors", "The campaign's results changed since the preview: preview the rescoring again.")
WRONG_SHEET = QT_TRANSLATE_NOOP(
    "ScreeningCorrection", "The screening sheet this entry was opened for was corrected ({reason}); it was not this "
                           "student's result.")
NO_LONGER = QT_TRANSLATE_NOOP(
    "ScreeningCorrection", "The campaign was rescored with version {version} of {scale} ({reason}); the sheet this "
                           "entry was opened for is no longer a candidate.")
MAX_REASON = 200


def _reason(reason: str) -> str:
    why = " ".join((reason or "").split())
    if not why:
        raise ValidationError(NEEDS_REASON)
    if len(why) > MAX_REASON:
        raise ValidationError(REASON_LONG, max=MAX_REASON)
    return why


def _load(session: Session, result_id: int) -> store.ResultRow:
    found = store.result(session.conn, result_id)
    if found is None:
        raise ValidationError(NO_RESULT)
    return found


@dataclass
class Correction:
    """What a correction did to the watch list (ids, never names)."""
    result_id: int                     # the result now (a moved sheet's new id), 0 when removed
    closing_requested: list[int] = field(default_factory=list)   # entries 待复核 whose closing was asked for
    left: list[int] = field(default_factory=list)                # entries the counselor decided on: left as they are
    failed: list[tuple[int, UserError]] = field(default_factory=list)
    candidates: int = 0                # new candidates on the watch list


def _follow(session: Session, unlinked: list[tuple[int, str]], reason_code: str, explanation: str,
            report: Correction, today: date | None) -> None:
    """The entries of the unlinked candidate rows: one opened for the sheet and still 待复核 gets a closing request
    (the head approves it); anything else stays as the counselor left it."""
    from counselor_app.services import watch_closing

    for entry_id, link in unlinked:
        entry = watch_store.entry(session.conn, entry_id)
        if (entry is None or link != rules.CandidateLink.OPENED or entry.state != watch_rules.State.CANDIDATE
                or entry.close_requested_at):
            report.left.append(entry_id)
            continue
        try:
            watch_closing.request_close(session, entry_id, reason_code, explanation, entry.revision, today=today)
            report.closing_requested.append(entry_id)
        except UserError as error:
            report.failed.append((entry_id, error))


def _candidates(session: Session, campaign_id: int, report: Correction, tr: Translate, today: date | None) -> None:
    from counselor_app.services import screening_candidates

    made = screening_candidates.make_candidates(session, campaign_id, tr=tr, today=today)
    report.candidates = made.count
    report.failed += made.failed


@operation((Permission.MANAGE_SCREENING, Permission.EDIT_WATCHLIST), changes={Area.SCREENING, Area.WATCH},
           audit="screening.result_remove", target="screening_result")
def remove_result(session: Session, result_id: int, reason: str, *, tr: Translate = english,
                  today: date | None = None) -> Correction:
    """Remove a sheet that is not the student's or is there twice; the student is 应测 again."""
    why = _reason(reason)
    row = _load(session, result_id)
    conn = session.conn
    campaign_id, _scale = store.campaign_and_scale(conn, result_id)
    candidate = store.candidate_of(conn, result_id)
    with changing(session, "screening.result_remove", "student", row.student_id) as note:
        store.delete_result(conn, result_id)
        campaign_store.set_due_again(conn, campaign_id, row.student_id, audit.now_iso(), session.user.id)
        note.detail = f"result={result_id} campaign={campaign_id}\t{why}"
    report = Correction(0)
    _follow(session, [candidate] if candidate else [], watch_rules.CloseReason.MISTAKE.value,
            tr(WRONG_SHEET).format(reason=why), report, today)
    return report


@operation((Permission.MANAGE_SCREENING, Permission.EDIT_WATCHLIST), changes={Area.SCREENING, Area.WATCH},
           audit="screening.result_move", target="screening_result")
def move_result(session: Session, result_id: int, student_id: int, reason: str, *, tr: Translate = english,
                today: date | None = None) -> Correction:
    """Give a sheet matched to the wrong student to the right one (a student the campaign screens, without a result
    in it): the same answers and verdict under a new result, the first student 应测 again, the second 已测."""
    why = _reason(reason)
    row = _load(session, result_id)
    conn = session.conn
    if student_id == row.student_id:
        raise ValidationError(SAME_STUDENT)
    campaign_id, scale_id = store.campaign_and_scale(conn, result_id)
    if campaign_store.target(conn, campaign_id, student_id) is None:
        raise ValidationError(NOT_TARGET)
    if student_id in store.digests(conn, campaign_id):
        raise ValidationError(HAS_RESULT)
    candidate = store.candidate_of(conn, result_id)
    keys = session.clinical
    sealed_answers, sealed_detail = store.sealed_of(conn, result_id)
    answers = store.ANSWERS.open(keys, result_id, sealed_answers)
    detail = store.DETAIL.open(keys, result_id, sealed_detail)
    digest = store.digests(conn, campaign_id)[row.student_id].digest
    at = audit.now_iso()
    with changing(session, "screening.result_move", "student", row.student_id) as note:
        store.delete_result(conn, result_id)
        new_id, = store.insert_results(conn, campaign_id, [store.NewResult(
            student_id, scale_id, row.taken_on, row.outcome, row.total, row.band, row.key_items, row.score_only,
            digest)], at, session.user.id)
        store.write_sealed(conn, [(store.ANSWERS.seal(keys, new_id, answers), store.DETAIL.seal(keys, new_id, detail),
                                   new_id)])
        campaign_store.set_due_again(conn, campaign_id, row.student_id, at, session.user.id)
        campaign_store.mark_tested(conn, campaign_id, [student_id], at, session.user.id)
        note.detail = f"result={result_id} campaign={campaign_id} to student={student_id} result={new_id}\t{why}"
        audit.append(conn, user_id=session.user.id, action="screening.result_move", target_type="student",
                     target_id=student_id, detail=f"result={new_id} campaign={campaign_id} from result={result_id}")
    report = Correction(new_id)
    _follow(session, [candidate] if candidate else [], watch_rules.CloseReason.MISTAKE.value,
            tr(WRONG_SHEET).format(reason=why), report, today)
    _candidates(session, campaign_id, report, tr, today)
    return report


# -- rescoring a campaign ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Verdict:
    scale: str                    # PHQ-9 v1
    outcome: str
    total: int | None
    band: str
    key_items: tuple[int, ...]


@dataclass(frozen=True)
class RescoreLine:
    """A sheet whose verdict the new version changes (no clinical text: the plain columns)."""
    result_id: int
    student_no: str
    name: str
    klass: str
    before: Verdict
    after: Verdict


@dataclass(frozen=True)
class RescorePreview:
    campaign_id: int
    scale: str                    # the version that would score: PHQ-9 v2
    scale_id: int | None          # its row (None: not in the office's table yet; the apply step adds it)
    changed: tuple[RescoreLine, ...]
    same: int                     # sheets whose verdict stays (they name the new version after the rescoring)
    score_only: int               # sheets without answers: they keep their version
    unscorable: int               # sheets the new version cannot score (an item it needs is missing): kept
    fingerprint: str              # of the results read: the apply step refuses when they changed
    scored: tuple = ()              # (result id, new verdict, detail JSON) for the apply step

    @property
    def count(self) -> int:
        return len(self.changed) + self.same


def _fingerprint(rows: list[store.Scored]) -> str:
    import hashlib

    body = "|".join(f"{r.id}:{r.scale_id}:{r.outcome}:{r.total}:{r.band}:{r.key_items}" for r in rows)
    return hashlib.sha256(body.encode()).hexdigest()


@operation(Permission.MANAGE_SCREENING, target="screening_campaign")
def preview_rescore(session: Session, campaign_id: int) -> RescorePreview:
    """Score every sheet of the campaign again with the newest version of its scale; what would change."""
    campaign = screening.load_campaign(session, campaign_id)
    definition = screening.find_scale(session, campaign.scale_code)
    conn = session.conn
    row = campaign_store.scale_by_key(conn, definition.code, definition.version)
    new_id = row.id if row is not None else None
    rows = store.scored(conn, campaign_id)
    todo = [r for r in rows if r.scale_id != new_id]
    if not todo:
        raise ValidationError(NOTHING_TO_RESCORE)
    lines = {r.id: r for r in store.results(conn, campaign_id)}
    versions: dict[int, str] = {}
    changed, new, same, score_only, unscorable = [], [], 0, 0, 0
    label = f"{definition.code} v{definition.version}"
    for r in todo:
        if r.score_only or r.answers is None:
            score_only += 1
            continue
        answers = answers_from_json(store.ANSWERS.open(session.clinical, r.id, r.answers)) or {}
        try:
            result = score(definition, answers)
        except (MissingAnswers, ValidationError):
            unscorable += 1
            continue
        after = Verdict(label, result.outcome.value, result.total, result.band.zh if result.band else "",
                        tuple(sorted(result.key_item_hits)))
        line = lines[r.id]
        if r.scale_id not in versions:
            versions[r.scale_id] = f"{line.scale_code} v{line.scale_version}"
        before = Verdict(versions[r.scale_id], r.outcome, r.total, r.band, rules.key_items_of(r.key_items))
        new.append((r.id, after, detail_json(result)))
        if (before.outcome, before.total, before.band, before.key_items) != (after.outcome, after.total, after.band,
                                                                             after.key_items):
            changed.append(RescoreLine(r.id, line.student_no, line.name, class_label(line.grade, line.class_name),
                                       before, after))
        else:
            same += 1
    return RescorePreview(campaign_id, label, new_id, tuple(changed), same, score_only, unscorable,
                          _fingerprint(rows), tuple(new))


@dataclass
class RescoreResult(Correction):
    rescored: int = 0
    changed: int = 0


@operation((Permission.MANAGE_SCREENING, Permission.EDIT_WATCHLIST), changes={Area.SCREENING, Area.WATCH},
           audit="screening.rescore", target="screening_campaign")
def rescore_campaign(session: Session, preview: RescorePreview, reason: str, *, tr: Translate = english,
                     today: date | None = None) -> RescoreResult:
    """Apply a rescoring preview: each sheet names the new version and its verdict; then the candidates follow."""
    why = _reason(reason)
    conn = session.conn
    campaign = screening.load_campaign(session, preview.campaign_id)
    if _fingerprint(store.scored(conn, preview.campaign_id)) != preview.fingerprint:
        raise ValidationError(RESULTS_CHANGED)
    definition = screening.find_scale(session, campaign.scale_code)
    if f"{definition.code} v{definition.version}" != preview.scale:
        raise ValidationError(RESULTS_CHANGED)
    keys = session.clinical
    was_candidate = {r.id for r in store.results(conn, preview.campaign_id)
                     if rules.is_candidate(r.outcome, rules.key_items_of(r.key_items))}
    unlinked = []
    at = audit.now_iso()
    with changing(session, "screening.rescore", "screening_campaign", preview.campaign_id) as note:
        scale_id = screening.scale_row(session, definition, at)
        store.rescore(conn, [(scale_id, v.outcome, v.total, v.band, rules.key_items_text(v.key_items),
                              store.DETAIL.seal(keys, result_id, detail), result_id)
                             for result_id, v, detail in preview.scored])
        for result_id, v, _detail in preview.scored:
            if result_id in was_candidate and not rules.is_candidate(v.outcome, v.key_items):
                candidate = store.candidate_of(conn, result_id)
                if candidate is not None:
                    store.unlink_candidate(conn, result_id)
                    unlinked.append(candidate)
        note.detail = f"{preview.scale} {len(preview.scored)}/{len(preview.changed)}\t{why}"
    report = RescoreResult(0, rescored=len(preview.scored), changed=len(preview.changed))
    _follow(session, unlinked, watch_rules.CloseReason.OTHER.value,
            tr(NO_LONGER).format(version=definition.version, scale=definition.code, reason=why), report, today)
    _candidates(session, preview.campaign_id, report, tr, today)
    return report
