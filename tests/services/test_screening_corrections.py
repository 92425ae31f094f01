"""Correcting screening results (services/screening_corrections.py): removing a sheet and moving one to the right
student with a reason, audited, the candidate list following; rescoring a campaign after its scale was corrected,
previewed first, applied explicitly, audited; the failure paths."""
from __future__ import annotations

import json

import pytest
from screening_helpers import KEY_ONLY, NONE, POSITIVE, TODAY, csv_file, login, of_grade, phq_header, phq_row, prepare

from counselor_app.domain.errors import PermissionDenied, ValidationError
from counselor_app.domain.roles import Role
from counselor_app.domain.scales import builtin
from counselor_app.services import screening, screening_corrections as sc, screening_import as si, screening_results
from counselor_app.store import audit, watch as watch_store


@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    return prepare(tmp_path_factory.mktemp("screeningcorrect") / "office")


@pytest.fixture
def counselor(prepared, tmp_path):
    with login(prepared, tmp_path, Role.COUNSELOR) as s:
        yield s


def campaign(session, tmp_path, answers, name="2026秋七年级"):
    seven = of_grade(session, "七年级")
    campaign_id = screening.create_campaign(session, screening.CampaignEdit(name, "PHQ-9", (seven[0].grade_id,),
                                                                            start_on=TODAY))
    path = csv_file(tmp_path / f"{name}.csv", phq_header(), [phq_row(p, a) for p, a in zip(seven, answers)])
    si.import_screening(session, si.preview_screening(session, path, scale="PHQ-9", campaign=name, today=TODAY),
                        today=TODAY)
    return campaign_id, seven


def result_of(session, campaign_id, student_id):
    return next((r for r in screening_results.campaign_results(session, campaign_id) if r.student_id == student_id),
                None)


def trail(session, action):
    return [r for r in audit.iter_all(session.conn) if r.action == action]


def disposition(session, campaign_id, student_id):
    from counselor_app.store import screening as store

    return store.target(session.conn, campaign_id, student_id).disposition


def test_removing_a_duplicate_sheet_needs_a_reason_and_asks_to_close_its_entry(counselor, tmp_path):
    campaign_id, seven = campaign(counselor, tmp_path, [POSITIVE, NONE])
    wrong = result_of(counselor, campaign_id, seven[0].id)
    assert wrong.entry_id is not None and wrong.entry_state == "candidate"
    for reason in ("", "   "):
        with pytest.raises(ValidationError) as e:
            sc.remove_result(counselor, wrong.id, reason, today=TODAY)
        assert "Say why" in e.value.english()
    assert result_of(counselor, campaign_id, seven[0].id) is not None       # nothing changed
    report = sc.remove_result(counselor, wrong.id, "重复答卷（平台导出两次）", today=TODAY)
    assert result_of(counselor, campaign_id, seven[0].id) is None
    assert disposition(counselor, campaign_id, seven[0].id) == "due"
    assert report.closing_requested == [wrong.entry_id]
    entry = watch_store.entry(counselor.conn, wrong.entry_id)
    assert entry.close_reason == "mistake" and entry.close_requested_at     # the head approves the closing
    row, = trail(counselor, "screening.result_remove")
    assert (row.target_type, row.target_id) == ("student", str(seven[0].id))
    assert row.detail == f"result={wrong.id} campaign={campaign_id}\t重复答卷（平台导出两次）"
    with pytest.raises(ValidationError) as e:
        sc.remove_result(counselor, wrong.id, "again")
    assert "does not exist" in e.value.english()


def test_moving_a_sheet_to_the_right_student_keeps_answers_and_follows_the_candidates(counselor, tmp_path):
    campaign_id, seven = campaign(counselor, tmp_path, [KEY_ONLY, NONE])
    wrong = result_of(counselor, campaign_id, seven[0].id)
    right = seven[3]                                       # a target of the campaign without a result
    before = screening_results.result_answers(counselor, wrong.id, "核对匹配")
    for student, words in ((seven[0].id, "this student's already"), (seven[1].id, "has a result"),
                           (of_grade(counselor, "八年级")[0].id, "not one the campaign screens")):
        with pytest.raises(ValidationError) as e:
            sc.move_result(counselor, wrong.id, student, "学号录错", today=TODAY)
        assert words in e.value.english()
    with pytest.raises(ValidationError):
        sc.move_result(counselor, wrong.id, right.id, "", today=TODAY)
    report = sc.move_result(counselor, wrong.id, right.id, "学号录错", today=TODAY)
    moved = result_of(counselor, campaign_id, right.id)
    assert moved.id == report.result_id and result_of(counselor, campaign_id, seven[0].id) is None
    assert (moved.total, moved.key_items, moved.outcome) == (wrong.total, wrong.key_items, wrong.outcome)
    after = screening_results.result_answers(counselor, moved.id, "核对匹配")
    assert [a.score for a in after.answers] == [a.score for a in before.answers]
    assert disposition(counselor, campaign_id, seven[0].id) == "due"
    assert disposition(counselor, campaign_id, right.id) == "tested"
    assert report.closing_requested == [wrong.entry_id] and report.candidates == 1
    assert moved.entry_id is not None and moved.entry_id != wrong.entry_id and moved.urgent
    rows = trail(counselor, "screening.result_move")
    assert {(r.target_type, r.target_id) for r in rows} == {("student", str(seven[0].id)),
                                                            ("student", str(right.id))}   # both students


