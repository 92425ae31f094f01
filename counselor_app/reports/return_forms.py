"""The return to school's forms: 复学申请及评估表 (the office's file: the leave, the application, the documents
checked, every return assessment meeting — the earlier ones in a table marked as earlier, the latest as the
decision —, four signatures and the seal) and the support plan for the head teacher
(who does what, how often, until when: never clinical text).

Input: plain data the service read (services/leave_documents.py), codes already in words.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from xml.sax.saxutils import escape

from counselor_app.domain.errors import QT_TRANSLATE_NOOP
from counselor_app.reports import toolkit as kit

FORM_TITLE = QT_TRANSLATE_NOOP("ReturnDocuments", "Application to return to school and assessment")
SUPPORT_TITLE = QT_TRANSLATE_NOOP("ReturnDocuments", "Support plan after the return to school")
NUMBER = QT_TRANSLATE_NOOP("ReturnDocuments", "L {number}")
SECTION_STUDENT = QT_TRANSLATE_NOOP("ReturnDocuments", "1. The student")
SECTION_LEAVE = QT_TRANSLATE_NOOP("ReturnDocuments", "2. The leave")
SECTION_APPLICATION = QT_TRANSLATE_NOOP("ReturnDocuments", "3. The application to return")
SECTION_MEETING = QT_TRANSLATE_NOOP("ReturnDocuments", "4. The return assessment meeting")
SECTION_MEETINGS = QT_TRANSLATE_NOOP("ReturnDocuments", "4. The return assessment meetings ({count})")
EARLIER = QT_TRANSLATE_NOOP("ReturnDocuments", "Earlier meetings (superseded by the later ones)")
DECISION = QT_TRANSLATE_NOOP("ReturnDocuments", "Meeting {n}, the latest: the decision")
NAME = QT_TRANSLATE_NOOP("ReturnDocuments", "Student")
GENDER = QT_TRANSLATE_NOOP("ReturnDocuments", "Gender")
CLASS = QT_TRANSLATE_NOOP("ReturnDocuments", "Class")
STUDENT_NO = QT_TRANSLATE_NOOP("ReturnDocuments", "Student number")
GUARDIAN = QT_TRANSLATE_NOOP("ReturnDocuments", "Guardian and phone")
KIND = QT_TRANSLATE_NOOP("ReturnDocuments", "Type")
REASON = QT_TRANSLATE_NOOP("ReturnDocuments", "Reason category")
START = QT_TRANSLATE_NOOP("ReturnDocuments", "From")
END = QT_TRANSLATE_NOOP("ReturnDocuments", "Expected end")
SCHOOL_APPROVAL = QT_TRANSLATE_NOOP("ReturnDocuments", "School approval")
BUREAU_APPROVAL = QT_TRANSLATE_NOOP("ReturnDocuments", "Bureau approval")
APPROVED = QT_TRANSLATE_NOOP("ReturnDocuments", "{day} {who}")
APPLIED = QT_TRANSLATE_NOOP("ReturnDocuments", "Applied on")
LATE = QT_TRANSLATE_NOOP("ReturnDocuments", "later than 15 days before the leave ends")
ON_TIME = QT_TRANSLATE_NOOP("ReturnDocuments", "in time")
TIMING = QT_TRANSLATE_NOOP("ReturnDocuments", "Timing")
DOCUMENTS = QT_TRANSLATE_NOOP("ReturnDocuments", "Documents checked")
MEETING_ON = QT_TRANSLATE_NOOP("ReturnDocuments", "Date")
PEOPLE = QT_TRANSLATE_NOOP("ReturnDocuments", "Participants")
CONCLUSION = QT_TRANSLATE_NOOP("ReturnDocuments", "Conclusion")
REASSESS = QT_TRANSLATE_NOOP("ReturnDocuments", "Re-assessment on")
NOTES = QT_TRANSLATE_NOOP("ReturnDocuments", "Assessment")
PARENT = QT_TRANSLATE_NOOP("ReturnDocuments", "Parent or guardian")
COUNSELOR = QT_TRANSLATE_NOOP("ReturnDocuments", "Counselor")
HEAD_TEACHER = QT_TRANSLATE_NOOP("ReturnDocuments", "Head teacher")
LEADER = QT_TRANSLATE_NOOP("ReturnDocuments", "School leader")
RETURNED = QT_TRANSLATE_NOOP("ReturnDocuments", "Back at school on")
UNTIL = QT_TRANSLATE_NOOP("ReturnDocuments", "Support until")
WHAT = QT_TRANSLATE_NOOP("ReturnDocuments", "Support")
TYPE = QT_TRANSLATE_NOOP("ReturnDocuments", "Kind")
OWNER = QT_TRANSLATE_NOOP("ReturnDocuments", "Who")
FREQUENCY = QT_TRANSLATE_NOOP("ReturnDocuments", "How often")
SEQ = QT_TRANSLATE_NOOP("ReturnDocuments", "No.")
CALL = QT_TRANSLATE_NOOP("ReturnDocuments", "Call the counselor at once when the student's mood or behaviour worries "
                                            "you, or when the student misses school without a reason.")
KEEP_SAFE = QT_TRANSLATE_NOOP("ReturnDocuments", "For the head teacher's work only: keep it locked away and do not "
                                                 "tell other students or anyone not involved.")
RECEIVED = QT_TRANSLATE_NOOP("ReturnDocuments", "Received by the head teacher")
HANDED = QT_TRANSLATE_NOOP("ReturnDocuments", "Handed over by the counselor")
NONE = "—"


@dataclass(frozen=True)
class ReturnForm:
    school_name: str
    unit_name: str
    number: str
    name: str
    gender: str
    klass: str
    student_no: str
    guardian: str
    kind: str
    reason: str
    start_on: str
    expected_end: str
    school_approval: str
    bureau_approval: str
    applied_on: str
    late: bool | None
    documents: tuple[str, ...]
    checked: tuple[str, ...]
    meeting_on: str
    people: str
    conclusions: tuple[str, ...]
    conclusion: str
    reassess_on: str
    notes: str
    printed_at: datetime
    # the meetings before the latest, in order: (date, participants, conclusion, re-assessment date, assessment)
    earlier: tuple[tuple[str, str, str, str, str], ...] = ()


@dataclass(frozen=True)
class SupportSheet:
    school_name: str
    unit_name: str
    number: str
    name: str
    klass: str
    returned_on: str
    until: str
    lines: tuple[tuple[str, str, str, str], ...]   # (kind, what, who, how often)
    counselor: str
    printed_at: datetime


def _heading(st, text: str):
    from reportlab.platypus import Paragraph

    return Paragraph(escape(text), st.heading)


def _grid(st, fields: list) -> object:
    """A label-value grid whose labels are not broken inside a word: the labels wrap anywhere (Chinese wrapping), so
    the label column is as wide as the longest label (English "Reason category" broke as "Reason catego" / "ry"),
    at least the toolkit's width and at most 42 mm."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    widest = max((stringWidth(field.label, st.label.fontName, st.label.fontSize) for field in fields), default=0)
    return kit.label_value_grid(st, fields, label_width=min(42 * kit.MM, max(28 * kit.MM, widest + 12)))   # padding


