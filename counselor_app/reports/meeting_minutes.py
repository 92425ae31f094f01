"""The minutes of a monthly review meeting (研判会会议纪要), FORMS.md "Monthly review meeting", in its order:

1. the meeting: 年级/院系, month, day, time, place, chair, minute-taker;
2. attendees with a line to sign, absences with their reason;
3. the follow-up of the last meeting's actions (done / not done);
4. the month's summary: open entries by level, new, raised, lowered, closed, by source, screening alerts;
5. the decision table, one row per student discussed — masked (王*明, 七(3)班, ******0199);
6. other matters; 7. signatures and the chair's approval; then the addenda written after finalizing;
and, only when asked for, the identity annex on a page of its own.

Input: the reader's :class:`services.meetings_minutes.Minutes` (plain rows, codes as codes; it is only read here,
duck-typed, so that reports/ never imports services/). Codes are put in words with the domain's labels. A meeting
not finalized prints as a draft: 草稿 in the title, on every page's header and across every page.
"""
from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Iterable
from xml.sax.saxutils import escape

from counselor_app.domain import meeting as meeting_rules, watch as watch_rules
from counselor_app.domain.errors import QT_TRANSLATE_NOOP
from counselor_app.reports.page_marks import rows_whole, watermark
from counselor_app.reports.pdf_base import PageHeader, Styles, Translate, build_pdf, identity

if TYPE_CHECKING:   # the reader's rows; never imported at run time (reports/ sits below services/)
    from counselor_app.services.meetings_minutes import Minutes

TITLE = QT_TRANSLATE_NOOP("MeetingMinutes",
                          "{grade} review meeting on students' mental state: minutes ({month}/{year})")
RUNNING_TITLE = QT_TRANSLATE_NOOP("MeetingMinutes", "{grade} review meeting minutes ({month}/{year})")
DRAFT_TITLE = QT_TRANSLATE_NOOP("MeetingMinutes", "{title} (draft)")
DRAFT = QT_TRANSLATE_NOOP("MeetingMinutes", "DRAFT")
DRAFT_NOTE = QT_TRANSLATE_NOOP("MeetingMinutes", "Draft: the meeting is not finalized. These minutes are not valid "
                                                  "until the meeting is finalized and printed again.")
ABANDONED_NOTE = QT_TRANSLATE_NOOP("MeetingMinutes", "This meeting was abandoned: {reason}")
ABANDONED_TITLE = QT_TRANSLATE_NOOP("MeetingMinutes", "{title} (abandoned)")
ABANDONED = QT_TRANSLATE_NOOP("MeetingMinutes", "ABANDONED")
NOT_HELD = QT_TRANSLATE_NOOP("MeetingMinutes", "abandoned, not finalized")
NO_REASON_GIVEN = QT_TRANSLATE_NOOP("MeetingMinutes", "This meeting was abandoned.")
CONFIDENTIAL_NOTE = QT_TRANSLATE_NOOP("MeetingMinutes", "Confidential. Students are shown masked; the identity annex, "
                                                         "when printed, is kept by the counseling office apart from "
                                                         "the minutes.")
