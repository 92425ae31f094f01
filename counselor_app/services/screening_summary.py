"""A screening campaign's summary documents (reports/screening_summary.py), registered in services/documents.py:

- ``screening_summary`` — the office's version: coverage by grade and class, the bands of the total and of each
  factor, the positive rate, the key-item hits, and every candidate with what became of them (still to review,
  reviewed and on the watch list, reviewed and not needed …), names and student numbers included;
- ``screening_summary_leaders`` — the de-identified version for the school leaders: the same counts without any
  name or student number and without the candidates' list; every count from 1 to 4 is printed as "<5" and a rate
  built on such a count is not printed (reports/screening_summary.small_cell).

Neither carries an item answer. Both need MANAGE_SCREENING (checked by documents.build_document, which is also where
every preview, print and save is audited under the campaign). The factor bands come from the sealed detail: the
documents need the clinical key. ``campaign_id`` is the campaign's id, or its name (``counselor-app print
screening-summary --campaign 2026秋七年级``).
"""
from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Callable

from counselor_app.domain import screening as rules, watch as watch_rules
from counselor_app.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from counselor_app.domain.school import class_label
from counselor_app.domain.screening_detail import detail_from_json
from counselor_app.services import screening
from counselor_app.services.session import Session
from counselor_app.services.settings import read_settings
from counselor_app.store import office as office_store, screening_results as store

NO_CAMPAIGN_NAMED = QT_TRANSLATE_NOOP("Errors", "No screening campaign is called {name}.")
# The language of the names a scale definition gives in Chinese and English (its factors and bands): the reader's.
# Translators: write zh_CN here in the Chinese translation.
NAMES_IN = QT_TRANSLATE_NOOP("ScreeningSummary", "en")

# what became of a candidate, in the order the documents list them
NOT_LISTED = QT_TRANSLATE_NOOP("ScreeningSummary", "Not on the watch list yet")
PENDING = QT_TRANSLATE_NOOP("ScreeningSummary", "Waiting for the review (interview)")
FOLLOWED = QT_TRANSLATE_NOOP("ScreeningSummary", "Interviewed: on the watch list")
NOT_NEEDED = QT_TRANSLATE_NOOP("ScreeningSummary", "Interviewed: not needed")
ENDED = QT_TRANSLATE_NOOP("ScreeningSummary", "Watch-list entry closed since")
FATES = (NOT_LISTED, PENDING, FOLLOWED, NOT_NEEDED, ENDED)


