"""The student profile's 预约 section: the student's appointments, newest first (names and times: the assistant
sees it too), with the caseload counter of the semester for counselors. Loaded under the profile's one audit row
(services/profile.py); alone it audits its own look."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from counselor_app.domain import appointment as rules
from counselor_app.domain.errors import QT_TRANSLATE_NOOP
from counselor_app.domain.roles import Permission
from counselor_app.services.appointment_setup import CalendarFacts
from counselor_app.services.profile import Translate, english, profile_section
from counselor_app.services.session import Session
from counselor_app.store import appointments as store


@dataclass(frozen=True)
class StudentAppointments:
    rows: tuple[store.AppointmentRow, ...]
    this_semester: int | None        # sessions held or coming this semester (counselors only)
    may_book: bool


@profile_section("appointments", QT_TRANSLATE_NOOP("ProfileSection", "Appointments"),
                 Permission.MANAGE_APPOINTMENTS)
def student_appointments_section(session: Session, student_id: int, *, tr: Translate = english,
                                 today: date | None = None) -> StudentAppointments:
    rows = tuple(store.of_student(session.conn, student_id))
    count = None
    if session.can(Permission.VIEW_SESSION_NOTES):
        semester = CalendarFacts(session).semester_of(today or date.today())
        count = 0 if semester is None else sum(
            1 for r in rows if semester[0] <= r.day <= semester[1] and rules.counts_toward_cap(r.state)
            and r.kind in (rules.Kind.INDIVIDUAL.value, rules.Kind.GROUP.value))
    return StudentAppointments(rows, count, True)
