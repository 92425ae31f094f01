"""The waiting list: urgent watch-list students, freed slots offered to the first fitting request, offers taken,
declined and lapsed, requests expired and withdrawn."""
from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from appointment_helpers import MONDAY, NOW, edit, login, prepare
from counselor_app.domain.errors import ValidationError
from counselor_app.domain.roles import Role
from counselor_app.services import appointment_waitlist as wl, appointments as ap, watch
from counselor_app.services.appointment_waitlist import RequestEdit


@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    return prepare(tmp_path_factory.mktemp("waitlist") / "office")


@pytest.fixture
def s(prepared, tmp_path):
    with login(prepared, tmp_path, Role.COUNSELOR) as session:
        yield session


def on_watch(s, student, level):
    watch.open_entry(s, watch.NewEntry(student, watch.EntryEdit("staff", "样例"), level, "mild", "following",
                                       date(2026, 11, 2)))


def test_urgent_watch_students_head_the_list_and_the_counselor_is_told(prepared, s, tmp_path):
    a = prepared.student_ids
    plain = wl.add_request(s, RequestEdit(a[0]), today=MONDAY)
    on_watch(s, a[1], "yellow")
    on_watch(s, a[2], "orange")
    on_watch(s, a[3], "red")
    yellow = wl.add_request(s, RequestEdit(a[1]), today=MONDAY)
    orange = wl.add_request(s, RequestEdit(a[2], counselor_id=prepared.counselor), today=MONDAY)
    red = wl.add_request(s, RequestEdit(a[3], counselor_id=prepared.other), today=MONDAY)
    assert not plain.urgent and not yellow.urgent
    assert orange.urgent and orange.notify_user_id == prepared.counselor
    assert red.urgent and red.notify_user_id == prepared.other
    assert [v.row.id for v in wl.list_requests(s)][:2] == [orange.id, red.id]
    with pytest.raises(ValidationError, match="already on the waiting list"):
        wl.add_request(s, RequestEdit(a[0]), today=MONDAY)
    from counselor_app.services import appointment_views as views
    assert {r.id for r in views.today(s, now=NOW).urgent_requests} == {orange.id, red.id}
    s.close()
    with login(prepared, tmp_path, Role.ASSISTANT) as asst:   # the order, never why
        assert all(v.urgent is None for v in wl.list_requests(asst))
        assert views.today(asst, now=NOW).urgent_requests == ()
        added = wl.add_request(asst, RequestEdit(a[4]), today=MONDAY)
        assert added.urgent is False


def test_a_cancelled_slot_is_offered_to_the_first_fitting_request(prepared, s):
    a = prepared.student_ids
    wrong_time = wl.add_request(s, RequestEdit(a[1], preferred="0 14:00-17:00"), today=MONDAY)
    other_counselor = wl.add_request(s, RequestEdit(a[2], counselor_id=prepared.other), today=MONDAY)
    fitting = wl.add_request(s, RequestEdit(a[3], preferred="2 08:00-12:00"), today=MONDAY)
    booked = ap.book(s, edit(prepared, a[0], day=MONDAY + timedelta(days=2)), now=NOW).id
    state, offered = ap.cancel(s, booked, True, now=NOW)
    assert offered == fitting.id
    assert wl.get_request(s, wrong_time.id).row.state == "waiting"
    assert wl.get_request(s, other_counselor.id).row.state == "waiting"
    row = wl.get_request(s, fitting.id).row
    assert (row.state, row.offer_day, row.offer_start) == ("offered", "2026-11-18", "10:00")
    new = wl.accept_offer(s, fitting.id, now=NOW + timedelta(hours=1))
    assert ap.load(s, new).student_ids == (a[3],) and ap.load(s, new).request_id == fitting.id
    assert wl.get_request(s, fitting.id).row.state == "booked"


