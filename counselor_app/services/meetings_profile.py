"""The student profile's 研判会 section: the review meetings that discussed the student and what they decided
(no clinical text: neither the decision's note nor the measures' words). For those who manage meetings; the
profile's single audit row covers the look (services/profile.py)."""
from __future__ import annotations

from counselor_app.domain.errors import QT_TRANSLATE_NOOP
from counselor_app.domain.roles import Permission
from counselor_app.services.profile import Translate, english, profile_section
from counselor_app.services.session import Session
from counselor_app.store import meeting_student


@profile_section("meetings", QT_TRANSLATE_NOOP("ProfileSection", "Review meetings"), Permission.MANAGE_MEETINGS)
def student_meetings(session: Session, student_id: int, *, tr: Translate = english
                     ) -> list[meeting_student.StudentMeetingRow]:
    """Every meeting that had the student on its agenda, newest first, with its decision."""
    return meeting_student.of_student(session.conn, student_id)
