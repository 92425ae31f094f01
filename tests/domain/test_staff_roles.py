"""The staff roles a kind of school offers."""
from counselor_app.domain.staff_roles import STAFF_ROLES, roles_for


def test_k12_and_university_roles():
    assert roles_for(False) == ("counselor_full", "counselor_part", "head_teacher", "grade_leader", "school_leader")
    assert roles_for(True) == ("counselor_full", "counselor_part", "department_head", "instructor", "school_leader")


def test_a_role_held_stays_offered_whatever_the_school():
    # a 辅导员 imported before the school type was corrected to middle school: still shown, so it can be removed
    assert "instructor" in roles_for(False, ("instructor", "head_teacher"))
    assert "grade_leader" in roles_for(True, ("grade_leader",))
    assert set(roles_for(False, STAFF_ROLES)) == set(STAFF_ROLES)
    assert list(roles_for(False, ("instructor",))) == [c for c in STAFF_ROLES if c not in ("department_head",)]
