"""The frozen build's smoke test: runs the bundle as an office would, and checks that every bundled file is found.

    python installer/smoke_test.py [BUNDLE_DIR]      (default: build/pyinstaller/dist/counselor-app)

Needs only the Python standard library (pypdf is used when installed, pdftotext/pdffonts when on PATH), so it runs
on Linux (CI, .ci/run) and on the Windows runner (.github/workflows/windows-installer.yml) alike. Each check prints
one line; the last line is "N passed, N failed"; the exit code is 1 when a check failed.

What it checks: --version; demo into a temp folder (Chinese output: translations load); verify; backup; a backup to
another folder restored into an empty data folder (moving the office to a new PC) and verified; print --list
and one printed document whose text is Chinese and whose font is embedded (on Linux as root, with the system's
fonts hidden, so the bundled font is the one found); scale list (the scale definitions); a roster import --dry-run
(python-calamine); every saved office of an older schema (tests/store/fixtures/schema_vN) upgraded and verified
(the migrations, .sql and .py); the window started offscreen to the login window, in Chinese, with Qt's own
Chinese words and the icon, an unexpected error shown with its reference code and logged without personal data,
and a chart drawn into a PDF; then closed.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WINDOWS = sys.platform.startswith("win")
PASSWORD = "Xinli-2026-Office"          # the demo office's, and the saved fixtures' (tests/store/test_migrations.py)
CANARY = ("王小明", "13800138000")        # what ui/smoke.py puts in the error it raises
results: list[tuple[str, bool, str]] = []


def check(name: str, ok: bool, detail: str = "") -> bool:
    results.append((name, ok, detail))
    print(f"{'ok  ' if ok else 'FAIL'} {name}" + (f": {detail}" if detail and not ok else ""), flush=True)
    return ok


class Bundle:
    def __init__(self, folder: Path, work: Path) -> None:
        self.folder = folder
        names = ["counselor-app-cli.exe", "counselor-app.exe"] if WINDOWS else ["counselor-app"]
        self.cli = next((folder / n for n in names if (folder / n).is_file()), folder / names[0])
        self.gui = folder / ("counselor-app.exe" if WINDOWS else "counselor-app")
        self.env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG", "COUNSELOR_"))}
        self.env.update({"COUNSELOR_LOG_DIR": str(work / "logs"), "PYTHONIOENCODING": "utf-8", "LC_ALL": "C.UTF-8",
                         "MPLCONFIGDIR": str(work / "mpl"), "HOME": str(work / "home")})
        (work / "home").mkdir(exist_ok=True)   # no trace in the real home folder (Qt's settings, matplotlib's cache)

    def run(self, *args: str, stdin: str = "", env: dict | None = None, prefix: tuple[str, ...] = (),
            program: Path | None = None, timeout: int = 180) -> subprocess.CompletedProcess:
        return subprocess.run([*prefix, str(program or self.cli), *args], input=stdin, capture_output=True,
                              text=True, encoding="utf-8", errors="replace", env={**self.env, **(env or {})},
                              timeout=timeout)


def pdf_text_and_fonts(path: Path) -> tuple[str, list[str]]:
    """The PDF's text and its embedded fonts, by pdftotext/pdffonts when present, else pypdf."""
    if shutil.which("pdftotext") and shutil.which("pdffonts"):
        text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
        lines = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout.splitlines()[2:]
        embedded = [ln.split()[0] for ln in lines if re.search(r"\byes\s+yes\s+(yes|no)\s+\d+\s+\d+\s*$", ln)]
        return text, embedded
    from pypdf import PdfReader   # the Windows runner: pypdf is installed with the application

    reader = PdfReader(str(path))
    text = "".join(page.extract_text() or "" for page in reader.pages)
    embedded = []
    for page in reader.pages:
        for font in (page.get("/Resources", {}).get("/Font", {}) or {}).values():
            font = font.get_object()
            for desc_font in [font, *[f.get_object() for f in font.get("/DescendantFonts", [])]]:
                desc = desc_font.get("/FontDescriptor")
                if desc is not None and any(k in desc.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                    embedded.append(str(desc_font.get("/BaseFont")))
    return text, embedded


def hide_system_fonts(work: Path) -> tuple[str, ...]:
    """Linux as root: a command prefix that runs the program with the system's font folders empty (so the PDF's font
    can only come from the bundle); () where that is not possible."""
    if WINDOWS or not hasattr(os, "geteuid") or os.geteuid() != 0 or not shutil.which("unshare"):
        return ()
    empty = work / "no-fonts"
    empty.mkdir(exist_ok=True)
    mounts = " && ".join(f"mount --bind {empty} {d}" for d in ("/usr/share/fonts", "/usr/local/share/fonts")
                         if Path(d).is_dir())
    probe = subprocess.run(["unshare", "-m", "sh", "-c", f"{mounts} && true"], capture_output=True)
    return ("unshare", "-m", "sh", "-c", f'{mounts} && exec "$0" "$@"') if probe.returncode == 0 else ()


def smoke(bundle: Bundle, work: Path) -> None:
    version = re.search(r'__version__\s*=\s*"([^"]+)"', (ROOT / "counselor_app" / "__init__.py").read_text("utf-8"))
    r = bundle.run("--version")
    check("--version", r.returncode == 0 and r.stdout.strip() == f"counselor-app {version.group(1)}",
          r.stdout + r.stderr)

    office = work / "office"
    login = ("--data-dir", str(office), "--login", "demo", "--password-stdin")
    r = bundle.run("demo", "--data-dir", str(office), "--students", "60", "--lang", "zh_CN")
    check("demo (Chinese output: the translations load)", r.returncode == 0 and "演示办公室" in r.stdout,
          r.stdout[-500:] + r.stderr[-2000:])
    r = bundle.run("verify", *login, stdin=PASSWORD + "\n")
    check("verify", r.returncode == 0, r.stdout[-500:] + r.stderr[-2000:])
    r = bundle.run("backup", *login, stdin=PASSWORD + "\n")
    backups = list((office / "backups").glob("backup-*")) if (office / "backups").is_dir() else []
    check("backup", r.returncode == 0 and bool(backups), r.stdout[-500:] + r.stderr[-2000:])
    usb, new_pc = work / "usb", work / "new-pc"
    r = bundle.run("backup", *login, "--to", str(usb), stdin=PASSWORD + "\n")
    moved = sorted(usb.glob("backup-*")) if usb.is_dir() else []
    if check("backup --to a USB folder", r.returncode == 0 and bool(moved), r.stdout[-500:] + r.stderr[-2000:]):
        r = bundle.run("restore", "--data-dir", str(new_pc), "--from", str(moved[-1]), "--login", "demo",
                       "--password-stdin", stdin=PASSWORD + "\n")
        again = bundle.run("verify", "--data-dir", str(new_pc), "--login", "demo", "--password-stdin",
                           stdin=PASSWORD + "\n")
        check("restore onto a new computer (an empty data folder) and verify", r.returncode == 0
              and again.returncode == 0, r.stdout[-500:] + r.stderr[-1500:] + again.stderr[-1500:])
    installed_folder(bundle, office)
    r = bundle.run("print", "--list", *login, stdin=PASSWORD + "\n")
    check("print --list", r.returncode == 0 and "watch_list_grade" in r.stdout, r.stdout[-500:] + r.stderr[-2000:])

    pdf = work / "watch-list.pdf"
    prefix = hide_system_fonts(work)
    r = bundle.run("print", "watch_list_grade", "--out", str(pdf), *login, stdin=PASSWORD + "\n", prefix=prefix)
    if check("print watch_list_grade" + (" (system fonts hidden)" if prefix else ""),
             r.returncode == 0 and pdf.is_file(), r.stdout[-500:] + r.stderr[-2000:]):
        text, embedded = pdf_text_and_fonts(pdf)
        check("the printed document's text is Chinese", "重点关注" in text, text[:300])
        check("the Chinese font is embedded" + (" (from the bundle)" if prefix else ""),
              any("WenQuanYi" in f or "CJK" in f or "Sim" in f or "YaHei" in f for f in embedded), str(embedded))

    r = bundle.run("scale", "list", *login, stdin=PASSWORD + "\n")
    check("scale list (the bundled scale definitions)", r.returncode == 0 and "PHQ-9" in r.stdout and "GAD-7" in r.stdout,
          r.stdout[-500:] + r.stderr[-2000:])
    roster = ROOT / "tests" / "files" / "fixtures" / "roster.xls"
    if roster.is_file():
        r = bundle.run("import", "students", str(roster), "--dry-run", *login, stdin=PASSWORD + "\n")
        check("import students roster.xls --dry-run (python-calamine)", r.returncode in (0, 2) and
              "Traceback" not in r.stderr and "Unexpected" not in r.stderr and "意外" not in r.stderr,
              r.stdout[-500:] + r.stderr[-2000:])

    bureau(bundle, work, login)
    upgrades(bundle, work)
    window(bundle, work, office)


def bureau(bundle: Bundle, work: Path, login: tuple[str, ...]) -> None:
    """The bureau export (charts, encrypted PDF, AES-256 7z through py7zr) and the bureau's side that opens it."""
    out, opened = work / "bureau", work / "bureau-opened"
    out.mkdir()
    r = bundle.run("report", "bureau", "--semester", "2026-2027-1", "--out", str(out), *login, "--lang", "en",
                   stdin=PASSWORD + "\n")
    password = re.search(r"^\s+([A-Z0-9]{4}(?:-[A-Z0-9]{4}){5})\s*$", r.stdout, re.M)
    packages = sorted(out.glob("*.7z"))
    if not check("report bureau writes the encrypted PDF and package and shows the password once",
                 r.returncode == 0 and bool(password) and len(packages) == 1 and len(list(out.glob("*.pdf"))) == 1,
                 r.stdout[-500:] + r.stderr[-2000:]):
        return
    r = bundle.run("bureau", "open", str(packages[0]), "--password-stdin", "--out", str(opened), "--lang", "en",
                   stdin=password.group(1) + "\n")
    check("bureau open verifies the package and writes its files", r.returncode == 0
          and (opened / "manifest.json").is_file() and len(list(opened.glob("*.csv"))) > 3,
          r.stdout[-500:] + r.stderr[-2000:])
    r = bundle.run("bureau", "open", str(packages[0]), "--password-stdin", "--out", str(work / "wrong"),
                   "--lang", "en", stdin="AAAA-BBBB-CCCC-DDDD-EEEE-FFFF\n")
    check("a wrong password is a clear message", r.returncode == 2 and "Traceback" not in r.stderr,
          r.stderr[-1500:])


def installed_folder(bundle: Bundle, office: Path) -> None:
    """The data folder the Windows installer records beside the program (data-dir.txt) is the one opened."""
    pointer = bundle.folder / "data-dir.txt"
    try:
        pointer.write_text("\ufeff" + str(office) + "\r\n", "utf-8")   # as Inno's SaveStringsToUTF8File writes it
        r = bundle.run("verify", "--login", "demo", "--password-stdin", stdin=PASSWORD + "\n")
        check("the data folder chosen at installation (data-dir.txt) opens without --data-dir", r.returncode == 0,
              r.stdout[-300:] + r.stderr[-1500:])
        pointer.write_text("relative-folder", "utf-8")
        r = bundle.run("verify", "--login", "demo", "--password-stdin", stdin=PASSWORD + "\n")
        check("a broken data-dir.txt is a clear message, not a new empty office", r.returncode == 2
              and "data-dir.txt" in r.stderr and "Traceback" not in r.stderr, r.stderr[-1500:])
    finally:
        pointer.unlink(missing_ok=True)


def upgrades(bundle: Bundle, work: Path) -> None:
    """Offices saved by earlier versions (every older schema) open, migrate and verify in the frozen program."""
    fixtures = sorted((ROOT / "tests" / "store" / "fixtures").glob("schema_v*"), key=lambda p: int(p.name[8:]))
    check("saved offices of older schemas exist", bool(fixtures))
    for fixture in fixtures:
        office = work / f"old-{fixture.name}"
        shutil.copytree(fixture, office)
        r = bundle.run("verify", "--data-dir", str(office), "--login", "demo", "--password-stdin",
                       stdin=PASSWORD + "\n")
        again = bundle.run("verify", "--data-dir", str(office), "--login", "demo", "--password-stdin",
                           stdin=PASSWORD + "\n")
        migrated = (office / "backups").is_dir() and any(p.name.startswith("premigration-")
                                                          for p in (office / "backups").iterdir())
        check(f"an office of {fixture.name} upgrades and verifies", r.returncode == 0 and again.returncode == 0
              and migrated, r.stdout[-300:] + r.stderr[-1500:])


def window(bundle: Bundle, work: Path, office: Path) -> None:
    out, chart = work / "gui.json", work / "chart.pdf"
    env = {"QT_QPA_PLATFORM": "offscreen", "COUNSELOR_SMOKE_GUI": str(out), "COUNSELOR_SMOKE_CRASH": "1",
           "COUNSELOR_SMOKE_CHART": str(chart)}
    started = time.perf_counter()
    r = bundle.run("--data-dir", str(office), "--lang", "zh_CN", env=env, program=bundle.gui, timeout=120)
    seconds = time.perf_counter() - started
    if not check("the window starts offscreen and closes", r.returncode == 0 and out.is_file(),
                 f"exit {r.returncode}: {r.stderr[-2000:]}"):
        return
    shown = json.loads(out.read_text("utf-8"))
    print(f"     window started, checked and closed in {seconds:.2f} s", flush=True)
    check("the login window shows, titled in Chinese",
          [w["class"] for w in shown["windows"]] == ["LoginWindow"] and shown["app_name"] == "心理辅导室工作台",
          str(shown["windows"]))
    check("Qt's own Chinese words (qtbase_zh_CN.qm)", shown["qt_cancel"] == "取消", shown["qt_cancel"])
    check("the application icon loads", shown["icon"] is True)
    errors = [d for d in shown["dialogs"] if d["kind"] == "error"]
    code = re.search(r"参考编号：([A-Z2-9]{4}-[A-Z2-9]{4})", errors[0]["text"]) if errors else None
    check("an unexpected error shows an apology in Chinese with a reference code", bool(code), str(errors))
    if code:
        reports = list((work / "logs").glob(f"crash-*-{code.group(1)}.txt"))
        text = reports[0].read_text("utf-8") if reports else ""
        check("its crash report is in the log folder, without personal data",
              bool(reports) and "SmokeCrash" in text and not any(c in text for c in CANARY)
              and not list(office.rglob("crash-*")), text[:500])
    if check("a chart drawn into a PDF (matplotlib's PDF backend)", chart.is_file()):
        text, embedded = pdf_text_and_fonts(chart)
        check("the chart's Chinese text is embedded", "关注" in text and bool(embedded), f"{text[:200]} {embedded}")


def main() -> int:
    default = ROOT / "build" / "pyinstaller" / "dist" / "counselor-app"
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else default
    if not folder.is_dir():
        print(f"no bundle at {folder}: build it first (installer/build-linux.sh)", file=sys.stderr)
        return 1
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="counselor-smoke-") as tmp:
        work = Path(tmp)
        try:
            smoke(Bundle(folder, work), work)
        except subprocess.TimeoutExpired as exc:
            check("the bundle answers in time", False, str(exc.cmd))
    failed = [name for name, ok, _ in results if not ok]
    print(f"smoke test of {folder}: {time.perf_counter() - started:.0f} s")
    print(f"{len(results) - len(failed)} passed, {len(failed)} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
