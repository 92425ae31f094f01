"""One vocabulary per code list: every code has its label, and the codes other modules produce are the
vocabulary's; the rule of who leads which class or grade."""
from __future__ import annotations

import pytest

from counselor_app.domain import demo_data, guardian_relation, roster_values, staff_roles
from counselor_app.domain.errors import Text
from counselor_app.domain.gender import Gender, is_gender
from counselor_app.domain.school import GradeKind, SchoolType
from counselor_app.domain.staff_roles import StaffRole, lead_changes
from counselor_app.domain.student_status import IN_SCHOOL, LEFT, StudentStatus, in_school


@pytest.mark.parametrize("enum", [StudentStatus, Gender, StaffRole, GradeKind, SchoolType])
def test_every_code_has_a_translatable_label(enum):
    for member in enum:
        assert isinstance(member.label, Text) and member.label.context and member.label


def test_codes_and_members_are_one_in_sets_and_dicts():
    assert "graduated" in LEFT and "enrolled" not in LEFT and StudentStatus.ENROLLED in {"enrolled"}
    assert [s.value for s in IN_SCHOOL] == ["enrolled", "on_leave", "suspended"]
    assert in_school("suspended") and not in_school("transferred")
    assert is_gender("") and is_gender("female") and not is_gender("f")
    assert tuple(staff_roles.STAFF_ROLES) == tuple(r.value for r in StaffRole) == staff_roles.CODES
    assert GradeKind.of_school(True) == "department" and GradeKind.of_school(False) == "grade"


def test_the_codes_other_modules_produce_are_the_vocabularys():
    assert set(roster_values._GENDER.values()) <= {g.value for g in Gender}
    assert set(roster_values._STATUS.values()) == {s.value for s in StudentStatus}
    assert set(roster_values.STAFF_ROLE_WORDS.values()) == set(staff_roles.CODES)
    assert demo_data.STAFF_ROLES == staff_roles.CODES
    assert set(demo_data.SCHOOL_TYPES) == {t.value for t in SchoolType}
    assert set(demo_data._RELATIONS) == set(guardian_relation.RELATIONS)
    assert guardian_relation.words_for("父亲") == ("父亲", "爸爸")


# -- who leads which class or grade --------------------------------------------------------------------------------

HEADS = {1: 7, 2: 7, 3: 8, 4: None}   # class -> its head now; person 7 heads 1 and 2


@pytest.mark.parametrize("wanted, kwargs, changes", [
    ([2, 3], {}, {1: None, 3: 7}),                 # moved from 1 to 3, keeps 2, takes 3 over from 8
    ([1, 2], {}, {}),                              # nothing differs
    ([], {}, {1: None, 2: None}),                  # left the school: leads nothing
    (None, {}, {}),                                # not said: nothing changes
    ([4], {"only": False}, {4: 7}),                # added, the others kept (a grade in the staff import)
    ([4], {"taken": {1}}, {2: None, 4: 7}),        # 1 is taken over by another person of the same import
    ([5], {}, {1: None, 2: None, 5: 7}),           # a class nobody could lose (archived): still set
])
def test_lead_changes(wanted, kwargs, changes):
    assert lead_changes(7, HEADS, wanted, **kwargs) == changes


def test_roles_that_lead():
    assert staff_roles.leads_classes(["instructor"]) and not staff_roles.leads_classes(["grade_leader"])
    assert staff_roles.leads_grades(("department_head",)) and not staff_roles.leads_grades(())
    assert staff_roles.class_role(True) == "instructor" and staff_roles.class_role(False) == "head_teacher"
