"""The duty roster generator: school days only, unavailability never violated, nobody twice at the same time,
fair counts per person and kind, deterministic, gaps and conflicts reported."""
from __future__ import annotations

import os
import random
import subprocess
import sys
from collections import Counter
from datetime import date, time

from hypothesis import HealthCheck, given, settings, strategies as st

from counselor_app.domain.duty import (
    ANYONE, DutyKind, Eligibility, Person, Reason, ShiftTemplate, Unavailability, default_kind,
)
from counselor_app.domain.duty_days import DutyDay, calendar_duty_days, duty_days
from counselor_app.domain.duty_plan import (
    Assignment, ConflictReason, Counts, GapReason, enumerate_slots, generate,
)
from counselor_app.domain.holidays import SchoolCalendar

MON, TUE, WED, THU, FRI, SAT, SUN = range(7)
SHIFTS = (("早间", time(7, 30), time(8, 0)), ("午休", time(12, 10), time(13, 30)),
          ("课后", time(16, 40), time(17, 40)), ("晚自习", time(19, 0), time(21, 0)))


def templates(posts=(1, 2, 3), weekdays=range(5), shifts=SHIFTS, heads=1, eligibility=ANYONE) -> list[ShiftTemplate]:
    out, n = [], 0
    for post in posts:
        for wd in weekdays:
            for period, start, end in shifts:
                n += 1
                out.append(ShiftTemplate(n, post, wd, period, start, end, heads, default_kind(wd, start), eligibility))
    return out


def people(n=12) -> list[Person]:
    return [Person(i) for i in range(1, n + 1)]


def check_rules(plan, days, temps, persons, unavailable=(), keep=()):
    """Every hard rule holds for every assignment (kept ones may break them: they are conflicts)."""
    by_id = {t.id: t for t in temps}
    timetable = {d.day: d.timetable for d in days}
    persons = {p.id: p for p in persons}
    kept = set(keep)
    per_slot = Counter()
    busy: dict[tuple[int, date], list[ShiftTemplate]] = {}
    for a in plan.assignments:
        t = by_id[a.template_id]
        assert timetable[a.day] == t.weekday
        per_slot[a.day, t.id] += 1
        if Assignment(a.day, a.template_id, a.person_id, True) in kept:
            continue
        assert not a.manual
        assert t.eligibility.allows(persons[a.person_id])
        assert not any(u.person_id == a.person_id and u.covers(a.day, timetable[a.day], t.period)
                       for u in unavailable), a
        for other in busy.get((a.person_id, a.day), ()):
            assert not other.overlaps(t), a
        busy.setdefault((a.person_id, a.day), []).append(t)
    for (day, tid), n in per_slot.items():
        assert n <= by_id[tid].heads
    assert len(plan.assignments) + sum(g.missing for g in plan.gaps) == plan.seats


# -- the 2026 autumn semester and a year entered by hand -----------------------------------------------------------

def test_2026_autumn_semester():
    calendar = SchoolCalendar(semesters=[(date(2026, 9, 1), date(2027, 1, 22))])
    days = calendar_duty_days(calendar, date(2026, 9, 1), date(2026, 12, 31))
    temps, persons = templates(), people()
    plan = generate(days, temps, persons)
    check_rules(plan, days, temps, persons)
    dates = {a.day for a in plan.assignments}
    assert date(2026, 9, 25) not in dates and not any(date(2026, 10, d) in dates for d in range(1, 8))
    assert {date(2026, 9, 20), date(2026, 10, 10)} <= dates
    by_id = {t.id: t for t in temps}
    assert {by_id[a.template_id].weekday for a in plan.assignments if a.day == date(2026, 9, 20)} == {TUE}
    assert {by_id[a.template_id].weekday for a in plan.assignments if a.day == date(2026, 10, 10)} == {WED}
    assert not any(a.day.weekday() >= 5 and a.day not in (date(2026, 9, 20), date(2026, 10, 10))
                   for a in plan.assignments)                      # no weekend templates: no ordinary weekends
    assert plan.complete and plan.seats == 84 * 12 == len(plan.assignments)
    assert plan.spread(DutyKind.REGULAR) <= 1 and plan.spread(DutyKind.EVENING) <= 1 and plan.spread() <= 1
    assert all(c == Counts(63, 21, 0) for c in plan.counts.values())


