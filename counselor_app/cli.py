"""The ``counselor-app`` command: the GUI by default, sub-commands for headless jobs.

Every sub-command calls the same services as the GUI. Passwords and keys come from standard
input, never from arguments. Errors a user can cause end in one translated line and a non-zero
exit code, never in a traceback.
"""
from __future__ import annotations

import argparse
import getpass
import logging
import os
import re
import sys
import unicodedata
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Sequence

from counselor_app import __version__
from counselor_app.domain.errors import QT_TRANSLATE_NOOP, UserError, ValidationError
from counselor_app.domain.roles import Role
from counselor_app.domain.school import SchoolType
from counselor_app import translation
from counselor_app.translation import translate, translate_text

NO_INPUT = QT_TRANSLATE_NOOP("Errors", "Not enough lines on standard input: this command reads {count}.")
NOT_UTF8 = QT_TRANSLATE_NOOP("Errors", "Standard input is not UTF-8 text.")
MISMATCH = QT_TRANSLATE_NOOP("Errors", "The two entries differ.")
BAD_ARGUMENTS = QT_TRANSLATE_NOOP("Errors", "The command line is not right ({detail}). See --help.")
NO_DISPLAY = QT_TRANSLATE_NOOP(
    "Errors", "No graphical display is available here, so the window cannot open. The commands work without one "
              "(see --help).")
log = logging.getLogger("counselor_app")



class Input:
    """Secrets from standard input (``--password-stdin``) or, at a terminal, from a hidden prompt."""

    def __init__(self, use_stdin: bool) -> None:
        self.use_stdin = use_stdin or not sys.stdin.isatty()
        self.expected = 1
        self._lines: list[str] | None = None

    def expect(self, count: int) -> "Input":
        self.expected = count
        return self

    def line(self, prompt: str) -> str:
        if self.use_stdin:
            if self._lines is None:
                try:
                    # utf-8-sig: Notepad and PowerShell put a byte-order mark in front of the first line.
                    text = sys.stdin.buffer.read().decode("utf-8-sig")
                except UnicodeDecodeError:
                    raise ValidationError(NOT_UTF8) from None
                self._lines = text.splitlines()
            if not self._lines:
                raise ValidationError(NO_INPUT, count=self.expected)
            return self._lines.pop(0)
        return getpass.getpass(prompt + " ")

    def new_password(self, prompt: str) -> str:
        """A new password; at a terminal it is asked twice, so a typo cannot lock anyone out."""
        first = self.line(prompt)
        if not self.use_stdin and self.line(translate("Cli", "Repeat it:")) != first:
            raise ValidationError(MISMATCH)
        return first


def _data_dir(args) -> Path:
    from counselor_app.store.location import resolve_data_dir

    return resolve_data_dir(getattr(args, "data_dir", None))


def _kdf():
    from counselor_app.store import crypto

    return crypto.default_kdf()


def _login(args, inp: Input):
    from counselor_app.services.office import login

    session = login(_data_dir(args), args.login, inp.line(translate("Cli", "Password:")), kdf=_kdf())
    if session.user.must_change_password:
        print(translate("Cli", "Note: your password was given to you by the office head. Set your own with "
                               "\"counselor-app passwd\"."), file=sys.stderr)
    return session


# -- commands ------------------------------------------------------------------------------------

def cmd_init(args, inp: Input) -> int:
    from counselor_app.domain.school import SchoolProfile
    from counselor_app.services.office import create_office

    password = inp.new_password(translate("Cli", "Password for the new office head:"))
    profile = SchoolProfile(args.school, SchoolType(args.school_type), args.address or "", args.unit_name or args.school)
    new = create_office(_data_dir(args), profile, args.admin_login, args.admin_name, password, kdf=_kdf())
    new.session.close()
    print(translate("Cli", "The office was created in {path}.").format(path=_data_dir(args)))
    _print_recovery_key(new.recovery_key)
    return 0


def _print_recovery_key(key: str) -> None:
    print()
    print(translate("Cli", "RECOVERY KEY (shown only this once):"))
    print(f"    {key}")
    print(translate("Cli", "Write it down or print it, seal it in an envelope and keep it in the office safe. "
              "It unlocks the office when every password is forgotten; anyone who holds it can read the records."))


