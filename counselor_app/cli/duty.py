"""``export duty --from D --to D OUT.xlsx``: the duty roster of a date range as a workbook (日期, 星期, 岗位, 时段,
值班人), one row per shift and day (services/duty_documents.export_duty: permission, audit, atomic write).

A sub-command of ``export`` (cli/register.py adds it to its parser and hands it over here). The month's printed
roster needs no command of its own: ``print duty-roster --month 2026-10 --out F.pdf`` (cli/printing.py).
"""
from __future__ import annotations

from pathlib import Path

from counselor_app.cli.common import Input, login
from counselor_app.translation import translate, translate_text


def export_options(exs, shared) -> None:
    """``export duty``'s parser, under ``export``'s sub-parsers ``exs``."""
    ex = exs.add_parser("duty", help=translate("Cli", "the duty roster of a date range (one row per shift and day)"),
                        parents=[shared.common, shared.auth])
    ex.add_argument("out", metavar="OUT.xlsx")
    ex.add_argument("--from", dest="first", metavar="YYYY-MM-DD", required=True,
                    help=translate("Cli", "the first day"))
    ex.add_argument("--to", dest="last", metavar="YYYY-MM-DD", required=True, help=translate("Cli", "the last day"))


def export_duty(args, inp: Input) -> int:
    from counselor_app.services import duty_documents

    with login(args, inp) as session:
        count = duty_documents.export_duty(session, args.first, args.last, Path(args.out), tr=translate_text)
    print(translate("Cli", "Exported {count} shifts.").format(count=count))
    return 0
