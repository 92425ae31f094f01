"""The school profile: what kind of school the office serves."""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from counselor_app.domain.errors import QT_TRANSLATE_NOOP


class SchoolType(str, Enum):
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
