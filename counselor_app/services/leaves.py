"""Leave and suspension (请假/休学) and the return to school (复学), policy §8 and §10.

A leave is applied for (type, dates, reason category, the documents received — what medical documents say is
sealed) and approved: by the school, and for a 休学 also by the education bureau; only then does the register
show the student 休学, with a dated status history entry, and the watch-list entry is followed up again (跟进中).
The return: the family's application (``late`` when later than 15 days before the leave ends: the window warns),
the documents checked, the return assessment meetings (同意复学 / 暂缓复学 with a re-assessment date / 申诉; a
postponed return meets again: every meeting is its own record, the latest decides), then the return itself with
the support plan (who, how often; three months by default): its lines become measures of a new watch-plan version,
the entry is 观察中 and the register shows the student 在读 again. Dates out of order (a return before the leave, a
meeting before the application or before the previous meeting) are refused.

Counselors and the office head (MANAGE_REFERRALS; the approval and the return also change the register and the
watch list). Every change is audited under the student, the leave's id in the detail.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from counselor_app.domain import leave as rules, watch as watch_rules
from counselor_app.domain.areas import Area
from counselor_app.domain.errors import QT_TRANSLATE_NOOP, UserError, ValidationError
from counselor_app.domain.roles import Permission
from counselor_app.domain.student_status import StudentStatus, in_school
from counselor_app.services import class_history, record_checks as checks, referral_watch
from counselor_app.services.operations import changing, operation
from counselor_app.services.session import Session
from counselor_app.store import audit, leaves as store, staff as staff_store, students as student_store
from counselor_app.store import watch as watch_store
from counselor_app.store.database import transaction

NO_STUDENT = QT_TRANSLATE_NOOP("Errors", "This student is not in the register.")
LEFT_SCHOOL = QT_TRANSLATE_NOOP("Errors", "This student has left the school.")
NO_LEAVE = QT_TRANSLATE_NOOP("Errors", "This leave does not exist.")
ALREADY_AWAY = QT_TRANSLATE_NOOP("Errors", "This student already has a leave or suspension that is not finished.")
BAD_KIND = QT_TRANSLATE_NOOP("Errors", "Choose leave or suspension.")
BAD_REASON = QT_TRANSLATE_NOOP("Errors", "Choose the reason category.")
BAD_DOCUMENT = QT_TRANSLATE_NOOP("Errors", "Unknown document in the checklist.")
END_BEFORE_START = QT_TRANSLATE_NOOP("Errors", "The leave cannot end ({end}) before it starts ({start}).")
BAD_STATE = QT_TRANSLATE_NOOP("Errors", "This cannot be done now: the leave is \u201c{state}\u201d.")
NEEDS_BUREAU = QT_TRANSLATE_NOOP("Errors", "A suspension also needs the education bureau's approval: enter its date.")
NO_APPROVER = QT_TRANSLATE_NOOP("Errors", "Name who approved for the school.")
BAD_CONCLUSION = QT_TRANSLATE_NOOP("Errors", "Choose the meeting's conclusion.")
NEEDS_REASSESS = QT_TRANSLATE_NOOP("Errors", "A postponed return needs the date of the re-assessment, after the "
                                             "meeting.")
NO_PEOPLE = QT_TRANSLATE_NOOP("Errors", "Name the meeting's participants.")
NOT_AGREED = QT_TRANSLATE_NOOP("Errors", "The return assessment meeting has not agreed to the return yet.")
NO_SUPPORT = QT_TRANSLATE_NOOP("Errors", "The support plan needs at least one line: who does what, how often.")
BAD_SUPPORT = QT_TRANSLATE_NOOP("Errors", "Support line {n}: choose what kind of support it is.")
NO_OWNER = QT_TRANSLATE_NOOP("Errors", "Support line {n}: name who carries it out.")
NO_STAFF = QT_TRANSLATE_NOOP("Errors", "Support line {n}: this person is not on the staff any more.")
BAD_MONTHS = QT_TRANSLATE_NOOP("Errors", "The support plan lasts from 1 to 12 months.")
WHAT_END = QT_TRANSLATE_NOOP("LeaveField", "The expected end")
WHAT_START = QT_TRANSLATE_NOOP("LeaveField", "the start of the leave")
WHAT_APPLIED = QT_TRANSLATE_NOOP("LeaveField", "the application")
WHAT_APPROVAL = QT_TRANSLATE_NOOP("LeaveField", "The approval")
WHAT_RETURN_APPLICATION = QT_TRANSLATE_NOOP("LeaveField", "The application to return")
WHAT_MEETING = QT_TRANSLATE_NOOP("LeaveField", "The meeting")
WHAT_RETURN = QT_TRANSLATE_NOOP("LeaveField", "The return")
WHAT_THE_MEETING = QT_TRANSLATE_NOOP("LeaveField", "the meeting")
WHAT_LAST_MEETING = QT_TRANSLATE_NOOP("LeaveField", "the previous assessment meeting")
FIELD_NOTE = QT_TRANSLATE_NOOP("LeaveField", "The medical documents' content")
FIELD_NOTES = QT_TRANSLATE_NOOP("LeaveField", "The meeting's notes")
FIELD_PEOPLE = QT_TRANSLATE_NOOP("LeaveField", "The participants")
FIELD_APPROVER = QT_TRANSLATE_NOOP("LeaveField", "The approver")
FIELD_SUPPORT = QT_TRANSLATE_NOOP("LeaveField", "A support line")

# The support lines' kinds: the watch plan's measure types a return plan uses (no clinical words).
SUPPORT_TYPES = (watch_rules.MeasureType.PEER, watch_rules.MeasureType.INDIVIDUAL,
                 watch_rules.MeasureType.TEACHER_WATCH, watch_rules.MeasureType.MEDICAL,
                 watch_rules.MeasureType.FAMILY, watch_rules.MeasureType.ACADEMIC)
# stored text (the office's language): the register's reason and the plan's goal when the entry had no plan
STATUS_REASON = "{kind} {number}"
KIND_WORDS = {"leave": "请假", "suspension": "休学", "return": "复学"}
PLAN_GOAL = "复学后平稳适应学校生活"


class ChangedMeanwhile(UserError):
    message = QT_TRANSLATE_NOOP("Errors", "Someone else changed this leave since you opened it. Nothing was saved: "
                                          "it is shown again as it is now; make your change again.")
    exit_code = 2


@dataclass(frozen=True)
class LeaveEdit:
    kind: str
    reason: str
    start_on: date
    expected_end: date
    applied_on: date | None = None       # default: the start
    documents: tuple[str, ...] = ()      # domain.leave.Document codes received
    medical_note: str = ""               # what the medical documents say (sealed)


@dataclass(frozen=True)
class Approval:
    school_on: date
    school_approver: str
    bureau_on: date | None = None        # required for a suspension
    bureau_ref: str = ""


@dataclass(frozen=True)
class ReturnMeeting:
    on_date: date
    people: str
    conclusion: str
    reassess_on: date | None = None
    notes: str = ""


@dataclass(frozen=True)
class SupportLine:
    type: str                            # a SUPPORT_TYPES code
    what: str                            # 心理委员每日关注 … (no clinical text: the head teacher's sheet)
    owner_staff_id: int | None = None
    owner_other: str = ""
    frequency: str = ""


@dataclass(frozen=True)
class LeaveLine:
    id: int
    number: str
    student_id: int
    student_no: str
    name: str
    klass: str
    kind: str
    state: str
    start_on: str
    expected_end: str
    return_applied_on: str | None
    conclusion: str
    returned_on: str | None
    overdue: bool
    created_by: int | None


@dataclass(frozen=True)
class MeetingLine:
    """One return assessment meeting, its notes opened."""
    id: int
    meeting_on: str
    people: str
    conclusion: str
    reassess_on: str | None
    notes: str
    recorded_by: str          # the user's name ('' for a meeting recorded before schema 17 without an audit entry)
    recorded_at: str


@dataclass(frozen=True)
class LeaveDetail:
    row: store.LeaveRow
    number: str
    student_no: str
    name: str
    medical_note: str
    meetings: list[MeetingLine]   # in order: the last one is the decision
    support: list


# -- helpers ------------------------------------------------------------------------------------------------------

def number_of(row) -> str:
    return rules.number(row.year, row.seq)


def load(session: Session, leave_id: int, revision: int | None = None, states=None) -> store.LeaveRow:
    found = store.leave(session.conn, leave_id)
    if found is None:
        raise ValidationError(NO_LEAVE)
    if revision is not None and found.revision != revision:
        raise ChangedMeanwhile()
    if states is not None and found.state not in states:
        raise ValidationError(BAD_STATE, state=rules.State(found.state).label)
    return found


def _save(session: Session, row, fields: dict, at: str, revision: int | None) -> None:
    if not store.update(session.conn, row.id, fields, at, revision):
        raise ChangedMeanwhile()


def _note(note, leave_id: int, extra: str = "") -> None:
    note.detail = f"leave={leave_id}" + (f" {extra}" if extra else "")


def _status(session: Session, student_id: int, status: str, day: str, reason: str) -> None:
    """The register's status with its dated history entry; the student stays in the class."""
    student = student_store.by_id(session.conn, student_id)
    if student.status == status:
        return
    at = f"{day}T00:00:00+00:00" if day < date.today().isoformat() else audit.now_iso()
    student_store.set_status(session.conn, [student_id], status, audit.now_iso())
    student_store.add_status_history(session.conn, [(student_id, status, at, reason, session.user.id)])
    class_history.keep(session.conn, [(student_id, student.class_id)])