SECTION_MEETING = QT_TRANSLATE_NOOP("MeetingMinutes", "1. The meeting")
SECTION_ATTENDEES = QT_TRANSLATE_NOOP("MeetingMinutes", "2. Attendees")
SECTION_FOLLOW_UPS = QT_TRANSLATE_NOOP("MeetingMinutes", "3. Actions of the last meeting: how they were carried out")
SECTION_SUMMARY = QT_TRANSLATE_NOOP("MeetingMinutes", "4. The month at a glance")
SECTION_DECISIONS = QT_TRANSLATE_NOOP("MeetingMinutes", "5. Students reviewed and decisions")
SECTION_OTHER = QT_TRANSLATE_NOOP("MeetingMinutes", "6. Other matters")
SECTION_SIGNATURES = QT_TRANSLATE_NOOP("MeetingMinutes", "7. Signatures and approval")
SECTION_ADDENDA = QT_TRANSLATE_NOOP("MeetingMinutes", "Addenda written after the minutes were finalized")
GRADE = QT_TRANSLATE_NOOP("MeetingMinutes", "Grade")
DEPARTMENT = QT_TRANSLATE_NOOP("MeetingMinutes", "Department")
MONTH = QT_TRANSLATE_NOOP("MeetingMinutes", "Month")
MONTH_VALUE = QT_TRANSLATE_NOOP("MeetingMinutes", "{month}/{year}")
MEETING_NAME = QT_TRANSLATE_NOOP("MeetingMinutes", "Meeting")
DAY = QT_TRANSLATE_NOOP("MeetingMinutes", "Date")
TIME = QT_TRANSLATE_NOOP("MeetingMinutes", "Time")
PLACE = QT_TRANSLATE_NOOP("MeetingMinutes", "Place")
CHAIR = QT_TRANSLATE_NOOP("MeetingMinutes", "Chair")
RECORDER = QT_TRANSLATE_NOOP("MeetingMinutes", "Minutes taken by")
STATE = QT_TRANSLATE_NOOP("MeetingMinutes", "State of the minutes")
FINALIZED = QT_TRANSLATE_NOOP("MeetingMinutes", "finalized on {day} by {name}")
NOT_FINALIZED = QT_TRANSLATE_NOOP("MeetingMinutes", "draft, not finalized")
SEQ = QT_TRANSLATE_NOOP("MeetingMinutes", "No.")
NAME = QT_TRANSLATE_NOOP("MeetingMinutes", "Name")
ROLE = QT_TRANSLATE_NOOP("MeetingMinutes", "Role")
ATTENDANCE = QT_TRANSLATE_NOOP("MeetingMinutes", "Attendance")
SIGNATURE = QT_TRANSLATE_NOOP("MeetingMinutes", "Signature")
ROLE_AT = QT_TRANSLATE_NOOP("MeetingMinutes", "{role}, {organisation}")
HEAD_TEACHER_UNIVERSITY = QT_TRANSLATE_NOOP("MeetingMinutes", "class counselor (university)")
ABSENT = QT_TRANSLATE_NOOP("MeetingMinutes", "Absent, with the reason")
ABSENT_LINE = QT_TRANSLATE_NOOP("MeetingMinutes", "{name} ({role}): {reason}")
NO_REASON = QT_TRANSLATE_NOOP("MeetingMinutes", "no reason given")
NOBODY_ABSENT = QT_TRANSLATE_NOOP("MeetingMinutes", "none")
NO_ATTENDEES = QT_TRANSLATE_NOOP("MeetingMinutes", "Nobody has been invited yet.")
STUDENT = QT_TRANSLATE_NOOP("MeetingMinutes", "Student")
CLASS = QT_TRANSLATE_NOOP("MeetingMinutes", "Class")
MEASURE = QT_TRANSLATE_NOOP("MeetingMinutes", "Action")
OWNER = QT_TRANSLATE_NOOP("MeetingMinutes", "Owner")
DUE = QT_TRANSLATE_NOOP("MeetingMinutes", "Due")
CARRIED_OUT = QT_TRANSLATE_NOOP("MeetingMinutes", "Carried out")
DONE = QT_TRANSLATE_NOOP("MeetingMinutes", "done")
NOT_DONE = QT_TRANSLATE_NOOP("MeetingMinutes", "not done")
NOT_DONE_STATE = QT_TRANSLATE_NOOP("MeetingMinutes", "not done ({state})")
NO_FOLLOW_UPS = QT_TRANSLATE_NOOP("MeetingMinutes",
                                  "The last meeting decided no action (or this is the grade's first meeting).")