def test_a_year_entered_by_hand():
    office = {date(2027, 4, 5): ("holiday", "清明节"), **{date(2027, 5, d): ("holiday", "劳动节") for d in range(1, 6)},
              date(2027, 5, 8): ("workday", "劳动节调休")}
    calendar = SchoolCalendar(office, [(date(2027, 2, 22), date(2027, 7, 9))])
    temps = templates(posts=(1,), shifts=SHIFTS[1:3], heads=2)
    unresolved = calendar_duty_days(calendar, date(2027, 4, 1), date(2027, 5, 31))
    plan = generate(unresolved, temps, people(6))
    assert plan.unplanned_days == (date(2027, 5, 8),) and not plan.complete
    days = calendar_duty_days(calendar, date(2027, 4, 1), date(2027, 5, 31), follows={date(2027, 5, 8): MON})
    plan = generate(days, temps, people(6))
    check_rules(plan, days, temps, people(6))
    dates = {a.day for a in plan.assignments}
    assert date(2027, 4, 5) not in dates and not any(date(2027, 5, d) in dates for d in range(1, 6))
    assert date(2027, 5, 8) in dates and plan.complete
    assert plan.spread() <= 1


def test_weekend_templates_plan_the_ordinary_weekends_only():
    calendar = SchoolCalendar(semesters=[(date(2026, 9, 1), date(2027, 1, 22))])
    days = calendar_duty_days(calendar, date(2026, 9, 14), date(2026, 10, 11))
    temps = templates(posts=(4,), weekdays=(SAT, SUN), shifts=SHIFTS[3:])
    plan = generate(days, temps, people(4))
    dates = sorted({a.day for a in plan.assignments})
    assert date(2026, 9, 20) not in dates               # a make-up Sunday follows Tuesday's timetable
    assert date(2026, 9, 26) not in dates and date(2026, 10, 3) not in dates   # holidays
    assert date(2026, 10, 10) not in dates              # a make-up Saturday follows Wednesday's
    assert dates == [date(2026, 9, 19), date(2026, 10, 11)]
    assert set(plan.kinds) == {DutyKind.WEEKEND} and plan.spread(DutyKind.WEEKEND) <= 1


# -- fairness ------------------------------------------------------------------------------------------------------

def semester_days(weeks=20, start=date(2026, 9, 7)) -> list[DutyDay]:
    return duty_days(start, date.fromordinal(start.toordinal() + 7 * weeks - 1),
                     lambda d: d.weekday() < 5)


def test_fair_counts_with_teaching_hours_and_restricted_posts():
    days = semester_days()
    counselors = Eligibility(roles=frozenset({"counselor_full"}))
    temps = [t if t.post_id != 2 else ShiftTemplate(t.id, t.post_id, t.weekday, t.period, t.start, t.end, t.heads,
                                                    t.kind, counselors) for t in templates()]
    persons = [Person(i, frozenset({"counselor_full" if i <= 5 else "counselor_part"})) for i in range(1, 13)]
    unavailable = [Unavailability(2, Reason.TEACHING, weekday=TUE), Unavailability(3, Reason.TEACHING,
                                                                                    weekday=THU, period="午休"),
                   Unavailability(7, Reason.MEETING, weekday=WED, period="课后"),
                   Unavailability(9, Reason.TRAINING, date(2026, 10, 12), date(2026, 10, 16))]
    plan = generate(days, temps, persons, unavailable)
    check_rules(plan, days, temps, persons, unavailable)
    assert plan.complete
    assert plan.spread(DutyKind.REGULAR) <= 1 and plan.spread(DutyKind.EVENING) <= 1 and plan.spread() <= 1


def test_fairness_where_availability_allows_and_the_best_where_it_does_not():
    days = semester_days(weeks=4)
    temps = templates(posts=(1,), shifts=SHIFTS[1:2])                 # 20 lunch shifts
    persons = people(4)
    away = [Unavailability(4, Reason.LEAVE, date(2026, 9, 7), date(2026, 9, 29))]   # back for the last 3 days
    plan = generate(days, temps, persons, away)
    check_rules(plan, days, temps, persons, away)
    assert plan.counts[4].total == 3                                     # every day it is back
    assert sorted(plan.counts[p].total for p in (1, 2, 3)) == [5, 6, 6]  # the rest as even as can be
    credited = generate(days, temps, persons, away, credit_absence=True)
    check_rules(credited, days, temps, persons, away)
    # 17 days away, a quarter of each day's shift: credited 4; 2 duties make it 6, as the others' 6
    assert credited.credit[4].regular == 4 and credited.counts[4].regular == 2
    assert [credited.counts[p].regular for p in (1, 2, 3)] == [6, 6, 6] and credited.spread() == 0


def test_absences_credited_balance_the_rest_of_the_semester():
    days = semester_days()
    temps, persons = templates(), people()
    away = [Unavailability(3, Reason.LEAVE, date(2026, 10, 12), date(2026, 11, 27)),
            Unavailability(8, Reason.TEACHING, weekday=MON)]
    plain = generate(days, temps, persons, away)
    credited = generate(days, temps, persons, away, credit_absence=True)
    for plan in (plain, credited):
        check_rules(plan, days, temps, persons, away)
        assert plan.complete and plan.spread(DutyKind.REGULAR) <= 1 and plan.spread(DutyKind.EVENING) <= 1
    assert plain.counts[3] == plain.counts[1]                              # plain: the same number as anyone
    assert credited.counts[3].total < credited.counts[1].total * 0.8       # credited: fewer, for the weeks away
    assert credited.credit[8] == Counts()                                  # teaching hours are not an absence