# -- the leave ----------------------------------------------------------------------------------------------------

def check_leave(session: Session, student_id: int, edit: LeaveEdit, today: date) -> dict:
    """The leave's fields, checked (also for a receipt that starts one: services/referrals.record_receipt)."""
    student = student_store.by_id(session.conn, student_id)
    if student is None:
        raise ValidationError(NO_STUDENT)
    if not in_school(student.status):
        raise ValidationError(LEFT_SCHOOL)
    if edit.kind not in rules.codes(rules.Kind):
        raise ValidationError(BAD_KIND)
    if edit.reason not in rules.codes(rules.Reason):
        raise ValidationError(BAD_REASON)
    if any(d not in rules.codes(rules.Document) for d in edit.documents):
        raise ValidationError(BAD_DOCUMENT)
    if edit.expected_end < edit.start_on:
        raise ValidationError(END_BEFORE_START, end=edit.expected_end.isoformat(), start=edit.start_on.isoformat())
    applied = edit.applied_on or min(edit.start_on, today)
    checks.past(applied, today)
    if store.open_leave_of(session.conn, student_id) is not None:
        raise ValidationError(ALREADY_AWAY)
    return {"kind": edit.kind, "reason": edit.reason, "applied_on": applied.isoformat(),
            "start_on": edit.start_on.isoformat(), "expected_end": edit.expected_end.isoformat(),
            "documents": ",".join(d for d in rules.codes(rules.Document) if d in edit.documents),
            "medical_note": checks.text(edit.medical_note, FIELD_NOTE, 2000)}


