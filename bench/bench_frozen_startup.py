"""Start-up of the frozen application against a bare PySide6 window frozen the same way (one-folder, PyInstaller).

    python bench/bench_frozen_startup.py [--bundle build/pyinstaller/dist/counselor-app] [--runs 5]

Run it with the Python that built the bundle (it has PyInstaller: installer/build-linux.sh installs it into .venv).
It builds the bare window (installer/bare_window.py) into build/bench-frozen/ once, copies both bundles into a new
folder as an installation would, tries to drop the page cache (root only) so that the first start reads every file
from disk, then starts each program --runs times, offscreen, until its first window is shown: the login window of a
demo office for the application (ui/smoke.py writes the moment), the window itself for the bare one. Both wait the
same 50 ms before they record it. Prints the first start and the median of the later ones, and the ratio.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUDGET_FIRST_START = 3.0   # seconds: the first start after install (issue 18)


def build_bare(out: Path) -> Path:
    program = out / "dist" / "bare-window" / ("bare-window.exe" if os.name == "nt" else "bare-window")
    if program.is_file():
        return program
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "--onedir",
                    "--windowed", "--name", "bare-window", "--distpath", str(out / "dist"),
                    "--workpath", str(out / "work"), "--specpath", str(out),
                    str(ROOT / "installer" / "bare_window.py")], check=True)
    return program


def drop_caches() -> bool:
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def start(program: Path, args: list[str], env: dict, result: Path) -> float:
    result.unlink(missing_ok=True)
    started = time.time()
    subprocess.run([str(program), *args], env=env, check=True, timeout=120, capture_output=True)
    return json.loads(result.read_text("utf-8"))["shown_at"] - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", default=str(ROOT / "build" / "pyinstaller" / "dist" / "counselor-app"))
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    bundle = Path(args.bundle)
    name = "counselor-app.exe" if os.name == "nt" else "counselor-app"
    if not (bundle / name).is_file():
        print(f"no bundle at {bundle}: run installer/build-linux.sh first", file=sys.stderr)
        return 1
    bare = build_bare(ROOT / "build" / "bench-frozen")
    with tempfile.TemporaryDirectory(prefix="counselor-bench-") as tmp:
        work = Path(tmp)
        installed = {"application": work / "install" / "counselor-app", "bare PySide6 window": work / "install" / "bare"}
        shutil.copytree(bundle, installed["application"], symlinks=True)
        shutil.copytree(bare.parent, installed["bare PySide6 window"], symlinks=True)
        env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               "COUNSELOR_SMOKE_GUI": str(work / "shown.json"), "COUNSELOR_LOG_DIR": str(work / "logs"),
               "HOME": str(work), "LC_ALL": "C.UTF-8"}
        office = work / "office"
        cli = installed["application"] / ("counselor-app-cli.exe" if os.name == "nt" else "counselor-app")
        subprocess.run([str(cli), "demo", "--data-dir", str(office), "--students", "60"], env=env, check=True,
                       capture_output=True)
        cold = drop_caches()
        times: dict[str, list[float]] = {}
        for label, folder in installed.items():   # the application first: its first start is the cold one
            program = folder / (name if label == "application" else bare.name)
            extra = ["--data-dir", str(office)] if label == "application" else []
            times[label] = [start(program, extra, env, work / "shown.json") for _ in range(args.runs)]
            if label == "application":
                drop_caches()   # the bare window's first start from disk too
    print(f"start-up to the first window, frozen one-folder builds, {args.runs} runs each "
          f"({'page cache dropped before each first start' if cold else 'page cache NOT dropped (not root): first start warm'})")
    for label, values in times.items():
        print(f"  {label:22s} first {values[0]:.2f} s, then median {statistics.median(values[1:] or values):.2f} s "
              f"(min {min(values):.2f}, max {max(values):.2f})")
    app, base = times["application"], times["bare PySide6 window"]
    print(f"  ratio application / bare window: first {app[0] / base[0]:.1f}x, "
          f"then {statistics.median(app[1:] or app) / statistics.median(base[1:] or base):.1f}x")
    ok = app[0] < BUDGET_FIRST_START
    print(f"  first start after install {'under' if ok else 'OVER'} the {BUDGET_FIRST_START:.0f} s budget")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
