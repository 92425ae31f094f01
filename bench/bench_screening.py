"""Importing 30,000 SCL-90 sheets (90 items each), scored and sealed, against a plain baseline in the same run.

    python bench/bench_screening.py [--students 30000]

The office is the demo university of that size; the file a platform's csv export (UTF-8 with BOM, a title row,
学号, 姓名 and T1 … T90 with the answers as scores, a few as words) of every sheet: 30,000 SCL-90 sheets are 2.8
million cells, beyond a roster's 1.5 million (files/limits.MAX_CELLS); the screening import reads it within
limits.answer_sheets(). The campaign is created first with every grade, then the file imported into it. Measured
(CPU seconds of this process, the steadier figure on a busy machine, and wall seconds):
- baseline: csv.reader over the same file, summing the 90 items of each row in plain Python;
- the preview (services/screening_import.preview_screening: read, find the header, check and score every row,
  match the students, the digests);
- the import (import_screening without the candidates: one transaction, every result inserted with its answers and
  detail sealed, the targets marked tested, the audit row);
- the candidates (make_candidates: every positive or key-item sheet onto the watch list), on their own.
The ratio the issue asks for (under 4x) is preview + import against the baseline. The scoring engine's own share
is printed too, both ways: scales.score sheet by sheet (the reference), and scales.batch.score_many over all the
sheets at once, as the import scores them (on a fresh copy of the definition, so that nothing it remembers helps
the import measured after it).
Then the memory: ``counselor-app import screening FILE --dry-run`` in a child process (its peak resident size, as
bench_hostile_files.py measures it; budget 500 MB) for the real file, and for a hostile one of as many cells, each a
different value (refused: more different values than MAX_CELLS).
"""
from __future__ import annotations

import argparse
import csv
import sys
import tempfile
import time
from pathlib import Path
from random import Random

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from counselor_app.domain import scales  # noqa: E402
from counselor_app.domain.scales.batch import score_many  # noqa: E402
from counselor_app.domain.school import SchoolType  # noqa: E402
from counselor_app.services import screening, screening_candidates, screening_import  # noqa: E402
from counselor_app.services.demo import create_demo_office  # noqa: E402
from counselor_app.store.crypto import KdfParams  # noqa: E402

WORDS = {1: "没有", 2: "很轻", 3: "中等", 4: "偏重", 5: "严重"}
LEVELS = ((95, 4, 1, 0, 0), (55, 30, 10, 5, 0), (20, 30, 30, 15, 5))   # most students answer 没有 to most items


def timed(fn):
    t, c = time.perf_counter(), time.process_time()
    result = fn()
    return result, time.perf_counter() - t, time.process_time() - c


PER_FILE = 100_000          # one file of every sheet (a university's campaign)
ROOT = Path(__file__).resolve().parent.parent


# Linux hands a forked child the peak of its parent (this bench holds a 30,000-student office): a small launcher
# starts the command and reports that grandchild's own peak.
_LAUNCHER = ("import os, subprocess, sys\n"
             "child = subprocess.Popen(sys.argv[1:])\n"
             "_pid, status, usage = os.wait4(child.pid, 0)\n"
             "print(f'PEAK {os.waitstatus_to_exitcode(status)} {usage.ru_maxrss}', file=sys.stderr)\n")


def child_peak(args: list[str], stdin: str) -> tuple[int, str, float]:
    """(exit code, last line of output, peak MB) of ``counselor-app ARGS`` in a child process (Linux)."""
    import subprocess

    done = subprocess.run([sys.executable, "-c", _LAUNCHER, sys.executable, "-m", "counselor_app", *args, "--lang",
                           "en"], cwd=ROOT, input=stdin.encode(), capture_output=True)
    lines = (done.stdout + done.stderr).decode().strip().splitlines()
    peak = next(line for line in reversed(lines) if line.startswith("PEAK "))
    code, kb = peak.split()[1:]
    said = [line for line in lines if not line.startswith("PEAK ")]
    return int(code), (said[-1] if said else ""), int(kb) / 1024


def hostile_file(path: Path, rows: int) -> None:
    """As many cells as the real file, every one a different value."""
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["学号", "姓名", *[f"T{n}" for n in range(1, 91)]])
        for r in range(rows):
            w.writerow([f"X{r:07d}", f"某{r}", *[f"{r}.{c}" for c in range(90)]])


