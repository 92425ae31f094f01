"""Everything the minutes of a review meeting (会议纪要) print, as typed rows: one reader, :func:`minutes`.

The minutes PDF (reports/, the GUI's preview, ``counselor-app print minutes --id N``) is built from a
:class:`Minutes` only; it never reads the database. The sections follow FORMS.md "Monthly review meeting":

1. ``header`` + ``meeting``: school, 年级/院系, month, day, time, place, chair, minute-taker. The title is
   "<年级>学生心理状况研判会会议纪要（<年>年<月>月）": ``meeting.grade``, ``meeting.year``, ``meeting.month_number``;
   an extra meeting adds its ``meeting.name`` (临时研判会).
2. ``attendees``: everyone invited, in order, with role and attendance; signature lines for those present, absences
   with their reason (``attendance == 'absent'``). External experts have ``external`` and their organisation.
3. ``follow_ups``: the actions the grade's previous finalized meeting decided, each done or not (from the watch
   list's plan measure it became) — the loop closed.
4. ``summary``: the month's counts as of the meeting day: open entries by level (``levels`` gives the names and
   colours, by rank), new, raised, lowered, closed, by source channel, screening alerts.
5. ``decisions``: one row per student discussed, in agenda order: the student MASKED (王*明, 七(3)班, ******0199),
   source, present state, level before → after, the decision, its measures (each with owner and due date), the
   parent-contact arrangement, the next review date. The clinical note is never printed.
6. ``other_matters``: free text (dorm visits, 心理委员 reports).
7. Signatures and the chair's approval: ``meeting.chair`` (the PDF draws the lines); ``addenda`` follow, dated and
   signed, each printed with the minutes.

``identity``: the annex that names the students (row number, name, number, class), printed on its own page and
only when asked for (``minutes(..., identity=True)``); None otherwise. Codes (state, level, decision, measure type,
role, attendance, source, reasons) are the domain's: their labels are ``domain.meeting.LABELS`` /
``domain.watch.LABELS`` (``Code.label``), levels' names ``Level.name(tr)``.
"""
from __future__ import annotations

from dataclasses import dataclass

from counselor_app.domain.meeting import MonthSummary
from counselor_app.domain.watch import Level


@dataclass(frozen=True)
class MinutesHeader:
    school_name: str
    unit_name: str              # printed beside the seal ('' none)
    university: bool            # 院系/辅导员 wording instead of 年级/班主任


@dataclass(frozen=True)
class MinutesMeeting:
    id: int
    grade: str                  # 七年级 / 心理学院
    month: str                  # 'YYYY-MM'
    year: int
    month_number: int
    kind: str                   # domain.meeting.Kind
    name: str                   # an extra meeting's name, '' for the regular one
    state: str                  # domain.meeting.MeetingState (a draft prints as such: not finalized)
    held_on: str                # 'YYYY-MM-DD'
    start_time: str             # 'HH:MM' or ''
    end_time: str
    place: str
    chair: str                  # 主持人's name, '' none
    recorder: str               # 记录人's name
    finalized_on: str           # 'YYYY-MM-DD' ('' until finalized)
    finalized_by: str           # the account's display name
    abandon_reason: str


@dataclass(frozen=True)
class MinutesAttendee:
    name: str
    role: str                   # domain.meeting.AttendeeRole
    organisation: str           # an external person's (市精神卫生中心), '' for staff
    external: bool
    attendance: str             # domain.meeting.Attendance: invited / present / absent
    absence_reason: str


@dataclass(frozen=True)
class MinutesFollowUp:
    """One action of the previous meeting and whether it was carried out."""
    student: str                # masked
    klass: str                  # 七(3)班
    measure_type: str           # domain.watch.MeasureType
    description: str
    owner: str
    due_on: str                 # '' none
    measure_state: str          # domain.watch.MeasureState of the plan measure now ('' if it never became one)
    done: bool


@dataclass(frozen=True)
class MinutesAction:
    measure_type: str           # domain.watch.MeasureType
    description: str
    owner: str
    due_on: str                 # '' none


@dataclass(frozen=True)
class MinutesDecision:
    number: int                 # 1, 2, … in agenda order (the identity annex uses the same numbers)
    student: str                # masked: 王*明
    student_no: str             # masked: ******0199
    klass: str                  # 七(3)班
    reasons: tuple[str, ...]    # domain.meeting.Reason codes
    source: str                 # domain.watch.Source ('' for a student without an entry)
    state: str                  # domain.watch.State: the present state (after the decision once finalized)
    level_before: str           # level codes ('' none)
    level_after: str
    decision: str               # domain.meeting.Decision ('' when none was recorded)
    actions: tuple[MinutesAction, ...]
    parent_contact: str
    next_review: str            # '' none


@dataclass(frozen=True)
class IdentityRow:
    number: int
    name: str
    student_no: str
    klass: str


@dataclass(frozen=True)
class MinutesAddendum:
    written_on: str
    author: str
    body: str
    signed: bool                # carries its author's valid signature


@dataclass(frozen=True)
class Minutes:
    header: MinutesHeader
    meeting: MinutesMeeting
    attendees: tuple[MinutesAttendee, ...]
    follow_ups: tuple[MinutesFollowUp, ...]
    summary: MonthSummary
    levels: tuple[Level, ...]                 # the office's levels by rank (names and colours of the summary)
    decisions: tuple[MinutesDecision, ...]
    other_matters: str
    addenda: tuple[MinutesAddendum, ...]
    identity: tuple[IdentityRow, ...] | None  # only when asked for: its own page
