"""The referral form (转介单) with its tear-off receipt (回执) on one A4 page, and the registers of referrals out
(转介出登记表) and of receipts back (转介返回登记表).

The form goes to the hospital with the family: the student's and guardian's facts, the urgency, the hospital and
department (green channel), the reason and what was observed, a screening summary (never item answers), what the
school did, the parents' decision, the four signature lines and the school's seal. Under the dashed cut line the
receipt, with the referral's number so it can be matched when it comes back; it never asks for a diagnosis.
Long texts are cut to keep the page whole (the full text stays in the office's record).

Input: plain data the service read (services/referral_documents.py), codes already in words.
"""
from __future__ import annotations

import copy
from dataclasses import dataclass
from datetime import datetime
from xml.sax.saxutils import escape

from counselor_app.domain.errors import QT_TRANSLATE_NOOP
from counselor_app.reports import toolkit as kit
from counselor_app.reports.pdf_base import LANDSCAPE_CONTENT_WIDTH

FORM_TITLE = QT_TRANSLATE_NOOP("ReferralDocuments", "Student mental health referral form")
RECEIPT_TITLE = QT_TRANSLATE_NOOP("ReferralDocuments", "Receipt")
RECEIPT_HEADING = QT_TRANSLATE_NOOP("ReferralDocuments", "{title} ({number})")
NUMBER = QT_TRANSLATE_NOOP("ReferralDocuments", "R {number}")
DATE = QT_TRANSLATE_NOOP("ReferralDocuments", "Date of referral")
URGENCY = QT_TRANSLATE_NOOP("ReferralDocuments", "Urgency")
NAME = QT_TRANSLATE_NOOP("ReferralDocuments", "Student")
GENDER = QT_TRANSLATE_NOOP("ReferralDocuments", "Gender")
AGE = QT_TRANSLATE_NOOP("ReferralDocuments", "Age")
AGE_VALUE = QT_TRANSLATE_NOOP("ReferralDocuments", "{age}")
CLASS = QT_TRANSLATE_NOOP("ReferralDocuments", "Class")
STUDENT_NO = QT_TRANSLATE_NOOP("ReferralDocuments", "Student number")
LEVEL = QT_TRANSLATE_NOOP("ReferralDocuments", "Risk level")
GUARDIAN = QT_TRANSLATE_NOOP("ReferralDocuments", "Guardian")
GUARDIAN_VALUE = QT_TRANSLATE_NOOP("ReferralDocuments", "{name} ({relation})")
PHONE = QT_TRANSLATE_NOOP("ReferralDocuments", "Phone")
HOSPITAL = QT_TRANSLATE_NOOP("ReferralDocuments", "Hospital")
DEPARTMENT = QT_TRANSLATE_NOOP("ReferralDocuments", "Department")
GREEN = QT_TRANSLATE_NOOP("ReferralDocuments", "Green channel")
GREEN_VALUE = QT_TRANSLATE_NOOP("ReferralDocuments", "{contact} {phone}")
ACCOMPANY = QT_TRANSLATE_NOOP("ReferralDocuments", "Accompanied by")
REASON = QT_TRANSLATE_NOOP("ReferralDocuments", "Reason and what was observed")
SCREENING = QT_TRANSLATE_NOOP("ReferralDocuments", "Screening summary")
DONE = QT_TRANSLATE_NOOP("ReferralDocuments", "What the school has done")
PARENTS = QT_TRANSLATE_NOOP("ReferralDocuments", "The parents")
REFUSAL = QT_TRANSLATE_NOOP("ReferralDocuments", "Reason of the refusal: {reason}")
PARENT = QT_TRANSLATE_NOOP("ReferralDocuments", "Parent or guardian")
COUNSELOR = QT_TRANSLATE_NOOP("ReferralDocuments", "Counselor")
HEAD_TEACHER = QT_TRANSLATE_NOOP("ReferralDocuments", "Head teacher")
LEADER = QT_TRANSLATE_NOOP("ReferralDocuments", "School leader")
VISIT_DATE = QT_TRANSLATE_NOOP("ReferralDocuments", "Date of the visit")
DOCTOR = QT_TRANSLATE_NOOP("ReferralDocuments", "Doctor (optional)")
ADVICE = QT_TRANSLATE_NOOP("ReferralDocuments", "The doctor's advice")
NEXT_VISIT = QT_TRANSLATE_NOOP("ReferralDocuments", "Next visit")
SCHOOL_ADVICE = QT_TRANSLATE_NOOP("ReferralDocuments", "Advice to the school")
RECEIPT_NOTE = QT_TRANSLATE_NOOP(
    "ReferralDocuments", "To be filled in by the family or the hospital and handed back to the school's counseling "
                         "office by {due}. No diagnosis is needed on this receipt.")
