"""Importing a 30,000-student roster, against a plain baseline measured in the same run.

    python bench/bench_import.py [--students 30000] [--xlsx]

Baseline: reading the same csv with the csv module and inserting the same rows with one executemany into a
table of the same office (what any import must at least do). Measured: the app's preview (read, detect header,
check every row, classify against the database) and import (one transaction).
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
from counselor_app.store import bench_support  # noqa: E402
from counselor_app.store.crypto import KdfParams  # noqa: E402

HEADER = ["学号", "姓名", "性别", "出生日期", "年级", "班级", "家长姓名", "联系电话", "宿舍", "是否住校"]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--students", type=int, default=30000)
    ap.add_argument("--xlsx", action="store_true", help="also time an xlsx file of the same rows")
    args = ap.parse_args()
    school = generate_school("university", args.students, seed=1, today=date(2026, 11, 1))
    grades = {g.key: g.name for g in school.grades}
    classes = {c.key: (grades[c.grade_key], c.name) for c in school.classes}
    rows = [[s.student_no, s.name, "男" if s.gender == "male" else "女", s.birth_date.isoformat(),
             *classes[s.class_key], s.guardians[0].name, s.guardians[0].phone, s.dorm or "", "是" if s.boarding else "否"]
            for s in school.students]
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        path = tmp / "roster.csv"
        with open(path, "w", newline="", encoding="gb18030") as f:
            w = csv.writer(f)
            w.writerow(["示范大学学生名单"])
            w.writerow(HEADER)
            w.writerows(rows)
        office = create_office(tmp / "office", SchoolProfile("示范大学", SchoolType.UNIVERSITY), "head", "主任",
                               "Quiet-Harbor-2026", kdf=KdfParams(1024, 1, 1))
        session = office.session
        t = time.perf_counter()
        with open(path, newline="", encoding="gb18030") as f:
            raw = list(csv.reader(f))[2:]
        bench_support.insert_plain_rows(session.conn, raw)
        baseline = time.perf_counter() - t
        t = time.perf_counter()
        preview = roster_import.preview_students(session, path)
        t_preview = time.perf_counter() - t
        t = time.perf_counter()
        result = roster_import.import_students(session, preview)
        t_import = time.perf_counter() - t
        assert result.new == args.students, result
        print(f"{args.students} rows, GB18030 csv with a title row")
        print(f"{'measure':46} {'seconds':>8} {'ratio':>6}")
        print(f"{'csv.reader + one executemany (baseline)':46} {baseline:8.2f} {1:6.2f}")
        print(f"{'preview (read, header, check, classify)':46} {t_preview:8.2f} {t_preview / baseline:6.2f}")
        print(f"{'import (one transaction)':46} {t_import:8.2f} {t_import / baseline:6.2f}")
        if args.xlsx:
            from openpyxl import Workbook

            wb = Workbook()
            ws = wb.active
            ws.append(["示范大学学生名单"])
            ws.append(HEADER)
            for r in rows:
                ws.append(r)
            wb.save(tmp / "roster.xlsx")
            t = time.perf_counter()
            roster_import.preview_students(session, tmp / "roster.xlsx")
            print(f"{'preview of the same rows as xlsx':46} {time.perf_counter() - t:8.2f}")
        session.close()


if __name__ == "__main__":
    main()