def write_file(path: Path, students: list[tuple[str, str]], rng: Random) -> list[list[int]]:
    sheets = []
    with open(path, "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f)
        w.writerow(["2026年秋季新生心理测评（SCL-90）"])
        w.writerow(["学号", "姓名", *[f"T{n}" for n in range(1, 91)], "总分", "用时"])
        for number, name in students:
            weights = LEVELS[rng.choices(range(3), (80, 15, 5))[0]]
            answers = rng.choices((1, 2, 3, 4, 5), weights, k=90)
            sheets.append(answers)
            cells = [WORDS[a] if rng.random() < 0.02 else a for a in answers]
            w.writerow([number, name, *cells, sum(answers), rng.randint(300, 900)])
    return sheets


def baseline(path: Path) -> int:
    total = 0
    with open(path, newline="", encoding="utf-8-sig") as f:
        rows = csv.reader(f)
        next(rows)
        next(rows)
        for row in rows:
            total += sum(int(v) if v.isdigit() else 0 for v in row[2:92])
    return total


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--students", type=int, default=30000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "office"
        t = time.perf_counter()
        demo = create_demo_office(folder, students=args.students, seed=1, school_type=SchoolType.UNIVERSITY,
                                  kdf=KdfParams(memory_kib=1024, iterations=1, lanes=1))
        session = demo.office.session
        print(f"office of {args.students} students built in {time.perf_counter() - t:.0f} s")
        students = session.conn.execute("SELECT student_no, name FROM student WHERE status = 'enrolled' "
                                        "ORDER BY student_no").fetchall()
        rng, paths, sheets = Random(1), [], []
        for n, start in enumerate(range(0, len(students), PER_FILE)):
            paths.append(Path(tmp) / f"scl90-{n}.csv")
            sheets += write_file(paths[-1], students[start:start + PER_FILE], rng)
        print(f"files: {len(paths)}, {len(sheets)} sheets, {sum(p.stat().st_size for p in paths) / 1e6:.1f} MB")
        grades = [g for g, in session.conn.execute("SELECT id FROM grade")]
        campaign = screening.create_campaign(session, screening.CampaignEdit("2026秋季新生测评", "SCL-90",
                                                                             tuple(grades)))

        base = min((timed(lambda: [baseline(p) for p in paths]) for _ in range(3)), key=lambda r: r[2])
        definition = scales.builtin("SCL-90")
        _r, score_wall, score_cpu = timed(lambda: [scales.score(definition, dict(enumerate(s, 1))) for s in sheets])
        fresh = scales.load_definition(definition.text)
        _r, batch_wall, batch_cpu = timed(lambda: score_many(fresh, range(1, 91), sheets))
        p_wall = p_cpu = i_wall = i_cpu = 0.0
        imported = positives = key_hits = 0
        for path in paths:
            preview, wall, cpu = timed(lambda: screening_import.preview_screening(
                session, path, scale="SCL-90", campaign="2026秋季新生测评"))
            assert not preview.rejected, preview.rejected[:3]
            p_wall, p_cpu = p_wall + wall, p_cpu + cpu
            done, wall, cpu = timed(lambda: screening_import.import_screening(session, preview, candidates=False))
            i_wall, i_cpu = i_wall + wall, i_cpu + cpu
            imported, positives, key_hits = imported + done.imported, positives + done.positives, \
                key_hits + done.key_hits
        made, c_wall, c_cpu = timed(lambda: screening_candidates.make_candidates(session, campaign))
        session.close()
        from counselor_app.services.demo import DEMO_PASSWORD

        login = ["--data-dir", str(folder), "--login", "demo", "--password-stdin"]
        peaks = [child_peak(["import", "screening", str(paths[0]), "--scale", "SCL-90", "--campaign", "内存测评",
                             "--dry-run", *login], DEMO_PASSWORD + "\n")]
        hostile_file(Path(tmp) / "hostile.csv", len(students))
        peaks.append(child_peak(["import", "screening", str(Path(tmp) / "hostile.csv"), "--scale", "SCL-90",
                                 "--campaign", "内存测评", "--dry-run", *login], DEMO_PASSWORD + "\n"))

    print(f"baseline (csv.reader + sum of 90 items): {base[2]:.2f} CPU s ({base[1]:.2f} wall)")
    print(f"scales.score alone over the same sheets: {score_cpu:.2f} CPU s ({score_cpu / base[2]:.1f}x)")
    print(f"scales.batch.score_many over the same sheets, all at once: {batch_cpu:.2f} CPU s "
          f"({batch_cpu / base[2]:.1f}x)")
    print(f"preview: {p_cpu:.2f} CPU s ({p_wall:.2f} wall)")
    print(f"import:  {i_cpu:.2f} CPU s ({i_wall:.2f} wall): {imported} results, {positives} positive, "
          f"{key_hits} with a key item hit")
    total = p_cpu + i_cpu
    print(f"preview + import: {total:.2f} CPU s = {total / base[2]:.1f}x the baseline (aim: under 4x)")
    print(f"candidates: {c_cpu:.2f} CPU s ({c_wall:.2f} wall) for {made.count} entries "
          f"({c_cpu / max(made.count, 1) * 1000:.2f} ms each)")
    for what, (code, line, peak) in zip(("the file, --dry-run", "a hostile file as large"), peaks):
        print(f"peak memory, {what}: {peak:.0f} MB (exit {code}: {line[:110]})")


if __name__ == "__main__":
    main()
