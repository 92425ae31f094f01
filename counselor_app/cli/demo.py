"""``demo``: an office full of synthetic students, to try the application or to measure it."""
from __future__ import annotations

from counselor_app.cli.common import Input, data_dir, kdf, print_recovery_key, role_label
from counselor_app.cli.registry import command
from counselor_app.domain.errors import QT_TRANSLATE_NOOP
from counselor_app.domain.school import SchoolType
from counselor_app.translation import translate


def _options(sp, shared) -> None:
    sp.add_argument("--students", type=int, default=600, metavar="N")
    sp.add_argument("--seed", type=int, default=1, metavar="S")
    sp.add_argument("--school-type", default=SchoolType.COMPLETE_MIDDLE.value,
                    choices=[t.value for t in SchoolType], metavar="TYPE")


@command("demo", QT_TRANSLATE_NOOP("Cli", "create a demo office with synthetic students"), order=20, options=_options)
def cmd_demo(args, inp: Input) -> int:
    from counselor_app.services.demo import create_demo_office

    demo = create_demo_office(data_dir(args), students=args.students, seed=args.seed,
                              school_type=SchoolType(args.school_type), kdf=kdf(), watch=True,
                              duty=True)
    demo.office.session.close()
    print(translate("Cli", "A demo office with {count} synthetic students was created in {path}.").format(
        count=demo.students, path=data_dir(args)))
    for login, role in demo.logins.items():
        print(translate("Cli", "  login {login} ({role}), password {password}").format(
            login=login, role=role_label(role), password=demo.password))
    print_recovery_key(demo.office.recovery_key)
    return 0
