"""The student list on a 30,000-student university, against plain SQL measured in the same run.

    python bench/bench_student_list.py

- loading: services.students.list_students (SQL + pinyin search keys) against the bare SQL query of the same rows;
- filtering as the user types: the page's filter over the loaded rows against SQLite running the same search
  as a LIKE query on number and name (without pinyin, which SQL cannot do);
- showing: replacing the table model's rows, and the rows shown in the page's table (offscreen Qt);
- sorting by a click on a column header (RowsModel.sort) by name (pinyin), student number and class, against
  Python's own sort of the same rows by the bare attribute.
"""
from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from counselor_app.domain.school import SchoolType  # noqa: E402
from counselor_app.services import students  # noqa: E402
from counselor_app.services.demo import create_demo_office  # noqa: E402
from counselor_app.store import register  # noqa: E402
from counselor_app.store.crypto import KdfParams  # noqa: E402


def median(fn, n=7):
    times = []
    for _ in range(n):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from counselor_app.ui.pages.students_page import filter_rows
    from counselor_app.ui.models import Column, RowsModel, name_key
    from counselor_app.ui.widgets import row_table

    app = QApplication([])  # noqa: F841 - the model needs one
    with tempfile.TemporaryDirectory() as tmp:
        demo = create_demo_office(Path(tmp) / "office", students=30000, seed=1, school_type=SchoolType.UNIVERSITY,
                                  kdf=KdfParams(1024, 1, 1), today=date(2026, 11, 1))
        s = demo.office.session
        t = time.perf_counter()
        rows = students.list_students(s)  # first load: pinyin dictionaries and keys
        first = time.perf_counter() - t
        base_load = median(lambda: register.student_list(s.conn))
        load = median(lambda: students.list_students(s), 3)
        query = rows[1234].name[:1]
        sql = ("SELECT id FROM student s WHERE (s.student_no LIKE ? OR s.name LIKE ?) AND s.status = 'enrolled'")
        results = {}
        for typed in ("z", "zh", "zs", query, rows[1234].student_no[:6]):
            base = median(lambda: s.conn.execute(sql, (f"%{typed}%", f"%{typed}%")).fetchall())
            ours = median(lambda: filter_rows(rows, typed, None, None, "enrolled"))
            results[typed] = (base, ours, len(filter_rows(rows, typed, None, None, "enrolled")))
        model = RowsModel([Column("no", lambda r: r.student_no), Column("name", lambda r: r.name)])
        show = median(lambda: model.set_rows(rows))
        # the table as the page shows it (columns sized to their contents) against a plain stretched table
        columns = [Column(k, (lambda r, k=k: getattr(r, k))) for k in
                   ("student_no", "name", "gender", "birth_date", "grade", "class_name", "status")]
        views = {}
        for stretch in (True, False):
            view_model = RowsModel(columns)
            view = row_table(view_model, stretch=stretch)
            view.resize(1000, 600)
            view.show()
            app.processEvents()
            views[stretch] = median(lambda: (view_model.set_rows(rows), app.processEvents()), 3)
            view.close()
        rank = {}
        for r in rows:
            rank.setdefault((r.grade, r.class_name), len(rank))
        sort_model = RowsModel([Column("no", lambda r: r.student_no),
                                Column("name", lambda r: r.name, sort_key=lambda r: name_key(r.name)),
                                Column("class", lambda r: r.class_name,
                                       sort_key=lambda r: rank.get((r.grade, r.class_name)))])
        sort_model.set_rows(rows)
        sorts = {}
        for column, attr in ((1, "name"), (0, "student_no"), (2, "class_name")):
            base = median(lambda: sorted(rows, key=lambda r: getattr(r, attr)), 3)
            ours = median(lambda: sort_model.sort(column), 3)
            sorts[attr] = (base, ours)
        s.close()
    print(f"{len(rows)} students")
    print(f"{'measure':52} {'seconds':>8} {'ratio':>6}")
    print(f"{'bare SQL query of the list (baseline)':52} {base_load:8.3f} {1:6.2f}")
    print(f"{'list_students (SQL + search keys)':52} {load:8.3f} {load / base_load:6.2f}")
    print(f"{'  first load (pinyin dictionaries loading)':52} {first:8.3f}")
    for typed, (base, ours, n) in results.items():
        print(f"{'filter ' + repr(typed) + f' ({n} rows): SQL LIKE baseline':52} {base:8.4f} {1:6.2f}")
        print(f"{'  the page filter':52} {ours:8.4f} {ours / base:6.2f}")
    print(f"{'replace the model rows (30,000)':52} {show:8.4f}")
    print(f"{'shown in a stretched table (baseline)':52} {views[True]:8.4f} {1:6.2f}")
    print(f"{'shown in the page table (columns to contents)':52} {views[False]:8.4f} {views[False] / views[True]:6.2f}")
    for attr, (base, ours) in sorts.items():
        print(f"{'sort by ' + attr + ': sorted() by the attribute (baseline)':52} {base:8.4f} {1:6.2f}")
        print(f"{'  a header click (RowsModel.sort)':52} {ours:8.4f} {ours / base:6.2f}")


if __name__ == "__main__":
    main()
