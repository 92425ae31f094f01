"""Importing screening results: preview first (every row's verdict with its Excel row number), then one
transaction, all or nothing unless invalid rows are skipped; then the candidates go to the watch list.

The file, its header and each row's scoring come from the table-import framework (services/table_import.py) with
the scale's kind (domain/screening_table.py); this module matches each row to the register and to the campaign:
学号 (or 姓名 + 班级 when the file has no number; an ambiguous name is reported), a student twice in the file, a
student outside the campaign's grades or classes. A row the office has already (same answers: the digest) is
unchanged, so importing the same file again changes nothing; a different sheet of a student who has a result in
the campaign is refused (a retest is a campaign of its own). A campaign that does not exist is created with the
grades of the file's students.
"""
from __future__ import annotations

import gc
import hashlib
import json
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from counselor_app.domain import screening as rules
from counselor_app.domain.areas import Area
from counselor_app.domain.errors import QT_TRANSLATE_NOOP, Text, ValidationError
from counselor_app.domain.roles import Permission
from counselor_app.domain.roster_values import parse_class
from counselor_app.domain.scales import ScaleDefinition, ScaleResult
from counselor_app.domain.screening_detail import detail_json
from counselor_app.domain.screening_table import detect, kind_for, mapping_problems, score_pending
from counselor_app.domain.student_status import in_school
from counselor_app.files import limits
from counselor_app.files.roster_files import read_sheet
from counselor_app.services import screening
from counselor_app.services.operations import operation
from counselor_app.services.profile import Translate, english
from counselor_app.services.progress import Progress
from counselor_app.services.session import Session
from counselor_app.services.table_import import ImportRefused, TablePreview, read_table, refuse_problems, \
    rows_to_apply
from counselor_app.store import audit, screening as store, screening_results as result_store
from counselor_app.store.database import transaction

UNKNOWN_STUDENT = QT_TRANSLATE_NOOP("Screening", "The student number is not in the register.")
NAME_DIFFERS = QT_TRANSLATE_NOOP(
    "Screening", "The name differs from the register's student with this number: check the number.")
UNKNOWN_NAME = QT_TRANSLATE_NOOP("Screening", "No student of the register has this name (in this class).")
AMBIGUOUS = QT_TRANSLATE_NOOP(
    "Screening", "{count} students of the register have this name (in this class): the file needs the 学号 column "
                 "to tell them apart.")
NO_IDENTITY = QT_TRANSLATE_NOOP("Screening", "Neither a student number nor a name.")
TWICE = QT_TRANSLATE_NOOP("Screening", "The same student also appears in row(s) {lines}.")
NOT_IN_CAMPAIGN = QT_TRANSLATE_NOOP(
    "Screening", "The student is not in the grades or classes of this campaign ({groups}).")
LEFT_SCHOOL = QT_TRANSLATE_NOOP("Screening", "The student has left the school (graduated or transferred).")
OTHER_RESULT = QT_TRANSLATE_NOOP(
    "Screening", "The student has another result in this campaign already (taken {day}): a retest is imported into "
                 "a campaign of its own.")
FUTURE_DAY = QT_TRANSLATE_NOOP("Screening", "The date of the screening {day} is in the future.")
OTHER_SCALE = QT_TRANSLATE_NOOP(
    "Errors", "The campaign {campaign} screens with {scale}: import its results with that scale.")
NOTHING_TO_IMPORT = QT_TRANSLATE_NOOP("Errors", "The file holds no results to import.")
CHANGED = QT_TRANSLATE_NOOP(
    "Errors", "Results of this campaign changed since the check (another import?): check the file again.")


@dataclass
class ScreeningPreview(TablePreview):
    """A results file's preview (services/table_import.py), with what the screening import adds to it."""
    scale: tuple[str, int] = ("", 0)              # the definition's code and version
    campaign: str = ""
    campaign_id: int | None = None                # None: the import creates the campaign
    new_groups: list[str] = field(default_factory=list)   # the grades a new campaign gets (names)
    new_group_ids: list[int] = field(default_factory=list)
    taken_on: date | None = None                  # the date of rows without one (default today)
    students: dict[int, int] = field(default_factory=dict)   # line → student id (valid rows)
    new_lines: list[int] = field(default_factory=list)
    positives: int = 0                            # among the new rows
    key_hits: int = 0
    score_only: bool = False

    @property
    def rejected_key_hits(self) -> list[int]:
        """Rejected rows whose answers hit a key item all the same: they must reach a counselor."""
        return [v.line for v in self.rejected if v.record.get("key_items_seen")
                or (v.record.get("result") is not None and v.record["result"].key_item_hits)]


