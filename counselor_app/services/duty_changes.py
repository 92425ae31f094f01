"""Swaps and covers of duties: the roster changes only once the office head approved.

- a **swap** (换班): a person asks to exchange a duty with a colleague's → the colleague accepts (or declines) → the
  head approves (or not); on approval both duties change hands.
- a **cover** (代班): a person on leave names a replacement for a duty → the head approves (or not); on approval the
  replacement takes the duty.

Asking, accepting, declining and withdrawing need MANAGE_DUTY; approving and rejecting APPROVE_DUTY_CHANGES (the
office head). A colleague with an account of their own accepts or declines from it; for one without (a part-time
teacher) the office records the answer, never the person who asked. The rules of the roster are checked when asked
and again when approved (someone may have become unavailable in between): nobody ends up on a shift they may not
take, while unavailable, or twice at the same time. Every step is audited (ids, never a name).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from counselor_app.domain import duty as rules
from counselor_app.domain.areas import Area
from counselor_app.domain.errors import QT_TRANSLATE_NOOP, Text, ValidationError
from counselor_app.domain.roles import Permission
from counselor_app.services import duty_roster
from counselor_app.services.duty_roster import load_assignment
from counselor_app.services.operations import changing, operation
from counselor_app.services.session import Session
from counselor_app.store import audit, duty as duty_store, duty_changes as store, staff as staff_store
from counselor_app.store import users as user_store

NO_CHANGE = QT_TRANSLATE_NOOP("Errors", "This swap or cover request does not exist.")
PAST_DUTY = QT_TRANSLATE_NOOP("Errors", "This duty is in the past: it can no longer be swapped or covered.")
SAME_PERSON = QT_TRANSLATE_NOOP("Errors", "Choose a duty of another person.")
SAME_SHIFT = QT_TRANSLATE_NOOP("Errors", "Both duties are the same shift: there is nothing to swap.")
ALREADY_ASKED = QT_TRANSLATE_NOOP("Errors", "A request for one of these duties is already open.")
NOT_OPEN = QT_TRANSLATE_NOOP("Errors", "This request is already {state}.")
NOT_ACCEPTED = QT_TRANSLATE_NOOP("Errors", "The colleague has not accepted this swap yet.")
NOT_A_SWAP = QT_TRANSLATE_NOOP("Errors", "Only a swap is accepted by a colleague; a cover goes to the head directly.")
COLLEAGUE_ONLY = QT_TRANSLATE_NOOP(
    "Errors", "Only the colleague asked can accept or decline this swap, from their own account.")
NOT_YOURS = QT_TRANSLATE_NOOP("Errors", "You asked for this swap: the colleague has to answer it.")
BAD_REASON = QT_TRANSLATE_NOOP("Errors", "Choose why the duty is given away.")
ASKER_CANNOT = QT_TRANSLATE_NOOP("Errors", "The one asking cannot take the duty of {day}: {why}")
COLLEAGUE_CANNOT = QT_TRANSLATE_NOOP("Errors", "The colleague cannot take the duty of {day}: {why}")
DUTY_MOVED = QT_TRANSLATE_NOOP(
    "Errors", "One of the duties changed hands since the request was made. Nothing was changed: the request can "
    "only be rejected.")


@dataclass(frozen=True)
class ChangeInfo:
    id: int
    kind: str
    state: str
    reason: str
    day: date
    post: str
    period: str
    times: str
    staff_id: int
    name: str                       # who gives the duty away
    other_staff_id: int
    other_name: str                 # the colleague (swap) or the replacement (cover)
    other_day: date | None          # a swap: the colleague's duty given in exchange
    other_post: str
    other_period: str
    other_times: str
    requested_at: str
    decided_at: str | None


def _shift(session: Session, assignment_id: int | None) -> duty_store.ShiftRow | None:
    if assignment_id is None:
        return None
    a = duty_store.assignment_by_id(session.conn, assignment_id)
    if a is None:
        return None
    return next((s for s in duty_store.shifts(session.conn, a.day, a.day) if s.id == assignment_id), None)


def _info(session: Session, row: store.ChangeRow) -> ChangeInfo:
    names = {s.id: s.name for s in staff_store.all_staff(session.conn).values()}
    mine, theirs = _shift(session, row.assignment_id), _shift(session, row.other_assignment)
    return ChangeInfo(row.id, row.kind, row.state, row.reason, date.fromisoformat(mine.day), mine.post, mine.period,
                      f"{mine.start_time}–{mine.end_time}", row.staff_id, names.get(row.staff_id, ""),
                      row.other_staff_id, names.get(row.other_staff_id, ""),
                      date.fromisoformat(theirs.day) if theirs else None, theirs.post if theirs else "",
                      theirs.period if theirs else "", f"{theirs.start_time}–{theirs.end_time}" if theirs else "",
                      row.requested_at, row.decided_at)


def _load(session: Session, change_id: int) -> store.ChangeRow:
    found = store.by_id(session.conn, change_id)
    if found is None:
        raise ValidationError(NO_CHANGE)
    return found


def _require_open(row: store.ChangeRow) -> None:
    state = rules.ChangeState(row.state)
    if not state.open:
        raise ValidationError(NOT_OPEN, state=state.label)


def _future(a: duty_store.AssignmentRow) -> date:
    day = date.fromisoformat(a.day)
    if day < date.today():
        raise ValidationError(PAST_DUTY)
    return day


def _check_swap(session: Session, mine: duty_store.AssignmentRow, theirs: duty_store.AssignmentRow) -> None:
    """Each can take the other's duty once their own is given away."""
    if mine.staff_id == theirs.staff_id:
        raise ValidationError(SAME_PERSON)
    if mine.day == theirs.day and mine.template_id == theirs.template_id:
        raise ValidationError(SAME_SHIFT)
    _may_take(session, theirs, mine, ASKER_CANNOT)
    _may_take(session, mine, theirs, COLLEAGUE_CANNOT)