def write_leave(session: Session, student_id: int, fields: dict, at: str, today: date, *,
                referral_id: int | None = None) -> int:
    """Insert a checked leave inside the caller's transaction, with its audit row (``leave.start``)."""
    conn = session.conn
    fields = dict(fields)
    note = fields.pop("medical_note")
    if store.open_leave_of(conn, student_id) is not None:
        raise ValidationError(ALREADY_AWAY)
    entry = watch_store.open_entry_of(conn, student_id)
    leave_id = store.insert(conn, {**fields, "year": today.year, "seq": store.next_seq(conn, today.year),
                                   "student_id": student_id, "entry_id": entry.id if entry else None,
                                   "referral_id": referral_id, "state": rules.State.APPLIED.value,
                                   "created_by": session.user.id}, at)
    store.MEDICAL_NOTE.write(conn, session.clinical, leave_id, note or None)
    audit.append(conn, user_id=session.user.id, action="leave.start", target_type="student", target_id=student_id,
                 detail=f"leave={leave_id} {fields['kind']}" + (f" referral={referral_id}" if referral_id else ""))
    return leave_id


@operation(Permission.MANAGE_REFERRALS, changes={Area.REFERRALS}, audit="leave.start", target="student")
def start_leave(session: Session, student_id: int, edit: LeaveEdit, *, today: date | None = None) -> int:
    """The family's application for a leave or suspension, with the documents received. Returns its id."""
    today = today or date.today()
    fields = check_leave(session, student_id, edit, today)
    with transaction(session.conn):
        return write_leave(session, student_id, fields, audit.now_iso(), today)


@operation((Permission.MANAGE_REFERRALS, Permission.EDIT_REGISTER, Permission.EDIT_WATCHLIST),
           changes={Area.REFERRALS, Area.REGISTER, Area.WATCH}, audit="leave.approve", target="leave")
