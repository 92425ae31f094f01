"""Class membership on a 30,000-student school, against the register's own queries measured in the same run.

    python bench/bench_class_history.py [--students 30000]

Measures (median of repeated runs, seconds), each with its baseline and the ratio:
- students per class on a day, by their status that day (store.membership.counts_on: memberships open that day and
  the last status row before it), against today's count from the student table (one GROUP BY);
- the same per grade through the service (class_history.counts_on: classes named as they were then);
- the class of 2,000 students on a day (membership.class_on, one query each) against reading those students by id;
- putting every student still in school into their class of a new school year (what the rollover does; rolled
  back), against one UPDATE of every student row;
- migration 0005 filling the memberships of an office that held none (rolled back), against a copy of the student
  table's ids and classes.
"""
from __future__ import annotations

import argparse
import importlib
import random
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from counselor_app.domain.school import SchoolType  # noqa: E402
from counselor_app.domain.student_status import IN_SCHOOL  # noqa: E402
from counselor_app.services import class_history  # noqa: E402
from counselor_app.services.demo import create_demo_office  # noqa: E402
from counselor_app.store import membership, school_years  # noqa: E402
from counselor_app.store.crypto import KdfParams  # noqa: E402

TODAY = date(2026, 11, 1)


def median_time(fn, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def rolled_back(conn, fn):
    def run():
        conn.execute("BEGIN IMMEDIATE")
        try:
            fn()
        finally:
            conn.execute("ROLLBACK")
    return run


def line(label: str, ours: float, base: float, base_label: str) -> None:
    print(f"{label:<52} {ours:8.4f} s   {base_label:<34} {base:8.4f} s   ratio {ours / base:5.1f}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--students", type=int, default=30_000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        demo = create_demo_office(Path(tmp) / "office", students=args.students, seed=1,
                                  school_type=SchoolType.COMPLETE_MIDDLE, kdf=KdfParams(1024, 1, 1), today=TODAY)
        session = demo.office.session
        conn = session.conn
        day = TODAY.isoformat()
        # a few hundred students left or are away, so that the status of the day matters
        rnd = random.Random(2)
        ids = [i for i, in conn.execute("SELECT id FROM student ORDER BY id")]
        conn.executemany("INSERT INTO student_status_history (student_id, status, changed_at) VALUES (?, ?, ?)",
                         [(s, rnd.choice(["on_leave", "transferred"]), "2026-10-15T02:00:00+00:00")
                          for s in rnd.sample(ids, len(ids) // 50)])

        counts = median_time(lambda: membership.counts_on(conn, day, ["enrolled"]))
        plain = median_time(lambda: conn.execute(
            "SELECT class_id, count(*) FROM student WHERE status = 'enrolled' GROUP BY class_id").fetchall())
        line("students per class on a day, by that day's status", counts, plain, "today's count (GROUP BY)")
        grades = median_time(lambda: class_history.counts_on(session, TODAY, per_grade=True))
        line("students per grade on a day (service, named then)", grades, plain, "today's count (GROUP BY)")

        sample = rnd.sample(ids, 2000)
        each = median_time(lambda: [membership.class_on(conn, s, day) for s in sample])
        by_id = median_time(lambda: [conn.execute("SELECT id, class_id, status FROM student WHERE id = ?",
                                                  (s,)).fetchone() for s in sample])
        line("class on a day of 2,000 students, one query each", each, by_id, "those students by id")

        next_year = school_years.insert(conn, "2027-2028", "2027-09-01", "2028-08-31", [])
        placements = membership.current_classes(conn, IN_SCHOOL)
        place = median_time(rolled_back(conn, lambda: membership.place(conn, placements, next_year, "2027-08-20")),
                            repeat=3)
        update = median_time(rolled_back(conn, lambda: conn.execute(
            "UPDATE student SET updated_at = updated_at || ''")), repeat=3)
        line(f"{len(placements):,} students into a new school year", place, update, "one UPDATE of every student")

        migration = importlib.import_module("counselor_app.store.schema.0005_class_history")

        def refill():
            conn.execute("DELETE FROM class_membership")
            migration._fill_membership(conn, [(school_years.register_year(conn), "")])

        fill = median_time(rolled_back(conn, refill), repeat=3)
        copy = median_time(rolled_back(conn, lambda: conn.execute(
            "CREATE TEMP TABLE copied AS SELECT id, class_id, status, created_at FROM student")), repeat=3)
        line("migration 0005 filling every membership", fill, copy, "a copy of the student table")
        session.close()


if __name__ == "__main__":
    main()
