"""``export watchlist OUT.xlsx [--grade G] [--state S] (--masked | --purpose TEXT)``: the watch list as a workbook, one row per entry,
never clinical text (services/watch_documents.export_watchlist: permission, audit, atomic write).

A sub-command of ``export`` (cli/register.py adds it to its parser and hands it over here). The watch list's printed
documents need no command of their own: ``print watch_plan --student NO`` and the others (cli/printing.py).
"""
from __future__ import annotations

from pathlib import Path

from counselor_app.cli.common import Input, login
from counselor_app.translation import translate, translate_text


def export_options(exs, shared) -> None:
    """``export watchlist``'s parser, under ``export``'s sub-parsers ``exs``."""
    ex = exs.add_parser("watchlist", help=translate("Cli", "the watch list (one row per entry, no clinical text)"),
                        parents=[shared.common, shared.auth])
    ex.add_argument("out", metavar="OUT.xlsx")
    ex.add_argument("--grade", metavar="G", help=translate("Cli", "only the entries of this grade, as written on the "
                                                                  "classes page"))
    ex.add_argument("--state", metavar="S", help=translate("Cli", "only the entries in this state: candidate, "
                                                                  "following, observing, closed, or open (all but "
                                                                  "closed)"))
    ex.add_argument("--masked", action="store_true",
                    help=translate("Cli", "mask the students' names and numbers (王*明, last four digits)"))
    ex.add_argument("--purpose", metavar="TEXT", default="",
                    help=translate("Cli", "why the full names are exported (required without --masked; audited)"))


def export_watchlist(args, inp: Input) -> int:
    from counselor_app.services import watch_documents

    with login(args, inp) as session:
        count = watch_documents.export_watchlist(session, Path(args.out), args.grade, args.state, masked=args.masked,
                                                 tr=translate_text, purpose=args.purpose)
    if args.masked:
        print(translate("Cli", "Exported {count} watch-list entries, names masked.").format(count=count))
    else:
        print(translate("Cli", "Exported {count} watch-list entries.").format(count=count))
    return 0
