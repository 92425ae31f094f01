"""The watch list's printed documents and its export: what they read, in words, for reports/watch_plan.py,
reports/watch_followups.py and reports/watch_list.py.

The documents are registered in services/documents.py, which checks their permission before anything here runs and
audits every preview, print and save (under the student for an entry's sheets). Four of them:

- ``watch_plan`` (VIEW_PLANS): the 一人一策 sheet for the office's file, clinical text included;
- ``watch_plan_head_teacher`` (VIEW_WATCHLIST): the head teacher's version, never clinical text
  (domain/access.py's printout rule decides; a medication measure is left out too: it tells what the family
  reported about treatment);
- ``watch_followups`` (VIEW_PLANS): every follow-up and parent contact of the entry, in full, with addenda;
- ``watch_list_grade`` (VIEW_WATCHLIST): the open entries of the school, a grade or a class, names and numbers
  masked unless asked for (``unmasked=True``, audited as ``view.watch_list_names``).

An entry's sheets take ``student_id`` and, optionally, ``entry_id``: the entry's id (the window passes it) or the
number printed on its sheets (2026-007, what the command line's --entry takes); without it, the student's open entry,
else the latest.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Callable

from counselor_app.domain import access, watch as rules
from counselor_app.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from counselor_app.domain.gender import Gender
from counselor_app.domain.masking import mask_name, mask_number
from counselor_app.domain.roles import Permission
from counselor_app.reports.pdf_base import identity
from counselor_app.services.operations import operation
from counselor_app.services.session import Session
from counselor_app.services.settings import read_settings
from counselor_app.services.watch import WatchRow, level_map, watch_rows
from counselor_app.store import grades as grade_store, office as office_store, students as student_store
from counselor_app.store import watch as entry_store, watch_print, watch_records as record_store

NO_STUDENT = QT_TRANSLATE_NOOP("Errors", "This student is not in the register.")
NO_ENTRY = QT_TRANSLATE_NOOP("Errors", "This student has never been on the watch list.")
NOT_THE_STUDENTS = QT_TRANSLATE_NOOP("Errors", "The watch-list entry {entry} is not one of this student's entries.")
BAD_ENTRY = QT_TRANSLATE_NOOP("Errors", "\u201c{entry}\u201d is not a watch-list entry number (write it as on the "
                                        "sheets, for example 2026-007).")
UNKNOWN_GRADE = QT_TRANSLATE_NOOP("Errors", "There is no grade \u201c{grade}\u201d. The grades are: {grades}.")
UNKNOWN_STATE = QT_TRANSLATE_NOOP("Errors", "There is no state \u201c{state}\u201d. Write one of: {states}.")
GRADE_AND_CLASS = QT_TRANSLATE_NOOP("Errors", "The class {klass} is not in the grade {grade}.")
NO_CLASS = QT_TRANSLATE_NOOP("Errors", "This class does not exist.")
NO_FOLDER = QT_TRANSLATE_NOOP("Errors", "The folder {folder} does not exist.")

ENTRY_NUMBER = QT_TRANSLATE_NOOP("WatchDocuments", "W {year}-{place}")
NOT_JUDGED = QT_TRANSLATE_NOOP("WatchDocuments", "not yet judged")
REVIEW_OVERDUE = QT_TRANSLATE_NOOP("WatchDocuments", "{day} (overdue)")
CLOSED_ON = QT_TRANSLATE_NOOP("WatchDocuments", "{state} ({day})")
PARENT = QT_TRANSLATE_NOOP("WatchDocuments", "{name} ({relation}) {phone}")
WHOLE_SCHOOL = QT_TRANSLATE_NOOP("WatchDocuments", "the whole school")
FOLLOW_UP = QT_TRANSLATE_NOOP("WatchDocuments", "Follow-up")
PARENT_CONTACT = QT_TRANSLATE_NOOP("WatchDocuments", "Contact with the parents")
SEEN = QT_TRANSLATE_NOOP("WatchDocuments", "What was seen")
CONTACT_PERSON = QT_TRANSLATE_NOOP("WatchDocuments", "Talked to")
RESULT = QT_TRANSLATE_NOOP("WatchDocuments", "Result")
FACTS = QT_TRANSLATE_NOOP("WatchDocuments", "What was communicated")
SUPPORT = QT_TRANSLATE_NOOP("WatchDocuments", "The family's support")
AGREEMENTS = QT_TRANSLATE_NOOP("WatchDocuments", "What was agreed")
NEXT_CONTACT = QT_TRANSLATE_NOOP("WatchDocuments", "Next contact")
STATE_CHOICE = QT_TRANSLATE_NOOP("WatchDocuments", "{code} ({name})")
LIST_SEPARATOR = QT_TRANSLATE_NOOP("WatchDocuments", ", ")
OPEN = "open"            # --state open: every entry not closed
RECENT_FOLLOWUPS = 6     # on the plan sheet; the follow-up record has them all


@dataclass(frozen=True)
class Printout:
    """A printout of an entry for domain/access.py's rule: who reads it, and the entry (a refusal names it)."""
    audience: access.Audience
    id: int


