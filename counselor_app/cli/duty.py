"""The duty roster on the command line.

``export duty --from D --to D OUT.xlsx``: the duty roster of a date range as a workbook (日期, 星期, 岗位, 时段,
值班人), one row per shift and day (services/duty_documents.export_duty: permission, audit, atomic write). A
sub-command of ``export`` (cli/register.py adds it to its parser and hands it over here). The month's printed
roster needs no command of its own: ``print duty-roster --month 2026-10 --out F.pdf`` (cli/printing.py).

``duty generate --from D --to D [--keep-edits | --replace] [--apply]``: the preview (counts per person, empty seats
with their dates) printed; saved only with ``--apply``. ``duty publish --semester 2026-2027-1 [--through D]
[--allow-gaps]``: the coverage check printed, then published; refused while seats are empty unless
``--allow-gaps`` (exit code 2), and while a duty breaks a rule.
"""
from __future__ import annotations

from pathlib import Path

from counselor_app.cli.common import Input, login
from counselor_app.cli.registry import command
from counselor_app.domain.errors import QT_TRANSLATE_NOOP
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


# -- duty generate / duty publish --------------------------------------------------------------------------------------

BAD_SEMESTER = QT_TRANSLATE_NOOP(
    "Errors", "No semester {value}. Write it as the school year and the semester's number, like 2026-2027-1.")
NO_SEMESTER_ON = QT_TRANSLATE_NOOP("Errors", "No semester of the school calendar contains {day}.")


def _duty_options(sp, shared) -> None:
    subs = sp.add_subparsers(dest="what", metavar="generate|publish", required=True)
    gen = subs.add_parser("generate", help=translate("Cli", "plan the duties of a date range: the counts per person "
                                                            "are printed; saved only with --apply"),
                          parents=[shared.common, shared.auth])
    gen.add_argument("--from", dest="first", metavar="YYYY-MM-DD", required=True,
                     help=translate("Cli", "the first day"))
    gen.add_argument("--to", dest="last", metavar="YYYY-MM-DD", required=True, help=translate("Cli", "the last day"))
    keep = gen.add_mutually_exclusive_group()
    keep.add_argument("--keep-edits", dest="replace", action="store_false",
                      help=translate("Cli", "keep the duties changed by hand (the default)"))
    keep.add_argument("--replace", dest="replace", action="store_true",
                      help=translate("Cli", "plan the duties changed by hand again too (a duty a log or a request "
                                            "refers to always stays)"))
    gen.add_argument("--apply", action="store_true", help=translate("Cli", "save the roster shown"))
    pub = subs.add_parser("publish", help=translate("Cli", "check the roster's coverage and publish it"),
                          parents=[shared.common, shared.auth])
    pub.add_argument("--semester", metavar="YYYY-YYYY-N", required=True,
                     help=translate("Cli", "the semester: its school year and number, like 2026-2027-1"))
    pub.add_argument("--through", metavar="YYYY-MM-DD",
                     help=translate("Cli", "publish from the semester's start through this day (default: its end)"))
    pub.add_argument("--allow-gaps", action="store_true",
                     help=translate("Cli", "publish even though some seats are empty"))


def _semester(session, value: str):
    from counselor_app.domain.errors import ValidationError
    from counselor_app.services import duty

    year, _dash, number = (value or "").strip().rpartition("-")
    found = next((s for s in duty.duty_semesters(session) if s.year == year and str(s.number) == number), None)
    if found is None:
        raise ValidationError(BAD_SEMESTER, value=value[:30])
    return found


def _shift(templates: dict, template_id: int) -> str:
    t = templates.get(template_id)
    return f"{t.post} {t.period} {t.times}" if t else ""


def _print_gaps(plan, templates) -> None:
    from counselor_app.domain.duty_plan import ConflictReason, GapReason

    for g in plan.gaps:
        print(translate("Cli", "empty: {day} {shift}, {count} seat(s) ({why})").format(
            day=g.day.isoformat(), shift=_shift(templates, g.template_id), count=g.missing,
            why=translate_text(GapReason(g.reason).label)))
    for c in plan.conflicts:
        print(translate("Cli", "breaks a rule: {day} {shift} ({why})").format(
            day=c.assignment.day.isoformat(), shift=_shift(templates, c.assignment.template_id),
            why=translate_text(ConflictReason(c.reason).label)))
    for day in plan.unplanned_days:
        print(translate("Cli", "no timetable chosen for the make-up workday {day}").format(day=day.isoformat()))


def generate(args, inp: Input) -> int:
    from counselor_app.domain.errors import ValidationError
    from counselor_app.services import duty, duty_roster

    with login(args, inp) as session:
        first = duty.parse_day(args.first)
        sem = next((s for s in duty.duty_semesters(session) if s.start <= first <= s.end), None)
        if sem is None:
            raise ValidationError(NO_SEMESTER_ON, day=first.isoformat())
        preview = duty_roster.preview_roster(session, sem.id, first, args.last, keep_manual=not args.replace)
        plan = preview.plan
        print(translate("Cli", "{first} to {last}: {seats} seat(s) to fill, {planned} duty(ies) planned, {gaps} "
                               "seat(s) empty.").format(first=preview.first.isoformat(), last=preview.last.isoformat(),
                                                        seats=plan.seats, planned=len(plan.assignments),
                                                        gaps=sum(g.missing for g in plan.gaps)))
        print(translate("Cli", "name\tregular\tevening\tweekend\ttotal (the semester's other duties included)"))
        for line in preview.lines:
            c = line.counts
            print(f"{line.name}\t{c.regular}\t{c.evening}\t{c.weekend}\t{c.total}")
        _print_gaps(plan, preview.templates)
        if preview.replaced:
            print(translate("Cli", "{count} duty(ies) saved before in the range are replaced.").format(
                count=preview.replaced))
        if preview.replaces_published:
            print(translate("Cli", "The roster is published through {day}: after saving, print the month again and "
                                   "tell those whose duties change.").format(
                day=preview.published_through.isoformat()))
        if not args.apply:
            print(translate("Cli", "Nothing was saved: add --apply to save this roster."))
            return 0
        count = duty_roster.apply_roster(session, preview)
    print(translate("Cli", "Saved {count} duties.").format(count=count))
    return 0


def publish(args, inp: Input) -> int:
    import sys

    from counselor_app.services import duty_roster

    with login(args, inp) as session:
        sem = _semester(session, args.semester)
        found = duty_roster.coverage(session, sem.id, sem.start, args.through or sem.end)
        _print_gaps(found.plan, found.templates)
        if found.gaps and not args.allow_gaps and not (found.plan.conflicts or found.plan.unplanned_days):
            print(translate("Cli", "Not published: {gaps} seat(s) are empty. Fill them, or add --allow-gaps to "
                                   "publish anyway.").format(gaps=found.gaps), file=sys.stderr)
            return 2
        done = duty_roster.publish_roster(session, sem.id, args.through or sem.end, confirm_gaps=args.allow_gaps)
    print(translate("Cli", "Published from {start} through {last} ({gaps} seat(s) empty).").format(
        start=sem.start.isoformat(), last=done.last.isoformat(), gaps=done.gaps))
    return 0


@command("duty", QT_TRANSLATE_NOOP("Cli", "the duty roster: generate a date range, publish a semester"), order=106,
         options=_duty_options)
def cmd_duty(args, inp: Input) -> int:
    return generate(args, inp) if args.what == "generate" else publish(args, inp)
