"""``verify``: the database's integrity checks and the audit chain."""
from __future__ import annotations

from counselor_app.cli.common import Input, login
from counselor_app.cli.registry import command
from counselor_app.domain.errors import QT_TRANSLATE_NOOP, Problem
from counselor_app.translation import translate, translate_text


@command("verify", QT_TRANSLATE_NOOP("Cli", "check integrity and the audit chain"), order=30, login=True)
def cmd_verify(args, inp: Input) -> int:
    from counselor_app.services.integrity import verify_office

    with login(args, inp) as session:
        report = verify_office(session)
    if report.problems:
        print(translate("Cli", "Integrity check FAILED: {count} problem(s).").format(count=len(report.problems)))
        for p in report.problems[:20]:
            print(f"  {p.render(translate_text) if isinstance(p, Problem) else p}")
    else:
        print(translate("Cli", "Integrity check passed (SQLCipher page check, SQLite integrity check, foreign keys)."))
    if report.broken_row is not None:
        print(translate("Cli", "Audit trail BROKEN at row {row}.").format(row=report.broken_row))
    elif any(isinstance(p, Problem) for p in report.problems):   # signatures, accounts, anchors: listed above
        print(translate("Cli", "Audit trail NOT confirmed: see the problems above."))
    else:
        print(translate("Cli", "Audit trail intact: {count} rows.").format(count=report.audit_rows))
    print(translate("Cli", "Audit chain head: {hash}").format(hash=report.head_hash))
    return 0 if report.ok else 9