def cmd_demo(args, inp: Input) -> int:
    from counselor_app.services.demo import create_demo_office

    demo = create_demo_office(_data_dir(args), students=args.students, seed=args.seed,
                              school_type=SchoolType(args.school_type), kdf=_kdf())
    demo.office.session.close()
    print(translate("Cli", "A demo office with {count} synthetic students was created in {path}.").format(
        count=demo.students, path=_data_dir(args)))
    for login, role in demo.logins.items():
        print(translate("Cli", "  login {login} ({role}), password {password}").format(
            login=login, role=role_label(role), password=demo.password))
    _print_recovery_key(demo.office.recovery_key)
    return 0


def role_label(role: Role) -> str:
    return translate_text(role.label)


def cmd_verify(args, inp: Input) -> int:
    from counselor_app.services.integrity import verify_office

    with _login(args, inp) as session:
        report = verify_office(session)
    if report.problems:
        print(translate("Cli", "Integrity check FAILED: {count} problem(s).").format(count=len(report.problems)))
        for p in report.problems[:20]:
            print(f"  {p}")
    else:
        print(translate("Cli", "Integrity check passed (SQLCipher page check, SQLite integrity check, foreign keys)."))
    if report.broken_row is not None:
        print(translate("Cli", "Audit trail BROKEN at row {row}.").format(row=report.broken_row))
    else:
        print(translate("Cli", "Audit trail intact: {count} rows.").format(count=report.audit_rows))
    print(translate("Cli", "Audit chain head: {hash}").format(hash=report.head_hash))
    return 0 if report.ok else 9


def cmd_backup(args, inp: Input) -> int:
    from counselor_app.services.backups import make_backup

    with _login(args, inp) as session:
        info = make_backup(session, Path(args.to) if args.to else None)
    print(translate("Cli", "Backup written: {path}").format(path=info.path))
    return 0


def cmd_restore(args, inp: Input) -> int:
    from counselor_app.services.restore import restore_backup

    info = restore_backup(_data_dir(args), Path(args.from_), args.login, inp.line(translate("Cli", "Password:")))
    print(translate("Cli", "Restored the backup {name}. The replaced database was kept in the data folder.").format(
        name=info.name))
    return 0


def cmd_passwd(args, inp: Input) -> int:
    from counselor_app.services.credentials import change_password

    inp.expect(2)
    old = inp.line(translate("Cli", "Current password:"))
    new = inp.new_password(translate("Cli", "New password:"))
    from counselor_app.services.office import login

    with login(_data_dir(args), args.login, old, kdf=_kdf()) as session:
        change_password(session, old, new)
    print(translate("Cli", "The password was changed."))
    return 0


def cmd_recover(args, inp: Input) -> int:
    from counselor_app.services.credentials import recover_password

    inp.expect(2)
    key = inp.line(translate("Cli", "Recovery key:"))
    new = inp.new_password(translate("Cli", "New password:"))
    recover_password(_data_dir(args), args.login, key, new, kdf=_kdf())
    print(translate("Cli", "A new password was set for {login}.").format(login=args.login))
    return 0


def cmd_data_key(args, inp: Input) -> int:
    from counselor_app.services.credentials import export_data_key

    key = export_data_key(_data_dir(args), inp.line(translate("Cli", "Recovery key:")))
    print(translate("Cli", "WARNING: this key opens every record of the office. Do not save it in a file, "
              "do not send it; this export was recorded in the audit trail."), file=sys.stderr)
    print(key)
    return 0


def cmd_user(args, inp: Input) -> int:
    from counselor_app.services import users as user_service

    with _login(args, inp) as session:
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


def _row_message(verdict) -> str:
    from counselor_app.domain.errors import fill

    reasons = " ".join(fill(text, params, translate_text) for text, params in verdict.errors)
    return translate("Cli", "row {line}: {reasons}").format(line=verdict.line, reasons=reasons)


def cmd_import(args, inp: Input) -> int:
    from counselor_app.services import roster_import, staff_import

    if args.what == "staff":
        preview_fn, import_fn = staff_import.preview_staff, staff_import.import_staff
    else:
        preview_fn, import_fn = roster_import.preview_students, roster_import.import_students
    with _login(args, inp) as session:
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


def cmd_export(args, inp: Input) -> int:
    from counselor_app.services import roster_export

    with _login(args, inp) as session:
        count = roster_export.export_students(session, Path(args.out), args.grade, getattr(args, "class_"),
                                              tr=translate_text)
    print(translate("Cli", "Exported {count} student(s).").format(count=count))
    return 0