def find_campaign(session: Session, value) -> int:
    """The campaign's id from its id (the window) or its id or name (the command line)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return screening.load_campaign(session, value).id
    text = " ".join(str(value).split())
    if text.isdigit():
        return screening.load_campaign(session, int(text)).id
    found = screening.campaign_by_name(session, text)
    if found is None:
        raise ValidationError(NO_CAMPAIGN_NAMED, name=text[:60])
    return found.id


def fate(row: store.SummaryRow):
    """What became of a candidate result (one of FATES)."""
    if row.entry_id is None:
        return NOT_LISTED
    if row.entry_state == watch_rules.State.CANDIDATE:
        return PENDING
    if row.entry_state != watch_rules.State.CLOSED:
        return FOLLOWED
    return NOT_NEEDED if row.close_reason == watch_rules.CloseReason.NOT_CONFIRMED else ENDED


def _mean(values: list) -> str:
    if not values:
        return ""
    total = sum(Decimal(str(v)) for v in values)
    return f"{(total / len(values)).quantize(Decimal('0.01'))}"


def summary_data(session: Session, campaign_id, *, tr: Callable, deidentified: bool):
    """The plain data of the summary (reports/screening_summary.Summary)."""
    from counselor_app.reports import screening_summary as doc

    campaign_id = find_campaign(session, campaign_id)
    lang = "zh_CN" if tr(NAMES_IN).lower().startswith("zh") else "en"
    coverage = screening.campaign_coverage(session, campaign_id)
    campaign = coverage.campaign
    definition = screening.find_scale(session, campaign.scale_code)
    rows = store.summary_rows(session.conn, campaign_id)

    def counts():
        return {"results": 0, "positives": 0, "key_hits": 0, "invalid": 0}

    by_grade: dict[str, dict] = {}
    by_class: dict[tuple[str, str], dict] = {}
    every = counts()
    bands: dict[str, int] = {}
    factor_values: dict[str, list] = {}
    factor_bands: dict[str, dict[str, int]] = {}
    factor_names: dict[str, str] = {f.id: f.name.get(lang) for f in definition.factors}
    band_order = [n.get(lang) for n in definition.bands.names()] if definition.bands is not None else []
    factor_order = {f.id: [b.name.get(lang) for b in f.bands] for f in definition.factors}
    candidates = []
    fates = {f: 0 for f in FATES}
    for r in rows:
        klass = class_label(r.grade, r.class_name)
        key_items = rules.key_items_of(r.key_items)
        for group in (every, by_grade.setdefault(r.grade, counts()), by_class.setdefault((r.grade, klass), counts())):
            group["results"] += 1
            group["positives"] += r.outcome == rules.Outcome.POSITIVE
            group["key_hits"] += bool(key_items)
            group["invalid"] += r.outcome == rules.Outcome.INVALID
        detail = detail_from_json(store.DETAIL.open(session.clinical, r.id, r.detail)) if r.detail else None
        band = detail.band.get(lang) if detail is not None and detail.band is not None else r.band
        if band:
            bands[band] = bands.get(band, 0) + 1
        for f in detail.factors if detail is not None else ():
            factor_names.setdefault(f.id, f.name.get(lang))
            factor_values.setdefault(f.id, []).append(f.value)
            if f.band is not None:
                named = factor_bands.setdefault(f.id, {})
                named[f.band.get(lang)] = named.get(f.band.get(lang), 0) + 1
        if rules.is_candidate(r.outcome, key_items):
            what = fate(r)
            fates[what] += 1
            if not deidentified:
                candidates.append((rules.candidate_order(key_items, r.id), doc.CandidateLine(
                    r.student_no, r.name, klass, "" if r.total is None else str(r.total), band,
                    rules.key_items_text(key_items), tr(rules.Outcome(r.outcome).label), tr(what))))

    def line(grade: str, klass: str, cov: rules.Coverage, c: dict) -> doc.GroupLine:
        return doc.GroupLine(grade, klass, cov.due, cov.tested, cov.absent, cov.exempt, c["results"],
                             c["positives"], c["key_hits"], c["invalid"])

    groups = []
    for g in coverage.grades:
        groups.append(line(g.grade, "", g.coverage, by_grade.get(g.grade, counts())))
        groups += [line(c.grade, c.klass, c.coverage, by_class.get((c.grade, c.klass), counts()))
                   for c in coverage.classes if c.grade == g.grade]
    factors = tuple(doc.FactorLine(factor_names.get(fid, fid), _mean(values),
                                   _in_order(factor_bands.get(fid, {}), factor_order.get(fid, [])))
                    for fid, values in factor_values.items())
    profile = office_store.profile(session.conn)
    scale = screening.scale_title(definition, lang)
    return doc.Summary(
        profile.name, profile.unit_name, campaign.name, scale, campaign.school_year, campaign.start_on,
        campaign.end_on or "", datetime.now(), deidentified,
        tuple(groups), line("", "", coverage.total, every), _in_order(bands, band_order), factors,
        tuple((tr(f), n) for f, n in fates.items() if n or f != ENDED),
        tuple(c for _key, c in sorted(candidates, key=lambda x: x[0])))


def _in_order(counts: dict[str, int], order: list[str]) -> tuple[tuple[str, int], ...]:
    """(band, count) in the definition's order of the bands, every band of it shown (0 too)."""
    return tuple((b, counts.get(b, 0)) for b in order) + tuple((b, n) for b, n in counts.items() if b not in order)


def _font(session: Session) -> str | None:
    return read_settings(session).pdf_font_path or None


def office_summary_document(session: Session, *, tr: Callable, campaign_id) -> bytes:
    """The office's version (documents.build_document checked MANAGE_SCREENING)."""
    from counselor_app.reports.screening_summary import build_summary

    return build_summary(summary_data(session, campaign_id, tr=tr, deidentified=False), tr=tr,
                         font_path=_font(session))


def leaders_summary_document(session: Session, *, tr: Callable, campaign_id) -> bytes:
    """The de-identified version for the school leaders."""
    from counselor_app.reports.screening_summary import build_summary

    return build_summary(summary_data(session, campaign_id, tr=tr, deidentified=True), tr=tr,
                         font_path=_font(session))