def test_declined_and_lapsed_offers_pass_on(prepared, s):
    a = prepared.student_ids
    first = wl.add_request(s, RequestEdit(a[1]), today=MONDAY)
    second = wl.add_request(s, RequestEdit(a[2]), today=MONDAY)
    booked = ap.book(s, edit(prepared, a[0], day=MONDAY + timedelta(days=3)), now=NOW).id
    assert ap.cancel(s, booked, False, now=NOW)[1] == first.id
    assert wl.decline_offer(s, first.id, now=NOW) == second.id
    assert wl.get_request(s, first.id).row.state == "waiting"
    lapsed, expired = wl.expire_requests(s, now=NOW + timedelta(hours=25))
    assert lapsed == 1 and expired == 0
    assert wl.get_request(s, second.id).row.state == "waiting"   # the slot went to ``first`` again
    assert wl.get_request(s, first.id).row.state == "offered"
    with pytest.raises(ValidationError, match="lapsed"):
        wl.accept_offer(s, first.id, now=NOW + timedelta(days=3))


def test_expired_withdrawn_and_booked_directly(prepared, s):
    a = prepared.student_ids
    short = wl.add_request(s, RequestEdit(a[1], valid_until=MONDAY), today=MONDAY)
    assert wl.expire_requests(s, now=NOW + timedelta(days=1)) == (0, 1)
    assert wl.get_request(s, short.id).row.state == "expired"
    gone = wl.add_request(s, RequestEdit(a[2]), today=MONDAY)
    wl.withdraw_request(s, gone.id)
    with pytest.raises(ValidationError, match="no longer waiting"):
        wl.withdraw_request(s, gone.id)
    direct = wl.add_request(s, RequestEdit(a[3], note="班主任转介，考试焦虑"), today=MONDAY)
    assert wl.get_request(s, direct.id).note == "班主任转介，考试焦虑"
    booked = wl.book_request(s, direct.id, edit(prepared, a[3], day=MONDAY + timedelta(days=1)), now=NOW)
    assert wl.get_request(s, direct.id).row.appointment_id == booked
    with pytest.raises(ValidationError, match="weekday HH:MM"):
        wl.add_request(s, RequestEdit(a[4], preferred="周三上午"), today=MONDAY)


def test_reading_the_list_lapses_offers_past_their_time(prepared, s):
    a = prepared.student_ids
    first = wl.add_request(s, RequestEdit(a[1]), today=MONDAY)
    second = wl.add_request(s, RequestEdit(a[2]), today=MONDAY)
    short = wl.add_request(s, RequestEdit(a[3], valid_until=MONDAY + timedelta(days=1)), today=MONDAY)
    booked = ap.book(s, edit(prepared, a[0], day=MONDAY + timedelta(days=3)), now=NOW).id
    assert ap.cancel(s, booked, False, now=NOW)[1] == first.id
    s.changed.clear()
    before = {v.row.id: v.row.state for v in wl.list_requests(s, now=NOW + timedelta(hours=1))}
    assert before[first.id] == "offered" and not s.changed      # in time: nothing written, nothing announced
    after = {v.row.id: v.row.state for v in wl.list_requests(s, now=NOW + timedelta(days=2))}
    assert after[first.id] == "waiting" and after[second.id] == "offered"   # the slot went to the next request
    assert short.id not in after and wl.get_request(s, short.id).row.state == "expired"
    assert s.changed
    trail = s.conn.execute("SELECT detail FROM audit_log WHERE action = 'appointment.expire'").fetchall()
    assert {f"request={first.id} offer lapsed offered={second.id}", f"request={short.id} expired"} <= \
        {d for (d,) in trail}


def test_a_freed_slot_goes_to_a_request_whose_offer_has_lapsed(prepared, s):
    a = prepared.student_ids
    first = wl.add_request(s, RequestEdit(a[1]), today=MONDAY)
    one = ap.book(s, edit(prepared, a[0], day=MONDAY + timedelta(days=3)), now=NOW).id
    two = ap.book(s, edit(prepared, a[0], day=MONDAY + timedelta(days=4)), now=NOW).id
    assert ap.cancel(s, one, False, now=NOW)[1] == first.id
    later = NOW + timedelta(days=2)        # first's offer lapsed unseen; the next freed slot is offered to it
    assert ap.cancel(s, two, False, now=later)[1] == first.id
    row = wl.get_request(s, first.id).row
    assert (row.state, row.offer_day) == ("offered", (MONDAY + timedelta(days=4)).isoformat())
