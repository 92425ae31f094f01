"""The watch list's closed loop at a glance, and the office's list of risk levels.

:func:`my_overdue` is what the start page shows: the open entries that are overdue (domain/watch.overdue_reasons)
for which the user is responsible (a responsible person linked to the user's account, or the entries they opened
when their account has no staff member), and for the office head every overdue entry plus the closings waiting for
approval. One query over the open entries; the rule runs in Python (600 open entries: a few milliseconds).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from counselor_app.domain import watch as rules
from counselor_app.domain.areas import Area
from counselor_app.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from counselor_app.domain.roles import Permission
from counselor_app.services.operations import changing, operation
from counselor_app.services.session import Session
from counselor_app.services.watch import MAX_SHORT, WatchRow, today_or, watch_rows
from counselor_app.store import watch as store

NO_LEVELS = QT_TRANSLATE_NOOP("Errors", "The office needs at least one risk level.")
BAD_DAYS = QT_TRANSLATE_NOOP("Errors", "Days between reviews: from {min} to {max}.")
BAD_COLOUR = QT_TRANSLATE_NOOP("Errors", "A level's colour is written #rrggbb.")
BAD_CODE = QT_TRANSLATE_NOOP("Errors", "A level's code is lower-case letters, digits and _ (at most 20).")
DUPLICATE_LEVEL = QT_TRANSLATE_NOOP("Errors", "Two levels have the same code.")
LEVEL_NAME_LONG = QT_TRANSLATE_NOOP("Errors", "A level's name has at most {max} characters.")
NONE_CLOSABLE = QT_TRANSLATE_NOOP("Errors", "At least one level must allow closing an entry.")
IN_USE = QT_TRANSLATE_NOOP("Errors", "The level \"{level}\" is used by open entries: move them to another level "
                                     "first.")


@dataclass(frozen=True)
class Overview:
    """What the start page shows of the watch list."""
    overdue: tuple[WatchRow, ...]          # the user's overdue entries (the head: everyone's), most urgent first
    close_requests: tuple[WatchRow, ...]   # closings waiting for the head's approval (the head only)
    open_count: int                        # the open entries the user sees in ``overdue``'s scope
    everyone: bool                         # the scope is the whole office (the head)


@operation(Permission.VIEW_WATCHLIST, target="watch")
def my_overdue(session: Session, *, today: date | None = None) -> Overview:
    """The user's overdue entries (the head: all of them) and the closings waiting for the head. Not audited as
    a look at any one student: it shows names and levels only, and opening an entry is audited."""
    raw = store.list_rows(session.conn, open_only=True)
    everyone = session.can(Permission.APPROVE_WATCH_CLOSING)
    staff_id = session.user.staff_id
    if not everyone and staff_id is None:   # an account without a staff member: the entries it opened
        raw = [r for r in raw if r.opened_by == session.user.id]
    elif not everyone:   # the entries the user's staff member is responsible for ('duty<TAB>id<TAB>name;…')
        mine = f"\t{staff_id}\t"
        raw = [r for r in raw if any(mine in f"{p}\t" for p in r.responsible.split(";"))]
    rows = watch_rows(session, raw, today_or(today))
    rank = {lv.code: lv.rank for lv in store.levels(session.conn, all_levels=True)}
    overdue = sorted((r for r in rows if r.overdue), key=lambda r: (r.next_review, -rank.get(r.level, 0), r.id))
    requests = tuple(r for r in rows if r.close_requested) if everyone else ()
    return Overview(tuple(overdue), requests, len(rows), everyone)


# -- the levels -------------------------------------------------------------------------------------------------

@operation(Permission.VIEW_WATCHLIST, target="watch")
def levels(session: Session, *, all_levels: bool = False) -> list[rules.Level]:
    return store.levels(session.conn, all_levels=all_levels)


@operation(Permission.EDIT_SETTINGS, changes={Area.WATCH, Area.SETTINGS}, audit="watch.levels", target="watch")
def save_levels(session: Session, wanted: list[rules.Level]) -> None:
    """The office's list of levels, least serious first. A level left out that entries still use is kept
    (inactive: no longer offered); one that open entries use cannot be left out."""
    import re

    if not wanted:
        raise ValidationError(NO_LEVELS)
    codes = [lv.code for lv in wanted]
    if len(set(codes)) != len(codes):
        raise ValidationError(DUPLICATE_LEVEL)
    cleaned = []
    for n, lv in enumerate(wanted, 1):
        if not re.fullmatch(r"[a-z0-9_]{1,20}", lv.code):
            raise ValidationError(BAD_CODE)
        if not rules.MIN_REVIEW_DAYS <= lv.review_days <= rules.MAX_REVIEW_DAYS:
            raise ValidationError(BAD_DAYS, min=rules.MIN_REVIEW_DAYS, max=rules.MAX_REVIEW_DAYS)
        if not re.fullmatch(r"#[0-9a-fA-F]{6}", lv.colour):
            raise ValidationError(BAD_COLOUR)
        label = " ".join(lv.label.split())
        if len(label) > MAX_SHORT:
            raise ValidationError(LEVEL_NAME_LONG, max=MAX_SHORT)
        cleaned.append(rules.Level(lv.code, label, lv.colour.lower(), n, lv.review_days, lv.may_close))
    if not any(lv.may_close for lv in cleaned):
        raise ValidationError(NONE_CLOSABLE)
    before = store.levels(session.conn, all_levels=True)
    dropped = [lv for lv in before if lv.code not in codes]
    open_levels = {r.level for r in store.list_rows(session.conn, open_only=True)}
    for lv in dropped:
        if lv.code in open_levels:
            raise ValidationError(IN_USE, level=lv.label or lv.text)
    with changing(session, "watch.levels", "watch", "") as note:
        store.save_levels(session.conn, cleaned, [lv.code for lv in dropped])
        note.detail = ",".join(f"{lv.code}:{lv.review_days}" for lv in cleaned)
