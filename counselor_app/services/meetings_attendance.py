"""Who attends a review meeting: invited by default, changed by hand, present or absent (with the reason).

The defaults come from the register: the grade's leader (年级组长 / 院系负责人), the head teachers (班主任 / 辅导员) of the
classes of the students on the agenda, the school's counselors (full-time and part-time), and the school leader in
charge (the first active staff member with the school-leader role). Preparing the meeting invites them; a refresh
of its agenda invites the head teachers of new classes and keeps everyone already listed. External people (an
expert, a doctor of the partner hospital) are listed by name and organisation.
"""
from __future__ import annotations

from dataclasses import dataclass

from counselor_app.domain import access, meeting as rules
from counselor_app.domain.areas import Area
from counselor_app.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from counselor_app.domain.roles import Permission
from counselor_app.services.meetings import MAX_SHORT, load_meeting, person as _person, text, touch
from counselor_app.services.operations import changing, operation
from counselor_app.services.session import Session
from counselor_app.store import meetings as store

BAD_ROLE = QT_TRANSLATE_NOOP("Errors", "Choose the attendee's role from the list.")
BAD_ATTENDANCE = QT_TRANSLATE_NOOP("Errors", "Attendance is invited, present or absent.")
NO_NAME = QT_TRANSLATE_NOOP("Errors", "An attendee from outside the school needs a name.")
NO_ABSENCE_REASON = QT_TRANSLATE_NOOP("Errors", "Give the reason of each absence.")
TWICE = QT_TRANSLATE_NOOP("Errors", "A staff member is listed twice.")
FIELD_ATTENDEE = QT_TRANSLATE_NOOP("MeetingField", "An attendee's name")
FIELD_ORGANISATION = QT_TRANSLATE_NOOP("MeetingField", "The organisation")
FIELD_ABSENCE = QT_TRANSLATE_NOOP("MeetingField", "The reason of an absence")

ROLES = rules.AttendeeRole


@dataclass(frozen=True)
class AttendeeEdit:
    role: str                          # domain.meeting.AttendeeRole
    staff_id: int | None = None        # a staff member of the register …
    name: str = ""                     # … or someone from outside, by name
    organisation: str = ""
    attendance: str = rules.Attendance.INVITED.value
    absence_reason: str = ""


def _defaults(session: Session, meeting: store.MeetingRow) -> list[tuple[int, str]]:
    """(staff id, role) of the people invited by default, in the minutes' order."""
    conn = session.conn
    out: list[tuple[int, str]] = []

    def add(staff_id, role):
        if staff_id is not None and all(s != staff_id for s, _r in out):
            out.append((int(staff_id), role))

    found = store.invitees(conn, meeting.id, meeting.grade_id)
    add(found.leader, ROLES.GRADE_LEADER.value)
    for staff_id in found.head_teachers:
        add(staff_id, ROLES.HEAD_TEACHER.value)
    for staff_id in found.counselors:
        add(staff_id, ROLES.COUNSELOR.value)
    add(found.school_leader, ROLES.SCHOOL_LEADER.value)
    return out


def invite_defaults(session: Session, meeting: store.MeetingRow) -> None:
    """Invite the default people not yet listed (inside the caller's transaction); nobody listed is removed."""
    current = store.attendees(session.conn, meeting.id)
    listed = {a.staff_id for a in current if a.staff_id is not None}
    rows = [(a.staff_id, a.name if a.staff_id is None else "", a.organisation, a.role, a.attendance,
             a.absence_reason) for a in current]
    added = [(s, "", "", role, rules.Attendance.INVITED.value, "") for s, role in _defaults(session, meeting)
             if s not in listed]
    if added:
        store.replace_attendees(session.conn, meeting.id, rows + added)


def attendee_rows(session: Session, meeting_id: int) -> list[store.AttendeeRow]:
    return store.attendees(session.conn, meeting_id)


@operation(Permission.MANAGE_MEETINGS, changes={Area.MEETINGS}, audit="meeting.attendance", target="meeting",
           record=(access.MEETING, access.EDIT))
def set_attendees(session: Session, meeting_id: int, people: tuple[AttendeeEdit, ...], revision: int) -> None:
    """The meeting's attendees are exactly ``people``, in this order: invited, present, or absent with a reason."""
    meeting = load_meeting(session, meeting_id, revision=revision, editable=True)
    rows, seen = [], set()
    listed = {a.staff_id for a in store.attendees(session.conn, meeting_id) if a.staff_id is not None}
    for p in people:
        if p.role not in {r.value for r in ROLES}:
            raise ValidationError(BAD_ROLE)
        if p.attendance not in {a.value for a in rules.Attendance}:
            raise ValidationError(BAD_ATTENDANCE)
        reason = text(p.absence_reason, FIELD_ABSENCE, limit=100)
        if p.attendance == rules.Attendance.ABSENT and not reason:
            raise ValidationError(NO_ABSENCE_REASON)
        if p.staff_id is not None:
            if p.staff_id in seen:
                raise ValidationError(TWICE)
            if p.staff_id not in listed:   # someone who left the school stays only if listed before
                _person(session, p.staff_id)
            seen.add(p.staff_id)
            rows.append((p.staff_id, "", "", p.role, p.attendance,
                         reason if p.attendance == rules.Attendance.ABSENT else ""))
        else:
            name = text(p.name, FIELD_ATTENDEE, required=True, limit=MAX_SHORT, missing=NO_NAME)
            rows.append((None, name, text(p.organisation, FIELD_ORGANISATION, limit=MAX_SHORT), p.role,
                         p.attendance, reason if p.attendance == rules.Attendance.ABSENT else ""))
    with changing(session, "meeting.attendance", "meeting", meeting_id) as note:
        store.replace_attendees(session.conn, meeting_id, rows)
        touch(session, meeting, {}, revision)
        note.detail = f"attendees={len(rows)} present={sum(r[4] == 'present' for r in rows)}"
