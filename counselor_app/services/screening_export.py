"""Exporting a campaign's results to xlsx (``counselor-app export screening``): one row per result with the
columns schools script against (reports/screening_xlsx.py). Counselors and the office head only; audited with the
count (never the file's name). The factor scores come from the sealed detail: the export needs the clinical key.
"""
from __future__ import annotations

from pathlib import Path

from counselor_app.domain import screening as rules
from counselor_app.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from counselor_app.domain.roles import Permission
from counselor_app.domain.school import class_label
from counselor_app.domain.screening_detail import detail_from_json
from counselor_app.services import screening
from counselor_app.services.operations import operation
from counselor_app.services.session import Session
from counselor_app.store import screening_results as store
from counselor_app.store.files import write_atomic

NO_FOLDER = QT_TRANSLATE_NOOP("Errors", "The folder {folder} does not exist.")
NO_CAMPAIGN_NAMED = QT_TRANSLATE_NOOP("Errors", "No screening campaign is called {name}.")


@operation(Permission.MANAGE_SCREENING, audit="export.screening", target="screening_campaign")
def export_campaign(session: Session, campaign: int | str, out: Path) -> int:
    """Write the results of the campaign (its id, or its name) to the xlsx file ``out``; returns how many rows."""
    from counselor_app.reports.screening_xlsx import Line, screening_xlsx

    if isinstance(campaign, str):
        found = screening.campaign_by_name(session, campaign)
        if found is None:
            raise ValidationError(NO_CAMPAIGN_NAMED, name=" ".join(campaign.split())[:60])
    else:
        found = screening.load_campaign(session, campaign)
    campaign_id = found.id
    out = Path(out)
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise ValidationError(NO_FOLDER, folder=str(folder))
    rows = store.for_export(session.conn, campaign_id)
    versions = {r.scale_id: screening.definition_of(session, r.scale_id) for r in rows}
    newest = max(versions.values(), key=lambda d: d.version, default=None)
    if newest is None:
        newest = screening.find_scale(session, found.scale_code)
    factor_ids = [f.id for f in newest.factors]
    lines = []
    for r in rows:
        detail = detail_from_json(store.DETAIL.open(session.clinical, r.id, r.detail))
        values = {f.id: f.value for f in detail.factors}
        lines.append(Line(r.student_no, r.name, class_label(r.grade, r.class_name), versions[r.scale_id].code, r.total,
                          r.band, rules.OUTCOME_WORDS[r.outcome], r.key_items,
                          tuple(values.get(fid) for fid in factor_ids), detail.positive_items, detail.lie))
    data = screening_xlsx(lines, [f.name.zh for f in newest.factors], newest.positive_item_from is not None,
                          newest.validity is not None)
    write_atomic(out, data)
    session.audit("export.screening", "screening_campaign", campaign_id, detail=str(len(lines)))
    return len(lines)