@dataclass(frozen=True)
class ImportResult:
    campaign_id: int
    campaign_created: bool
    imported: int
    unchanged: int
    rejected: list
    positives: int
    key_hits: int
    rejected_key_hits: tuple[int, ...]            # lines: see ScreeningPreview.rejected_key_hits
    candidates: object = None                     # screening_candidates.CandidateReport, when made


# -- reading the file -------------------------------------------------------------------------------------------

def _read(definition: ScaleDefinition, path, sheet, mapping, previous) -> ScreeningPreview:
    """The rows and their verdicts (no database look-ups). The header row is found with the scale's own
    recognition of item columns (domain/screening_table.detect); then the framework checks every row."""
    kind = kind_for(definition)
    if previous is not None and previous.sheet == sheet and previous.kind == kind.name:
        return _scored(definition, read_table(kind, path, sheet, mapping, False, previous, make=ScreeningPreview))
    sheets, used, rows = read_sheet(path, sheet)
    found = detect(rows, definition)
    if found is None and sheet is None:
        for other in sheets:
            if other != used:
                _n, _u, other_rows = read_sheet(path, other)
                if (other_found := detect(other_rows, definition)) is not None:
                    used, rows, found = other, other_rows, other_found
                    break
    if found is None:
        preview = ScreeningPreview(kind.name, sheets, used, rows, -1, {})
        preview.problems = [(kind.no_header_in_sheets, {"sheets": "、".join(sheets)}) if len(sheets) > 1
                            else (kind.no_header, {})]
        return preview
    seed = ScreeningPreview(kind.name, sheets, used, rows, found[0], {}, detected=found[1])
    return _scored(definition, read_table(kind, path, used, mapping, False, seed, make=ScreeningPreview))


def _scored(definition: ScaleDefinition, preview: ScreeningPreview) -> ScreeningPreview:
    """The usual sheets scored all together (the row rule leaves them: domain/screening_table.score_pending)."""
    score_pending(definition, preview.verdicts)
    return preview


@operation(Permission.MANAGE_SCREENING, target="screening_campaign")
def preview_screening(session: Session, path: str | Path, sheet: str | None = None, mapping: dict | None = None,
                      strict: bool = True, previous: ScreeningPreview | None = None, *, scale: str, campaign: str,
                      taken_on: date | None = None, today: date | None = None) -> ScreeningPreview:
    """Read and check a results file of ``scale`` for the campaign ``campaign`` (created on import when it does
    not exist); nothing is written. ``taken_on``: the date of rows without a date column (default today)."""
    today = today or date.today()
    name = screening.campaign_name(campaign)
    existing = screening.campaign_by_name(session, name)
    definition = screening.find_scale(session, scale)
    if existing is not None and _key(existing.scale_code) != _key(definition.code):
        raise ValidationError(OTHER_SCALE, campaign=existing.name, scale=existing.scale_code)
    with limits.answer_sheets(), bulk_work():   # a university's 30,000 SCL-90 sheets: 2.8 million cells
        preview = _read(definition, path, sheet, mapping, previous)
    preview.scale, preview.campaign = definition.key, name
    preview.campaign_id = existing.id if existing else None
    preview.taken_on = taken_on or today
    if not preview.problems:
        preview.problems = mapping_problems(preview.mapping, definition)
        if preview.problems:
            preview.verdicts = []
    if preview.problems:
        if strict:
            refuse_problems(preview)
        return preview
    if not any(v.status != "note" for v in preview.verdicts):
        if strict:
            raise ValidationError(NOTHING_TO_IMPORT)
        preview.problems = [(NOTHING_TO_IMPORT, {})]
        return preview
    preview.score_only = not any(k.startswith("item_") for k in preview.mapping.values() if k)
    with bulk_work():
        _match(session, preview, definition, existing, today)
    return preview


@contextmanager
def bulk_work():
    """Python's cycle collector paused while a file's rows are checked, scored and written: those millions of
    live cells, records and results are no cycles, yet every full collection walked them all (a quarter of the
    preview's time with 30,000 SCL-90 sheets). Unreachable cycles made meanwhile are collected after."""
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


def _key(code: str) -> str:
    return "".join(ch for ch in code.lower() if ch.isalnum())


def _reject(verdict, text: Text, **params) -> None:
    verdict.errors.append((text, params))
    verdict.status = "error"