def cmd_rollover(args, inp: Input) -> int:
    from counselor_app.domain.errors import fill
    from counselor_app.domain.rollover import GRADUATE, PROMOTE, for_command_line
    from counselor_app.services import rollover

    with _login(args, inp) as session:
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


def cmd_gui(args, inp: Input) -> int:
    if (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
            and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))):
        raise ValidationError(NO_DISPLAY)
    from counselor_app.ui.app import run_gui

    return run_gui(_data_dir(args), getattr(args, "lang", None))


# -- parser --------------------------------------------------------------------------------------

class BadArguments(Exception):
    pass


def _argparse_texts() -> dict[str, str]:
    """argparse's own words (usage:, options, -h's help, its error messages) in the installed language. Keys are
    argparse's message ids; one that a newer Python words otherwise stays in English."""
    return {
        "usage: ": translate("Cli", "usage: "),
        "options": translate("Cli", "options"),
        "positional arguments": translate("Cli", "positional arguments"),
        "show this help message and exit": translate("Cli", "show this help message and exit"),
        "argument %(argument_name)s: %(message)s": translate("Cli", "argument %(argument_name)s: %(message)s"),
        "unrecognized arguments: %s": translate("Cli", "unrecognized arguments: %s"),
        "the following arguments are required: %s": translate("Cli", "the following arguments are required: %s"),
        "one of the arguments %s is required": translate("Cli", "one of the arguments %s is required"),
        "not allowed with argument %s": translate("Cli", "not allowed with argument %s"),
        "ignored explicit argument %r": translate("Cli", "ignored explicit argument %r"),
        "expected one argument": translate("Cli", "expected one argument"),
        "expected at most one argument": translate("Cli", "expected at most one argument"),
        "expected at least one argument": translate("Cli", "expected at least one argument"),
        "expected %s argument": translate("Cli", "expected %s argument(s)"),
        "expected %s arguments": translate("Cli", "expected %s argument(s)"),
        "ambiguous option: %(option)s could match %(matches)s":
            translate("Cli", "ambiguous option: %(option)s could match %(matches)s"),
        "unexpected option string: %s": translate("Cli", "unexpected option string: %s"),
        # argparse fills in the type's name (int); the words say what was wrong without it
        "invalid %(type)s value: %(value)r": translate("Cli", "invalid value: %(value)r"),
        "invalid choice: %(value)r (choose from %(choices)s)":
            translate("Cli", "invalid choice: %(value)r (choose from %(choices)s)"),
        "unknown parser %(parser_name)r (choices: %(choices)s)":
            translate("Cli", "unknown command %(parser_name)r (choose from %(choices)s)"),
    }


@contextmanager
def _argparse_language():
    """While the command line is built and read, argparse's gettext look-ups (its module's ``_`` and ``ngettext``,
    read at each call) answer with the app's translations; afterwards argparse is as it was."""
    texts = _argparse_texts()
    saved = argparse._, argparse.ngettext
    argparse._ = lambda message: texts.get(message, message)
    argparse.ngettext = lambda one, many, n: texts.get(one if n == 1 else many, one if n == 1 else many)
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved


def _columns(text: str) -> int:
    """How many terminal columns ``text`` takes: Chinese characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


_TOKENS = re.compile(r"\s+|[\x00-\u2e7f]+?(?=\s|[^\x00-\u2e7f]|$)|.")
_NO_LINE_START = set("，。；：、）》」』！？,.;:)")


class HelpFormatter(argparse.HelpFormatter):
    """Wraps help texts by the columns they take, so Chinese lines (two columns a character, no spaces to break
    at) stay inside the terminal like English ones."""

    def _split_lines(self, text: str, width: int) -> list[str]:
        lines, line = [], ""
        for token in _TOKENS.findall(" ".join(text.split())):
            if token.isspace():
                line += " " if line else ""
                continue
            if line.strip() and _columns(line + token) > width and token[0] not in _NO_LINE_START:
                lines.append(line.rstrip())
                line = ""
            line += token
        return lines + [line.rstrip()] if line.strip() else lines


class Parser(argparse.ArgumentParser):
    """argparse, but a wrong command line ends in one translated line (exit 2), not a usage dump."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("formatter_class", HelpFormatter)   # the sub-commands' parsers are Parsers too
        super().__init__(*args, **kwargs)

    def error(self, message: str):  # noqa: D401 - argparse's name
        raise BadArguments(message)

    def format_help(self) -> str:
        """argparse ends each section heading with an ASCII colon; Chinese wants its own (选项：)."""
        text = super().format_help()
        for group in self._action_groups:
            if group.title and group._group_actions:
                text = text.replace(f"\n{group.title}:\n",
                                    "\n" + translate("Cli", "{heading}:").format(heading=group.title) + "\n")
        return text


