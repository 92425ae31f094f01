"""Policy thresholds: each names the part of the product that uses it."""
from counselor_app.domain import policy


def test_every_threshold_names_a_known_part():
    assert {t.feature for t in policy.THRESHOLDS} <= set(policy.FEATURES)
    assert policy.BY_KEY["screening_per_year"].feature == policy.SCREENING
    assert not any(t.key.startswith("review_days") for t in policy.THRESHOLDS)   # the risk levels carry them
    assert policy.BY_KEY["review_meetings_per_month"].feature == policy.MEETINGS


def test_no_threshold_is_in_use_before_its_part_exists(monkeypatch):
    # the compliance records read theirs (issue 17), the review meetings and the screening coverage theirs
    assert {t.feature for t in policy.THRESHOLDS if t.in_use} == {policy.COMPLIANCE, policy.MEETINGS, policy.SCREENING}
    monkeypatch.setattr(policy, "FEATURES_IN_USE", frozenset({policy.MEETINGS}))
    assert [t.key for t in policy.THRESHOLDS if t.in_use] == ["review_meetings_per_month"]