FOLLOW_UPS_COUNT = QT_TRANSLATE_NOOP("MeetingMinutes", "{done} of {count} actions carried out.")
OPEN_BY_LEVEL = QT_TRANSLATE_NOOP("MeetingMinutes", "Students on the watch list")
TOTAL = QT_TRANSLATE_NOOP("MeetingMinutes", "Total")
THIS_MONTH = QT_TRANSLATE_NOOP("MeetingMinutes", "This month")
NEW = QT_TRANSLATE_NOOP("MeetingMinutes", "New")
RAISED = QT_TRANSLATE_NOOP("MeetingMinutes", "Raised")
LOWERED = QT_TRANSLATE_NOOP("MeetingMinutes", "Lowered")
CLOSED = QT_TRANSLATE_NOOP("MeetingMinutes", "Watch ended")
SCREENING_ALERTS = QT_TRANSLATE_NOOP("MeetingMinutes", "Screening alerts")
BY_SOURCE = QT_TRANSLATE_NOOP("MeetingMinutes", "Students on the watch list by how they came to it")
SUMMARY_AS_OF = QT_TRANSLATE_NOOP("MeetingMinutes", "As of the meeting day, {day}.")
SOURCE_AND_STATE = QT_TRANSLATE_NOOP("MeetingMinutes", "Source / state")
LEVEL = QT_TRANSLATE_NOOP("MeetingMinutes", "Level (before → after)")
DECISION = QT_TRANSLATE_NOOP("MeetingMinutes", "Decision")
ACTIONS = QT_TRANSLATE_NOOP("MeetingMinutes", "Measures (owner, due)")
MEASURE_TEXT = QT_TRANSLATE_NOOP("MeetingMinutes", "{type}: {description}")
ACTION_BY = QT_TRANSLATE_NOOP("MeetingMinutes", "{owner}, by {due}")
PARENT_CONTACT = QT_TRANSLATE_NOOP("MeetingMinutes", "Parent contact")
NEXT_REVIEW = QT_TRANSLATE_NOOP("MeetingMinutes", "Next review")
NO_DECISION = QT_TRANSLATE_NOOP("MeetingMinutes", "not decided")
NO_DECISIONS = QT_TRANSLATE_NOOP("MeetingMinutes", "No student is on the agenda.")
DECISIONS_COUNT = QT_TRANSLATE_NOOP("MeetingMinutes", "{count} students reviewed.")
NO_OTHER = QT_TRANSLATE_NOOP("MeetingMinutes", "None.")
APPROVAL = QT_TRANSLATE_NOOP("MeetingMinutes", "The chair's approval")
APPROVAL_TEXT = QT_TRANSLATE_NOOP("MeetingMinutes",
                                  "□ Approved: the decisions above are to be carried out.    □ To be revised.")
RECORDER_SIGNER = QT_TRANSLATE_NOOP("MeetingMinutes", "Minutes taken by")
CHAIR_SIGNER = QT_TRANSLATE_NOOP("MeetingMinutes", "Chair")
LEADER_SIGNER = QT_TRANSLATE_NOOP("MeetingMinutes", "School leader in charge")
ADDENDUM = QT_TRANSLATE_NOOP("MeetingMinutes", "Addendum {number}")
ADDENDUM_TEXT = QT_TRANSLATE_NOOP("MeetingMinutes", "Text")
WRITTEN = QT_TRANSLATE_NOOP("MeetingMinutes", "Written on {day} by {name}")
SIGNED = QT_TRANSLATE_NOOP("MeetingMinutes", "electronic signature verified")
UNSIGNED = QT_TRANSLATE_NOOP("MeetingMinutes", "electronic signature missing or not valid: check it in the application")
ANNEX_TITLE = QT_TRANSLATE_NOOP("MeetingMinutes", "Annex: the students of the minutes by name")
ANNEX_NOTE = QT_TRANSLATE_NOOP("MeetingMinutes", "Kept by the counseling office only, apart from the minutes; not to be "
                                                  "copied or passed on. The numbers are those of the decision table.")
STUDENT_NO = QT_TRANSLATE_NOOP("MeetingMinutes", "Student number")
NONE = "—"
ARROW = " → "

# The decision as the minutes print it: the short words of FORMS.md (the domain's labels are longer sentences)
DECISION_WORDS = {
    meeting_rules.Decision.MAINTAIN: QT_TRANSLATE_NOOP("MeetingMinutes", "keep"),
    meeting_rules.Decision.RAISE: QT_TRANSLATE_NOOP("MeetingMinutes", "raise"),
    meeting_rules.Decision.LOWER: QT_TRANSLATE_NOOP("MeetingMinutes", "lower"),
    meeting_rules.Decision.CLOSE: QT_TRANSLATE_NOOP("MeetingMinutes", "end the watch"),
    meeting_rules.Decision.REFER: QT_TRANSLATE_NOOP("MeetingMinutes", "suggest referral to a hospital"),
    meeting_rules.Decision.LEAVE: QT_TRANSLATE_NOOP("MeetingMinutes", "suggest leave or suspension"),
    meeting_rules.Decision.RETURN_FOLLOW: QT_TRANSLATE_NOOP("MeetingMinutes", "follow up after the return"),
}


# -- words ------------------------------------------------------------------------------------------------------

def label(code_list, code: str, tr: Translate) -> str:
    """A code in words (domain labels); '' for no code, the code itself when the list does not know it."""
    if not code:
        return ""
    try:
        return tr(code_list(code).label)
    except ValueError:
        return code


