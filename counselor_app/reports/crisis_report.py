"""The crisis incident report: the school leader's version (everything, crisis details included) and the education
bureau's version (the facts, the students, the plan's steps with their times and people, the parents' notification
and the state: never clinical text — no details, step notes, timeline or reasons).

Input: plain data the service read (services/crisis_documents.py), codes already in words.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from xml.sax.saxutils import escape

from counselor_app.domain.errors import QT_TRANSLATE_NOOP
from counselor_app.reports import toolkit as kit

TITLE = QT_TRANSLATE_NOOP("CrisisDocuments", "Crisis incident report")
TITLE_BUREAU = QT_TRANSLATE_NOOP("CrisisDocuments", "Crisis incident report (for the education bureau)")
NUMBER = QT_TRANSLATE_NOOP("CrisisDocuments", "C {number}")
OCCURRED = QT_TRANSLATE_NOOP("CrisisDocuments", "Happened")
PLACE = QT_TRANSLATE_NOOP("CrisisDocuments", "Place")
TYPE = QT_TRANSLATE_NOOP("CrisisDocuments", "Type")
GRAVITY = QT_TRANSLATE_NOOP("CrisisDocuments", "Gravity")
FOUND_BY = QT_TRANSLATE_NOOP("CrisisDocuments", "Found by")
FOUND_AT = QT_TRANSLATE_NOOP("CrisisDocuments", "Found at")
STUDENTS = QT_TRANSLATE_NOOP("CrisisDocuments", "Students")
STATE = QT_TRANSLATE_NOOP("CrisisDocuments", "State")
REPORT_TIME = QT_TRANSLATE_NOOP("CrisisDocuments", "Time to report")
MINUTES_OK = QT_TRANSLATE_NOOP("CrisisDocuments", "{minutes} minutes (target {target})")
MINUTES_LATE = QT_TRANSLATE_NOOP("CrisisDocuments", "{minutes} minutes: later than the {target}-minute target")
NOT_REPORTED = QT_TRANSLATE_NOOP("CrisisDocuments", "not recorded yet")
SEEN = QT_TRANSLATE_NOOP("CrisisDocuments", "What was seen")
SECTION_STEPS = QT_TRANSLATE_NOOP("CrisisDocuments", "The emergency plan")
SECTION_PARENTS = QT_TRANSLATE_NOOP("CrisisDocuments", "Reaching the parents")
SECTION_TIMELINE = QT_TRANSLATE_NOOP("CrisisDocuments", "Timeline")
SECTION_BREACHES = QT_TRANSLATE_NOOP("CrisisDocuments", "Breaches of confidentiality")
SECTION_CLOSING = QT_TRANSLATE_NOOP("CrisisDocuments", "Closing")
SEQ = QT_TRANSLATE_NOOP("CrisisDocuments", "No.")
STEP = QT_TRANSLATE_NOOP("CrisisDocuments", "Step")
TIME = QT_TRANSLATE_NOOP("CrisisDocuments", "Time")
BY = QT_TRANSLATE_NOOP("CrisisDocuments", "By")
NOTE = QT_TRANSLATE_NOOP("CrisisDocuments", "Notes")
STUDENT = QT_TRANSLATE_NOOP("CrisisDocuments", "Student")
WAY = QT_TRANSLATE_NOOP("CrisisDocuments", "How")
RESULT = QT_TRANSLATE_NOOP("CrisisDocuments", "Result")
REACHED = QT_TRANSLATE_NOOP("CrisisDocuments", "reached")
UNREACHED = QT_TRANSLATE_NOOP("CrisisDocuments", "not reached")
ENTRY = QT_TRANSLATE_NOOP("CrisisDocuments", "Entry")
TOLD = QT_TRANSLATE_NOOP("CrisisDocuments", "Who was told")
WHY = QT_TRANSLATE_NOOP("CrisisDocuments", "Why")
NONE_YET = QT_TRANSLATE_NOOP("CrisisDocuments", "None recorded.")
FORCED = QT_TRANSLATE_NOOP("CrisisDocuments", "Closed by the office head before the loop was complete: {reason}")
REPORTER = QT_TRANSLATE_NOOP("CrisisDocuments", "Reported by")
LEADER = QT_TRANSLATE_NOOP("CrisisDocuments", "School leader")
NONE = "—"


@dataclass(frozen=True)
class CrisisReport:
    school_name: str
    unit_name: str
    number: str
    bureau: bool
    occurred_at: str
    place: str
    type: str
    gravity: str
    found_by: str
    found_at: str
    students: str
    state: str
    report_time: str
    details: str                                    # '' in the bureau's version
    steps: tuple[tuple[str, str, str, str], ...]    # (step, time, by, note — '' for the bureau)
    calls: tuple[tuple[str, str, str, str, str], ...]
    events: tuple[tuple[str, str, str], ...]        # () for the bureau
    breaches: tuple[tuple[str, str, str], ...]      # () for the bureau
    closing: str
    printed_at: datetime


def build_crisis_report(r: CrisisReport, *, tr=kit.identity, font_path: str | None = None) -> bytes:
    from reportlab.platypus import Paragraph, Spacer

    title = tr(TITLE_BUREAU if r.bureau else TITLE)

    def heading(st, text):   # kept with its table or text: never alone at the foot of a page
        return Paragraph(escape(text), st.heading.clone("crisisHeading", keepWithNext=1))

    def story(st):
        facts = [kit.Field(tr(OCCURRED), r.occurred_at), kit.Field(tr(PLACE), r.place or NONE),
                 kit.Field(tr(TYPE), r.type), kit.Field(tr(GRAVITY), r.gravity),
                 kit.Field(tr(FOUND_BY), r.found_by), kit.Field(tr(FOUND_AT), r.found_at),
                 kit.Field(tr(STUDENTS), r.students, wide=True), kit.Field(tr(REPORT_TIME), r.report_time),
                 kit.Field(tr(STATE), r.state)]
        if not r.bureau:
            facts.append(kit.Field(tr(SEEN), r.details or NONE, wide=True))
        step_cols = [kit.Column(tr(SEQ), fixed=10 * kit.MM, align="center"), kit.Column(tr(STEP), weight=2.2),
                     kit.Column(tr(TIME), fixed=35 * kit.MM, align="center"), kit.Column(tr(BY), weight=0.9)]
        if not r.bureau:
            step_cols.append(kit.Column(tr(NOTE), weight=2))
        step_rows = [(str(n), s, t, b, *(() if r.bureau else (note,))) for n, (s, t, b, note) in enumerate(r.steps, 1)]
        parts = [*kit.title_block(st, title, tr(NUMBER).format(number=r.number), tr=tr), kit.label_value_grid(st, facts),
                 heading(st, tr(SECTION_STEPS)), kit.data_table(st, step_cols, step_rows),
                 heading(st, tr(SECTION_PARENTS)),
                 kit.data_table(st, [kit.Column(tr(TIME), fixed=35 * kit.MM, align="center"),
                                     kit.Column(tr(STUDENT)), kit.Column(tr(WAY)), kit.Column(tr(BY)),
                                     kit.Column(tr(RESULT), align="center")], r.calls, empty_text=tr(NONE_YET))]
        if not r.bureau:
            parts += [heading(st, tr(SECTION_TIMELINE)),
                      kit.data_table(st, [kit.Column(tr(TIME), fixed=35 * kit.MM, align="center"),
                                          kit.Column(tr(BY), weight=0.8), kit.Column(tr(ENTRY), weight=4)], r.events,
                                     empty_text=tr(NONE_YET)),
                      heading(st, tr(SECTION_BREACHES)),
                      kit.data_table(st, [kit.Column(tr(TIME), fixed=35 * kit.MM, align="center"),
                                          kit.Column(tr(TOLD), weight=1.2), kit.Column(tr(WHY), weight=3)],
                                     r.breaches, empty_text=tr(NONE_YET))]
        if r.closing:
            parts += [heading(st, tr(SECTION_CLOSING)), Paragraph(escape(r.closing).replace("\n", "<br/>"), st.body)]
        parts += [Spacer(1, 6 * kit.MM),
                  kit.signature_block(st, [kit.Signer(tr(REPORTER)), kit.Signer(tr(LEADER))], tr=tr, seal=r.school_name)]
        return parts

    header = kit.PageHeader(r.school_name, title, r.unit_name, r.printed_at)
    return kit.build_pdf(header, story, tr=tr, font_path=font_path)
