"""Crisis incidents (危机事件) and the emergency plan (应急预案), policy §9.

An incident is recorded with its time, place, type, gravity (重大/一般), the students involved, who found it and
what was seen (sealed). Each student is put on the watch list at the highest level (高危): an open entry is raised,
otherwise one is opened (a 自杀死亡 opens none). The plan's steps are recorded with their time and person; the
report's minutes from the discovery are measured against the target (10 minutes, a setting). Every attempt to
reach the parents is recorded; the first successful one marks the 'parents' step. A timeline of free entries and
breaches of confidentiality (who was told, when, why) are kept. The incident closes once the parents of every
student were reached and the review meeting is recorded; before that only the office head closes it, with a reason.

Counselors and the head see (VIEW_CRISIS) and record (MANAGE_CRISIS); every look and change is audited under the
incident (the students' ids are in the report's audit row).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from counselor_app.domain import crisis as rules, watch as watch_rules
from counselor_app.domain.areas import Area
from counselor_app.domain.errors import QT_TRANSLATE_NOOP, UserError, ValidationError
from counselor_app.domain.roles import Permission
from counselor_app.services import record_checks as checks, referral_watch
from counselor_app.services.hospitals import loop_settings
from counselor_app.services.operations import changing, operation
from counselor_app.services.session import Session
from counselor_app.store import audit, crisis as store, students as student_store

NO_INCIDENT = QT_TRANSLATE_NOOP("Errors", "This crisis incident does not exist.")
BAD_TYPE = QT_TRANSLATE_NOOP("Errors", "Choose the type of the incident.")
BAD_GRAVITY = QT_TRANSLATE_NOOP("Errors", "Choose whether the incident is major or general.")
NO_STUDENTS = QT_TRANSLATE_NOOP("Errors", "Name the student or students involved.")
NO_STUDENT = QT_TRANSLATE_NOOP("Errors", "A student is not in the register.")
NOT_INVOLVED = QT_TRANSLATE_NOOP("Errors", "This student is not one of the incident's students.")
NO_FINDER = QT_TRANSLATE_NOOP("Errors", "Name who found it.")
NO_DETAILS = QT_TRANSLATE_NOOP("Errors", "Write what was seen.")
FUTURE = QT_TRANSLATE_NOOP("Errors", "The time {time} is in the future.")
FOUND_BEFORE = QT_TRANSLATE_NOOP("Errors", "It cannot have been found ({found}) before it happened ({occurred}).")
STEP_BEFORE = QT_TRANSLATE_NOOP("Errors", "A step cannot come ({time}) before the incident was found ({found}).")
BAD_STEP = QT_TRANSLATE_NOOP("Errors", "Unknown step of the emergency plan.")
PARENTS_BY_CALLS = QT_TRANSLATE_NOOP("Errors", "The parents' step is recorded by the attempts to reach them.")
NO_PERSON = QT_TRANSLATE_NOOP("Errors", "Name who did it.")
BAD_WAY = QT_TRANSLATE_NOOP("Errors", "Choose how the parents were contacted.")
NO_TEXT = QT_TRANSLATE_NOOP("Errors", "Write the entry.")
NO_TOLD = QT_TRANSLATE_NOOP("Errors", "Name who was told.")
NO_WHY = QT_TRANSLATE_NOOP("Errors", "Write why the confidence was broken.")
CLOSED = QT_TRANSLATE_NOOP("Errors", "This incident is closed.")
NOT_YET = QT_TRANSLATE_NOOP("Errors", "The incident cannot close yet: the parents of every student must have been "
                                      "reached and the review meeting recorded. The office head may close it with a "
                                      "reason.")
NO_SUMMARY = QT_TRANSLATE_NOOP("Errors", "Write the closing summary.")
NO_REASON = QT_TRANSLATE_NOOP("Errors", "Write why the incident is closed before its loop is complete.")
FIELD_PLACE = QT_TRANSLATE_NOOP("CrisisField", "The place")
FIELD_PERSON = QT_TRANSLATE_NOOP("CrisisField", "The person")
FIELD_TEXT = QT_TRANSLATE_NOOP("CrisisField", "The text")

CONCERN = "危机事件 {number}：{type}"   # the concern of an entry the incident opens (stored, the office's language)
TYPE_WORDS = {"self_harm": "自伤", "attempt": "自杀未遂", "death": "自杀死亡", "violence": "伤人", "runaway": "出走",
              "psychotic": "急性精神症状", "stress": "重大应激事件"}


class ChangedMeanwhile(UserError):
    message = QT_TRANSLATE_NOOP("Errors", "Someone else changed this incident since you opened it. Nothing was saved: "
                                          "it is shown again as it is now; make your change again.")
    exit_code = 2


@dataclass(frozen=True)
class IncidentEdit:
    occurred_at: datetime
    type: str
    gravity: str
    student_ids: tuple[int, ...]
    found_by: str
    found_at: datetime
    details: str
    place: str = ""


@dataclass(frozen=True)
class StepLine:
    step: str
    done_at: str | None
    done_by: str
    note: str


@dataclass(frozen=True)
class IncidentDetail:
    row: store.IncidentRow
    number: str
    details: str
    close_note: str
    students: list
    steps: list[StepLine]               # every step of the plan in order, done or not
    calls: list
    events: list[tuple[str, str, str]]  # (at, author, text)
    breaches: list[tuple[str, str, str, str]]   # (at, told, why, recorded by)
    report_minutes: int | None          # from the discovery to the report
    report_late: bool | None
    target_minutes: int
    may_close: bool


@dataclass(frozen=True)
class IncidentLine:
    id: int
    number: str
    occurred_at: str
    type: str
    gravity: str
    state: str
    students: int
    parents_reached: bool
    review_done: bool
    review_overdue: bool = False        # open, no review meeting, and the office's days since the discovery passed


def number_of(row) -> str:
    return rules.number(row.year, row.seq)


def _minute(value: datetime) -> str:
    return value.replace(second=0, microsecond=0, tzinfo=None).isoformat(timespec="minutes")


def _not_future(value: datetime, now: datetime) -> str:
    text = _minute(value)
    if text > _minute(now):
        raise ValidationError(FUTURE, time=text.replace("T", " "))
    return text


def load(session: Session, incident_id: int, *, revision: int | None = None, open_only: bool = False):
    found = store.incident(session.conn, incident_id)
    if found is None:
        raise ValidationError(NO_INCIDENT)
    if revision is not None and found.revision != revision:
        raise ChangedMeanwhile()
    if open_only and found.state == rules.State.CLOSED:
        raise ValidationError(CLOSED)
    return found


def _after_found(row, when: datetime, now: datetime) -> str:
    text = _not_future(when, now)
    if text < row.found_at:
        raise ValidationError(STEP_BEFORE, time=text.replace("T", " "), found=row.found_at.replace("T", " "))
    return text


def _touch(session: Session, row, at: str) -> None:
    store.update(session.conn, row.id, {}, at)


def _note(note, incident_id: int, extra: str = "") -> None:
    note.target_type, note.target_id = "crisis", incident_id
    note.detail = extra


@operation((Permission.MANAGE_CRISIS, Permission.EDIT_WATCHLIST), changes={Area.CRISIS, Area.WATCH},
           audit="crisis.report", target="crisis")
def report_incident(session: Session, edit: IncidentEdit, *, now: datetime | None = None) -> int:
    """Record an incident; its students go on the watch list at the highest level. Returns its id."""
    now = now or datetime.now()
    conn = session.conn
    if edit.type not in rules.codes(rules.Type):
        raise ValidationError(BAD_TYPE)
    if edit.gravity not in rules.codes(rules.Gravity):
        raise ValidationError(BAD_GRAVITY)
    ids = tuple(dict.fromkeys(edit.student_ids))
    if not ids:
        raise ValidationError(NO_STUDENTS)
    if any(student_store.by_id(conn, s) is None for s in ids):
        raise ValidationError(NO_STUDENT)
    occurred = _not_future(edit.occurred_at, now)
    found = _not_future(edit.found_at, now)
    if found < occurred:
        raise ValidationError(FOUND_BEFORE, found=found.replace("T", " "), occurred=occurred.replace("T", " "))
    finder = checks.text(edit.found_by, FIELD_PERSON, 40, required=NO_FINDER)
    details = checks.text(edit.details, FIELD_TEXT, 4000, required=NO_DETAILS)
    place = checks.text(edit.place, FIELD_PLACE, 80)
    year = int(occurred[:4])
    at = audit.now_iso()
    with changing(session, "crisis.report", "crisis") as note:
        incident_id = store.insert(conn, {"year": year, "seq": store.next_seq(conn, year), "occurred_at": occurred,
                                          "place": place, "type": edit.type, "gravity": edit.gravity,
                                          "found_by": finder, "found_at": found, "state": rules.State.OPEN.value,
                                          "created_by": session.user.id}, at)
        store.DETAILS.write(conn, session.clinical, incident_id, details)
        store.set_step(conn, incident_id, rules.Step.FOUND.value, found, finder, session.user.id, at)
        row = store.incident(conn, incident_id)
        opened = []
        for sid in ids:
            entry_id = None
            if edit.type != rules.Type.DEATH:
                top = max(referral_watch.store.levels(conn), key=lambda lv: lv.rank).code
                entry_id, was_opened = referral_watch.open_or_get(
                    session, sid, at, date.fromisoformat(occurred[:10]), source=watch_rules.Source.STAFF.value,
                    concern=CONCERN.format(number=number_of(row), type=TYPE_WORDS[edit.type]), ref_type="crisis",
                    ref_id=number_of(row), level=top)
                if not was_opened:
                    referral_watch.raise_to_top(session, entry_id, at, CONCERN.format(number=number_of(row),
                                                                                      type=TYPE_WORDS[edit.type]))
                opened.append(f"{sid}:{entry_id}")
            store.add_student(conn, incident_id, sid, entry_id)
        _note(note, incident_id, f"{edit.type} {edit.gravity} students={','.join(map(str, ids))}")
    return incident_id


@operation(Permission.MANAGE_CRISIS, changes={Area.CRISIS}, audit="crisis.step", target="crisis")
def record_step(session: Session, incident_id: int, step: str, done_at: datetime, done_by: str, note_text: str = "",
                *, now: datetime | None = None) -> int | None:
    """A step of the plan: when and by whom (recorded again, it replaces the earlier record). For the report, returns
    the minutes since the discovery."""
    now = now or datetime.now()
    row = load(session, incident_id, open_only=True)
    if step not in rules.codes(rules.Step):
        raise ValidationError(BAD_STEP)
    if step == rules.Step.PARENTS:
        raise ValidationError(PARENTS_BY_CALLS)
    when = _after_found(row, done_at, now)
    person = checks.text(done_by, FIELD_PERSON, 40, required=NO_PERSON)
    words = checks.text(note_text, FIELD_TEXT, 2000)
    at = audit.now_iso()
    minutes = rules.minutes_between(row.found_at, when) if step == rules.Step.REPORTED else None
    with changing(session, "crisis.step", "crisis", incident_id) as note:
        step_id = store.set_step(session.conn, incident_id, step, when, person, session.user.id, at)
        store.STEP_NOTE.write(session.conn, session.clinical, step_id, words or None)
        _touch(session, row, at)
        _note(note, incident_id, step + (f" minutes={minutes}" if minutes is not None else ""))
    return minutes


@operation(Permission.MANAGE_CRISIS, changes={Area.CRISIS}, audit="crisis.parent_call", target="crisis")
def add_parent_call(session: Session, incident_id: int, student_id: int, at_time: datetime, by_name: str, way: str,
                    reached: bool, *, now: datetime | None = None) -> int:
    """An attempt to reach a student's parents; the first successful one marks the 'parents' step."""
    now = now or datetime.now()
    row = load(session, incident_id, open_only=True)
    if student_id not in {s.student_id for s in store.students(session.conn, incident_id)}:
        raise ValidationError(NOT_INVOLVED)
    if way not in watch_rules.codes(watch_rules.ContactWay):
        raise ValidationError(BAD_WAY)
    when = _after_found(row, at_time, now)
    person = checks.text(by_name, FIELD_PERSON, 40, required=NO_PERSON)
    at = audit.now_iso()
    with changing(session, "crisis.parent_call", "crisis", incident_id) as note:
        call_id = store.add_call(session.conn, incident_id, student_id, when, person, way, reached, session.user.id, at)
        first = min((c for c in store.calls(session.conn, incident_id) if c.reached), key=lambda c: c.at, default=None)
        if first is not None:
            store.set_step(session.conn, incident_id, rules.Step.PARENTS.value, first.at, first.by_name,
                           session.user.id, at)
        _touch(session, row, at)
        _note(note, incident_id, f"student={student_id} {'reached' if reached else 'unreached'}")
    return call_id


