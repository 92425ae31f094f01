"""``rekey`` and ``recovery rotate``: the office head renews the office's keys (issue 10)."""
from __future__ import annotations

from counselor_app.cli.common import Input, login, print_recovery_key
from counselor_app.cli.registry import command
from counselor_app.domain.errors import QT_TRANSLATE_NOOP
from counselor_app.translation import translate


@command("rekey", QT_TRANSLATE_NOOP("Cli", "re-key the office: old copies of the key-slot file stop opening it "
                                           "(office head)"), order=65, login=True)
def cmd_rekey(args, inp: Input) -> int:
    from counselor_app.services.rekey import renew_office_keys

    with login(args, inp) as session:
        renew_office_keys(session)
    print(translate("Cli", "The office was re-keyed: a new data key and clinical key. Every password in use works as "
                           "before; a password no longer in use opens nothing of the office, also not with an old copy "
                           "of the key-slot file. Backups made before still open as they did."))
    return 0


def _recovery_options(sp, shared) -> None:
    rs = sp.add_subparsers(dest="recovery_cmd", metavar="ACTION", required=True)
    rs.add_parser("rotate", parents=[shared.common, shared.auth],
                  help=translate("Cli", "make a new recovery key; the old one stops opening the office"))


@command("recovery", QT_TRANSLATE_NOOP("Cli", "the recovery key: rotate makes a new one (office head)"), order=75,
         options=_recovery_options)
def cmd_recovery(args, inp: Input) -> int:
    from counselor_app.services.recovery import rotate_recovery_key

    with login(args, inp) as session:
        key = rotate_recovery_key(session)
    print(translate("Cli", "A new recovery key was made. The old one no longer opens the office nor the backups made "
                           "from now on (backups made before still open with it: keep them locked away, or delete "
                           "them). Destroy the old sheet."))
    print_recovery_key(key)
    print(translate("Cli", "To print the recovery sheet, make the new key in the window instead (Backup and restore "
                           "→ New recovery key…): a sheet is never saved as a file. Then type the key back there (the "
                           "start page asks for it) to confirm it was written down correctly."))
    return 0
