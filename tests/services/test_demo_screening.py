"""The demo office's screening campaign (services/demo_screening.py run by services/demo.py through the screening
services), and how it meets the demo's watch list."""
from __future__ import annotations

import re
from collections import Counter
from datetime import date

import pytest
from testdata import CHEAP_KDF

from counselor_app.domain.school import SchoolType
from counselor_app.domain.screening import Disposition, Outcome
from counselor_app.domain.watch import CloseReason, Source, State
from counselor_app.services import demo_screening, screening, screening_candidates, screening_results, \
    screening_summary, watch, watch_detail
from counselor_app.services.demo import create_demo_office
from counselor_app.store import watch as watch_store

TODAY = date(2026, 11, 20)


def _read(session) -> dict:
    campaigns = screening.list_campaigns(session)
    out = {"campaigns": campaigns, "rows": watch.list_entries(session, today=TODAY)}
    if campaigns:
        c = campaigns[0]
        out["results"] = screening_results.campaign_results(session, c.id)
        out["targets"] = screening_results.campaign_targets(session, c.id)
        out["candidates"] = screening_candidates.candidate_list(session, c.id)
        out["entries"] = {r.id: watch_detail.get_entry(session, r.id, today=TODAY) for r in out["rows"]}
        out["warnings"] = screening.campaign_warnings(session, screening.CampaignEdit(
            c.name, c.scale_code, tuple(g.grade_id for g in _groups(session, c.id) if g.grade_id),
            tuple(g.class_id for g in _groups(session, c.id) if g.class_id), date.fromisoformat(c.start_on)))
        out["pdf"] = screening_summary.office_summary_document(session, tr=str, campaign_id=c.id)
    return out


def _groups(session, campaign_id):
    from counselor_app.store import screening as store

    return store.groups(session.conn, campaign_id)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    made = create_demo_office(tmp_path_factory.mktemp("demo") / "office", students=600, kdf=CHEAP_KDF, today=TODAY,
                              watch=True)
    with made.office.session as s:
        return _read(s)


def test_one_finished_campaign_of_the_semester_for_every_grade_mht_suits(demo):
    [c] = demo["campaigns"]
    assert (c.name, c.scale_code, c.school_year) == ("2026年秋季心理健康普查", "MHT", "2026-2027")
    assert c.start_on == "2026-09-21"                   # the semester's third week
    assert c.start_on <= c.end_on < "2026-09-26"         # 25 September 2026 is 中秋节: no sheets that day
    assert c.groups == ("七年级", "八年级", "九年级", "高一", "高二", "高三")
    assert demo["warnings"] == []                        # MHT suits grade 4 up to high school
    assert c.coverage.tested == c.coverage.due == c.results > 550     # finished: everyone due has a sheet


