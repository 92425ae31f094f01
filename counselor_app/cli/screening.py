"""Screening on the command line: ``import screening FILE --scale NAME --campaign NAME [--date D] [--sheet S]
[--dry-run] [--skip-invalid]``, ``export screening --campaign NAME OUT.xlsx``, ``scale list`` and ``scale add FILE``.

``import screening`` and ``export screening`` are sub-commands of ``import`` and ``export`` (cli/register.py adds
them to its parsers and hands them over here); ``scale`` is a command of its own. Every count is printed; a row
that cannot be imported is printed with its Excel row number and the reason.
"""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from counselor_app.cli.common import Input, login
from counselor_app.cli.registry import command
from counselor_app.domain.errors import QT_TRANSLATE_NOOP, ValidationError, fill
from counselor_app.translation import translate, translate_text

BAD_DATE = QT_TRANSLATE_NOOP("Errors", "The date {value} is not valid. Write it like 2026-11-02.")


def import_options(ims, shared) -> None:
    """``import screening``'s parser, under ``import``'s sub-parsers ``ims``."""
    im = ims.add_parser("screening", help=translate("Cli", "screening results from a platform's export (xlsx, xls or "
                                                          "csv)"), parents=[shared.common, shared.auth])
    im.add_argument("file", metavar="FILE")
    im.add_argument("--scale", metavar="NAME", required=True,
                    help=translate("Cli", "the scale: its code or name (PHQ-9, GAD-7, SCL-90, MHT, MSSMHS, UPI or one "
                                          "the office added; see \"scale list\")"))
    im.add_argument("--campaign", metavar="NAME", required=True,
                    help=translate("Cli", "the campaign; created when it does not exist, with the grades of the "
                                          "file's students"))
    im.add_argument("--date", metavar="YYYY-MM-DD",
                    help=translate("Cli", "the date of the screening for rows without a date column (default: today)"))
    im.add_argument("--sheet", metavar="NAME", help=translate("Cli", "the sheet of a workbook (default: the first)"))
    im.add_argument("--dry-run", action="store_true", help=translate("Cli", "check only, write nothing"))
    im.add_argument("--skip-invalid", action="store_true",
                    help=translate("Cli", "import the valid rows and report the others"))


def export_options(exs, shared) -> None:
    """``export screening``'s parser, under ``export``'s sub-parsers ``exs``."""
    ex = exs.add_parser("screening", help=translate("Cli", "a screening campaign's results (one row per student)"),
                        parents=[shared.common, shared.auth])
    ex.add_argument("out", metavar="OUT.xlsx")
    ex.add_argument("--campaign", metavar="NAME", required=True, help=translate("Cli", "the campaign's name"))


def _day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise ValidationError(BAD_DATE, value=value[:20]) from None


def _row_message(verdict) -> str:
    reasons = " ".join(fill(text, params, translate_text) for text, params in verdict.errors)
    return translate("Cli", "row {line}: {reasons}").format(line=verdict.line, reasons=reasons)


def _counts(p) -> dict:
    return dict(imported=p.new, unchanged=p.unchanged, rejected=len(p.rejected), positives=p.positives,
                key_hits=p.key_hits)


def run_import(args, inp: Input) -> int:
    from counselor_app.services import screening_import

    taken_on = _day(args.date)
    with login(args, inp) as session:
        preview = screening_import.preview_screening(session, Path(args.file), args.sheet, scale=args.scale,
                                                     campaign=args.campaign, taken_on=taken_on)
        if args.sheet is None and len(preview.sheets) > 1:
            print(translate("Cli", "Sheet read: {sheet} (choose another with --sheet).").format(sheet=preview.sheet))
        for verdict in preview.rejected:
            print(_row_message(verdict))
        if preview.rejected_key_hits:
            print(translate("Cli", "Warning: row(s) {lines} hit a key item but cannot be imported as they are: "
                                   "review those sheets promptly.").format(
                lines=", ".join(map(str, preview.rejected_key_hits))), file=sys.stderr)
        if preview.campaign_id is None:
            print(translate("Cli", "The campaign {name} is new: it screens {grades}.").format(
                name=preview.campaign, grades=translate("Cli", ", ").join(preview.new_groups) or "-"))
        if args.dry_run:
            print(translate("Cli", "Checked, nothing written: {imported} to import, {unchanged} unchanged, {rejected} "
                                   "rejected; {positives} positive, {key_hits} with a key item hit.").format(
                **_counts(preview)))
            return 0 if not preview.rejected else 2
        if preview.rejected and not args.skip_invalid:
            print(translate("Cli", "{count} row(s) are not valid, so nothing was imported. Correct them, or run "
                                   "again with --skip-invalid.").format(count=len(preview.rejected)), file=sys.stderr)
            return 2
        result = screening_import.import_screening(session, preview, skip_invalid=args.skip_invalid,
                                                   tr=translate_text)
    print(translate("Cli", "Imported: {imported} result(s), {unchanged} unchanged, {rejected} rejected; {positives} "
                           "positive, {key_hits} with a key item hit.").format(
        imported=result.imported, unchanged=result.unchanged, rejected=len(result.rejected),
        positives=result.positives, key_hits=result.key_hits))
    made = result.candidates
    if made is not None and (made.count or made.failed):
        print(translate("Cli", "Watch list: {opened} new candidate(s) to review (待复核), {urgent} of them urgent "
                               "(a key item hit: due the next school day); {linked} result(s) linked to the "
                               "student's open entry instead of a second one.").format(
            opened=len(made.opened), urgent=made.urgent, linked=len(made.linked)))
        for _result_id, error in made.failed:
            print(translate("Cli", "Not put on the watch list: {message}").format(
                message=fill(error.source, error.params, translate_text)), file=sys.stderr)
    return 0


def run_export(args, inp: Input) -> int:
    from counselor_app.services import screening_export

    with login(args, inp) as session:
        count = screening_export.export_campaign(session, args.campaign, Path(args.out))
    print(translate("Cli", "Exported {count} screening result(s).").format(count=count))
    return 0


def _scale_options(sp, shared) -> None:
    subs = sp.add_subparsers(dest="what", metavar="list|add", required=True)
    subs.add_parser("list", help=translate("Cli", "the scales the office can use"),
                    parents=[shared.common, shared.auth])
    add = subs.add_parser("add", help=translate("Cli", "add the office's own scale from a definition file (JSON)"),
                          parents=[shared.common, shared.auth])
    add.add_argument("file", metavar="FILE")


@command("scale", QT_TRANSLATE_NOOP("Cli", "the screening scales: list them, or add one from a file"), order=104,
         options=_scale_options)
def cmd_scale(args, inp: Input) -> int:
    from counselor_app.services import screening

    with login(args, inp) as session:
        if args.what == "add":
            info = screening.add_scale(session, Path(args.file))
            print(translate("Cli", "Added {code} version {version}: {name}.").format(
                code=info.code, version=info.version, name=info.name))
            return 0
        scales = screening.list_scales(session)
    shipped, own = translate("Cli", "shipped"), translate("Cli", "the office's")
    for s in scales:
        print(translate("Cli", "{code}\tversion {version}\t{name}\t{items} items\t{origin}").format(
            code=s.code, version=s.version, name=s.name, items=s.items, origin=shipped if s.builtin else own))
    return 0
