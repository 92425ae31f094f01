"""``print KIND --out FILE.pdf`` and ``print --list``: any document registered in services/documents.py, written to
a PDF file without the window, with the permission checks and the audit of the window's "Save as PDF" (built by
``documents.build_document``, written by ``documents.save_document``: atomic, audited, refused for documents that
may not be saved).

A document's parameters are command-line options; :data:`PARAMETERS` says which option gives which parameter. A
new document whose parameter is not there yet gets its option here (tests/cli/test_cli_printing.py checks that
every savable document can be printed from the command line).
"""
from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from pathlib import Path

from counselor_app.cli.common import Input, login
from counselor_app.cli.registry import command
from counselor_app.domain.errors import QT_TRANSLATE_NOOP, Text, ValidationError
from counselor_app.translation import translate, translate_text


@dataclass(frozen=True)
class Parameter:
    option: str     # the command-line option
    metavar: str
    help: Text
    flag: bool = False   # an option without a value (--unmasked): the parameter is True when it is given


PARAMETERS: dict[str, Parameter] = {
    # a referral, a leave or a crisis incident also by the number on its form, 2026-007 (BY_NUMBER); others by id
    "id": Parameter("--id", "ID", QT_TRANSLATE_NOOP(
        "Cli", "the record to print (its number in the application; a referral, a leave or a crisis incident also "
               "by the number on its form, 2026-007)")),
    "month": Parameter("--month", "YYYY-MM", QT_TRANSLATE_NOOP("Cli", "the month the document covers")),
    # the register's id, found from the student number people know (services/student_lookup.py)
    "student_id": Parameter("--student", "STUDENT_NO", QT_TRANSLATE_NOOP("Cli", "the student, by student number")),
    "since": Parameter("--since", "YYYY-MM-DD", QT_TRANSLATE_NOOP("Cli", "the first day of the period")),
    "until": Parameter("--until", "YYYY-MM-DD", QT_TRANSLATE_NOOP("Cli", "the last day of the period")),
    # the class's id, found from the class as people write it, 七年级(1)班 (services/class_roster.py)
    "class_id": Parameter("--class", "NAME", QT_TRANSLATE_NOOP("Cli", "the class, as written on the classes page")),
    # the watch list's documents (services/watch_documents.py)
    "entry_id": Parameter("--entry", "NUMBER", QT_TRANSLATE_NOOP(
        "Cli", "the student's watch-list entry, by the number on its sheets, 2026-007 (default: the open entry, else "
               "the latest)")),
    "grade": Parameter("--grade", "NAME", QT_TRANSLATE_NOOP("Cli", "the grade, as written on the classes page")),
    # a screening campaign, by its number (the campaigns page) or its name (services/screening_summary.py)
    "campaign_id": Parameter("--campaign", "ID_OR_NAME", QT_TRANSLATE_NOOP(
        "Cli", "the screening campaign, by its number or its name")),
    # the minutes of a review meeting with the annex naming the students (services/meeting_documents.py)
    "identities": Parameter("--identities", "", QT_TRANSLATE_NOOP(
        "Cli", "add the annex naming the students, on a page of its own (recorded in the audit trail)"), flag=True),
    # a counselor's week of appointments (services/appointment_documents.py): the counselor by login, any day of it
    "counselor_id": Parameter("--counselor", "LOGIN", QT_TRANSLATE_NOOP("Cli", "the counselor, by login")),
    "day": Parameter("--day", "YYYY-MM-DD", QT_TRANSLATE_NOOP("Cli", "a day of the week to print")),
    "unmasked": Parameter("--unmasked", "", QT_TRANSLATE_NOOP(
        "Cli", "print students' full names and numbers (masked by default; recorded in the audit trail)"), flag=True),
}
# Parameters that never come from a command line: the recovery key is a secret, and its sheet is printed only when
# the key is shown, by the set-up wizard or by 新的恢复密钥… (it may not be saved as a file).
WIZARD_ONLY = frozenset({"recovery_key"})

NO_KIND = QT_TRANSLATE_NOOP("Errors", "Name the document to print (counselor-app print --list shows them).")
UNKNOWN_KIND = QT_TRANSLATE_NOOP(
    "Errors", "There is no document called \u201c{kind}\u201d (counselor-app print --list shows them).")
LIST_ALONE = QT_TRANSLATE_NOOP("Errors", "print --list takes no document, --out or document options.")
NO_OUT = QT_TRANSLATE_NOOP("Errors", "Say where to write the PDF: --out FILE.pdf.")
NO_FOLDER = QT_TRANSLATE_NOOP("Errors", "The folder {folder} does not exist.")
NEEDS = QT_TRANSLATE_NOOP("Errors", "The document \u201c{document}\u201d needs {options}.")
DOES_NOT_TAKE = QT_TRANSLATE_NOOP("Errors", "The document \u201c{document}\u201d does not take {options}.")
WIZARD = QT_TRANSLATE_NOOP(
    "Errors", "The document \u201c{document}\u201d is never saved as a file: it is printed only when its key is shown, "
              "by the set-up wizard or by New recovery key\u2026 on the Backup page.")
BAD_MONTH = QT_TRANSLATE_NOOP("Errors", "{value} is not a month (write it as 2026-09).")
BAD_ID = QT_TRANSLATE_NOOP("Errors", "\u201c{value}\u201d is not a record's number: --id takes the number the "
                                    "application shows for it (digits).")
