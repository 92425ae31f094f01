"""Booking: conflicts refused with a clear message, crisis overbooking, warnings, each state change, misses, the cap,
and what the assistant may and may not see."""
from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from appointment_helpers import MONDAY, NOW, edit, login, prepare
from counselor_app.domain.errors import ClinicalKeyMissing, PermissionDenied, ValidationError
from counselor_app.domain.roles import Role
from counselor_app.services import appointment_setup as setup, appointments as ap
from counselor_app.services.appointments import BookingConflict
from counselor_app.store import audit


@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    return prepare(tmp_path_factory.mktemp("appt") / "office")


@pytest.fixture
def s(prepared, tmp_path):
    with login(prepared, tmp_path, Role.COUNSELOR) as session:
        yield session


def last_audit(s, action):
    return s.conn.execute("SELECT target_type, target_id, detail FROM audit_log WHERE action = ? ORDER BY id DESC",
                          (action,)).fetchone()


def test_book_audited_under_the_student(prepared, s):
    a = prepared.student_ids
    booked = ap.book(s, edit(prepared, a[0], reason="学业压力"), now=NOW)
    row = ap.load(s, booked.id)
    assert (row.state, row.start, row.end, row.student_ids) == ("booked", "10:00", "10:40", (a[0],))
    assert last_audit(s, "appointment.book") == ("student", str(a[0]), f"appointment={booked.id}")
    assert ap.get_appointment(s, booked.id).reason == "学业压力"


@pytest.mark.parametrize("clash,kind", [
    (dict(student=1), "counselor_busy"),        # the same counselor, another student
    (dict(counselor="other", room=True), "room_busy"),
    (dict(counselor="other", same_student=True, online=True), "student_busy"),
])
def test_double_booking_refused(prepared, s, clash, kind):
    a = prepared.student_ids
    ap.book(s, edit(prepared, a[0]), now=NOW)
    counselor = prepared.other if clash.get("counselor") else prepared.counselor
    student = a[0] if clash.get("same_student") else a[1]
    mode = "online" if clash.get("online") else "room"
    before = s.conn.execute("SELECT count(*) FROM appointment").fetchone()[0]
    with pytest.raises(BookingConflict) as err:
        ap.book(s, edit(prepared, student, start="10:20", counselor_id=counselor, mode=mode,
                        room_id=prepared.room if mode == "room" else None), now=NOW)
    assert err.value.conflicts[0].kind == kind
    assert "10:00" in err.value.english() and "10:40" in err.value.english()
    assert s.conn.execute("SELECT count(*) FROM appointment").fetchone()[0] == before


def test_outside_hours_blocked_day_and_holiday(prepared, s):
    a = prepared.student_ids
    setup.set_counselor_hours(s, prepared.counselor, ((0, "14:00", "17:00"),))
    with pytest.raises(BookingConflict, match="available hours"):
        ap.book(s, edit(prepared, a[0]), now=NOW)
    ap.book(s, edit(prepared, a[0], start="14:00"), now=NOW)
    setup.block_time(s, MONDAY + timedelta(days=7), "培训")
    with pytest.raises(BookingConflict, match="blocked"):
        ap.book(s, edit(prepared, a[1], day=MONDAY + timedelta(days=7), start="14:00"), now=NOW)
    setup.set_counselor_hours(s, prepared.counselor, ())
    with pytest.raises(BookingConflict, match="not a school day"):
        ap.book(s, edit(prepared, a[1], day=date(2026, 11, 21)), now=NOW)     # a Saturday


def test_makeup_saturday_is_a_school_day_and_follows_wednesday(prepared, s):
    a = prepared.student_ids
    setup.set_counselor_hours(s, prepared.counselor, ((2, "08:00", "12:00"),))
    before = datetime(2026, 9, 30, 8)
    booked = ap.book(s, edit(prepared, a[0], day=date(2026, 10, 10)), now=before)   # 调休: worked as a Wednesday
    assert ap.load(s, booked.id).day == "2026-10-10"
    with pytest.raises(BookingConflict, match="not a school day"):
        ap.book(s, edit(prepared, a[1], day=date(2026, 10, 7)), now=before)


