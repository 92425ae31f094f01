"""Importing a 30,000-student roster, against plain baselines measured in the same run.

    python bench/bench_import.py [--students 30000] [--workbooks]

The rows come from the demo generator (a university), with a title row above the header as schools have it.

- csv (always): the baseline reads the GB18030 csv with the csv module and inserts the same rows with one
  executemany into a scratch table of the same office (what any import must at least do). Measured: the app's
  preview (read, detect the header, check every row, classify against the database) and the import (one
  transaction, new students with guardians, status history and audit).
- workbooks (--workbooks): the same rows as an xlsx (written by openpyxl) and an xls (written by xlwt, when it
  is installed: ``pip install xlwt``). The baseline is csv.reader over the csv of the same rows, reading only.
  Measured: read_rows of each file (calamine for the workbooks), openpyxl's read-only reader over the same xlsx
  (the reader the app used before calamine, for comparison) and the preview of each workbook.
"""
from __future__ import annotations

import argparse
import csv
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from counselor_app.domain.demo_data import generate_school  # noqa: E402
from counselor_app.domain.school import SchoolProfile, SchoolType  # noqa: E402
from counselor_app.services import roster_import  # noqa: E402
from counselor_app.services.office import create_office  # noqa: E402
from counselor_app.files.roster_files import read_rows  # noqa: E402
from counselor_app.store import bench_support  # noqa: E402
from counselor_app.store.crypto import KdfParams  # noqa: E402

TITLE = "示范大学学生名单"
HEADER = ["学号", "姓名", "性别", "出生日期", "年级", "班级", "家长姓名", "联系电话", "宿舍", "是否住校"]


def best_of(n: int, fn) -> tuple[float, float]:
    """(wall, cpu) seconds of the fastest of n runs. CPU time (this process only) is the steadier figure on a
    machine that other work keeps busy; wall time is what the user waits."""
    best = (float("inf"), float("inf"))
    for _ in range(n):
        t, c = time.perf_counter(), time.process_time()
        fn()
        best = min(best, (time.perf_counter() - t, time.process_time() - c))
    return best


def roster_rows(students: int) -> list[list[object]]:
    school = generate_school("university", students, seed=1, today=date(2026, 11, 1))
    grades = {g.key: g.name for g in school.grades}
    classes = {c.key: (grades[c.grade_key], c.name) for c in school.classes}
    return [[s.student_no, s.name, "男" if s.gender == "male" else "女", s.birth_date, *classes[s.class_key],
             s.guardians[0].name, s.guardians[0].phone, s.dorm or "", "是" if s.boarding else "否"]
            for s in school.students]


def write_csv(path: Path, rows: list[list[object]]) -> None:
    with open(path, "w", newline="", encoding="gb18030") as f:
        w = csv.writer(f)
        w.writerow([TITLE])
        w.writerow(HEADER)
        w.writerows([[v.isoformat() if isinstance(v, date) else v for v in r] for r in rows])


def write_xlsx(path: Path, rows: list[list[object]]) -> None:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("名单")
    ws.append([TITLE])
    ws.append(HEADER)
    for r in rows:
        ws.append(r)
    wb.save(path)


def write_xls(path: Path, rows: list[list[object]]) -> bool:
    try:
        import xlwt
    except ImportError:
        return False
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("名单")
    day = xlwt.easyxf(num_format_str="yyyy-mm-dd")
    sheet.write_merge(0, 0, 0, len(HEADER) - 1, TITLE)
    for c, text in enumerate(HEADER):
        sheet.write(1, c, text)
    for r, values in enumerate(rows, start=2):
        for c, value in enumerate(values):
            if isinstance(value, date):
                sheet.write(r, c, value, day)
            else:
                sheet.write(r, c, value)
    book.save(str(path))
    return True


def openpyxl_read(path: Path) -> list:
    import openpyxl

    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        return [list(r) for r in wb.worksheets[0].iter_rows(values_only=True)]
    finally:
        wb.close()


def line(label: str, seconds: tuple[float, float], baseline: tuple[float, float]) -> None:
    print(f"{label:52} {seconds[0]:7.2f} {seconds[0] / baseline[0]:6.1f} {seconds[1]:7.2f} "
          f"{seconds[1] / baseline[1]:6.1f}")


def heading() -> None:
    print(f"{'measure':52} {'wall s':>7} {'ratio':>6} {'cpu s':>7} {'ratio':>6}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--students", type=int, default=30000)
    ap.add_argument("--workbooks", "--xlsx", action="store_true", help="also time the same rows as xlsx and xls")
    args = ap.parse_args()
    rows = roster_rows(args.students)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        path = tmp / "roster.csv"
        write_csv(path, rows)
        office = create_office(tmp / "office", SchoolProfile("示范大学", SchoolType.UNIVERSITY), "head", "主任",
                               "Quiet-Harbor-2026", kdf=KdfParams(1024, 1, 1))
        session = office.session

        def plain_read() -> list:
            with open(path, newline="", encoding="gb18030") as f:
                return list(csv.reader(f))

        # best of three for everything that can be repeated (the machine may be busy with other work)
        baseline = best_of(3, lambda: bench_support.insert_plain_rows(session.conn, plain_read()[2:]))
        t_preview = best_of(3, lambda: roster_import.preview_students(session, path))
        preview = roster_import.preview_students(session, path)

        workbook_lines = []
        if args.workbooks:
            read_baseline = best_of(3, plain_read)
            workbook_lines.append(("csv.reader of the same rows as csv (baseline)", read_baseline))
            workbook_lines.append(("read_rows, csv", best_of(3, lambda: read_rows(path))))
            xlsx, xls = tmp / "roster.xlsx", tmp / "roster.xls"
            write_xlsx(xlsx, rows)
            workbook_lines.append(("read_rows, xlsx (calamine)", best_of(3, lambda: read_rows(xlsx))))
            has_xls = write_xls(xls, rows)
            if has_xls:
                workbook_lines.append(("read_rows, xls (calamine)", best_of(3, lambda: read_rows(xls))))
            workbook_lines.append(("openpyxl read-only, same xlsx (the reader before)",
                                   best_of(1, lambda: openpyxl_read(xlsx))))
            workbook_lines.append(("preview of the xlsx",
                                   best_of(3, lambda: roster_import.preview_students(session, xlsx))))
            if has_xls:
                workbook_lines.append(("preview of the xls",
                                       best_of(3, lambda: roster_import.preview_students(session, xls))))

        result = None

        def run_import() -> None:
            nonlocal result
            result = roster_import.import_students(session, preview)

        t_import = best_of(1, run_import)
        assert result.new == args.students, result
        session.close()

    print(f"{args.students} rows, GB18030 csv with a title row")
    heading()
    line("csv.reader + one executemany (baseline)", baseline, baseline)
    line("preview (read, header, check, classify)", t_preview, baseline)
    line("import (one transaction, run once)", t_import, baseline)
    if workbook_lines:
        print(f"\nthe same rows as workbooks{'' if has_xls else ' (no xls: pip install xlwt)'}")
        heading()
        for label, seconds in workbook_lines:
            line(label, seconds, read_baseline)


if __name__ == "__main__":
    main()
