"""``user list | add | deactivate | reactivate``: the office head manages the accounts."""
from __future__ import annotations

from counselor_app.cli.common import Input, login, role_label
from counselor_app.cli.registry import command
from counselor_app.domain.errors import QT_TRANSLATE_NOOP
from counselor_app.domain.roles import Role
from counselor_app.translation import translate


def _options(sp, shared) -> None:
    parents = [shared.common, shared.auth]
    us = sp.add_subparsers(dest="user_cmd", metavar="ACTION", required=True)
    us.add_parser("list", help=translate("Cli", "list accounts"), parents=parents)
    ua = us.add_parser("add", help=translate("Cli", "add an account (its first password on the next input line)"),
                       parents=parents)
    ua.add_argument("new_login", metavar="NEW_LOGIN")
    ua.add_argument("--name", required=True)
    ua.add_argument("--role", required=True, choices=[r.value for r in Role])
    ud = us.add_parser("deactivate", help=translate("Cli", "deactivate an account"), parents=parents)
    ud.add_argument("target_login", metavar="LOGIN")
    ur = us.add_parser("reactivate", parents=parents,
                       help=translate("Cli", "reactivate an account (its new first password on the next input line)"))
    ur.add_argument("target_login", metavar="LOGIN")


@command("user", QT_TRANSLATE_NOOP("Cli", "manage accounts (office head)"), order=120, options=_options)
def cmd_user(args, inp: Input) -> int:
    from counselor_app.services import users as user_service

    with login(args, inp) as session:
        if args.user_cmd == "list":
            for u in user_service.list_users(session):
                state = translate("Cli", "active") if u.active else translate("Cli", "deactivated")
                print(f"{u.login}\t{u.display_name}\t{role_label(u.role)}\t{state}")
        elif args.user_cmd == "add":
            inp.expect(2)
            new_pw = inp.new_password(translate("Cli", "First password of the new user:"))
            user_service.add_user(session, args.new_login, args.name, Role(args.role), new_pw)
            print(translate("Cli", "The account {login} was added.").format(login=args.new_login))
        elif args.user_cmd == "deactivate":
            user_service.deactivate_user(session, args.target_login)
            print(translate("Cli", "The account {login} was deactivated.").format(login=args.target_login))
        elif args.user_cmd == "reactivate":
            inp.expect(2)
            new_pw = inp.new_password(translate("Cli", "New first password of the user:"))
            user_service.reactivate_user(session, args.target_login, new_pw)
            print(translate("Cli", "The account {login} was reactivated.").format(login=args.target_login))
    return 0