def _meetings(st, f: ReturnForm, tr) -> list:
    """The meeting section: the latest meeting's grid (blank to fill by hand before any); with earlier meetings,
    first their table marked as earlier, then the latest under its sub-heading, kept on one page with it."""
    from reportlab.platypus import KeepTogether, Paragraph, Spacer

    latest = _grid(st, [
        kit.Field(tr(MEETING_ON), f.meeting_on or NONE), kit.Field(tr(REASSESS), f.reassess_on or NONE),
        kit.Field(tr(PEOPLE), f.people or "", wide=True),
        kit.Field(tr(CONCLUSION), kit.CheckList(st, list(f.conclusions), {f.conclusion} if f.conclusion else set()),
                  wide=True),
        kit.Field(tr(NOTES), f.notes, wide=True, height=14 * kit.MM)])
    if not f.earlier:
        return [_heading(st, tr(SECTION_MEETING)), latest]
    n = len(f.earlier) + 1
    columns = [kit.Column(tr(SEQ), fixed=11 * kit.MM, align="center"), kit.Column(tr(MEETING_ON), fixed=22 * kit.MM),
               kit.Column(tr(PEOPLE), weight=1.3), kit.Column(tr(CONCLUSION), fixed=31 * kit.MM),
               kit.Column(tr(REASSESS), fixed=30 * kit.MM), kit.Column(tr(NOTES), weight=2)]
    rows = [(str(i), day, people or NONE, conclusion, reassess or NONE, notes or NONE)
            for i, (day, people, conclusion, reassess, notes) in enumerate(f.earlier, 1)]
    return [_heading(st, tr(SECTION_MEETINGS).format(count=n)), Paragraph(escape(tr(EARLIER)), st.label),
            Spacer(1, 1 * kit.MM), kit.data_table(st, columns, rows, zebra=False), Spacer(1, 2 * kit.MM),
            KeepTogether([Paragraph(escape(tr(DECISION).format(n=n)), st.label), Spacer(1, 1 * kit.MM), latest])]


