"""The watch list on a 30,000-student university with 2,000 entries (600 open), 20 follow-ups each.

    python bench/bench_watch.py [--entries 2000] [--open 600] [--followups 20]

The entries, plans, measures, follow-ups, parent contacts and history rows are inserted in bulk
(store/bench_support.py), their clinical text sealed with the clinical key as the services seal it. Measures
(median of repeated runs, seconds; ratios against a baseline measured in the same run):
- loading the watch page: services.watch.list_entries (the query, the overdue rule per row, search keys and the
  audit row) and the page's loader (list_entries + the levels) against the bare SQL of the same query;
- the start page: services.watch_loop.my_overdue for the head (every overdue entry and the closings waiting) and
  for the demo counselor (their own): absolute, the bar is 0.1 s;
- the watch page itself (ui/pages/watch_page.py, offscreen): the rows handed to the page (filters offered, the
  model filled, the columns fitted), and filters a user clicks (a level, all states, a typed search, "overdue
  only", a responsible person), each against a plain table (bare attribute columns) showing the same rows;
- the query plan of the list's query (EXPLAIN QUERY PLAN).
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from random import Random

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from counselor_app.domain import demo_watch_texts as words  # noqa: E402
from counselor_app.domain.school import SchoolType  # noqa: E402
from counselor_app.services import office, staff, watch, watch_loop  # noqa: E402
from counselor_app.services.demo import DEMO_PASSWORD, create_demo_office  # noqa: E402
from counselor_app.store import bench_support as bench  # noqa: E402
from counselor_app.store.crypto import KdfParams  # noqa: E402
from counselor_app.store.database import transaction  # noqa: E402

TODAY = date(2026, 11, 20)
REVIEW_DAYS = {"yellow": 30, "orange": 14, "red": 7}
MEASURES = ("individual", "teacher_watch", "family", "peer", "medical", "academic")
AT = "2026-11-20T08:00:00+00:00"


def median(fn, n: int = 7) -> float:
    times = []
    for _ in range(n):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def median_cpu(fn, n: int = 7) -> float:
    """CPU seconds (steadier than the wall clock on a busy machine)."""
    times = []
    for _ in range(n):
        t = time.process_time()
        fn()
        times.append(time.process_time() - t)
    return statistics.median(times)


def _text(rnd: Random, phase: str) -> str:
    return rnd.choice(words.SLEEP[phase]) + rnd.choice(words.MOOD[phase]) + rnd.choice(words.WORK)


def fill(session, student_ids: list[int], counselors: list[int], others: list[int], n_entries: int, n_open: int,
         n_followups: int, seed: int = 1) -> dict[str, int]:
    """Insert the watch list in bulk: ``n_entries`` entries on distinct students, ``n_open`` of them open (some
    overdue for each reason), each with ``n_followups`` follow-ups, two parent contacts and a plan (a second
    version for some)."""
    rnd = Random(seed)
    conn, keys, me = session.conn, session.clinical, session.user.id
    ids = bench.next_ids(conn, ["watch_entry", "watch_history", "watch_plan", "watch_measure", "watch_followup",
                                "watch_contact"])
    chosen = rnd.sample(student_ids, n_entries)
    heads = bench.class_heads_of(conn, chosen)
    rows: dict[str, list] = {t: [] for t in ("watch_entry", "watch_history", "watch_responsible", "watch_plan",
                                             "watch_measure", "watch_followup", "watch_contact")}

    def new_id(table: str) -> int:
        ids[table] += 1
        return ids[table] - 1

    for n, student in enumerate(chosen):
        is_open = n < n_open
        level = rnd.choices(("yellow", "orange", "red"), (60, 30, 10) if is_open else (70, 30, 0))[0]
        days = REVIEW_DAYS[level]
        state = rnd.choices(("candidate", "following", "observing"), (10, 60, 30))[0] if is_open else "closed"
        kind = rnd.random() if is_open else 1.0     # which way an open entry is overdue, if any
        if is_open:
            opened = TODAY - timedelta(days=rnd.randint(10, 330))
            lag = rnd.randint(days + 1, days + 30) if kind < 0.12 else rnd.randint(0, days - 1)
            end, closed_on = TODAY - timedelta(days=lag), None
        else:
            opened = TODAY - timedelta(days=rnd.randint(120, 1000))
            closed_on = opened + timedelta(days=rnd.randint(40, 110))
            end = closed_on - timedelta(days=2)
        step = max(1, (end - opened).days // n_followups)
        fdays = [min(end, opened + timedelta(days=1 + k * step)) for k in range(n_followups)]
        fdays[-1] = end
        entry = new_id("watch_entry")
        rows["watch_entry"].append({
            "id": entry, "student_id": student,
            "source": rnd.choice(("staff", "screening", "family", "medical", "self")),
            "concern": rnd.choice(words.CONCERNS["staff"][level]).format(teacher="辅导员", parent="母亲"),
            "level": level, "severity": "" if state == "candidate" else rnd.choice(("mild", "mild", "severe")),
            "state": state, "opened_on": opened.isoformat(), "opened_by": me,
            "next_review": (fdays[-1] + timedelta(days=days)).isoformat(), "parent_name": "母亲",
            "parent_relation": "母亲", "parent_phone": "19900001111",
            "close_reason": "improved" if closed_on else "", "close_note": "情况好转，经研判结案。" if closed_on else None,
            "close_requested_by": me if closed_on else None, "close_requested_at": AT if closed_on else None,
            "closed_on": closed_on.isoformat() if closed_on else None, "closed_by": me if closed_on else None,
            "revision": 1, "created_at": AT, "updated_at": AT})
        rows["watch_history"].append({"id": new_id("watch_history"), "entry_id": entry, "at": AT, "user_id": me,
                                      "kind": "opened", "old_value": state, "new_value": level, "reason": None})
        if closed_on:
            rows["watch_history"].append({"id": new_id("watch_history"), "entry_id": entry, "at": AT, "user_id": me,
                                          "kind": "closed", "old_value": "observing", "new_value": "closed",
                                          "reason": None})
        counselor = counselors[n % len(counselors)]
        head = heads.get(student)
        if is_open and 0.20 <= kind < 0.22:      # the head teacher changed: responsible person to replace
            head = rnd.choice(others)
        rows["watch_responsible"].append({"entry_id": entry, "staff_id": counselor, "duty": "counselor"})
        if head is not None:
            rows["watch_responsible"].append({"entry_id": entry, "staff_id": head, "duty": "head_teacher"})
        if state != "candidate" and not (is_open and 0.12 <= kind < 0.15):   # some without a plan
            for version in range(1, 3 if rnd.random() < 0.3 else 2):
                plan = new_id("watch_plan")
                written = opened + timedelta(days=1 + 20 * (version - 1))
                rows["watch_plan"].append({"id": plan, "entry_id": entry, "version": version, "author_id": me,
                                           "written_on": written.isoformat(), "created_at": AT,
                                           "goal": rnd.choice(words.GOALS[level]), "medication": "", "notes": "",
                                           "digest": "", "signature": None})
                late = is_open and 0.15 <= kind < 0.20            # a measure past its due date
                for position, type_ in enumerate(rnd.sample(MEASURES, 3), 1):
                    due = TODAY - timedelta(days=5) if late and position == 1 else None
                    rows["watch_measure"].append({
                        "id": new_id("watch_measure"), "plan_id": plan, "position": position, "type": type_,
                        "description": words.MEASURES[type_][0][0].format(teacher="辅导员"),
                        "owner_staff_id": counselor, "owner_other": "", "frequency": "每周一次",
                        "start_on": written.isoformat(), "due_on": due.isoformat() if due else None,
                        "state": "planned" if due else "ongoing"})
        for k, day in enumerate(fdays):
            phase = ("early", "middle", "late")[min(2, 3 * k // n_followups)]
            rows["watch_followup"].append({
                "id": new_id("watch_followup"), "entry_id": entry, "on_date": day.isoformat(), "author_id": me,
                "created_at": AT, "method": rnd.choice(("talk", "counseling", "observation")),
                "seen": _text(rnd, phase), "rating": level, "addendum_of": None})
        for day in (fdays[2], fdays[12]):
            rows["watch_contact"].append({
                "id": new_id("watch_contact"), "entry_id": entry, "on_date": day.isoformat(), "author_id": me,
                "created_at": AT, "contact_person": "母亲", "way": "phone", "result": "reached",
                "family_support": rnd.choice(words.FAMILY_SUPPORT), "facts": rnd.choice(words.CONTACT_FACTS["middle"]),
                "agreements": rnd.choice(words.AGREEMENTS).format(teacher="辅导员"),
                "next_contact_on": (day + timedelta(days=14)).isoformat(), "addendum_of": None})
    sealed = {"watch_entry": ("concern", "close_note"), "watch_history": ("reason",),
              "watch_plan": ("goal", "medication", "notes"), "watch_measure": ("description",),
              "watch_followup": ("seen",), "watch_contact": ("family_support", "facts", "agreements")}
    with transaction(conn):
        for table, table_rows in rows.items():
            bench.insert_sealed_rows(conn, keys, table, table_rows, sealed.get(table, ()))
    return {t: len(r) for t, r in rows.items()}


def page_measures(rows, levels, school) -> list[tuple[str, int, float, float]]:
    """The real watch page (offscreen, on an app stub) handed the loaded rows, then filtered as a user clicks;
    each against a plain table (RowsModel, bare attribute columns, stretched) showing the same rows:
    (what, rows shown, plain table seconds, page seconds)."""
    from operator import attrgetter

    from counselor_app.ui.models import Column, RowsModel
    from counselor_app.ui.pages.watch_page import WatchPage
    from counselor_app.ui.qt import QApplication, QObject, Signal
    from counselor_app.ui.widgets import row_table

    class Worker(QObject):
        changed = Signal(object)

    class App:   # what the page asks of the application; locked: showing the page loads nothing by itself
        locked = True
        worker = Worker()

        def __init__(self) -> None:
            self.school = school

        def may(self, _permission) -> bool:
            return True

    qt = QApplication.instance() or QApplication([])
    plain = RowsModel([Column(k, attrgetter(k)) for k in ("student_no", "name", "klass", "level", "severity", "state",
                                                          "responsible_names", "next_review", "overdue", "source",
                                                          "opened_on")])
    view = row_table(plain)
    view.resize(1300, 700)
    view.show()
    page = WatchPage(App())
    page.resize(1300, 800)
    page.show()
    qt.processEvents()
    out = []
    opened = [r for r in rows if r.state != "closed"]
    out.append(("hand the rows to the page (filters, model, columns)", len(opened),
                median(lambda: (plain.set_rows(opened), qt.processEvents()), 5),
                median(lambda: (page.show_rows((rows, levels)), qt.processEvents()), 5)))

    def choose(combo, data) -> None:
        combo.setCurrentIndex(max(0, combo.findData(data)))

    person = next(s for r in rows for d, s, _n in r.responsible if d == "counselor")
    clicks = (
        ("filter: level 高危", lambda: choose(page.level, "red"), lambda: choose(page.level, None),
         lambda r: r.state != "closed" and r.level == "red"),
        ("filter: all states (closed ones too)", lambda: choose(page.state, None), lambda: choose(page.state, "open"),
         lambda r: True),
        ("filter: typed search 'zh'", lambda: page.search.setText("zh"), lambda: page.search.setText(""),
         lambda r: r.state != "closed" and "zh" in r.search),
        ("filter: overdue only", lambda: page.overdue_only.setChecked(True),
         lambda: page.overdue_only.setChecked(False), lambda r: r.state != "closed" and bool(r.overdue)),
        ("filter: one responsible person", lambda: choose(page.person, person), lambda: choose(page.person, None),
         lambda r: r.state != "closed" and any(s == person for _d, s, _n in r.responsible)),
    )
    for name, click, undo, keep in clicks:
        same = [r for r in rows if keep(r)]
        base = median(lambda: (plain.set_rows([r for r in rows if keep(r)]), qt.processEvents()), 5)
        ours = median(lambda: (click(), page.apply_filter(), qt.processEvents()), 5)
        shown = page.model.rowCount()
        assert shown == len(same), (name, shown, len(same))
        undo()
        page.apply_filter()
        out.append((name, shown, base, ours))
    page.close()
    view.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, default=30000)
    parser.add_argument("--entries", type=int, default=2000)
    parser.add_argument("--open", type=int, default=600)
    parser.add_argument("--followups", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "office"
        t = time.perf_counter()
        demo = create_demo_office(folder, students=args.students, seed=1, school_type=SchoolType.UNIVERSITY,
                                  kdf=KdfParams(1024, 1, 1), today=TODAY)
        built = time.perf_counter() - t
        s = demo.office.session
        people = staff.list_staff(s)
        counselors = [p.id for p in people if any(r.startswith("counselor") for r in p.roles)]
        others = [p.id for p in people if "instructor" in p.roles]
        student_ids = [r[0] for r in s.conn.execute("SELECT id FROM student")]
        t = time.perf_counter()
        counts = fill(s, student_ids, counselors, others, args.entries, args.open, args.followups)
        filled = time.perf_counter() - t
        t = time.perf_counter()
        rows = watch.list_entries(s, today=TODAY)     # first load: pinyin dictionaries and keys
        first = time.perf_counter() - t
        levels = watch_loop.levels(s, all_levels=True)
        base = median(lambda: bench.watch_list_bare(s.conn))
        base_open = median(lambda: bench.watch_list_bare(s.conn, open_only=True))
        load = median(lambda: watch.list_entries(s, today=TODAY))
        loader = median(lambda: (watch.list_entries(s, today=TODAY), watch_loop.levels(s, all_levels=True)))
        head = median(lambda: watch_loop.my_overdue(s, today=TODAY))
        head_cpu = median_cpu(lambda: watch_loop.my_overdue(s, today=TODAY))
        head_view = watch_loop.my_overdue(s, today=TODAY)
        plan = bench.watch_list_plan(s.conn)
        school = office.school_profile(s)
        s.close()
        with office.login(folder, "counselor", DEMO_PASSWORD) as c:
            mine = median(lambda: watch_loop.my_overdue(c, today=TODAY))
            mine_cpu = median_cpu(lambda: watch_loop.my_overdue(c, today=TODAY))
            mine_view = watch_loop.my_overdue(c, today=TODAY)
        page = page_measures(rows, levels, school)
    print(f"{args.students} students; {counts['watch_entry']} entries ({args.open} open), "
          f"{counts['watch_followup']} follow-ups, {counts['watch_contact']} contacts, {counts['watch_plan']} plan "
          f"versions, {counts['watch_measure']} measures")
    print(f"(office built in {built:.1f} s, watch list inserted in {filled:.1f} s)")
    print(f"{'measure':58} {'seconds':>8} {'ratio':>6}")
    print(f"{'bare SQL of the list query, every entry (baseline)':58} {base:8.4f} {1:6.2f}")
    print(f"{'list_entries (query, overdue rule, search keys, audit)':58} {load:8.4f} {load / base:6.2f}")
    print(f"{'  first call (pinyin dictionaries loading)':58} {first:8.4f}")
    print(f"{'the page loader (list_entries + levels)':58} {loader:8.4f} {loader / base:6.2f}")
    print(f"{'bare SQL of the list query, open entries (baseline)':58} {base_open:8.4f} {1:6.2f}")
    print(f"{'my_overdue, head (' + str(len(head_view.overdue)) + ' overdue, all)':58} {head:8.4f} "
          f"{head / base_open:6.2f}")
    print(f"{'my_overdue, counselor (' + str(len(mine_view.overdue)) + ' overdue, own)':58} {mine:8.4f} "
          f"{mine / base_open:6.2f}")
    verdict = "under" if max(head, mine) < 0.1 else "OVER"
    print(f"  start page bar 0.1 s: {verdict} ({max(head, mine) * 1000:.1f} ms at most; CPU {head_cpu * 1000:.1f} ms "
          f"head, {mine_cpu * 1000:.1f} ms counselor)")
    print(f"{'the watch page (offscreen), against a plain table of the same rows':58}")
    for name, shown, base, ours in page:
        print(f"{'  plain table: ' + name.split(':')[-1].strip() + f' ({shown} rows, baseline)':58} {base:8.4f} "
              f"{1:6.2f}")
        print(f"{'    the page: ' + name:58} {ours:8.4f} {ours / base:6.2f}")
    print("query plan of the list query:")
    for line in plan:
        print("  " + line)


if __name__ == "__main__":
    main()
