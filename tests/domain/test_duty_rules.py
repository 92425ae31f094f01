"""Duty vocabulary and rules: labels, who may take a shift, unavailability, template checks."""
from __future__ import annotations

from datetime import date, time

import pytest

from counselor_app.domain import duty, duty_log
from counselor_app.domain.duty import (
    ANYONE, Availability, DutyKind, Eligibility, Person, Reason, ShiftTemplate, Unavailability, check_template,
    check_unavailability, default_kind, times_text,
)
from counselor_app.domain.duty_plan import ConflictReason, GapReason
from counselor_app.domain.errors import Text, ValidationError


@pytest.mark.parametrize("enum", [DutyKind, Reason, GapReason, ConflictReason, duty.ChangeKind, duty.ChangeState,
                                  duty_log.Party, duty_log.Topic, duty_log.Handling])
def test_every_code_has_a_translatable_label(enum):
    for member in enum:
        assert isinstance(member.label, Text) and member.label.context and member.label
    assert DutyKind.EVENING in {"evening"} and "leave" in {Reason.LEAVE}


def test_weekdays_posts_and_periods_are_translatable():
    assert len(duty.WEEKDAYS) == 7 and all(isinstance(w, Text) for w in duty.WEEKDAYS)
    assert duty.weekday_label(0) == "Monday"
    assert all(isinstance(p, Text) for p in duty.DEFAULT_POSTS)
    assert [times_text(s, e) for _n, s, e in duty.DEFAULT_PERIODS] == ["12:10–13:30", "16:40–17:40", "19:00–21:00"]


def test_default_kind():
    assert default_kind(0, time(12, 10)) is DutyKind.REGULAR
    assert default_kind(3, time(19)) is DutyKind.EVENING
    assert default_kind(5, time(9)) is DutyKind.WEEKEND and default_kind(6, time(19)) is DutyKind.WEEKEND


def test_who_may_take_a_shift():
    full, part, other = (Person(1, frozenset({"counselor_full"})), Person(2, frozenset({"counselor_part"})),
                         Person(3))
    assert all(ANYONE.allows(p) for p in (full, part, other))
    counselors = Eligibility(roles=frozenset({"counselor_full", "counselor_part"}))
    assert counselors.allows(full) and counselors.allows(part) and not counselors.allows(other)
    named = Eligibility(roles=frozenset({"counselor_full"}), people=frozenset({3}))
    assert named.allows(full) and named.allows(other) and not named.allows(part)


def test_unavailability_on_dates_and_on_the_timetable_weekday():
    leave = Unavailability(1, Reason.LEAVE, date(2026, 10, 12), date(2026, 10, 16))
    assert leave.covers(date(2026, 10, 12), 0, "午休") and leave.covers(date(2026, 10, 16), 4, "课后")
    assert not leave.covers(date(2026, 10, 17), 5, "午休")
    one_day = Unavailability(1, Reason.MEETING, date(2026, 10, 12), period="课后")
    assert one_day.covers(date(2026, 10, 12), 0, "课后") and not one_day.covers(date(2026, 10, 12), 0, "午休")
    teaching = Unavailability(1, Reason.TEACHING, weekday=1, period="课后", first=date(2026, 9, 1))
    # Sunday 20 Sep 2026 follows Tuesday's timetable: the Tuesday class is taught, the person is busy
    assert teaching.covers(date(2026, 9, 20), 1, "课后")
    assert not teaching.covers(date(2026, 9, 22), 1, "午休") and not teaching.covers(date(2026, 8, 25), 1, "课后")
    index = Availability.of([leave, one_day, teaching], date(2026, 9, 1), date(2026, 10, 31))
    assert not index.free(date(2026, 10, 13), 1, "午休") and not index.free(date(2026, 9, 20), 1, "课后")
    assert index.free(date(2026, 9, 20), 1, "午休") and index.free(date(2026, 10, 19), 0, "课后")


@pytest.mark.parametrize("template, words", [
    (ShiftTemplate(1, 1, 7, "午休", time(12), time(13)), "weekday"),
    (ShiftTemplate(1, 1, 0, " ", time(12), time(13)), "period"),
    (ShiftTemplate(1, 1, 0, "午休", time(13), time(12)), "end after"),
    (ShiftTemplate(1, 1, 0, "午休", time(12), time(13), heads=0), "people"),
    (ShiftTemplate(1, 1, 0, "午" * 41, time(12), time(13)), "at most"),
])
def test_template_checks(template, words):
    with pytest.raises(ValidationError) as caught:
        check_template(template)
    assert words in caught.value.english()


def test_unavailability_checks():
    with pytest.raises(ValidationError, match="a date"):
        check_unavailability(Unavailability(1))
    with pytest.raises(ValidationError, match="comes before"):
        check_unavailability(Unavailability(1, first=date(2026, 10, 2), last=date(2026, 10, 1)))
    with pytest.raises(ValidationError, match="weekday"):
        check_unavailability(Unavailability(1, weekday=9))
    good = Unavailability(1, Reason.SICK, date(2026, 10, 1))
    assert check_unavailability(good) is good
    assert check_template(ShiftTemplate(1, 1, 0, "午休", time(12, 10), time(13, 30))).times == "12:10–13:30"


def test_change_states_and_the_log_rules():
    from datetime import datetime

    assert [s.value for s in duty.ChangeState if s.open] == ["requested", "accepted"]
    assert duty_log.is_crisis("crisis", False) and duty_log.is_crisis("booked", True)
    assert not duty_log.is_crisis("referred", False)
    assert duty_log.log_due(date(2026, 11, 23), time(13, 30), datetime(2026, 11, 23, 13, 30))
    assert not duty_log.log_due(date(2026, 11, 23), time(13, 30), datetime(2026, 11, 23, 13, 29))