MONTH = re.compile(r"\d{4}-(0[1-9]|1[0-2])")
# documents whose --id may also be the number printed on the record (2026-007), and the service function that finds
# the record by it (see _record_id)
BY_NUMBER = {"referral": ("referral_documents", "referral_id_of"),
             "return_form": ("leave_documents", "leave_id_of"),
             "return_support": ("leave_documents", "leave_id_of"),
             "crisis_report": ("crisis_documents", "incident_id_of"),
             "crisis_report_bureau": ("crisis_documents", "incident_id_of")}


def _dest(name: str) -> str:
    return f"document_{name}"


def _options(sp, shared) -> None:
    sp.add_argument("kind", nargs="?", metavar="KIND", help=translate("Cli", "the document (see --list)"))
    sp.add_argument("--list", action="store_true",
                    help=translate("Cli", "list the documents you may print, with their options"))
    sp.add_argument("--out", metavar="FILE.pdf", help=translate("Cli", "the PDF file to write"))
    for name, p in PARAMETERS.items():
        if p.flag:
            sp.add_argument(p.option, dest=_dest(name), action="store_const", const=True, help=translate_text(p.help))
        else:
            sp.add_argument(p.option, dest=_dest(name), metavar=p.metavar, help=translate_text(p.help))


@command("print", QT_TRANSLATE_NOOP("Cli", "print a document to a PDF file (print --list shows which)"), order=130,
         options=_options, login=True)
def cmd_print(args, inp: Input) -> int:
    from counselor_app.services import documents

    given = {name: getattr(args, _dest(name)) for name in PARAMETERS if getattr(args, _dest(name)) is not None}
    if args.list:
        if args.kind or args.out or given:
            raise ValidationError(LIST_ALONE)
        with login(args, inp) as session:
            available = documents.available_documents(session)
        _print_list(available)
        return 0
    if not args.kind:
        raise ValidationError(NO_KIND)
    if args.kind not in documents.DOCUMENTS and args.kind.replace("-", "_") in documents.DOCUMENTS:
        args.kind = args.kind.replace("-", "_")   # print duty-roster: the kind as people type it
    if args.kind not in documents.DOCUMENTS:
        raise ValidationError(UNKNOWN_KIND, kind=args.kind)
    document = documents.get_document(args.kind)
    if not document.savable:
        # the refusal goes through the service, which checks the permission and audits it (as the window would)
        with login(args, inp) as session:
            try:
                documents.save_document(session, document.kind, b"", args.out or "")
            except documents.NotSavable:
                raise ValidationError(WIZARD, document=document.label) from None
        raise AssertionError("save_document saved a document that may not be saved")
    _check_options(document, given)
    out = _out_path(args.out)
    with login(args, inp) as session:
        values = dict(given)
        if "student_id" in values and session.can(document.permission):   # without it the build refuses, audited
            from counselor_app.services.student_lookup import student_id_by_number

            values["student_id"] = student_id_by_number(session, values["student_id"])
        if "id" in values:
            values["id"] = _record_id(session, document, values["id"])
        if "class_id" in values and session.can(document.permission):
            from counselor_app.services.class_roster import class_id_by_name

            values["class_id"] = class_id_by_name(session, values["class_id"])
        pdf = documents.build_document(session, document.kind, tr=translate_text, **values)
        documents.save_document(session, document.kind, pdf, out,
                                values.get(document.target[1], "") if document.target[1] else "")
    print(translate("Cli", "Saved \u201c{document}\u201d as {path}.").format(document=translate_text(document.label),
                                                                            path=out))
    return 0


def _record_id(session, document, value: str):
    """--id as people know the record: its id (digits), or for a referral, a leave or a crisis incident the number
    on its form (2026-007; an unknown number is said by the service). Without the document's permission the text
    goes on as it is: the build refuses it, audited, before looking anything up."""
    text = value.strip()
    if text.isdigit():
        return int(text)
    if not session.can(document.permission):
        return text
    module, function = BY_NUMBER[document.kind]
    return getattr(importlib.import_module(f"counselor_app.services.{module}"), function)(session, text)


def _check_options(document, given: dict) -> None:
    extra = [PARAMETERS[name].option for name in given if name not in document.params + document.optional]
    if extra:
        raise ValidationError(DOES_NOT_TAKE, document=document.label, options=" ".join(extra))
    missing = [PARAMETERS[name].option for name in document.params if name not in given]
    if missing:
        raise ValidationError(NEEDS, document=document.label, options=" ".join(missing))
    record = given.get("id")
    if record is not None and not record.strip().isdigit() and document.kind not in BY_NUMBER:
        raise ValidationError(BAD_ID, value=record.strip())
    month = given.get("month")
    if month is not None and not MONTH.fullmatch(month.strip()):
        raise ValidationError(BAD_MONTH, value=month)


def _out_path(out: str | None) -> Path:
    if not out:
        raise ValidationError(NO_OUT)
    path = Path(out)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ValidationError(NO_FOLDER, folder=str(folder))
    return path


def _print_list(available) -> None:
    if not available:
        print(translate("Cli", "Your role may print no document."))
        return
    for d in available:
        if d.savable:
            how = " ".join([_usage(p) for p in d.params] + [f"[{_usage(p)}]" for p in d.optional])
        else:
            how = translate("Cli", "(printed only by the set-up wizard or New recovery key\u2026)")
        print(f"{d.kind}\t{translate_text(d.label)}\t{how}".rstrip())


def _usage(name: str) -> str:
    p = PARAMETERS[name]
    return p.option if p.flag else f"{p.option} {p.metavar}"