@operation(Permission.MANAGE_CRISIS, changes={Area.CRISIS}, audit="crisis.event", target="crisis")
def add_event(session: Session, incident_id: int, at_time: datetime, text: str, *, now: datetime | None = None) -> int:
    """A free entry of the timeline (kept; sealed)."""
    now = now or datetime.now()
    row = load(session, incident_id)
    when = _not_future(at_time, now)
    words = checks.text(text, FIELD_TEXT, 2000, required=NO_TEXT)
    at = audit.now_iso()
    with changing(session, "crisis.event", "crisis", incident_id) as note:
        event_id = store.add_event(session.conn, incident_id, when, session.user.id, at)
        store.EVENT_TEXT.write(session.conn, session.clinical, event_id, words)
        _touch(session, row, at)
        _note(note, incident_id, f"event={event_id}")
    return event_id


@operation(Permission.MANAGE_CRISIS, changes={Area.CRISIS}, audit="crisis.breach", target="crisis")
def add_breach(session: Session, incident_id: int, told: str, at_time: datetime, why: str, *,
               now: datetime | None = None) -> int:
    """A breach of confidentiality to protect life: who was told, when, why."""
    now = now or datetime.now()
    row = load(session, incident_id)
    when = _not_future(at_time, now)
    whom = checks.text(told, FIELD_PERSON, 80, required=NO_TOLD)
    reason = checks.text(why, FIELD_TEXT, 1000, required=NO_WHY)
    at = audit.now_iso()
    with changing(session, "crisis.breach", "crisis", incident_id) as note:
        breach_id = store.add_breach(session.conn, incident_id, whom, when, session.user.id, at)
        store.BREACH_WHY.write(session.conn, session.clinical, breach_id, reason)
        _touch(session, row, at)
        _note(note, incident_id, f"breach={breach_id}")
    return breach_id


