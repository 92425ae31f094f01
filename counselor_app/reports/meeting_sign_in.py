"""The sign-in sheet (签到表) of a review meeting, printed before it: the meeting's facts, everyone invited with a box
to sign and the time of arrival, and blank rows for those who come without an invitation.

Input: a :class:`services.meetings_minutes.Minutes` holding the meeting and its attendees only (no student: the
sheet lies on the table at the door); read duck-typed, as in reports/meeting_minutes.py.
"""
from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from counselor_app.domain.errors import QT_TRANSLATE_NOOP
from counselor_app.reports.meeting_minutes import NAME, ROLE_AT, SEQ, meeting_fields, role_words
from counselor_app.reports.page_marks import rows_whole
from counselor_app.reports.pdf_base import PageHeader, Styles, Translate, build_pdf, identity

if TYPE_CHECKING:
    from counselor_app.services.meetings_minutes import Minutes

TITLE = QT_TRANSLATE_NOOP("MeetingSignIn",
                          "{grade} review meeting on students' mental state: sign-in sheet ({month}/{year})")
WALK_INS_NOTE = QT_TRANSLATE_NOOP("MeetingSignIn", "Attending without an invitation: write your name and role below.")
ROLE = QT_TRANSLATE_NOOP("MeetingSignIn", "Role or organisation")
REMARKS = QT_TRANSLATE_NOOP("MeetingSignIn", "Remarks")
SIGNATURE = QT_TRANSLATE_NOOP("MeetingSignIn", "Signature")
NO_INVITED = QT_TRANSLATE_NOOP("MeetingSignIn", "Nobody has been invited yet.")
SHOULD = QT_TRANSLATE_NOOP("MeetingSignIn", "Invited: {count}   Present: _____   Absent: _____")
CHECKED_BY = QT_TRANSLATE_NOOP("MeetingSignIn", "Checked by the minute-taker {name}: ____________")
WALK_IN_ROWS = 5


def build_sign_in(m: "Minutes", *, tr: Translate = identity, font_path: str | None = None,
                  printed_at: datetime | None = None, walk_in_rows: int = WALK_IN_ROWS) -> bytes:
    from reportlab.platypus import Paragraph, Spacer
    from xml.sax.saxutils import escape

    from counselor_app.reports import toolkit as kit

    title = tr(TITLE).format(grade=m.meeting.grade, year=m.meeting.year, month=m.meeting.month_number)
    columns = [kit.Column(tr(SEQ), fixed=11 * kit.MM, align="center"), kit.Column(tr(NAME), fixed=30 * kit.MM),
               kit.Column(tr(ROLE), weight=1.2), kit.Column(tr(SIGNATURE), weight=1),
               kit.Column(tr(REMARKS), fixed=28 * kit.MM)]

    def role(a) -> str:
        words = role_words(m, a.role, tr)
        return tr(ROLE_AT).format(role=words, organisation=a.organisation) if a.organisation else words

    invited = [[str(n), a.name, role(a), "", ""] for n, a in enumerate(m.attendees, 1)]
    walk_ins = [tr(WALK_INS_NOTE), "", "", "", ""]
    blank = [[str(n), "", "", "", ""] for n in range(len(invited) + 1, len(invited) + 1 + walk_in_rows)]

    def story(st: Styles):
        from reportlab.lib import colors

        table = kit.data_table(st, columns, invited + [walk_ins] + blank, zebra=False)
        split = len(invited) + 1            # the walk-ins' line, under the header row
        table.setStyle([("TOPPADDING", (0, 1), (-1, -1), 7), ("BOTTOMPADDING", (0, 1), (-1, -1), 8),
                        ("SPAN", (0, split), (-1, split)), ("BACKGROUND", (0, split), (-1, split), colors.HexColor(
                            "#f4f4f4")), ("TOPPADDING", (0, split), (-1, split), 3),
                        ("BOTTOMPADDING", (0, split), (-1, split), 4)])
        return [Paragraph(escape(title), st.title),
                *([Paragraph(escape(m.meeting.name), st.center)] if m.meeting.name else []), Spacer(1, 2 * kit.MM),
                kit.label_value_grid(st, meeting_fields(m, tr, state=False)), Spacer(1, 4 * kit.MM),
                rows_whole(table), Spacer(1, 3 * kit.MM),
                _closing(st, tr(SHOULD).format(count=len(invited)),
                         tr(CHECKED_BY).format(name=m.meeting.recorder).replace("  ", " "))]

    header = PageHeader(m.header.school_name, title, m.header.unit_name, printed_at or datetime.now(),
                        confidential=False)
    return build_pdf(header, story, tr=tr, font_path=font_path, metadata_title=title)


def _closing(st: Styles, counts: str, checked: str):
    """The counts and the minute-taker's check on one line; plain strings, so that the blanks stay blanks."""
    from reportlab.platypus import Table, TableStyle

    from counselor_app.reports.pdf_base import CONTENT_WIDTH

    row = Table([[counts, checked]], colWidths=[CONTENT_WIDTH * 0.5] * 2)
    row.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), st.family, st.value.fontSize),
                             ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                             ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                             ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return row
