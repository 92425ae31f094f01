"""The command line's parser: argparse in the user's language, help wrapped by the columns Chinese takes, and the
sub-commands from the registry (counselor_app/cli/registry.py)."""
from __future__ import annotations

import argparse
import re
import unicodedata
from contextlib import contextmanager
from typing import Sequence

from counselor_app import __version__
from counselor_app.cli.registry import Shared, commands
from counselor_app.translation import translate, translate_text


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
def argparse_language():
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


def columns(text: str) -> int:
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
            if line.strip() and columns(line + token) > width and token[0] not in _NO_LINE_START:
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


def build_parser(parser_class: type[Parser] = Parser) -> argparse.ArgumentParser:
    # SUPPRESS: an option given at any level (before or after the command) is kept, never reset by a default.
    common = argparse.ArgumentParser(add_help=False, argument_default=argparse.SUPPRESS)
    common.add_argument("--data-dir", metavar="DIR", help=translate("Cli", "the office's data folder"))
    common.add_argument("--lang", choices=["zh_CN", "en"], help=translate("Cli", "language of messages"))
    auth = argparse.ArgumentParser(add_help=False)
    auth.add_argument("--login", required=True, metavar="LOGIN", help=translate("Cli", "your login"))
    auth.add_argument("--password-stdin", action="store_true",
                      help=translate("Cli", "read the password from standard input"))

    p = parser_class(prog="counselor-app", parents=[common],
                     description=translate("Cli", "Counseling Office Desk. Without a command, the application starts."))
    p.add_argument("--version", action="version", version=f"counselor-app {__version__}",
                   help=translate("Cli", "show the program's version number and exit"))
    sub = p.add_subparsers(dest="command", metavar="COMMAND")   # its parsers are of parser_class too
    shared = Shared(common, auth)
    for c in commands():
        sp = sub.add_parser(c.name, help=translate_text(c.help), parents=[common, auth] if c.login else [common])
        if c.options:
            c.options(sp, shared)
    return p


def misuse(args: argparse.Namespace) -> str | None:
    """What is wrong with a command line that argparse accepts but cannot be what the user meant, or None.

    ``counselor-app --data-dir export`` reads "export" as the data folder and no command: the user forgot the
    folder (and would get the window on a new office called export)."""
    folder = getattr(args, "data_dir", None)
    if args.command is None and folder in {c.name for c in commands()}:
        return translate("Cli", "\u201c{name}\u201d is a command, but it stands where the data folder belongs: "
                                "write --data-dir and the folder, then the command; for a folder called {name}, write "
                                "--data-dir ./{name}").format(name=folder)
    return None


def parse(argv: Sequence[str]) -> argparse.Namespace:
    """The command line read with the installed language's words: help and --version print and exit, a wrong
    command line raises BadArguments."""
    with argparse_language():
        args = build_parser().parse_args(argv)
    problem = misuse(args)
    if problem:
        raise BadArguments(problem)
    return args


class _NeedsWords(Exception):
    """Reading the command line would print something (help, version, an error)."""


class _Probe(Parser):
    """A parser that prints nothing: it only finds out which command the command line asks for."""

    def error(self, message: str):
        raise _NeedsWords

    def print_help(self, file=None) -> None:
        raise _NeedsWords

    def _print_message(self, message, file=None) -> None:
        pass

    def exit(self, status: int = 0, message: str | None = None):
        raise _NeedsWords


def probe(argv: Sequence[str]) -> argparse.Namespace | None:
    """The parsed command line when it can be read without printing anything, else None (then the caller loads the
    translations and reads it with :func:`parse`, which prints help, the version or the error in the user's
    language). Decides whether the window opens before any QCoreApplication exists."""
    try:
        args = build_parser(_Probe).parse_args(argv)
    except _NeedsWords:
        return None
    return None if misuse(args) else args