def build_parser() -> argparse.ArgumentParser:
    # SUPPRESS: an option given at any level (before or after the command) is kept, never reset by a default.
    common = argparse.ArgumentParser(add_help=False, argument_default=argparse.SUPPRESS)
    common.add_argument("--data-dir", metavar="DIR", help=translate("Cli", "the office's data folder"))
    common.add_argument("--lang", choices=["zh_CN", "en"], help=translate("Cli", "language of messages"))
    auth = argparse.ArgumentParser(add_help=False)
    auth.add_argument("--login", required=True, metavar="LOGIN", help=translate("Cli", "your login"))
    auth.add_argument("--password-stdin", action="store_true", help=translate("Cli", "read the password from standard input"))

    p = Parser(prog="counselor-app", parents=[common],
                                description=translate("Cli", "Counseling Office Desk. Without a command, the application starts."))
    p.add_argument("--version", action="version", version=f"counselor-app {__version__}",
                   help=translate("Cli", "show the program's version number and exit"))
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, help_text: str, fn: Callable, parents=()):
        sp = sub.add_parser(name, help=help_text, parents=[common, *parents])
        sp.set_defaults(fn=fn)
        return sp

    sp = add("init", translate("Cli", "create a new office"), cmd_init)
    sp.add_argument("--school", required=True, metavar="NAME")
    sp.add_argument("--school-type", required=True, choices=[t.value for t in SchoolType], metavar="TYPE",
                    help=", ".join(t.value for t in SchoolType))
    sp.add_argument("--address", metavar="TEXT")
    sp.add_argument("--unit-name", metavar="TEXT", help=translate("Cli", "unit name printed on forms (default: the school name)"))
    sp.add_argument("--admin-login", required=True, metavar="LOGIN")
    sp.add_argument("--admin-name", required=True, metavar="NAME")
    sp.add_argument("--password-stdin", action="store_true")

    sp = add("demo", translate("Cli", "create a demo office with synthetic students"), cmd_demo)
    sp.add_argument("--students", type=int, default=600, metavar="N")
    sp.add_argument("--seed", type=int, default=1, metavar="S")
    sp.add_argument("--school-type", default=SchoolType.COMPLETE_MIDDLE.value,
                    choices=[t.value for t in SchoolType], metavar="TYPE")

    add("verify", translate("Cli", "check integrity and the audit chain"), cmd_verify, [auth])
    sp = add("backup", translate("Cli", "write an encrypted backup"), cmd_backup, [auth])
    sp.add_argument("--to", metavar="DIR", help=translate("Cli", "backup folder (default: the configured one)"))
    sp = add("restore", translate("Cli", "restore a backup"), cmd_restore, [auth])
    sp.add_argument("--from", dest="from_", required=True, metavar="BACKUP")
    add("passwd", translate("Cli", "change your password (two lines: old, new)"), cmd_passwd, [auth])
    sp = add("recover", translate("Cli", "set a new password with the recovery key (two lines: key, new password)"), cmd_recover)
    sp.add_argument("--login", required=True, metavar="LOGIN")
    sp.add_argument("--recovery-key-stdin", action="store_true")
    sp = add("data-key", translate("Cli", "print the raw database key (needs the recovery key)"), cmd_data_key)
    sp.add_argument("--recovery-key-stdin", action="store_true")

    sp = add("import", translate("Cli", "import a roster (xlsx, xls or csv)"), cmd_import)
    ims = sp.add_subparsers(dest="what", metavar="WHAT", required=True)
    for what, help_text in (("students", translate("Cli", "the student roster")),
                            ("staff", translate("Cli", "the staff roster"))):
        im = ims.add_parser(what, help=help_text, parents=[common, auth])
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
    sp = add("export", translate("Cli", "export the register to xlsx"), cmd_export)
    exs = sp.add_subparsers(dest="what", metavar="WHAT", required=True)
    ex = exs.add_parser("students", help=translate("Cli", "the student roster"), parents=[common, auth])
    ex.add_argument("out", metavar="OUT.xlsx")
    ex.add_argument("--grade", metavar="G")
    ex.add_argument("--class", dest="class_", metavar="C")

    sp = add("rollover", translate("Cli", "year rollover: every class moves up one grade, the top grade graduates"),
             cmd_rollover,
             [auth])
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
    sp = add("user", translate("Cli", "manage accounts (office head)"), cmd_user)
    us = sp.add_subparsers(dest="user_cmd", metavar="ACTION", required=True)
    us.add_parser("list", help=translate("Cli", "list accounts"), parents=[common, auth])
    ua = us.add_parser("add", help=translate("Cli", "add an account (its first password on the next input line)"),
                       parents=[common, auth])
    ua.add_argument("new_login", metavar="NEW_LOGIN")
    ua.add_argument("--name", required=True)
    ua.add_argument("--role", required=True, choices=[r.value for r in Role])
    ud = us.add_parser("deactivate", help=translate("Cli", "deactivate an account"), parents=[common, auth])
    ud.add_argument("target_login", metavar="LOGIN")
    ur = us.add_parser("reactivate", parents=[common, auth],
                       help=translate("Cli", "reactivate an account (its new first password on the next input line)"))
    ur.add_argument("target_login", metavar="LOGIN")
    return p


