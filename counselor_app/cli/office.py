"""Creating an office and the credentials: ``init``, ``passwd``, ``recover``, ``data-key``."""
from __future__ import annotations

import sys

from counselor_app.cli.common import Input, data_dir, kdf, print_recovery_key
from counselor_app.cli.registry import command
from counselor_app.domain.errors import QT_TRANSLATE_NOOP
from counselor_app.domain.school import SchoolType
from counselor_app.translation import translate


def _init_options(sp, shared) -> None:
    sp.add_argument("--school", required=True, metavar="NAME")
    sp.add_argument("--school-type", required=True, choices=[t.value for t in SchoolType], metavar="TYPE",
                    help=", ".join(t.value for t in SchoolType))
    sp.add_argument("--address", metavar="TEXT")
    sp.add_argument("--unit-name", metavar="TEXT",
                    help=translate("Cli", "unit name printed on forms (default: the school name)"))
    sp.add_argument("--admin-login", required=True, metavar="LOGIN")
    sp.add_argument("--admin-name", required=True, metavar="NAME")
    sp.add_argument("--password-stdin", action="store_true")


@command("init", QT_TRANSLATE_NOOP("Cli", "create a new office"), order=10, options=_init_options)
def cmd_init(args, inp: Input) -> int:
    from counselor_app.domain.school import SchoolProfile
    from counselor_app.services.office import create_office

    password = inp.new_password(translate("Cli", "Password for the new office head:"))
    profile = SchoolProfile(args.school, SchoolType(args.school_type), args.address or "", args.unit_name or args.school)
    new = create_office(data_dir(args), profile, args.admin_login, args.admin_name, password, kdf=kdf())
    new.session.close()
    print(translate("Cli", "The office was created in {path}.").format(path=data_dir(args)))
    print_recovery_key(new.recovery_key)
    return 0


def _passwd_options(sp, shared) -> None:
    sp.add_argument("--revoke", action="store_true",
                    help=translate("Cli", "the old password may be known to someone: re-key the office at once, so "
                                          "that it opens nothing, not even with an old copy of the key-slot file "
                                          "(every backup holds one)"))


@command("passwd", QT_TRANSLATE_NOOP("Cli", "change your password (two lines: old, new)"), order=60, login=True,
         options=_passwd_options)
def cmd_passwd(args, inp: Input) -> int:
    from counselor_app.services.credentials import change_password, revoke_password
    from counselor_app.services.office import login

    inp.expect(2)
    old = inp.line(translate("Cli", "Current password:"))
    new = inp.new_password(translate("Cli", "New password:"))
    revoke = args.revoke or (not inp.use_stdin and inp.yes(translate(
        "Cli", "May the old password be known to someone? Then the office is re-keyed so that it opens nothing any "
               "more. [y/N]")))
    with login(data_dir(args), args.login, old, kdf=kdf()) as session:
        (revoke_password if revoke else change_password)(session, old, new)
    if revoke:
        print(translate("Cli", "The password was changed and the old one revoked: the office was re-keyed, so the old "
                               "password opens nothing, also not with an old copy of the key-slot file."))
    else:
        print(translate("Cli", "The password was changed."))
    return 0


def _recover_options(sp, shared) -> None:
    sp.add_argument("--login", required=True, metavar="LOGIN")
    sp.add_argument("--recovery-key-stdin", action="store_true")


@command("recover", QT_TRANSLATE_NOOP("Cli", "set a new password with the recovery key (two lines: key, new password)"),
         order=70, options=_recover_options)
def cmd_recover(args, inp: Input) -> int:
    from counselor_app.services.credentials import recover_password

    inp.expect(2)
    key = inp.line(translate("Cli", "Recovery key:"))
    new = inp.new_password(translate("Cli", "New password:"))
    recover_password(data_dir(args), args.login, key, new, kdf=kdf())
    print(translate("Cli", "A new password was set for {login}.").format(login=args.login))
    return 0


def _data_key_options(sp, shared) -> None:
    sp.add_argument("--recovery-key-stdin", action="store_true")


@command("data-key", QT_TRANSLATE_NOOP("Cli", "print the raw database key (needs the recovery key)"), order=80,
         options=_data_key_options)
def cmd_data_key(args, inp: Input) -> int:
    from counselor_app.services.credentials import export_data_key

    key = export_data_key(data_dir(args), inp.line(translate("Cli", "Recovery key:")))
    print(translate("Cli", "WARNING: this key opens every record of the office. Do not save it in a file, "
              "do not send it; this export was recorded in the audit trail."), file=sys.stderr)
    print(key)
    return 0
