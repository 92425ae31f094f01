"""Gender as the register keeps it for students and staff (the CHECK list of ``student.gender`` and
``staff.gender``), with its label. Empty: not given."""
from __future__ import annotations

from enum import Enum

from counselor_app.domain.errors import QT_TRANSLATE_NOOP, Text


class Gender(str, Enum):
    NOT_GIVEN = ""
    MALE = "male"
    FEMALE = "female"

    # Enum hashes members by name: hash by value, so that a member and its code are one set or dict member.
    def __hash__(self) -> int:
        return hash(self.value)

    @property
    def label(self) -> Text:
        return GENDER_LABELS[self]


GENDER_LABELS: dict[Gender, Text] = {
    Gender.NOT_GIVEN: QT_TRANSLATE_NOOP("Gender", "not given"),
    Gender.MALE: QT_TRANSLATE_NOOP("Gender", "male"),
    Gender.FEMALE: QT_TRANSLATE_NOOP("Gender", "female"),
}
CODES = frozenset(g.value for g in Gender)


def is_gender(code: object) -> bool:
    return code in CODES
