"""The watch list's sheets of one entry: the 一人一策 sheet for the office's file (full, clinical text included) and
the head teacher's version (level, measures without their descriptions, whom to call, what to watch for: never
clinical text).

Input: plain data the service read (services/watch_documents.py), every code already in words. The parts shared with
the follow-up record (reports/watch_followups.py) are here: the confidential mark with the sheet's number, the
student's facts.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from xml.sax.saxutils import escape

from counselor_app.domain.errors import QT_TRANSLATE_NOOP
from counselor_app.reports.pdf_base import PageHeader, Styles, Translate, build_pdf, identity

CONFIDENTIAL = QT_TRANSLATE_NOOP("WatchDocuments", "Confidential")
NUMBER = QT_TRANSLATE_NOOP("WatchDocuments", "No. {number}")
PLAN_TITLE = QT_TRANSLATE_NOOP("WatchDocuments", "Individual support plan of a watch-list student")
TEACHER_TITLE = QT_TRANSLATE_NOOP("WatchDocuments", "Watch-list student: notice for the head teacher")
HEADER_TITLE = QT_TRANSLATE_NOOP("WatchDocuments", "{title} ({number})")
NAME = QT_TRANSLATE_NOOP("WatchDocuments", "Name")
STUDENT_NO = QT_TRANSLATE_NOOP("WatchDocuments", "Student number")
GENDER = QT_TRANSLATE_NOOP("WatchDocuments", "Gender")
CLASS = QT_TRANSLATE_NOOP("WatchDocuments", "Class")
LEVEL = QT_TRANSLATE_NOOP("WatchDocuments", "Level of concern")
SEVERITY = QT_TRANSLATE_NOOP("WatchDocuments", "Class of case")
SOURCE = QT_TRANSLATE_NOOP("WatchDocuments", "Source")
OPENED = QT_TRANSLATE_NOOP("WatchDocuments", "On the list since")
STATE = QT_TRANSLATE_NOOP("WatchDocuments", "State")
NEXT_REVIEW = QT_TRANSLATE_NOOP("WatchDocuments", "Next review")
RESPONSIBLE = QT_TRANSLATE_NOOP("WatchDocuments", "Responsible people")
PEER = QT_TRANSLATE_NOOP("WatchDocuments", "Peer carer")
PARENT = QT_TRANSLATE_NOOP("WatchDocuments", "Parent contact")
CONCERN = QT_TRANSLATE_NOOP("WatchDocuments", "The concern")
SECTION_STUDENT = QT_TRANSLATE_NOOP("WatchDocuments", "1. The student")
SECTION_PLAN = QT_TRANSLATE_NOOP("WatchDocuments", "2. The plan")
SECTION_FOLLOWUPS = QT_TRANSLATE_NOOP("WatchDocuments", "3. Recent follow-ups")
SECTION_SIGNATURES = QT_TRANSLATE_NOOP("WatchDocuments", "4. Signatures")
VERSION = QT_TRANSLATE_NOOP("WatchDocuments", "Version")
VERSION_VALUE = QT_TRANSLATE_NOOP("WatchDocuments", "version {version}")
AUTHOR = QT_TRANSLATE_NOOP("WatchDocuments", "Written by")
WRITTEN_ON = QT_TRANSLATE_NOOP("WatchDocuments", "Written on")
SIGNATURE = QT_TRANSLATE_NOOP("WatchDocuments", "Electronic signature")
SIGNED = QT_TRANSLATE_NOOP("WatchDocuments", "signed by the author, verified")
NOT_SIGNED = QT_TRANSLATE_NOOP("WatchDocuments", "missing or not valid: check the plan in the application")
GOAL = QT_TRANSLATE_NOOP("WatchDocuments", "Goal")
MEDICATION = QT_TRANSLATE_NOOP("WatchDocuments", "Medication (as reported by the family)")
NOTES = QT_TRANSLATE_NOOP("WatchDocuments", "Notes")
NO_PLAN = QT_TRANSLATE_NOOP("WatchDocuments", "No plan has been written for this entry yet.")
NO_MEASURES = QT_TRANSLATE_NOOP("WatchDocuments", "No measure.")
SEQ = QT_TRANSLATE_NOOP("WatchDocuments", "No.")
TYPE = QT_TRANSLATE_NOOP("WatchDocuments", "Measure")
DESCRIPTION = QT_TRANSLATE_NOOP("WatchDocuments", "What is done")
OWNER = QT_TRANSLATE_NOOP("WatchDocuments", "Carried out by")
FREQUENCY = QT_TRANSLATE_NOOP("WatchDocuments", "Frequency")
START = QT_TRANSLATE_NOOP("WatchDocuments", "Start")
DUE = QT_TRANSLATE_NOOP("WatchDocuments", "Due")
MEASURE_STATE = QT_TRANSLATE_NOOP("WatchDocuments", "State")
DATE = QT_TRANSLATE_NOOP("WatchDocuments", "Date")
METHOD = QT_TRANSLATE_NOOP("WatchDocuments", "How")
RECORDED_BY = QT_TRANSLATE_NOOP("WatchDocuments", "Recorded by")
RATING = QT_TRANSLATE_NOOP("WatchDocuments", "Re-rating")
FOLLOWUPS_NOTE = QT_TRANSLATE_NOOP("WatchDocuments", "{count} follow-ups in all; the latest {shown} are listed. "
                                                     "What was seen is in the follow-up record.")
NO_FOLLOWUPS = QT_TRANSLATE_NOOP("WatchDocuments", "No follow-up yet.")
COUNSELOR = QT_TRANSLATE_NOOP("WatchDocuments", "Counselor")
HEAD_TEACHER = QT_TRANSLATE_NOOP("WatchDocuments", "Head teacher")
PARENT_SIGNER = QT_TRANSLATE_NOOP("WatchDocuments", "Parent or guardian")
OFFICE_HEAD = QT_TRANSLATE_NOOP("WatchDocuments", "Head of the counseling office")
LEADER = QT_TRANSLATE_NOOP("WatchDocuments", "School leader")
CALL = QT_TRANSLATE_NOOP("WatchDocuments", "Whom to call")
OTHERS = QT_TRANSLATE_NOOP("WatchDocuments", "Also responsible")
CALL_INTRO = QT_TRANSLATE_NOOP("WatchDocuments", "Call the counselor at once when you notice any of the signs "
                                                 "below, or when you are unsure.")
WATCH_FOR = QT_TRANSLATE_NOOP("WatchDocuments", "What to watch for")
MEASURES = QT_TRANSLATE_NOOP("WatchDocuments", "What the school does")
MEASURES_NOTE = QT_TRANSLATE_NOOP("WatchDocuments", "Ask the counselor what a measure means for your class.")
EMERGENCY = QT_TRANSLATE_NOOP(
    "WatchDocuments",
    "In an emergency (the student talks of ending their life, hurts themselves or has gone missing): stay with the "
    "student or have someone stay, keep dangerous objects away, call the counselor and the school leader on duty "
    "and inform the parents; call 110 or 120 when life is in danger.")
KEEP_SAFE = QT_TRANSLATE_NOOP(
    "WatchDocuments",
    "This notice is for the head teacher's work only: keep it locked away, do not copy or photograph it, and do "
    "not tell other students or anyone not involved. Give it back to the counseling office when the student "
    "leaves the list.")
RECEIVED = QT_TRANSLATE_NOOP("WatchDocuments", "Received by the head teacher")
HANDED_OVER = QT_TRANSLATE_NOOP("WatchDocuments", "Handed over by the counselor")
PERSON = QT_TRANSLATE_NOOP("WatchDocuments", "{duty}: {name} {phone}")
LIST_SEPARATOR = QT_TRANSLATE_NOOP("WatchDocuments", ", ")
NONE = "—"

# The warning signs any head teacher is given: general words, the same for every student (nothing of this student).
WARNING_SIGNS = (
    QT_TRANSLATE_NOOP("WatchDocuments", "Low mood that lasts, crying easily, or unusual irritability"),
    QT_TRANSLATE_NOOP("WatchDocuments", "Absences, lateness or requests for leave without a clear reason"),
    QT_TRANSLATE_NOOP("WatchDocuments", "Keeping away from classmates, no longer joining in class activities"),
    QT_TRANSLATE_NOOP("WatchDocuments", "A sudden drop in marks or in homework handed in"),
    QT_TRANSLATE_NOOP("WatchDocuments", "Marked changes in sleep or appetite; looking exhausted in class"),
    QT_TRANSLATE_NOOP("WatchDocuments",
                      "Talking or writing about death or self-harm (also in essays, diaries, online)"),
    QT_TRANSLATE_NOOP("WatchDocuments",
                      "Unexplained injuries; collecting medicines, blades or other dangerous objects"),
    QT_TRANSLATE_NOOP("WatchDocuments", "Giving away treasured things, saying goodbye, putting affairs in order"),
    QT_TRANSLATE_NOOP("WatchDocuments", "A major upset: family trouble, a break-up, a serious conflict, a failed exam"),
)


@dataclass(frozen=True)
class Person:
    duty: str          # in words: 心理教师, 班主任
    name: str
    phone: str = ""
    code: str = ""     # the duty's code: counselor, head_teacher, leader


@dataclass(frozen=True)
class EntryFacts:
    """The student and the entry, as every sheet of the entry shows them (codes in words)."""
    school_name: str
    unit_name: str
    number: str          # 关注 2026-007
    student_no: str
    name: str
    gender: str
    klass: str
    level: str
    severity: str
    source: str
    state: str
    opened_on: str
    next_review: str
    printed_at: datetime


@dataclass(frozen=True)
class MeasureLine:
    type: str
    description: str     # '' on the head teacher's version
    owner: str
    frequency: str
    start_on: str
    due_on: str
    state: str


@dataclass(frozen=True)
class FollowUpLine:
    on_date: str
    method: str
    author: str
    rating: str


@dataclass(frozen=True)
class PlanPart:
    version: int
    author: str
    written_on: str
    signed: bool
    goal: str
    medication: str
    notes: str
    measures: tuple[MeasureLine, ...]


@dataclass(frozen=True)
class PlanSheet:
    facts: EntryFacts
    responsible: tuple[Person, ...]
    peer: str
    parent: str
    concern: str
    plan: PlanPart | None
    followups: tuple[FollowUpLine, ...]   # the latest ones, oldest first
    followup_count: int


@dataclass(frozen=True)
class TeacherSheet:
    facts: EntryFacts
    responsible: tuple[Person, ...]
    call: tuple[Person, ...]              # the responsible counselors, with their phones
    measures: tuple[MeasureLine, ...]     # without descriptions
    head_teacher: str                     # the name on the receipt line


# -- shared parts ---------------------------------------------------------------------------------------------

def heading(st: Styles, text: str):
    from reportlab.platypus import Paragraph

    return Paragraph(escape(text), st.heading)


def title_with_mark(st: Styles, title: str, number: str, tr: Translate) -> list:
    """The title, then the boxed 保密 on the left and the sheet's number on the right."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    from counselor_app.reports.pdf_base import CONTENT_WIDTH, MM

    from reportlab.pdfbase.pdfmetrics import stringWidth

    word = tr(CONFIDENTIAL)
    mark = Paragraph(escape(word), st.value.clone("mark", alignment=TA_CENTER, fontSize=12, leading=16))
    no = Paragraph(escape(tr(NUMBER).format(number=number)), st.number) if number else ""
    mark_w = max(18 * MM, stringWidth(word, st.family, 12) + 6 * MM)
    row = Table([[mark, "", no]], colWidths=[mark_w, CONTENT_WIDTH - mark_w - 70 * MM, 70 * MM])
    row.setStyle(TableStyle([("BOX", (0, 0), (0, 0), 1.2, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                             ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                             ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return [Paragraph(escape(title), st.title), row, Spacer(1, 2 * MM)]


def facts_fields(facts: EntryFacts, tr: Translate, *, severity: bool = True) -> list:
    from counselor_app.reports import toolkit as kit

    fields = [kit.Field(tr(NAME), facts.name), kit.Field(tr(STUDENT_NO), facts.student_no),
              kit.Field(tr(GENDER), facts.gender or NONE), kit.Field(tr(CLASS), facts.klass or NONE),
              kit.Field(tr(LEVEL), facts.level)]
    if severity:
        fields += [kit.Field(tr(SEVERITY), facts.severity or NONE), kit.Field(tr(SOURCE), facts.source)]
    fields += [kit.Field(tr(OPENED), facts.opened_on), kit.Field(tr(STATE), facts.state),
               kit.Field(tr(NEXT_REVIEW), facts.next_review or NONE)]
    return fields


def people_text(people: tuple[Person, ...], tr: Translate) -> str:
    """One person a line: 心理教师：李老师 13800000000."""
    return "\n".join(tr(PERSON).format(duty=p.duty, name=p.name, phone=p.phone).strip() for p in people) or NONE


def page_header(facts: EntryFacts, title: str, tr: Translate) -> PageHeader:
    # the number, not the name, on every page: a loose page still says whose sheet it is to the office
    return PageHeader(facts.school_name, tr(HEADER_TITLE).format(title=title, number=facts.number),
                      facts.unit_name, facts.printed_at)


def small_cells(st: Styles) -> Styles:
    """The styles with 9-point table cells (a table of many narrow columns)."""
    import copy

    small = copy.copy(st)
    small.cell = st.cell.clone("smallCell", fontSize=9, leading=12)
    small.cell_center = st.cell_center.clone("smallCellCenter", fontSize=9, leading=12)
    small.cell_right = st.cell_right.clone("smallCellRight", fontSize=9, leading=12)
    return small


def splittable(table):
    """Let a row taller than what is left of the page continue on the next (a long description)."""
    table.splitInRow = 1
    return table


# -- the full sheet --------------------------------------------------------------------------------------------

def build_plan_sheet(sheet: PlanSheet, *, tr: Translate = identity, font_path: str | None = None) -> bytes:
    from reportlab.platypus import KeepTogether, Paragraph, Spacer

    from counselor_app.reports import toolkit as kit

    f = sheet.facts
    title = tr(PLAN_TITLE)

    def story(st: Styles):
        parts = [*title_with_mark(st, title, f.number, tr), heading(st, tr(SECTION_STUDENT)),
                 kit.label_value_grid(st, facts_fields(f, tr) + [
                     kit.Field(tr(RESPONSIBLE), people_text(sheet.responsible, tr), wide=True),
                     kit.Field(tr(PEER), sheet.peer or NONE), kit.Field(tr(PARENT), sheet.parent or NONE),
                     kit.Field(tr(CONCERN), sheet.concern or NONE, wide=True)]),
                 heading(st, tr(SECTION_PLAN))]
        parts += _plan_part(st, sheet.plan, tr)
        parts.append(heading(st, tr(SECTION_FOLLOWUPS)))
        if sheet.followups:
            parts.append(Paragraph(escape(tr(FOLLOWUPS_NOTE).format(count=sheet.followup_count,
                                                                    shown=len(sheet.followups))), st.small))
            parts.append(Spacer(1, 1.5 * kit.MM))
        columns = [kit.Column(tr(DATE), fixed=26 * kit.MM, align="center"), kit.Column(tr(METHOD), weight=1.4),
                   kit.Column(tr(RECORDED_BY), weight=1), kit.Column(tr(RATING), weight=1, align="center")]
        parts.append(kit.data_table(st, columns, [[x.on_date, x.method, x.author, x.rating or NONE]
                                                  for x in sheet.followups], empty_text=tr(NO_FOLLOWUPS)))
        parts.append(KeepTogether([heading(st, tr(SECTION_SIGNATURES)), Spacer(1, 2 * kit.MM),
                                   kit.signature_block(st, _signers(sheet.responsible, tr), tr=tr)]))
        return parts

    return build_pdf(page_header(f, title, tr), story, tr=tr, font_path=font_path, metadata_title=title)


def _plan_part(st: Styles, plan: PlanPart | None, tr: Translate) -> list:
    from reportlab.platypus import Paragraph, Spacer

    from counselor_app.reports import toolkit as kit

    if plan is None:
        return [Paragraph(escape(tr(NO_PLAN)), st.body)]
    grid = kit.label_value_grid(st, [
        kit.Field(tr(VERSION), tr(VERSION_VALUE).format(version=plan.version)), kit.Field(tr(AUTHOR), plan.author),
        kit.Field(tr(WRITTEN_ON), plan.written_on), kit.Field(tr(SIGNATURE), tr(SIGNED if plan.signed else NOT_SIGNED)),
        kit.Field(tr(GOAL), plan.goal or NONE, wide=True)])
    columns = [kit.Column(tr(SEQ), fixed=10 * kit.MM, align="center"), kit.Column(tr(TYPE), fixed=20 * kit.MM),
               kit.Column(tr(DESCRIPTION), weight=1), kit.Column(tr(OWNER), fixed=16 * kit.MM),
               kit.Column(tr(FREQUENCY), fixed=16 * kit.MM), kit.Column(tr(START), fixed=21 * kit.MM, align="center"),
               kit.Column(tr(DUE), fixed=21 * kit.MM, align="center"),
               kit.Column(tr(MEASURE_STATE), fixed=14 * kit.MM, align="center")]
    rows = [[str(n), m.type, m.description or NONE, m.owner, m.frequency or NONE, m.start_on, m.due_on or NONE,
             m.state] for n, m in enumerate(plan.measures, 1)]
    table = splittable(kit.data_table(small_cells(st), columns, rows, empty_text=tr(NO_MEASURES)))
    more = kit.label_value_grid(st, [kit.Field(tr(MEDICATION), plan.medication or NONE, wide=True),
                                     kit.Field(tr(NOTES), plan.notes or NONE, wide=True)], columns=2,
                                label_width=40 * kit.MM)
    return [grid, Spacer(1, 3 * kit.MM), table, Spacer(1, 3 * kit.MM), more]


def _signers(responsible: tuple[Person, ...], tr: Translate) -> list:
    from counselor_app.reports import toolkit as kit

    def named(code: str) -> str:
        return tr(LIST_SEPARATOR).join(p.name for p in responsible if p.code == code)

    signers = [kit.Signer(tr(COUNSELOR), named("counselor")), kit.Signer(tr(HEAD_TEACHER), named("head_teacher")),
               kit.Signer(tr(PARENT_SIGNER)), kit.Signer(tr(OFFICE_HEAD))]
    leader = named("leader")
    if leader:
        signers.append(kit.Signer(tr(LEADER), leader))
    return signers


# -- the head teacher's version --------------------------------------------------------------------------------

def build_teacher_sheet(sheet: TeacherSheet, *, tr: Translate = identity, font_path: str | None = None) -> bytes:
    from reportlab.platypus import KeepTogether, Paragraph, Spacer

    from counselor_app.reports import toolkit as kit

    f = sheet.facts
    title = tr(TEACHER_TITLE)

    def story(st: Styles):
        others = tuple(p for p in sheet.responsible if p not in sheet.call)
        people = [kit.Field(tr(CALL), people_text(sheet.call, tr), wide=True)]
        if others:
            people.append(kit.Field(tr(OTHERS), people_text(others, tr), wide=True))
        columns = [kit.Column(tr(SEQ), fixed=10 * kit.MM, align="center"), kit.Column(tr(TYPE), weight=1.3),
                   kit.Column(tr(OWNER), weight=1), kit.Column(tr(FREQUENCY), weight=1),
                   kit.Column(tr(START), fixed=21 * kit.MM, align="center"),
                   kit.Column(tr(DUE), fixed=21 * kit.MM, align="center"),
                   kit.Column(tr(MEASURE_STATE), fixed=15 * kit.MM, align="center")]
        rows = [[str(n), m.type, m.owner, m.frequency or NONE, m.start_on, m.due_on or NONE, m.state]
                for n, m in enumerate(sheet.measures, 1)]
        compact = st.heading.clone("compactHeading", spaceBefore=6, spaceAfter=2)   # one page in all
        return [*title_with_mark(st, title, f.number, tr),
                kit.label_value_grid(st, facts_fields(f, tr, severity=False) + people, label_width=33 * kit.MM),
                Paragraph(escape(tr(WATCH_FOR)), compact), Paragraph(escape(tr(CALL_INTRO)), st.small),
                _signs(st, tr), Spacer(1, 2 * kit.MM), Paragraph(escape(tr(EMERGENCY)), st.value),
                # the measures go with the signatures: a page never holds the signatures alone
                KeepTogether([Paragraph(escape(tr(MEASURES)), compact),
                              kit.data_table(st, columns, rows, empty_text=tr(NO_MEASURES)), Spacer(1, 1 * kit.MM),
                              Paragraph(escape(f"{tr(MEASURES_NOTE)} {tr(KEEP_SAFE)}"), st.small),
                              Spacer(1, 2 * kit.MM),
                              kit.signature_block(st, [kit.Signer(tr(RECEIVED), sheet.head_teacher),
                                                       kit.Signer(tr(HANDED_OVER))], tr=tr)])]

    return build_pdf(page_header(f, title, tr), story, tr=tr, font_path=font_path, metadata_title=title)


def _signs(st: Styles, tr: Translate):
    """The warning signs, numbered, in two columns."""
    from reportlab.platypus import Paragraph, Table, TableStyle

    from counselor_app.reports.pdf_base import CONTENT_WIDTH

    style = st.value.clone("sign", spaceAfter=1.5, leftIndent=10, firstLineIndent=-10)
    cells = [Paragraph(escape(f"{n}. {tr(sign)}"), style) for n, sign in enumerate(WARNING_SIGNS, 1)]
    half = (len(cells) + 1) // 2
    table = Table([[cells[:half], cells[half:]]], colWidths=[CONTENT_WIDTH / 2] * 2)   # each column flows
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return table