def _loop(conn, incident_id: int) -> tuple[bool, bool, bool]:
    """(every student's parents reached, review recorded, may close)."""
    students = {s.student_id for s in store.students(conn, incident_id)}
    reached = {c.student_id for c in store.calls(conn, incident_id) if c.reached}
    review = any(s.step == rules.Step.REVIEW for s in store.steps(conn, incident_id))
    return students <= reached, review, rules.may_close(students, reached, review)


@operation(Permission.MANAGE_CRISIS, changes={Area.CRISIS}, audit="crisis.close", target="crisis")
def close_incident(session: Session, incident_id: int, summary: str, revision: int, *,
                   today: date | None = None) -> None:
    """Closed with a summary, once every student's parents were reached and the review meeting is recorded."""
    row = load(session, incident_id, revision=revision, open_only=True)
    if not _loop(session.conn, incident_id)[2]:
        raise ValidationError(NOT_YET)
    words = checks.text(summary, FIELD_TEXT, 4000, required=NO_SUMMARY)
    _close(session, row, words, revision, False, today or date.today(), "crisis.close")


@operation((Permission.MANAGE_CRISIS, Permission.APPROVE_WATCH_CLOSING), changes={Area.CRISIS},
           audit="crisis.force_close", target="crisis")
def force_close_incident(session: Session, incident_id: int, reason: str, revision: int, *,
                         today: date | None = None) -> None:
    """The office head closes an incident before its loop is complete, with the reason."""
    row = load(session, incident_id, revision=revision, open_only=True)
    words = checks.text(reason, FIELD_TEXT, 4000, required=NO_REASON)
    _close(session, row, words, revision, True, today or date.today(), "crisis.force_close")