def build_return_form(f: ReturnForm, *, tr=kit.identity, font_path: str | None = None) -> bytes:
    from reportlab.platypus import Spacer

    def story(st):
        timing = NONE if f.late is None else tr(LATE) if f.late else tr(ON_TIME)
        return [
            *kit.title_block(st, tr(FORM_TITLE), tr(NUMBER).format(number=f.number), tr=tr),
            _heading(st, tr(SECTION_STUDENT)),
            _grid(st, [kit.Field(tr(NAME), f.name), kit.Field(tr(GENDER), f.gender or NONE),
                                      kit.Field(tr(CLASS), f.klass or NONE), kit.Field(tr(STUDENT_NO), f.student_no),
                                      kit.Field(tr(GUARDIAN), f.guardian or NONE, wide=True)]),
            _heading(st, tr(SECTION_LEAVE)),
            _grid(st, [kit.Field(tr(KIND), f.kind), kit.Field(tr(REASON), f.reason),
                                      kit.Field(tr(START), f.start_on), kit.Field(tr(END), f.expected_end),
                                      kit.Field(tr(SCHOOL_APPROVAL), f.school_approval or NONE),
                                      kit.Field(tr(BUREAU_APPROVAL), f.bureau_approval or NONE)]),
            _heading(st, tr(SECTION_APPLICATION)),
            _grid(st, [kit.Field(tr(APPLIED), f.applied_on or NONE), kit.Field(tr(TIMING), timing),
                                      kit.Field(tr(DOCUMENTS), kit.CheckList(st, list(f.documents), set(f.checked)),
                                                wide=True)]),
            *_meetings(st, f, tr),
            Spacer(1, 3 * kit.MM),
            kit.signature_block(st, [kit.Signer(tr(PARENT)), kit.Signer(tr(COUNSELOR)), kit.Signer(tr(HEAD_TEACHER)),
                                     kit.Signer(tr(LEADER))], tr=tr, per_row=2),
            *kit.seal_place(st, f.school_name, tr=tr)[1:],
        ]

    header = kit.PageHeader(f.school_name, tr(FORM_TITLE), f.unit_name, f.printed_at)
    return kit.build_pdf(header, story, tr=tr, font_path=font_path)


def build_support_sheet(f: SupportSheet, *, tr=kit.identity, font_path: str | None = None) -> bytes:
    from reportlab.platypus import Paragraph, Spacer

    def story(st):
        columns = [kit.Column(tr(SEQ), fixed=11 * kit.MM, align="center"), kit.Column(tr(TYPE), weight=1.2),
                   kit.Column(tr(WHAT), weight=2.4), kit.Column(tr(OWNER), weight=1.2),
                   kit.Column(tr(FREQUENCY), weight=1)]
        rows = [(str(n), *line) for n, line in enumerate(f.lines, 1)]
        return [
            *kit.title_block(st, tr(SUPPORT_TITLE), tr(NUMBER).format(number=f.number), tr=tr),
            _grid(st, [kit.Field(tr(NAME), f.name), kit.Field(tr(CLASS), f.klass or NONE),
                                      kit.Field(tr(RETURNED), f.returned_on), kit.Field(tr(UNTIL), f.until)]),
            Spacer(1, 4 * kit.MM), kit.data_table(st, columns, rows), Spacer(1, 4 * kit.MM),
            Paragraph(escape(tr(CALL)), st.body), Spacer(1, 2 * kit.MM), Paragraph(escape(tr(KEEP_SAFE)), st.small),
            Spacer(1, 8 * kit.MM),
            # one signer a row: "心理教师交接 <name>（签字）：" wrapped in half a line, its bracket cut from 签字
            kit.signature_block(st, [kit.Signer(tr(RECEIVED)), kit.Signer(tr(HANDED), f.counselor)], tr=tr,
                                per_row=1),
        ]

    header = kit.PageHeader(f.school_name, tr(SUPPORT_TITLE), f.unit_name, f.printed_at)
    return kit.build_pdf(header, story, tr=tr, font_path=font_path)
