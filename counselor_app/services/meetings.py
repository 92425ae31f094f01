"""Review meetings (月度研判会, policy §6): preparing one, its details, starting and abandoning it.

Every grade (K-12) or department (university) meets once a month: :func:`create_meeting` prepares the grade's
meeting of a month — its agenda built from the watch list (services/meetings_agenda.py) and the usual people
invited (services/meetings_attendance.py) — and refuses a second regular one; a second meeting in a month is an
extra one and is named (临时研判会). :func:`start_meeting` freezes the agenda's automatic part; decisions are recorded
in services/meetings_decisions.py, finalizing and addenda are services/meetings_finalize.py, the readers
services/meetings_overview.py and services/meetings_minutes.py.

Counselors and the office head manage meetings (Permission.MANAGE_MEETINGS); an assistant sees nothing of them.
A finalized or abandoned meeting changes no more: each change checks the record rule (domain/access.py MEETING),
and the database's triggers refuse it as well. Every change is audited under the meeting (target ``meeting``);
what finalizing does to a student's entry is audited under the student too.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from counselor_app.domain import access, meeting as rules
from counselor_app.domain.areas import Area
from counselor_app.domain.errors import QT_TRANSLATE_NOOP, UserError, ValidationError
from counselor_app.domain.roles import Permission
from counselor_app.services import record_checks as checks
from counselor_app.services.operations import changing, operation
from counselor_app.services.session import Session
from counselor_app.store import audit, meetings as store, staff as staff_store

NO_MEETING = QT_TRANSLATE_NOOP("Errors", "This review meeting does not exist.")
NO_GRADE = QT_TRANSLATE_NOOP("Errors", "This grade or department is not in the register.")
GRADE_ARCHIVED = QT_TRANSLATE_NOOP("Errors", "This grade or department is archived: it holds no more meetings.")
REGULAR_EXISTS = QT_TRANSLATE_NOOP("Errors", "{grade} already has its review meeting for {month}. A second meeting "
                                             "in the same month is an extra one: give it a name (e.g. 临时研判会).")
NAME_TAKEN = QT_TRANSLATE_NOOP("Errors", "{grade} already has a meeting named \"{name}\" in {month}.")
BAD_TIME = QT_TRANSLATE_NOOP("Errors", "Write the time as hours and minutes, e.g. 15:30.")
END_BEFORE_START = QT_TRANSLATE_NOOP("Errors", "The meeting ends before it starts.")
DAY_TOO_FAR = QT_TRANSLATE_NOOP("Errors", "The meeting day {day} is more than a year away from today; check it.")
NO_STAFF = QT_TRANSLATE_NOOP("Errors", "A person chosen is not in the register.")
STAFF_LEFT = QT_TRANSLATE_NOOP("Errors", "{name} has left the school. Choose someone else.")
NOT_PREPARING = QT_TRANSLATE_NOOP("Errors", "The meeting has started: its agenda is no longer built from the "
                                            "records; add or remove students by hand.")
NOT_OPEN = QT_TRANSLATE_NOOP("Errors", "This meeting is finalized or abandoned and can no longer be changed.")
NO_ABANDON_REASON = QT_TRANSLATE_NOOP("Errors", "Give the reason why the meeting is abandoned.")
FIELD_NAME = QT_TRANSLATE_NOOP("MeetingField", "The meeting's name")
FIELD_PLACE = QT_TRANSLATE_NOOP("MeetingField", "The place")
FIELD_REASON = QT_TRANSLATE_NOOP("MeetingField", "The reason")
FIELD_OTHER = QT_TRANSLATE_NOOP("MeetingField", "Other matters")

MAX_SHORT = 50
MAX_TEXT = 4000


class MeetingChanged(UserError):
    """A save from a stale copy of the meeting."""
    message = QT_TRANSLATE_NOOP("Errors", "Someone else changed this meeting since you opened it. Nothing was saved: "
                                          "the meeting is shown again as it is now; check it and make your change "
                                          "again.")
    exit_code = 2


@dataclass(frozen=True)
class MeetingEdit:
    """The meeting's own data (the minutes' first lines)."""
    held_on: date
    start_time: str = ""           # 'HH:MM'
    end_time: str = ""
    place: str = ""
    chair_staff_id: int | None = None      # 主持人
    recorder_staff_id: int | None = None   # 记录人


@dataclass(frozen=True)
class NewMeeting:
    grade_id: int
    month: str                     # '2026-11'
    edit: MeetingEdit
    name: str = ""                 # '' for the regular meeting; a name makes it an extra one (临时研判会)


# -- helpers shared by the meeting services -----------------------------------------------------------------------

def today_or(day: date | None) -> date:
    return day or date.today()


def text(value: str, field, *, required: bool = False, limit: int = MAX_TEXT, missing=None) -> str:
    return checks.text(value, field, limit, missing if required else None)


def load_meeting(session: Session, meeting_id: int, *, revision: int | None = None,
                 editable: bool = False) -> store.MeetingRow:
    """The meeting; with ``editable``, refused (audited) when it is finalized or abandoned; with ``revision``,
    MeetingChanged when someone saved it meanwhile."""
    found = store.meeting(session.conn, meeting_id)
    if found is None:
        raise ValidationError(NO_MEETING)
    if editable:
        session.require_record(access.MEETING, access.EDIT, found)
    if revision is not None and found.revision != revision:
        raise MeetingChanged()
    return found


def touch(session: Session, meeting: store.MeetingRow, fields: dict | None = None,
          revision: int | None = None) -> None:
    """Write ``fields`` (or only a new revision) inside the caller's transaction; MeetingChanged when stale."""
    if not store.update_meeting(session.conn, meeting.id, fields or {}, revision):
        raise MeetingChanged()


