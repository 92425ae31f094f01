"""Importing a table (roster, calendar days …): read the file, find the sheet and the header, check every row, and
let the user look at it all before anything is written; then one transaction, all or nothing unless invalid rows
are skipped.

Each kind of import is two operations in its own service module, built from these parts:

    @operation(Permission.X, target="…")
    def preview_things(session, path, sheet=None, mapping=None, strict=True, previous=None) -> TablePreview:
        preview = read_table(THINGS, path, sheet, mapping, strict, previous)   # THINGS: a domain TableKind
        if not preview.problems:
            ...count preview.new / updated / unchanged against the database...
        return preview

    @operation(Permission.X, changes={Area.…}, audit="import.things", target="…")
    def import_things(session, preview, skip_invalid=False, progress=None):
        rows = rows_to_apply(preview, skip_invalid)          # refuses an incomplete mapping or invalid rows
        with transaction(session.conn):
            ...write rows, progress.update(i, n) now and then and once more before the commit...

``previous`` (a preview of the same file and sheet) lets the dialog check the rows again with another column
mapping without reading the file again. Nothing here names a value from the file in a message.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from counselor_app.domain.errors import QT_TRANSLATE_NOOP, Text, ValidationError
from counselor_app.domain.table_import import RowVerdict, TableKind, detect_header, kind_of, mapping_problems, \
    validate_rows
from counselor_app.files.roster_files import read_sheet

INVALID_ROWS = QT_TRANSLATE_NOOP(
    "Roster", "{count} row(s) are not valid, so nothing was imported. Correct them, or import with "
              "\u201cskip invalid rows\u201d.")


class ImportRefused(ValidationError):
    """Invalid rows and no "skip invalid rows": nothing was written. ``problems``: (row number, messages)."""
    message = INVALID_ROWS

    def __init__(self, message: Text | None = None, problems: list | tuple = (), **params: object) -> None:
        self.problems = list(problems)
        super().__init__(message, **params)


@dataclass
class TablePreview:
    kind: str                                # the TableKind's name
    sheets: list[str]
    sheet: str | None
    rows: list[list]
    header_row: int                          # -1: no header row found (then ``problems`` says so)
    mapping: dict[int, str | None]
    detected: dict[int, str] = field(default_factory=dict)   # the mapping found from the header row
    problems: list[tuple[Text, dict]] = field(default_factory=list)  # an incomplete mapping (no verdicts then)
    verdicts: list[RowVerdict] = field(default_factory=list)
    new: int = 0                             # counted by the kind's preview against the database
    updated: int = 0
    unchanged: int = 0

    @property
    def rejected(self) -> list[RowVerdict]:
        return [v for v in self.verdicts if v.status == "error"]

    @property
    def notes(self) -> list[RowVerdict]:
        """Note, signature and total lines below the list, skipped without a word of blame."""
        return [v for v in self.verdicts if v.status == "note"]

    @property
    def valid(self) -> list[RowVerdict]:
        return [v for v in self.verdicts if v.status == "ok"]


def read_table(kind: TableKind | str, path: str | Path, sheet: str | None = None,
               mapping: dict[int, str | None] | None = None, strict: bool = True,
               previous: TablePreview | None = None, make: Callable[..., TablePreview] = TablePreview,
               extra_problems: Callable[[list, int], list] | None = None) -> TablePreview:
    """Read a table of ``kind`` and check every row (no database look-ups); nothing is written.

    ``mapping`` overrides the detected column mapping (the preview's drop-downs). With ``previous`` (a preview of
    the same file and sheet) the rows are not read again. ``strict``: an incomplete mapping raises; otherwise it is
    returned in ``problems`` with no verdicts, so that the user can correct it in the preview. ``make`` builds the
    kind's own preview class; ``extra_problems(rows, header_row)`` may name a file of the wrong kind."""
    kind = kind_of(kind)
    if previous is not None and previous.sheet == sheet:
        sheets, rows, header_row = previous.sheets, previous.rows, previous.header_row
        detected = previous.detected
    else:
        sheets, sheet, rows, guess = _find_table(kind, path, sheet)
        if guess is None:
            if strict:
                raise ValidationError(kind.no_header_in_sheets, sheets="、".join(sheets)) if len(sheets) > 1 \
                    else ValidationError(kind.no_header)
            preview = make(kind.name, sheets, sheet, rows, -1, {})
            preview.problems = [(kind.no_header, {})]
            return preview
        header_row, detected = guess.row_index, dict(guess.mapping)
    mapping = dict(mapping if mapping is not None else detected)
    preview = make(kind.name, sheets, sheet, rows, header_row, mapping, detected=detected)
    preview.problems = (extra_problems(rows, header_row) if extra_problems else []) + mapping_problems(mapping, kind)
    if preview.problems:
        if strict:
            refuse_problems(preview)
        return preview
    preview.verdicts = validate_rows(rows, header_row, mapping, kind)
    if not any(v.status != "note" for v in preview.verdicts):
        if strict:
            raise ValidationError(kind.no_rows)
        preview.problems = [(kind.no_rows, {})]
    return preview


def _find_table(kind: TableKind, path: str | Path, sheet: str | None):
    """(sheet names, the sheet read, its rows, the header guess or None). Without a chosen sheet, when the default
    sheet has no header row (a 填表说明 sheet in front), the other sheets are tried in order."""
    sheets, used, rows = read_sheet(path, sheet)
    guess = detect_header(rows, kind)
    if guess is None and sheet is None:
        for other in sheets:
            if other == used:
                continue
            _names, _used, other_rows = read_sheet(path, other)
            other_guess = detect_header(other_rows, kind)
            if other_guess is not None:
                return sheets, other, other_rows, other_guess
    return sheets, used, rows, guess


def refuse_problems(preview: TablePreview) -> None:
    """An incomplete column mapping as the user's error (its own message: "No column of the file is used for: 学号.")."""
    if preview.problems:
        text, params = preview.problems[0]
        raise ValidationError(text, **params)


def rows_to_apply(preview: TablePreview, skip_invalid: bool) -> list[RowVerdict]:
    """The valid rows to write; refuses a preview with problems, and invalid rows unless they are skipped."""
    refuse_problems(preview)
    rejected = preview.rejected
    if rejected and not skip_invalid:
        raise ImportRefused(problems=[(v.line, v.errors) for v in rejected], count=len(rejected))
    return preview.valid