def level_names(m: "Minutes", tr: Translate) -> dict[str, str]:
    return {level.code: level.name(tr) for level in m.levels}


def role_words(m: "Minutes", role: str, tr: Translate) -> str:
    if m.header.university and role == meeting_rules.AttendeeRole.HEAD_TEACHER:
        return tr(HEAD_TEACHER_UNIVERSITY)
    return label(meeting_rules.AttendeeRole, role, tr)


def title_of(m: "Minutes", tr: Translate) -> str:
    """<年级>学生心理状况研判会会议纪要（<年>年<月>月）"""
    return tr(TITLE).format(grade=m.meeting.grade, year=m.meeting.year, month=m.meeting.month_number)


def is_draft(m: "Minutes") -> bool:
    """Not finalized: a draft (in preparation, in progress) or an abandoned meeting."""
    return m.meeting.state != meeting_rules.MeetingState.FINALIZED


def is_abandoned(m: "Minutes") -> bool:
    return m.meeting.state == meeting_rules.MeetingState.ABANDONED


def time_text(m: "Minutes") -> str:
    mt = m.meeting
    if mt.start_time and mt.end_time:
        return f"{mt.start_time}–{mt.end_time}"
    return mt.start_time or mt.end_time or NONE


def meeting_fields(m: "Minutes", tr: Translate, *, state: bool = True) -> list:
    """Section 1 as label–value fields (the sign-in sheet shows them too, without the state)."""
    from counselor_app.reports import toolkit as kit

    mt = m.meeting
    fields = [kit.Field(tr(DEPARTMENT if m.header.university else GRADE), mt.grade),
              kit.Field(tr(MONTH), tr(MONTH_VALUE).format(year=mt.year, month=mt.month_number))]
    if mt.name:
        fields.append(kit.Field(tr(MEETING_NAME), mt.name, wide=True))
    fields += [kit.Field(tr(DAY), mt.held_on or NONE), kit.Field(tr(TIME), time_text(m)),
               kit.Field(tr(PLACE), mt.place or NONE, wide=True),
               kit.Field(tr(CHAIR), mt.chair or NONE), kit.Field(tr(RECORDER), mt.recorder or NONE)]
    if state:
        words = (tr(FINALIZED).format(day=mt.finalized_on, name=mt.finalized_by) if not is_draft(m)
                 else tr(NOT_HELD if is_abandoned(m) else NOT_FINALIZED))
        fields.append(kit.Field(tr(STATE), words, wide=True))
    return fields


def heading(st: Styles, text: str):
    from reportlab.platypus import Paragraph

    return Paragraph(escape(text), st.heading)


def section(st: Styles, text: str) -> list:
    """A section's heading, on a new page when less than a few rows' room is left (never alone at a page's foot;
    a long table still starts on the page, unlike a heading kept with the whole table)."""
    from reportlab.platypus import CondPageBreak

    from counselor_app.reports.pdf_base import MM

    return [CondPageBreak(32 * MM), heading(st, text)]


def note(st: Styles, text: str):
    """A small line of explanation."""
    from reportlab.platypus import Paragraph

    return Paragraph(escape(text).replace("\n", "<br/>"), st.small)


def title_parts(st: Styles, m: "Minutes", title: str, tr: Translate) -> list:
    """The title, an extra meeting's name under it, and the boxed note of a draft (or of an abandoned meeting)."""
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    from counselor_app.reports.pdf_base import CONTENT_WIDTH, MM

    parts = [Paragraph(escape(title), st.title)]
    if m.meeting.name:
        parts.append(Paragraph(escape(m.meeting.name), st.center))
    if is_draft(m):
        said = (tr(ABANDONED_NOTE).format(reason=m.meeting.abandon_reason) if m.meeting.abandon_reason
                else tr(NO_REASON_GIVEN)) if is_abandoned(m) else tr(DRAFT_NOTE)
        box = Table([[Paragraph(escape(said), st.value)]], colWidths=[CONTENT_WIDTH])
        box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.4, colors.HexColor("#b00000")),
                                 ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 6)]))
        parts += [Spacer(1, 1 * MM), box]
    parts.append(Spacer(1, 2 * MM))
    return parts