def _time(value: str) -> str:
    value = (value or "").strip().replace("：", ":")
    if not value:
        return ""
    m = re.fullmatch(r"(\d{1,2}):(\d{2})", value)
    if not m or int(m.group(1)) > 23 or int(m.group(2)) > 59:
        raise ValidationError(BAD_TIME)
    return f"{int(m.group(1)):02d}:{m.group(2)}"


def person(session: Session, staff_id: int | None) -> int | None:
    if staff_id is None:
        return None
    member = staff_store.by_id(session.conn, staff_id)
    if member is None:
        raise ValidationError(NO_STAFF)
    if not member.active:
        raise ValidationError(STAFF_LEFT, name=member.name)
    return staff_id


def _validate_edit(session: Session, edit: MeetingEdit, month: str, today: date) -> dict:
    rules.check_day_in_month(edit.held_on, month)
    if abs((edit.held_on - today).days) > 366:
        raise ValidationError(DAY_TOO_FAR, day=edit.held_on.isoformat())
    start, end = _time(edit.start_time), _time(edit.end_time)
    if start and end and end < start:
        raise ValidationError(END_BEFORE_START)
    return {"held_on": edit.held_on.isoformat(), "start_time": start, "end_time": end,
            "place": text(edit.place, FIELD_PLACE, limit=MAX_SHORT),
            "chair_staff_id": person(session, edit.chair_staff_id),
            "recorder_staff_id": person(session, edit.recorder_staff_id)}


def _grade(session: Session, grade_id: int) -> tuple[str, bool]:
    found = store.grade_row(session.conn, grade_id)
    if found is None:
        raise ValidationError(NO_GRADE)
    return found


# -- operations ---------------------------------------------------------------------------------------------------

@operation(Permission.MANAGE_MEETINGS, changes={Area.MEETINGS}, audit="meeting.create", target="grade",
           target_arg="new.grade_id")
def create_meeting(session: Session, new: NewMeeting, *, today: date | None = None) -> int:
    """Prepare a meeting of a grade for a month: the agenda from the records, the usual people invited. One
    regular meeting per grade and month (an abandoned one does not count); an extra one needs a name."""
    from counselor_app.services import meetings_agenda, meetings_attendance

    today = today_or(today)
    conn = session.conn
    grade, archived = _grade(session, new.grade_id)
    if archived:
        raise ValidationError(GRADE_ARCHIVED)
    month = rules.parse_month(new.month)
    fields = _validate_edit(session, new.edit, month, today)
    name = text(new.name, FIELD_NAME, limit=MAX_SHORT)
    kind = rules.Kind.EXTRA if name else rules.Kind.REGULAR
    at = audit.now_iso()
    with changing(session, "meeting.create", "meeting") as note:
        if kind == rules.Kind.REGULAR and store.regular_of(conn, new.grade_id, month) is not None:
            raise ValidationError(REGULAR_EXISTS, grade=grade, month=month)
        if name and store.name_taken(conn, new.grade_id, month, name):
            raise ValidationError(NAME_TAKEN, grade=grade, name=name, month=month)
        previous = store.last_finalized(conn, new.grade_id, fields["held_on"])
        meeting_id = store.insert_meeting(conn, {**fields, "grade_id": new.grade_id, "month": month,
                                                 "kind": kind.value, "name": name,
                                                 "previous_id": previous.id if previous else None},
                                          at, session.user.id)
        row = store.meeting(conn, meeting_id)
        count = meetings_agenda.build(session, row, at)
        meetings_attendance.invite_defaults(session, row)
        note.target_id = meeting_id
        note.detail = f"grade={new.grade_id} month={month} kind={kind.value} items={count}"
    return meeting_id


