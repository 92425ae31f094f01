"""Review meetings on a grade with 120 students on the agenda: preparing the meeting and finalizing it.

    python bench/bench_meetings.py [--items 120] [--runs 5]

A 2,400-student school; 120 students of one grade are put on the watch list through the services (each with a
plan of one measure), so that the grade's first meeting has 120 agenda items; each run works on a fresh copy of
that office. Measures (median of the runs, seconds;
ratios against baselines measured in the same run):
- preparing: services.meetings.create_meeting (the agenda built from the records, the usual people invited, the
  audit row) against the bare SQL of the agenda's query (store.meeting_records.open_entries_of_grade);
- reading it: services.meetings_agenda.get_meeting (the agenda with every entry's summary) and
  services.meetings_minutes.minutes (everything the minutes print, students masked) against the same query;
- finalizing: services.meetings_finalize.finalize_meeting with 120 decisions (a third lower or raise a level, the
  others keep it with a new measure: a new signed plan version each), against the bare SQL writes of the same rows
  (the entries updated, a history row each, a plan version with its two measures each) in one transaction, rolled
  back. The bar: each well under a second;
- the student profile's 研判会 section on a big office: two school years of past meetings of every grade (bare SQL,
  ``--per`` students on each agenda: ~20,000 agenda items) — store.meeting_student.of_student for ``--sample``
  students with the index meeting_item(student_id) of schema 15 and, in the same run, with the index dropped (in a
  transaction rolled back: the office as schema 14 left it), and the section as the profile calls it
  (services.meetings_profile.student_meetings, audited), against the same baseline query.
"""
from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from counselor_app.services import meetings, meetings_agenda, meetings_attendance  # noqa: E402
from counselor_app.services import meetings_decisions as dec, meetings_finalize, meetings_minutes  # noqa: E402
from counselor_app.services import meetings_profile, office, watch, watch_records  # noqa: E402
from counselor_app.services.demo import DEMO_PASSWORD, create_demo_office  # noqa: E402
from counselor_app.store import meeting_records as records, meeting_student, meetings as meeting_store  # noqa: E402
from counselor_app.store import watch as watch_store  # noqa: E402
from counselor_app.store.crypto import KdfParams  # noqa: E402

TODAY = date(2026, 11, 20)
HELD = date(2026, 11, 18)
KDF = KdfParams(1024, 1, 1)


def timed(fn):
    t = time.perf_counter()
    result = fn()
    return time.perf_counter() - t, result


def fill(s, items: int) -> tuple[int, list[int]]:
    """``items`` students of the first grade on the watch list, opened in the last weeks (all new on the agenda)."""
    grade = s.conn.execute("SELECT id FROM grade ORDER BY sort_order, id LIMIT 1").fetchone()[0]
    students = [r[0] for r in s.conn.execute(
        "SELECT s.id FROM student s JOIN school_class c ON c.id = s.class_id WHERE c.grade_id = ? "
        "AND s.status = 'enrolled' ORDER BY s.student_no LIMIT ?", (grade, items))]
    assert len(students) == items, "the grade has too few students: raise --students"
    entries = []
    for n, student in enumerate(students):
        opened = TODAY - timedelta(days=2 + n % 20)
        level = ("yellow", "orange", "red")[n % 3]
        entry = watch.open_entry(s, watch.NewEntry(student, watch.EntryEdit("staff", "班主任反映近期情绪低落"), level,
                                                   "mild", "following", opened), today=TODAY)
        watch_records.save_plan(s, entry, watch_records.PlanEdit("稳定情绪，恢复正常作息", (watch_records.MeasureEdit(
            "individual", "每周一次个体辅导", opened, owner_other="心理教师", due_on=TODAY + timedelta(days=30)),)), 0,
            today=TODAY)
        entries.append(entry)
    return grade, entries


def new_meeting(s, grade: int, n: int) -> int:
    people = [r[0] for r in s.conn.execute("SELECT id FROM staff WHERE active = 1 ORDER BY id LIMIT 2")]
    return meetings.create_meeting(s, meetings.NewMeeting(grade, "2026-11", meetings.MeetingEdit(
        HELD, "15:30", "17:30", "会议室", people[0], people[1])), today=TODAY)