# -- finding the entry ------------------------------------------------------------------------------------------

def _number(value, message=NO_STUDENT) -> int:
    text = str(value).strip()
    if isinstance(value, bool) or not text.isdigit():
        raise ValidationError(message)
    return int(text)


def entry_number(conn, entry_id: int, tr: Callable) -> str:
    """The number printed on the entry's sheets: 关注 2026-007."""
    year, place = watch_print.entry_number(conn, entry_id)
    return tr(ENTRY_NUMBER).format(year=year, place=f"{place:03d}")


def _entry_id(conn, value) -> int:
    """An entry's id from the window's id or the sheets' number (2026-007, 关注 2026-007)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    text = str(value).strip()
    if text.isdigit():
        return int(text)
    found = re.fullmatch(r"\D*(\d{4})\s*-\s*(\d{1,6})", text)
    entry_id = watch_print.entry_by_number(conn, found[1], int(found[2])) if found else None
    if entry_id is None:
        raise ValidationError(BAD_ENTRY, entry=text)
    return entry_id


def find_entry(session: Session, student_id, entry_id=None) -> entry_store.EntryRow:
    """The student's entry ``entry_id``; without one the open entry, else the latest."""
    conn = session.conn
    student_id = _number(student_id)
    if student_store.by_id(conn, student_id) is None:
        raise ValidationError(NO_STUDENT)
    if entry_id not in (None, ""):
        entry = entry_store.entry(conn, _entry_id(conn, entry_id))
        if entry is None or entry.student_id != student_id:
            raise ValidationError(NOT_THE_STUDENTS, entry=str(entry_id))
        return entry
    entries = entry_store.entries_of(conn, student_id)
    if not entries:
        raise ValidationError(NO_ENTRY)
    return next((e for e in entries if e.state != rules.State.CLOSED), entries[0])


# -- words ------------------------------------------------------------------------------------------------------

def _level(levels: dict, code: str, tr: Callable) -> str:
    found = levels.get(code)
    return found.name(tr) if found else code


def _state(row: WatchRow, tr: Callable) -> str:
    words = tr(rules.State(row.state).label)
    return tr(CLOSED_ON).format(state=words, day=row.closed_on) if row.closed_on else words


def _facts(session: Session, entry: entry_store.EntryRow, tr: Callable):
    from counselor_app.reports.watch_plan import EntryFacts

    conn = session.conn
    profile = office_store.profile(conn)
    student = student_store.by_id(conn, entry.student_id)
    row = _row(session, entry)
    levels = level_map(conn)
    return EntryFacts(
        profile.name, profile.unit_name, entry_number(conn, entry.id, tr), student.student_no, student.name,
        tr(Gender(student.gender).label) if student.gender else "", row.klass, _level(levels, entry.level, tr),
        tr(rules.Severity(entry.severity).label) if entry.severity else tr(NOT_JUDGED),
        tr(rules.Source(entry.source).label), _state(row, tr), entry.opened_on, _next_review(row, tr), datetime.now())


def _next_review(row: WatchRow, tr: Callable) -> str:
    if row.state == rules.State.CLOSED:
        return ""
    late = rules.Overdue.REVIEW.value in row.overdue
    return tr(REVIEW_OVERDUE).format(day=row.next_review) if late else row.next_review


def _row(session: Session, entry: entry_store.EntryRow) -> WatchRow:
    rows = [r for r in entry_store.list_rows(session.conn, student_id=entry.student_id) if r.id == entry.id]
    return watch_rows(session, rows, date.today())[0]


