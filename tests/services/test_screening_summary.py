"""A campaign's summary documents (services/screening_summary.py, reports/screening_summary.py): the office's version
with its candidates and what became of them, the de-identified one for the school leaders without names, numbers or
small cells, both registered documents (permission checked, outputs audited under the campaign)."""
from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from screening_helpers import KEY_ONLY, NONE, POSITIVE, TODAY, csv_file, login, of_grade, phq_header, phq_row, prepare

from counselor_app.domain.errors import PermissionDenied, ValidationError
from counselor_app.domain.roles import Role
from counselor_app.reports.fonts import find_cjk_font
from counselor_app.reports.screening_summary import rate, small_cell
from counselor_app.services import documents, screening, screening_candidates, screening_import as si
from counselor_app.services import screening_summary as summary
from counselor_app.store import audit

needs_font = pytest.mark.skipif(find_cjk_font() is None, reason="no Chinese TrueType font on this machine")


@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    return prepare(tmp_path_factory.mktemp("screeningsummary") / "office")


@pytest.fixture
def counselor(prepared, tmp_path):
    with login(prepared, tmp_path, Role.COUNSELOR) as s:
        yield s


def campaign_with_results(session, tmp_path, answers, name="2026秋七年级"):
    seven = of_grade(session, "七年级")
    campaign = screening.create_campaign(session, screening.CampaignEdit(name, "PHQ-9", (seven[0].grade_id,),
                                                                         start_on=TODAY))
    path = csv_file(tmp_path / "s.csv", phq_header(), [phq_row(p, a) for p, a in zip(seven, answers)])
    preview = si.preview_screening(session, path, scale="PHQ-9", campaign=name, today=TODAY)
    si.import_screening(session, preview, candidates=False, today=TODAY)
    return campaign, seven


def text_of(pdf: bytes) -> str:
    return "".join("".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages)


def test_small_cells_and_their_rates():
    assert [small_cell(n, True) for n in (0, 1, 4, 5, 37)] == ["0", "<5", "<5", "5", "37"]
    assert [small_cell(n, False) for n in (0, 1, 4)] == ["0", "1", "4"]
    assert rate(3, 40, True) == "—" and rate(3, 40, False) == "7.5%" and rate(5, 40, True) == "12.5%"
    assert rate(0, 0, False) == "—" and rate(0, 12, True) == "0.0%"


def test_the_data_counts_coverage_bands_and_what_became_of_the_candidates(counselor, tmp_path):
    answers = [POSITIVE] * 3 + [KEY_ONLY] * 2 + [NONE]
    campaign, seven = campaign_with_results(counselor, tmp_path, answers)
    screening.set_disposition(counselor, campaign, seven[6].id, "absent", "病假")
    screening_candidates.make_candidates(counselor, campaign, today=TODAY)
    data = summary.summary_data(counselor, campaign, tr=str, deidentified=False)
    assert (data.total.due, data.total.tested, data.total.absent) == (6, 6, 1)
    assert (data.total.results, data.total.positives, data.total.key_hits) == (6, 3, 2)
    assert [g.klass or g.grade for g in data.groups] == ["七年级", "七年级(1)班"]
    assert list(data.bands) == [("None or minimal", 3), ("Mild", 0), ("Moderate", 3), ("Moderately severe", 0),
                                ("Severe", 0)]                          # the scale's order, every band
    assert dict(data.fates)["Waiting for the review (interview)"] == 5
    assert len(data.candidates) == 5 and data.candidates[0].key_items == "9"    # key-item hits first
    assert {c.student_no for c in data.candidates} == {p.student_no for p in seven[:5]}
    assert [f.name for f in data.factors] == ["PHQ-2 (items 1 and 2)"] and data.factors[0].bands
    leaders = summary.summary_data(counselor, campaign, tr=str, deidentified=True)
    assert leaders.candidates == () and leaders.total == data.total


@needs_font
def test_the_leaders_version_names_nobody_and_hides_small_cells(counselor, tmp_path):
    campaign, seven = campaign_with_results(counselor, tmp_path, [POSITIVE] * 3 + [KEY_ONLY] + [NONE] * 6)
    screening_candidates.make_candidates(counselor, campaign, today=TODAY)
    office = text_of(documents.build_document(counselor, "screening_summary", campaign_id=campaign))
    leaders = text_of(documents.build_document(counselor, "screening_summary_leaders", campaign_id=str(campaign)))
    assert "Screeningcampaignsummary" in office and seven[0].name in office and seven[0].student_no in office
    assert "de-identified" in leaders and "<5" in leaders
    for p in seven:
        assert p.name not in leaders and p.student_no not in leaders
    assert "3positive" not in leaders and "<5positive" in leaders       # 3 positives of 10: a small cell


@needs_font
def test_by_name_and_in_chinese(counselor, tmp_path):
    from counselor_app.services.profile import english

    campaign_with_results(counselor, tmp_path, [POSITIVE] * 6 + [NONE], name="按名称")
    zh = {"en": "zh_CN"}

    def tr(text):
        return zh.get(str(text), english(text))

    data = summary.summary_data(counselor, "按名称", tr=tr, deidentified=True)
    assert data.scale.startswith("PHQ-9 患者健康问卷") and dict(data.bands)["中度"] == 6     # the scale's Chinese names
    with pytest.raises(ValidationError) as e:
        summary.find_campaign(counselor, "没有这个测评")
    assert "No screening campaign is called 没有这个测评" in e.value.english()
    with pytest.raises(ValidationError):
        summary.find_campaign(counselor, 9999)


def test_closed_candidates_count_as_not_needed_or_closed():
    from counselor_app.store.screening_results import SummaryRow

    def row(entry_id, state, reason=""):
        return SummaryRow(1, "", "", "", "", 1, "positive", 11, "", "", None, entry_id, state, reason)

    assert summary.fate(row(None, "")) == summary.NOT_LISTED
    assert summary.fate(row(5, "candidate")) == summary.PENDING
    assert summary.fate(row(5, "following")) == summary.FOLLOWED
    assert summary.fate(row(5, "observing")) == summary.FOLLOWED
    assert summary.fate(row(5, "closed", "not_confirmed")) == summary.NOT_NEEDED
    assert summary.fate(row(5, "closed", "improved")) == summary.ENDED


def test_the_assistant_gets_neither_and_the_refusal_is_audited(prepared, tmp_path):
    with login(prepared, tmp_path, Role.ASSISTANT) as s:
        for kind in ("screening_summary", "screening_summary_leaders"):
            with pytest.raises(PermissionDenied):
                documents.build_document(s, kind, campaign_id=1)
        rows = [r for r in audit.iter_all(s.conn) if r.action == "denied.manage_screening"]
        assert len(rows) == 2 and rows[0].target_type == "screening_campaign"