def decide(s, mid: int) -> None:
    levels = {"yellow": "orange", "orange": "yellow"}
    for n, it in enumerate(meetings_agenda.get_meeting(s, mid).items):
        entry = watch_store.entry(s.conn, it.entry_id)
        if n % 3 == 0 and entry.level in levels:
            code = "raise" if entry.level == "yellow" else "lower"
            edit = dec.DecisionEdit(code, level=levels[entry.level])
        else:
            edit = dec.DecisionEdit("maintain", (dec.ActionEdit("family", "班主任每两周与家长沟通一次", None, "班主任",
                                                                HELD + timedelta(days=30)),))
        dec.record_decision(s, mid, it.id, edit)
    meetings.start_meeting(s, mid, meeting_store.meeting(s.conn, mid).revision)
    present = tuple(meetings_attendance.AttendeeEdit(a.role, a.staff_id, attendance="present")
                    for a in meeting_store.attendees(s.conn, mid))
    meetings_attendance.set_attendees(s, mid, present, meeting_store.meeting(s.conn, mid).revision)


def past_meetings(s, per: int, months: int = 24) -> int:
    """Two school years of past meetings (2024-09 to 2026-08) of every grade, ``per`` students of the grade on each
    agenda, written as bare SQL in one transaction ('preparing': the profile's query reads the same rows whatever
    the state). Returns the number of agenda items written."""
    conn, rng, count = s.conn, random.Random(7), 0
    conn.execute("BEGIN IMMEDIATE")
    for grade, in conn.execute("SELECT id FROM grade").fetchall():
        students = [r for r, in conn.execute("SELECT s.id FROM student s JOIN school_class c ON c.id = s.class_id "
                                             "WHERE c.grade_id = ?", (grade,))]
        for k in range(months):
            month = f"{2024 + (k + 8) // 12}-{(k + 8) % 12 + 1:02d}"
            meeting = conn.execute("INSERT INTO meeting (grade_id, month, kind, held_on, created_at) VALUES "
                                   "(?, ?, 'regular', ?, ?)", (grade, month, f"{month}-15",
                                                               f"{month}-15T08:00:00+00:00")).lastrowid
            chosen = rng.sample(students, min(per, len(students)))
            conn.executemany("INSERT INTO meeting_item (meeting_id, student_id, reasons, position, added_at) VALUES "
                             "(?, ?, 'due', ?, ?)", [(meeting, sid, n, f"{month}-01T08:00:00+00:00")
                                                     for n, sid in enumerate(chosen, 1)])
            count += len(chosen)
    conn.execute("COMMIT")
    return count


def profile_reads(s, students: list[int]) -> tuple[float, float, float]:
    """Seconds for the profile section's query of every student in ``students``: with the index, without it (dropped
    in a transaction, rolled back), and the section as the profile calls it (audited)."""
    with_index = timed(lambda: [meeting_student.of_student(s.conn, sid) for sid in students])[0]
    s.conn.execute("BEGIN IMMEDIATE")
    try:
        s.conn.execute("DROP INDEX meeting_item_student")
        without = timed(lambda: [meeting_student.of_student(s.conn, sid) for sid in students])[0]
    finally:
        s.conn.execute("ROLLBACK")
    section = timed(lambda: [meetings_profile.student_meetings(s, sid) for sid in students])[0]
    return with_index, without, section


