"""The roles a staff member holds in the school's warning network (policy §6), in display order."""
from __future__ import annotations

from counselor_app.domain.errors import QT_TRANSLATE_NOOP, Text

STAFF_ROLES: dict[str, Text] = {
    "counselor_full": QT_TRANSLATE_NOOP("StaffRole", "full-time counselor"),
    "counselor_part": QT_TRANSLATE_NOOP("StaffRole", "part-time counselor"),
    "head_teacher": QT_TRANSLATE_NOOP("StaffRole", "head teacher"),
    "grade_leader": QT_TRANSLATE_NOOP("StaffRole", "grade leader"),
    "department_head": QT_TRANSLATE_NOOP("StaffRole", "department head"),
    "instructor": QT_TRANSLATE_NOOP("StaffRole", "student affairs instructor"),
    "school_leader": QT_TRANSLATE_NOOP("StaffRole", "school leader"),
}
CLASS_ROLES = ("head_teacher", "instructor")        # lead a class: 班主任 (K-12), 辅导员 (university)
LEADER_ROLES = ("grade_leader", "department_head")  # lead a grade or a department
K12_ONLY = ("head_teacher", "grade_leader")             # 班主任, 年级组长: schools with grades
UNIVERSITY_ONLY = ("department_head", "instructor")     # 院系负责人, 辅导员: universities


def roles_for(university: bool, held=()) -> tuple[str, ...]:
    """The role codes this kind of school offers, in display order, and any the person already holds (a role of
    the other kind of school, from an import or an earlier school type, stays visible, never silently dropped)."""
    other = K12_ONLY if university else UNIVERSITY_ONLY
    held = set(held)
    return tuple(code for code in STAFF_ROLES if code not in other or code in held)


def ordered(roles) -> tuple[str, ...]:
    """Known role codes of ``roles`` in display order, without repeats."""
    found = set(roles)
    return tuple(code for code in STAFF_ROLES if code in found)

ROLE_SEPARATOR = QT_TRANSLATE_NOOP("StaffRole", ", ")   # between roles in a list: 、 in Chinese