@operation(Permission.MANAGE_MEETINGS, changes={Area.MEETINGS}, audit="meeting.edit", target="meeting",
           record=(access.MEETING, access.EDIT))
def edit_meeting(session: Session, meeting_id: int, edit: MeetingEdit, revision: int, *,
                 today: date | None = None) -> None:
    """The day, times, place, chair and minute-taker (the month stays: a meeting of another month is another)."""
    meeting = load_meeting(session, meeting_id, revision=revision, editable=True)
    fields = _validate_edit(session, edit, meeting.month, today_or(today))
    with changing(session, "meeting.edit", "meeting", meeting_id):
        touch(session, meeting, fields, revision)


@operation(Permission.MANAGE_MEETINGS, changes={Area.MEETINGS}, audit="meeting.other_matters", target="meeting",
           record=(access.MEETING, access.EDIT))
def set_other_matters(session: Session, meeting_id: int, body: str, revision: int) -> None:
    """其他事项 (dorm visits, 心理委员 reports): sealed, printed in the minutes."""
    meeting = load_meeting(session, meeting_id, revision=revision, editable=True)
    words = text(body, FIELD_OTHER)
    with changing(session, "meeting.other_matters", "meeting", meeting_id):
        touch(session, meeting, {}, revision)
        store.OTHER_MATTERS.write(session.conn, session.clinical, meeting_id, words)


@operation(Permission.MANAGE_MEETINGS, changes={Area.MEETINGS}, audit="meeting.start", target="meeting",
           record=(access.MEETING, access.EDIT))
def start_meeting(session: Session, meeting_id: int, revision: int) -> None:
    """准备中 → 进行中: the agenda is no longer rebuilt from the records (hand changes only from now on)."""
    meeting = load_meeting(session, meeting_id, revision=revision, editable=True)
    if meeting.state != rules.MeetingState.PREPARING:
        raise ValidationError(NOT_PREPARING)
    with changing(session, "meeting.start", "meeting", meeting_id):
        touch(session, meeting, {"state": rules.MeetingState.IN_PROGRESS.value, "started_at": audit.now_iso()},
              revision)


@operation(Permission.MANAGE_MEETINGS, changes={Area.MEETINGS}, audit="meeting.abandon", target="meeting",
           record=(access.MEETING, access.EDIT))
def abandon_meeting(session: Session, meeting_id: int, reason: str, revision: int) -> None:
    """Give a meeting up before it is finalized, with the reason; the month is free for a new regular meeting.
    Nothing it prepared reaches the watch list."""
    meeting = load_meeting(session, meeting_id, revision=revision, editable=True)
    why = text(reason, FIELD_REASON, required=True, limit=200, missing=NO_ABANDON_REASON)
    with changing(session, "meeting.abandon", "meeting", meeting_id):
        touch(session, meeting, {"state": rules.MeetingState.ABANDONED.value, "abandon_reason": why,
                                 "abandoned_at": audit.now_iso(), "abandoned_by": session.user.id}, revision)


def meeting_day(meeting: store.MeetingRow) -> date:
    return date.fromisoformat(meeting.held_on)


def class_labels(session: Session, meeting: store.MeetingRow, student_ids) -> dict[int, str]:
    """student id → the class to print for the meeting, 七年级(3)班: the class each student was in on the meeting's
    day, named as it was called then (after a rollover or a student leaving, last year's minutes still say
    七年级(3)班; for a meeting of today or to come, the class now); for a student the class history does not know on
    that day, the class now."""
    from counselor_app.domain.school import class_label
    from counselor_app.store import membership

    conn = session.conn
    now = store.students_brief(conn, student_ids)
    out = {sid: class_label(grade, cls) if cls else "" for sid, (_n, _no, grade, cls) in now.items()}
    years: dict[int, dict] = {}
    for sid in now:
        found = membership.class_on(conn, sid, meeting.held_on)
        if found is None:
            continue
        named = years.setdefault(found.school_year_id, membership.classes_in_year(conn, found.school_year_id))
        k = named.get(found.class_id)
        if k is not None:
            out[sid] = class_label(k.grade, k.class_name)
    return out