def approve_leave(session: Session, leave_id: int, a: Approval, revision: int, *, today: date | None = None) -> None:
    """Approved by the school (and the bureau for a 休学): the student is away; a suspension shows in the register
    (休学, dated by the leave's start) and the watch-list entry is followed up (跟进中), its 请假/休学 measure ongoing."""
    today = today or date.today()
    row = load(session, leave_id, revision, (rules.State.APPLIED,))
    checks.past(a.school_on, today)
    checks.not_before(WHAT_APPROVAL, a.school_on, WHAT_APPLIED, row.applied_on)
    approver = checks.text(a.school_approver, FIELD_APPROVER, 40, required=NO_APPROVER)
    fields = {"state": rules.State.APPROVED.value, "school_approved_on": a.school_on.isoformat(),
              "school_approver": approver}
    if row.kind == rules.Kind.SUSPENSION:
        if a.bureau_on is None:
            raise ValidationError(NEEDS_BUREAU)
        checks.past(a.bureau_on, today)
        checks.not_before(WHAT_APPROVAL, a.bureau_on, WHAT_APPLIED, row.applied_on)
        fields |= {"bureau_approved_on": a.bureau_on.isoformat(),
                   "bureau_ref": checks.text(a.bureau_ref, FIELD_APPROVER, 60)}
    at = audit.now_iso()
    with changing(session, "leave.approve", "student", row.student_id) as note:
        if row.kind == rules.Kind.SUSPENSION:
            fields["status_before"] = student_store.by_id(session.conn, row.student_id).status
            _status(session, row.student_id, StudentStatus.ON_LEAVE.value, row.start_on,
                    STATUS_REASON.format(kind=KIND_WORDS["suspension"], number=number_of(row)))
        _save(session, row, fields, at, revision)
        if row.entry_id is not None:
            referral_watch.set_state(session, row.entry_id, watch_rules.State.FOLLOWING.value, at,
                                     STATUS_REASON.format(kind=KIND_WORDS[row.kind], number=number_of(row)))
            referral_watch.set_measures(session, row.entry_id, watch_rules.MeasureType.LEAVE.value,
                                        watch_rules.MeasureState.ONGOING.value)
        _note(note, leave_id, row.kind)


@operation(Permission.MANAGE_REFERRALS, changes={Area.REFERRALS}, audit="leave.withdraw", target="leave")
def withdraw_leave(session: Session, leave_id: int, revision: int) -> None:
    """An application withdrawn before its approval."""
    row = load(session, leave_id, revision, (rules.State.APPLIED,))
    with changing(session, "leave.withdraw", "student", row.student_id) as note:
        _save(session, row, {"state": rules.State.WITHDRAWN.value}, audit.now_iso(), revision)
        _note(note, leave_id)


# -- the return ---------------------------------------------------------------------------------------------------

@operation(Permission.MANAGE_REFERRALS, changes={Area.REFERRALS}, audit="leave.return_apply", target="leave")
def apply_return(session: Session, leave_id: int, applied_on: date, documents: tuple[str, ...], revision: int, *,
                 today: date | None = None) -> bool:
    """The application to return, with the documents checked. Returns True when it came later than 15 days before
    the leave's expected end (the window warns; it is recorded, not refused)."""
    today = today or date.today()
    row = load(session, leave_id, revision, (rules.State.APPROVED,))
    checks.past(applied_on, today)
    checks.not_before(WHAT_RETURN_APPLICATION, applied_on, WHAT_START, row.start_on)
    if any(d not in rules.codes(rules.ReturnDocument) for d in documents):
        raise ValidationError(BAD_DOCUMENT)
    late = rules.late_application(applied_on, date.fromisoformat(row.expected_end))
    with changing(session, "leave.return_apply", "student", row.student_id) as note:
        _save(session, row, {"state": rules.State.RETURNING.value, "return_applied_on": applied_on.isoformat(),
                             "return_documents": ",".join(d for d in rules.codes(rules.ReturnDocument)
                                                          if d in documents), "return_late": int(late)},
              audit.now_iso(), revision)
        _note(note, leave_id, "late" if late else "")
    return late


