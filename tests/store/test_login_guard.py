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
    g.clear_pending(2)
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


def test_locked_logins_are_never_evicted_and_overflow_is_counted(tmp_path, monkeypatch):
    from counselor_app.store import login_guard

    monkeypatch.setattr(login_guard, "MAX_ENTRIES", 10)
    monkeypatch.setattr(login_guard, "MAX_PENDING_EVENTS", 30)
    g = LoginGuard(tmp_path / "g.json")
    for _ in range(MAX_FAILURES):
        g.record_failure("victim")
    for i in range(40):
        g.record_failure(f"noise{i}")
    assert g.locked_until("victim") is not None
    assert g.dropped_events() > 0 and len(g.pending_events()) == login_guard.MAX_PENDING_EVENTS


def test_parallel_failures_are_all_counted(tmp_path):
    import threading

    g = LoginGuard(tmp_path / "g.json")
    threads = [threading.Thread(target=lambda: LoginGuard(tmp_path / "g.json").record_failure("s1"))
               for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert g.remaining_attempts("s1") == MAX_FAILURES - 4
    assert len(g.pending_events()) == 4


def test_garbage_values_do_not_crash(tmp_path):
    import json

    (tmp_path / "g.json").write_text(json.dumps({"logins": {"s1": {"failures": "x", "locked_until": "garbage"},
                                                            "s2": {"locked_until": "2026-01-01T00:00:00"}},
                                                 "pending": [{"at": 5, "slot_id": "s1", "outcome": "failed"}]}))
    g = LoginGuard(tmp_path / "g.json")
    assert g.locked_until("s1") is None and g.locked_until("s2") is None
    assert g.remaining_attempts("s1") == MAX_FAILURES
    assert g.pending_events() == []
    g.record_failure("s1")


def test_locked_logins_and_clearing_a_lockout_keep_pending_events(tmp_path):
    g = LoginGuard(tmp_path / "g.json")
    for _ in range(MAX_FAILURES):
        g.record_failure("s1", T0)
    g.record_failure("s2", T0)  # counted, not locked
    assert g.locked_logins(T0) == {"s1": T0 + LOCKOUT}
    assert g.locked_logins(T0 + LOCKOUT) == {}
    assert g.clear_lockout("s2", T0) is None  # not locked: nothing lifted
    assert g.remaining_attempts("s2") == MAX_FAILURES - 1
    assert g.clear_lockout("s1", T0) == T0 + LOCKOUT
    again = LoginGuard(tmp_path / "g.json")
    assert again.locked_until("s1", T0) is None and again.remaining_attempts("s1") == MAX_FAILURES
    assert [e.outcome for e in again.pending_events()].count("locked") == 1  # still to be audited


def test_a_folder_named_like_the_lock_file_does_not_stop_the_counting(tmp_path):
    lock = tmp_path / "g.json.lock"
    lock.mkdir()
    (lock / "something").write_text("x")
    g = LoginGuard(tmp_path / "g.json")
    for _ in range(MAX_FAILURES):
        g.record_failure("s1", T0)
    assert g.locked_until("s1", T0) == T0 + LOCKOUT


def test_made_up_logins_never_push_a_real_logins_count_out(tmp_path, monkeypatch):
    from counselor_app.store import login_guard

    monkeypatch.setattr(login_guard, "MAX_ENTRIES", 60)   # the rule of 500, faster
    MAX_ENTRIES = login_guard.MAX_ENTRIES
    g = LoginGuard(tmp_path / "g.json")
    for _ in range(MAX_FAILURES - 1):
        g.record_failure("real", T0, known=True)
    for i in range(MAX_ENTRIES + 20):
        g.record_failure(f"made-up-{i}", T0)
    assert g.remaining_attempts("real") == 1
    assert len(json_logins(tmp_path / "g.json")) <= MAX_ENTRIES


def json_logins(path):
    import json

    return json.loads(path.read_text())["logins"]


def test_an_attempt_is_counted_before_the_password_is_tried(tmp_path):
    """Counted first: an attempt whose end is never recorded (a killed process) stays a failure, and one that
    cannot be recorded is refused before any password is tried."""
    g = LoginGuard(tmp_path / "g.json")
    g.begin_attempt("s1", known=True, now=T0)
    assert g.remaining_attempts("s1") == MAX_FAILURES - 1
    g.attempt_succeeded("s1")
    assert g.remaining_attempts("s1") == MAX_FAILURES and g.pending_events() == []
    g.begin_attempt("s1", known=True, now=T0)   # never finished: it counts, and is audited as unfinished
    assert g.remaining_attempts("s1") == MAX_FAILURES - 1
    assert [e.outcome for e in g.pending_events()] == ["attempt"]
    for _ in range(MAX_FAILURES - 1):
        g.begin_attempt("s1", known=True, now=T0)
        until = g.attempt_failed("s1", now=T0)
    assert until == T0 + LOCKOUT
    assert [e.outcome for e in g.pending_events()] == ["attempt"] + ["failed"] * (MAX_FAILURES - 1) + ["locked"]
