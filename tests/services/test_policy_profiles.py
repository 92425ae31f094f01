"""Policy profiles: the thresholds switched at once, from a shipped profile or a file; bad files refused whole."""
from __future__ import annotations

import json

import pytest

from counselor_app.domain import policy
from counselor_app.domain.errors import ValidationError
from counselor_app.services import policy_profiles, settings
from counselor_app.store import audit


def test_a_shipped_profile_sets_every_threshold(session):
    settings.set_thresholds(session, {"publicity_per_year": 3})
    policy_profiles.apply_profile(session, "anhui_2023_family2")
    t = settings.read_settings(session).thresholds
    assert t["family_activities_per_semester"] == 2 and t["publicity_per_year"] == policy.BY_KEY[
        "publicity_per_year"].default
    assert policy_profiles.current_profile(session).code == "anhui_2023_family2"
    policy_profiles.apply_profile(session, "anhui_2023")
    assert settings.read_settings(session).thresholds == policy.defaults()
    assert [r.target_id for r in audit.iter_all(session.conn) if r.action == "policy.profile"] == [
        "anhui_2023_family2", "anhui_2023"]


def test_a_profile_from_a_file(session, tmp_path):
    path = tmp_path / "另一省.json"
    path.write_text(json.dumps({"code": "other", "name": "某省 2024 实施方案",
                                "thresholds": {"university_students_per_teacher": 3000, "fulltime_training_hours": 36}},
                               ensure_ascii=False), "utf-8")
    assert policy_profiles.apply_profile_file(session, path) == "某省 2024 实施方案"
    t = settings.read_settings(session).thresholds
    assert (t["university_students_per_teacher"], t["fulltime_training_hours"]) == (3000, 36)


@pytest.mark.parametrize("content, message", [
    ("not json", "not a policy profile"),
    (json.dumps({"name": "x", "thresholds": {"no_such_key": 1}}), "does not know: no_such_key"),
    (json.dumps({"name": "x", "thresholds": {"fulltime_training_hours": 999}}), "between 0 and 200"),
    (json.dumps({"thresholds": {}}), "not a policy profile"),
])
def test_a_bad_profile_file_changes_nothing(session, tmp_path, content, message):
    path = tmp_path / "p.json"
    path.write_text(content, "utf-8")
    with pytest.raises(ValidationError, match=message):
        policy_profiles.apply_profile_file(session, path)
    assert settings.read_settings(session).thresholds == policy.defaults()
    with pytest.raises(ValidationError, match="no policy profile called"):
        policy_profiles.apply_profile(session, "mars_2099")