def _close(session: Session, row, words: str, revision: int, forced: bool, today: date, action: str) -> None:
    at = audit.now_iso()
    with changing(session, action, "crisis", row.id) as note:
        if not store.update(session.conn, row.id, {"state": rules.State.CLOSED.value, "closed_on": today.isoformat(),
                                                   "closed_by": session.user.id, "forced": int(forced)}, at, revision):
            raise ChangedMeanwhile()
        store.CLOSE_NOTE.write(session.conn, session.clinical, row.id, words)
        _note(note, row.id, "forced" if forced else "")


# -- reading ------------------------------------------------------------------------------------------------------

def _line(conn, row, review_days: int = rules.REVIEW_DAYS, today: date | None = None) -> IncidentLine:
    parents, review, _ok = _loop(conn, row.id)
    due = date.fromisoformat(row.found_at[:10]) + timedelta(days=review_days)
    late = row.state == rules.State.OPEN and not review and due < (today or date.today())
    return IncidentLine(row.id, number_of(row), row.occurred_at, row.type, row.gravity, row.state,
                        len(store.students(conn, row.id)), parents, review, late)


@operation(Permission.VIEW_CRISIS, audit="view.crisis_list", target="crisis")
def list_incidents(session: Session, *, open_only: bool = False, today: date | None = None) -> list[IncidentLine]:
    days = loop_settings.__wrapped__(session).review_days
    found = [_line(session.conn, r, days, today) for r in store.incidents(session.conn, open_only=open_only)]
    session.audit("view.crisis_list", "crisis", "", detail=str(len(found)))
    return found


