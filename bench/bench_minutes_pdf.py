"""The minutes PDF of a review meeting with 120 agenda items, against building the same rows without the PDF.

    python bench/bench_minutes_pdf.py [--items 120] [--runs 5]

The office and the meeting are bench_meetings.py's: a 2,400-student school, 120 students of one grade on the watch
list through the services, the grade's meeting prepared, a decision on each item (a third raise or lower a level,
the others keep it with a new measure), everyone present. Measured on it, in the same run (median of the runs,
seconds; the ratio against the rows):
- the rows: services.meetings_minutes.minutes (everything the minutes print, students masked) — the baseline;
- the draft: documents.build_document("minutes") before finalizing (the rows, the layout, the 草稿 mark on each page);
- the finalized minutes: documents.build_document("minutes") after finalizing, and with the identity annex;
- the layout alone: reports.meeting_minutes.build_minutes on rows already read;
- the sign-in sheet: documents.build_document("meeting_sign_in").
The bar (issue 13): the minutes PDF of 120 items under 2 s.
"""
from __future__ import annotations

import argparse
import io
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_meetings import KDF, TODAY, decide, fill, new_meeting  # noqa: E402
from counselor_app.reports.meeting_minutes import build_minutes  # noqa: E402
from counselor_app.services import documents, meetings_finalize, meetings_minutes, office  # noqa: E402
from counselor_app.services.demo import DEMO_PASSWORD, create_demo_office  # noqa: E402
from counselor_app.store import meetings as meeting_store  # noqa: E402


def timed(fn):
    t = time.perf_counter()
    result = fn()
    return time.perf_counter() - t, result


def pages(pdf: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, default=2400)
    parser.add_argument("--items", type=int, default=120)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", metavar="FOLDER", help="also write the PDFs of the last run there")
    args = parser.parse_args()
    found: dict[str, list[float]] = {k: [] for k in ("rows", "draft", "final", "annex", "layout", "sign_in")}
    sizes: dict[str, int] = {}
    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        folder = Path(tmp) / "office"
        demo = create_demo_office(folder, students=args.students, kdf=KDF, today=TODAY)
        s = demo.office.session
        grade, _entries = fill(s, args.items)
        mid = new_meeting(s, grade, 0)
        decide(s, mid)
        s.close()
        built = time.perf_counter() - t
        build_minutes(meetings_minutes.minutes(office.login(folder, "demo", DEMO_PASSWORD, KDF), mid))  # warm up
        for n in range(args.runs):
            copy = Path(tmp) / f"run{n}"
            shutil.copytree(folder, copy)
            s = office.login(copy, "demo", DEMO_PASSWORD, KDF)
            found["rows"].append(timed(lambda: meetings_minutes.minutes(s, mid))[0])
            spent, draft = timed(lambda: documents.build_document(s, "minutes", id=mid))
            found["draft"].append(spent)
            meetings_finalize.finalize_meeting(s, mid, meeting_store.meeting(s.conn, mid).revision, today=TODAY)
            found["rows"].append(timed(lambda: meetings_minutes.minutes(s, mid))[0])
            spent, final = timed(lambda: documents.build_document(s, "minutes", id=mid))
            found["final"].append(spent)
            spent, annex = timed(lambda: documents.build_document(s, "minutes", id=mid, identities=True))
            found["annex"].append(spent)
            rows = meetings_minutes.minutes(s, mid)
            found["layout"].append(timed(lambda: build_minutes(rows))[0])
            spent, sheet = timed(lambda: documents.build_document(s, "meeting_sign_in", id=mid))
            found["sign_in"].append(spent)
            s.close()
            shutil.rmtree(copy)
            sizes = {"draft": pages(draft), "final": pages(final), "annex": pages(annex), "sign_in": pages(sheet)}
            if args.keep and n == args.runs - 1:
                out = Path(args.keep)
                out.mkdir(parents=True, exist_ok=True)
                for name, pdf in (("draft", draft), ("final", final), ("annex", annex), ("sign_in", sheet)):
                    (out / f"minutes_{name}.pdf").write_bytes(pdf)
    med = {k: statistics.median(v) for k, v in found.items()}
    base = med["rows"]
    print(f"{args.students} students; {args.items} agenda items; {args.runs} runs (office built in {built:.1f} s)")
    print(f"{'measure':64} {'seconds':>8} {'ratio':>6} {'pages':>5}")
    lines = (("rows", "minutes(): every row the minutes print, masked (baseline)", ""),
             ("draft", "build_document minutes, draft (rows + layout + 草稿 mark)", "draft"),
             ("final", "build_document minutes, finalized", "final"),
             ("annex", "build_document minutes --identities (annex on its own pages)", "annex"),
             ("layout", "build_minutes on rows already read (the layout alone)", ""),
             ("sign_in", "build_document meeting_sign_in", "sign_in"))
    for key, label, size in lines:
        print(f"{label:64} {med[key]:8.4f} {med[key] / base:6.1f} {sizes.get(size, ''):>5}")
    worst = max(med["draft"], med["final"], med["annex"])
    print(f"  bar: the minutes PDF of {args.items} items under 2 s: {'under' if worst < 2 else 'OVER'} "
          f"({worst:.2f} s at most)")


if __name__ == "__main__":
    main()
