"""The import scores a file's usual sheets all together (domain/scales/batch.py via screening_table.score_pending):
every stored result — outcome, total, band, key items, the sealed answers and detail — is what scoring each sheet
on its own gives; rows that are not usual sheets (words, a missing answer, a bad cell) keep their own verdicts; a
cancelled or failing import writes nothing, also after the results of its first chunks were inserted."""
from __future__ import annotations

import random

import pytest
from screening_helpers import TODAY, csv_file, login, phq_header, phq_row, prepare, pupils

from counselor_app.domain import scales
from counselor_app.domain.errors import Cancelled, ValidationError
from counselor_app.domain.roles import Role
from counselor_app.domain.screening import key_items_text
from counselor_app.domain.screening_detail import answers_json, detail_json
from counselor_app.services import screening, screening_import as si
from counselor_app.services.progress import Progress
from counselor_app.store import screening_results as result_store

WORDS = {0: "完全不会", 1: "好几天", 2: "一半以上的天数", 3: "几乎每天"}


@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    return prepare(tmp_path_factory.mktemp("screening_batch") / "office")


@pytest.fixture
def counselor(prepared, tmp_path):
    with login(prepared, tmp_path, Role.COUNSELOR) as s:
        yield s


def sheets(students, seed=1):
    """(student, answers as scores, the cells as the file writes them): mostly numbers, some words."""
    rng = random.Random(seed)
    out = []
    for p in students:
        answers = rng.choices(range(4), rng.choice([(80, 15, 4, 1), (30, 30, 25, 15)]), k=9)
        cells = [WORDS[a] if rng.random() < 0.1 else a for a in answers]
        out.append((p, answers, cells))
    return out


def test_every_stored_result_is_the_one_scoring_alone_gives(counselor, tmp_path):
    everyone = pupils(counselor)
    rows = sheets(everyone)
    bad = {3: ["", "x"], 7: [None, "4"]}     # row 3: an answer missing; row 7: an answer that is no option
    lines = []
    for n, (p, _answers, cells) in enumerate(rows):
        if n in bad:
            cells = list(cells)
            cells[2] = bad[n][1] if n == 7 else ""
        lines.append(phq_row(p, cells))
    path = csv_file(tmp_path / "all.csv", phq_header(), lines)
    preview = si.preview_screening(counselor, path, scale="PHQ-9", campaign="2026秋全校PHQ", today=TODAY)
    assert sorted(v.line - 1 for v in preview.rejected) == [4, 8]      # rows 3 and 7 below the header
    assert all("pending_sheet" not in v.record for v in preview.verdicts)
    done = si.import_screening(counselor, preview, skip_invalid=True, candidates=False, today=TODAY)
    assert done.imported == len(everyone) - 2
    phq = scales.builtin("PHQ-9")
    campaign = screening.campaign_by_name(counselor, "2026秋全校PHQ")
    stored = {r[0]: r[1:] for r in counselor.conn.execute(
        "SELECT student_id, id, outcome, total, band, key_items, answers, detail FROM screening_result "
        "WHERE campaign_id = ?", (campaign.id,))}
    positives = 0
    for n, (p, answers, _cells) in enumerate(rows):
        if n in bad:
            assert p.id not in stored
            continue
        alone = scales.score(phq, dict(enumerate(answers, 1)))
        rid, outcome, total, band, key_items, sealed_answers, sealed_detail = stored[p.id]
        assert (outcome, total, band, key_items) == (alone.outcome.value, alone.total, alone.band.zh,
                                                     key_items_text(alone.key_item_hits))
        assert result_store.ANSWERS.open(counselor.clinical, rid, sealed_answers) == \
            answers_json(dict(enumerate(answers, 1)))
        assert result_store.DETAIL.open(counselor.clinical, rid, sealed_detail) == detail_json(alone)
        positives += alone.outcome is scales.Outcome.POSITIVE
    assert done.positives == positives > 0