def _people(session: Session, entry_id: int, tr: Callable):
    from counselor_app.reports.watch_plan import Person

    return tuple(Person(tr(rules.Duty(r.duty).label), r.name, r.phone, r.duty)
                 for r in entry_store.responsible(session.conn, entry_id))


def _parent(entry: entry_store.EntryRow, tr: Callable) -> str:
    if not entry.parent_name:
        return entry.parent_phone
    if not entry.parent_relation or entry.parent_relation == entry.parent_name:
        return " ".join(f"{entry.parent_name} {entry.parent_phone}".split())
    return " ".join(tr(PARENT).format(name=entry.parent_name, relation=entry.parent_relation,
                                      phone=entry.parent_phone).split())


def _measure(m, tr: Callable, description: str):
    from counselor_app.reports.watch_plan import MeasureLine

    owner = m.owner if hasattr(m, "owner") else m.owner_name   # a read plan's measure, or the store's row
    return MeasureLine(tr(rules.MeasureType(m.type).label), description, owner, m.frequency, m.start_on,
                       m.due_on or "", tr(rules.MeasureState(m.state).label))


def _font(session: Session) -> str | None:
    return read_settings(session).pdf_font_path or None


# -- an entry's sheets ------------------------------------------------------------------------------------------

def plan_sheet_document(session: Session, *, tr: Callable, student_id, entry_id=None) -> bytes:
    """The 一人一策 sheet for the office's file (the registry checked VIEW_PLANS)."""
    from counselor_app.reports.watch_plan import FollowUpLine, PlanPart, PlanSheet, build_plan_sheet
    from counselor_app.services.watch_detail import read_entry

    entry = find_entry(session, student_id, entry_id)
    printout = Printout(access.Audience.OFFICE, entry.id)
    session.require_record(access.PRINTOUT, access.CLINICAL_TEXT, printout)
    detail = read_entry(session, entry.id, date.today())
    levels = level_map(session.conn)
    plan = None
    if detail.plan is not None:
        p = detail.plan
        plan = PlanPart(p.version, p.author, p.written_on, p.signed, p.goal, p.medication, p.notes,
                        tuple(_measure(m, tr, m.description) for m in p.measures))
    latest = sorted(detail.followups, key=lambda f: (f.on_date, f.id))[-RECENT_FOLLOWUPS:]
    sheet = PlanSheet(_facts(session, entry, tr), _people(session, entry.id, tr), detail.peer, _parent(entry, tr),
                      detail.concern, plan,
                      tuple(FollowUpLine(f.on_date, tr(rules.Method(f.method).label), f.author,
                                         _level(levels, f.rating, tr) if f.rating else "") for f in latest),
                      len(detail.followups))
    return build_plan_sheet(sheet, tr=tr, font_path=_font(session))


def teacher_sheet_data(session: Session, entry: entry_store.EntryRow, tr: Callable):
    """The head teacher's version: the student's facts, the responsible people, the current plan's measures. What it
    may carry of clinical text is domain/access.py's printout rule's to say (for a head teacher: nothing), so no
    sealed column is read unless the rule allows it."""
    from counselor_app.reports.watch_plan import TeacherSheet

    conn = session.conn
    clinical = session.may_record(access.PRINTOUT, access.CLINICAL_TEXT,
                                  Printout(access.Audience.HEAD_TEACHER, entry.id))
    current = record_store.current_plan(conn, entry.id)
    measures = []
    for m in record_store.measures(conn, current.id) if current else ():
        if m.type == rules.MeasureType.MEDICATION and not clinical:
            continue   # what the family reported about treatment is clinical, the measure's name says it
        text = (record_store.MEASURE_DESCRIPTION.read(conn, session.clinical, m.id) or "") if clinical else ""
        measures.append(_measure(m, tr, text))
    people = _people(session, entry.id, tr)
    counselors = tuple(p for p in people if p.code == rules.Duty.COUNSELOR)
    head = next((p.name for p in people if p.code == rules.Duty.HEAD_TEACHER), "")
    return TeacherSheet(_facts(session, entry, tr), people, counselors or people, tuple(measures), head)


