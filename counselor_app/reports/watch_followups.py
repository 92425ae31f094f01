"""A watch-list entry's follow-up record (跟踪记录): every follow-up and parent contact of the entry in date order,
in full, each with its addenda, for the office's file (clinical text: services/watch_documents.py checks
VIEW_PLANS).

Each record is a ruled heading line (date, what, how, who) and its text as flowing paragraphs, so that a long
observation continues on the next page instead of being cut.
"""
from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import escape

from counselor_app.domain.errors import QT_TRANSLATE_NOOP
from counselor_app.reports.pdf_base import Styles, Translate, build_pdf, identity
from counselor_app.reports.watch_plan import (COUNSELOR, LIST_SEPARATOR, EntryFacts, Person, RESPONSIBLE,
                                              facts_fields, heading, page_header, people_text, title_with_mark)

TITLE = QT_TRANSLATE_NOOP("WatchDocuments", "Follow-up record of a watch-list student")
RECORDS = QT_TRANSLATE_NOOP("WatchDocuments", "Follow-ups and parent contacts ({count})")
NO_RECORDS = QT_TRANSLATE_NOOP("WatchDocuments", "Nothing has been recorded for this entry yet.")
ADDENDUM = QT_TRANSLATE_NOOP("WatchDocuments", "Addendum of {date} by {author}:")
KIND_HOW = QT_TRANSLATE_NOOP("WatchDocuments", "{kind} · {how}")
AUTHOR = QT_TRANSLATE_NOOP("WatchDocuments", "Recorded by {author}")
RATING_LINE = QT_TRANSLATE_NOOP("WatchDocuments", "Re-rating: {rating}")
CHECKED_BY = QT_TRANSLATE_NOOP("WatchDocuments", "Checked by the head of the counseling office")
FIELD_LINE = QT_TRANSLATE_NOOP("WatchDocuments", "{label}: {text}")


@dataclass(frozen=True)
class RecordItem:
    on_date: str
    kind: str                                  # 跟踪 / 家校沟通, in words
    how: str                                   # the method or the way of contact, in words
    author: str
    rating: str                                # a follow-up's re-rating in words, '' none
    fields: tuple[tuple[str, str], ...]        # (label, text) in order; a label '' is the text alone
    addenda: tuple[tuple[str, str, str], ...]  # (date, author, text), oldest first


@dataclass(frozen=True)
class FollowUpRecord:
    facts: EntryFacts
    responsible: tuple[Person, ...]
    items: tuple[RecordItem, ...]              # in date order, oldest first


def _item(st: Styles, item: RecordItem, tr: Translate) -> list:
    from reportlab.lib import colors
    from reportlab.platypus import KeepTogether, Paragraph, Table, TableStyle

    from counselor_app.reports.pdf_base import CONTENT_WIDTH, MM

    cells = [item.on_date, tr(KIND_HOW).format(kind=item.kind, how=item.how),
             tr(AUTHOR).format(author=item.author), tr(RATING_LINE).format(rating=item.rating) if item.rating else ""]
    bar = Table([[Paragraph(escape(c), st.value) if c else "" for c in cells]],
                colWidths=[25 * MM, CONTENT_WIDTH - 105 * MM, 42 * MM, 38 * MM])
    bar.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#eeeeee")),
                             ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                             ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                             ("LEFTPADDING", (0, 0), (-1, -1), 4)]))
    body = st.body.clone("record", leftIndent=3 * MM, spaceBefore=2, spaceAfter=2)
    indented = st.body.clone("addendum", leftIndent=9 * MM, spaceBefore=2, spaceAfter=2)
    texts = []
    for label, text in item.fields:
        if not text:
            continue
        line = tr(FIELD_LINE).format(label=label, text=text) if label else text
        texts.append(Paragraph(escape(line).replace("\n", "<br/>"), body))
    for day, author, text in item.addenda:
        note = escape(tr(ADDENDUM).format(date=day, author=author))
        texts.append(Paragraph(f"{note}{escape(text).replace(chr(10), '<br/>')}", indented))
    # the heading never stays alone at the foot of a page; the text itself may run on to the next
    return [KeepTogether([bar, *texts[:1]]), *texts[1:]]


def build_followup_record(record: FollowUpRecord, *, tr: Translate = identity, font_path: str | None = None) -> bytes:
    from reportlab.platypus import Paragraph, Spacer

    from counselor_app.reports import toolkit as kit

    f = record.facts
    title = tr(TITLE)

    def story(st: Styles):
        parts = [*title_with_mark(st, title, f.number, tr),
                 kit.label_value_grid(st, facts_fields(f, tr) + [
                     kit.Field(tr(RESPONSIBLE), people_text(record.responsible, tr), wide=True)]),
                 heading(st, tr(RECORDS).format(count=len(record.items)))]
        if not record.items:
            parts.append(Paragraph(escape(tr(NO_RECORDS)), st.body))
        for item in record.items:
            parts += _item(st, item, tr)
            parts.append(Spacer(1, 2.5 * kit.MM))
        counselors = tr(LIST_SEPARATOR).join(p.name for p in record.responsible if p.code == "counselor")
        parts += [Spacer(1, 6 * kit.MM),
                  kit.signature_block(st, [kit.Signer(tr(COUNSELOR), counselors), kit.Signer(tr(CHECKED_BY))], tr=tr)]
        return parts

    return build_pdf(page_header(f, title, tr), story, tr=tr, font_path=font_path, metadata_title=title)
