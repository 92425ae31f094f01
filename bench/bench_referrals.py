"""Referrals at scale: the list of 3,000 referrals (services.referral_views.list_referrals), the start page's loops,
one referral form (one A4 page with its receipt) and the register of referrals out over a month.

    python bench/bench_referrals.py

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


def timed(label: str, fn, repeat: int = 3):
    best = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        spent = time.perf_counter() - start
        best = spent if best is None else min(best, spent)
    print(f"{label}: {best * 1000:.1f} ms")
    return result


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
    # a month holds ~250 of these rows (far more than a school refers in a semester); a whole year's 3,000 rows
    # take ~20 s, nearly all of it reportlab laying out the table's cells
    timed("register of referrals out, one month (~250 rows)", lambda: documents.build_document(
        s, "referrals_out", since=(today - timedelta(days=30)).isoformat(), until=today.isoformat()), repeat=1)
    s.close()


if __name__ == "__main__":
    main()
