"""Appointments: states and their moves, every conflict, crisis overbooking, class periods, no-shows and the cap."""
from __future__ import annotations

from datetime import date, datetime, time

import pytest

from counselor_app.domain import appointment as ap
from counselor_app.domain.appointment import Block, Booking, ConflictKind as C, Proposal, State, Window

DAY = date(2026, 11, 18)   # a Wednesday


def booking(id_, counselor=1, room=1, students=(10,), start="09:00", end="09:50", day=DAY) -> Booking:
    return Booking(id_, counselor, room, frozenset(students), day, ap.parse_time(start), ap.parse_time(end))


def proposal(**kw) -> Proposal:
    base = dict(counselor_id=1, day=DAY, start=time(9, 30), end=time(10, 20), room_id=1,
                student_ids=frozenset({10}))
    base.update(kw)
    return Proposal(**base)


ALL_DAY = [Window(d, time(8), time(18)) for d in range(7)]


def found(p: Proposal, existing=(), *, windows=ALL_DAY, blocks=(), school_day=True, **kw) -> dict[str, bool]:
    return {c.kind: c.blocking for c in ap.conflicts(p, existing, windows=windows, blocks=blocks,
                                                    school_day=school_day, **kw)}


@pytest.mark.parametrize("old,new,ok", [
    ("booked", "confirmed", True), ("booked", "arrived", True), ("booked", "no_show", True),
    ("booked", "cancelled_student", True), ("booked", "cancelled_counselor", True), ("booked", "late_cancel", True),
    ("confirmed", "arrived", True), ("confirmed", "no_show", True), ("confirmed", "late_cancel", True),
    ("arrived", "completed", True),
    ("booked", "completed", False), ("confirmed", "completed", False), ("arrived", "no_show", False),
    ("arrived", "cancelled_student", False), ("completed", "arrived", False), ("no_show", "arrived", False),
    ("cancelled_student", "booked", False), ("late_cancel", "confirmed", False), ("confirmed", "booked", False),
])
def test_state_moves(old, new, ok):
    assert ap.may_move(old, new) is ok


def test_every_state_is_reachable_and_finished_states_are_final():
    reachable = {State.BOOKED.value} | {n for targets in ap.MOVES.values() for n in targets}
    assert reachable == set(ap.codes(State))
    assert all(ap.MOVES.get(s) is None for s in ap.FINISHED)
    assert ap.may_reschedule("booked") and ap.may_reschedule("confirmed") and not ap.may_reschedule("arrived")


def test_cancel_state_by_hours():
    start = datetime(2026, 11, 18, 9, 0)
    assert ap.cancel_state(True, datetime(2026, 11, 17, 8, 59), start, 24) == "cancelled_student"
    assert ap.cancel_state(True, datetime(2026, 11, 17, 9, 1), start, 24) == "late_cancel"
    assert ap.cancel_state(True, datetime(2026, 11, 17, 9, 1), start, 12) == "cancelled_student"
    assert ap.cancel_state(False, datetime(2026, 11, 18, 8, 59), start, 24) == "cancelled_counselor"


def test_more_than_thirty_minutes_late_is_missed():
    start = datetime(2026, 11, 18, 9, 0)
    assert not ap.too_late(start, datetime(2026, 11, 18, 9, 30), 30)
    assert ap.too_late(start, datetime(2026, 11, 18, 9, 31), 30)


def test_no_conflict():
    assert found(proposal(), [booking(1, counselor=2, room=2, students=(11,))]) == {}
    # back to back is no overlap
    assert found(proposal(start=time(9, 50), end=time(10, 40)), [booking(1)]) == {}


def test_counselor_room_student_busy():
    assert found(proposal(), [booking(1, counselor=1, room=2, students=(11,))]) == {C.COUNSELOR_BUSY: True}
    assert found(proposal(), [booking(1, counselor=2, room=1, students=(11,))]) == {C.ROOM_BUSY: True}
    assert found(proposal(), [booking(1, counselor=2, room=2, students=(10,))]) == {C.STUDENT_BUSY: True}
    assert found(proposal(), [booking(1)]) == {C.COUNSELOR_BUSY: True, C.ROOM_BUSY: True, C.STUDENT_BUSY: True}


def test_conflict_names_the_other_appointment_and_its_time():
    c = ap.conflicts(proposal(), [booking(7, room=2, students=(11,))], windows=None, blocks=(), school_day=True)[0]
    assert c.other_id == 7 and c.values == {"day": "2026-11-18", "start": "09:00", "end": "09:50"}
    assert "{start}" in c.message


def test_moving_an_appointment_is_no_conflict_with_itself():
    assert found(proposal(moving=1), [booking(1)]) == {}


def test_online_needs_no_room():
    assert found(proposal(mode="online"), [booking(1, counselor=2, students=(11,))]) == {}


def test_another_day_no_conflict():
    assert found(proposal(), [booking(1, day=date(2026, 11, 19))]) == {}


def test_outside_availability():
    windows = [Window(2, time(14), time(17))]   # Wednesday afternoons
    assert found(proposal(), windows=windows) == {C.OUTSIDE_AVAILABILITY: True}
    assert found(proposal(start=time(14), end=time(14, 50)), windows=windows) == {}
    assert found(proposal(start=time(16, 30), end=time(17, 20)), windows=windows) == {C.OUTSIDE_AVAILABILITY: True}
    assert found(proposal(), windows=None) == {}     # no availability set: any time


def test_makeup_workday_follows_another_weekdays_availability():
    saturday = date(2026, 10, 10)   # worked as a Wednesday
    windows = [Window(2, time(8), time(12))]
    assert found(proposal(day=saturday), windows=windows) == {C.OUTSIDE_AVAILABILITY: True}
    assert found(proposal(day=saturday), windows=windows, timetable=2) == {}


