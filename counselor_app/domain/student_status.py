"""A student's status in the register (the CHECK list of ``student.status``), with its label."""
from __future__ import annotations

from enum import Enum

from counselor_app.domain.errors import QT_TRANSLATE_NOOP, Text


class StudentStatus(str, Enum):
    ENROLLED = "enrolled"        # 在读
    ON_LEAVE = "on_leave"        # 休学
    SUSPENDED = "suspended"      # 停学
    GRADUATED = "graduated"      # 毕业
    TRANSFERRED = "transferred"  # 转出

    # Enum hashes members by name: hash by value, so that a member and its code are one set or dict member.
    def __hash__(self) -> int:
        return hash(self.value)

    @property
    def label(self) -> Text:
        return STATUS_LABELS[self]

    @property
    def in_school(self) -> bool:
        """Still on the roll of a class (on leave and suspended students too); graduated and transferred left."""
        return self not in LEFT


STATUS_LABELS: dict[StudentStatus, Text] = {
    StudentStatus.ENROLLED: QT_TRANSLATE_NOOP("StudentStatus", "enrolled"),
    StudentStatus.ON_LEAVE: QT_TRANSLATE_NOOP("StudentStatus", "on leave"),
    StudentStatus.SUSPENDED: QT_TRANSLATE_NOOP("StudentStatus", "suspended"),
    StudentStatus.GRADUATED: QT_TRANSLATE_NOOP("StudentStatus", "graduated"),
    StudentStatus.TRANSFERRED: QT_TRANSLATE_NOOP("StudentStatus", "transferred"),
}
LEFT = frozenset({StudentStatus.GRADUATED, StudentStatus.TRANSFERRED})
IN_SCHOOL = tuple(s for s in StudentStatus if s not in LEFT)      # enrolled, on leave, suspended
AWAY = (StudentStatus.ON_LEAVE, StudentStatus.SUSPENDED)           # in a class, but not at school now


def in_school(code: str) -> bool:
    """Whether a status code keeps the student on a class's roll."""
    return code not in LEFT