def page_header(m: "Minutes", tr: Translate, printed_at: datetime | None) -> PageHeader:
    """Every page's header: the school, and a shorter title (the full one would run into the school's name)."""
    title = tr(RUNNING_TITLE).format(grade=m.meeting.grade, year=m.meeting.year, month=m.meeting.month_number)
    shown = (tr(ABANDONED_TITLE if is_abandoned(m) else DRAFT_TITLE).format(title=title) if is_draft(m)
             else title)
    return PageHeader(m.header.school_name, shown, m.header.unit_name, printed_at or datetime.now())


# -- the sections -----------------------------------------------------------------------------------------------

def _attendees(st: Styles, m: "Minutes", tr: Translate) -> list:
    from reportlab.platypus import Spacer

    from counselor_app.reports import toolkit as kit

    absent = meeting_rules.Attendance.ABSENT
    signing = [a for a in m.attendees if a.attendance != absent]
    columns = [kit.Column(tr(SEQ), fixed=10 * kit.MM, align="center"), kit.Column(tr(NAME), fixed=28 * kit.MM),
               kit.Column(tr(ROLE), weight=1.3), kit.Column(tr(ATTENDANCE), fixed=22 * kit.MM, align="center"),
               kit.Column(tr(SIGNATURE), weight=1)]
    rows = [[str(n), a.name, _role_cell(m, a, tr), label(meeting_rules.Attendance, a.attendance, tr), ""]
            for n, a in enumerate(signing, 1)]
    table = kit.data_table(st, columns, rows, zebra=False, empty_text=tr(NO_ATTENDEES))
    if rows:   # room to sign by hand: padding above and below each attendee's line
        table.setStyle([("TOPPADDING", (0, 1), (-1, -1), 8), ("BOTTOMPADDING", (0, 1), (-1, -1), 9)])
    lines = [tr(ABSENT_LINE).format(name=a.name, role=_role_cell(m, a, tr), reason=a.absence_reason or tr(NO_REASON))
             for a in m.attendees if a.attendance == absent]
    absences = kit.label_value_grid(st, [kit.Field(tr(ABSENT), "\n".join(lines) or tr(NOBODY_ABSENT))], columns=2,
                                    label_width=32 * kit.MM)
    return [rows_whole(table), Spacer(1, 2 * kit.MM), absences]


def _role_cell(m: "Minutes", a, tr: Translate) -> str:
    role = role_words(m, a.role, tr)
    return tr(ROLE_AT).format(role=role, organisation=a.organisation) if a.organisation else role


def _follow_ups(st: Styles, m: "Minutes", tr: Translate) -> list:
    from counselor_app.reports import toolkit as kit
    from counselor_app.reports.watch_plan import small_cells

    columns = [kit.Column(tr(SEQ), fixed=10 * kit.MM, align="center"), kit.Column(tr(STUDENT), fixed=17 * kit.MM),
               kit.Column(tr(CLASS), fixed=20 * kit.MM), kit.Column(tr(MEASURE), weight=1),
               kit.Column(tr(OWNER), fixed=17 * kit.MM), kit.Column(tr(DUE), fixed=20 * kit.MM, align="center"),
               kit.Column(tr(CARRIED_OUT), fixed=22 * kit.MM, align="center")]
    rows = []
    for n, f in enumerate(m.follow_ups, 1):
        what = label(watch_rules.MeasureType, f.measure_type, tr)
        what = (tr(MEASURE_TEXT).format(type=what, description=f.description) if f.description and what
                else f.description or what or NONE)
        rows.append([str(n), f.student, f.klass or NONE, what, f.owner or NONE, f.due_on or NONE,
                     _done_words(f, tr)])
    parts = [rows_whole(kit.data_table(small_cells(st), columns, rows, empty_text=tr(NO_FOLLOW_UPS)))]
    if m.follow_ups:
        done = sum(1 for f in m.follow_ups if f.done)
        parts.append(note(st, tr(FOLLOW_UPS_COUNT).format(done=done, count=len(m.follow_ups))))
    return parts


def _done_words(f, tr: Translate) -> str:
    if f.done:
        return tr(DONE)
    state = label(watch_rules.MeasureState, f.measure_state, tr)
    return tr(NOT_DONE_STATE).format(state=state) if state else tr(NOT_DONE)