def teacher_sheet_document(session: Session, *, tr: Callable, student_id, entry_id=None) -> bytes:
    """The head teacher's version (the registry checked VIEW_WATCHLIST)."""
    from counselor_app.reports.watch_plan import build_teacher_sheet

    sheet = teacher_sheet_data(session, find_entry(session, student_id, entry_id), tr)
    return build_teacher_sheet(sheet, tr=tr, font_path=_font(session))


def followup_record_document(session: Session, *, tr: Callable, student_id, entry_id=None) -> bytes:
    """Every follow-up and parent contact of the entry, in date order, in full (the registry checked VIEW_PLANS)."""
    from counselor_app.reports.watch_followups import FollowUpRecord, RecordItem, build_followup_record
    from counselor_app.services.watch_detail import read_entry

    entry = find_entry(session, student_id, entry_id)
    session.require_record(access.PRINTOUT, access.CLINICAL_TEXT, Printout(access.Audience.OFFICE, entry.id))
    detail = read_entry(session, entry.id, date.today())
    levels = level_map(session.conn)
    items = []
    for f in detail.followups:
        items.append(((f.on_date, 0, f.id), RecordItem(
            f.on_date, tr(FOLLOW_UP), tr(rules.Method(f.method).label), f.author,
            _level(levels, f.rating, tr) if f.rating else "", ((tr(SEEN), f.seen),),
            tuple((a.on_date, a.author, a.seen) for a in f.addenda))))
    for c in detail.contacts:
        items.append(((c.on_date, 1, c.id), RecordItem(
            c.on_date, tr(PARENT_CONTACT), tr(rules.ContactWay(c.way).label), c.author, "",
            ((tr(CONTACT_PERSON), c.contact_person), (tr(RESULT), tr(rules.ContactResult(c.result).label)),
             (tr(FACTS), c.facts), (tr(SUPPORT), c.family_support), (tr(AGREEMENTS), c.agreements),
             (tr(NEXT_CONTACT), c.next_contact_on or "")),
            tuple((a.on_date, a.author, a.facts) for a in c.addenda))))
    record = FollowUpRecord(_facts(session, entry, tr), _people(session, entry.id, tr),
                            tuple(item for _key, item in sorted(items, key=lambda x: x[0])))
    return build_followup_record(record, tr=tr, font_path=_font(session))


# -- the list ---------------------------------------------------------------------------------------------------

def _grade_id(session: Session, grade: str) -> int:
    known = grade_store.ids_by_name(session.conn)
    name = " ".join(str(grade).split())
    if name not in known:
        raise ValidationError(UNKNOWN_GRADE, grade=name, grades="、".join(known) or "—")
    return known[name]


def _lines(session: Session, rows: list[WatchRow], tr: Callable, masked: bool):
    from counselor_app.reports.watch_list import ListLine

    levels = level_map(session.conn)
    return tuple(ListLine(
        mask_number(r.student_no) if masked else r.student_no, mask_name(r.name) if masked else r.name, r.klass,
        tr(rules.Source(r.source).label), _level(levels, r.level, tr),
        tr(rules.Severity(r.severity).label) if r.severity else "", tr(rules.State(r.state).label),
        tuple(dict.fromkeys(n for _d, _s, n in r.responsible)),
        "" if r.state == rules.State.CLOSED else r.next_review,
        tuple(tr(rules.Overdue(o).label) for o in r.overdue), r.opened_on) for r in rows)


def _class_order(row: WatchRow) -> tuple:
    digits = [int(x) for x in re.findall(r"\d+", row.klass)]
    return (row.grade_id is None, row.grade_id or 0, digits, row.klass)


