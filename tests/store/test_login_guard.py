from datetime import datetime, timedelta, timezone

from counselor_app.store.login_guard import LOCKOUT, MAX_FAILURES, LoginGuard

T0 = datetime(2026, 11, 1, 8, 0, tzinfo=timezone.utc)


def test_five_failures_lock_for_fifteen_minutes_and_survive_restart(tmp_path):
    g = LoginGuard(tmp_path / "g.json")
    for i in range(MAX_FAILURES - 1):
        assert g.record_failure("s1", T0) is None
    assert g.remaining_attempts("s1") == 1
    until = g.record_failure("s1", T0)
    assert until == T0 + LOCKOUT
    again = LoginGuard(tmp_path / "g.json")  # a restart
    assert again.locked_until("s1", T0 + timedelta(minutes=14)) == until
    assert again.locked_until("s1", T0 + timedelta(minutes=15, seconds=1)) is None
    assert again.locked_until("other", T0) is None


def test_expired_lock_starts_fresh_count(tmp_path):
    g = LoginGuard(tmp_path / "g.json")
    for _ in range(MAX_FAILURES):
        g.record_failure("s1", T0)
    later = T0 + LOCKOUT + timedelta(seconds=1)
    assert g.record_failure("s1", later) is None
    assert g.remaining_attempts("s1") == MAX_FAILURES - 1


def test_success_resets_and_pending_events_are_kept_until_cleared(tmp_path):
    g = LoginGuard(tmp_path / "g.json")
    g.record_failure("s1", T0)
    g.record_blocked("s1", T0)
    g.record_success("s1")
    assert g.remaining_attempts("s1") == MAX_FAILURES
    events = LoginGuard(tmp_path / "g.json").pending_events()
    assert [e.outcome for e in events] == ["failed", "blocked"]
    g.clear_pending()
    assert LoginGuard(tmp_path / "g.json").pending_events() == []


def test_unreadable_file_counts_as_empty(tmp_path):
    (tmp_path / "g.json").write_bytes(b"\x00garbage")
    g = LoginGuard(tmp_path / "g.json")
    assert g.remaining_attempts("s1") == MAX_FAILURES


def test_file_stays_bounded(tmp_path):
    g = LoginGuard(tmp_path / "g.json")
    for i in range(700):
        g.record_failure(f"slot{i}", T0)
    assert (tmp_path / "g.json").stat().st_size < 200_000