def _match(session: Session, preview: ScreeningPreview, definition: ScaleDefinition, campaign, today: date) -> None:
    """Each row's student, the campaign's grades, a student twice, the rows the office has already."""
    conn = session.conn
    pupils = store.pupils(conn)
    by_no = {p.student_no: p for p in pupils}
    by_name: dict[str, list] = {}
    for p in pupils:
        by_name.setdefault(_plain_name(p.name), []).append(p)
    found: dict[int, store.Pupil] = {}
    for v in preview.verdicts:
        if v.status == "note":
            continue
        pupil = _student_of(v, by_no, by_name)
        day = v.record.get("taken_on") or preview.taken_on
        v.record["taken_on"] = day
        if day > today:
            _reject(v, FUTURE_DAY, day=day.isoformat())
        if pupil is not None:
            found[v.line] = pupil
    # a student twice in the file: every such row is rejected (which sheet counts is not for the import to guess)
    lines_of: dict[int, list[int]] = {}
    for line, pupil in found.items():
        lines_of.setdefault(pupil.id, []).append(line)
    by_line = {v.line: v for v in preview.verdicts}
    for lines in lines_of.values():
        if len(lines) > 1:
            for line in lines:
                _reject(by_line[line], TWICE, lines=", ".join(str(x) for x in lines if x != line))
    # the campaign's grades and classes (a new campaign: the grades of the file's students)
    if campaign is not None:
        targets = store.targets(conn, campaign.id)
        groups = store.groups(conn, campaign.id)
        grade_ids = {g.grade_id for g in groups if g.grade_id}
        class_ids = {g.class_id for g in groups if g.class_id}
        group_names = "、".join(g.name for g in groups)
        for line, pupil in found.items():
            inside = pupil.id in targets or (in_school(pupil.status) and (
                pupil.grade_id in grade_ids or pupil.class_id in class_ids))
            if not inside:
                _reject(by_line[line], NOT_IN_CAMPAIGN, groups=group_names)
        have = result_store.digests(conn, campaign.id)
    else:
        have = {}
        for line, pupil in found.items():
            if not in_school(pupil.status):
                _reject(by_line[line], LEFT_SCHOOL)
    grades: dict[int, str] = {}
    for v in preview.verdicts:
        if v.status != "ok":
            continue
        pupil = found[v.line]
        v.record["digest"] = digest(definition.code, v.record["answers"], v.record["result"])
        old = have.get(pupil.id)
        if old is not None and old.digest != v.record["digest"]:
            _reject(v, OTHER_RESULT, day=old.taken_on)
            continue
        preview.students[v.line] = pupil.id
        if old is not None:
            preview.unchanged += 1
            continue
        preview.new += 1
        preview.new_lines.append(v.line)
        result: ScaleResult = v.record["result"]
        preview.positives += result.outcome.value == rules.Outcome.POSITIVE
        preview.key_hits += bool(result.key_item_hits)
        if pupil.grade_id is not None:
            grades[pupil.grade_id] = pupil.grade
    if campaign is None:
        preview.new_groups = list(grades.values())
        preview.new_group_ids = list(grades)


def _plain_name(name: str) -> str:
    text = str(name)
    # a printable text without a space holds no whitespace at all (every other whitespace is unprintable)
    return text if text.isprintable() and " " not in text else "".join(text.split())


def _student_of(v, by_no, by_name):
    record = v.record
    number = record.get("student_no")
    name = _plain_name(record.get("name") or "")
    if number:
        pupil = by_no.get(number)
        if pupil is None:
            _reject(v, UNKNOWN_STUDENT)
        elif name and name != _plain_name(pupil.name):
            _reject(v, NAME_DIFFERS)
            return None
        return pupil
    if not name:
        _reject(v, NO_IDENTITY)
        return None
    candidates = by_name.get(name, [])
    klass = record.get("class_name")
    if klass is not None and str(klass).strip():
        ref, _error = parse_class(klass, record.get("grade"))
        if ref is not None:
            candidates = [p for p in candidates if p.class_name == ref.name and (not ref.grade or p.grade == ref.grade)]
    elif len(candidates) > 1:
        candidates = [p for p in candidates if in_school(p.status)]
    if not candidates:
        _reject(v, UNKNOWN_NAME)
        return None
    if len(candidates) > 1:
        _reject(v, AMBIGUOUS, count=len(candidates))
        return None
    return candidates[0]


def digest(code: str, answers: str | None, result: ScaleResult) -> str:
    """What makes two rows the same sheet: the scale and the answers, or the totals of a score-only row (never the
    date, which a file may lack and the import then fills with the day of the import)."""
    if answers is not None:      # the answers as the row rule keeps them: their JSON (domain/screening_table.py)
        body = f"{code}|answers|{answers}"
    else:
        body = f"{code}|totals|" + json.dumps([result.total, sorted((f.id, str(f.value)) for f in result.factors),
                                               result.positive_items, result.lie], separators=(",", ":"))
    return hashlib.sha256(body.encode()).hexdigest()