def test_not_school_day_and_blocks():
    assert found(proposal(day=date(2026, 10, 1)), school_day=False) == {C.NOT_SCHOOL_DAY: True}
    assert found(proposal(), blocks=[Block(DAY, reason="培训")]) == {C.BLOCKED: True}                 # the office
    assert found(proposal(), blocks=[Block(DAY, counselor_id=1)]) == {C.BLOCKED: True}               # the counselor
    assert found(proposal(), blocks=[Block(DAY, counselor_id=2)]) == {}
    assert found(proposal(), blocks=[Block(DAY, room_id=1)]) == {C.BLOCKED: True}                    # the room
    assert found(proposal(mode="online"), blocks=[Block(DAY, room_id=1)]) == {}
    assert found(proposal(), blocks=[Block(DAY, counselor_id=1, start=time(14), end=time(16))]) == {}
    assert found(proposal(), blocks=[Block(DAY, counselor_id=1, start=time(10), end=time(11))]) == {C.BLOCKED: True}


def test_room_capacity():
    assert found(proposal(student_ids=frozenset({1, 2, 3})), room_capacity=2) == {C.ROOM_TOO_SMALL: True}
    assert found(proposal(student_ids=frozenset({1, 2})), room_capacity=2) == {}


def test_class_period_is_only_a_warning():
    periods = [(time(9, 40), time(10, 20))]
    assert found(proposal(), class_periods=periods) == {C.CLASS_PERIOD: False}
    assert found(proposal(kind="parent"), class_periods=periods) == {}


def test_crisis_never_waits_every_conflict_a_warning():
    got = found(proposal(kind="crisis"), [booking(1)], windows=[], blocks=[Block(DAY)], school_day=False)
    assert got == {C.COUNSELOR_BUSY: False, C.ROOM_BUSY: False, C.STUDENT_BUSY: False, C.NOT_SCHOOL_DAY: False,
                   C.OUTSIDE_AVAILABILITY: False, C.BLOCKED: False}


def test_blocking_conflicts_come_first():
    got = ap.conflicts(proposal(), [booking(1, room=2, students=(11,))], windows=None, blocks=(), school_day=True,
                       class_periods=[(time(9), time(9, 40))])
    assert [c.blocking for c in got] == [True, False]
    assert [c.kind for c in ap.blocking(got)] == [C.COUNSELOR_BUSY]


def test_times():
    assert ap.parse_time("8:05") == time(8, 5) and ap.parse_time("14：30") == time(14, 30)
    with pytest.raises(ValueError):
        ap.parse_time("25:00")
    with pytest.raises(ValueError):
        ap.parse_time("9")
    assert ap.add_minutes(time(9), 50) == time(9, 50)
    with pytest.raises(ValueError):
        ap.add_minutes(time(23, 30), 50)


def test_misses_and_cap():
    history = [("no_show", False), ("late_cancel", False), ("no_show", True), ("completed", False),
               ("cancelled_student", False)]
    assert ap.unexcused_misses(history) == 2
    assert not ap.back_to_waitlist(2, 3) and ap.back_to_waitlist(3, 3) and not ap.back_to_waitlist(5, 0)
    assert not ap.over_cap(9, 10) and ap.over_cap(10, 10) and not ap.over_cap(99, 0)
    assert ap.counts_toward_cap("booked") and ap.counts_toward_cap("completed")
    assert not ap.counts_toward_cap("no_show") and not ap.counts_toward_cap("cancelled_counselor")


def test_every_code_has_a_label():
    for enum in (ap.Kind, ap.Mode, ap.RoomKind, ap.State, ap.Referral, ap.ConflictKind):
        for member in enum:
            assert member.label


def test_never_waits_the_two_most_serious_levels():
    ranks = {"yellow": 1, "orange": 2, "red": 3}
    assert ap.never_waits("orange", ranks) and ap.never_waits("red", ranks)
    assert not ap.never_waits("yellow", ranks) and not ap.never_waits(None, ranks) and not ap.never_waits("x", ranks)
    assert ap.never_waits("blue", {"blue": 4, "red": 3, "orange": 2, "yellow": 1})
    assert not ap.never_waits("orange", {"blue": 4, "red": 3, "orange": 2, "yellow": 1})


def test_preferred_times():
    assert ap.fits("", 2, time(9), time(9, 50))
    assert ap.fits("2 08:00-12:00;4 14:00-17:00", 2, time(9), time(9, 50))
    assert ap.fits("2 08:00-12:00;4 14:00-17:00", 4, time(14), time(14, 50))
    assert not ap.fits("2 08:00-12:00", 2, time(11, 30), time(12, 20))
    assert not ap.fits("2 08:00-12:00", 3, time(9), time(9, 50))
    assert not ap.fits("garbage", 3, time(9), time(9, 50))


def spans(*pairs: str) -> list[tuple[time, time]]:
    return [tuple(ap.parse_time(t) for t in pair.split("-")) for pair in pairs]


@pytest.mark.parametrize("given,clash", [
    (("08:00-08:45", "08:40-09:25"), (0, 1)),
    (("08:00-08:45", "08:45-09:30"), None),                  # touching is not overlapping
    (("10:00-10:45", "08:00-08:45", "08:30-08:40"), (1, 2)),  # indexes as given, the earlier period first
    (("08:00-12:00", "09:00-09:10", "13:00-14:00"), (0, 1)),  # inside a long one
    (("08:00-12:00", "08:10-08:20", "11:00-11:30"), (0, 1)),
    (("09:00-09:45", "09:00-09:45"), (0, 1)),
    ((), None),
])
def test_overlapping_class_periods(given, clash):
    assert ap.overlapping(spans(*given)) == clash
