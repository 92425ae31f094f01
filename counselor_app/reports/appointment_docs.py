"""The appointments' printouts, on the documents toolkit:

- the appointment slip (预约单) for the student or the head teacher: name, class, time, place, counselor — never the
  reason or anything clinical (a torn-off copy stays with the office);
- a counselor's week schedule (一周预约安排): the week's appointments, names and times only;
- the consent form (心理辅导知情同意书), filled with the student's and the guardian's names and the office's rules.

Input: plain data the services read (services/appointment_documents.py); no database, no Qt.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from counselor_app.domain.errors import QT_TRANSLATE_NOOP
from counselor_app.reports.pdf_base import PageHeader, Styles, Translate, build_pdf, identity

SLIP = QT_TRANSLATE_NOOP("AppointmentDocs", "Counseling appointment slip")
STUDENT = QT_TRANSLATE_NOOP("AppointmentDocs", "Student")
CLASS = QT_TRANSLATE_NOOP("AppointmentDocs", "Class")
TIME = QT_TRANSLATE_NOOP("AppointmentDocs", "Time")
PLACE = QT_TRANSLATE_NOOP("AppointmentDocs", "Place")
COUNSELOR = QT_TRANSLATE_NOOP("AppointmentDocs", "Counselor")
KIND = QT_TRANSLATE_NOOP("AppointmentDocs", "Kind")
SLIP_NOTE = QT_TRANSLATE_NOOP("AppointmentDocs", "Please come on time. If you cannot come, tell the counseling office "
                                                 "at least {hours} hours before; coming more than {minutes} minutes "
                                                 "late counts as a missed appointment.")
SLIP_TEACHER = QT_TRANSLATE_NOOP("AppointmentDocs", "For the head teacher: please let the student leave for this "
                                                    "time. The content of counseling is confidential.")
OFFICE_COPY = QT_TRANSLATE_NOOP("AppointmentDocs", "Office copy")
WEEK = QT_TRANSLATE_NOOP("AppointmentDocs", "Week schedule of appointments")
WEEK_OF = QT_TRANSLATE_NOOP("AppointmentDocs", "{counselor} · {start} to {end}")
DAY = QT_TRANSLATE_NOOP("AppointmentDocs", "Date")
STUDENTS = QT_TRANSLATE_NOOP("AppointmentDocs", "Students")
STATE = QT_TRANSLATE_NOOP("AppointmentDocs", "State")
NO_APPOINTMENTS = QT_TRANSLATE_NOOP("AppointmentDocs", "No appointment this week.")
CONSENT = QT_TRANSLATE_NOOP("AppointmentDocs", "Informed consent to psychological counseling")
GUARDIAN = QT_TRANSLATE_NOOP("AppointmentDocs", "Guardian")
CONSENT_INTRO = QT_TRANSLATE_NOOP(
    "AppointmentDocs", "The school's counseling office offers {student} psychological counseling. Please read the "
    "following and sign to agree.")
CONSENT_RULES = (
    QT_TRANSLATE_NOOP("AppointmentDocs", "A session lasts about {minutes} minutes, usually once a week; at most "
                                         "{cap} sessions a semester."),
    QT_TRANSLATE_NOOP("AppointmentDocs", "Cancel at least {hours} hours ahead. Coming more than {late} minutes late "
                                         "counts as a missed session; after {misses} missed sessions without an "
                                         "excuse the student goes back to the waiting list."),
    QT_TRANSLATE_NOOP("AppointmentDocs", "What is said in counseling is confidential. Exceptions: a serious danger "
                                         "to the student or to others, a duty under the law, and supervision of the "
                                         "counselor without names."),
    QT_TRANSLATE_NOOP("AppointmentDocs", "The counselor keeps a confidential record of each session, open only to "
                                         "the counselor and the head of the counseling office."),
    QT_TRANSLATE_NOOP("AppointmentDocs", "The student may end counseling at any time."),
)
UNDER_14 = QT_TRANSLATE_NOOP("AppointmentDocs", "The student is under 14: a guardian's consent is required.")
AGREE = QT_TRANSLATE_NOOP("AppointmentDocs", "I have read the above and agree.")
SIGN_STUDENT = QT_TRANSLATE_NOOP("AppointmentDocs", "Student")
SIGN_GUARDIAN = QT_TRANSLATE_NOOP("AppointmentDocs", "Guardian")
SIGN_COUNSELOR = QT_TRANSLATE_NOOP("AppointmentDocs", "Counselor")
NONE = "—"


@dataclass(frozen=True)
class Slip:
    school_name: str
    unit_name: str
    printed_at: datetime
    student: str              # 张三（2026070101）; a group: one slip per student
    klass: str
    when: str                 # 2026-11-24 周二 12:10–12:50
    place: str
    counselor: str
    kind: str
    late_cancel_hours: int
    late_minutes: int


@dataclass(frozen=True)
class WeekLine:
    day: str
    time: str
    students: str
    kind: str
    place: str
    state: str


@dataclass(frozen=True)
class WeekSchedule:
    school_name: str
    unit_name: str
    printed_at: datetime
    counselor: str
    start: str
    end: str
    lines: list[WeekLine] = field(default_factory=list)


@dataclass(frozen=True)
class Consent:
    school_name: str
    unit_name: str
    printed_at: datetime
    student: str
    klass: str
    guardian: str
    under_14: bool
    minutes: int
    cap: int
    late_cancel_hours: int
    late_minutes: int
    misses: int


def build_slips(slips: list[Slip], *, tr: Translate = identity, font_path: str | None = None) -> bytes:
    """One slip per student, with the office's copy under a tear-off line."""
    from reportlab.platypus import PageBreak, Paragraph, Spacer

    from counselor_app.reports import toolkit as kit

    def story(st: Styles):
        out = []
        for n, s in enumerate(slips):
            fields = [kit.Field(tr(STUDENT), s.student), kit.Field(tr(CLASS), s.klass or NONE),
                      kit.Field(tr(TIME), s.when), kit.Field(tr(PLACE), s.place),
                      kit.Field(tr(COUNSELOR), s.counselor), kit.Field(tr(KIND), s.kind)]
            out += [*kit.title_block(st, tr(SLIP), tr=tr), kit.label_value_grid(st, fields), Spacer(1, 4 * kit.MM),
                    Paragraph(tr(SLIP_NOTE).format(hours=s.late_cancel_hours, minutes=s.late_minutes), st.body),
                    Paragraph(tr(SLIP_TEACHER), st.small), Spacer(1, 10 * kit.MM),
                    Paragraph(tr(OFFICE_COPY), st.heading),
                    kit.label_value_grid(st, fields[:4])]
            if n < len(slips) - 1:
                out.append(PageBreak())
        return out

    first = slips[0]
    header = PageHeader(first.school_name, tr(SLIP), first.unit_name, first.printed_at, confidential=False)
    return build_pdf(header, story, tr=tr, font_path=font_path, metadata_title=tr(SLIP))


