"""The class periods a booking warns about (预约设置 → 上课时间): overlapping periods and an end not after its start
are refused with the day and the periods named, nothing saved; each weekday may have its own periods (the same as
Monday by default), and the booking warning follows the day's own periods (a make-up workday: the weekday whose
timetable it follows)."""
from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from appointment_helpers import MONDAY, NOW, edit, login, prepare
from counselor_app.domain.errors import PermissionDenied, ValidationError
from counselor_app.domain.roles import Role
from counselor_app.services import appointment_setup as setup, appointments as ap

FRIDAY = MONDAY + timedelta(days=4)
MONDAY_PERIODS = (("07:50", "08:10"), ("08:20", "09:05"), ("09:15", "10:00"), ("14:00", "14:45"),
                  ("14:55", "15:40"), ("16:00", "16:45"))        # a flag-raising / class meeting first
FRIDAY_PERIODS = (("08:00", "08:45"), ("08:55", "09:40"), ("14:00", "14:45"), ("14:55", "15:40"))   # ends early


@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    return prepare(tmp_path_factory.mktemp("periods") / "office")


@pytest.fixture
def head(prepared, tmp_path):
    with login(prepared, tmp_path, Role.HEAD) as session:
        yield session


def stored(s) -> tuple:
    """(setting changes audited, the rules): unchanged when a change is refused."""
    return s.conn.execute("SELECT count(*) FROM audit_log WHERE action = 'setting.change'").fetchone()[0], \
        setup.appointment_rules(s)


@pytest.mark.parametrize("periods,words", [
    ((("08:00", "08:45"), ("08:40", "09:25")), "Monday: period 2 (08:40–09:25) overlaps period 1 (08:00–08:45)"),
    ((("10:00", "10:45"), ("08:00", "08:45"), ("08:30", "08:40")), "period 3 (08:30–08:40) overlaps period 2"),
    ((("08:00", "08:45"), ("09:00", "09:00")), "Monday, period 2: the end 09:00 is not after the start 09:00"),
    ((("08:00", "07:45"),), "the end 07:45 is not after the start 08:00"),
    ((("8:00", "25:00"),), "Monday, period 1: \"25:00\" is not a time of day"),
    ((("08:00", "08:45"),) * 2, "period 2 (08:00–08:45) overlaps period 1"),
])
def test_overlaps_and_bad_spans_are_refused_nothing_saved(head, periods, words):
    before = stored(head)
    with pytest.raises(ValidationError) as err:
        setup.set_appointment_rules(head, {}, class_periods=periods)
    assert words in err.value.english()
    with pytest.raises(ValidationError):
        setup.set_class_periods(head, {0: periods})
    assert stored(head) == before


def test_touching_periods_are_fine_and_the_day_is_named(head):
    rules = setup.set_class_periods(head, {0: (("08:45", "09:30"), ("08:00", "08:45"))})
    assert rules.class_periods == (("08:00", "08:45"), ("08:45", "09:30"))     # kept by start
    with pytest.raises(ValidationError, match="Friday: period 2"):
        setup.set_class_periods(head, {4: (("14:00", "14:45"), ("14:30", "15:00"))})


def test_each_weekday_its_own_periods_same_as_monday_by_default(head):
    rules = setup.appointment_rules(head)
    assert all(rules.same_as_monday(wd) for wd in range(7)) and rules.periods_of(2) == setup.K12_PERIODS
    rules = setup.set_class_periods(head, {0: MONDAY_PERIODS, 4: FRIDAY_PERIODS})
    assert rules.periods_of(0) == MONDAY_PERIODS and rules.periods_of(1) == MONDAY_PERIODS
    assert rules.periods_of(4) == FRIDAY_PERIODS and not rules.same_as_monday(4) and rules.same_as_monday(3)
    assert setup.set_class_periods(head, {3: ()}).periods_of(3) == ()          # Thursday: no classes at all
    audit = head.conn.execute("SELECT target_type, target_id, detail FROM audit_log WHERE action = 'setting.change' "
                              "ORDER BY id DESC").fetchone()
    assert audit == ("setting", setup.RULES_SETTING, "class_periods=3")
    rules = setup.set_class_periods(head, {3: None})                          # back to the same as Monday
    assert rules.same_as_monday(3) and rules.periods_of(3) == MONDAY_PERIODS and rules.periods_of(4) == FRIDAY_PERIODS
    with pytest.raises(ValidationError, match="Monday's class periods"):
        setup.set_class_periods(head, {0: None})
    with pytest.raises(ValidationError, match="day of the week"):
        setup.set_class_periods(head, {7: ()})
    assert setup.set_appointment_rules(head, {"semester_cap": 12}).periods_of(4) == FRIDAY_PERIODS   # kept


def test_the_booking_warning_follows_the_days_periods(prepared, head):
    setup.set_class_periods(head, {0: MONDAY_PERIODS, 4: FRIDAY_PERIODS, 2: (("10:00", "10:45"),)})
    a = prepared.student_ids
    monday = ap.book(head, edit(prepared, a[0], day=MONDAY, start="16:00", counselor_id=prepared.head), now=NOW)
    friday = ap.book(head, edit(prepared, a[0], day=FRIDAY, start="16:00", counselor_id=prepared.head), now=NOW)
    assert [c.kind for c in monday.warnings] == ["class_period"] and friday.warnings == ()
    assert dict(monday.warnings[0].params) == {"start": "16:00", "end": "16:45"}
    early = ap.book(head, edit(prepared, a[1], day=FRIDAY, start="09:00", counselor_id=prepared.head), now=NOW)
    assert [dict(c.params) for c in early.warnings] == [{"start": "08:55", "end": "09:40"}]   # Friday's own
    before = datetime(2026, 9, 30, 8)                 # 2026-10-10, a Saturday worked as a Wednesday
    makeup = ap.book(head, edit(prepared, a[2], day=date(2026, 10, 10), start="10:00", counselor_id=prepared.head),
                     now=before)
    assert [dict(c.params) for c in makeup.warnings] == [{"start": "10:00", "end": "10:45"}]


def test_only_the_head_sets_class_periods(prepared, tmp_path):
    for role in (Role.COUNSELOR, Role.ASSISTANT):
        with login(prepared, tmp_path, role) as s:
            with pytest.raises(PermissionDenied):
                setup.set_class_periods(s, {4: FRIDAY_PERIODS})
