"""Recurring sessions: a series is booked as its rule (domain/appointment_series.py) plus one appointment per date.

Dates that are not school days are skipped and reported (kept as the series' exceptions, so the week view and the
printout can say why a week has no session), a date whose day off has a make-up workday in the same week moves
there. A session that conflicts is not booked either: the series is refused with the first conflict (each date's
conflicts are in the preview), so that a series is either whole or not made.

Changes apply to "this one" (the appointment alone: move or cancel, the series notes the exception), "this and the
following" (the series ends before that date; its coming sessions are cancelled; a new time makes a new series from
there) or "all" (every coming session).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from counselor_app.domain import appointment as rules, appointment_series as series_rules
from counselor_app.domain.appointment import Conflict, Proposal, hhmm
from counselor_app.domain.appointment_series import Rule, Scope
from counselor_app.domain.areas import Area
from counselor_app.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from counselor_app.domain.roles import Permission
from counselor_app.services import appointment_setup as setup
from counselor_app.services.appointments import (BookingConflict, BookingEdit, ChangedMeanwhile, IN_PAST,
                                                 _validate, audit_students, conflicts_of, load,
                                                 note_text, now_or)
from counselor_app.services.operations import changing, operation
from counselor_app.services.session import Session
from counselor_app.store import appointments as store, audit

BAD_RULE = QT_TRANSLATE_NOOP("Errors", "A series is weekly or every two weeks, for 1 to {max} sessions or until a "
                                       "date after its first day.")
NO_SESSIONS = QT_TRANSLATE_NOOP("Errors", "The series holds no school day: every date falls on a holiday or in the "
                                          "vacation.")
NOT_SERIES = QT_TRANSLATE_NOOP("Errors", "This appointment is not part of a series.")
NO_SERIES = QT_TRANSLATE_NOOP("Errors", "This series does not exist.")
CRISIS_SERIES = QT_TRANSLATE_NOOP("Errors", "A crisis session is booked alone, not as a series.")


@dataclass(frozen=True)
class SeriesEdit:
    booking: BookingEdit             # the first session: counselor, time, students, kind, room …
    interval: str = series_rules.Interval.WEEKLY.value
    sessions: int | None = None
    until: date | None = None


@dataclass(frozen=True)
class SeriesPreview:
    days: tuple[date, ...]
    skipped: tuple[date, ...]                       # not school days: reported, not booked
    moved: tuple[tuple[date, date], ...]            # (planned, make-up workday held instead)
    conflicts: tuple[tuple[date, tuple[Conflict, ...]], ...]   # the dates with conflicts (blocking or warnings)
    start: str
    end: str

    @property
    def blocking(self) -> list[tuple[date, Conflict]]:
        return [(d, c) for d, cs in self.conflicts for c in cs if c.blocking]


@dataclass(frozen=True)
class SeriesBooked:
    id: int
    appointment_ids: tuple[int, ...]
    preview: SeriesPreview


def _rule(edit: SeriesEdit) -> Rule:
    try:
        return Rule(edit.booking.day, edit.interval, edit.sessions, edit.until)
    except ValueError:
        raise ValidationError(BAD_RULE, max=series_rules.MAX_SESSIONS) from None


def _preview(session: Session, edit: SeriesEdit) -> SeriesPreview:
    b = edit.booking
    if b.kind == rules.Kind.CRISIS.value:
        raise ValidationError(CRISIS_SERIES)
    rules_ = setup.rules_of(session)
    start, end, students = _validate(session, b, rules_)
    rule = _rule(edit)
    facts = setup.CalendarFacts(session)
    last = rule.until or date(rule.first.year + 2, 1, 1)
    plan = series_rules.plan(rule, facts.calendar.is_school_day, follows=facts.all_follows(rule.first, last))
    if not plan.sessions:
        raise ValidationError(NO_SESSIONS)
    windows = setup.windows_of(session, b.counselor_id)
    found = []
    for occ in plan.sessions:
        p = Proposal(b.counselor_id, occ.day, start, end, b.kind, b.mode,
                     b.room_id if b.mode == rules.Mode.ROOM.value else None, students, b.people)
        cs = conflicts_of(session, p, facts, rules_, windows)
        if cs:
            found.append((occ.day, tuple(cs)))
    return SeriesPreview(tuple(plan.days), tuple(plan.skipped), tuple((o.planned, o.day) for o in plan.moved),
                         tuple(found), hhmm(start), hhmm(end))


@operation(Permission.MANAGE_APPOINTMENTS)
def preview_series(session: Session, edit: SeriesEdit) -> SeriesPreview:
    """The series' dates, the skipped and moved ones and each date's conflicts, without booking."""
    return _preview(session, edit)


@operation(Permission.MANAGE_APPOINTMENTS, changes={Area.APPOINTMENTS}, audit="appointment.series")
def book_series(session: Session, edit: SeriesEdit, *, now: datetime | None = None) -> SeriesBooked:
    """Book the whole series, or nothing (the first blocking conflict is the message)."""
    now = now_or(now)
    b = edit.booking
    reason = note_text(session, b.reason)
    pv = _preview(session, edit)
    if pv.blocking:
        raise BookingConflict([c for _d, c in pv.blocking])
    if datetime.combine(pv.days[0], rules.parse_time(pv.start)) < now.replace(second=0, microsecond=0):
        raise ValidationError(IN_PAST, day=pv.days[0].isoformat(), start=pv.start)
    rule = _rule(edit)
    room = b.room_id if b.mode == rules.Mode.ROOM.value else None
    at = audit.now_iso()
    planned = {held: planned for planned, held in pv.moved}
    ids = []
    with changing(session, "appointment.series") as note:
        series_id = store.insert_series(session.conn, {
            "counselor_id": b.counselor_id, "kind": b.kind, "mode": b.mode, "room_id": room, "start": pv.start,
            "end": pv.end, "referral": b.referral, "first_day": rule.first.isoformat(), "every": rule.interval,
            "sessions": rule.count, "until": rule.until.isoformat() if rule.until else None,
            "created_by": session.user.id}, b.student_ids, at)
        for day in pv.days:
            aid = store.insert(session.conn, {
                "kind": b.kind, "mode": b.mode, "counselor_id": b.counselor_id, "room_id": room,
                "day": day.isoformat(), "start": pv.start, "end": pv.end, "referral": b.referral,
                "series_id": series_id, "planned_on": planned.get(day, day).isoformat(),
                "created_by": session.user.id}, b.student_ids, at)
            if reason:
                store.REASON.write(session.conn, session.clinical, aid, reason)
            store.add_history(session.conn, aid, at, session.user.id, "booked", "", f"{day.isoformat()} {pv.start}")
            ids.append(aid)
        for day in pv.skipped:
            store.put_exception(session.conn, series_id, day.isoformat(), "skipped", None, at)
        for planned_on, held in pv.moved:
            store.put_exception(session.conn, series_id, planned_on.isoformat(), "moved", held.isoformat(), at)
        audit_students(session, note, "appointment.series", ids[0], sorted(set(b.student_ids)),
                       f"series={series_id} sessions={len(ids)} skipped={len(pv.skipped)}")
    return SeriesBooked(series_id, tuple(ids), pv)


def _series_of(session: Session, appointment_id: int) -> tuple[store.AppointmentRow, store.SeriesRow]:
    row = load(session, appointment_id)
    if row.series_id is None:
        raise ValidationError(NOT_SERIES)
    found = store.series(session.conn, row.series_id)
    if found is None:
        raise ValidationError(NO_SERIES)
    return row, found


def _coming(session: Session, series: store.SeriesRow, row: store.AppointmentRow, scope: str
            ) -> list[store.AppointmentRow]:
    rows = [r for r in store.series_appointments(session.conn, series.id) if rules.may_reschedule(r.state)]
    if scope == Scope.THIS.value:
        return [r for r in rows if r.id == row.id]
    if scope == Scope.FOLLOWING.value:
        return [r for r in rows if (r.day, r.start) >= (row.day, row.start)]
    return rows


@operation(Permission.MANAGE_APPOINTMENTS, changes={Area.APPOINTMENTS}, audit="appointment.series_cancel",
           target="appointment")
def cancel_series(session: Session, appointment_id: int, scope: str, by_student: bool = False, note: str = "", *,
                  now: datetime | None = None) -> list[int]:
    """Cancel this session, this and the following, or all coming sessions of its series. Returns the cancelled."""
    row, series = _series_of(session, appointment_id)
    if scope not in rules.codes(Scope):
        raise ValueError("unknown scope")
    words = note_text(session, note)
    now = now_or(now)
    late = setup.rules_of(session).late_cancel_hours
    out = []
    at = audit.now_iso()
    with changing(session, "appointment.series_cancel") as n:
        for r in _coming(session, series, row, scope):
            start = datetime.combine(date.fromisoformat(r.day), rules.parse_time(r.start))
            state = rules.cancel_state(by_student, now, start, late)
            store.update(session.conn, r.id, {"state": state}, at)
            if words:
                store.STATE_NOTE.write(session.conn, session.clinical, r.id, words)
            store.add_history(session.conn, r.id, at, session.user.id, "state", r.state, state)
            store.put_exception(session.conn, series.id, r.planned_on or r.day, "cancelled", None, at)
            out.append(r.id)
        if scope != Scope.THIS.value:
            store.end_series(session.conn, series.id, row.planned_on or row.day, at)
        audit_students(session, n, "appointment.series_cancel", row.id, series.student_ids or row.student_ids,
                       f"series={series.id} scope={scope} cancelled={len(out)}")
    return out


@operation(Permission.MANAGE_APPOINTMENTS, changes={Area.APPOINTMENTS}, audit="appointment.series_move",
           target="appointment")
def move_series(session: Session, appointment_id: int, scope: str, start: str, *, weekday_shift: int = 0,
                room_id: int | None = None, now: datetime | None = None) -> list[int]:
    """A new time (and room; the day moved by ``weekday_shift`` days) for this session, this and the following, or
    all coming sessions: checked together, all or nothing. Returns the moved appointments."""
    from datetime import timedelta

    row, series = _series_of(session, appointment_id)
    if scope not in rules.codes(Scope):
        raise ValueError("unknown scope")
    now = now_or(now)
    targets = _coming(session, series, row, scope)
    rules_ = setup.rules_of(session)
    facts = setup.CalendarFacts(session)
    minutes = _length(row)
    moved_ids = {r.id for r in targets}
    plans = []
    for r in targets:
        day = date.fromisoformat(r.day) + timedelta(days=weekday_shift)
        edit = BookingEdit(r.counselor_id, day, start, r.student_ids, r.kind, r.mode,
                           room_id if room_id is not None else r.room_id, minutes)
        s, e, students = _validate(session, edit, rules_)
        if datetime.combine(day, s) < now.replace(second=0, microsecond=0):
            raise ValidationError(IN_PAST, day=day.isoformat(), start=hhmm(s))
        p = Proposal(r.counselor_id, day, s, e, r.kind, r.mode, edit.room_id if r.mode == "room" else None,
                     students, 0, r.id)
        found = [c for c in conflicts_of(session, p, facts, rules_) if c.blocking and c.other_id not in moved_ids]
        if found:
            raise BookingConflict(found)
        plans.append((r, p))
    at = audit.now_iso()
    with changing(session, "appointment.series_move") as n:
        for r, p in plans:
            if not store.update(session.conn, r.id, {"day": p.day.isoformat(), "start_time": hhmm(p.start),
                                                     "end_time": hhmm(p.end), "room_id": p.room_id}, at, r.revision):
                raise ChangedMeanwhile()
            store.add_history(session.conn, r.id, at, session.user.id, "moved", f"{r.day} {r.start}",
                              f"{p.day.isoformat()} {hhmm(p.start)}")
            if scope == Scope.THIS.value:
                store.put_exception(session.conn, series.id, r.planned_on or r.day, "moved", p.day.isoformat(), at)
        if scope == Scope.ALL.value and plans:
            first = plans[0][1]
            store.update_series_time(session.conn, series.id, hhmm(first.start), hhmm(first.end), first.room_id,
                                     row.mode, at)
        audit_students(session, n, "appointment.series_move", row.id, series.student_ids or row.student_ids,
                       f"series={series.id} scope={scope} moved={len(plans)}")
    return [r.id for r, _p in plans]


def _length(row: store.AppointmentRow) -> int:
    s, e = rules.parse_time(row.start), rules.parse_time(row.end)
    return (e.hour * 60 + e.minute) - (s.hour * 60 + s.minute)


@dataclass(frozen=True)
class SeriesView:
    series: store.SeriesRow
    appointments: tuple[store.AppointmentRow, ...]
    exceptions: tuple[tuple[str, str, str | None], ...]     # (planned day, skipped/cancelled/moved, moved to)


@operation(Permission.MANAGE_APPOINTMENTS, audit="view.series", target="appt_series")
def get_series(session: Session, series_id: int) -> SeriesView:
    found = store.series(session.conn, series_id)
    if found is None:
        raise ValidationError(NO_SERIES)
    session.audit("view.series", "student", found.student_ids[0] if found.student_ids else "",
                  detail=f"series={series_id}")
    return SeriesView(found, tuple(store.series_appointments(session.conn, series_id)),
                      tuple(store.exceptions(session.conn, series_id)))