def test_a_realistic_spread_of_sheets(demo):
    results, [c] = demo["results"], demo["campaigns"]
    outcomes = Counter(r.outcome for r in results)
    assert outcomes[Outcome.NEGATIVE] > 0.95 * len(results)
    assert 3 <= outcomes[Outcome.POSITIVE] <= 0.03 * len(results)
    assert 3 <= outcomes[Outcome.INVALID] <= 0.03 * len(results)          # MHT's lie scale
    assert 1 <= c.key_hits <= 2 and c.positives == outcomes[Outcome.POSITIVE]
    totals = sorted(r.total for r in results)
    assert 20 <= totals[len(totals) // 2] <= 40                           # most students well below 65
    assert len({r.taken_on for r in results}) >= 3 and all("2026-09-21" <= r.taken_on <= c.end_on for r in results)
    dispositions = Counter(t.disposition for t in demo["targets"])
    assert dispositions[Disposition.ABSENT] >= 1 and dispositions[Disposition.EXEMPT] >= 1
    assert dispositions[Disposition.DUE] == 0


def test_every_candidate_is_reviewed_on_the_watch_list_and_nobody_has_two_entries(demo):
    candidates, [c] = demo["candidates"], demo["campaigns"]
    assert candidates and c.candidates_pending == 0
    assert all(x.entry_id is not None for x in candidates)
    assert candidates[0].urgent                                           # key-item hits first
    links = Counter(x.link for x in candidates)
    assert links["linked"] >= 3                 # students the office follows already: their entries
    assert links["opened"] >= 2
    rows = demo["rows"]
    assert len(rows) <= 30 and len({r.student_id for r in rows if r.state != State.CLOSED}) == \
        sum(r.state != State.CLOSED for r in rows)
    new = [demo["entries"][x.entry_id] for x in candidates if x.link == "opened"
           and demo["entries"][x.entry_id].entry.opened_on > c.end_on
           and "普查" in demo["entries"][x.entry_id].concern]
    assert new, "make_candidates opened no entry"
    for d in new:   # the head met the student and closed the candidate as 复核后未纳入
        assert d.concern.startswith("心理测评“2026年秋季心理健康普查”（MHT）：筛查阳性（总分 ")
        assert d.entry.state == State.CLOSED and d.entry.close_reason == CloseReason.NOT_CONFIRMED
        assert d.followups and "面谈" in d.followups[0].seen and d.close_note


def test_the_watch_lists_screening_entries_of_those_days_name_their_result(demo):
    """A 测评筛查 entry opened in the campaign's days that names no other scale is the campaign's candidate: it names
    the result; one naming PHQ-9 or SCL-90 keeps its own story."""
    [c] = demo["campaigns"]
    result_of = {r.student_id: r.id for r in demo["results"]}
    named = 0
    for d in demo["entries"].values():
        e = d.entry
        if e.source != Source.SCREENING or not c.start_on <= e.opened_on <= "2026-10-08":
            continue
        if re.search(r"PHQ|GAD|SCL|UPI", d.concern):
            assert e.source_ref_type == ""
        else:
            assert (e.source_ref_type, e.source_ref_id) == ("screening", str(result_of[e.student_id]))
            named += 1
    assert named >= 1


def test_the_new_candidates_are_worded_as_the_chinese_interface_words_them():
    """The demo writes the concern of its new candidates in Chinese without Qt: the words are the translation's."""
    import xml.etree.ElementTree as ET
    from pathlib import Path

    ts = ET.parse(Path(__file__).resolve().parents[2] / "i18n" / "counselor_zh_CN.ts")
    words = {m.findtext("source"): m.findtext("translation") for c in ts.iter("context")
             if c.findtext("name") == "ScreeningCandidate" for m in c.iter("message")}
    assert {str(k): v for k, v in demo_screening._ZH.items()} == {str(k): words[str(k)] for k in demo_screening._ZH}


def test_the_summary_prints(demo):
    assert demo["pdf"].startswith(b"%PDF") and len(demo["pdf"]) > 5000


def test_the_same_seed_runs_the_same_campaign_and_a_small_school_has_one_too(tmp_path):
    def run(folder, seed):
        made = create_demo_office(folder, students=30, school_type=SchoolType.PRIMARY, kdf=CHEAP_KDF, today=TODAY,
                                  watch=True, seed=seed)
        with made.office.session as s:
            [c] = screening.list_campaigns(s)
            results = screening_results.campaign_results(s, c.id)
            return c, [(r.student_no, r.total, r.outcome, r.key_items, r.taken_on) for r in results]

    first, again = run(tmp_path / "a", 3), run(tmp_path / "b", 3)
    assert first == again
    campaign, results = first
    assert campaign.groups == ("四年级", "五年级", "六年级") and campaign.key_hits == 1 and results


def test_a_university_screens_its_freshmen_with_upi_and_a_large_school_stays_small(tmp_path, monkeypatch):
    monkeypatch.setattr(demo_screening, "MAX_SHEETS", 150)
    made = create_demo_office(tmp_path / "u", students=1200, school_type=SchoolType.UNIVERSITY, kdf=CHEAP_KDF,
                              today=TODAY, watch=True)
    with made.office.session as s:
        [c] = screening.list_campaigns(s)
        results = screening_results.campaign_results(s, c.id)
        rows = watch_store.list_rows(s.conn, open_only=True)
    assert (c.name, c.scale_code) == ("2026级新生心理普查", "UPI")
    assert all(re.search(r"26\d\d班$", g) for g in c.groups)
    assert 100 <= c.coverage.due + c.coverage.absent + c.coverage.exempt <= 150
    assert {r.band for r in results} >= {"第一类", "第三类"} and c.key_hits >= 1
    assert len({r.student_id for r in rows}) == len(rows)


def test_candidates_nobody_follows_yet_are_met_a_key_item_hit_is_kept(tmp_path, monkeypatch):
    """A school whose watch list meets none of the campaign's students: every candidate is a new entry; the key-item
    hit is confirmed at the interview (跟进中), the positive screens are closed as 复核后未纳入."""
    monkeypatch.setattr(demo_screening, "_watch_links", lambda *args: ({}, {}, set()))
    made = create_demo_office(tmp_path / "o", students=200, kdf=CHEAP_KDF, today=TODAY, watch=True)
    with made.office.session as s:
        [c] = screening.list_campaigns(s)
        candidates = screening_candidates.candidate_list(s, c.id)
        entries = {x.result_id: watch_detail.get_entry(s, x.entry_id, today=TODAY) for x in candidates}
    assert {x.link for x in candidates} == {"opened"} and c.key_hits == 1 and len(candidates) >= 2
    for x in candidates:
        d = entries[x.result_id]
        assert d.entry.source_ref_id == str(x.result_id) and len(d.followups) == 1
        if x.urgent:
            assert (d.entry.state, d.entry.severity) == (State.FOLLOWING, "mild") and "关键题目" in d.concern
        else:
            assert d.entry.state == State.CLOSED and d.entry.close_reason == CloseReason.NOT_CONFIRMED
