"""Start-up to the login window, against a bare PySide6 window, measured in the same run.

    python bench/bench_startup.py [--runs 7]

Each sample is a fresh process (python -c …) that builds its window, shows it and quits at the first
turn of the event loop; the figure is the median wall time. The ratio is what matters: the login window
must not wait for reportlab, matplotlib or anything heavy (tests/ui/test_startup.py checks the imports).
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BARE = """
from PySide6.QtWidgets import QApplication, QWidget
from PySide6.QtCore import QTimer
app = QApplication([])
w = QWidget(); w.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""

LOGIN = """
import sys
from pathlib import Path
from counselor_app.ui.qt import QApplication, QTimer
from counselor_app.ui.app import OfficeApp
from counselor_app.ui.style import apply_style
app = QApplication([])
apply_style(app)
ctl = OfficeApp(Path(sys.argv[1]), "zh_CN")
ctl.start()
assert ctl.login_window is not None and ctl.login_window.isVisible()
QTimer.singleShot(0, app.quit)
app.exec()
ctl.worker.shutdown()
"""


def sample(code: str, *args: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    t = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, *args], check=True, cwd=ROOT, env=env)
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        office = Path(tmp) / "office"
        subprocess.run([sys.executable, "-m", "counselor_app", "demo", "--data-dir", str(office), "--students", "0"],
                       check=True, cwd=ROOT, capture_output=True)
        sample(BARE)
        sample(LOGIN, str(office))  # warm the file cache for both
        bare, login = [], []
        for _ in range(args.runs):
            bare.append(sample(BARE))
            login.append(sample(LOGIN, str(office)))
    b, l = statistics.median(bare), statistics.median(login)
    print(f"{'measure':40} {'seconds':>8} {'ratio':>6}")
    print(f"{'bare PySide6 window (baseline)':40} {b:8.3f} {1:6.2f}")
    print(f"{'login window of an existing office':40} {l:8.3f} {l / b:6.2f}")


if __name__ == "__main__":
    main()