@operation(Permission.MANAGE_REFERRALS, changes={Area.REFERRALS}, audit="leave.return_meeting", target="leave")
def record_return_meeting(session: Session, leave_id: int, m: ReturnMeeting, revision: int, *,
                          today: date | None = None) -> int:
    """A return assessment meeting: 同意复学, 暂缓复学 (with the re-assessment date) or 申诉. Each meeting is its own
    record (a postponed return meets again; the earlier meetings stay as they were), not before the previous one;
    the leave row shows the latest. Returns the meeting's id."""
    today = today or date.today()
    row = load(session, leave_id, revision, (rules.State.RETURNING,))
    checks.past(m.on_date, today)
    checks.not_before(WHAT_MEETING, m.on_date, WHAT_RETURN_APPLICATION, row.return_applied_on)
    earlier = store.meetings(session.conn, leave_id)
    if earlier:
        checks.not_before(WHAT_MEETING, m.on_date, WHAT_LAST_MEETING, earlier[-1].meeting_on)
    if m.conclusion not in rules.codes(rules.Conclusion):
        raise ValidationError(BAD_CONCLUSION)
    if m.conclusion == rules.Conclusion.POSTPONED and (m.reassess_on is None or m.reassess_on <= m.on_date):
        raise ValidationError(NEEDS_REASSESS)
    people = checks.text(m.people, FIELD_PEOPLE, 200, required=NO_PEOPLE)
    notes = checks.text(m.notes, FIELD_NOTES, 2000)
    reassess = m.reassess_on.isoformat() if m.conclusion == rules.Conclusion.POSTPONED else None
    at = audit.now_iso()
    with changing(session, "leave.return_meeting", "student", row.student_id) as note:
        _save(session, row, {"meeting_on": m.on_date.isoformat(), "meeting_people": people,
                             "conclusion": m.conclusion, "reassess_on": reassess}, at, revision)
        meeting_id = store.add_meeting(session.conn, leave_id, {
            "meeting_on": m.on_date.isoformat(), "people": people, "conclusion": m.conclusion,
            "reassess_on": reassess}, session.user.id, at)
        store.RETURN_MEETING_NOTES.write(session.conn, session.clinical, meeting_id, notes or None)
        _note(note, leave_id, f"{m.conclusion} meeting={meeting_id} n={len(earlier) + 1}")
    return meeting_id


def _support(session: Session, lines: tuple[SupportLine, ...]) -> list[dict]:
    if not lines:
        raise ValidationError(NO_SUPPORT)
    out = []
    for n, x in enumerate(lines, 1):
        if x.type not in {t.value for t in SUPPORT_TYPES}:
            raise ValidationError(BAD_SUPPORT, n=n)
        other = checks.text(x.owner_other, FIELD_SUPPORT, 40)
        if x.owner_staff_id is not None:
            member = staff_store.by_id(session.conn, x.owner_staff_id)
            if member is None or not member.active:
                raise ValidationError(NO_STAFF, n=n)
            other = ""
        elif not other:
            raise ValidationError(NO_OWNER, n=n)
        out.append({"type": x.type, "what": checks.text(x.what, FIELD_SUPPORT, 200), "owner_staff_id": x.owner_staff_id,
                    "owner_other": other, "frequency": checks.text(x.frequency, FIELD_SUPPORT, 40)})
    return out


@operation((Permission.MANAGE_REFERRALS, Permission.EDIT_REGISTER, Permission.EDIT_WATCHLIST),
           changes={Area.REFERRALS, Area.REGISTER, Area.WATCH}, audit="leave.returned", target="leave")