PARENT_SIGNS = QT_TRANSLATE_NOOP("ReferralDocuments", "Parent's signature")
DOCTOR_SIGNS = QT_TRANSLATE_NOOP("ReferralDocuments", "Doctor's signature or seal")
SEAL_DATE = QT_TRANSLATE_NOOP("ReferralDocuments", "Date: ____________")
RECEIPT_NUMBER = QT_TRANSLATE_NOOP("ReferralDocuments", "Referral number")
RETURNED = QT_TRANSLATE_NOOP("ReferralDocuments", "Date handed back")
CUT = "…"
NONE = "—"

OUT_TITLE = QT_TRANSLATE_NOOP("ReferralDocuments", "Register of referrals out")
BACK_TITLE = QT_TRANSLATE_NOOP("ReferralDocuments", "Register of referral receipts")
PERIOD = QT_TRANSLATE_NOOP("ReferralDocuments", "{since} to {until}")
SEQ = QT_TRANSLATE_NOOP("ReferralDocuments", "No.")
NUMBER_COL = QT_TRANSLATE_NOOP("ReferralDocuments", "Referral")
ISSUED = QT_TRANSLATE_NOOP("ReferralDocuments", "Issued")
STATE = QT_TRANSLATE_NOOP("ReferralDocuments", "State")
DUE = QT_TRANSLATE_NOOP("ReferralDocuments", "Receipt due")
RETURNED_COL = QT_TRANSLATE_NOOP("ReferralDocuments", "Receipt back")
NONE_IN_PERIOD = QT_TRANSLATE_NOOP("ReferralDocuments", "No referral in this period.")
NONE_BACK = QT_TRANSLATE_NOOP("ReferralDocuments", "No receipt came back in this period.")
COUNT = QT_TRANSLATE_NOOP("ReferralDocuments", "{count} referrals; {back} receipts back, {overdue} overdue.")


@dataclass(frozen=True)
class ReferralForm:
    school_name: str
    unit_name: str
    number: str
    issued_on: str
    urgency_options: tuple[str, ...]
    urgency: str
    name: str
    gender: str
    age: str
    klass: str
    student_no: str
    level: str
    guardian: str
    guardian_relation: str
    phone: str
    hospital: str
    department: str
    green_contact: str
    green_phone: str
    accompany_options: tuple[str, ...]
    accompany: str
    reason: str
    screening: str
    school_actions: str
    parents_options: tuple[str, ...]
    parents: str
    refusal_reason: str
    receipt_due: str
    advice_options: tuple[str, ...]
    printed_at: datetime