def test_a_rejected_row_with_a_key_item_is_still_named(counselor, tmp_path):
    """A sheet with an answer missing is not scored with the others: its verdict (and the key item it hit) is the
    one scoring it alone gives."""
    a, b = pupils(counselor)[:2]
    path = csv_file(tmp_path / "k.csv", phq_header(), [phq_row(a, [0, 0, "", 0, 0, 0, 0, 0, 2]),
                                                        phq_row(b, [0] * 9)])
    preview = si.preview_screening(counselor, path, scale="PHQ-9", campaign="2026秋K", today=TODAY)
    assert [v.line for v in preview.rejected] == [2] and preview.rejected_key_hits == [2]
    assert preview.valid[0].record["result"].total == 0


@pytest.mark.parametrize("how", ["cancelled", "failing"])
def test_an_import_stopped_after_its_first_chunks_writes_nothing(counselor, tmp_path, monkeypatch, how):
    everyone = pupils(counselor)
    path = csv_file(tmp_path / "c.csv", phq_header(), [phq_row(p, cells) for p, _a, cells in sheets(everyone, 2)])
    preview = si.preview_screening(counselor, path, scale="PHQ-9", campaign=f"2026秋{how}", today=TODAY)
    monkeypatch.setattr(si, "CHUNK", 7)                       # several chunks, the first ones inserted
    progress = Progress()
    inserted = []
    real_insert = result_store.insert_results

    def insert(*args, **kw):
        if len(inserted) == 2:
            if how == "cancelled":
                progress.cancel()
            else:
                raise ValidationError(si.CHANGED)
        inserted.append(real_insert(*args, **kw))
        return inserted[-1]
    monkeypatch.setattr(result_store, "insert_results", insert)
    with pytest.raises(Cancelled if how == "cancelled" else ValidationError):
        si.import_screening(counselor, preview, progress=progress, candidates=False, today=TODAY)
    assert len(inserted) >= 2
    assert screening.campaign_by_name(counselor, f"2026秋{how}") is None
    assert counselor.conn.execute("SELECT count(*) FROM screening_result r JOIN screening_campaign c "
                                  "ON c.id = r.campaign_id WHERE c.name = ?", (f"2026秋{how}",)).fetchone()[0] == 0


def test_the_cycle_collector_is_paused_while_rows_are_checked_and_written_then_back(counselor, tmp_path,
                                                                                      monkeypatch):
    import gc

    seen = []
    real_score, real_insert = si.score_pending, result_store.insert_results
    monkeypatch.setattr(si, "score_pending", lambda *a: (seen.append(("score", gc.isenabled())), real_score(*a)))
    monkeypatch.setattr(result_store, "insert_results",
                        lambda *a, **k: (seen.append(("insert", gc.isenabled())), real_insert(*a, **k))[1])
    a = pupils(counselor)[0]
    assert gc.isenabled()
    preview = si.preview_screening(counselor, csv_file(tmp_path / "g.csv", phq_header(), [phq_row(a, [1] * 9)]),
                                   scale="PHQ-9", campaign="2026秋GC", today=TODAY)
    assert gc.isenabled()
    si.import_screening(counselor, preview, candidates=False, today=TODAY)
    assert seen == [("score", False), ("insert", False)] and gc.isenabled()
    with pytest.raises(ValidationError):          # a file that is no results file: the collector is back too
        si.preview_screening(counselor, csv_file(tmp_path / "n.csv", ["甲", "乙"], [["1", "2"]]), scale="PHQ-9",
                             campaign="2026秋GC2", today=TODAY)
    assert gc.isenabled()
    gc.disable()                                  # paused by someone else: left paused
    try:
        si.preview_screening(counselor, tmp_path / "g.csv", scale="PHQ-9", campaign="2026秋GC3", today=TODAY)
        assert not gc.isenabled()
    finally:
        gc.enable()
