"""Exporting the roster of a 30,000-student demo school, against a plain baseline measured in the same run.

    python bench/bench_export.py [--students 30000] [--school-type university]

- baseline: openpyxl's write-only workbook writing the same rows (the same values, dates as dates) as plain
  values, no styles: what any xlsx writer with openpyxl must at least do;
- the report alone: reports.roster_xlsx.students_xlsx over the rows from the register (text cells with the
  text number format, quotePrefix where a value starts like a formula, date cells);
- the whole export: services.roster_export.export_students (query, workbook, atomic write, audit entry).

Before the fix the report appended to a normal worksheet and styled ``ws[ws.max_row]`` after every row;
max_row walks every cell, so the time grew with the square of the rows (30,000 students: about 26 minutes).
The report is now written by XlsxWriter in memory (openpyxl's write-only mode left temp files with names); the
baseline stays openpyxl's writer (a test dependency).
"""
from __future__ import annotations

import argparse
import io
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from counselor_app.domain.school import SchoolType  # noqa: E402
from counselor_app.reports.roster_xlsx import GENDER, STATUS, _birth, students_xlsx  # noqa: E402
from counselor_app.services import roster_export  # noqa: E402
from counselor_app.services.demo import create_demo_office  # noqa: E402
from counselor_app.store import register  # noqa: E402
from counselor_app.store.crypto import KdfParams  # noqa: E402


def best_of(n: int, fn) -> tuple[float, float]:
    """(wall, cpu) seconds of the fastest of n runs (CPU time: this process only, steadier on a busy machine)."""
    best = (float("inf"), float("inf"))
    for _ in range(n):
        t, c = time.perf_counter(), time.process_time()
        fn()
        best = min(best, (time.perf_counter() - t, time.process_time() - c))
    return best


def plain_values(rows) -> list[list[object]]:
    out = []
    for no, name, gender, birth, grade, klass, dorm, boarding, status, guardians in rows:
        g = list(guardians[:2]) + [("", "", "")] * (2 - len(guardians[:2]))
        values = [no, name, GENDER.get(gender, ""), _birth(birth), grade, klass, dorm, "是" if boarding else "否",
                  STATUS.get(status, status), *g[0], *g[1]]
        out.append([None if v in (None, "") else v for v in values])
    return out


def baseline(values: list[list[object]]) -> None:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Students")
    ws.append(["header"] * 15)
    for row in values:
        ws.append(row)
    wb.save(io.BytesIO())


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--students", type=int, default=30000)
    ap.add_argument("--school-type", default="university", choices=[t.value for t in SchoolType])
    ap.add_argument("--runs", type=int, default=2)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        demo = create_demo_office(Path(tmp) / "office", students=args.students, seed=1,
                                  school_type=SchoolType(args.school_type), kdf=KdfParams(1024, 1, 1),
                                  today=date(2026, 11, 1))
        s = demo.office.session
        rows = register.students_for_export(s.conn)
        values = plain_values(rows)
        base = best_of(args.runs, lambda: baseline(values))
        report = best_of(args.runs, lambda: students_xlsx(rows, university=True))
        out = Path(tmp) / "export.xlsx"
        count = roster_export.export_students(s, out)
        whole = best_of(args.runs, lambda: roster_export.export_students(s, out))
        size = out.stat().st_size
        s.close()
    print(f"{count} students ({args.school_type}), file {size / 1e6:.1f} MB, best of {args.runs}")
    print(f"{'measure':58} {'wall s':>7} {'cpu s':>7} {'ratio':>6}")
    for label, (wall, cpu) in (("openpyxl write-only, plain values (baseline)", base),
                               ("students_xlsx (styled text cells, date cells)", report),
                               ("export_students (query + workbook + write + audit)", whole)):
        print(f"{label:58} {wall:7.2f} {cpu:7.2f} {cpu / base[1]:6.2f}")


if __name__ == "__main__":
    main()
