"""The one-page recovery-key sheet (恢复密钥), printed once at set-up and sealed in the office safe."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from xml.sax.saxutils import escape

from counselor_app.domain.errors import QT_TRANSLATE_NOOP
from counselor_app.reports.pdf_base import PageHeader, Styles, Translate, build_pdf, identity

TITLE = QT_TRANSLATE_NOOP("RecoverySheet", "Recovery key")
INTRO = QT_TRANSLATE_NOOP(
    "RecoverySheet", "This is the recovery key of the counseling office's encrypted records at {school}, "
                     "created on {date}.")
KEY_LABEL = QT_TRANSLATE_NOOP("RecoverySheet", "Recovery key")
WHAT_HEADING = QT_TRANSLATE_NOOP("RecoverySheet", "What it is for")
WHAT = QT_TRANSLATE_NOOP(
    "RecoverySheet", "When every password of the office is forgotten, this key sets a new password for any "
                     "account (\u201cForgot password\u201d in the login window). It also opens the database with "
                     "standard SQLCipher tools, so the records never depend on one program.")
KEEP_HEADING = QT_TRANSLATE_NOOP("RecoverySheet", "Where to keep it")
KEEP = QT_TRANSLATE_NOOP(
    "RecoverySheet", "Seal this page in an envelope, sign across the seal, and keep it in the office safe. "
                     "Do not photograph, scan, copy or store it on a computer. Whoever holds this key can read "
                     "every record of the office, including counseling notes about children.")
SEAL_HEADING = QT_TRANSLATE_NOOP("RecoverySheet", "Sealing record")
SEALED_BY = QT_TRANSLATE_NOOP("RecoverySheet", "Sealed by (signature)")
WITNESS = QT_TRANSLATE_NOOP("RecoverySheet", "Witness (signature)")
DATE = QT_TRANSLATE_NOOP("RecoverySheet", "Date")
GROUP = QT_TRANSLATE_NOOP("RecoverySheet", "Group {n}")


@dataclass(frozen=True)
class RecoverySheet:
    school_name: str
    unit_name: str
    recovery_key: str
    created_at: datetime


def build_recovery_sheet(sheet: RecoverySheet, *, tr: Translate = identity, font_path: str | None = None) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    def story(st: Styles):
        date = sheet.created_at.strftime("%Y-%m-%d")
        groups = sheet.recovery_key.split("-")
        key_style = st.center.clone("key", fontSize=17, leading=22)
        number_style = st.small.clone("groupNo", alignment=1, leading=11)

        def cell(i: int):
            return [Paragraph(escape(tr(GROUP).format(n=i + 1)), number_style), Paragraph(escape(groups[i]), key_style)]

        key_table = Table([[cell(i) for i in range(4)], [cell(i) for i in range(4, 8)]],
                          colWidths=[40 * mm] * 4, rowHeights=[17 * mm] * 2)
        key_table.setStyle(TableStyle([
            ("BOX", (0, 0), (-1, -1), 1.2, colors.black),
            ("INNERGRID", (0, 0), (-1, -1), 0.5, colors.grey),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ]))
        sign = Table([[Paragraph(escape(tr(SEALED_BY)), st.body), "", Paragraph(escape(tr(DATE)), st.body), ""],
                      [Paragraph(escape(tr(WITNESS)), st.body), "", Paragraph(escape(tr(DATE)), st.body), ""]],
                     colWidths=[38 * mm, 60 * mm, 20 * mm, 52 * mm], rowHeights=[14 * mm] * 2)
        sign.setStyle(TableStyle([
            ("LINEBELOW", (1, 0), (1, -1), 0.6, colors.black),
            ("LINEBELOW", (3, 0), (3, -1), 0.6, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ]))
        heading = [Paragraph(escape(sheet.school_name), st.center)]
        if sheet.unit_name and sheet.unit_name != sheet.school_name:
            heading.append(Paragraph(escape(sheet.unit_name), st.center))
        return [
            *heading,
            Paragraph(escape(tr(TITLE)), st.title),
            Paragraph(escape(tr(INTRO).format(school=sheet.school_name, date=date)), st.body),
            Spacer(1, 6 * mm),
            Paragraph(escape(tr(KEY_LABEL)), st.heading),
            key_table,
            Spacer(1, 4 * mm),
            Paragraph(escape(tr(WHAT_HEADING)), st.heading),
            Paragraph(escape(tr(WHAT)), st.body),
            Paragraph(escape(tr(KEEP_HEADING)), st.heading),
            Paragraph(escape(tr(KEEP)), st.body),
            Spacer(1, 4 * mm),
            Paragraph(escape(tr(SEAL_HEADING)), st.heading),
            sign,
        ]

    header = PageHeader(sheet.school_name, tr(TITLE), sheet.unit_name, sheet.created_at)
    return build_pdf(header, story, tr=tr, font_path=font_path, metadata_title=tr(TITLE))
