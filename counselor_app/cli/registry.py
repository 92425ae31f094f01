"""The command registry: each area module registers its sub-commands here, the parser is built from it and ``main``
runs the command the parser chose (no command: the window).

A command is a name, a one-line help (marked with ``QT_TRANSLATE_NOOP("Cli", …)``, translated when the parser is
built), its place in ``--help``, what it adds to its parser, and ``run(args, inp) -> exit code``. ``login=True``
gives it the shared ``--login`` and ``--password-stdin`` options.
"""
from __future__ import annotations

import argparse
import importlib
from dataclasses import dataclass
from typing import Callable

from counselor_app.domain.errors import Text


@dataclass(frozen=True)
class Shared:
    """The option sets every parser shares: ``common`` (--data-dir, --lang) and ``auth`` (--login, --password-stdin),
    for a command's own sub-parsers (``import students``, ``user add`` …)."""
    common: argparse.ArgumentParser
    auth: argparse.ArgumentParser


Options = Callable[[argparse.ArgumentParser, Shared], None]
Run = Callable[[argparse.Namespace, "object"], int]


@dataclass(frozen=True)
class Command:
    name: str
    help: Text
    run: Run
    order: int                      # place in --help (the order users learn them: init, demo, verify, backup …)
    options: Options | None = None
    login: bool = False


# the modules that register commands (counselor_app/cli/<area>.py)
AREAS = ("office", "keys", "demo", "verify", "backups", "users", "register", "printing", "screening", "bureau",
         "duty")
_COMMANDS: dict[str, Command] = {}


def command(name: str, help: Text, *, order: int, options: Options | None = None,
            login: bool = False) -> Callable[[Run], Run]:
    """Register the decorated ``run(args, inp)`` as the sub-command ``name``."""
    def register(run: Run) -> Run:
        if name in _COMMANDS:
            raise ValueError(f"command registered twice: {name}")
        _COMMANDS[name] = Command(name, help, run, order, options, login)
        return run

    return register


def commands() -> list[Command]:
    """Every command, in --help order (the area modules are imported first)."""
    for area in AREAS:   # importing an area registers its commands
        importlib.import_module(f"counselor_app.cli.{area}")
    return sorted(_COMMANDS.values(), key=lambda c: c.order)


def get(name: str) -> Command:
    return {c.name: c for c in commands()}[name]