def test_crisis_overbooks_with_warnings(prepared, s):
    a = prepared.student_ids
    ap.book(s, edit(prepared, a[0]), now=NOW)
    crisis = ap.book(s, edit(prepared, a[1], kind="crisis"), now=NOW)
    assert {c.kind for c in crisis.warnings} == {"counselor_busy", "room_busy", "class_period"}
    assert ap.load(s, crisis.id).overbooked
    assert "overbooked" in last_audit(s, "appointment.book")[2]


def test_class_period_only_warns(prepared, s):
    booked = ap.book(s, edit(prepared, prepared.student_ids[0], start="08:10"), now=NOW)
    assert [c.kind for c in booked.warnings] == ["class_period"]


def test_bad_input_clear_messages(prepared, s):
    a = prepared.student_ids
    with pytest.raises(ValidationError, match="time of day"):
        ap.book(s, edit(prepared, a[0], start="25:99"), now=NOW)
    with pytest.raises(ValidationError, match="already passed"):
        ap.book(s, edit(prepared, a[0], day=MONDAY - timedelta(days=1)), now=NOW)
    with pytest.raises(ValidationError, match="room"):
        ap.book(s, edit(prepared, a[0], room_id=None), now=NOW)
    with pytest.raises(ValidationError, match="two students"):
        ap.book(s, edit(prepared, a[0], kind="group", room_id=prepared.group_room), now=NOW)
    with pytest.raises(ValidationError, match="counselor"):
        ap.book(s, edit(prepared, a[0], counselor_id=999), now=NOW)
    group = ap.BookingEdit(prepared.counselor, MONDAY, "15:00", tuple(a[:3]), "group", room_id=prepared.room)
    with pytest.raises(BookingConflict, match="holds 2"):
        ap.book(s, group, now=NOW)
    ok = ap.book(s, ap.BookingEdit(prepared.counselor, MONDAY, "15:00", tuple(a[:3]), "group",
                                   room_id=prepared.group_room), now=NOW)
    assert len(ap.load(s, ok.id).student_ids) == 3
    assert s.conn.execute("SELECT count(*) FROM audit_log WHERE action = 'appointment.book'").fetchone()[0] >= 3


def test_state_changes(prepared, s):
    a = prepared.student_ids
    one = ap.book(s, edit(prepared, a[0]), now=NOW).id
    ap.confirm(s, one)
    with pytest.raises(ValidationError, match="cannot become"):
        ap.complete(s, one)
    with pytest.raises(ValidationError, match="minutes late"):
        ap.arrive(s, one, at=datetime(2026, 11, 16, 10, 31))
    ap.arrive(s, one, at=datetime(2026, 11, 16, 10, 5))
    ap.complete(s, one)
    assert ap.load(s, one).state == "completed"
    kinds = [h[2] for h in ap.get_appointment(s, one).history]
    assert kinds == ["booked", "state", "state", "state"]
    late = ap.book(s, edit(prepared, a[1], start="11:00"), now=NOW).id
    assert ap.cancel(s, late, True, now=datetime(2026, 11, 15, 12))[0] == "late_cancel"
    early = ap.book(s, edit(prepared, a[1], start="11:00", day=MONDAY + timedelta(days=2)), now=NOW).id
    assert ap.cancel(s, early, True, "家长请假", now=NOW)[0] == "cancelled_student"
    mine = ap.book(s, edit(prepared, a[1], start="11:00", day=MONDAY + timedelta(days=3)), now=NOW).id
    assert ap.cancel(s, mine, False, now=NOW)[0] == "cancelled_counselor"
    with pytest.raises(ValidationError, match="cannot become"):
        ap.confirm(s, mine)
    held = ap.book(s, edit(prepared, a[2], start="13:00"), now=NOW).id
    ap.arrive(s, held, at=datetime(2026, 11, 16, 13, 45), held_anyway=True)
    assert ap.load(s, held).state == "arrived"