def _may_take(session: Session, duty: duty_store.AssignmentRow, giving: duty_store.AssignmentRow, who: Text) -> None:
    """The person of ``giving`` may take ``duty`` once ``giving`` is given away; a refusal says whose taking of
    which day fails ("this person" alone did not: a swap has two)."""
    try:
        duty_roster.check_person_on(session, _future(duty), duty.template_id, giving.staff_id, ignore=giving.id)
    except ValidationError as refused:
        if any(isinstance(v, Text) for v in refused.params.values()):
            raise   # a reason in words of its own (unavailable: …) is not filled twice
        raise ValidationError(who, why=refused.source, **{"day": duty.day, **refused.params}) from None


def _reason(reason: str) -> str:
    if reason not in {r.value for r in rules.Reason}:
        raise ValidationError(BAD_REASON)
    return reason


# -- reading ---------------------------------------------------------------------------------------------------------

@operation(Permission.MANAGE_DUTY, target="duty_change")
def list_changes(session: Session, *, open_only: bool = False) -> list[ChangeInfo]:
    """The swap and cover requests, newest first (only those waiting for an answer with ``open_only``)."""
    return [_info(session, r) for r in store.changes(session.conn, open_only=open_only)]


# -- asking ----------------------------------------------------------------------------------------------------------

@operation(Permission.MANAGE_DUTY, changes={Area.DUTY}, audit="duty.swap_request", target="duty_assignment")
def request_swap(session: Session, assignment_id: int, other_assignment: int, reason: str = "other") -> int:
    """Ask to exchange a duty for a colleague's."""
    mine, theirs = load_assignment(session, assignment_id), load_assignment(session, other_assignment)
    _check_swap(session, mine, theirs)
    with changing(session, "duty.swap_request", "duty_assignment", assignment_id) as note:
        if store.open_on(session.conn, [mine.id, theirs.id]):
            raise ValidationError(ALREADY_ASKED)
        change = store.insert(session.conn, "swap", mine.id, theirs.id, mine.staff_id, theirs.staff_id,
                              _reason(reason), session.user.id, audit.now_iso())
        note.detail = f"change={change}/with={theirs.id}"
    return change


@operation(Permission.MANAGE_DUTY, changes={Area.DUTY}, audit="duty.cover_request", target="duty_assignment")
def request_cover(session: Session, assignment_id: int, replacement_staff_id: int, reason: str = "leave") -> int:
    """Ask for a named replacement to take a duty (a leave): the head approves."""
    mine = load_assignment(session, assignment_id)
    if replacement_staff_id == mine.staff_id:
        raise ValidationError(SAME_PERSON)
    duty_roster.check_person_on(session, _future(mine), mine.template_id, replacement_staff_id)
    with changing(session, "duty.cover_request", "duty_assignment", assignment_id) as note:
        if store.open_on(session.conn, [mine.id]):
            raise ValidationError(ALREADY_ASKED)
        change = store.insert(session.conn, "cover", mine.id, None, mine.staff_id, replacement_staff_id,
                              _reason(reason), session.user.id, audit.now_iso())
        note.detail = f"change={change}/staff={replacement_staff_id}"
    return change


