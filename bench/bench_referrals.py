"""Referrals at scale: the list of 3,000 referrals (services.referral_views.list_referrals), the start page's loops,
one referral form (one A4 page with its receipt) and the register of referrals out over a month and over the year.

    python bench/bench_referrals.py

The year's register (3,000 rows, ~140 landscape pages) is measured against a baseline measured in the same run: the
same rows' strings drawn by reportlab on a bare canvas, 35 rows a page, no table (what any PDF of these rows costs
at least). Every cell was a Paragraph in one Table that reportlab measured again, every remaining row, at each page
break: 5.1 s here (ratio 11.4; ~20 s on a loaded machine, 12.5 s when a third of the hospital names wrap). Plain
strings for one-line cells and a LongTable (reports/table.py): 1.6 s (ratio 3.4; 2.9 s with the wrapping names).
The month (~250 rows) against the year also shows the cost grows with the rows, not their square.

Synthetic people only (the demo office); rows are written straight through the store, then read through the
services as the page and the printouts read them.
"""
from __future__ import annotations

import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from testdata import CHEAP_KDF  # noqa: E402

from counselor_app.services import documents, referral_loops, referral_views  # noqa: E402
from counselor_app.services.demo import create_demo_office  # noqa: E402
from counselor_app.store import audit, referrals as store  # noqa: E402
from counselor_app.store.database import transaction  # noqa: E402

COUNT = 3000


def seconds(label: str, fn, repeat: int = 1) -> float:
    """The best of ``repeat`` runs, printed and returned (seconds)."""
    best = None
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        spent = time.perf_counter() - start
        best = spent if best is None else min(best, spent)
    print(f"{label}: {best * 1000:.1f} ms")
    return best


def timed(label: str, fn, repeat: int = 3):
    best = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        spent = time.perf_counter() - start
        best = spent if best is None else min(best, spent)
    print(f"{label}: {best * 1000:.1f} ms")
    return result


def bare_canvas(rows) -> bytes:
    """The baseline: the register's strings on a bare reportlab canvas, landscape A4, 35 rows a page."""
    import io

    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas

    from counselor_app.reports.pdf_base import resolve_font

    family = resolve_font()
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=landscape(A4))
    for n, row in enumerate(rows):
        if n % 35 == 0:
            if n:
                c.showPage()
            c.setFont(family, 10)
        y = 540 - (n % 35) * 14
        for i, text in enumerate(row):
            c.drawString(30 + i * 78, y, text)
    c.showPage()
    c.save()
    return out.getvalue()


def main() -> None:
    folder = Path(tempfile.mkdtemp()) / "office"
    demo = create_demo_office(folder, students=2000, kdf=CHEAP_KDF, watch=True)
    s = demo.office.session
    today = date.today()
    students = [r[0] for r in s.conn.execute("SELECT id FROM student WHERE status = 'enrolled'")]
    hospital = store.hospitals(s.conn)[0].id
    at = audit.now_iso()
    with transaction(s.conn):
        for n in range(COUNT):
            day = today - timedelta(days=n % 365)
            rid = store.insert(s.conn, {"year": 2000 + n // 900, "seq": n % 900 + 1, "student_id": students[n % len(students)],
                                        "entry_id": None, "origin": "direct", "origin_ref": "", "urgency": "routine",
                                        "state": "issued", "hospital_id": hospital, "department": "心理科",
                                        "green_channel": 0, "accompany": "parent", "guardian_name": "",
                                        "guardian_relation": "", "guardian_phone": "", "created_by": s.user.id}, at)
            store.update(s.conn, rid, {"issued_on": day.isoformat(),
                                       "receipt_due": (day + timedelta(days=7)).isoformat()}, at)
            store.REASON.write(s.conn, s.clinical, rid, "情绪低落，建议就医评估。")
    rows = timed(f"list_referrals ({COUNT} rows)", lambda: referral_views.list_referrals(s))
    assert len(rows) >= COUNT
    timed("start page loops (head: every overdue receipt)", lambda: referral_loops.my_loops(s))
    one = rows[0].id
    pdf = timed("referral form PDF (one page)", lambda: documents.build_document(s, "referral", id=one), repeat=2)
    print(f"  {len(pdf) // 1024} KiB")
    # a month holds ~250 of these rows (far more than a school refers in a semester)
    month = seconds("register of referrals out, one month (~250 rows)", lambda: documents.build_document(
        s, "referrals_out", since=(today - timedelta(days=30)).isoformat(), until=today.isoformat()))
    since = (today - timedelta(days=365)).isoformat()
    year_rows = sorted((x for x in rows if x.issued_on and x.issued_on >= since), key=lambda x: (x.issued_on, x.number))
    cells = [(str(n), x.number, x.issued_on, x.name, x.klass, x.urgency, x.hospital, x.state, x.receipt_due or "",
              x.returned_on or "") for n, x in enumerate(year_rows, 1)]
    base = seconds(f"baseline: the same {len(cells)} rows' strings on a bare canvas", lambda: bare_canvas(cells),
                   repeat=2)
    year = seconds(f"register of referrals out, the year ({len(cells)} rows)", lambda: documents.build_document(
        s, "referrals_out", since=since, until=today.isoformat()))
    print(f"  the year's register: {year:.2f} s, ratio {year / base:.1f} against the bare canvas; "
          f"a row of the year costs {year / len(cells) * 1000:.2f} ms, of the month {month / 250 * 1000:.2f} ms")
    s.close()


if __name__ == "__main__":
    main()
