"""Closing a watch-list entry and reopening it (policy §8: closed-loop management).

Closing needs a reason, an explanation and the office head's approval: a counselor asks (the entry stays open,
marked 待审批, and shows on the head's start page), the head approves or sends it back with a reason. When the head
closes an entry themselves, they approve their own request in one step. An entry at a level that may not close
(高危 by default) must be lowered first. A closed entry stays in the student's history; reopening it records who
and why, and the student may have only one open entry.
"""
from __future__ import annotations

from datetime import date

from counselor_app.domain import watch as rules
from counselor_app.domain.areas import Area
from counselor_app.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from counselor_app.domain.roles import Permission
from counselor_app.services.operations import changing, operation
from counselor_app.services.session import Session
from counselor_app.services.watch import (ALREADY_OPEN, BAD_LEVEL, FIELD_REASON, history, level_map, load_entry,
                                          note_student, save, text, today_or)
from counselor_app.store import audit, watch as store

BAD_CLOSE_REASON = QT_TRANSLATE_NOOP("Errors", "Choose why the entry is closed.")
NO_EXPLANATION = QT_TRANSLATE_NOOP("Errors", "Explain the closing: what changed, who agreed, what support goes on.")
LOWER_FIRST = QT_TRANSLATE_NOOP("Errors", "An entry at the level \"{level}\" cannot be closed: lower its level first, "
                                          "with the reason.")
ALREADY_ASKED = QT_TRANSLATE_NOOP("Errors", "The closing of this entry is already waiting for the office head.")
NOT_ASKED = QT_TRANSLATE_NOOP("Errors", "Nobody asked to close this entry.")
NOT_CLOSED = QT_TRANSLATE_NOOP("Errors", "This entry is not closed.")
FIELD_EXPLANATION = QT_TRANSLATE_NOOP("WatchField", "The explanation")


def _check_closable(session: Session, entry, reason: str, explanation: str) -> str:
    if reason not in rules.codes(rules.CloseReason):
        raise ValidationError(BAD_CLOSE_REASON)
    level = level_map(session.conn).get(entry.level)
    if level is not None and not level.may_close:
        raise ValidationError(LOWER_FIRST, level=level.label or level.text)
    return text(explanation, FIELD_EXPLANATION, required=True, missing=NO_EXPLANATION)


@operation(Permission.EDIT_WATCHLIST, changes={Area.WATCH}, audit="watch.close_request", target="watch")
def request_close(session: Session, entry_id: int, reason: str, explanation: str, revision: int, *,
                  today: date | None = None) -> bool:
    """Ask to close the entry. The office head's own request closes it at once (True); a counselor's waits for
    the head (False)."""
    entry = load_entry(session, entry_id, revision=revision, open_only=True)
    if entry.close_requested_at:
        raise ValidationError(ALREADY_ASKED)
    why = _check_closable(session, entry, reason, explanation)
    at = audit.now_iso()
    with changing(session, "watch.close_request", "student", entry.student_id) as note:
        save(session, entry, {"close_reason": reason, "close_requested_by": session.user.id,
                              "close_requested_at": at}, at, revision)
        store.CLOSE_NOTE.write(session.conn, session.clinical, entry_id, why)
        history(session, entry_id, at, "close_requested", entry.state, reason, why)
        note_student(note, entry_id, f"reason={reason}")
    if not session.can(Permission.APPROVE_WATCH_CLOSING):
        return False
    _close(session, load_entry(session, entry_id, open_only=True), today)   # the head approves their own request
    return True


@operation(Permission.EDIT_WATCHLIST, changes={Area.WATCH}, audit="watch.close_withdraw", target="watch")
def withdraw_close(session: Session, entry_id: int, revision: int) -> None:
    """Take back one's request to close (or any request, for the head)."""
    entry = load_entry(session, entry_id, revision=revision, open_only=True)
    if not entry.close_requested_at:
        raise ValidationError(NOT_ASKED)
    at = audit.now_iso()
    with changing(session, "watch.close_withdraw", "student", entry.student_id) as note:
        save(session, entry, {"close_reason": "", "close_requested_by": None, "close_requested_at": None}, at,
             revision)
        store.CLOSE_NOTE.write(session.conn, session.clinical, entry_id, None)
        history(session, entry_id, at, "close_withdrawn")
        note_student(note, entry_id)


@operation(Permission.APPROVE_WATCH_CLOSING, changes={Area.WATCH}, audit="watch.close", target="watch")
def approve_close(session: Session, entry_id: int, revision: int, *, today: date | None = None) -> None:
    """The office head closes the entry as asked."""
    entry = load_entry(session, entry_id, revision=revision, open_only=True)
    if not entry.close_requested_at:
        raise ValidationError(NOT_ASKED)
    _close(session, entry, today)


def _close(session: Session, entry, today: date | None) -> None:
    _check_closable(session, entry, entry.close_reason, "-")   # the level may have been raised since
    at = audit.now_iso()
    with changing(session, "watch.close", "student", entry.student_id) as note:
        save(session, entry, {"state": rules.State.CLOSED.value, "closed_on": today_or(today).isoformat(),
                              "closed_by": session.user.id}, at, entry.revision)
        history(session, entry.id, at, "closed", entry.state, rules.State.CLOSED.value)
        note_student(note, entry.id, f"reason={entry.close_reason}")


@operation(Permission.APPROVE_WATCH_CLOSING, changes={Area.WATCH}, audit="watch.close_reject", target="watch")
def reject_close(session: Session, entry_id: int, reason: str, revision: int) -> None:
    """The office head sends the request back: the entry stays open, the reason goes to its history."""
    entry = load_entry(session, entry_id, revision=revision, open_only=True)
    if not entry.close_requested_at:
        raise ValidationError(NOT_ASKED)
    why = text(reason, FIELD_REASON, required=True)
    at = audit.now_iso()
    with changing(session, "watch.close_reject", "student", entry.student_id) as note:
        save(session, entry, {"close_reason": "", "close_requested_by": None, "close_requested_at": None}, at,
             revision)
        store.CLOSE_NOTE.write(session.conn, session.clinical, entry_id, None)
        history(session, entry_id, at, "close_rejected", "", "", why)
        note_student(note, entry_id)


@operation(Permission.EDIT_WATCHLIST, changes={Area.WATCH}, audit="watch.reopen", target="watch")
def reopen(session: Session, entry_id: int, level: str, reason: str, revision: int, *,
           today: date | None = None) -> None:
    """A closed entry comes back: 跟进中 at ``level``, the reason kept; the first review after the level's days."""
    entry = load_entry(session, entry_id, revision=revision)
    if entry.state != rules.State.CLOSED:
        raise ValidationError(NOT_CLOSED)
    levels = level_map(session.conn)
    if level not in {lv.code for lv in store.levels(session.conn)}:
        raise ValidationError(BAD_LEVEL)
    why = text(reason, FIELD_REASON, required=True)
    day = today_or(today)
    at = audit.now_iso()
    with changing(session, "watch.reopen", "student", entry.student_id) as note:
        if store.open_entry_of(session.conn, entry.student_id) is not None:
            raise ValidationError(ALREADY_OPEN)
        save(session, entry, {"state": rules.State.FOLLOWING.value, "level": level, "close_reason": "",
                              "close_requested_by": None, "close_requested_at": None, "closed_on": None,
                              "closed_by": None,
                              "next_review": rules.review_due(day, levels[level]).isoformat()}, at, revision)
        store.CLOSE_NOTE.write(session.conn, session.clinical, entry_id, None)
        history(session, entry_id, at, "reopened", entry.level, level, why)
        note_student(note, entry_id, f"level={level}")
