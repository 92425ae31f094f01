"""The ``counselor-app`` command: the window by default, sub-commands for headless jobs.

Every sub-command calls the same services as the GUI. Passwords and keys come from standard input, never from
arguments. Errors a user can cause end in one translated line and a non-zero exit code, never in a traceback.

One module per area registers its commands (``registry.command``): office (init, passwd, recover, data-key), demo,
verify, backups (backup, restore), users (user …), register (import, export, rollover), printing (print). The
parser (parser.py) is built from the registry; entry.py reads the command line and runs the command, or opens the
window when the command line names none.
"""
from counselor_app.cli.entry import main

__all__ = ["main"]
