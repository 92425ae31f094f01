"""The audit page on a long trail: 300,000 rows, names looked up for the 5,000 rows on screen.

    python bench/bench_audit_view.py [--rows 300000] [--students 3000]

Measures (median of repeated runs, seconds):
- the newest 5,000 rows with their names (services.audit_view.load_trail: one query per kind of id, and the
  audit row of the look itself), and for comparison the student lookups alone done one query per row;
- one student's trail (a scan of the whole trail: no index on the target, see the numbers) and that student's
  access report as a PDF.
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from counselor_app.services import audit_view  # noqa: E402
from counselor_app.services.demo import create_demo_office  # noqa: E402
from counselor_app.store.audit import AuditFilter  # noqa: E402
from counselor_app.store.crypto import KdfParams  # noqa: E402
from counselor_app.store.database import transaction  # noqa: E402

ACTIONS = ["view.student", "view.student", "student.edit", "view.student_list", "login", "session.lock"]


def median_time(fn, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def fill_trail(session, rows: int, students: int) -> None:
    """Rows appended straight into the table (hashes not chained: the bench reads, it does not verify)."""
    rnd = random.Random(1)
    last = session.conn.execute("SELECT max(id) FROM audit_log").fetchone()[0]
    batch = []
    for i in range(last + 1, last + rows + 1):
        action = rnd.choice(ACTIONS)
        on_student = action.startswith(("view.student", "student."))
        target = str(rnd.randint(1, students)) if action != "view.student_list" and on_student else ""
        batch.append((i, f"2026-{1 + i % 6:02d}-{1 + i % 28:02d}T08:00:00+00:00", session.user.id, action,
                      "student" if on_student else "user", target, "ok", "class_id" if action == "student.edit"
                      else "", "-", "-"))
    with transaction(session.conn):
        session.conn.executemany("INSERT INTO audit_log (id, at, user_id, action, target_type, target_id, outcome, "
                                 "detail, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?)", batch)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=300_000)
    ap.add_argument("--students", type=int, default=3000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        demo = create_demo_office(Path(tmp) / "office", students=args.students,
                                  kdf=KdfParams(memory_kib=1024, iterations=1, lanes=1))
        session = demo.office.session
        fill_trail(session, args.rows, args.students)
        newest = AuditFilter(limit=5000)
        batched = median_time(lambda: audit_view.load_trail(session, newest))
        rows = audit_view.load_trail(session, newest).rows

        def one_by_one():
            for r in rows:
                if r.target_type == "student" and r.target_id:
                    session.conn.execute("SELECT student_no, name FROM student WHERE id = ?",
                                         (int(r.target_id),)).fetchone()

        per_row = median_time(one_by_one)
        student = int(next(r.target_id for r in rows if r.target_type == "student" and r.target_id))
        since, until = date(2026, 1, 1), date(2026, 12, 31)
        trail = median_time(lambda: audit_view.load_trail(session, audit_view.student_filter(student, since, until,
                                                                                              5000)))
        count = len(audit_view.load_trail(session, audit_view.student_filter(student, since, until, 5000)).rows)
        report = median_time(lambda: audit_view.access_report_pdf(session, student, since, until, str), repeat=3)
        session.close()
    print(f"trail of {args.rows:,} rows, {args.students:,} students")
    print(f"newest 5,000 rows with names, one query per kind: {batched:.3f} s")
    print(f"  (their student names one query per row, lookups alone: {per_row:.3f} s)")
    print(f"one student's trail ({count} rows, whole-trail scan):  {trail:.3f} s")
    print(f"that student's access report (PDF):                {report:.3f} s")


if __name__ == "__main__":
    main()