def _summary(st: Styles, m: "Minutes", tr: Translate) -> list:
    from reportlab.platypus import Spacer

    from counselor_app.reports import toolkit as kit

    s = m.summary
    levels = sorted(m.levels, key=lambda level: level.rank)
    head = [kit.Column(level.name(tr), align="center") for level in levels] + [kit.Column(tr(TOTAL), align="center")]
    month = [kit.Column(tr(title), align="center") for title in (NEW, RAISED, LOWERED, CLOSED, SCREENING_ALERTS)]
    row = [str(s.by_level.get(level.code, 0)) for level in levels] + [str(s.open)]
    row += [str(x) for x in (s.new, s.raised, s.lowered, s.closed, s.screening_alerts)]
    counts = kit.data_table(st, head + month, [row], zebra=False,
                            groups=[(tr(OPEN_BY_LEVEL), len(head)), (tr(THIS_MONTH), len(month))])
    sources = list(watch_rules.Source)
    extra = [code for code in s.by_source if code not in {x.value for x in sources}]
    by_source = kit.data_table(st, [kit.Column(label(watch_rules.Source, x.value, tr), align="center") for x in sources]
                               + [kit.Column(code or NONE, align="center") for code in extra],
                               [[str(s.by_source.get(x.value, 0)) for x in sources]
                                + [str(s.by_source[code]) for code in extra]],
                               zebra=False, groups=[(tr(BY_SOURCE), len(sources) + len(extra))])
    return [counts, Spacer(1, 2 * kit.MM), by_source, note(st, tr(SUMMARY_AS_OF).format(day=m.meeting.held_on))]


def decision_rows(m: "Minutes", tr: Translate) -> list[list[str]]:
    """The decision table's rows, in words (also what the bench builds without the PDF)."""
    names = level_names(m, tr)
    rows = []
    for d in m.decisions:
        student = "\n".join(x for x in (d.student, d.klass, d.student_no) if x)
        source = label(watch_rules.Source, d.source, tr)
        state = label(watch_rules.State, d.state, tr)
        before, after = names.get(d.level_before, d.level_before), names.get(d.level_after, d.level_after)
        level = (before + ARROW + after if after and after != before else before or after) or NONE
        words = DECISION_WORDS.get(d.decision)
        decision = tr(words) if words else (label(meeting_rules.Decision, d.decision, tr) or tr(NO_DECISION))
        actions = "\n".join(_action_line(a, tr) for a in d.actions) or NONE
        rows.append([str(d.number), student, "\n".join(x for x in (source, state) if x) or NONE, level, decision,
                     actions, d.parent_contact or NONE, d.next_review or NONE])
    return rows


def _action_line(a, tr: Translate) -> str:
    kind = label(watch_rules.MeasureType, a.measure_type, tr)
    what = a.description or kind or NONE
    if a.description and kind:
        what = tr(MEASURE_TEXT).format(type=kind, description=a.description)
    owner = a.owner or NONE
    # who and by when on a line of their own: a date is never broken over two lines of a narrow column
    return f"\u2022 {what}\n{tr(ACTION_BY).format(owner=owner, due=a.due_on) if a.due_on else owner}"


def decision_columns(tr: Translate) -> list:
    from counselor_app.reports import toolkit as kit

    return [kit.Column(tr(SEQ), fixed=10 * kit.MM, align="center"), kit.Column(tr(STUDENT), fixed=21 * kit.MM),
            kit.Column(tr(SOURCE_AND_STATE), fixed=23.5 * kit.MM), kit.Column(tr(LEVEL), fixed=21 * kit.MM),
            kit.Column(tr(DECISION), fixed=16 * kit.MM, align="center"), kit.Column(tr(ACTIONS), weight=2.1),
            kit.Column(tr(PARENT_CONTACT), weight=1), kit.Column(tr(NEXT_REVIEW), fixed=21 * kit.MM, align="center")]


def _decisions(st: Styles, m: "Minutes", tr: Translate) -> list:
    from counselor_app.reports import toolkit as kit
    from counselor_app.reports.watch_plan import small_cells

    table = kit.data_table(small_cells(st), decision_columns(tr), decision_rows(m, tr), empty_text=tr(NO_DECISIONS))
    parts = [rows_whole(table)]
    if m.decisions:
        parts.append(note(st, tr(DECISIONS_COUNT).format(count=len(m.decisions))))
    return parts


