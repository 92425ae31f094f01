"""Reading a roster file (xlsx, csv, txt) into plain rows of cell values, for ``domain/roster.py``.

No Qt, no SQL. What the file is comes from its first bytes, not from its name: an .xlsx is a zip, an old .xls and
a password-protected .xlsx are OLE compound files, anything else is tried as delimited text. Every failure a user
can cause ends in a :class:`RosterFileError` with a message that says what to do; no message names the file (file
names of rosters often carry a class or a student's name).

Rows come back as lists of equal length, trailing empty rows dropped. xlsx: dates as ``datetime``, numbers as int
or float, text as str, empty cells as None; formulas give the value Excel saved with them. csv: every cell a str,
empty cells None.
"""
from __future__ import annotations

import codecs
import csv
import io
import re
import warnings
import zipfile
from pathlib import Path
from xml.etree.ElementTree import ParseError

from counselor_app.domain.errors import QT_TRANSLATE_NOOP, UserError

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
_DELIMITERS = (",", "\t", ";", "|")
_SNIFF_LINES = 50


class RosterFileError(UserError):
    message = QT_TRANSLATE_NOOP("Roster", "This file cannot be read as a roster.")
    exit_code = 2


class NotARoster(RosterFileError):
    message = QT_TRANSLATE_NOOP(
        "Roster", "This is not a roster file. Use an Excel workbook (.xlsx) or a CSV file (.csv) with one row per "
        "person.")


class OldExcelFile(RosterFileError):
    message = QT_TRANSLATE_NOOP(
        "Roster", "This is an old Excel file (.xls) or another format that cannot be read. Open it in Excel or WPS, "
        "choose Save As, pick \"Excel Workbook (*.xlsx)\" and import the new file.")


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
    message = QT_TRANSLATE_NOOP("Roster", "The workbook has no sheet named {sheet}.")


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


# --- opening ---------------------------------------------------------------------------------------------------

def _read_bytes(path: Path) -> bytes:
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise FileMissing() from None
    except IsADirectoryError:
        raise NotARoster() from None
    except PermissionError:
        raise FileLocked() from None
    except OSError as exc:  # strerror only: str(exc) would carry the file name
        raise FileUnreadable(reason=exc.strerror or type(exc).__name__) from None


def _kind(data: bytes) -> str:
    if not data.strip():
        raise EmptyRoster()
    if data.startswith(_OLE_MAGIC):
        if _ENCRYPTED_STREAM in data:
            raise EncryptedWorkbook()
        raise OldExcelFile()
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        return "xlsx"
    return "text"


def _workbook(data: bytes, read_only: bool = False):
    import openpyxl  # imported when a workbook is read, not at start-up

    try:
        names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
    except (zipfile.BadZipFile, EOFError, ValueError):
        raise DamagedWorkbook() from None
    if "xl/workbook.xml" not in names and not any(n.endswith("/workbook.xml") for n in names):
        raise (OldExcelFile() if "mimetype" in names or "content.xml" in names else NotARoster())
    try:
        with warnings.catch_warnings():  # "no default style" and the like: nothing the user can act on
            warnings.simplefilter("ignore")
            return openpyxl.load_workbook(io.BytesIO(data), read_only=read_only, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, IndexError, AttributeError, EOFError, ParseError,
            OSError):
        raise DamagedWorkbook() from None
    except Exception as exc:  # lxml and openpyxl raise their own error types for broken XML
        if type(exc).__module__.split(".")[0] in ("lxml", "openpyxl", "xml", "zipfile"):
            raise DamagedWorkbook() from None
        raise


def sheet_names(path: str | Path) -> list[str]:
    """The names of the worksheets of an xlsx workbook, in order; [] for a csv or text file."""
    data = _read_bytes(Path(path))
    if _kind(data) != "xlsx":
        return []
    workbook = _workbook(data, read_only=True)  # names only: no need to load the cells
    try:
        return [ws.title for ws in workbook.worksheets]
    finally:
        workbook.close()


def read_rows(path: str | Path, sheet: str | None = None) -> list[list[object]]:
    """The rows of a roster file. ``sheet`` chooses a worksheet of a workbook (default: the sheet that was active
    when the workbook was saved); it is ignored for text files."""
    data = _read_bytes(Path(path))
    if _kind(data) == "xlsx":
        # Read-only mode streams the cells (a 30,000-row sheet in a few seconds instead of many); the merged
        # ranges, which that mode does not expose, come from the sheet's XML.
        workbook = _workbook(data, read_only=True)
        try:
            return _sheet_rows(workbook, sheet, data)
        finally:
            workbook.close()
    return _text_rows(data)


# --- xlsx ------------------------------------------------------------------------------------------------------

_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+[0-9]+:[A-Z]+[0-9]+)"')


def _merged_ranges(ws, data: bytes | None) -> list[tuple[int, int, int, int]]:
    """(min_col, min_row, max_col, max_row) of each merged range, 1-based."""
    from openpyxl.utils.cell import range_boundaries

    if hasattr(ws, "merged_cells"):
        return [(m.min_col, m.min_row, m.max_col, m.max_row) for m in ws.merged_cells.ranges]
    path = getattr(ws, "_worksheet_path", None)
    if not path or data is None:
        return []
    try:
        xml = zipfile.ZipFile(io.BytesIO(data)).read(path)
    except (KeyError, zipfile.BadZipFile):
        return []
    return [tuple(range_boundaries(ref.decode("ascii"))) for ref in _MERGE.findall(xml)]