def corrected_phq(version=2, cutoff=None, key_min=None) -> str:
    raw = json.loads(builtin("PHQ-9").text)
    raw["version"] = version
    if cutoff is not None:
        raw["settings"]["cutoff"]["value"] = cutoff
    return json.dumps(raw, ensure_ascii=False)


def test_rescoring_previews_what_changes_then_applies_it_audited(counselor, tmp_path):
    mild = [1, 1, 1, 1, 1, 1, 1, 1, 0]                      # total 8: negative at ≥ 10, positive at ≥ 8
    campaign_id, seven = campaign(counselor, tmp_path, [POSITIVE, mild, NONE])
    with pytest.raises(ValidationError) as e:
        sc.preview_rescore(counselor, campaign_id)
    assert "newest version" in e.value.english()
    screening.add_scale(counselor, corrected_phq(cutoff=8))
    preview = sc.preview_rescore(counselor, campaign_id)
    assert preview.scale == "PHQ-9 v2" and preview.same == 2 and preview.score_only == 0
    line, = preview.changed
    assert line.student_no == seven[1].student_no
    assert (line.before.scale, line.before.outcome, line.after.scale, line.after.outcome) == (
        "PHQ-9 v1", "negative", "PHQ-9 v2", "positive")
    assert result_of(counselor, campaign_id, seven[1].id).outcome == "negative"   # nothing applied yet
    with pytest.raises(ValidationError):
        sc.rescore_campaign(counselor, preview, " ", today=TODAY)
    done = sc.rescore_campaign(counselor, preview, "量表阳性界值更正为 8", today=TODAY)
    assert (done.rescored, done.changed, done.candidates) == (3, 1, 1)
    rows = screening_results.campaign_results(counselor, campaign_id)
    assert {r.scale for r in rows} == {"PHQ-9 v2"}
    assert result_of(counselor, campaign_id, seven[1].id).entry_state == "candidate"
    row, = trail(counselor, "screening.rescore")
    assert row.detail == "PHQ-9 v2 3/1\t量表阳性界值更正为 8"
    with pytest.raises(ValidationError):                   # applied: nothing left to rescore
        sc.preview_rescore(counselor, campaign_id)


def test_a_rescoring_no_longer_positive_asks_to_close_the_untouched_candidate(counselor, tmp_path):
    campaign_id, seven = campaign(counselor, tmp_path, [POSITIVE, NONE], name="界值提高")
    entry_id = result_of(counselor, campaign_id, seven[0].id).entry_id
    screening.add_scale(counselor, corrected_phq(cutoff=12))
    preview = sc.preview_rescore(counselor, campaign_id)
    done = sc.rescore_campaign(counselor, preview, "界值更正", today=TODAY)
    assert done.closing_requested == [entry_id]
    assert result_of(counselor, campaign_id, seven[0].id).entry_id is None
    assert watch_store.entry(counselor.conn, entry_id).close_reason == "other"


def test_a_stale_preview_is_refused(counselor, tmp_path):
    campaign_id, seven = campaign(counselor, tmp_path, [POSITIVE, NONE], name="过期预览")
    screening.add_scale(counselor, corrected_phq(cutoff=8))
    preview = sc.preview_rescore(counselor, campaign_id)
    sc.remove_result(counselor, result_of(counselor, campaign_id, seven[1].id).id, "误导入", today=TODAY)
    with pytest.raises(ValidationError) as e:
        sc.rescore_campaign(counselor, preview, "界值更正", today=TODAY)
    assert "preview the rescoring again" in e.value.english()


def test_the_assistant_may_not_correct(prepared, tmp_path):
    with login(prepared, tmp_path, Role.ASSISTANT) as s:
        with pytest.raises(PermissionDenied):
            sc.remove_result(s, 1, "x")
