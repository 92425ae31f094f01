from dataclasses import replace

from counselor_app.domain.audit_chain import GENESIS, AuditRecord, first_broken, row_hash


def chain(n):
    out, prev = [], GENESIS
    for i in range(1, n + 1):
        fields = dict(id=i, at=f"2026-01-01T00:00:{i:02d}+00:00", user_id=1, action="login",
                      target_type="user", target_id="1", outcome="ok", detail="")
        h = row_hash(prev, **fields)
        out.append(AuditRecord(**fields, prev_hash=prev, hash=h))
        prev = h
    return out


def test_whole_chain_verifies():
    assert first_broken(chain(20)) is None
    assert first_broken([]) is None


def test_changed_content_is_found_at_its_row():
    rows = chain(10)
    rows[4] = replace(rows[4], outcome="failed")
    assert first_broken(rows).id == 5


def test_deleted_row_is_found_at_the_next_row():
    rows = chain(10)
    del rows[3]
    assert first_broken(rows).id == 5


def test_rehashed_row_breaks_the_following_link():
    rows = chain(10)
    bad = replace(rows[2], detail="x")
    rows[2] = replace(bad, hash=row_hash(bad.prev_hash, 3, bad.at, 1, "login", "user", "1", "ok", "x"))
    assert first_broken(rows).id == 4


def test_field_boundaries_cannot_shift():
    assert row_hash(GENESIS, 1, "t", None, "ab", "c", "", "ok", "") != row_hash(GENESIS, 1, "t", None, "a", "bc", "", "ok", "")
