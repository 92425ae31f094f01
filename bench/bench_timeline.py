"""A student's timeline on a long audit trail: one student with thousands of rows among many others' rows.

    python bench/bench_timeline.py [--rows 300000] [--mine 5000]

Measures (median of repeated runs, seconds):
- the first page of the timeline (services.timeline.student_timeline, 100 events from every source, names and
  words included) for the busy student and for a student with almost no rows, against the bare SQL query of the
  same 100 audit rows;
- opening the profile (services.profile.open_profile: four sections and its one audit row);
- every page of the busy student's timeline, one after the other.
The trail has no index on the target (student) yet: each page scans it, which the numbers show.
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from counselor_app.services import profile, timeline  # noqa: E402
from counselor_app.services.demo import create_demo_office  # noqa: E402
from counselor_app.store.crypto import KdfParams  # noqa: E402
from counselor_app.store.database import transaction  # noqa: E402

SECTIONS = ["basic", "guardians", "history", "timeline"]


def median_time(fn, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def fill_trail(session, rows: int, mine: int, busy: int, students: int) -> None:
    """Rows appended straight into the table (hashes not chained: the bench reads, it does not verify); ``mine``
    of them about the student ``busy``, spread over the trail."""
    rnd = random.Random(1)
    last = session.conn.execute("SELECT max(id) FROM audit_log").fetchone()[0]
    start = datetime(2024, 9, 1, tzinfo=timezone.utc)
    mine_at = set(rnd.sample(range(rows), mine))
    batch = []
    for n in range(rows):
        target = busy if n in mine_at else rnd.randint(1, students)
        action = "student.edit" if n % 50 == 0 else "view.student"
        at = (start + timedelta(seconds=60 * n)).isoformat()
        batch.append((last + 1 + n, at, session.user.id, action, "student", str(target), "ok",
                      "class_id" if action == "student.edit" else "", "-", "-"))
    with transaction(session.conn):
        session.conn.executemany("INSERT INTO audit_log (id, at, user_id, action, target_type, target_id, outcome, "
                                 "detail, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?)", batch)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=300_000)
    ap.add_argument("--mine", type=int, default=5_000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        demo = create_demo_office(Path(tmp) / "office", students=3000, seed=1, kdf=KdfParams(1024, 1, 1),
                                  today=date(2026, 11, 1))
        s = demo.office.session
        busy, quiet = 17, 2999
        fill_trail(s, args.rows, args.mine, busy, 2998)
        quiet_id = quiet   # its rows: the demo's own and the few random ones
        bare = median_time(lambda: s.conn.execute(
            "SELECT * FROM audit_log WHERE target_type = 'student' AND target_id = ? ORDER BY at DESC, id DESC "
            "LIMIT 100", (str(busy),)).fetchall())
        first = median_time(lambda: timeline.student_timeline(s, busy))
        first_quiet = median_time(lambda: timeline.student_timeline(s, quiet_id))
        opened = median_time(lambda: profile.open_profile(s, busy, SECTIONS))

        def every_page() -> int:
            before, pages = None, 0
            while True:
                page = timeline.student_timeline.section.load(s, busy, tr=profile.english, before=before)
                pages += 1
                if not page.more:
                    return pages
                before = page.before

        t = time.perf_counter()
        pages = every_page()
        walk = time.perf_counter() - t
        print(f"audit trail: {args.rows:,} rows, {args.mine:,} about the busy student")
        print(f"bare SQL, 100 rows of the busy student:   {bare:.3f} s")
        print(f"timeline, first page, busy student:        {first:.3f} s ({first / bare:.1f}x the bare query)")
        print(f"timeline, first page, quiet student:       {first_quiet:.3f} s")
        print(f"open the profile (4 sections, 1 audit row): {opened:.3f} s")
        print(f"every page of the busy student ({pages} pages): {walk:.3f} s")
        s.close()


if __name__ == "__main__":
    main()
