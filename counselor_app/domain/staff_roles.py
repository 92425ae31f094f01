"""The roles a staff member holds in the school's warning network (policy §6), in display order, and the rule of
who leads which class or grade.

A class is led by its 班主任 (K-12) or 辅导员 (university): a person with a class role. A grade or department is led
by its 年级组长 / 院系负责人: a person with a leader role. :func:`lead_changes` says what to write when a person is to
lead a given set of classes or grades; the staff edit, marking a person as left and the staff import all use it.
"""
from __future__ import annotations

from enum import Enum
from typing import Collection, Iterable, Mapping

from counselor_app.domain.errors import QT_TRANSLATE_NOOP, Text


class StaffRole(str, Enum):
    COUNSELOR_FULL = "counselor_full"     # 专职心理教师
    COUNSELOR_PART = "counselor_part"     # 兼职心理教师
    HEAD_TEACHER = "head_teacher"         # 班主任
    GRADE_LEADER = "grade_leader"         # 年级组长
    DEPARTMENT_HEAD = "department_head"   # 院系负责人
    INSTRUCTOR = "instructor"             # 辅导员
    SCHOOL_LEADER = "school_leader"       # 校领导

    # Enum hashes members by name: hash by value, so that a member and its code are one set or dict member.
    def __hash__(self) -> int:
        return hash(self.value)

    @property
    def label(self) -> Text:
        return STAFF_ROLES[self.value]


# code -> label, in display order (plain codes as keys: what the database and the services hold)
STAFF_ROLES: dict[str, Text] = {
    StaffRole.COUNSELOR_FULL.value: QT_TRANSLATE_NOOP("StaffRole", "full-time counselor"),
    StaffRole.COUNSELOR_PART.value: QT_TRANSLATE_NOOP("StaffRole", "part-time counselor"),
    StaffRole.HEAD_TEACHER.value: QT_TRANSLATE_NOOP("StaffRole", "head teacher"),
    StaffRole.GRADE_LEADER.value: QT_TRANSLATE_NOOP("StaffRole", "grade leader"),
    StaffRole.DEPARTMENT_HEAD.value: QT_TRANSLATE_NOOP("StaffRole", "department head"),
    StaffRole.INSTRUCTOR.value: QT_TRANSLATE_NOOP("StaffRole", "student affairs instructor"),
    StaffRole.SCHOOL_LEADER.value: QT_TRANSLATE_NOOP("StaffRole", "school leader"),
}
CODES = tuple(STAFF_ROLES)
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


# -- who leads which class or grade --------------------------------------------------------------------------------

def leads_classes(roles: Iterable[str]) -> bool:
    """Whether these roles let a person lead classes (班主任, 辅导员)."""
    return any(r in CLASS_ROLES for r in roles)


def leads_grades(roles: Iterable[str]) -> bool:
    """Whether these roles let a person lead grades or departments (年级组长, 院系负责人)."""
    return any(r in LEADER_ROLES for r in roles)


def class_role(university: bool) -> str:
    """The role a person leading a class holds: 辅导员 at a university, 班主任 elsewhere."""
    return "instructor" if university else "head_teacher"


def lead_changes(staff_id: int, holders: Mapping[int, int | None], wanted: Iterable[int] | None, *,
                 only: bool = True, taken: Collection[int] = ()) -> dict[int, int | None]:
    """What to write so that ``staff_id`` leads the classes (or grades) ``wanted``: class id -> its new leader.

    ``holders``: who leads each class now (the classes that can lose their leader). Every wanted class gets this
    person; with ``only`` (they lead these and no others) the classes they lead now and are not wanted lose their
    leader (None), except those in ``taken`` (another person of the same change takes them over). ``wanted`` None
    changes nothing; an empty ``wanted`` with ``only`` is a person who leads nothing any more (left the school).
    Only real changes are returned, so an empty result means nothing differs."""
    if wanted is None:
        return {}
    wanted = list(dict.fromkeys(wanted))
    changes: dict[int, int | None] = {}
    if only:
        changes = {c: None for c, holder in holders.items() if holder == staff_id and c not in wanted
                   and c not in taken}
    changes |= {c: staff_id for c in wanted if holders.get(c) != staff_id}
    return changes
