"""Screening (心理测评): the office's scales and its campaigns — creating one, listing them with their coverage,
a student's disposition (应测 / 已测 / 请假 / 免测).

Counselors and the office head run screening (Permission.MANAGE_SCREENING); an assistant sees nothing of it.
Scales are definitions as data (domain/scales): the six shipped ones, and an office's own added from a file
(:func:`add_scale`, validated). A definition enters the ``screening_scale`` table when it is first used, so that
every result keeps the code, version and fingerprint that scored it. Importing results is
services/screening_import.py; candidates on the watch list services/screening_candidates.py; the readers of
results services/screening_results.py.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from counselor_app.domain import screening as rules
from counselor_app.domain.areas import Area
from counselor_app.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from counselor_app.domain.roles import Permission
from counselor_app.domain.scales import ScaleDefinition, builtin_definitions, find_definition, load_definition
from counselor_app.domain.school import class_label
from counselor_app.domain.student_status import IN_SCHOOL
from counselor_app.services.operations import changing, operation
from counselor_app.services.profile import Translate, english
from counselor_app.services.session import Session
from counselor_app.store import audit, office as office_store, school_years, screening as store, \
    screening_results as result_store

UNKNOWN_SCALE = QT_TRANSLATE_NOOP("Errors", "No scale is called {name}. The office's scales: {scales}.")
SCALE_EXISTS = QT_TRANSLATE_NOOP(
    "Errors", "The office has version {version} of {code} already, with other rules. A changed definition needs a "
              "higher \"version\" (results keep the version that scored them).")
SCALE_SAME = QT_TRANSLATE_NOOP("Errors", "The office has this definition already ({code}, version {version}).")
SCALE_UNREADABLE = QT_TRANSLATE_NOOP("Errors", "The file {name} cannot be read.")
NO_CAMPAIGN = QT_TRANSLATE_NOOP("Errors", "This screening campaign does not exist.")
CAMPAIGN_NAME = QT_TRANSLATE_NOOP("Errors", "Give the campaign a name, e.g. Grade 7 mental-health screening, autumn "
                                           "2026.")
CAMPAIGN_NAME_LONG = QT_TRANSLATE_NOOP("Errors", "The campaign's name is too long (at most {max} characters).")
CAMPAIGN_TAKEN = QT_TRANSLATE_NOOP("Errors", "Another screening campaign already has this name.")
CAMPAIGN_GROUPS = QT_TRANSLATE_NOOP("Errors", "Choose the grades or classes the campaign screens.")
CAMPAIGN_DATES = QT_TRANSLATE_NOOP("Errors", "The campaign must end on or after the day it starts.")
NO_GRADE = QT_TRANSLATE_NOOP("Errors", "A chosen grade or class is not in the register.")
NOT_TARGET = QT_TRANSLATE_NOOP("Errors", "This student is not one the campaign screens.")
BAD_DISPOSITION = QT_TRANSLATE_NOOP("Errors", "Unknown disposition (due, absent or exempt).")
TESTED_BY_IMPORT = QT_TRANSLATE_NOOP(
    "Errors", "A student is marked tested when the result is imported; this student has a result already.")
NEEDS_REASON = QT_TRANSLATE_NOOP("Errors", "Give the reason why the student is absent or exempt.")
REASON_LONG = QT_TRANSLATE_NOOP("Errors", "The reason is too long (at most {max} characters).")

MAX_NAME = 60
MAX_REASON = 500
MAX_SCALE_FILE = 512 * 1024


# -- scales -----------------------------------------------------------------------------------------------------

def definitions(session: Session) -> list[ScaleDefinition]:
    """Every scale the office can use: the shipped ones and those in its table (the table's wins for one code and
    version: it is what the office's results were scored with)."""
    found: dict[tuple[str, int], ScaleDefinition] = {d.key: d for d in builtin_definitions()}
    for row in store.scales(session.conn):
        found[(row.code, row.version)] = _loaded(row)
    return list(found.values())


def _loaded(row: store.ScaleRow) -> ScaleDefinition:
    cached = _LOADED.get(row.fingerprint)
    if cached is None:
        cached = _LOADED[row.fingerprint] = load_definition(row.definition)
    return cached


_LOADED: dict[str, ScaleDefinition] = {}


def find_scale(session: Session, name: str) -> ScaleDefinition:
    """The newest version of the scale called ``name`` (its code, or its Chinese or English name)."""
    everything = definitions(session)
    found = find_definition(everything, name)
    if found is None:
        codes = "、".join(dict.fromkeys(d.code for d in sorted(everything, key=lambda d: d.code)))
        raise ValidationError(UNKNOWN_SCALE, name=str(name)[:40], scales=codes)
    return found


def definition_of(session: Session, scale_id: int) -> ScaleDefinition:
    row = store.scale(session.conn, scale_id)
    if row is None:
        raise ValueError(f"no scale row {scale_id}")
    return _loaded(row)


def scale_row(session: Session, definition: ScaleDefinition, at: str) -> int:
    """The table's row of ``definition``, inserted when first used (inside the caller's transaction)."""
    row = store.scale_by_key(session.conn, definition.code, definition.version)
    if row is not None:
        return row.id
    is_builtin = any(d.fingerprint == definition.fingerprint for d in builtin_definitions())
    return store.insert_scale(session.conn, definition.code, definition.version, definition.name.zh,
                              definition.fingerprint, definition.text, is_builtin, at, session.user.id)


@dataclass(frozen=True)
class ScaleInfo:
    code: str
    version: int
    name: str               # Chinese
    name_en: str
    items: int
    factors: int
    builtin: bool
    stored: bool            # in the office's table (used, or added from a file)
    fingerprint: str


def _info(d: ScaleDefinition, stored: set[tuple[str, int]]) -> ScaleInfo:
    shipped = {b.fingerprint for b in builtin_definitions()}
    return ScaleInfo(d.code, d.version, d.name.zh, d.name.en, d.item_count, len(d.factors), d.fingerprint in shipped,
                     d.key in stored, d.fingerprint)


@operation(Permission.MANAGE_SCREENING, target="screening_scale")
def list_scales(session: Session) -> list[ScaleInfo]:
    """Every scale the office can use, by code and version."""
    stored = {(r.code, r.version) for r in store.scales(session.conn)}
    return [_info(d, stored) for d in sorted(definitions(session), key=lambda d: (d.code, d.version))]


@operation(Permission.MANAGE_SCREENING, changes={Area.SCREENING}, audit="screening.scale_add",
           target="screening_scale")
def add_scale(session: Session, source: str | bytes | Path) -> ScaleInfo:
    """Add the office's own scale definition (a JSON file's path, or its text), validated like the shipped ones.
    A code and version the office has already is refused unless it is the very same definition."""
    if isinstance(source, Path):
        try:
            if source.stat().st_size > MAX_SCALE_FILE:
                raise ValidationError(SCALE_UNREADABLE, name=source.name)
            source = source.read_bytes()
        except OSError:
            raise ValidationError(SCALE_UNREADABLE, name=source.name) from None
    definition = load_definition(source)   # ValidationError with the reason, in the user's language
    at = audit.now_iso()
    known = {d.key: d for d in definitions(session)}
    same = known.get(definition.key)
    if same is not None and same.fingerprint != definition.fingerprint:
        raise ValidationError(SCALE_EXISTS, code=definition.code, version=definition.version)
    if store.scale_by_key(session.conn, definition.code, definition.version) is not None:
        raise ValidationError(SCALE_SAME, code=definition.code, version=definition.version)
    with changing(session, "screening.scale_add", "screening_scale") as note:
        note.target_id = scale_row(session, definition, at)
        note.detail = f"{definition.code} v{definition.version}"
    stored = {(r.code, r.version) for r in store.scales(session.conn)}
    return _info(definition, stored)


# -- campaigns --------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class CampaignEdit:
    name: str
    scale: str                                   # the scale's code or name (its newest version scores)
    grade_ids: tuple[int, ...] = ()
    class_ids: tuple[int, ...] = ()
    start_on: date | None = None                 # default today
    end_on: date | None = None


def campaign_name(name: str) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise ValidationError(CAMPAIGN_NAME)
    if len(name) > MAX_NAME:
        raise ValidationError(CAMPAIGN_NAME_LONG, max=MAX_NAME)
    return name


def new_campaign(session: Session, name: str, definition: ScaleDefinition, grade_ids, class_ids, start_on: date,
                 end_on: date | None, at: str) -> int:
    """Create the campaign and target the in-school students of its grades and classes as 应测 (inside the
    caller's transaction; the caller has checked the name and the groups)."""
    conn = session.conn
    if store.campaign_by_name(conn, name) is not None:
        raise ValidationError(CAMPAIGN_TAKEN)
    year = school_years.on(conn, start_on.isoformat())
    campaign_id = store.insert_campaign(conn, name, definition.code, year.id if year else school_years.register_year(
        conn), start_on.isoformat(), end_on.isoformat() if end_on else None, at, session.user.id)
    store.set_groups(conn, campaign_id, grade_ids, class_ids)
    store.add_targets(conn, campaign_id, store.pupils_in(conn, list(grade_ids), list(class_ids), IN_SCHOOL),
                      rules.Disposition.DUE.value, at, session.user.id)
    return campaign_id


@operation(Permission.MANAGE_SCREENING, changes={Area.SCREENING}, audit="screening.campaign_add",
           target="screening_campaign")
def create_campaign(session: Session, edit: CampaignEdit) -> int:
    """A campaign screening some grades or classes with one scale; every in-school student of them is 应测."""
    name = campaign_name(edit.name)
    definition = find_scale(session, edit.scale)
    grade_ids, class_ids = tuple(dict.fromkeys(edit.grade_ids)), tuple(dict.fromkeys(edit.class_ids))
    if not grade_ids and not class_ids:
        raise ValidationError(CAMPAIGN_GROUPS)
    start = edit.start_on or date.today()
    if edit.end_on is not None and edit.end_on < start:
        raise ValidationError(CAMPAIGN_DATES)
    known_grades, known_classes = store.group_ids(session.conn)
    if not set(grade_ids) <= known_grades or not set(class_ids) <= known_classes:
        raise ValidationError(NO_GRADE)
    at = audit.now_iso()
    with changing(session, "screening.campaign_add", "screening_campaign") as note:
        scale_row(session, definition, at)
        note.target_id = new_campaign(session, name, definition, grade_ids, class_ids, start, edit.end_on, at)
        note.detail = definition.code
    return note.target_id


SCALE_NOT_FOR = QT_TRANSLATE_NOOP(
    "Screening", "{scale} is meant for {who}, not for {groups}: check that this is the scale you want.")
SCALE_NOT_FOR_UNIVERSITY = QT_TRANSLATE_NOOP(
    "Screening", "{scale} is meant for {who}, not for university students: check that this is the scale you want.")
SCALE_AGE = QT_TRANSLATE_NOOP(
    "Screening", "{scale} is meant for age {age} and older: {count} of the students are younger on {day}.")
# The language of a scale definition's own names (its "who it is for" note): the reader's.
# Translators: write zh_CN here in the Chinese translation.
NAMES_IN = QT_TRANSLATE_NOOP("Screening", "en")


@operation(Permission.MANAGE_SCREENING, target="screening_campaign")
def campaign_warnings(session: Session, edit: CampaignEdit, *, tr: Translate = english) -> list[str]:
    """Why the scale may not suit the campaign's students, as the scale's definition says who it is for (its grade
    levels, university, minimum age; SCALES.md): the campaign form shows these before it is created. Nothing is
    refused: a school may have its reasons (a shortened form, a pilot)."""
    from counselor_app.domain.student_status import IN_SCHOOL as statuses

    definition = find_scale(session, edit.scale)
    applies = definition.applies_to
    grade_ids, class_ids = tuple(dict.fromkeys(edit.grade_ids)), tuple(dict.fromkeys(edit.class_ids))
    if not grade_ids and not class_ids:
        return []
    conn = session.conn
    lang = "zh_CN" if tr(NAMES_IN).lower().startswith("zh") else "en"
    who = applies.note.get(lang) if applies.note is not None else ""
    if lang == "en" and who[:1].isupper() and who[1:2].islower():
        who = who[0].lower() + who[1:]                 # "meant for age 16 and older"
    scale = scale_title(definition, lang)
    university = office_store.profile(conn).school_type.is_university
    out = []
    groups = [rules.Group(n, level) for n, level in store.grade_levels(conn, grade_ids, class_ids)]
    off = rules.unsuited(applies, groups, university)
    if off and university:
        out.append(tr(SCALE_NOT_FOR_UNIVERSITY).format(scale=scale, who=who or "—"))
    elif off:
        out.append(tr(SCALE_NOT_FOR).format(scale=scale, who=who or "—", groups="、".join(off)))
    if applies.min_age is not None:
        day = edit.start_on or date.today()
        births = [_day(b) for b in store.birth_dates(conn, grade_ids, class_ids, statuses)]
        young = rules.younger_than(births, applies.min_age, day)
        if young:
            out.append(tr(SCALE_AGE).format(scale=scale, age=applies.min_age, count=young, day=day.isoformat()))
    return out


def scale_title(definition: ScaleDefinition, lang: str) -> str:
    """PHQ-9 患者健康问卷抑郁量表; the name alone when it says the code already (Patient Health Questionnaire
    (PHQ-9))."""
    name = definition.name.get(lang)
    return name if definition.code in name else f"{definition.code} {name}"


def _day(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


@dataclass(frozen=True)
class CampaignInfo:
    """A campaign as the campaigns page lists it."""
    id: int
    name: str
    scale_code: str
    school_year: str
    start_on: str
    end_on: str | None
    groups: tuple[str, ...]          # the grades or classes it screens
    coverage: rules.Coverage
    results: int
    positives: int
    key_hits: int
    candidates_pending: int          # candidate entries still 待复核


@operation(Permission.MANAGE_SCREENING, target="screening_campaign")
def list_campaigns(session: Session) -> list[CampaignInfo]:
    """Every campaign, newest first, with its coverage, positives, key-item hits and candidates still pending."""
    conn = session.conn
    summaries = result_store.summaries(conn)
    by_campaign: dict[int, list[str]] = {}
    for campaign_id, row in store.coverage_rows(conn):
        by_campaign.setdefault(campaign_id, []).extend([row.disposition] * row.count)
    out = []
    for c in store.campaigns(conn):
        s = summaries.get(c.id)
        out.append(CampaignInfo(c.id, c.name, c.scale_code, c.school_year, c.start_on, c.end_on,
                                tuple(g.name for g in store.groups(conn, c.id)),
                                rules.coverage(by_campaign.get(c.id, ())), s.results if s else 0,
                                int(s.positives or 0) if s else 0, int(s.key_hits or 0) if s else 0,
                                int(s.candidates_pending or 0) if s else 0))
    return out


def campaign_by_name(session: Session, name: str) -> store.CampaignRow | None:
    return store.campaign_by_name(session.conn, " ".join((name or "").split()))


def load_campaign(session: Session, campaign_id: int) -> store.CampaignRow:
    found = store.campaign(session.conn, campaign_id)
    if found is None:
        raise ValidationError(NO_CAMPAIGN)
    return found


@dataclass(frozen=True)
class GroupCoverage:
    grade: str
    klass: str                       # '' for a grade's line
    coverage: rules.Coverage


@dataclass(frozen=True)
class CampaignCoverage:
    campaign: store.CampaignRow
    total: rules.Coverage
    grades: tuple[GroupCoverage, ...]
    classes: tuple[GroupCoverage, ...]


@operation(Permission.MANAGE_SCREENING, target="screening_campaign")
def campaign_coverage(session: Session, campaign_id: int) -> CampaignCoverage:
    """Coverage = tested / due per grade and per class (the grade and class each student was in when the campaign
    began), due being every target but the absent and exempt ones."""
    campaign = load_campaign(session, campaign_id)
    grades: dict[str, list[str]] = {}
    classes: dict[tuple[str, str], list[str]] = {}
    every: list[str] = []
    for _cid, row in store.coverage_rows(session.conn, campaign_id):
        values = [row.disposition] * row.count
        every += values
        grades.setdefault(row.grade, []).extend(values)
        classes.setdefault((row.grade, class_label(row.grade, row.class_name)), []).extend(values)
    return CampaignCoverage(campaign, rules.coverage(every),
                            tuple(GroupCoverage(g, "", rules.coverage(v)) for g, v in grades.items()),
                            tuple(GroupCoverage(g, k, rules.coverage(v)) for (g, k), v in classes.items()))


@operation(Permission.MANAGE_SCREENING, changes={Area.SCREENING}, audit="screening.disposition", target="student",
           target_arg="student_id")
def set_disposition(session: Session, campaign_id: int, student_id: int, disposition: str, reason: str = "") -> None:
    """A student of the campaign is 应测 (due) again, 请假 (absent) or 免测 (exempt), the last two with a reason
    (sealed: it may be medical). 已测 comes with the imported result only."""
    load_campaign(session, campaign_id)
    if disposition not in rules.codes(rules.Disposition):
        raise ValidationError(BAD_DISPOSITION)
    conn = session.conn
    target = store.target(conn, campaign_id, student_id)
    if target is None:
        raise ValidationError(NOT_TARGET)
    if disposition == rules.Disposition.TESTED or target.disposition == rules.Disposition.TESTED:
        raise ValidationError(TESTED_BY_IMPORT)
    why = " ".join((reason or "").split())
    if disposition in rules.NEEDS_REASON and not why:
        raise ValidationError(NEEDS_REASON)
    if len(why) > MAX_REASON:
        raise ValidationError(REASON_LONG, max=MAX_REASON)
    with changing(session, "screening.disposition", "student", student_id) as note:
        store.set_disposition(conn, target.id, disposition, audit.now_iso(), session.user.id)
        store.TARGET_REASON.write(conn, session.clinical, target.id, why or None)
        note.detail = f"campaign={campaign_id} {target.disposition}>{disposition}"


__all__ = ["CampaignCoverage", "CampaignEdit", "CampaignInfo", "GroupCoverage", "ScaleInfo", "add_scale",
           "campaign_coverage", "create_campaign", "definitions", "find_scale", "list_campaigns", "set_disposition"]