def test_carried_counts_join_the_balance():
    days = semester_days(weeks=2)
    temps, persons = templates(posts=(1,), shifts=SHIFTS[1:2]), people(2)
    plan = generate(days, temps, persons, carry={1: Counts(regular=4)})
    assert plan.counts[1].regular + 0 == plan.counts[2].regular          # 4 + 3 == 7
    assert plan.counts == {1: Counts(7), 2: Counts(7)}


# -- never against the rules, whatever the input (hypothesis) -------------------------------------------------------

@st.composite
def offices(draw):
    n_people = draw(st.integers(1, 7))
    roles = ("counselor_full", "counselor_part")
    persons = [Person(i, frozenset(draw(st.sets(st.sampled_from(roles), max_size=2)))) for i in range(1, n_people + 1)]
    temps = []
    for n in range(1, draw(st.integers(1, 8)) + 1):
        start_h = draw(st.integers(7, 20))
        length = draw(st.integers(1, 3))
        eligibility = draw(st.sampled_from([ANYONE, Eligibility(roles=frozenset({"counselor_full"})),
                                            Eligibility(people=frozenset({1, 2})),
                                            Eligibility(roles=frozenset({"counselor_part"}), people=frozenset({3}))]))
        wd = draw(st.integers(0, 4))
        temps.append(ShiftTemplate(n, draw(st.integers(1, 3)), wd, draw(st.sampled_from(["午休", "课后", "晚自习"])),
                                   time(start_h), time(min(start_h + length, 23)), draw(st.integers(1, 3)),
                                   default_kind(wd, time(start_h)), eligibility))
    unavailable = []
    for _ in range(draw(st.integers(0, 8))):
        pid = draw(st.integers(1, n_people))
        if draw(st.booleans()):
            first = date(2026, 9, draw(st.integers(7, 25)))
            unavailable.append(Unavailability(pid, Reason.LEAVE, first, date(2026, 9, draw(st.integers(first.day, 30)))))
        else:
            unavailable.append(Unavailability(pid, Reason.TEACHING, weekday=draw(st.integers(0, 4)),
                                              period=draw(st.sampled_from(["", "午休", "课后"]))))
    return persons, temps, unavailable


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(offices(), st.randoms(use_true_random=False))
def test_no_rule_is_ever_broken_and_the_order_of_the_input_does_not_matter(office, rnd):
    persons, temps, unavailable = office
    days = semester_days(weeks=4)
    plan = generate(days, temps, persons, unavailable)
    check_rules(plan, days, temps, persons, unavailable)
    shuffled = [list(x) for x in (days, temps, persons, unavailable)]
    for x in shuffled:
        rnd.shuffle(x)
    assert generate(*shuffled) == plan


def test_fairness_holds_for_random_teaching_timetables():
    rnd = random.Random(7)
    days, temps, persons = semester_days(), templates(), people()
    for _ in range(5):
        unavailable = [Unavailability(p.id, Reason.TEACHING, weekday=rnd.randrange(5), period=rnd.choice(SHIFTS)[0])
                       for p in persons for _ in range(3)]
        plan = generate(days, temps, persons, unavailable)
        check_rules(plan, days, temps, persons, unavailable)
        assert plan.complete and plan.spread(DutyKind.REGULAR) <= 1 and plan.spread(DutyKind.EVENING) <= 1
        assert plan.spread() <= 1


# -- determinism ---------------------------------------------------------------------------------------------------

SCRIPT = """
import hashlib
from tests.domain.test_duty_plan import semester_days, templates, people
from counselor_app.domain.duty import Reason, Unavailability
from counselor_app.domain.duty_plan import generate
plan = generate(semester_days(), templates(), people(), [Unavailability(3, Reason.TEACHING, weekday=1, period="午休")])
print(hashlib.sha256(repr(plan).encode()).hexdigest())
"""


