"""The bureau report from both ends.

In the office: ``report bureau --semester 2026-2027-1 | --year 2026-2027 --out DIR --purpose TEXT`` writes the
AES-256 PDF and the 7z package and prints the password once (services/bureau_export.py).

At the bureau, on a PC with the same installation and no office: ``bureau open PACKAGE --password-stdin --out DIR``
checks the manifest and every file's SHA-256 (a changed file is named) and writes the files out;
``bureau merge PACKAGE... --passwords FILE --out district.xlsx [--pdf district.pdf]`` puts many schools' packages
of one period into one district table (services/bureau_district.py).
"""
from __future__ import annotations

from pathlib import Path

from counselor_app.cli.common import Input, login
from counselor_app.cli.registry import command
from counselor_app.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from counselor_app.translation import translate, translate_text

BOTH = QT_TRANSLATE_NOOP("Errors", "Give either --semester or --year, not both.")


def _report_options(parser, shared) -> None:
    subs = parser.add_subparsers(dest="what", metavar="bureau", required=True)
    p = subs.add_parser("bureau", help=translate("Cli", "the de-identified report for the education bureau: an "
                                                        "encrypted PDF and an encrypted 7z package"),
                        parents=[shared.common, shared.auth])
    p.add_argument("--semester", metavar="YYYY-YYYY-N", help=translate("Cli", "the semester, e.g. 2026-2027-1"))
    p.add_argument("--year", metavar="YYYY-YYYY", help=translate("Cli", "the school year, e.g. 2026-2027"))
    p.add_argument("--out", metavar="DIR", required=True, help=translate("Cli", "the folder to write the files to"))
    p.add_argument("--purpose", metavar="TEXT", default=None,
                   help=translate("Cli", "what the export is for (recorded in the audit trail)"))


@command("report", QT_TRANSLATE_NOOP("Cli", "reports that leave the office: the education bureau's"), order=140,
         options=_report_options)
def cmd_report(args, inp: Input) -> int:
    from counselor_app.services import bureau_export

    if args.semester and args.year:
        raise ValidationError(BOTH)
    purpose = args.purpose or translate("Cli", "Report to the education bureau")
    with login(args, inp) as session:
        result = bureau_export.export_bureau(session, args.semester or args.year, Path(args.out), purpose,
                                             tr=translate_text)
    print(translate("Cli", "Wrote {pdf}").format(pdf=result.pdf))
    print(translate("Cli", "Wrote {package}").format(package=result.package))
    print()
    print(translate("Cli", "PASSWORD of both files (shown only this once, not stored anywhere):"))
    print(f"    {result.password}")
    print(translate("Cli", "Send it to the bureau separately from the files (by phone or on paper)."))
    return 0


def _bureau_options(parser, shared) -> None:
    subs = parser.add_subparsers(dest="what", metavar="open|merge", required=True)
    o = subs.add_parser("open", help=translate("Cli", "check a school's package and write its files out"),
                        parents=[shared.common])
    o.add_argument("package", metavar="PACKAGE")
    o.add_argument("--password-stdin", action="store_true",
                   help=translate("Cli", "read the package's password from standard input"))
    o.add_argument("--out", metavar="DIR", required=True, help=translate("Cli", "the folder to write the files to"))
    m = subs.add_parser("merge", help=translate("Cli", "merge the packages of many schools of one period"),
                        parents=[shared.common])
    m.add_argument("packages", metavar="PACKAGE", nargs="+")
    m.add_argument("--passwords", metavar="FILE", required=True,
                   help=translate("Cli", "a text file: one line per package, \"file name<TAB>password\" or "
                                         "\"file name password\""))
    m.add_argument("--out", metavar="DISTRICT.xlsx", required=True)
    m.add_argument("--pdf", metavar="DISTRICT.pdf", help=translate("Cli", "also a PDF with the district's charts"))


@command("bureau", QT_TRANSLATE_NOOP("Cli", "for the education bureau: open or merge schools' report packages"),
         order=141, options=_bureau_options)
def cmd_bureau(args, inp: Input) -> int:
    from counselor_app.services import bureau_district

    if args.what == "open":
        password = inp.line(translate("Cli", "Package password:"))
        opened = bureau_district.open_package_file(Path(args.package), password, Path(args.out))
        for name in opened.files:
            print(translate("Cli", "  {name}  SHA-256 checked").format(name=name))
        print(translate("Cli", "{school}, {period}: {count} files written to {out}").format(
            school=opened.manifest.get("school", ""), period=opened.manifest.get("period", ""),
            count=len(opened.files), out=args.out))
        return 0
    merged = bureau_district.merge_packages([Path(p) for p in args.packages], Path(args.passwords), Path(args.out),
                                            Path(args.pdf) if args.pdf else None, tr=translate_text)
    print(translate("Cli", "{count} schools of {period} merged into {out}").format(
        count=merged.schools, period=merged.period, out=args.out))
    if args.pdf:
        print(translate("Cli", "Wrote {pdf}").format(pdf=args.pdf))
    return 0

