"""The school profile: what kind of school the office serves, and what kind of grades it has."""
from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from counselor_app.domain.errors import QT_TRANSLATE_NOOP, Text


class SchoolType(str, Enum):
    """What kind of school the office serves (the CHECK list of ``office.school_type``)."""
    PRIMARY = "primary"
    MIDDLE = "middle"
    HIGH = "high"
    NINE_YEAR = "nine_year"
    COMPLETE_MIDDLE = "complete_middle"
    VOCATIONAL = "vocational"
    UNIVERSITY = "university"

    @property
    def label(self) -> str:
        return SCHOOL_TYPE_LABELS[self]

    @property
    def is_university(self) -> bool:
        return self is SchoolType.UNIVERSITY


SCHOOL_TYPE_LABELS = {
    SchoolType.PRIMARY: QT_TRANSLATE_NOOP("SchoolType", "Primary school"),
    SchoolType.MIDDLE: QT_TRANSLATE_NOOP("SchoolType", "Middle school"),
    SchoolType.HIGH: QT_TRANSLATE_NOOP("SchoolType", "High school"),
    SchoolType.NINE_YEAR: QT_TRANSLATE_NOOP("SchoolType", "Nine-year school"),
    SchoolType.COMPLETE_MIDDLE: QT_TRANSLATE_NOOP("SchoolType", "Complete middle school"),
    SchoolType.VOCATIONAL: QT_TRANSLATE_NOOP("SchoolType", "Vocational school"),
    SchoolType.UNIVERSITY: QT_TRANSLATE_NOOP("SchoolType", "University"),
}


class GradeKind(str, Enum):
    """What a ``grade`` row is (the CHECK list of ``grade.kind``)."""
    GRADE = "grade"               # a K-12 school grade (年级), or a cohort (2024级)
    DEPARTMENT = "department"     # a university's department (院系)

    # Enum hashes members by name: hash by value, so that a member and its code are one set or dict member.
    def __hash__(self) -> int:
        return hash(self.value)

    @property
    def label(self) -> Text:
        return GRADE_KIND_LABELS[self]

    @classmethod
    def of_school(cls, university: bool) -> "GradeKind":
        """The kind of the grades a school has: departments at a university, grades elsewhere."""
        return cls.DEPARTMENT if university else cls.GRADE


GRADE_KIND_LABELS = {
    GradeKind.GRADE: QT_TRANSLATE_NOOP("SchoolType", "Grade"),
    GradeKind.DEPARTMENT: QT_TRANSLATE_NOOP("SchoolType", "Department"),
}


@dataclass(frozen=True)
class SchoolProfile:
    name: str
    school_type: SchoolType
    address: str = ""
    unit_name: str = ""  # the unit name printed on forms and seals


def class_label(grade: str, class_name: str) -> str:
    """A class as people say it: 七年级(3)班 as it is (the grade is in the name); 计算机学院 2301班 with its department."""
    if not class_name:
        return ""
    return class_name if not grade or class_name.startswith(grade) else f"{grade} {class_name}"


# The K-12 grade levels each kind of school has (1-6 primary, 7-9 junior, 10-12 senior).
GRADE_LEVELS: dict[SchoolType, range] = {
    SchoolType.PRIMARY: range(1, 7), SchoolType.MIDDLE: range(7, 10), SchoolType.HIGH: range(10, 13),
    SchoolType.NINE_YEAR: range(1, 10), SchoolType.COMPLETE_MIDDLE: range(7, 13), SchoolType.VOCATIONAL: range(10, 13),
}
NO_GRADE = QT_TRANSLATE_NOOP("School", "the class has no grade: add a grade column or write the class like 七年级(3)班")
NO_DEPARTMENT = QT_TRANSLATE_NOOP("School", "the class has no department: add a 院系 column")
GRADE_NOT_HERE = QT_TRANSLATE_NOOP(
    "School", "{grade} is not a grade of this kind of school (the school profile in Settings says which kind)")
GRADE_UNKNOWN = QT_TRANSLATE_NOOP(
    "School", "{grade} is not a grade name of this kind of school: write it like 七年级 or 高一 (a university or "
              "department roster needs the school type University, set in Settings)")
_COHORT = re.compile(r"^(?:19|20)\d{2}[级届]")


def grade_problem(grade: str, level: int, school_type: SchoolType) -> tuple[Text, dict] | None:
    """Why a grade (as the roster names it) cannot be one of this school's, or None. A university's departments
    may have any name; a K-12 school's grades must be its own levels (no 高一 in a 初中, no 十五年级), or cohort
    names (2024级, 2027届); a vocational school may also use other names (its majors)."""
    if not grade:
        return (NO_DEPARTMENT if school_type.is_university else NO_GRADE), {}
    if school_type.is_university:
        return None
    if level:
        if level in GRADE_LEVELS[school_type]:
            return None
        return GRADE_NOT_HERE, {"grade": grade}
    if _COHORT.match(grade) or school_type is SchoolType.VOCATIONAL:
        return None
    return GRADE_UNKNOWN, {"grade": grade}