@operation(Permission.VIEW_CRISIS, target="crisis")
def open_incidents(session: Session, *, today: date | None = None) -> list[IncidentLine]:
    """The open incidents, newest first, for the start page (no names; opening one is audited); ``review_overdue``
    when the review meeting is later than the office's days (default 7) after the discovery."""
    days = loop_settings.__wrapped__(session).review_days
    return [_line(session.conn, r, days, today) for r in store.incidents(session.conn, open_only=True)]


def read_incident(session: Session, incident_id: int) -> IncidentDetail:
    conn, keys = session.conn, session.clinical
    row = load(session, incident_id)
    done = {s.step: s for s in store.steps(conn, incident_id)}
    steps = [StepLine(step.value, done[step].done_at if step in done else None,
                      done[step].done_by if step in done else "",
                      (store.STEP_NOTE.read(conn, keys, done[step].id) or "") if step in done else "")
             for step in rules.STEPS]
    reported = done.get(rules.Step.REPORTED)
    target = loop_settings.__wrapped__(session).report_minutes
    minutes = rules.minutes_between(row.found_at, reported.done_at) if reported else None
    events = [(e.at, e.user_name, store.EVENT_TEXT.read(conn, keys, e.id) or "") for e in store.events(conn, incident_id)]
    breaches = [(b.at, b.told, store.BREACH_WHY.read(conn, keys, b.id) or "", b.user_name)
                for b in store.breaches(conn, incident_id)]
    return IncidentDetail(row, number_of(row), store.DETAILS.read(conn, keys, incident_id) or "",
                          store.CLOSE_NOTE.read(conn, keys, incident_id) or "", store.students(conn, incident_id),
                          steps, store.calls(conn, incident_id), events, breaches, minutes,
                          None if minutes is None else minutes > target, target, _loop(conn, incident_id)[2])


@operation(Permission.VIEW_CRISIS, audit="view.crisis", target="crisis")
def get_incident(session: Session, incident_id: int) -> IncidentDetail:
    """One incident with its crisis details (sealed text); audited."""
    detail = read_incident(session, incident_id)
    ids = ",".join(str(s.student_id) for s in detail.students)
    session.audit("view.crisis", "crisis", incident_id, detail=f"students={ids}")
    return detail