def complete_return(session: Session, leave_id: int, returned_on: date, support: tuple[SupportLine, ...],
                    revision: int, *, months: int = rules.SUPPORT_MONTHS, today: date | None = None) -> None:
    """Back at school after an agreed return: the register 在读 again (a suspension), the support plan kept and
    written as measures of a new watch-plan version (from the return to ``months`` later), the entry 观察中."""
    today = today or date.today()
    row = load(session, leave_id, revision, (rules.State.RETURNING,))
    held = store.meetings(session.conn, leave_id)
    if not rules.return_agreed([x.conclusion for x in held]):
        raise ValidationError(NOT_AGREED)
    checks.past(returned_on, today)
    checks.not_before(WHAT_RETURN, returned_on, WHAT_START, row.start_on)
    checks.not_before(WHAT_RETURN, returned_on, WHAT_THE_MEETING, held[-1].meeting_on)
    if not 1 <= months <= 12:
        raise ValidationError(BAD_MONTHS)
    lines = _support(session, support)
    until = rules.support_until(returned_on, months)
    at = audit.now_iso()
    with changing(session, "leave.returned", "student", row.student_id) as note:
        _save(session, row, {"state": rules.State.RETURNED.value, "returned_on": returned_on.isoformat(),
                             "support_until": until.isoformat()}, at, revision)
        store.set_support(session.conn, leave_id, lines)
        if row.kind == rules.Kind.SUSPENSION:
            back = row.status_before if row.status_before in (StudentStatus.ENROLLED, StudentStatus.SUSPENDED) \
                else StudentStatus.ENROLLED.value
            _status(session, row.student_id, back, returned_on.isoformat(),
                    STATUS_REASON.format(kind=KIND_WORDS["return"], number=number_of(row)))
        entry = watch_store.open_entry_of(session.conn, row.student_id)
        version = None
        if entry is not None:
            reason = STATUS_REASON.format(kind=KIND_WORDS["return"], number=number_of(row))
            referral_watch.set_measures(session, entry.id, watch_rules.MeasureType.LEAVE.value,
                                        watch_rules.MeasureState.DONE.value)
            measures = [{"type": x["type"], "description": x["what"], "owner_staff_id": x["owner_staff_id"],
                         "owner_other": x["owner_other"], "frequency": x["frequency"],
                         "start_on": returned_on.isoformat(), "due_on": until.isoformat(),
                         "state": watch_rules.MeasureState.ONGOING.value} for x in lines]
            version = referral_watch.add_plan_measures(session, entry.id, measures, today, at, PLAN_GOAL)
            referral_watch.set_state(session, entry.id, watch_rules.State.OBSERVING.value, at, reason)
        _note(note, leave_id, f"until={until.isoformat()}" + (f" plan=v{version}" if version else ""))


# -- reading ------------------------------------------------------------------------------------------------------

def lines(session: Session, *, open_only: bool = False, today: date | None = None) -> list[LeaveLine]:
    from counselor_app.domain.school import class_label

    today = today or date.today()
    out = []
    for r in store.list_rows(session.conn, open_only=open_only):
        x = r.leave
        out.append(LeaveLine(x.id, number_of(x), x.student_id, r.student_no, r.name,
                             class_label(r.grade, r.class_name) if r.class_name else "", x.kind, x.state, x.start_on,
                             x.expected_end, x.return_applied_on, x.conclusion, x.returned_on,
                             rules.return_overdue(x.state, x.expected_end, today), x.created_by))
    return out


@operation(Permission.MANAGE_REFERRALS, audit="view.leaves", target="leave")
def list_leaves(session: Session, *, open_only: bool = False, today: date | None = None) -> list[LeaveLine]:
    found = lines(session, open_only=open_only, today=today)
    session.audit("view.leaves", "leave", "", detail=str(len(found)))
    return found


def meeting_lines(session: Session, leave_id: int) -> list[MeetingLine]:
    """The leave's return assessment meetings in order, notes opened (the caller checked and audits the view)."""
    conn, keys = session.conn, session.clinical
    return [MeetingLine(x.id, x.meeting_on, x.people, x.conclusion, x.reassess_on,
                        store.meeting_notes(conn, keys, x) or "", x.recorded_by_name, x.recorded_at)
            for x in store.meetings(conn, leave_id)]


@operation(Permission.MANAGE_REFERRALS, audit="view.leave", target="leave")
def get_leave(session: Session, leave_id: int) -> LeaveDetail:
    row = load(session, leave_id)
    conn, keys = session.conn, session.clinical
    student = student_store.by_id(conn, row.student_id)
    detail = LeaveDetail(row, number_of(row), student.student_no, student.name,
                         store.MEDICAL_NOTE.read(conn, keys, leave_id) or "", meeting_lines(session, leave_id),
                         store.support(conn, leave_id))
    session.audit("view.leave", "student", row.student_id, detail=f"leave={leave_id}")
    return detail


@operation(Permission.MANAGE_REFERRALS, target="leave")
def overdue_returns(session: Session, *, today: date | None = None) -> list[LeaveLine]:
    """Leaves past their expected end without a finished return: the user's own (those they entered), the head's:
    all. For the start page."""
    today = today or date.today()
    found = [x for x in lines(session, open_only=True, today=today) if x.overdue]
    if not session.can(Permission.APPROVE_WATCH_CLOSING):
        found = [x for x in found if x.created_by == session.user.id]
    return sorted(found, key=lambda x: (x.expected_end, x.id))
