"""The screening import's bulk writes (store/screening_results.py, store/screening.py, store/sealed.sealer):
results inserted with their sealed columns in one statement, the targets of thousands of students marked 已测 in
one, and a sealer that makes the cipher once and never repeats a nonce."""
from __future__ import annotations

import pytest

from counselor_app.domain.errors import ClinicalKeyMissing, SealedFieldDamaged
from counselor_app.store import crypto, database, screening as campaign_store, screening_results as store, sealed
from counselor_app.store.migrations import migrate
from counselor_app.store.sealed import ClinicalKeys


@pytest.fixture
def conn(tmp_path):
    c = database.connect(tmp_path / "d.db", crypto.new_data_key(), create=True)
    migrate(c)
    yield c
    c.close()


def keys(epoch=2):
    return ClinicalKeys(epoch, {epoch: crypto.new_data_key()})


def test_a_sealer_seals_as_seal_text_does_and_never_reuses_a_nonce():
    k = keys()
    seal = store.DETAIL.sealer(k)
    blobs = [seal(i, f"详情{i}") for i in range(1, 2600)]          # more than one pool of nonces
    assert len({b[5:17] for b in blobs}) == len(blobs)
    assert all(store.DETAIL.open(k, i, b) == f"详情{i}" for i, b in enumerate(blobs, 1))
    assert seal(5, None) is None
    with pytest.raises(SealedFieldDamaged):                     # bound to its row, as seal_text's
        store.DETAIL.open(k, 6, blobs[4])
    with pytest.raises(SealedFieldDamaged):                     # and to its column
        store.ANSWERS.open(k, 5, blobs[4])
    without = sealed.sealer(None, "screening_result", "detail")
    assert without(1, None) is None
    with pytest.raises(ClinicalKeyMissing):
        without(1, "x")


def test_results_inserted_with_their_sealed_columns_and_targets_marked_at_once(conn):
    campaign_id, scale_id, ids = _setup(conn, 30)
    k = keys()
    seal_answers, seal_detail = store.ANSWERS.sealer(k), store.DETAIL.sealer(k)
    rows = [store.NewResult(s, scale_id, "2026-10-01", "negative", 3, "轻度", "", False, f"d{s}") for s in ids[:20]]
    made = store.insert_results(conn, campaign_id, rows, "2026-10-01T08:00:00", None,
                                lambda rid, n: (seal_answers(rid, f"[{n}]"), seal_detail(rid, f"{{\"n\":{n}}}")))
    assert made == list(range(made[0], made[0] + 20))
    for n, rid in enumerate(made):
        answers, detail, student = conn.execute("SELECT answers, detail, student_id FROM screening_result "
                                                "WHERE id = ?", (rid,)).fetchone()
        assert (store.ANSWERS.open(k, rid, answers), store.DETAIL.open(k, rid, detail), student) == \
            (f"[{n}]", f"{{\"n\":{n}}}", ids[n])
    assert sealed.unreadable(conn, k) == []
    # without ``sealed`` the columns stay empty, for write_sealed
    more = store.insert_results(conn, campaign_id, [rows[0]._replace(student_id=ids[25])], "t", None)
    assert conn.execute("SELECT answers FROM screening_result WHERE id = ?", more).fetchone()[0] is None
    # 已测: only the students named, only targets not tested already (their time of change stays)
    conn.execute("UPDATE screening_target SET disposition = 'tested', changed_at = 'before' WHERE student_id = ?",
                 (ids[0],))
    campaign_store.mark_tested(conn, campaign_id, ids[:20], "now", None)
    campaign_store.mark_tested(conn, campaign_id, [], "later", None)
    got = dict(conn.execute("SELECT student_id, disposition || '@' || changed_at FROM screening_target"))
    assert got[ids[0]] == "tested@before"
    assert all(got[s] == "tested@now" for s in ids[1:20])
    assert all(got[s] == "due@set" for s in ids[20:])


def _setup(conn, count):
    """A grade, a class, ``count`` students, a scale, a campaign targeting them all (due)."""
    conn.execute("INSERT INTO grade (id, name, kind, sort_order) VALUES (1, '七年级', 'grade', 1)")
    conn.execute("INSERT INTO school_class (id, grade_id, name, sort_order) VALUES (1, 1, '七年级(1)班', 1)")
    ids = []
    for n in range(count):
        ids.append(conn.execute("INSERT INTO student (student_no, name, class_id, status, created_at, updated_at) "
                                "VALUES (?, ?, 1, 'enrolled', 't', 't')", (f"S{n:04d}", f"学生{n}")).lastrowid)
    scale_id = conn.execute("INSERT INTO screening_scale (code, version, name, definition, fingerprint, added_at) "
                            "VALUES ('PHQ-9', 1, 'PHQ-9', '{}', 'f', 't')").lastrowid
    campaign_id = conn.execute("INSERT INTO screening_campaign (name, scale_code, start_on, created_at) "
                               "VALUES ('测评', 'PHQ-9', '2026-10-01', 't')").lastrowid
    conn.executemany("INSERT INTO screening_target (campaign_id, student_id, grade_id, class_id, grade_name, "
                     "class_name, disposition, changed_at) VALUES (?, ?, 1, 1, '七年级', '七年级(1)班', 'due', 'set')",
                     [(campaign_id, s) for s in ids])
    return campaign_id, scale_id, ids
