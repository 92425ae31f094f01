"""Referrals to a hospital (转介, policy §10) and their receipts (回执).

A referral is written from a watch-list entry, a review meeting's decision (:func:`open_draft_referral`) or
directly; its student must be on the watch list — a student who is not gets an entry (source 医教对接) only when
the caller says so (``open_watch_entry=True``: the window asks first), else :class:`NotOnWatchList`. The
multi-party meeting with the parents is recorded (participants, 转介 or 在校跟踪, the parents' consent or their
signed refusal with its reason; 在校跟踪 and a refusal close the referral). Issuing it sets the receipt's due date
(the issue plus the office's days, default 7); the visit and the receipt follow, dates in order. The receipt
(the doctor's advice as one choice, the next visit, advice to the school; a diagnosis only if the family gives
one, sealed) writes a 就医 follow-up into the watch entry and moves the plan's 就医 measure; it may start a leave
(services/leaves.py). A receipt for a closed referral is refused.

Every change is audited under the student (the referral's id in the detail, never a name); clinical text is sealed.
Counselors and the office head (MANAGE_REFERRALS and EDIT_WATCHLIST: a referral writes into the watch list).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from counselor_app.domain import referral as rules, watch as watch_rules
from counselor_app.domain.areas import Area
from counselor_app.domain.errors import QT_TRANSLATE_NOOP, UserError, ValidationError
from counselor_app.domain.roles import Permission
from counselor_app.domain.roster_values import parse_phone
from counselor_app.services import record_checks as checks, referral_watch
from counselor_app.services.hospitals import loop_settings
from counselor_app.services.operations import changing, operation
from counselor_app.services.session import Session
from counselor_app.store import audit, referrals as store, students as student_store, watch as watch_store
from counselor_app.store.database import transaction

NO_STUDENT = QT_TRANSLATE_NOOP("Errors", "This student is not in the register.")
NO_REFERRAL = QT_TRANSLATE_NOOP("Errors", "This referral does not exist.")
BAD_URGENCY = QT_TRANSLATE_NOOP("Errors", "Choose the urgency of the referral.")
BAD_ACCOMPANY = QT_TRANSLATE_NOOP("Errors", "Choose who accompanies the student.")
BAD_HOSPITAL = QT_TRANSLATE_NOOP("Errors", "Choose a hospital of the directory.")
NO_REASON = QT_TRANSLATE_NOOP("Errors", "Write the reason of the referral and what was observed.")
BAD_PHONE = QT_TRANSLATE_NOOP("Errors", "The guardian's phone number is not valid (11 digits for a mobile, or a "
                                        "landline with its area code).")
CLOSED = QT_TRANSLATE_NOOP("Errors", "This referral is closed: nothing more can be recorded on it.")
RECEIPT_CLOSED = QT_TRANSLATE_NOOP("Errors", "This referral is closed: its receipt cannot be entered any more.")
NOT_ISSUED = QT_TRANSLATE_NOOP("Errors", "This referral has not been issued yet.")
ALREADY_ISSUED = QT_TRANSLATE_NOOP("Errors", "This referral has already been issued.")
NO_PARENTS = QT_TRANSLATE_NOOP("Errors", "Record that the parents were informed (or agreed) before issuing the "
                                         "referral.")
NOT_TO_ISSUE = QT_TRANSLATE_NOOP("Errors", "The meeting decided to follow up at school, or the parents refused: "
                                           "this referral is not issued.")
BAD_OUTCOME = QT_TRANSLATE_NOOP("Errors", "Choose the meeting's outcome: refer, or follow up at school.")
BAD_PARENTS = QT_TRANSLATE_NOOP("Errors", "Choose what the parents decided.")
NO_REFUSAL = QT_TRANSLATE_NOOP("Errors", "A refusal is signed with its reason: write the reason the parents gave.")
NO_PEOPLE = QT_TRANSLATE_NOOP("Errors", "Name the meeting's participants.")
BAD_ADVICE = QT_TRANSLATE_NOOP("Errors", "Choose the doctor's advice (one of the four).")
BAD_CLOSE = QT_TRANSLATE_NOOP("Errors", "Choose why the referral is closed.")
NOT_RETURNED = QT_TRANSLATE_NOOP("Errors", "A referral is completed once its receipt is back; choose another reason "
                                           "to close it before.")
WHAT_ISSUE = QT_TRANSLATE_NOOP("ReferralField", "The issue date")
WHAT_VISIT = QT_TRANSLATE_NOOP("ReferralField", "The visit")
WHAT_RETURN = QT_TRANSLATE_NOOP("ReferralField", "The receipt's return")
WHAT_NEXT = QT_TRANSLATE_NOOP("ReferralField", "The next visit")
WHAT_MEETING = QT_TRANSLATE_NOOP("ReferralField", "The meeting")
FIELD_REASON = QT_TRANSLATE_NOOP("ReferralField", "The reason")
FIELD_ACTIONS = QT_TRANSLATE_NOOP("ReferralField", "What the school has done")
FIELD_SCREENING = QT_TRANSLATE_NOOP("ReferralField", "The screening summary")
FIELD_DEPARTMENT = QT_TRANSLATE_NOOP("ReferralField", "The department")
FIELD_GUARDIAN = QT_TRANSLATE_NOOP("ReferralField", "The guardian")
FIELD_PEOPLE = QT_TRANSLATE_NOOP("ReferralField", "The participants")
FIELD_NOTES = QT_TRANSLATE_NOOP("ReferralField", "The notes")
FIELD_DOCTOR = QT_TRANSLATE_NOOP("ReferralField", "The doctor")
FIELD_ADVICE = QT_TRANSLATE_NOOP("ReferralField", "The advice to the school")
FIELD_DIAGNOSIS = QT_TRANSLATE_NOOP("ReferralField", "The diagnosis")
FIELD_ORIGIN = QT_TRANSLATE_NOOP("ReferralField", "The meeting decision")

OPENED_CONCERN = "转介就医：{reason}"

MAX_TEXT, MAX_SHORT = 4000, 80


class NotOnWatchList(UserError):
    """The student has no open watch-list entry: the caller asks whether to open one (医教对接)."""
    message = QT_TRANSLATE_NOOP("Errors", "This student is not on the watch list. A referral opens an entry "
                                          "(source: medical-school liaison); confirm to open one.")


class ChangedMeanwhile(UserError):
    message = QT_TRANSLATE_NOOP("Errors", "Someone else changed this referral since you opened it. Nothing was "
                                          "saved: it is shown again as it is now; make your change again.")
    exit_code = 2


@dataclass(frozen=True)
class ReferralEdit:
    """What the referral form says; everything but the reason may be completed later (before the issue)."""
    reason: str
    urgency: str = rules.Urgency.ROUTINE.value
    hospital_id: int | None = None
    department: str = ""
    green_channel: bool = False
    accompany: str = ""
    guardian_name: str = ""          # '' : the register's first guardian
    guardian_relation: str = ""
    guardian_phone: str = ""
    school_actions: str = ""
    screening_summary: str = ""      # scale, date, total and level: never item answers


@dataclass(frozen=True)
class MeetingEdit:
    """The multi-party meeting with the parents (parents, counselor, head teacher, school leader)."""
    on_date: date
    people: str
    outcome: str                     # refer / school
    parents: str                     # informed / consented / refused
    refusal_reason: str = ""
    notes: str = ""


@dataclass(frozen=True)
class ReceiptEdit:
    visited_on: date
    returned_on: date
    advice: str
    hospital: str = ""               # '' : the referral's hospital
    department: str = ""
    doctor: str = ""
    next_visit: date | None = None
    school_advice: str = ""
    diagnosis: str = ""              # only when the family gives one


@dataclass(frozen=True)
class ReferralLine:
    """One referral of a list (no clinical text)."""
    id: int
    number: str
    student_id: int
    student_no: str
    name: str
    klass: str
    urgency: str
    state: str
    hospital: str
    issued_on: str | None
    receipt_due: str | None
    visited_on: str | None
    returned_on: str | None
    advice: str
    overdue: bool
    created_by: int | None
    search: str = ""       # number, student number, name, pinyin initials (the list page's search box)


# -- helpers ------------------------------------------------------------------------------------------------------

def number_of(row) -> str:
    return rules.number(row.year, row.seq)


def load(session: Session, referral_id: int, *, revision: int | None = None, open_only: bool = False,
         closed_message=CLOSED) -> store.ReferralRow:
    found = store.referral(session.conn, referral_id)
    if found is None:
        raise ValidationError(NO_REFERRAL)
    if revision is not None and found.revision != revision:
        raise ChangedMeanwhile()
    if open_only and found.state == rules.State.CLOSED:
        raise ValidationError(closed_message)
    return found


def _save(session: Session, row, fields: dict, at: str, revision: int | None) -> None:
    if not store.update(session.conn, row.id, fields, at, revision):
        raise ChangedMeanwhile()


def _note(note, row_id: int, extra: str = "") -> None:
    note.detail = f"referral={row_id}" + (f" {extra}" if extra else "")


def _validate(session: Session, edit: ReferralEdit, student_id: int) -> dict:
    conn = session.conn
    if edit.urgency not in rules.codes(rules.Urgency):
        raise ValidationError(BAD_URGENCY)
    if edit.accompany not in ("", *rules.codes(rules.Accompany)):
        raise ValidationError(BAD_ACCOMPANY)
    if edit.hospital_id is not None and store.hospital(conn, edit.hospital_id) is None:
        raise ValidationError(BAD_HOSPITAL)
    name, relation, phone = edit.guardian_name.strip(), edit.guardian_relation.strip(), edit.guardian_phone.strip()
    if not (name or phone):
        guardians = student_store.guardians_of(conn, student_id)
        if guardians:
            name, relation, phone = guardians[0].name, guardians[0].relation, guardians[0].phone
    if phone:
        phone, problem = parse_phone(phone)
        if problem is not None:
            raise ValidationError(BAD_PHONE)
    return {"urgency": edit.urgency, "hospital_id": edit.hospital_id,
            "department": checks.text(edit.department, FIELD_DEPARTMENT, 40),
            "green_channel": int(edit.green_channel or edit.urgency == rules.Urgency.EMERGENCY),
            "accompany": edit.accompany, "guardian_name": checks.text(name, FIELD_GUARDIAN, 50),
            "guardian_relation": checks.text(relation, FIELD_GUARDIAN, 20), "guardian_phone": phone,
            "reason": checks.text(edit.reason, FIELD_REASON, MAX_TEXT, required=NO_REASON),
            "school_actions": checks.text(edit.school_actions, FIELD_ACTIONS, MAX_TEXT),
            "screening_summary": checks.text(edit.screening_summary, FIELD_SCREENING, 1000)}


def _write_texts(session: Session, referral_id: int, fields: dict) -> None:
    store.REASON.write(session.conn, session.clinical, referral_id, fields.pop("reason"))
    store.SCHOOL_ACTIONS.write(session.conn, session.clinical, referral_id, fields.pop("school_actions"))
    store.SCREENING_SUMMARY.write(session.conn, session.clinical, referral_id, fields.pop("screening_summary"))


def write_referral(session: Session, student_id: int, edit: ReferralEdit, *, origin: str, origin_ref: str = "",
                   open_watch_entry: bool = False, today: date | None = None) -> int:
    """Write a draft referral inside the caller's transaction, with its audit row (``referral.create``).
    For an operation that already holds a transaction (a review meeting's decision); the others call
    :func:`create_referral` or :func:`open_draft_referral`."""
    today = today or date.today()
    conn = session.conn
    if student_store.by_id(conn, student_id) is None:
        raise ValidationError(NO_STUDENT)
    fields = _validate(session, edit, student_id)
    entry = watch_store.open_entry_of(conn, student_id)
    if entry is None and not open_watch_entry:
        raise NotOnWatchList()
    at = audit.now_iso()
    referral_id = store.insert(conn, {**{k: v for k, v in fields.items() if k not in (
        "reason", "school_actions", "screening_summary")}, "year": today.year, "seq": store.next_seq(conn, today.year),
        "student_id": student_id, "entry_id": None, "origin": origin, "origin_ref": origin_ref, "state": "draft",
        "created_by": session.user.id}, at)
    _write_texts(session, referral_id, fields)
    row = store.referral(conn, referral_id)
    opened = False
    if entry is None:
        level = None
        if edit.urgency == rules.Urgency.EMERGENCY:
            level = max(watch_store.levels(conn), key=lambda lv: lv.rank).code
        entry_id, opened = referral_watch.open_or_get(
            session, student_id, at, today, source=watch_rules.Source.MEDICAL.value,
            concern=OPENED_CONCERN.format(reason=edit.reason.strip()), ref_type="referral",
            ref_id=number_of(row), level=level)
    else:
        entry_id = entry.id
    store.update(conn, referral_id, {"entry_id": entry_id}, at)
    audit.append(conn, user_id=session.user.id, action="referral.create", target_type="student",
                 target_id=student_id, detail=f"referral={referral_id} entry={entry_id}" + (" opened" if opened else "")
                 + f" {origin}")
    return referral_id


@operation((Permission.MANAGE_REFERRALS, Permission.EDIT_WATCHLIST), changes={Area.REFERRALS, Area.WATCH},
           audit="referral.create", target="student")
def create_referral(session: Session, student_id: int, edit: ReferralEdit, *, origin: str = rules.Origin.DIRECT.value,
                    origin_ref: str = "", open_watch_entry: bool = False, today: date | None = None) -> int:
    """A draft referral (state 草稿) for a student on the watch list; ``open_watch_entry`` opens an entry (医教对接)
    for a student who is not on it (else NotOnWatchList). Returns its id."""
    if origin not in rules.codes(rules.Origin):
        raise ValueError(origin)
    with transaction(session.conn):
        return write_referral(session, student_id, edit, origin=origin, origin_ref=checks.text(origin_ref, FIELD_ORIGIN,
                                                                                               MAX_SHORT),
                              open_watch_entry=open_watch_entry, today=today)


@operation((Permission.MANAGE_REFERRALS, Permission.EDIT_WATCHLIST), changes={Area.REFERRALS, Area.WATCH},
           audit="referral.create", target="student")
def open_draft_referral(session: Session, student_id: int, *, from_meeting: str, reason: str,
                        urgency: str = rules.Urgency.ROUTINE.value, open_watch_entry: bool = False,
                        today: date | None = None) -> int:
    """A review meeting's decision 建议转介就医: a DRAFT referral of the student, origin 'meeting' with
    ``from_meeting`` (the meeting decision's reference, e.g. "meeting=12 decision=3") and the decision's ``reason``;
    the guardian from the register. The counselor completes it (hospital, the meeting with the parents) and issues
    it. Opens its own transaction: call it after the meeting's own write (inside one, use :func:`write_referral`)."""
    return create_referral.__wrapped__(session, student_id, ReferralEdit(reason, urgency),
                                       origin=rules.Origin.MEETING.value, origin_ref=from_meeting,
                                       open_watch_entry=open_watch_entry, today=today)


@operation(Permission.MANAGE_REFERRALS, changes={Area.REFERRALS}, audit="referral.edit", target="referral")
def edit_referral(session: Session, referral_id: int, edit: ReferralEdit, revision: int) -> None:
    """Complete or correct the form of a draft; refused once issued (the printed form is with the family)."""
    row = load(session, referral_id, revision=revision, open_only=True)
    if row.state != rules.State.DRAFT:
        raise ValidationError(ALREADY_ISSUED)
    fields = _validate(session, edit, row.student_id)
    at = audit.now_iso()
    with changing(session, "referral.edit", "student", row.student_id) as note:
        _write_texts(session, referral_id, fields)
        _save(session, row, fields, at, revision)
        _note(note, referral_id)


@operation(Permission.MANAGE_REFERRALS, changes={Area.REFERRALS}, audit="referral.meeting", target="referral")
def record_meeting(session: Session, referral_id: int, m: MeetingEdit, revision: int, *,
                   today: date | None = None) -> None:
    """The multi-party meeting with the parents. 在校跟踪, or the parents' signed refusal, closes the referral."""
    today = today or date.today()
    row = load(session, referral_id, revision=revision, open_only=True)
    if row.state != rules.State.DRAFT:
        raise ValidationError(ALREADY_ISSUED)
    day = checks.past(m.on_date, today)
    if m.outcome not in rules.codes(rules.Outcome):
        raise ValidationError(BAD_OUTCOME)
    if m.parents not in rules.codes(rules.Parents):
        raise ValidationError(BAD_PARENTS)
    people = checks.text(m.people, FIELD_PEOPLE, 200, required=NO_PEOPLE)
    refusal = checks.text(m.refusal_reason, FIELD_NOTES, 1000,
                          required=NO_REFUSAL if m.parents == rules.Parents.REFUSED else None)
    notes = checks.text(m.notes, FIELD_NOTES, MAX_TEXT)
    fields = {"meeting_on": day, "meeting_people": people, "meeting_outcome": m.outcome, "parents": m.parents}
    closing = None
    if m.outcome == rules.Outcome.SCHOOL:
        closing = rules.CloseReason.SCHOOL.value
    elif m.parents == rules.Parents.REFUSED:
        closing = rules.CloseReason.REFUSED.value
    if closing:
        fields |= {"state": rules.State.CLOSED.value, "closed_on": day, "close_reason": closing,
                   "closed_from": row.state}
    at = audit.now_iso()
    with changing(session, "referral.meeting", "student", row.student_id) as note:
        _save(session, row, fields, at, revision)
        store.MEETING_NOTES.write(session.conn, session.clinical, referral_id, notes)
        store.REFUSAL_REASON.write(session.conn, session.clinical, referral_id, refusal or None)
        _note(note, referral_id, f"{m.outcome} {m.parents}" + (" closed" if closing else ""))


@operation((Permission.MANAGE_REFERRALS, Permission.EDIT_WATCHLIST), changes={Area.REFERRALS, Area.WATCH},
           audit="referral.issue", target="referral")
def issue_referral(session: Session, referral_id: int, revision: int, *, issued_on: date | None = None,
                   today: date | None = None) -> str:
    """已开具: the hospital chosen, the parents informed; the receipt is due the office's days later (default 7).
    The watch plan's 就医 measure starts. Returns the receipt's due date."""
    today = today or date.today()
    row = load(session, referral_id, revision=revision, open_only=True)
    if row.state != rules.State.DRAFT:
        raise ValidationError(ALREADY_ISSUED)
    if row.hospital_id is None:
        raise ValidationError(BAD_HOSPITAL)
    if not rules.may_issue(row.meeting_outcome, row.parents):
        raise ValidationError(NOT_TO_ISSUE)
    if row.parents not in (rules.Parents.INFORMED, rules.Parents.CONSENTED):
        raise ValidationError(NO_PARENTS)
    day = issued_on or today
    checks.past(day, today)
    checks.not_before(WHAT_ISSUE, day, WHAT_MEETING, row.meeting_on)
    due = rules.receipt_due(day, loop_settings.__wrapped__(session).receipt_days).isoformat()
    at = audit.now_iso()
    with changing(session, "referral.issue", "student", row.student_id) as note:
        _save(session, row, {"state": rules.State.ISSUED.value, "issued_on": day.isoformat(), "receipt_due": due},
              at, revision)
        if row.entry_id is not None:
            referral_watch.set_measures(session, row.entry_id, referral_watch.MEDICAL,
                                        watch_rules.MeasureState.ONGOING.value)
        _note(note, referral_id, f"due={due}")
    return due


@operation(Permission.MANAGE_REFERRALS, changes={Area.REFERRALS}, audit="referral.visit", target="referral")
def record_visit(session: Session, referral_id: int, visited_on: date, revision: int, *,
                 today: date | None = None) -> None:
    """已就诊: the family went (the receipt may come later)."""
    today = today or date.today()
    row = load(session, referral_id, revision=revision, open_only=True)
    if row.state != rules.State.ISSUED:
        raise ValidationError(NOT_ISSUED if row.state == rules.State.DRAFT else ALREADY_ISSUED)
    day = checks.past(visited_on, today)
    checks.not_before(WHAT_VISIT, visited_on, WHAT_ISSUE, row.issued_on)
    at = audit.now_iso()
    with changing(session, "referral.visit", "student", row.student_id) as note:
        _save(session, row, {"state": rules.State.VISITED.value, "visited_on": day}, at, revision)
        _note(note, referral_id)


@operation((Permission.MANAGE_REFERRALS, Permission.EDIT_WATCHLIST), changes={Area.REFERRALS, Area.WATCH},
           audit="referral.receipt", target="referral")
def record_receipt(session: Session, referral_id: int, r: ReceiptEdit, revision: int, *, leave=None,
                   today: date | None = None) -> int | None:
    """回执已收回: the receipt's facts; a 就医 follow-up in the watch entry, the plan's 就医 measure done (may study
    as usual) or ongoing. ``leave`` (a services.leaves.LeaveEdit) starts a leave or suspension at the same time.
    Refused for a closed referral; dates out of order are refused. Returns the new leave's id, if one."""
    today = today or date.today()
    from counselor_app.services.referral_receipts import check_receipt, write_receipt

    row = load(session, referral_id, revision=revision)
    fields = check_receipt(session, row, r, today)
    leave_fields = None
    if leave is not None:
        from counselor_app.services import leaves

        leave_fields = leaves.check_leave(session, row.student_id, leave, today)
    at = audit.now_iso()
    leave_id = None
    with changing(session, "referral.receipt", "student", row.student_id) as note:
        followup = write_receipt(session, row, fields, revision, at)
        if leave_fields is not None:
            from counselor_app.services import leaves

            leave_id = leaves.write_leave(session, row.student_id, leave_fields, at, today, referral_id=referral_id)
        _note(note, referral_id, f"advice={r.advice}" + (f" followup={followup}" if followup else "")
              + (f" leave={leave_id}" if leave_id else "") + (" diagnosis" if fields.get("diagnosis") else ""))
    return leave_id


@operation(Permission.MANAGE_REFERRALS, changes={Area.REFERRALS}, audit="referral.close", target="referral")
def close_referral(session: Session, referral_id: int, reason: str, note_text: str, revision: int, *,
                   today: date | None = None) -> None:
    """已结案: completed (the receipt is back), or closed earlier for another reason. The state it was closed from
    is kept: reopening it (services/referral_reopen.py) goes back there."""
    today = today or date.today()
    row = load(session, referral_id, revision=revision, open_only=True)
    if reason not in rules.codes(rules.CloseReason):
        raise ValidationError(BAD_CLOSE)
    if reason == rules.CloseReason.DONE and row.state != rules.State.RETURNED:
        raise ValidationError(NOT_RETURNED)
    words = checks.text(note_text, FIELD_NOTES, MAX_TEXT)
    at = audit.now_iso()
    with changing(session, "referral.close", "student", row.student_id) as note:
        _save(session, row, {"state": rules.State.CLOSED.value, "closed_on": today.isoformat(),
                             "close_reason": reason, "closed_from": row.state}, at, revision)
        store.CLOSE_NOTE.write(session.conn, session.clinical, referral_id, words or None)
        _note(note, referral_id, reason)


# -- reading ------------------------------------------------------------------------------------------------------

def _line(r: store.ListRow, today: date) -> ReferralLine:
    from counselor_app.domain.school import class_label
    from counselor_app.domain.search import search_key

    f = r.referral
    return ReferralLine(f.id, number_of(f), f.student_id, r.student_no, r.name,
                        class_label(r.grade, r.class_name) if r.class_name else "", f.urgency, f.state, r.hospital,
                        f.issued_on, f.receipt_due, f.visited_on, f.returned_on, f.advice,
                        rules.receipt_overdue(f.state, f.receipt_due, today), f.created_by,
                        search_key(r.student_no, r.name, number_of(f)))


def lines(session: Session, *, open_only: bool = False, since: str | None = None, until: str | None = None,
          today: date | None = None) -> list[ReferralLine]:
    today = today or date.today()
    return [_line(r, today) for r in store.list_rows(session.conn, open_only=open_only, since=since, until=until)]