# -- the colleague's answer ------------------------------------------------------------------------------------------

def _may_answer(session: Session, row: store.ChangeRow) -> None:
    if row.kind != "swap":
        raise ValidationError(NOT_A_SWAP)
    colleague = user_store.by_staff(session.conn, row.other_staff_id)
    if colleague is not None and colleague.active:
        if colleague.id != session.user.id:
            raise ValidationError(COLLEAGUE_ONLY)
    elif session.user.staff_id == row.staff_id:
        raise ValidationError(NOT_YOURS)


@operation(Permission.MANAGE_DUTY, changes={Area.DUTY}, audit="duty.swap_accept", target="duty_change")
def accept_swap(session: Session, change_id: int) -> None:
    row = _load(session, change_id)
    _require_open(row)
    _may_answer(session, row)
    if row.state != "requested":
        raise ValidationError(NOT_OPEN, state=rules.ChangeState(row.state).label)
    with changing(session, "duty.swap_accept", "duty_change", change_id):
        store.accept(session.conn, change_id, session.user.id, audit.now_iso())


@operation(Permission.MANAGE_DUTY, changes={Area.DUTY}, audit="duty.swap_decline", target="duty_change")
def decline_swap(session: Session, change_id: int) -> None:
    row = _load(session, change_id)
    _require_open(row)
    _may_answer(session, row)
    with changing(session, "duty.swap_decline", "duty_change", change_id):
        store.close(session.conn, change_id, "declined", session.user.id, audit.now_iso())


@operation(Permission.MANAGE_DUTY, changes={Area.DUTY}, audit="duty.change_withdraw", target="duty_change")
def withdraw_change(session: Session, change_id: int) -> None:
    """The request is taken back (before the head decided)."""
    row = _load(session, change_id)
    _require_open(row)
    with changing(session, "duty.change_withdraw", "duty_change", change_id):
        store.close(session.conn, change_id, "withdrawn", session.user.id, audit.now_iso())


# -- the head's decision -----------------------------------------------------------------------------------------------

@operation(Permission.APPROVE_DUTY_CHANGES, changes={Area.DUTY}, audit="duty.change_approve", target="duty_change")
def approve_change(session: Session, change_id: int) -> None:
    """Approve a swap the colleague accepted, or a cover: the roster changes now (rules checked again)."""
    row = _load(session, change_id)
    _require_open(row)
    if row.kind == "swap" and row.state != "accepted":
        raise ValidationError(NOT_ACCEPTED)
    mine = load_assignment(session, row.assignment_id)
    theirs = load_assignment(session, row.other_assignment) if row.other_assignment else None
    if mine.staff_id != row.staff_id or (theirs is not None and theirs.staff_id != row.other_staff_id):
        raise ValidationError(DUTY_MOVED)
    if theirs is not None:
        _check_swap(session, mine, theirs)
    else:
        duty_roster.check_person_on(session, _future(mine), mine.template_id, row.other_staff_id)
    semester_id = duty_store.templates(session.conn, 0, ids=[mine.template_id])[0].semester_id
    with changing(session, "duty.change_approve", "duty_change", change_id, row.kind):
        duty_store.reassign(session.conn, mine.id, row.other_staff_id)
        if theirs is not None:
            duty_store.reassign(session.conn, theirs.id, row.staff_id)
        store.close(session.conn, change_id, "approved", session.user.id, audit.now_iso())
        duty_store.touch_roster(session.conn, semester_id)


@operation(Permission.APPROVE_DUTY_CHANGES, changes={Area.DUTY}, audit="duty.change_reject", target="duty_change")
def reject_change(session: Session, change_id: int) -> None:
    row = _load(session, change_id)
    _require_open(row)
    with changing(session, "duty.change_reject", "duty_change", change_id, row.kind):
        store.close(session.conn, change_id, "rejected", session.user.id, audit.now_iso())