def test_move_checks_conflicts_and_stale_copies(prepared, s):
    a = prepared.student_ids
    first = ap.book(s, edit(prepared, a[0]), now=NOW).id
    second = ap.book(s, edit(prepared, a[1], start="11:00"), now=NOW).id
    row = ap.load(s, second)
    with pytest.raises(BookingConflict):
        ap.move(s, second, MONDAY, "10:30", row.revision, now=NOW)
    ap.move(s, second, MONDAY + timedelta(days=1), "10:30", row.revision, now=NOW)
    assert ap.load(s, second).day == "2026-11-17"
    with pytest.raises(ap.ChangedMeanwhile):
        ap.move(s, second, MONDAY + timedelta(days=2), "10:30", row.revision, now=NOW)
    ap.move(s, first, MONDAY, "10:20", ap.load(s, first).revision, now=NOW)   # over its own old slot


def test_three_misses_back_to_the_waiting_list(prepared, s):
    student = prepared.student_ids[0]
    days = [MONDAY + timedelta(days=n) for n in (0, 1, 2, 7, 8)]
    ids = [ap.book(s, edit(prepared, student, day=d), now=NOW).id for d in days]
    after = datetime(2026, 11, 18, 12)
    assert ap.no_show(s, ids[0], now=after).misses == 1
    ap.excuse(s, ids[0], "生病请假")
    assert ap.no_show(s, ids[1], now=after).misses == 1
    assert ap.no_show(s, ids[2], now=after).back_to_waitlist is False
    late = ap.book(s, edit(prepared, student, day=MONDAY + timedelta(days=3)), now=after).id
    ap.cancel(s, late, True, now=datetime(2026, 11, 19, 9))   # late: the third unexcused miss
    fourth = ap.book(s, edit(prepared, student, day=MONDAY + timedelta(days=4)), now=after).id
    result = ap.no_show(s, fourth, now=datetime(2026, 11, 20, 12))
    assert result.back_to_waitlist and result.misses == 4
    assert [ap.load(s, i).state for i in ids[3:]] == ["cancelled_counselor", "cancelled_counselor"]
    from counselor_app.services import appointment_waitlist as wl
    assert wl.get_request(s, result.request_id).note == "Back on the waiting list after 4 unexcused misses."
    with pytest.raises(ValidationError, match="not started"):
        ap.no_show(s, ap.book(s, edit(prepared, prepared.student_ids[1], day=MONDAY + timedelta(days=9)),
                              now=NOW).id, now=NOW)


def test_semester_cap_with_override(prepared, s, tmp_path):
    setup_s = s
    student = prepared.student_ids[0]
    for n in range(10):
        ap.book(setup_s, edit(prepared, student, day=MONDAY + timedelta(days=7 * (n // 5) + n % 5)), now=NOW)
    eleventh = edit(prepared, student, day=MONDAY + timedelta(days=14))
    check = ap.check_booking(s, eleventh)
    assert check.over_cap and check.sessions_this_semester == 10
    with pytest.raises(ValidationError, match="limit of 10"):
        ap.book(s, eleventh, now=NOW)
    booked = ap.book(s, edit(prepared, student, day=MONDAY + timedelta(days=14), cap_reason="危机后加密随访"), now=NOW)
    assert ap.load(s, booked.id).over_cap and ap.get_appointment(s, booked.id).state_note == "危机后加密随访"


def test_assistant_books_sees_names_and_times_never_reasons(prepared, s, tmp_path):
    booked = ap.book(s, edit(prepared, prepared.student_ids[0], reason="情绪困扰"), now=NOW).id
    s.close()
    with login(prepared, tmp_path, Role.ASSISTANT) as asst:
        detail = ap.get_appointment(asst, booked)
        assert detail.reason is None and detail.state_note is None and detail.row.student_names
        assert ap.check_booking(asst, edit(prepared, prepared.student_ids[1])).sessions_this_semester is None
        with pytest.raises(ValidationError, match="Only the office head and counselors"):
            ap.book(asst, edit(prepared, prepared.student_ids[1], start="13:00", reason="x"), now=NOW)
        other = ap.book(asst, edit(prepared, prepared.student_ids[1], start="13:00"), now=NOW).id
        ap.move(asst, other, MONDAY, "14:00", ap.load(asst, other).revision, now=NOW)
        assert ap.cancel(asst, other, False, now=NOW)[0] == "cancelled_counselor"
        with pytest.raises(PermissionDenied):
            ap.excuse(asst, other, "x")
        with pytest.raises(ClinicalKeyMissing):
            from counselor_app.store import appointments as store
            store.REASON.read(asst.conn, asst.clinical, booked)
