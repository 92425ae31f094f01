"""What can go wrong with a file a user brings, as :class:`RosterFileError` messages that say what to do.

Every message is in the "Roster" context, marked for translation, exit code 2 on the command line, and never names
the file (the file names of rosters often carry a class or a student's name) nor a value from it."""
from __future__ import annotations

from counselor_app.domain.errors import QT_TRANSLATE_NOOP, UserError


class RosterFileError(UserError):
    message = QT_TRANSLATE_NOOP("Roster", "This file cannot be read as a roster.")
    exit_code = 2


class NotARoster(RosterFileError):
    message = QT_TRANSLATE_NOOP(
        "Roster", "This is not a roster file. Use an Excel workbook (.xlsx or .xls) or a CSV file (.csv) with one "
        "row per person.")


class OldExcelFile(RosterFileError):
    """A spreadsheet format that is not read (OpenDocument .ods, Excel 4 and older, other OLE files); the name is
    from the time when .xls was not read either."""
    message = QT_TRANSLATE_NOOP(
        "Roster", "This file format cannot be read. Open it in Excel or WPS, choose Save As, pick \"Excel Workbook "
        "(*.xlsx)\" and import the new file.")


class DamagedWorkbook(RosterFileError):
    message = QT_TRANSLATE_NOOP(
        "Roster", "The workbook is damaged or incomplete and cannot be opened. Open it in Excel or WPS, save it again "
        "as .xlsx and import that copy.")


class EncryptedWorkbook(RosterFileError):
    message = QT_TRANSLATE_NOOP(
        "Roster", "The workbook is protected by a password. Open it in Excel, remove the password to open it "
        "(File > Info > Protect Workbook), save it and import it again.")


class EmptyRoster(RosterFileError):
    message = QT_TRANSLATE_NOOP("Roster", "The file is empty: there are no rows to import.")


class EmptySheet(RosterFileError):
    message = QT_TRANSLATE_NOOP("Roster", "The sheet {sheet} is empty: there are no rows to import.")


class UnknownSheet(RosterFileError):
    message = QT_TRANSLATE_NOOP("Roster", "The workbook has no sheet named {sheet}. Its sheets: {sheets}.")


class SheetTooLarge(RosterFileError):
    message = QT_TRANSLATE_NOOP(
        "Roster", "The sheet {sheet} is too large to be a roster ({rows} rows, {columns} columns): something was "
        "typed far below or to the right of the list. In Excel press Ctrl+End to find it, delete the rows and columns "
        "outside the list, save and import again.")


class UnknownEncoding(RosterFileError):
    message = QT_TRANSLATE_NOOP(
        "Roster", "The text encoding of this file is not recognised. In Excel choose Save As, pick \"CSV UTF-8\" "
        "and import the new file.")


class FileMissing(RosterFileError):
    message = QT_TRANSLATE_NOOP("Roster", "The file does not exist or has been moved.")


class FileLocked(RosterFileError):
    message = QT_TRANSLATE_NOOP(
        "Roster", "The file cannot be opened: access is denied. If it is open in Excel or WPS, close it there and try "
        "again.")


class FileUnreadable(RosterFileError):
    message = QT_TRANSLATE_NOOP("Roster", "The file cannot be read ({reason}).")


# --- hostile or absurd files: refused before they are read, or as soon as a limit is passed -------------------

class NotAFile(NotARoster):
    """A folder, a device (/dev/zero), a FIFO or a socket: never read, so nothing can block or grow forever."""
    message = QT_TRANSLATE_NOOP(
        "Roster", "This is a folder, a device or a pipe, not a file. Choose the roster file itself.")


class FileTooLarge(RosterFileError):
    message = QT_TRANSLATE_NOOP(
        "Roster", "The file is larger than {limit} MB: too large to be a roster, so it is not read. Check that it is "
        "the right file (a roster of 30,000 students takes a few MB).")


class WorkbookTooLarge(RosterFileError):
    """A zip bomb, or a workbook whose few bytes would become far more than any roster once read (too many parts,
    one text copied into many cells, formulas that repeat spaces)."""
    message = QT_TRANSLATE_NOOP(
        "Roster", "Once opened, this workbook would take far more room than any roster (more than {limit} MB): it may "
        "be damaged or made to overload the computer, so it is not read. Open it in Excel or WPS, copy the list into a "
        "new workbook, save it as .xlsx and import that copy.")


class TooManyRows(RosterFileError):
    message = QT_TRANSLATE_NOOP(
        "Roster", "The file has more than {max} rows, more than a roster can have, so it is not read. Check that it is "
        "the right file, or split it into smaller files.")


class TooManyColumns(RosterFileError):
    message = QT_TRANSLATE_NOOP(
        "Roster", "Row {row} has more than {max} columns, more than a roster can have, so the file is not read. "
        "Delete the columns that do not belong to the list, save and import again.")


class CellTooLong(RosterFileError):
    message = QT_TRANSLATE_NOOP(
        "Roster", "Row {row} holds a cell of more than {max} characters, more than an Excel cell can hold: this is "
        "not a roster, so the file is not read. Check that it is the right file.")


class TooManyCells(RosterFileError):
    message = QT_TRANSLATE_NOOP(
        "Roster", "The file has more than {max} cells (rows times columns), more than a roster can have, so it is not "
        "read. Check that it is the right file, or split it into smaller files.")


class TooManyValues(RosterFileError):
    message = QT_TRANSLATE_NOOP(
        "Roster", "The file has more than {max} different values, more than an export of answer sheets can have, so "
        "it is not read. Check that it is the right file, or split it into smaller files.")
