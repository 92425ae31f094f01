"""The register's files and the year: ``import students|staff``, ``export students``, ``rollover``."""
from __future__ import annotations

import sys
from pathlib import Path

from counselor_app.cli.common import Input, login
from counselor_app.cli.registry import command
from counselor_app.domain.errors import QT_TRANSLATE_NOOP
from counselor_app.translation import translate, translate_text


def _import_options(sp, shared) -> None:
    ims = sp.add_subparsers(dest="what", metavar="WHAT", required=True)
    for what, help_text in (("students", translate("Cli", "the student roster")),
                            ("staff", translate("Cli", "the staff roster"))):
        im = ims.add_parser(what, help=help_text, parents=[shared.common, shared.auth])
        im.add_argument("file", metavar="FILE")
        im.add_argument("--sheet", metavar="NAME",
                        help=translate("Cli", "the sheet of a workbook (default: the first)"))
        im.add_argument("--dry-run", action="store_true", help=translate("Cli", "check only, write nothing"))
        im.add_argument("--skip-invalid", action="store_true",
                        help=translate("Cli", "import the valid rows and report the others"))
        if what == "students":
            im.add_argument("--likely-same", choices=("renumber", "new", "skip"), metavar="renumber|new|skip",
                            help=translate("Cli", "rows with a new student number but the name, birth date and "
                                                  "class of a student in the register: correct that student's "
                                                  "number, import them as new students, or skip them"))
    from counselor_app.cli import screening

    screening.import_options(ims, shared)


def _export_options(sp, shared) -> None:
    exs = sp.add_subparsers(dest="what", metavar="WHAT", required=True)
    ex = exs.add_parser("students", help=translate("Cli", "the student roster"), parents=[shared.common, shared.auth])
    ex.add_argument("out", metavar="OUT.xlsx")
    ex.add_argument("--grade", metavar="G")
    ex.add_argument("--class", dest="class_", metavar="C")
    from counselor_app.cli import screening, watch

    watch.export_options(exs, shared)
    screening.export_options(exs, shared)
    from counselor_app.cli import duty

    duty.export_options(exs, shared)


def _rollover_options(sp, shared) -> None:
    sp.add_argument("--dry-run", action="store_true", help=translate("Cli", "show the plan only, write nothing"))
    sp.add_argument("--yes", action="store_true",
                    help=translate("Cli", "apply the plan (without it the command only shows the plan)"))
    sp.add_argument("--graduate", type=int, nargs="+", metavar="CLASS_ID",
                    help=translate("Cli", "the classes that graduate, by the ID --dry-run shows (replaces the "
                                          "default choice; the top grade of a K-12 school always graduates)"))
    sp.add_argument("--year", metavar="YYYY-YYYY", help=translate("Cli", "the new school year (default: the next one)"))
    sp.add_argument("--program-years", type=int, metavar="N",
                    help=translate("Cli", "usual years of study for classes named by entry year (default: 4 at "
                                          "universities, 3 at vocational schools)"))


def _row_message(verdict) -> str:
    from counselor_app.domain.errors import fill

    reasons = " ".join(fill(text, params, translate_text) for text, params in verdict.errors)
    return translate("Cli", "row {line}: {reasons}").format(line=verdict.line, reasons=reasons)


@command("import", QT_TRANSLATE_NOOP("Cli", "import a roster or screening results (xlsx, xls or csv)"), order=90,
         options=_import_options)
def cmd_import(args, inp: Input) -> int:
    from counselor_app.services import roster_import, staff_import

    if args.what == "screening":
        from counselor_app.cli import screening

        return screening.run_import(args, inp)
    if args.what == "staff":
        preview_fn, import_fn = staff_import.preview_staff, staff_import.import_staff
    else:
        preview_fn, import_fn = roster_import.preview_students, roster_import.import_students
    with login(args, inp) as session:
        preview = preview_fn(session, Path(args.file), args.sheet)
        if args.sheet is None and len(preview.sheets) > 1:
            print(translate("Cli", "Sheet read: {sheet} (choose another with --sheet).").format(sheet=preview.sheet))
        for verdict in preview.rejected:
            print(_row_message(verdict))
        undecided = _likely_same(preview, getattr(args, "likely_same", None))
        if args.dry_run:
            print(translate("Cli", "Checked, nothing written: {new} new, {updated} updated, {unchanged} unchanged, "
                                   "{rejected} rejected.").format(new=preview.new, updated=preview.updated,
                                                                  unchanged=preview.unchanged,
                                                                  rejected=len(preview.rejected)))
            _print_created(preview.new_grades, preview.new_classes, preview.university)
            return 0 if not (preview.rejected or undecided) else 2
        if preview.rejected and not args.skip_invalid:
            print(translate("Cli", "{count} row(s) are not valid, so nothing was imported. Correct them, or run "
                                   "again with --skip-invalid.").format(count=len(preview.rejected)), file=sys.stderr)
            return 2
        if undecided:
            print(translate("Cli", "Nothing was imported."), file=sys.stderr)
            return 2
        result = import_fn(session, preview, skip_invalid=args.skip_invalid)
    if not (result.new or result.updated or result.unchanged) and result.rejected:
        print(translate("Cli", "Nothing was imported: every row of the file is invalid ({rejected})."
                        ).format(rejected=len(result.rejected)), file=sys.stderr)
        return 2
    print(translate("Cli", "Imported: {new} new, {updated} updated, {unchanged} unchanged, {rejected} rejected.").format(
        new=result.new, updated=result.updated, unchanged=result.unchanged, rejected=len(result.rejected)))
    if result.renumbered or result.skipped:
        print(translate("Cli", "Student numbers corrected: {renumbered}; rows skipped: {skipped}.").format(
            renumbered=result.renumbered, skipped=result.skipped))
    _print_created(result.new_grades, result.new_classes, getattr(preview, "university", False))
    return 0


