"""The watch list (重点关注学生清单): opening an entry, its level, class, state and responsible people, the list.

Counselors and the office head see and edit it; an assistant sees nothing of it (Permission.VIEW_WATCHLIST). Every
change writes a history row (who, when, why; the reason sealed with the clinical key) and an audit row under the
student (target ``student``, the entry's id in the detail: never a name), so that the student's access report
shows every look and change. Each entry has a revision: a change made from a stale copy (another counselor saved
in between) is refused with :class:`ChangedMeanwhile`, never silently overwritten.

Closing and reopening are in services/watch_closing.py; plans, follow-ups and parent contacts in
services/watch_records.py; the closed loop (overdue) in services/watch_loop.py.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from counselor_app.domain import watch as rules
from counselor_app.domain.areas import Area
from counselor_app.domain.errors import QT_TRANSLATE_NOOP, UserError, ValidationError
from counselor_app.domain.roles import Permission
from counselor_app.domain.roster_values import parse_phone
from counselor_app.domain.school import class_label
from counselor_app.domain.search import search_key, sort_key
from counselor_app.domain.student_status import in_school
from counselor_app.services.operations import changing, operation
from counselor_app.services.session import Session
from counselor_app.store import audit, staff as staff_store, students as student_store, watch as store

NO_STUDENT = QT_TRANSLATE_NOOP("Errors", "This student is not in the register.")
NO_ENTRY = QT_TRANSLATE_NOOP("Errors", "This watch-list entry does not exist.")
ALREADY_OPEN = QT_TRANSLATE_NOOP("Errors", "This student already has an open watch-list entry: open it instead of "
                                           "adding a second one.")
BAD_SOURCE = QT_TRANSLATE_NOOP("Errors", "Choose how the student came to the watch list.")
BAD_LEVEL = QT_TRANSLATE_NOOP("Errors", "Choose a risk level from the office's list.")
BAD_SEVERITY = QT_TRANSLATE_NOOP("Errors", "Unknown class of case (mild or severe).")
NO_CONCERN = QT_TRANSLATE_NOOP("Errors", "Write down the concern: what was noticed, by whom.")
TOO_LONG = QT_TRANSLATE_NOOP("Errors", "{field} is too long (at most {max} characters).")
FUTURE_DATE = QT_TRANSLATE_NOOP("Errors", "The date {day} is in the future.")
TOO_OLD = QT_TRANSLATE_NOOP("Errors", "The date {day} is more than a year ago; check it.")
CLOSED = QT_TRANSLATE_NOOP("Errors", "This entry is closed. Reopen it first.")
BAD_MOVE = QT_TRANSLATE_NOOP("Errors", "An entry cannot go from \"{old}\" to \"{new}\" directly.")
NEEDS_SEVERITY = QT_TRANSLATE_NOOP("Errors", "Decide the class of the case (mild or severe) before following it up.")
NO_REASON = QT_TRANSLATE_NOOP("Errors", "Give the reason for the change.")
SAME_LEVEL = QT_TRANSLATE_NOOP("Errors", "The entry already has this level.")
NO_STAFF = QT_TRANSLATE_NOOP("Errors", "A responsible person is not in the register.")
STAFF_LEFT = QT_TRANSLATE_NOOP("Errors", "{name} has left the school and cannot be responsible for a student. "
                                         "Choose someone else.")
BAD_DUTY = QT_TRANSLATE_NOOP("Errors", "Unknown duty of a responsible person.")
BAD_PEER = QT_TRANSLATE_NOOP("Errors", "The peer carer must be another student of the register.")
BAD_PARENT_PHONE = QT_TRANSLATE_NOOP("Errors", "The parent's phone number is not valid (11 digits for a mobile, or "
                                               "a landline with its area code).")
FIELD_CONCERN = QT_TRANSLATE_NOOP("WatchField", "The concern")
FIELD_REASON = QT_TRANSLATE_NOOP("WatchField", "The reason")
FIELD_PARENT = QT_TRANSLATE_NOOP("WatchField", "The parent's name")
FIELD_RELATION = QT_TRANSLATE_NOOP("WatchField", "The relation")
FIELD_REF = QT_TRANSLATE_NOOP("WatchField", "The reference of the record")

MAX_TEXT = 4000        # a clinical text: the concern, a reason, an observation
MAX_SHORT = 50         # a name, a relation, a reference


class ChangedMeanwhile(UserError):
    """A save from a stale copy: someone else changed the record since it was opened."""
    message = QT_TRANSLATE_NOOP("Errors", "Someone else changed this entry since you opened it. Nothing was saved: "
                                          "the entry is shown again as it is now; check it and make your change "
                                          "again.")
    exit_code = 2


# -- typed data -------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class EntryEdit:
    """The fields of an entry a counselor writes when opening it and may correct later."""
    source: str
    concern: str
    source_ref_type: str = ""      # the record that triggered it ('screening', 'watch_contact' …), '' none
    source_ref_id: str = ""
    peer_student_id: int | None = None
    parent_name: str = ""
    parent_relation: str = ""
    parent_phone: str = ""


@dataclass(frozen=True)
class NewEntry:
    student_id: int
    edit: EntryEdit
    level: str
    severity: str = ""
    state: str = rules.State.CANDIDATE.value   # or following, when the counselor confirms it at once
    opened_on: date | None = None              # default today
    responsible: tuple[tuple[int, str], ...] | None = None   # (staff id, duty); None: the defaults


@dataclass(frozen=True)
class WatchRow:
    """One entry as the watch-list page shows it (no clinical text)."""
    id: int
    student_id: int
    student_no: str
    name: str
    grade_id: int | None
    grade: str
    class_id: int | None
    klass: str
    source: str
    level: str
    severity: str
    state: str
    opened_on: str
    next_review: str
    closed_on: str | None
    close_requested: bool
    responsible: tuple[tuple[str, int, str], ...]   # (duty, staff id, name)
    last_followup: str | None
    overdue: tuple[str, ...]                          # domain.watch.Overdue codes
    search: str

    @property
    def responsible_names(self) -> str:
        return "、".join(dict.fromkeys(n for _d, _s, n in self.responsible))


# -- helpers shared by the watch services -----------------------------------------------------------------------

def today_or(day: date | None) -> date:
    return day or date.today()


def level_map(conn) -> dict[str, rules.Level]:
    return {lv.code: lv for lv in store.levels(conn, all_levels=True)}


def text(value: str, field, *, required: bool = False, limit: int = MAX_TEXT, missing=None) -> str:
    value = (value or "").strip()
    if required and not value:
        raise ValidationError(missing or NO_REASON)
    if len(value) > limit:
        raise ValidationError(TOO_LONG, field=field, max=limit)
    return value


def past_day(day: date, today: date, *, not_before: date | None = None, before_message=None) -> str:
    """A day of something that happened: not in the future, not before ``not_before``."""
    if day > today:
        raise ValidationError(FUTURE_DATE, day=day.isoformat())
    if not_before is not None and day < not_before:
        raise ValidationError(before_message, day=day.isoformat(), opened=not_before.isoformat())
    return day.isoformat()


def load_entry(session: Session, entry_id: int, *, revision: int | None = None, open_only: bool = False):
    found = store.entry(session.conn, entry_id)
    if found is None:
        raise ValidationError(NO_ENTRY)
    if revision is not None and found.revision != revision:
        raise ChangedMeanwhile()
    if open_only and found.state == rules.State.CLOSED:
        raise ValidationError(CLOSED)
    return found


def save(session: Session, entry, fields: dict, at: str, revision: int | None) -> None:
    """Write ``fields`` if the entry is still at ``revision`` (inside the caller's transaction)."""
    if not store.update_entry(session.conn, entry.id, fields, at, revision):
        raise ChangedMeanwhile()


def history(session: Session, entry_id: int, at: str, kind: str, old: str = "", new: str = "",
            reason: str = "") -> None:
    row = store.add_history(session.conn, entry_id, at, session.user.id, kind, old, new)
    if reason:
        store.HISTORY_REASON.write(session.conn, session.clinical, row, reason)


def last_touch(conn, entry) -> date:
    """The day of the last follow-up or parent contact, or the opening."""
    from counselor_app.store import watch_records

    days = [entry.opened_on, watch_records.last_followup_date(conn, entry.id),
            watch_records.last_contact_date(conn, entry.id)]
    return date.fromisoformat(max(d for d in days if d))


def _validate_edit(session: Session, edit: EntryEdit, student_id: int) -> dict:
    if edit.source not in rules.codes(rules.Source):
        raise ValidationError(BAD_SOURCE)
    concern = text(edit.concern, FIELD_CONCERN, required=True, missing=NO_CONCERN)
    peer = edit.peer_student_id
    if peer is not None and (peer == student_id or student_store.by_id(session.conn, peer) is None):
        raise ValidationError(BAD_PEER)
    phone = ""
    if edit.parent_phone.strip():
        phone, problem = parse_phone(edit.parent_phone)
        if problem is not None:
            raise ValidationError(BAD_PARENT_PHONE)
    return {"source": edit.source,
            "source_ref_type": text(edit.source_ref_type, FIELD_REF, limit=MAX_SHORT),
            "source_ref_id": text(edit.source_ref_id, FIELD_REF, limit=MAX_SHORT),
            "peer_student_id": peer,
            "parent_name": text(edit.parent_name, FIELD_PARENT, limit=MAX_SHORT),
            "parent_relation": text(edit.parent_relation, FIELD_RELATION, limit=MAX_SHORT),
            "parent_phone": phone,
            "concern": concern}


def check_responsible(session: Session, people) -> list[tuple[int, str]]:
    out = []
    for staff_id, duty in people:
        if duty not in rules.codes(rules.Duty):
            raise ValidationError(BAD_DUTY)
        member = staff_store.by_id(session.conn, staff_id)
        if member is None:
            raise ValidationError(NO_STAFF)
        if not member.active:
            raise ValidationError(STAFF_LEFT, name=member.name)
        if (staff_id, duty) not in out:
            out.append((staff_id, duty))
    return out


def default_responsible(session: Session, student_id: int) -> list[tuple[int, str]]:
    """The user themselves as the counselor (when linked to a staff member), the class's head teacher."""
    people = []
    mine = session.user.staff_id
    if mine is not None:
        member = staff_store.by_id(session.conn, mine)
        if member is not None and member.active:
            people.append((mine, rules.Duty.COUNSELOR.value))
    head = store.class_head(session.conn, student_id)
    if head is not None:
        member = staff_store.by_id(session.conn, head)
        if member is not None and member.active:
            people.append((head, rules.Duty.HEAD_TEACHER.value))
    return people


def note_student(note, entry_id: int, extra: str = "") -> None:
    note.detail = f"entry={entry_id}" + (f" {extra}" if extra else "")


# -- the list ---------------------------------------------------------------------------------------------------

def watch_rows(session: Session, rows, today: date) -> list[WatchRow]:
    out = []
    for r in rows:
        people = tuple((d, int(s), n) for d, s, n in (p.split("\t", 2) for p in r.responsible.split(";") if p))
        facts = rules.LoopFacts(r.state, date.fromisoformat(r.opened_on), date.fromisoformat(r.next_review),
                                any(d == rules.Duty.COUNSELOR for d, _s, _n in people), r.has_plan,
                                date.fromisoformat(r.earliest_open_due) if r.earliest_open_due else None,
                                r.responsible_lost, not in_school(r.student_status))
        overdue = tuple(o.value for o in rules.overdue_reasons(facts, today))
        klass = class_label(r.grade, r.class_name) if r.class_name else ""
        out.append(WatchRow(r.id, r.student_id, r.student_no, r.name, r.grade_id, r.grade, r.class_id, klass,
                            r.source, r.level, r.severity, r.state, r.opened_on, r.next_review, r.closed_on,
                            r.close_requested, people, r.last_followup, overdue,
                            search_key(r.student_no, r.name, *(n for _d, _s, n in people))))
    return out


@operation(Permission.VIEW_WATCHLIST, audit="view.watch_list", target="watch")
def list_entries(session: Session, *, include_closed: bool = True, today: date | None = None) -> list[WatchRow]:
    """Every entry (or only the open ones) with its student, responsible people and what is overdue, by next
    review date. No clinical text. Audited with the count."""
    rows = watch_rows(session, store.list_rows(session.conn, open_only=not include_closed), today_or(today))
    session.audit("view.watch_list", "watch", "", detail=str(len(rows)))
    return rows


@dataclass(frozen=True)
class Choices:
    """What the entry dialogs offer: the levels, the staff who may be responsible, the peer carers of a class."""
    levels: list[rules.Level]
    staff: list[tuple[int, str, tuple[str, ...]]]      # (staff id, name, roles) of everyone still at the school
    monitors: list[tuple[int, str, str]]               # (student id, name, class) of the class's 心理委员
    defaults: list[tuple[int, str]]                    # the default responsible people for the student
    guardian: tuple[str, str, str]                     # (name, relation, phone) of the student's first guardian
    open_entry: int | None                             # the student's open entry, if any
    last_closed: int | None                            # the student's last closed entry (to reopen)


@operation(Permission.EDIT_WATCHLIST, audit="view.guardian_phones", target="student")
def choices(session: Session, student_id: int) -> Choices:
    conn = session.conn
    student = student_store.by_id(conn, student_id)
    if student is None:
        raise ValidationError(NO_STUDENT)
    staff = sorted(((s.id, s.name, s.roles) for s in staff_store.all_staff(conn).values() if s.active),
                   key=lambda s: sort_key(s[1]))
    monitors = []
    if student.class_id is not None:
        klass = class_label(student.grade, student.class_name)
        monitors = [(i, n, klass) for i, n in store.monitors_of_class(conn, student.class_id) if i != student_id]
    guardians = student_store.guardians_of(conn, student_id)
    guardian = (guardians[0].name, guardians[0].relation, guardians[0].phone) if guardians else ("", "", "")
    entries = store.entries_of(conn, student_id)
    open_entry = next((e.id for e in entries if e.state != rules.State.CLOSED), None)
    last_closed = next((e.id for e in entries if e.state == rules.State.CLOSED), None)
    if guardians:   # the guardian's name and phone were shown: under the student, as the register's phone column
        session.audit("view.guardian_phones", "student", student_id, detail="1")
    return Choices(store.levels(conn), staff, monitors, default_responsible(session, student_id), guardian,
                   open_entry, last_closed)


# -- opening and changing an entry ------------------------------------------------------------------------------

@operation(Permission.EDIT_WATCHLIST, changes={Area.WATCH}, audit="watch.open", target="student",
           target_arg="new.student_id")
def open_entry(session: Session, new: NewEntry, *, today: date | None = None, next_review: date | None = None) -> int:
    """Put a student on the watch list. One open entry per student; the level sets the first review date, unless
    ``next_review`` (on or after the opening) names it: a screening's key-item hit is due the next school day."""
    today = today_or(today)
    conn = session.conn
    if student_store.by_id(conn, new.student_id) is None:
        raise ValidationError(NO_STUDENT)
    levels = level_map(conn)
    if new.level not in {lv.code for lv in store.levels(conn)}:
        raise ValidationError(BAD_LEVEL)
    if new.severity not in ("", *rules.codes(rules.Severity)):
        raise ValidationError(BAD_SEVERITY)
    if new.state not in (rules.State.CANDIDATE, rules.State.FOLLOWING):
        raise ValidationError(BAD_MOVE, old="", new=new.state)
    if new.state == rules.State.FOLLOWING and not new.severity:
        raise ValidationError(NEEDS_SEVERITY)
    fields = _validate_edit(session, new.edit, new.student_id)
    opened = new.opened_on or today
    if opened > today:
        raise ValidationError(FUTURE_DATE, day=opened.isoformat())
    if opened < today - timedelta(days=366):
        raise ValidationError(TOO_OLD, day=opened.isoformat())
    if next_review is not None and next_review < opened:
        raise ValueError("the first review cannot come before the opening")
    people = check_responsible(session, new.responsible) if new.responsible is not None else \
        default_responsible(session, new.student_id)
    concern = fields.pop("concern")
    at = audit.now_iso()
    with changing(session, "watch.open", "student", new.student_id) as note:
        if store.open_entry_of(conn, new.student_id) is not None:
            raise ValidationError(ALREADY_OPEN)
        entry_id = store.insert_entry(conn, {
            **fields, "student_id": new.student_id, "level": new.level, "severity": new.severity,
            "state": new.state, "opened_on": opened.isoformat(), "opened_by": session.user.id,
            "next_review": (next_review or rules.review_due(opened, levels[new.level])).isoformat()}, at)
        store.CONCERN.write(conn, session.clinical, entry_id, concern)
        store.set_responsible(conn, entry_id, people)
        history(session, entry_id, at, "opened", new.state, new.level)   # opened: old = the state, new = the level
        note_student(note, entry_id, f"level={new.level}")
    return entry_id


@operation(Permission.EDIT_WATCHLIST, changes={Area.WATCH}, audit="watch.edit", target="watch")
def edit_entry(session: Session, entry_id: int, edit: EntryEdit, revision: int) -> None:
    """Correct the source, concern, peer carer and parent contact of an entry (history keeps the level and state)."""
    entry = load_entry(session, entry_id, revision=revision)
    fields = _validate_edit(session, edit, entry.student_id)
    concern = fields.pop("concern")
    at = audit.now_iso()
    with changing(session, "watch.edit", "student", entry.student_id) as note:
        save(session, entry, fields, at, revision)
        store.CONCERN.write(session.conn, session.clinical, entry_id, concern)
        note_student(note, entry_id)


@operation(Permission.EDIT_WATCHLIST, changes={Area.WATCH}, audit="watch.level", target="watch")
def change_level(session: Session, entry_id: int, level: str, reason: str, revision: int, *,
                 today: date | None = None) -> None:
    """A new risk level, with the reason; the next review comes from the last follow-up and the new level's days
    (sooner at once when raised)."""
    entry = load_entry(session, entry_id, revision=revision, open_only=True)
    levels = level_map(session.conn)
    if level not in {lv.code for lv in store.levels(session.conn)}:
        raise ValidationError(BAD_LEVEL)
    if level == entry.level:
        raise ValidationError(SAME_LEVEL)
    why = text(reason, FIELD_REASON, required=True)
    due = rules.review_due(last_touch(session.conn, entry), levels[level])
    if rules.is_raise(levels, entry.level, level):
        due = min(due, date.fromisoformat(entry.next_review))
    at = audit.now_iso()
    with changing(session, "watch.level", "student", entry.student_id) as note:
        save(session, entry, {"level": level, "next_review": due.isoformat()}, at, revision)
        history(session, entry_id, at, "level", entry.level, level, why)
        note_student(note, entry_id, f"{entry.level}>{level}")


@operation(Permission.EDIT_WATCHLIST, changes={Area.WATCH}, audit="watch.severity", target="watch")
def change_severity(session: Session, entry_id: int, severity: str, reason: str, revision: int) -> None:
    """The §8 class (轻症/重症), with the reason."""
    entry = load_entry(session, entry_id, revision=revision, open_only=True)
    if severity not in rules.codes(rules.Severity):
        raise ValidationError(BAD_SEVERITY)
    if severity == entry.severity:
        raise ValidationError(SAME_LEVEL)
    why = text(reason, FIELD_REASON, required=True)
    at = audit.now_iso()
    with changing(session, "watch.severity", "student", entry.student_id) as note:
        save(session, entry, {"severity": severity}, at, revision)
        history(session, entry_id, at, "severity", entry.severity, severity, why)
        note_student(note, entry_id, f"{entry.severity or '-'}>{severity}")


@operation(Permission.EDIT_WATCHLIST, changes={Area.WATCH}, audit="watch.state", target="watch")
def move_state(session: Session, entry_id: int, state: str, reason: str, revision: int) -> None:
    """待复核 → 跟进中 (the class decided), 跟进中 ⇄ 观察中. Closing goes through watch_closing."""
    entry = load_entry(session, entry_id, revision=revision, open_only=True)
    old = rules.State(entry.state)
    if state not in rules.codes(rules.State) or rules.State(state) not in rules.MOVES[old]:
        raise ValidationError(BAD_MOVE, old=old.label, new=rules.State(state).label if state in
                              rules.codes(rules.State) else state)
    if old == rules.State.CANDIDATE and not entry.severity:
        raise ValidationError(NEEDS_SEVERITY)
    why = text(reason, FIELD_REASON)
    at = audit.now_iso()
    with changing(session, "watch.state", "student", entry.student_id) as note:
        save(session, entry, {"state": state}, at, revision)
        history(session, entry_id, at, "state", entry.state, state, why)
        note_student(note, entry_id, f"{entry.state}>{state}")


@operation(Permission.EDIT_WATCHLIST, changes={Area.WATCH}, audit="watch.responsible", target="watch")
def set_responsible(session: Session, entry_id: int, people: tuple[tuple[int, str], ...], revision: int,
                    reason: str = "") -> None:
    """The responsible people (包保人) are exactly ``people``: (staff id, duty) pairs; nobody who left."""
    entry = load_entry(session, entry_id, revision=revision, open_only=True)
    chosen = check_responsible(session, people)
    before = store.responsible(session.conn, entry_id)
    old = ",".join(f"{r.duty}:{r.staff_id}" for r in before)
    new = ",".join(f"{d}:{s}" for s, d in chosen)
    at = audit.now_iso()
    with changing(session, "watch.responsible", "student", entry.student_id) as note:
        save(session, entry, {}, at, revision)
        store.set_responsible(session.conn, entry_id, chosen)
        history(session, entry_id, at, "responsible", old, new, text(reason, FIELD_REASON))
        note_student(note, entry_id)
