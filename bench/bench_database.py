"""SQLCipher against plain SQLite on a 30,000-student office, ratios measured in the same run.

    python bench/bench_database.py [--students 30000]

Measures (median of repeated runs, seconds):
- a register join (students with class and grade, filtered and sorted as the student list does)
  on plain SQLite (the baseline: the same rows exported unencrypted), on SQLCipher with its default page
  cache, and on SQLCipher with the app's cache (store.database.CACHE_KIB);
- the integrity quick check that every login runs, against a plain full scan of the student table.
"""
from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from counselor_app.domain.school import SchoolType  # noqa: E402
from counselor_app.services.demo import create_demo_office  # noqa: E402
from counselor_app.store import crypto, database  # noqa: E402
from counselor_app.store.crypto import KdfParams  # noqa: E402

QUERY = """
SELECT s.id, s.student_no, s.name, s.gender, c.name, g.name, s.status
FROM student s JOIN school_class c ON c.id = s.class_id JOIN grade g ON g.id = c.grade_id
WHERE s.status = 'enrolled' AND s.name LIKE ?
ORDER BY g.sort_order, c.sort_order, s.student_no
"""


def median_time(fn, repeat: int = 7) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--students", type=int, default=30000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        t = time.perf_counter()
        demo = create_demo_office(tmp / "office", students=args.students, seed=1, school_type=SchoolType.UNIVERSITY,
                                  kdf=KdfParams(1024, 1, 1))
        build = time.perf_counter() - t
        session = demo.office.session
        key = bytearray(session.data_key)
        plain_path = tmp / "plain.db"
        session.conn.execute(f"ATTACH DATABASE '{plain_path}' AS plaintext KEY ''")
        session.conn.execute("SELECT sqlcipher_export('plaintext')")
        session.conn.execute("DETACH DATABASE plaintext")
        session.close()

        plain = sqlite3.connect(plain_path)
        default_cache = database.connect(tmp / "office" / "office.db", key)
        default_cache.execute("PRAGMA cache_size = -2000")  # SQLite's default (2 MiB)
        app_cache = database.connect(tmp / "office" / "office.db", key)

        def run(conn):
            return lambda: conn.execute(QUERY, ("%",)).fetchall()

        for conn in (plain, default_cache, app_cache):
            run(conn)()  # warm
        # Interleaved, so that a busy moment of a shared machine hits all three alike.
        samples: dict[str, list[float]] = {"plain": [], "default": [], "app": []}
        for _ in range(15):
            for name, conn in (("plain", plain), ("default", default_cache), ("app", app_cache)):
                samples[name].append(median_time(run(conn), 1))
        base, dflt, app = (statistics.median(samples[k]) for k in ("plain", "default", "app"))
        scan_base = median_time(lambda: plain.execute("SELECT * FROM student").fetchall(), 5)
        fresh = database.connect(tmp / "office" / "office.db", key)
        quick = median_time(lambda: fresh.execute("PRAGMA quick_check").fetchone(), 3)
        rows = len(run(app_cache)())
        for c in (plain, default_cache, app_cache, fresh):
            c.close()
        crypto.wipe(key)

    print(f"office with {args.students} students built in {build:.2f} s; register join returns {rows} rows")
    print(f"{'measure':48} {'seconds':>9} {'ratio':>7}")
    print(f"{'plain SQLite join (baseline)':48} {base:9.4f} {1:7.2f}")
    print(f"{'SQLCipher join, default 2 MiB cache':48} {dflt:9.4f} {dflt / base:7.2f}")
    print(f"{'SQLCipher join, app cache ' + str(database.CACHE_KIB // 1024) + ' MiB':48} {app:9.4f} {app / base:7.2f}")
    print(f"{'plain SQLite full student scan (baseline)':48} {scan_base:9.4f} {1:7.2f}")
    print(f"{'SQLCipher quick_check at login':48} {quick:9.4f} {quick / scan_base:7.2f}")


if __name__ == "__main__":
    main()
