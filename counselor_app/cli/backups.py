"""``backup`` and ``restore``."""
from __future__ import annotations

from pathlib import Path

from counselor_app.cli.common import Input, data_dir, login
from counselor_app.cli.registry import command
from counselor_app.domain.errors import QT_TRANSLATE_NOOP
from counselor_app.translation import translate


def _backup_options(sp, shared) -> None:
    sp.add_argument("--to", metavar="DIR", help=translate("Cli", "backup folder (default: the configured one)"))


@command("backup", QT_TRANSLATE_NOOP("Cli", "write an encrypted backup"), order=40, options=_backup_options,
         login=True)
def cmd_backup(args, inp: Input) -> int:
    from counselor_app.services.backups import make_backup

    with login(args, inp) as session:
        info = make_backup(session, Path(args.to) if args.to else None)
    print(translate("Cli", "Backup written: {path}").format(path=info.path))
    return 0


def _restore_options(sp, shared) -> None:
    sp.add_argument("--from", dest="from_", required=True, metavar="BACKUP")


@command("restore", QT_TRANSLATE_NOOP("Cli", "restore a backup"), order=50, options=_restore_options, login=True)
def cmd_restore(args, inp: Input) -> int:
    from counselor_app.services.restore import restore_backup

    from counselor_app.store.location import OfficePaths

    folder = data_dir(args)
    had_office = OfficePaths(folder).database.is_file()
    info = restore_backup(folder, Path(args.from_), args.login, inp.line(translate("Cli", "Password:")))
    if had_office:
        print(translate("Cli", "Restored the backup {name}. The replaced database was kept in the data folder.")
              .format(name=info.name))
    else:   # onto a new computer: there was nothing to replace
        print(translate("Cli", "Restored the backup {name} into the new data folder {folder}.").format(
            name=info.name, folder=folder))
    return 0
