"""One student's access report (学生档案访问记录报告): who saw or changed which of the student's records, and when.

The office keeps it as evidence for its yearly compliance review (FORMS.md, privacy rules). Input: plain rows the
service put into words already (services/audit_view.py); this module lays them out with the documents toolkit.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from xml.sax.saxutils import escape

from counselor_app.domain.errors import QT_TRANSLATE_NOOP
from counselor_app.reports.pdf_base import PageHeader, Styles, Translate, build_pdf, identity

TITLE = QT_TRANSLATE_NOOP("AccessReport", "Student record access report")
STUDENT = QT_TRANSLATE_NOOP("AccessReport", "Student")
NUMBER = QT_TRANSLATE_NOOP("AccessReport", "Student number")
CLASS = QT_TRANSLATE_NOOP("AccessReport", "Class")
STATUS = QT_TRANSLATE_NOOP("AccessReport", "Status")
PERIOD = QT_TRANSLATE_NOOP("AccessReport", "Period")
PERIOD_VALUE = QT_TRANSLATE_NOOP("AccessReport", "{since} to {until}")
MADE_BY = QT_TRANSLATE_NOOP("AccessReport", "Made by")
MADE_AT = QT_TRANSLATE_NOOP("AccessReport", "Made at")
INTRO = QT_TRANSLATE_NOOP(
    "AccessReport", "This report lists what the office's audit trail recorded about this student in the period: "
                    "every view, change, print and export of the student's records, and every refused attempt, "
                    "with who did it and when. The audit trail is append-only and hash-chained; the numbers in "
                    "the first column are its entry numbers, which the audit trail page shows as well.")
ENTRIES_HEADING = QT_TRANSLATE_NOOP("AccessReport", "1. Actions on this student's records ({count})")
NO_ENTRIES = QT_TRANSLATE_NOOP("AccessReport", "Nothing was recorded about this student in the period.")
TRUNCATED = QT_TRANSLATE_NOOP("AccessReport", "Only the newest {count} entries are listed; choose a shorter period "
                                              "for the others.")
NO = QT_TRANSLATE_NOOP("AccessReport", "No.")
TIME = QT_TRANSLATE_NOOP("AccessReport", "Time")
USER = QT_TRANSLATE_NOOP("AccessReport", "User")
ACTION = QT_TRANSLATE_NOOP("AccessReport", "Action")
OUTCOME = QT_TRANSLATE_NOOP("AccessReport", "Outcome")
DETAIL = QT_TRANSLATE_NOOP("AccessReport", "Detail")
BULK_HEADING = QT_TRANSLATE_NOOP("AccessReport", "2. Lists and exports of the whole register")
BULK_INTRO = QT_TRANSLATE_NOOP(
    "AccessReport", "These actions showed or wrote many students at once (the student list, roster exports and "
                    "imports, the year rollover); this student's register entry may have been among them. "
                    "They are counted per person.")
NO_BULK = QT_TRANSLATE_NOOP("AccessReport", "None in the period.")
TIMES = QT_TRANSLATE_NOOP("AccessReport", "Times")
FIRST = QT_TRANSLATE_NOOP("AccessReport", "First")
LAST = QT_TRANSLATE_NOOP("AccessReport", "Last")
CHECKED_BY = QT_TRANSLATE_NOOP("AccessReport", "Checked by")


@dataclass(frozen=True)
class AccessEntry:
    number: int      # the audit entry's number
    at: str          # local time, as text
    user: str
    action: str
    outcome: str
    detail: str


@dataclass(frozen=True)
class BulkEntry:
    user: str
    action: str
    count: int
    first: str
    last: str


@dataclass(frozen=True)
class AccessReport:
    school_name: str
    unit_name: str
    student_name: str
    student_no: str
    class_name: str
    status: str
    since: date
    until: date
    made_by: str
    made_at: datetime
    entries: list[AccessEntry] = field(default_factory=list)
    bulk: list[BulkEntry] = field(default_factory=list)
    truncated: bool = False


def build_access_report(report: AccessReport, *, tr: Translate = identity, font_path: str | None = None) -> bytes:
    from reportlab.platypus import Paragraph, Spacer

    from counselor_app.reports import toolkit as kit

    entry_columns = [kit.Column(tr(NO), fixed=13 * kit.MM, align="right"), kit.Column(tr(TIME), fixed=36 * kit.MM),
                     kit.Column(tr(USER), weight=1.1), kit.Column(tr(ACTION), weight=1.9),
                     kit.Column(tr(OUTCOME), fixed=15 * kit.MM, align="center"), kit.Column(tr(DETAIL), weight=2)]
    bulk_columns = [kit.Column(tr(USER), weight=1), kit.Column(tr(ACTION), weight=1.6),
                    kit.Column(tr(TIMES), fixed=15 * kit.MM, align="right"), kit.Column(tr(FIRST), fixed=36 * kit.MM),
                    kit.Column(tr(LAST), fixed=36 * kit.MM)]

    def story(st: Styles):
        period = tr(PERIOD_VALUE).format(since=report.since.isoformat(), until=report.until.isoformat())
        facts = kit.label_value_grid(st, [
            kit.Field(tr(STUDENT), report.student_name), kit.Field(tr(NUMBER), report.student_no),
            kit.Field(tr(CLASS), report.class_name or "—"), kit.Field(tr(STATUS), report.status),
            kit.Field(tr(PERIOD), period, wide=True),
            kit.Field(tr(MADE_BY), report.made_by), kit.Field(tr(MADE_AT), report.made_at.strftime("%Y-%m-%d %H:%M")),
        ])
        parts = [*kit.title_block(st, tr(TITLE), tr=tr), facts, Spacer(1, 3 * kit.MM),
                 Paragraph(escape(tr(INTRO)), st.small),
                 Paragraph(escape(tr(ENTRIES_HEADING).format(count=len(report.entries))), st.heading)]
        if report.truncated:
            parts.append(Paragraph(escape(tr(TRUNCATED).format(count=len(report.entries))), st.small))
        parts.append(kit.data_table(st, entry_columns, [[str(e.number), e.at, e.user, e.action, e.outcome, e.detail]
                                                        for e in report.entries], empty_text=tr(NO_ENTRIES)))
        parts += [Paragraph(escape(tr(BULK_HEADING)), st.heading), Paragraph(escape(tr(BULK_INTRO)), st.small),
                  Spacer(1, 2 * kit.MM),
                  kit.data_table(st, bulk_columns, [[b.user, b.action, str(b.count), b.first, b.last]
                                                    for b in report.bulk], empty_text=tr(NO_BULK)),
                  Spacer(1, 8 * kit.MM),
                  kit.signature_block(st, [kit.Signer(tr(CHECKED_BY))], tr=tr)]
        return parts

    header = PageHeader(report.school_name, tr(TITLE), report.unit_name, report.made_at)
    return build_pdf(header, story, tr=tr, font_path=font_path, metadata_title=tr(TITLE))