# -- writing ----------------------------------------------------------------------------------------------------

CHUNK = 500     # results inserted by one statement, between two progress reports


@operation(Permission.MANAGE_SCREENING, changes={Area.SCREENING, Area.WATCH}, audit="import.screening",
           target="screening_campaign")
def import_screening(session: Session, preview: ScreeningPreview, skip_invalid: bool = False,
                     progress: Progress | None = None, *, candidates: bool = True,
                     tr: Translate = english, today: date | None = None) -> ImportResult:
    """Write the new results of a preview in one transaction (all or nothing unless ``skip_invalid``): the
    campaign when it is new, its target students marked 已测, every result with its answers and detail sealed.
    Then, with ``candidates``, every positive result and key-item hit goes to the watch list
    (services/screening_candidates.make_candidates; ``tr`` words the entries' concern)."""
    rows = rows_to_apply(preview, skip_invalid)
    definition = next((d for d in screening.definitions(session) if d.key == preview.scale), None)
    if definition is None:
        raise ValidationError(NOTHING_TO_IMPORT)
    if not rows and preview.campaign_id is None:
        raise ValidationError(NOTHING_TO_IMPORT)
    conn = session.conn
    at = audit.now_iso()
    new_lines = set(preview.new_lines)
    new = [v for v in rows if v.line in new_lines]
    created = preview.campaign_id is None
    with transaction(conn), bulk_work():
        scale_id = screening.scale_row(session, definition, at)
        if created:
            starts = [v.record["taken_on"] for v in rows] or [preview.taken_on]
            campaign_id = screening.new_campaign(session, preview.campaign, definition,
                                                 preview.new_group_ids, [], min(starts), None, at)
        else:
            campaign_id = preview.campaign_id
        have = result_store.digests(conn, campaign_id)
        if any(preview.students[v.line] in have for v in new):
            raise ValidationError(CHANGED)
        untargeted = {preview.students[v.line] for v in new}.difference(store.targets(conn, campaign_id))
        if untargeted:      # the register read only when a student is not a target yet
            missing = [p for p in store.pupils(conn) if p.id in untargeted]
            store.add_targets(conn, campaign_id, missing, rules.Disposition.DUE.value, at, session.user.id)
        total = len(new)
        if progress is not None:
            progress.update(0, total)
        # the answers and detail sealed with the ids the rows get, and inserted with them (one statement a chunk)
        seal_answers, seal_detail = result_store.ANSWERS.sealer(session.clinical), \
            result_store.DETAIL.sealer(session.clinical)
        for start in range(0, total, CHUNK):
            chunk = new[start:start + CHUNK]
            results = [v.record["result"] for v in chunk]

            def sealed(row_id: int, n: int, chunk=chunk, results=results) -> tuple[bytes | None, bytes | None]:
                return (seal_answers(row_id, chunk[n].record["answers"]),
                        seal_detail(row_id, detail_json(results[n])))
            result_store.insert_results(conn, campaign_id, [result_store.NewResult(
                preview.students[v.line], scale_id, v.record["taken_on"].isoformat(), r.outcome.value, r.total,
                r.band.zh if r.band else "", rules.key_items_text(r.key_item_hits), r.score_only,
                v.record["digest"]) for v, r in zip(chunk, results)], at, session.user.id, sealed)
            if progress is not None:
                progress.update(start + len(chunk), total)
        store.mark_tested(conn, campaign_id, [preview.students[v.line] for v in new], at, session.user.id)
        if progress is not None:
            progress.update(total, total)   # the last chance to cancel: before the commit
        positives = sum(v.record["result"].outcome.value == rules.Outcome.POSITIVE for v in new)
        key_hits = sum(bool(v.record["result"].key_item_hits) for v in new)
        unchanged = len(rows) - len(new)
        audit.append(conn, user_id=session.user.id, action="import.screening", target_type="screening_campaign",
                     target_id=campaign_id, detail=f"{len(new)}/{unchanged}/{len(preview.rejected)}/{positives}/"
                                                   f"{key_hits}")
    made = None
    if candidates:
        from counselor_app.services import screening_candidates

        made = screening_candidates.make_candidates(session, campaign_id, tr=tr, today=today)
    return ImportResult(campaign_id, created, len(new), unchanged, preview.rejected, positives, key_hits,
                        tuple(preview.rejected_key_hits), made)


__all__ = ["ImportRefused", "ImportResult", "ScreeningPreview", "import_screening", "preview_screening"]