def _cut(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + CUT


def _compact(st: kit.Styles) -> kit.Styles:
    small = copy.copy(st)
    small.label = st.label.clone("formLabel", fontSize=9.5, leading=12.5)
    small.value = st.value.clone("formValue", fontSize=9.5, leading=12.5)
    small.title = st.title.clone("formTitle", fontSize=16, leading=21, spaceAfter=2)
    small.number = st.number.clone("formNumber", fontSize=9.5, leading=12, spaceAfter=2)
    return small


def _grid(st, fields, label_width: float = 24 * kit.MM):
    table = kit.label_value_grid(st, fields, label_width=label_width)
    table.setStyle([("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)])
    return table


def _checks(st, options, chosen, **kw):
    return kit.CheckList(st, list(options), {chosen} if chosen else set(), font_size=9.5, **kw)


def form_story(st: kit.Styles, f: ReferralForm, tr) -> list:
    from reportlab.platypus import Paragraph, Spacer

    s = _compact(st)
    if not any("\u2e80" <= ch <= "\u9fff" for ch in tr(DATE)):
        # labels in words (English): wrapped at spaces; Chinese wrapping broke "Date of refer" / "ral"
        s.label = s.label.clone("formLabelWords", wordWrap=None)
    parents = [_checks(s, f.parents_options, f.parents)]
    if f.refusal_reason:
        parents.append(Paragraph(escape(tr(REFUSAL).format(reason=_cut(f.refusal_reason, 80))), s.value))
    green = tr(GREEN_VALUE).format(contact=f.green_contact, phone=f.green_phone).strip() or NONE
    guardian = (tr(GUARDIAN_VALUE).format(name=f.guardian, relation=f.guardian_relation)
                if f.guardian and f.guardian_relation and f.guardian_relation != f.guardian else f.guardian)
    fields = [
        kit.Field(tr(DATE), f.issued_on or NONE), kit.Field(tr(LEVEL), f.level or NONE),
        kit.Field(tr(URGENCY), _checks(s, f.urgency_options, f.urgency), wide=True),
        kit.Field(tr(NAME), f.name), kit.Field(tr(GENDER), f.gender or NONE),
        kit.Field(tr(AGE), tr(AGE_VALUE).format(age=f.age) if f.age else NONE), kit.Field(tr(CLASS), f.klass or NONE),
        kit.Field(tr(STUDENT_NO), f.student_no), kit.Field(tr(PHONE), f.phone or NONE),
        kit.Field(tr(GUARDIAN), guardian or NONE, wide=True),
        kit.Field(tr(HOSPITAL), f.hospital or NONE), kit.Field(tr(DEPARTMENT), f.department or NONE),
        kit.Field(tr(GREEN), green), kit.Field(tr(ACCOMPANY), _checks(s, f.accompany_options, f.accompany)),
        kit.Field(tr(REASON), _cut(f.reason, 260), wide=True, height=13 * kit.MM),
        kit.Field(tr(SCREENING), _cut(f.screening, 110) or NONE, wide=True),
        kit.Field(tr(DONE), _cut(f.school_actions, 160) or NONE, wide=True),
        kit.Field(tr(PARENTS), parents, wide=True),
    ]
    signers = _signature_row(s, [tr(PARENT), tr(COUNSELOR), tr(HEAD_TEACHER), tr(LEADER)], tr)
    seal = Paragraph(escape(f"{kit_seal(tr, f.school_name)}　　{tr(SEAL_DATE)}"),
                     s.value.clone("seal", alignment=2, spaceBefore=4))
    receipt = [
        Paragraph(escape(tr(RECEIPT_HEADING).format(title=tr(RECEIPT_TITLE), number=tr(NUMBER).format(
            number=f.number))), s.title.clone("receiptTitle", fontSize=13, leading=17, spaceAfter=3)),
        _grid(s, [kit.Field(tr(NAME), f.name), kit.Field(tr(RECEIPT_NUMBER), tr(NUMBER).format(number=f.number)),
                  kit.Field(tr(VISIT_DATE), ""), kit.Field(tr(HOSPITAL), ""),
                  kit.Field(tr(DEPARTMENT), ""), kit.Field(tr(DOCTOR), ""),
                  kit.Field(tr(ADVICE), _checks(s, f.advice_options, "", columns=2), wide=True),
                  kit.Field(tr(NEXT_VISIT), ""), kit.Field(tr(RETURNED), ""),
                  kit.Field(tr(SCHOOL_ADVICE), "", wide=True, height=15 * kit.MM),
                  kit.Field(tr(PARENT_SIGNS), "", height=10 * kit.MM),
                  kit.Field(tr(DOCTOR_SIGNS), "", height=10 * kit.MM)], label_width=30 * kit.MM),
        Paragraph(escape(tr(RECEIPT_NOTE).format(due=f.receipt_due or NONE)), s.small),
    ]
    return [*kit.title_block(s, tr(FORM_TITLE), tr(NUMBER).format(number=f.number), tr=tr),
            _grid(s, fields), Spacer(1, 1.5 * kit.MM), signers, seal,
            _tear_off(s, receipt, tr)]


def _tear_off(st, receipt: list, tr):
    """The toolkit's cut line and receipt, with less room around the line (the whole form stays on one page)."""
    together = kit.tear_off(st, receipt, tr=tr)
    line = together._content[0]
    line.spaceBefore = line.spaceAfter = 3 * kit.MM
    return together


def _signature_row(st, roles: list[str], tr, per_row: int = 2):
    """The signers ``per_row`` a row: "家长（签字）：____" each, the line under the blank (no date line: the seal's
    date serves the form, which must stay on one page)."""
    from reportlab.lib import colors
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import Paragraph, Table, TableStyle

    from counselor_app.reports.signature import SIGNED_BY

    cell = kit.CONTENT_WIDTH / per_row
    gap = 6 * kit.MM
    rows, style = [], [("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                       ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]
    texts = [tr(SIGNED_BY).format(role=role) for role in roles]
    label_w = min(max(stringWidth(t, st.family, st.value.fontSize) for t in texts) + 3, cell * 0.6)
    widths = [label_w, cell - label_w - gap, gap] * per_row
    for i in range(0, len(texts), per_row):
        row = []
        for n, text in enumerate(texts[i:i + per_row]):
            row += [Paragraph(escape(text), st.value), "", ""]
            style.append(("LINEBELOW", (3 * n + 1, i // per_row), (3 * n + 1, i // per_row), 0.6, colors.black))
        rows.append(row + [""] * (3 * per_row - len(row)))
    table = Table(rows, colWidths=widths, rowHeights=[10 * kit.MM] * len(rows))
    table.setStyle(TableStyle(style))
    return table


def kit_seal(tr, school: str) -> str:
    from counselor_app.reports.signature import SEAL

    return tr(SEAL).format(organization=school)


def build_referral_form(f: ReferralForm, *, tr=kit.identity, font_path: str | None = None) -> bytes:
    header = kit.PageHeader(f.school_name, tr(FORM_TITLE), f.unit_name, f.printed_at)
    return kit.build_pdf(header, lambda st: form_story(st, f, tr), tr=tr, font_path=font_path)


@dataclass(frozen=True)
class Register:
    school_name: str
    unit_name: str
    title: str
    period: str
    columns: tuple[tuple[str, float, str], ...]   # (title, weight, align)
    rows: tuple[tuple[str, ...], ...]
    empty: str
    summary: str
    printed_at: datetime


def build_register(r: Register, *, tr=kit.identity, font_path: str | None = None) -> bytes:
    from reportlab.platypus import Paragraph, Spacer

    def story(st):
        cols = [kit.Column(t, weight=w, align=a) for t, w, a in r.columns]
        return [*kit.title_block(st, r.title), Paragraph(escape(r.period), st.center), Spacer(1, 3 * kit.MM),
                kit.data_table(st, cols, r.rows, width=LANDSCAPE_CONTENT_WIDTH, empty_text=r.empty),
                Spacer(1, 3 * kit.MM), Paragraph(escape(r.summary), st.small)]

    header = kit.PageHeader(r.school_name, r.title, r.unit_name, r.printed_at)
    return kit.build_pdf(header, story, tr=tr, font_path=font_path, landscape=True)
