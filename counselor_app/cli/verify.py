"""``verify``: the database's integrity checks and the audit chain."""
from __future__ import annotations

from counselor_app.cli.common import Input, login
from counselor_app.cli.registry import command
from counselor_app.domain.errors import QT_TRANSLATE_NOOP, Problem
from counselor_app.translation import translate, translate_text


def _options(sp, shared) -> None:
    sp.add_argument("--repair", action="store_true",
                    help=translate("Cli", "office head: make the key slots match the accounts again (re-keying the "
                                          "office), then check again"))


@command("verify", QT_TRANSLATE_NOOP("Cli", "check integrity and the audit chain"), order=30, login=True,
         options=_options)
def cmd_verify(args, inp: Input) -> int:
    from counselor_app.services.integrity import verify_office

    with login(args, inp) as session:
        report = verify_office(session)
        if args.repair and not report.ok:
            from counselor_app.services.repair import repair_office

            repaired = repair_office(session)
            _print_repair(repaired)
            report = repaired.after
    _print_report(report)
    return 0 if report.ok else 9


def _print_repair(repaired) -> None:
    if not repaired.repaired:
        print(translate("Cli", "Nothing to repair in the key slots. What is listed below cannot be repaired here: "
                               "a missing recovery key slot needs a new recovery key (counselor-app recovery rotate); "
                               "damaged pages or records need a backup restored; the audit trail's findings are "
                               "evidence."))
        return
    if repaired.rekeyed:
        print(translate("Cli", "Repaired: {slots} key slot(s) without an active account removed, the office "
                               "re-keyed.").format(slots=repaired.removed_slots))
    if repaired.deactivated:
        print(translate("Cli", "Repaired: {count} account(s) without a key slot deactivated (reactivate them with a "
                               "new first password: counselor-app user reactivate).").format(
            count=len(repaired.deactivated)))


def _print_report(report) -> None:
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