def _signatures(st: Styles, m: "Minutes", tr: Translate) -> list:
    from reportlab.platypus import KeepTogether, Spacer

    from counselor_app.reports import toolkit as kit

    approval = kit.label_value_grid(st, [kit.Field(tr(APPROVAL), tr(APPROVAL_TEXT), height=22 * kit.MM)], columns=2,
                                    label_width=32 * kit.MM)
    signers = [kit.Signer(tr(RECORDER_SIGNER), m.meeting.recorder), kit.Signer(tr(CHAIR_SIGNER), m.meeting.chair)]
    leader = _leader(m)
    if not leader or leader != m.meeting.chair:   # a leader who chaired signs once, as the chair
        signers.append(kit.Signer(tr(LEADER_SIGNER), leader))
    return [KeepTogether([heading(st, tr(SECTION_SIGNATURES)), approval, Spacer(1, 3 * kit.MM),
                          kit.signature_block(st, signers, tr=tr)])]


def _leader(m: "Minutes") -> str:
    leaders = [a.name for a in m.attendees if a.role == meeting_rules.AttendeeRole.SCHOOL_LEADER
               and a.attendance != meeting_rules.Attendance.ABSENT]
    return leaders[0] if len(leaders) == 1 else ""


def _addenda(st: Styles, m: "Minutes", tr: Translate) -> list:
    from reportlab.platypus import Spacer

    from counselor_app.reports import toolkit as kit

    parts: list = section(st, tr(SECTION_ADDENDA))
    for n, a in enumerate(m.addenda, 1):
        grid = kit.label_value_grid(st, [
            kit.Field(tr(ADDENDUM).format(number=n), tr(WRITTEN).format(day=a.written_on, name=a.author)),
            kit.Field(tr(SIGNATURE), tr(SIGNED if a.signed else UNSIGNED)),
            kit.Field(tr(ADDENDUM_TEXT), a.body or NONE, wide=True)],
            columns=2, label_width=32 * kit.MM)
        parts.append(grid)
        parts.append(Spacer(1, 2 * kit.MM))
    return parts


def _annex(st: Styles, identities: Iterable, tr: Translate) -> list:
    from reportlab.platypus import PageBreak, Paragraph, Spacer

    from counselor_app.reports import toolkit as kit

    columns = [kit.Column(tr(SEQ), fixed=12 * kit.MM, align="center"), kit.Column(tr(NAME), weight=1),
               kit.Column(tr(STUDENT_NO), weight=1.2), kit.Column(tr(CLASS), weight=1.2)]
    rows = [[str(r.number), r.name, r.student_no, r.klass or NONE] for r in identities]
    return [PageBreak(), Paragraph(escape(tr(ANNEX_TITLE)), st.title), note(st, tr(ANNEX_NOTE)), Spacer(1, 3 * kit.MM),
            rows_whole(kit.data_table(st, columns, rows, empty_text=tr(NO_DECISIONS)))]


# -- the document -----------------------------------------------------------------------------------------------

def build_minutes(m: "Minutes", *, tr: Translate = identity, font_path: str | None = None,
                  printed_at: datetime | None = None) -> bytes:
    """The minutes' PDF; the identity annex on a page of its own when ``m.identity`` holds it (the reader fills it
    only when asked for)."""
    from reportlab.platypus import Paragraph, Spacer

    from counselor_app.reports import toolkit as kit

    title = title_of(m, tr)

    def story(st: Styles):
        parts = [*title_parts(st, m, title, tr), heading(st, tr(SECTION_MEETING)),
                 kit.label_value_grid(st, meeting_fields(m, tr)), *section(st, tr(SECTION_ATTENDEES)),
                 *_attendees(st, m, tr), *section(st, tr(SECTION_FOLLOW_UPS)), *_follow_ups(st, m, tr),
                 *section(st, tr(SECTION_SUMMARY)), *_summary(st, m, tr), *section(st, tr(SECTION_DECISIONS)),
                 note(st, tr(CONFIDENTIAL_NOTE)), *_decisions(st, m, tr),
                 *section(st, tr(SECTION_OTHER)),
                 Paragraph(escape(m.other_matters or tr(NO_OTHER)).replace("\n", "<br/>"), st.body),
                 Spacer(1, 2 * kit.MM), *_signatures(st, m, tr)]
        if m.addenda:
            parts += _addenda(st, m, tr)
        if m.identity is not None:
            parts += _annex(st, m.identity, tr)
        return parts

    pdf = build_pdf(page_header(m, tr, printed_at), story, tr=tr, font_path=font_path, metadata_title=title)
    if not is_draft(m):
        return pdf
    return watermark(pdf, tr(ABANDONED if is_abandoned(m) else DRAFT), font_path)