def _pre_option(argv: Sequence[str], name: str) -> str | None:
    """The value of ``--name VALUE`` or ``--name=VALUE`` before the command line is parsed."""
    for i, a in enumerate(argv):
        if a == name and i + 1 < len(argv):
            return argv[i + 1]
        if a.startswith(name + "="):
            return a.split("=", 1)[1]
    return None


def _pre_lang(argv: Sequence[str]) -> str | None:
    return _pre_option(argv, "--lang")


def _language(argv: Sequence[str]) -> str:
    """--lang; else the language chosen in the application for this data folder (its ui.ini, as the window
    opens in it); else the environment's (Chinese unless the locale asks for English)."""
    lang = _pre_lang(argv)
    if not lang:
        try:
            from PySide6.QtCore import QSettings

            from counselor_app.store.location import resolve_data_dir

            ini = resolve_data_dir(_pre_option(argv, "--data-dir")) / "ui.ini"
            if ini.is_file():
                lang = QSettings(str(ini), QSettings.Format.IniFormat).value("language") or None
        except (OSError, ValueError):
            lang = None
    return translation.normalize_language(lang if isinstance(lang, str) else None)


_message_app = None   # the QCoreApplication that carries the translators when the GUI did not start


def _load_translations(argv: Sequence[str]) -> bool:
    """Make sure the messages can be translated. The GUI path leaves it to the QApplication it starts, so a message
    printed instead (a wrong option, no display) loads them here; True when it had to."""
    global _message_app
    from PySide6.QtCore import QCoreApplication

    if QCoreApplication.instance() is not None:
        return False
    _message_app = QCoreApplication([sys.argv[0] if sys.argv else "counselor-app"])
    translation.install(_language(argv))
    return True


def _parse(argv: Sequence[str]) -> argparse.Namespace:
    with _argparse_language():
        return build_parser().parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if os.name == "posix":
        os.umask(0o077)  # every file the app writes is private, whatever library writes it
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance()
    gui = not any(a in ("init", "demo", "verify", "backup", "restore", "passwd", "recover", "data-key", "user",
                        "import", "export", "rollover",
                        "-h", "--help", "--version") for a in argv)
    if app is None and not gui:
        app = QCoreApplication([sys.argv[0] if sys.argv else "counselor-app"])
    if app is not None:
        translation.install(_language(argv))
    try:
        args = _parse(argv)
    except BadArguments as exc:
        if _load_translations(argv):   # read again, now that argparse's words can be translated
            try:
                _parse(argv)
            except BadArguments as again:
                exc = again
        err = ValidationError(BAD_ARGUMENTS, detail=str(exc))
        print(translate("Cli", "Error: {message}").format(message=translation.error_text(err)), file=sys.stderr)
        return 2
    fn = getattr(args, "fn", cmd_gui)
    inp = Input(getattr(args, "password_stdin", False) or getattr(args, "recovery_key_stdin", False))
    try:
        return fn(args, inp)
    except UserError as err:
        _load_translations(argv)   # e.g. "no display" on the way to the GUI, which would have loaded them
        print(translate("Cli", "Error: {message}").format(message=translation.error_text(err)), file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # an unexpected fault: no personal data, no traceback for the user
        log.debug("unexpected error", exc_info=True)
        print(translate("Cli", "Unexpected error ({kind}). Nothing was changed that had not been confirmed. "
                  "Please report it to the developers.").format(kind=type(exc).__name__), file=sys.stderr)
        return 70