def bare_writes(s, entries: list[int]) -> None:
    """The rows finalizing writes, as bare SQL in one transaction (rolled back)."""
    conn = s.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        for e in entries:
            conn.execute("UPDATE watch_entry SET level = level, next_review = next_review, revision = revision + 1 "
                         "WHERE id = ?", (e,))
            conn.execute("INSERT INTO watch_history (entry_id, at, user_id, kind, old_value, new_value) "
                         "VALUES (?, '2026-11-20T08:00:00+00:00', 1, 'state', 'following', 'following')", (e,))
            plan = conn.execute("INSERT INTO watch_plan (entry_id, version, author_id, written_on, created_at, digest) "
                                "VALUES (?, 1000 + ?, 1, '2026-11-18', 'x', '')", (e, e)).lastrowid
            for position in (1, 2):
                conn.execute("INSERT INTO watch_measure (plan_id, position, type, owner_other, start_on, state) "
                             "VALUES (?, ?, 'family', '班主任', '2026-11-18', 'planned')", (plan, position))
    finally:
        conn.execute("ROLLBACK")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, default=2400)
    parser.add_argument("--items", type=int, default=120)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--per", type=int, default=150, help="students on each past meeting's agenda")
    parser.add_argument("--sample", type=int, default=50, help="students whose profile section is read")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        folder = Path(tmp) / "office"
        demo = create_demo_office(folder, students=args.students, kdf=KDF, today=TODAY)
        s = demo.office.session
        grade, entries = fill(s, args.items)
        past = past_meetings(s, args.per)
        sample = random.Random(3).sample([r for r, in s.conn.execute("SELECT id FROM student")], args.sample)
        s.close()
        built = time.perf_counter() - t
        base, prepare, view, minutes, final, writes = [], [], [], [], [], []
        indexed, unindexed, section = [], [], []
        for n in range(args.runs):   # each run on a fresh copy of the office: the grade's first meeting
            copy = Path(tmp) / f"run{n}"
            shutil.copytree(folder, copy)
            s = office.login(copy, "demo", DEMO_PASSWORD, KDF)
            base.append(timed(lambda: records.open_entries_of_grade(s.conn, grade))[0])
            spent, mid = timed(lambda: new_meeting(s, grade, n))
            prepare.append(spent)
            items = len(meeting_store.items(s.conn, mid))
            assert items == args.items, items
            view.append(timed(lambda: meetings_agenda.get_meeting(s, mid))[0])
            decide(s, mid)
            writes.append(timed(lambda: bare_writes(s, entries))[0])
            spent, done = timed(lambda: meetings_finalize.finalize_meeting(
                s, mid, meeting_store.meeting(s.conn, mid).revision, today=TODAY))
            assert done.applied == args.items
            final.append(spent)
            minutes.append(timed(lambda: meetings_minutes.minutes(s, mid))[0])
            for got, spent in zip((indexed, unindexed, section), profile_reads(s, sample)):
                got.append(spent)
            s.close()
            shutil.rmtree(copy)
    med = {k: statistics.median(v) for k, v in (("base", base), ("prepare", prepare), ("view", view),
                                                   ("minutes", minutes), ("final", final), ("writes", writes),
                                                   ("indexed", indexed), ("unindexed", unindexed),
                                                   ("section", section))}
    print(f"{args.students} students; {args.items} agenda items; {args.runs} runs (office built in {built:.1f} s)")
    print(f"{'measure':62} {'seconds':>8} {'ratio':>6}")
    print(f"{'bare SQL of the agenda query (baseline)':62} {med['base']:8.4f} {1:6.2f}")
    print(f"{'create_meeting: agenda built, people invited, audited':62} {med['prepare']:8.4f} "
          f"{med['prepare'] / med['base']:6.2f}")
    print(f"{'get_meeting: the agenda with every entry summary':62} {med['view']:8.4f} {med['view'] / med['base']:6.2f}")
    print(f"{'minutes: every row the minutes print, masked':62} {med['minutes']:8.4f} "
          f"{med['minutes'] / med['base']:6.2f}")
    print(f"{'bare SQL writes of the same rows, one transaction (baseline)':62} {med['writes']:8.4f} {1:6.2f}")
    print(f"{'finalize_meeting: {0} decisions applied, one transaction'.format(args.items):62} {med['final']:8.4f} "
          f"{med['final'] / med['writes']:6.2f}")
    print(f"profile 研判会 section, {args.sample} students, {past} past agenda items (ratios: the baseline above)")
    print(f"{'of_student without meeting_item(student_id) (schema 14)':62} {med['unindexed']:8.4f} "
          f"{med['unindexed'] / med['base']:6.2f}")
    print(f"{'of_student with the index (schema 15)':62} {med['indexed']:8.4f} {med['indexed'] / med['base']:6.2f}")
    print(f"{'student_meetings: the section as the profile calls it, audited':62} {med['section']:8.4f} "
          f"{med['section'] / med['base']:6.2f}")
    print(f"  the index: {med['unindexed'] / med['indexed']:.1f}x faster "
          f"({med['unindexed'] / args.sample * 1000:.2f} ms -> {med['indexed'] / args.sample * 1000:.2f} ms a student)")
    worst = max(med["prepare"], med["final"])
    print(f"  bar: preparing and finalizing well under 1 s: {'under' if worst < 0.5 else 'OVER'} "
          f"({worst * 1000:.0f} ms at most)")


if __name__ == "__main__":
    main()
