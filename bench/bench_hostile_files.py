"""What the hostile files of the probe (issue 10, finding 8) cost the command line now: exit code, peak memory, time.

    python bench/bench_hostile_files.py [--large]

Each file is built in a temp folder (tests/files/hostile.py) and imported with ``counselor-app import students FILE
--dry-run`` in a child process, as a user would; the peak is the child's maximum resident size (Linux). The budget
is 500 MB. ``--large`` adds a legitimate roster near the cell limit (37,000 rows x 40 columns, 1.48 million cells),
to show what a file that passes every check costs.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "files"))
from hostile import PROBE  # noqa: E402

PASSWORD = "Quiet-Harbor-2026"


def run(args: list[str], stdin: str = "") -> tuple[int, str, float, float]:
    """(exit code, last line of stderr or stdout, peak MB, seconds) of ``counselor-app ARGS`` in a child process."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        child = subprocess.Popen([sys.executable, "-m", "counselor_app", *args, "--lang", "en"], cwd=ROOT,
                                 stdin=subprocess.PIPE, stdout=out, stderr=err)
        child.stdin.write(stdin.encode())
        child.stdin.close()
        _pid, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - start
        out.seek(0)
        err.seek(0)
        text = (err.read().decode() or out.read().decode()).strip().splitlines()
        return os.waitstatus_to_exitcode(status), (text[-1] if text else ""), usage.ru_maxrss / 1024, seconds


def large_roster(path: Path) -> Path:
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("名单")
    sheet.write_row(0, 0, ["学号", "姓名", "班级", "年级"] + [f"备注{i}" for i in range(36)])
    for r in range(1, 37_001):
        sheet.write_row(r, 0, [str(2026000000 + r), f"学生{r}", f"{r % 20 + 1}班", "七年级"]
                        + [f"内容{(r * 7 + c) % 5000}" for c in range(36)])
    book.close()
    return path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--large", action="store_true")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        office = folder / "office"
        code, line, _peak, _s = run(["init", "--data-dir", str(office), "--school", "测试中学", "--school-type",
                                     "middle", "--admin-login", "head", "--admin-name", "王主任", "--password-stdin"],
                                    PASSWORD + "\n")
        assert code == 0, line
        files = {kind: (build, name) for kind, (build, name, _english) in PROBE.items()}
        if options.large:
            files["legitimate, 1.48M cells"] = (large_roster, "large.xlsx")
        print(f"{'file':28} {'size':>10} {'exit':>4} {'peak MB':>8} {'s':>6}  message")
        for kind, (build, name) in files.items():
            path = build(folder / f"{len(os.listdir(folder))}-{name}")
            size = path.stat().st_size if path.is_file() and not path.is_symlink() else 0
            code, line, peak, seconds = run(["import", "students", str(path), "--dry-run", "--data-dir", str(office),
                                             "--login", "head", "--password-stdin"], PASSWORD + "\n")
            print(f"{kind:28} {size:>10,} {code:>4} {peak:>8.0f} {seconds:>6.1f}  {line[:70]}")


if __name__ == "__main__":
    main()