def test_the_same_input_gives_the_same_roster_in_any_process():
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    outputs = set()
    for seed in ("0", "1", "12345"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        out = subprocess.run([sys.executable, "-c", SCRIPT], cwd=root, env=env, capture_output=True, text=True,
                             check=True).stdout
        outputs.add(out.splitlines()[-1])
    assert len(outputs) == 1


# -- gaps, kept assignments, conflicts -----------------------------------------------------------------------------

def test_gaps_say_why():
    days = duty_days(date(2026, 9, 7), date(2026, 9, 8), lambda d: True)           # Monday and Tuesday
    nobody = ShiftTemplate(1, 1, MON, "午休", time(12), time(13), eligibility=Eligibility(people=frozenset({99})))
    away = ShiftTemplate(2, 2, MON, "课后", time(16), time(17), eligibility=Eligibility(people=frozenset({1})))
    crowded = ShiftTemplate(3, 3, TUE, "午休", time(12), time(13), heads=3)
    persons = people(2)
    plan = generate(days, [nobody, away, crowded], persons, [Unavailability(1, Reason.SICK, date(2026, 9, 7))])
    gaps = {(g.template_id, g.missing, g.reason) for g in plan.gaps}
    assert gaps == {(1, 1, GapReason.NOBODY_ELIGIBLE), (2, 1, GapReason.UNAVAILABLE), (3, 1, GapReason.BUSY)}
    assert not plan.complete and len(plan.assignments) == 2


def test_a_busy_person_moves_over_so_that_both_shifts_are_filled():
    days = duty_days(date(2026, 9, 7), date(2026, 9, 7), lambda d: True)
    wide = ShiftTemplate(1, 1, MON, "午休", time(12), time(13), eligibility=ANYONE)
    narrow = ShiftTemplate(2, 2, MON, "午休", time(12), time(13), eligibility=Eligibility(people=frozenset({1})))
    narrow2 = ShiftTemplate(3, 3, MON, "午休", time(12, 30), time(13, 30),
                            eligibility=Eligibility(people=frozenset({1, 2})))
    plan = generate(days, [wide, narrow, narrow2], people(3))
    assert plan.complete
    assert {(a.template_id, a.person_id) for a in plan.assignments} == {(1, 3), (2, 1), (3, 2)}


def test_kept_assignments_stay_count_and_their_conflicts_are_listed():
    days = semester_days(weeks=1)
    temps, persons = templates(posts=(1, 2), shifts=SHIFTS[1:3]), people(4)
    lunch_mon_1, lunch_mon_2 = temps[0].id, temps[10].id                 # post 1 and post 2, Monday lunch
    keep = [Assignment(date(2026, 9, 7), lunch_mon_1, 1, True),
            Assignment(date(2026, 9, 7), lunch_mon_2, 1, True),           # the same time: double
            Assignment(date(2026, 9, 8), temps[2].id, 2, True),           # Tuesday lunch, but 2 is sick
            Assignment(date(2026, 9, 12), lunch_mon_1, 3, True),          # a Saturday: no such shift
            Assignment(date(2026, 9, 9), temps[4].id, 77, True)]          # nobody on the list
    sick = [Unavailability(2, Reason.SICK, date(2026, 9, 8))]
    plan = generate(days, temps, persons, sick, keep=keep)
    check_rules(plan, days, temps, persons, sick, keep)
    conflicts = {(c.assignment.day, c.assignment.person_id, c.reason) for c in plan.conflicts}
    assert conflicts == {(date(2026, 9, 7), 1, ConflictReason.DOUBLE),
                         (date(2026, 9, 8), 2, ConflictReason.UNAVAILABLE),
                         (date(2026, 9, 12), 3, ConflictReason.NO_SHIFT),
                         (date(2026, 9, 9), 77, ConflictReason.UNKNOWN_PERSON)}
    manual = {(a.day, a.template_id, a.person_id) for a in plan.assignments if a.manual}
    assert manual == {(date(2026, 9, 7), lunch_mon_1, 1), (date(2026, 9, 7), lunch_mon_2, 1),
                      (date(2026, 9, 8), temps[2].id, 2)}
    assert plan.counts[1].total >= 2 and plan.spread(DutyKind.REGULAR) <= 1


def test_a_kept_assignment_beyond_the_heads_or_of_someone_not_allowed():
    days = duty_days(date(2026, 9, 7), date(2026, 9, 7), lambda d: True)
    shift = ShiftTemplate(1, 1, MON, "午休", time(12), time(13), eligibility=Eligibility(people=frozenset({1, 2})))
    keep = [Assignment(date(2026, 9, 7), 1, 1, True), Assignment(date(2026, 9, 7), 1, 2, True)]
    plan = generate(days, [shift], people(3), keep=keep)
    assert [c.reason for c in plan.conflicts] == [ConflictReason.OVERFULL]
    plan = generate(days, [shift], people(3), keep=[Assignment(date(2026, 9, 7), 1, 3, True)])
    assert [c.reason for c in plan.conflicts] == [ConflictReason.NOT_ELIGIBLE]


def test_slots_are_enumerated_in_date_and_time_order():
    days = semester_days(weeks=1)
    slots = enumerate_slots(days, templates())
    assert len(slots) == 5 * 12
    assert [(s.day, s.template.start) for s in slots] == sorted((s.day, s.template.start) for s in slots)
    assert enumerate_slots([DutyDay(date(2026, 10, 10), None, makeup=True)], templates()) == []
