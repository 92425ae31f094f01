"""Recurring sessions booked across the 2026 National Day week: skipped dates reported and kept, a session moved
to the make-up Saturday, a conflict refusing the whole series, and "this one / this and the following / all"."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from appointment_helpers import edit, login, prepare
from counselor_app.domain.errors import ValidationError
from counselor_app.domain.roles import Role
from counselor_app.services import appointment_series as series, appointments as ap
from counselor_app.services.appointments import BookingConflict

SEPT = datetime(2026, 9, 10, 8)


@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    return prepare(tmp_path_factory.mktemp("series") / "office")


@pytest.fixture
def s(prepared, tmp_path):
    with login(prepared, tmp_path, Role.COUNSELOR) as session:
        yield session


def weekly(prepared, student, first, start="12:10", **kw):
    return series.SeriesEdit(edit(prepared, student, day=first, start=start), **kw)


def test_thursdays_across_national_day(prepared, s):
    booked = series.book_series(s, weekly(prepared, prepared.student_ids[0], date(2026, 9, 24), sessions=4), now=SEPT)
    assert [ap.load(s, i).day for i in booked.appointment_ids] == ["2026-09-24", "2026-10-08", "2026-10-15",
                                                                   "2026-10-22"]
    assert booked.preview.skipped == (date(2026, 10, 1),)
    view = series.get_series(s, booked.id)
    assert view.exceptions == (("2026-10-01", "skipped", None),)


def test_wednesday_moves_to_the_makeup_saturday(prepared, s):
    booked = series.book_series(s, weekly(prepared, prepared.student_ids[0], date(2026, 9, 23), sessions=4), now=SEPT)
    rows = [ap.load(s, i) for i in booked.appointment_ids]
    assert [r.day for r in rows] == ["2026-09-23", "2026-09-30", "2026-10-10", "2026-10-14"]
    assert rows[2].planned_on == "2026-10-07"
    assert series.get_series(s, booked.id).exceptions == (("2026-10-07", "moved", "2026-10-10"),)


def test_every_two_weeks_until_a_date(prepared, s):
    pv = series.preview_series(s, weekly(prepared, prepared.student_ids[0], date(2026, 9, 17), interval="biweekly",
                                         until=date(2026, 11, 12)))
    assert pv.days == (date(2026, 9, 17), date(2026, 10, 15), date(2026, 10, 29), date(2026, 11, 12))
    assert pv.skipped == (date(2026, 10, 1),)


def test_a_conflict_refuses_the_whole_series(prepared, s):
    a = prepared.student_ids
    ap.book(s, edit(prepared, a[1], day=date(2026, 10, 15), start="12:10"), now=SEPT)
    with pytest.raises(BookingConflict):
        series.book_series(s, weekly(prepared, a[0], date(2026, 9, 24), sessions=4), now=SEPT)
    assert s.conn.execute("SELECT count(*) FROM appointment WHERE series_id IS NOT NULL").fetchone()[0] == 0
    pv = series.preview_series(s, weekly(prepared, a[0], date(2026, 9, 24), sessions=4))
    assert {d for d, _c in pv.blocking} == {date(2026, 10, 15)}


def test_bad_rules(prepared, s):
    with pytest.raises(ValidationError, match="weekly or every two weeks"):
        series.book_series(s, weekly(prepared, prepared.student_ids[0], date(2026, 9, 24)), now=SEPT)
    with pytest.raises(ValidationError, match="no school day"):
        series.book_series(s, weekly(prepared, prepared.student_ids[0], date(2026, 10, 3), until=date(2026, 10, 4)),
                           now=SEPT)


def test_cancel_this_following_all(prepared, s):
    booked = series.book_series(s, weekly(prepared, prepared.student_ids[0], date(2026, 9, 14), sessions=6), now=SEPT)
    ids = booked.appointment_ids
    assert series.cancel_series(s, ids[1], "this", now=SEPT) == [ids[1]]
    assert ap.load(s, ids[2]).state == "booked"
    assert series.cancel_series(s, ids[3], "following", now=SEPT) == list(ids[3:])
    assert [ap.load(s, i).state for i in ids] == ["booked", "cancelled_counselor", "booked", "cancelled_counselor",
                                                  "cancelled_counselor", "cancelled_counselor"]
    assert series.get_series(s, booked.id).series.ended_on == ap.load(s, ids[3]).planned_on
    assert sorted(series.cancel_series(s, ids[0], "all", now=SEPT)) == [ids[0], ids[2]]


def test_move_this_and_all(prepared, s):
    a = prepared.student_ids
    booked = series.book_series(s, weekly(prepared, a[0], date(2026, 9, 14), sessions=3), now=SEPT)
    ids = booked.appointment_ids
    series.move_series(s, ids[0], "this", "13:00", now=SEPT)
    assert [ap.load(s, i).start for i in ids] == ["13:00", "12:10", "12:10"]
    series.move_series(s, ids[0], "all", "12:00", weekday_shift=1, now=SEPT)
    assert [(ap.load(s, i).day, ap.load(s, i).start) for i in ids] == [
        ("2026-09-15", "12:00"), ("2026-09-22", "12:00"), ("2026-09-29", "12:00")]
    ap.book(s, edit(prepared, a[1], day=date(2026, 9, 29), start="13:00"), now=SEPT)
    with pytest.raises(BookingConflict):
        series.move_series(s, ids[1], "following", "13:00", now=SEPT)
    assert ap.load(s, ids[1]).start == "12:00"
