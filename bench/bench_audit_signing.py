"""What signing the audit trail costs (issue 10, finding 2): appending, and checking the signatures.

    python bench/bench_audit_signing.py [--rows 20000]

Measures, on one office (seconds, wall clock):
- appending ``rows`` entries one transaction each through store.audit.append, unsigned (the baseline: the trail
  before schema 6) and signed by the session's key;
- the check over those entries: the hash chain alone (what was checked before), and the hash chain with every
  signature (what ``verify`` does the first time; later only from the verifier's own mark on, and the start page
  only the entries since the last visit).
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from counselor_app.domain.audit_chain import first_broken  # noqa: E402
from counselor_app.domain.school import SchoolProfile, SchoolType  # noqa: E402
from counselor_app.services import trail_check  # noqa: E402
from counselor_app.services.office import create_office  # noqa: E402
from counselor_app.store import audit, crypto, roster  # noqa: E402
from counselor_app.store.crypto import KdfParams  # noqa: E402
from counselor_app.store.database import transaction  # noqa: E402
from counselor_app.services.signing import check_chain  # noqa: E402


def append_rows(session, rows: int) -> float:
    start = time.perf_counter()
    for i in range(rows):
        with transaction(session.conn):
            audit.append(session.conn, user_id=session.user.id, action="view.student", target_type="student",
                         target_id=i % 3000 + 1)
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=20_000)
    args = ap.parse_args()
    crypto.PRODUCTION_KDF = KdfParams(memory_kib=1024, iterations=1, lanes=1)
    with tempfile.TemporaryDirectory() as tmp:
        office = create_office(Path(tmp) / "office", SchoolProfile("基准中学", SchoolType.MIDDLE, "", "基准中学"),
                               "head", "王主任", "Bench-Harbor-2026")
        session = office.session
        audit.stop_signing(session.conn)
        unsigned = append_rows(session, args.rows)
        audit.sign_with(session.conn, session.signer)
        first_signed = audit.head(session.conn)[0] + 1
        signed = append_rows(session, args.rows)

        records = list(audit.iter_all(session.conn, after_id=first_signed - 1))
        start = time.perf_counter()
        before = list(audit.iter_all(session.conn, after_id=first_signed - 2))[0].hash
        assert first_broken(records, before) is None
        chain = time.perf_counter() - start
        rosters, _bad = check_chain(roster.all_versions(session.conn), session.keyslots.office_id, None)
        keys = trail_check.Keys(rosters)
        start = time.perf_counter()
        report = trail_check.TrailReport()
        assert first_broken(records, before) is None
        trail_check.check_entries(records, session.keyslots.office_id, keys, first_signed - 1, report)
        assert not report.problems, report.problems
        with_signatures = time.perf_counter() - start
        session.close()
    n = args.rows
    print(f"{n:,} entries, one transaction each")
    print(f"append unsigned (baseline):   {unsigned:7.2f} s  ({unsigned / n * 1e6:6.0f} µs per entry)")
    print(f"append signed:                {signed:7.2f} s  ({signed / n * 1e6:6.0f} µs per entry, "
          f"{signed / unsigned:.2f}x)")
    print(f"check the hash chain:         {chain:7.2f} s")
    print(f"check chain and signatures:   {with_signatures:7.2f} s  ({with_signatures / n * 1e6:6.0f} µs per entry)")


if __name__ == "__main__":
    main()