def watch_list_document(session: Session, *, tr: Callable, grade=None, class_id=None, unmasked=None) -> bytes:
    """The open entries of the school, a grade or a class, by class and then the most serious first (the registry
    checked VIEW_WATCHLIST). Names and numbers masked unless ``unmasked``, which is audited with the count."""
    from counselor_app.reports.watch_list import WatchList, build_watch_list
    from counselor_app.store import classes

    conn = session.conn
    rows = watch_rows(session, entry_store.list_rows(conn, open_only=True), date.today())
    scope = tr(WHOLE_SCHOOL)
    if grade not in (None, ""):
        grade_id = _grade_id(session, grade)
        rows = [r for r in rows if r.grade_id == grade_id]
        scope = grade_store.name_of(conn, grade_id)
    if class_id not in (None, ""):
        found = classes.overview_of(conn, _number(class_id, NO_CLASS))
        if found is None:
            raise ValidationError(NO_CLASS)
        from counselor_app.domain.school import class_label

        label = class_label(found.grade, found.name)
        if grade not in (None, "") and found.grade != scope:
            raise ValidationError(GRADE_AND_CLASS, klass=label, grade=scope)
        rows = [r for r in rows if r.class_id == found.id]
        scope = label
    levels = level_map(conn)
    rank = {code: lv.rank for code, lv in levels.items()}
    rows.sort(key=lambda r: (_class_order(r), -rank.get(r.level, 0), r.next_review, r.id))
    masked = not unmasked
    if not masked:
        session.audit("view.watch_list_names", "watch", "", detail=str(len(rows)))
    counted = [(lv, sum(1 for r in rows if r.level == lv.code))
               for lv in sorted(levels.values(), key=lambda x: -x.rank)]
    profile = office_store.profile(conn)
    data = WatchList(profile.name, profile.unit_name, scope, masked, datetime.now(), _lines(session, rows, tr, masked),
                     tuple((lv.name(tr), n) for lv, n in counted if n))
    return build_watch_list(data, tr=tr, font_path=_font(session))


# -- the export -------------------------------------------------------------------------------------------------

def _states(state: str | None, tr: Callable) -> set[str] | None:
    """The states ``--state`` names: a code (following), its name in English or in the user's language (跟进中), or
    ``open`` for every state but closed."""
    if state in (None, ""):
        return None
    text = " ".join(str(state).split())
    if text.lower() == OPEN:
        return {s.value for s in rules.OPEN_STATES}
    for s in rules.State:
        if text.lower() in (s.value, str(s.label).lower()) or text == tr(s.label):
            return {s.value}
    names = [tr(STATE_CHOICE).format(code=s.value, name=tr(s.label)) for s in rules.State]
    raise ValidationError(UNKNOWN_STATE, state=text, states=tr(LIST_SEPARATOR).join([*names, OPEN]))


PURPOSE_NEEDED = QT_TRANSLATE_NOOP("Errors", "An export with the students' full names must state its purpose (for "
                                            "example: 转介至市精神卫生中心). Give the purpose, or export with the "
                                            "names masked.")
PURPOSE_TOO_LONG = QT_TRANSLATE_NOOP("Errors", "The purpose has at most {max} characters.")
MAX_PURPOSE = 100


@operation(Permission.VIEW_WATCHLIST, audit="export.watchlist", target="watch")
def export_watchlist(session: Session, out: Path, grade: str | None = None, state: str | None = None,
                     masked: bool = False, tr: Callable = identity, purpose: str = "") -> int:
    """Write the watch list (every entry, or those of a grade, in a state) to the xlsx file ``out``, one row per entry,
    never clinical text; names and numbers masked with ``masked``. An export with full names states its ``purpose``
    (FORMS.md: a named export states its purpose, which is audited). Audited with the count, the masking and the
    purpose (never the file's name). Returns how many entries were written."""
    purpose = " ".join((purpose or "").split())
    if not masked and not purpose:
        raise ValidationError(PURPOSE_NEEDED)
    if len(purpose) > MAX_PURPOSE:
        raise ValidationError(PURPOSE_TOO_LONG, max=MAX_PURPOSE)
    from counselor_app.reports.watch_list import watch_list_xlsx
    from counselor_app.store.files import write_atomic

    out = Path(out)
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise ValidationError(NO_FOLDER, folder=str(folder))
    states = _states(state, tr)
    grade_id = _grade_id(session, grade) if grade not in (None, "") else None
    rows = watch_rows(session, entry_store.list_rows(session.conn), date.today())
    rows = [r for r in rows if (grade_id is None or r.grade_id == grade_id) and (states is None or r.state in states)]
    rows.sort(key=lambda r: (_class_order(r), r.student_no, r.opened_on, r.id))
    write_atomic(out, watch_list_xlsx(_lines(session, rows, tr, masked), tr))
    detail = f"{len(rows)} {'masked' if masked else 'names'}" + (f"\t{purpose}" if purpose else "")
    session.audit("export.watchlist", "watch", "", detail=detail)
    return len(rows)