def build_week(week: WeekSchedule, *, tr: Translate = identity, font_path: str | None = None) -> bytes:
    from reportlab.platypus import Paragraph, Spacer

    from counselor_app.reports import toolkit as kit

    columns = [kit.Column(tr(DAY), fixed=30 * kit.MM), kit.Column(tr(TIME), fixed=24 * kit.MM),
               kit.Column(tr(STUDENTS), weight=2), kit.Column(tr(KIND), fixed=22 * kit.MM),
               kit.Column(tr(PLACE), weight=1), kit.Column(tr(STATE), fixed=20 * kit.MM)]
    rows = [[x.day, x.time, x.students, x.kind, x.place, x.state] for x in week.lines]

    def story(st: Styles):
        return [*kit.title_block(st, tr(WEEK), tr=tr),
                Paragraph(tr(WEEK_OF).format(counselor=week.counselor, start=week.start, end=week.end), st.center),
                Spacer(1, 4 * kit.MM), kit.data_table(st, columns, rows, empty_text=tr(NO_APPOINTMENTS))]

    header = PageHeader(week.school_name, tr(WEEK), week.unit_name, week.printed_at, confidential=True)
    return build_pdf(header, story, tr=tr, font_path=font_path, metadata_title=tr(WEEK))


def build_consent(c: Consent, *, tr: Translate = identity, font_path: str | None = None) -> bytes:
    from reportlab.platypus import Paragraph, Spacer

    from counselor_app.reports import toolkit as kit

    values = dict(minutes=c.minutes, cap=c.cap, hours=c.late_cancel_hours, late=c.late_minutes, misses=c.misses)

    def story(st: Styles):
        out = [*kit.title_block(st, tr(CONSENT), tr=tr),
               kit.label_value_grid(st, [kit.Field(tr(STUDENT), c.student), kit.Field(tr(CLASS), c.klass or NONE),
                                         kit.Field(tr(GUARDIAN), c.guardian or NONE)]),
               Spacer(1, 4 * kit.MM), Paragraph(tr(CONSENT_INTRO).format(student=c.student), st.body)]
        for n, rule in enumerate(CONSENT_RULES, 1):
            out.append(Paragraph(f"{n}. " + tr(rule).format(**values), st.body))
        if c.under_14:
            out.append(Paragraph(tr(UNDER_14), st.body))
        out += [Spacer(1, 4 * kit.MM), Paragraph(tr(AGREE), st.body), Spacer(1, 8 * kit.MM),
                kit.signature_block(st, [kit.Signer(tr(SIGN_STUDENT), c.student.split("（")[0]),
                                         kit.Signer(tr(SIGN_GUARDIAN), c.guardian.split("（")[0] if c.guardian else ""),
                                         kit.Signer(tr(SIGN_COUNSELOR))], tr=tr)]
        return out

    header = PageHeader(c.school_name, tr(CONSENT), c.unit_name, c.printed_at, confidential=True)
    return build_pdf(header, story, tr=tr, font_path=font_path, metadata_title=tr(CONSENT))
