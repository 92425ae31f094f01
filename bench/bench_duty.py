"""Generating a semester's duty roster: 20 weeks, 3 posts, 4 shifts a day, 12 people.

    python bench/bench_duty.py [--weeks 20] [--people 12] [--runs 7]

Measures (median of repeated runs; wall and CPU seconds; CPU is the steadier on a busy machine):
- the baseline: enumerating the same slots (days × templates) without assigning anybody
  (domain.duty_plan.enumerate_slots);
- generate(): the same slots filled (each person with three teaching periods a week, one on leave for three weeks,
  the hotline for counselors only), fairness balanced;
- generate(credit_absence=True) and a regeneration keeping 60 manual assignments.
The bar: a semester under a second. Each run also checks the roster (complete, spread per kind ≤ 1).
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from datetime import date, time as clock, timedelta
from pathlib import Path
from random import Random

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from counselor_app.domain.duty import (  # noqa: E402
    ANYONE, DutyKind, Eligibility, Person, Reason, ShiftTemplate, Unavailability, default_kind,
)
from counselor_app.domain.duty_days import duty_days  # noqa: E402
from counselor_app.domain.duty_plan import Assignment, enumerate_slots, generate  # noqa: E402

SHIFTS = (("早间", clock(7, 30), clock(8, 0)), ("午休", clock(12, 10), clock(13, 30)),
          ("课后", clock(16, 40), clock(17, 40)), ("晚自习", clock(19, 0), clock(21, 0)))
START = date(2026, 9, 7)


def office(weeks: int, n_people: int):
    days = duty_days(START, START + timedelta(days=7 * weeks - 1), lambda d: d.weekday() < 5)
    counselors = Eligibility(roles=frozenset({"counselor_full"}))
    templates, n = [], 0
    for post in (1, 2, 3):
        for wd in range(5):
            for period, start, end in SHIFTS:
                n += 1
                templates.append(ShiftTemplate(n, post, wd, period, start, end, 1, default_kind(wd, start),
                                               counselors if post == 2 else ANYONE))
    people = [Person(i, frozenset({"counselor_full" if i <= n_people // 2 else "counselor_part"}))
              for i in range(1, n_people + 1)]
    rnd = Random(16)
    unavailable = [Unavailability(p.id, Reason.TEACHING, weekday=rnd.randrange(5), period=rnd.choice(SHIFTS)[0])
                   for p in people for _ in range(3)]
    unavailable.append(Unavailability(3, Reason.LEAVE, START + timedelta(days=35), START + timedelta(days=55)))
    return days, templates, people, unavailable


def measure(fn, runs: int) -> tuple[float, float]:
    walls, cpus = [], []
    for _ in range(runs):
        w, c = time.perf_counter(), time.process_time()
        fn()
        walls.append(time.perf_counter() - w)
        cpus.append(time.process_time() - c)
    return statistics.median(walls), statistics.median(cpus)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--weeks", type=int, default=20)
    parser.add_argument("--people", type=int, default=12)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    days, templates, people, unavailable = office(args.weeks, args.people)

    plan = generate(days, templates, people, unavailable)
    spreads = {k.value: plan.spread(k) for k in DutyKind if k in plan.kinds}
    print(f"{len(days)} days, {len(templates)} templates, {len(people)} people, {len(unavailable)} unavailabilities: "
          f"{plan.seats} seats, {len(plan.assignments)} filled, {len(plan.gaps)} gaps, spread per kind {spreads}, "
          f"total spread {plan.spread()}")
    assert plan.complete and all(s <= 1 for s in spreads.values()), "the roster is not complete or not fair"
    keep = [Assignment(a.day, a.template_id, a.person_id, True) for a in plan.assignments[::20]]

    base = measure(lambda: enumerate_slots(days, templates), args.runs)
    rows = [("enumerate the slots (baseline)", base)]
    rows.append(("generate", measure(lambda: generate(days, templates, people, unavailable), args.runs)))
    rows.append(("generate, absences credited",
                 measure(lambda: generate(days, templates, people, unavailable, credit_absence=True), args.runs)))
    rows.append((f"regenerate keeping {len(keep)} manual",
                 measure(lambda: generate(days, templates, people, unavailable, keep=keep), args.runs)))
    print(f"{'':38} {'wall s':>8} {'CPU s':>8} {'x baseline (CPU)':>17}")
    for name, (wall, cpu) in rows:
        print(f"{name:38} {wall:8.4f} {cpu:8.4f} {cpu / base[1]:17.1f}")
    worst = max(wall for _n, (wall, _c) in rows)
    print("under a second" if worst < 1 else "OVER A SECOND")
    return 0 if worst < 1 else 1


if __name__ == "__main__":
    sys.exit(main())
