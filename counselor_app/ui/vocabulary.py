"""The domain's code lists as the pages show them: one label per code, from the domain module that defines it."""
from __future__ import annotations

from counselor_app.domain.gender import Gender
from counselor_app.domain.student_status import StudentStatus
from counselor_app.translation import translate_text


def status_text(status: str) -> str:
    """A student status in the user's language (an unknown code as it is)."""
    try:
        return translate_text(StudentStatus(status).label)
    except ValueError:
        return status


def gender_text(gender: str) -> str:
    """Male or female in the user's language; '' when not given."""
    return translate_text(Gender(gender).label) if gender in ("male", "female") else ""


def gender_choices() -> list[tuple[str, str]]:
    """(label, code) for a gender drop-down, 'not given' first."""
    return [(translate_text(g.label), g.value) for g in Gender]