def _likely_same(preview, choice: str | None) -> list[int]:
    """Print the rows that look like a register's student under another number and apply --likely-same; the
    lines still undecided (the import refuses them, saying why on stderr)."""
    from counselor_app.domain.errors import fill

    same = getattr(preview, "likely_same", {})
    for row in same.values():
        print(translate("Cli", "row {line}: {reasons}").format(line=row.line,
                                                               reasons=fill(*row.message, translate_text)))
    if not same:
        return []
    left = preview.choose(choice) if choice else list(same)
    if left and choice:
        print(translate("Cli", "Row(s) {lines} cannot take the corrected number (see above): choose "
                               "--likely-same new or skip.").format(lines=", ".join(map(str, left))), file=sys.stderr)
    elif left:
        print(translate("Cli", "{count} row(s) look like students in the register under another student number "
                               "(see above): choose with --likely-same renumber (correct their numbers), new (import "
                               "them as new students) or skip.").format(count=len(left)), file=sys.stderr)
    return left


def _print_created(grades, classes, university: bool) -> None:
    """The grades (departments) and classes the import creates."""
    from counselor_app.domain.roster import class_label

    separator = translate("Cli", ", ")
    if grades:
        text = translate("Cli", "New departments: {names}.") if university else translate("Cli", "New grades: {names}.")
        print(text.format(names=separator.join(grades)))
    if classes:
        print(translate("Cli", "New classes: {names}.").format(names=separator.join(class_label(g, c)
                                                                                    for g, c in classes)))


@command("export", QT_TRANSLATE_NOOP("Cli", "export the register, the watch list, screening results or the duty "
                                            "roster to xlsx"), order=100, options=_export_options)
def cmd_export(args, inp: Input) -> int:
    from counselor_app.services import roster_export

    if args.what == "screening":
        from counselor_app.cli import screening

        return screening.run_export(args, inp)
    if args.what == "duty":
        from counselor_app.cli import duty

        return duty.export_duty(args, inp)
    if args.what == "watchlist":
        from counselor_app.cli import watch

        return watch.export_watchlist(args, inp)

    with login(args, inp) as session:
        count = roster_export.export_students(session, Path(args.out), args.grade, getattr(args, "class_"),
                                              tr=translate_text)
    print(translate("Cli", "Exported {count} student(s).").format(count=count))
    return 0


@command("rollover", QT_TRANSLATE_NOOP("Cli", "year rollover: every class moves up one grade, the top grade graduates"),
         order=110, options=_rollover_options, login=True)
def cmd_rollover(args, inp: Input) -> int:
    from counselor_app.domain.errors import fill
    from counselor_app.domain.rollover import GRADUATE, PROMOTE, for_command_line
    from counselor_app.services import rollover

    with login(args, inp) as session:
        plan = rollover.preview_rollover(session, graduate=set(args.graduate) if args.graduate else None,
                                         program_years=args.program_years, year=args.year)
        print(translate("Cli", "Year rollover into the school year {year}:").format(year=plan.year))
        for s in plan.steps:
            what = {PROMOTE: translate("Cli", "to {grade} {klass}"),
                    GRADUATE: translate("Cli", "graduates (kept in {grade})")}.get(s.action, translate("Cli", "stays"))
            if s.action == PROMOTE and s.new_grade == s.grade:
                what = translate("Cli", "one year further, stays in {grade}")
            elif s.action == GRADUATE and s.new_grade != s.grade:   # 2027届高三(1)班, archived in 2027届
                what = translate("Cli", "graduates, archived as {klass}")
            print(translate("Cli", "{id}\t{grade} {klass}\t{what}\t{count} student(s)").format(
                id=s.class_id, grade=s.grade, klass=s.name, what=what.format(grade=s.new_grade, klass=s.new_name),
                count=s.students))
        for text, params in plan.warnings:
            print(translate("Cli", "Warning: {message}").format(message=fill(text, params, translate_text)))
        for text, params in map(for_command_line, plan.attention):
            print(translate("Cli", "Note: {message}").format(message=fill(text, params, translate_text)))
        for text, params in plan.problems:
            print(translate("Cli", "Problem: {message}").format(message=fill(text, params, translate_text)))
        summary = translate("Cli", "{promoted} class(es) move up, {classes} class(es) graduate with {students} "
                                   "enrolled student(s).").format(promoted=len(plan.promoted),
                                                                  classes=len(plan.graduating),
                                                                  students=plan.graduating_students)
        if plan.problems:
            print(translate("Cli", "Nothing was changed: solve the problems first."), file=sys.stderr)
            return 2
        if args.dry_run:
            print(translate("Cli", "Checked, nothing written: {summary}").format(summary=summary))
            return 0
        if not args.yes:   # a whole-year change is confirmed, the way the dialog asks before it applies
            print(translate("Cli", "Nothing was changed: read the plan above (or run with --dry-run), then run again "
                                   "with --yes to apply it."), file=sys.stderr)
            return 2
        result = rollover.apply_rollover(session, plan)
    print(translate("Cli", "Rolled over into {year}: {summary}").format(year=result.year, summary=summary))
    print(translate("Cli", "The backup taken before it: {path}. To undo the rollover, restore that backup "
                           "(counselor-app restore --from …).").format(path=result.backup))
    return 0