def _sheet_rows(workbook, sheet: str | None, data: bytes | None = None) -> list[list[object]]:
    sheets = workbook.worksheets  # chart sheets are not in this list
    if not sheets:
        raise NotARoster()
    if sheet is None:
        ws = workbook.active if workbook.active in sheets else sheets[0]
    else:
        ws = next((s for s in sheets if s.title == sheet), None)
        if ws is None:
            raise UnknownSheet(sheet=sheet)
    if hasattr(ws, "reset_dimensions"):
        ws.reset_dimensions()  # some writers store a wrong sheet size; let the reader find the real one
    rows = [[_cell(v) for v in r] for r in ws.iter_rows(values_only=True)]
    width = max((len(r) for r in rows), default=0)
    rows = [r + [None] * (width - len(r)) for r in rows]
    # A merged range keeps its value in the top-left cell only. Fill it down the range's first column, so that a
    # 班级 cell merged over forty students belongs to each of them, while a title merged across the columns stays
    # one cell and a field merged over two columns is still read from its first one. A row that is empty apart
    # from such filled-in values stays empty (a blank spacer row inside a merged 班级 cell is not a student).
    filled: dict[int, list[int]] = {}
    for min_col, min_row, _max_col, max_row in _merged_ranges(ws, data):
        top, left, bottom = min_row - 1, min_col - 1, max_row - 1
        if top >= len(rows):
            continue
        value = rows[top][left] if left < len(rows[top]) else None
        for r in range(top + 1, min(bottom, len(rows) - 1) + 1):
            if left < len(rows[r]) and value is not None:
                rows[r][left] = value
                filled.setdefault(r, []).append(left)
    for r, columns in filled.items():
        if all(rows[r][c] is None or c in columns for c in range(len(rows[r]))):
            for c in columns:
                rows[r][c] = None
    rows = _trim(rows)
    if not rows:
        raise EmptySheet(sheet=ws.title)
    return rows


def _cell(value: object) -> object:
    """A cell value as the domain reads it: whitespace-only text is empty; numbers, dates and times stay as they are."""
    return None if isinstance(value, str) and not value.strip() else value


def _trim(rows: list[list[object]]) -> list[list[object]]:
    def blank(v: object) -> bool:
        return v is None or (isinstance(v, str) and not v.strip())

    while rows and all(blank(v) for v in rows[-1]):
        rows.pop()
    width = max((max((i + 1 for i, v in enumerate(row) if not blank(v)), default=0) for row in rows), default=0)
    return [(row + [None] * width)[:width] for row in rows]


# --- csv and txt -----------------------------------------------------------------------------------------------

def decode_text(data: bytes) -> str:
    """Text of a csv file: UTF-8 (with or without BOM), UTF-16 (BOM, or the zero bytes of ASCII text show it),
    else GB18030, which also reads GBK and GB2312."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                          (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return _decode(data[len(bom):], encoding)
    head = data[:2000]
    if len(head) >= 4 and head.count(0) > len(head) // 4:
        even, odd = head[0::2].count(0), head[1::2].count(0)
        return _decode(data, "utf-16-le" if odd > even else "utf-16-be")
    if sum(1 for b in head if b < 32 and b not in b"\t\r\n") > max(2, len(head) // 200):
        raise NotARoster()  # binary: text in UTF-8 or GB18030 has no control bytes
    for encoding in ("utf-8", "gb18030"):
        try:
            return _checked(data.decode(encoding))
        except UnicodeDecodeError:
            continue
    raise UnknownEncoding()


def _decode(data: bytes, encoding: str) -> str:
    try:
        return _checked(data.decode(encoding))
    except UnicodeDecodeError:
        raise UnknownEncoding() from None


def _checked(text: str) -> str:
    """Text, not a binary file that happened to decode: control characters other than tab and line ends are rare."""
    controls = sum(1 for c in text[:20000] if ord(c) < 32 and c not in "\t\r\n" or c == "\ufffd")
    if controls > max(2, len(text[:20000]) // 200):
        raise NotARoster()
    return text


def detect_delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the most consistent number of columns (comma on a tie)."""
    sample = "\n".join(text.splitlines()[:_SNIFF_LINES])
    best, best_score = ",", (0, 0)
    for delimiter in _DELIMITERS:
        counts = [len(r) for r in csv.reader(io.StringIO(sample), delimiter=delimiter) if any(c.strip() for c in r)]
        wide = [n for n in counts if n > 1]
        if not wide:
            continue
        mode = max(set(wide), key=lambda n: (wide.count(n), n))
        score = (wide.count(mode), mode)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _text_rows(data: bytes) -> list[list[object]]:
    text = decode_text(data)
    if "\x00" in text:
        raise NotARoster()
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=detect_delimiter(text)))
    except csv.Error:
        raise NotARoster() from None
    rows = _trim([[cell if cell.strip() else None for cell in row] for row in rows])
    if not rows:
        raise EmptyRoster()
    return rows
