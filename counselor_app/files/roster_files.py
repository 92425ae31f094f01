"""Reading a roster file (xlsx, xls, csv, txt) into plain rows of cell values, for ``domain/roster.py``.

No Qt, no SQL. What the file is comes from its first bytes, not from its name: an .xlsx is a zip, an old .xls and
a password-protected .xlsx are OLE compound files, anything else is tried as delimited text. Every failure a user
can cause ends in a :class:`RosterFileError` with a message that says what to do; no message names the file (file
names of rosters often carry a class or a student's name).

Workbooks (xlsx and xls) are read with calamine (python-calamine, Rust): a 30,000-row sheet in well under a
second, where openpyxl took about ten. Merged ranges come from calamine too; the default sheet (the one active when
the workbook was saved, which calamine does not tell) from workbook.xml or the xls WINDOW1 record.

Rows come back as lists of equal length, trailing empty rows dropped. Workbooks: a date cell as ``date`` (or
``datetime`` when it has a time of day), a time as ``time``, whole numbers below 1e15 as int, other numbers as
float, booleans as bool, text as str, empty and error cells (#N/A …) as None; formulas give the value saved with
them. csv: every cell a str, empty cells None.

Before calamine sees a workbook, ``files/xlsx_guard.py`` and ``files/xls_guard.py`` look inside it: calamine trusts
the file (one cell in a far corner makes it allocate gigabytes and abort), so a sheet or a workbook beyond the limits
of ``files/limits.py`` is refused first. Every file is opened by ``files/opening.py`` (regular files only, at most
50 MB) and csv by ``files/text_files.py`` (decoded while parsed, limits checked as it goes).
"""
from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib
from pathlib import Path

from counselor_app.files import limits
from counselor_app.files.opening import read_file_bytes
from counselor_app.files.text_files import decode_text, detect_delimiter, text_rows  # noqa: F401
from counselor_app.files.xls_guard import check_xls
from counselor_app.files.xlsx_guard import check_xlsx
from counselor_app.files.errors import (  # noqa: F401 - the readers' errors, as callers know them
    CellTooLong, DamagedWorkbook, EmptyRoster, EmptySheet, EncryptedWorkbook, FileLocked, FileMissing, FileTooLarge,
    FileUnreadable, NotAFile, NotARoster, OldExcelFile, RosterFileError, SheetTooLarge, TooManyCells, TooManyColumns,
    TooManyRows, UnknownEncoding, UnknownSheet, WorkbookTooLarge,
)

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
_XLS_STREAM = "Workbook".encode("utf-16-le")  # the stream of an Excel 97-2003 workbook
_XLS5_STREAM = "Book".encode("utf-16-le")  # Excel 5.0/95
# streams of other OLE files a user may pick by mistake: Word, PowerPoint, Visio, Outlook messages
_OTHER_OLE_STREAMS = tuple(name.encode("utf-16-le") for name in (
    "WordDocument", "PowerPoint Document", "VisioDocument", "__properties_version1.0"))


# --- opening ---------------------------------------------------------------------------------------------------

def _kind(data: bytes) -> str:
    if not data.strip():
        raise EmptyRoster()
    if data.startswith(_OLE_MAGIC):
        if _ENCRYPTED_STREAM in data:
            raise EncryptedWorkbook()
        if _XLS_STREAM not in data and _XLS5_STREAM not in data and any(s in data for s in _OTHER_OLE_STREAMS):
            raise OldExcelFile()
        if _xls_has_password(data):
            raise EncryptedWorkbook()
        return "xls"  # or a damaged one (its directory lost), which calamine then refuses
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        return "xlsx"
    return "text"


class _Workbook:
    """A workbook opened with calamine: its worksheets (chart and macro sheets left out) and the default sheet."""

    def __init__(self, data: bytes, kind: str) -> None:
        import python_calamine  # imported when a workbook is read, not at start-up

        # calamine trusts the file (a cell in a far corner aborts the process): look inside first
        self.guard = check_xlsx(data) if kind == "xlsx" else None
        if kind == "xls":
            check_xls(data)   # calamine builds every sheet of an xls as it opens it
        workbook_xml = _xlsx_workbook_xml(data) if kind == "xlsx" else None
        try:
            self.book = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
            sheets = self.book.sheets_metadata
        except BaseException as exc:
            raise _calamine_error(exc) from None
        worksheet = python_calamine.SheetTypeEnum.WorkSheet
        visible = python_calamine.SheetVisibleEnum.Visible
        self.names = [s.name for s in sheets if s.typ == worksheet]
        # The sheet that was active when the workbook was saved; never a hidden one (Excel does not allow that, a
        # hand-made file might), else the first visible worksheet.
        active = _xlsx_active_tab(workbook_xml) if kind == "xlsx" else _xls_active_tab(data)
        candidates = ([sheets[active]] if active is not None and active < len(sheets) else []) + list(sheets)
        self.default = next((s.name for s in candidates if s.typ == worksheet and s.visible == visible),
                            self.names[0] if self.names else None)

    def rows(self, name: str) -> tuple[list[list[object]], list[tuple[tuple[int, int], tuple[int, int]]]]:
        """The cells of a sheet from A1 on (so row i is Excel's row i + 1) and its merged ranges, 0-based."""
        if self.guard is not None:
            self.guard.check_sheet(name)
        try:
            sheet = self.book.get_sheet_by_name(name)
            end = sheet.end
        except BaseException as exc:
            raise _calamine_error(exc) from None
        # A value typed in a far corner (Z3000) gives a sheet of millions of empty cells; as Python lists they would
        # take gigabytes and minutes. No roster comes near the limits (30,000 students x 40 columns is 1.2M cells).
        if end is not None and (end[0] >= limits.MAX_ROWS or end[1] >= limits.MAX_COLUMNS
                                or (end[0] + 1) * (end[1] + 1) > limits.max_cells()):
            raise SheetTooLarge(sheet=name, rows=end[0] + 1, columns=end[1] + 1)
        try:
            return sheet.to_python(skip_empty_area=False), sheet.merged_cell_ranges or []
        except BaseException as exc:
            raise _calamine_error(exc) from None

    def close(self) -> None:
        try:
            self.book.close()
        except Exception:  # already closed: nothing to release
            pass


def _calamine_error(exc: BaseException) -> BaseException:
    """The user's error for what calamine raised on a broken file; anything else is re-raised as it is."""
    import python_calamine

    if isinstance(exc, python_calamine.PasswordError):
        return EncryptedWorkbook()
    # calamine's own errors, an I/O error of the in-memory file, and the PanicException (a BaseException) with
    # which the Rust side reports the few damaged files it does not expect
    if isinstance(exc, (python_calamine.CalamineError, OSError, ValueError)) or \
            type(exc).__name__ == "PanicException":
        return DamagedWorkbook()
    raise exc


def _xlsx_workbook_xml(data: bytes) -> bytes:
    """workbook.xml of an xlsx, after checking that the zip is a workbook (an OpenDocument file or any other zip
    gets its own message)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = archive.namelist()
        path = "xl/workbook.xml" if "xl/workbook.xml" in names else \
            next((n for n in names if n.endswith("/workbook.xml")), None)
        if path is None:
            raise (OldExcelFile() if "mimetype" in names or "content.xml" in names else NotARoster())
        return archive.read(path)
    except (zipfile.BadZipFile, EOFError, ValueError, KeyError, OSError, NotImplementedError, zlib.error):
        raise DamagedWorkbook() from None


_ACTIVE_TAB = re.compile(rb"<(?:\w+:)?workbookView\b[^>]*?\sactiveTab=\"(\d+)\"")


def _xlsx_active_tab(workbook_xml: bytes) -> int | None:
    found = _ACTIVE_TAB.search(workbook_xml)
    return int(found.group(1)) if found else 0  # no activeTab attribute: the first sheet is the active one


# The BOF record that opens the workbook globals of BIFF8 (Excel 97-2003) or BIFF5 (Excel 5/95): type 0x0809,
# length 16 or 8, version 0x0600 or 0x0500, substream type 0x0005 (globals).
_BIFF_GLOBALS_BOF = re.compile(rb"\x09\x08[\x08\x10]\x00\x00[\x05\x06]\x05\x00")
_WINDOW1, _EOF = 0x003D, 0x000A
_FILEPASS = b"\x2f\x00"  # record type 0x002F


def _xls_has_password(data: bytes) -> bool:
    """Whether the xls is protected by a password to open it: a FILEPASS record right after the globals' BOF.
    (calamine says so too, but only when it is told the format; from bytes it reports any failure as "cannot
    detect file format".)"""
    found = _BIFF_GLOBALS_BOF.search(data)
    if found is None:
        return False
    length = struct.unpack_from("<H", data, found.start() + 2)[0]
    return data[found.start() + 4 + length:found.start() + 6 + length] == _FILEPASS


def _xls_active_tab(data: bytes) -> int | None:
    """The active sheet's index from the WINDOW1 record of an xls (calamine does not expose it).

    The globals open the Workbook stream, and WINDOW1 comes within their first records, so it is looked for by
    walking records from the globals' BOF in the file's bytes. That walk assumes the stream's first sectors lie in
    order, as every writer seen does; when it does not, the record chain breaks, the walk gives up, and the first
    visible sheet is the default (the user can still choose the sheet)."""
    found = _BIFF_GLOBALS_BOF.search(data)
    if found is None:
        return None
    pos = found.start()
    for _ in range(400):  # WINDOW1 follows a few dozen small records at most
        if pos + 4 > len(data):
            return None
        kind, length = struct.unpack_from("<HH", data, pos)
        if kind == _WINDOW1 and length >= 18 and pos + 16 <= len(data):
            return struct.unpack_from("<H", data, pos + 14)[0]
        if kind == _EOF or length > 8224:  # the end of the globals, or bytes that are not a record
            return None
        pos += 4 + length
    return None


def sheet_names(path: str | Path) -> list[str]:
    """The names of the worksheets of an xlsx or xls workbook, in order (hidden ones too, chart sheets not);
    [] for a csv or text file."""
    data = read_file_bytes(path)
    kind = _kind(data)
    if kind == "text":
        return []
    workbook = _Workbook(data, kind)
    try:
        return list(workbook.names)
    finally:
        workbook.close()


def read_rows(path: str | Path, sheet: str | None = None) -> list[list[object]]:
    """The rows of a roster file. ``sheet`` chooses a worksheet of a workbook (default: the sheet that was active
    when the workbook was saved); it is ignored for text files."""
    return read_workbook(path, sheet)[1]


def read_workbook(path: str | Path, sheet: str | None = None) -> tuple[list[str], list[list[object]]]:
    """``(sheet_names(path), read_rows(path, sheet))`` with the file read and parsed once."""
    names, _used, rows = read_sheet(path, sheet)
    return names, rows


def read_sheet(path: str | Path, sheet: str | None = None) -> tuple[list[str], str | None, list[list[object]]]:
    """(sheet names, the sheet read — the default one when ``sheet`` is None —, its rows), the file read and parsed
    once: an xls is parsed whole when it is opened (0.1-0.3 s for 30,000 rows). A text file has no sheets."""
    data = read_file_bytes(path)
    kind = _kind(data)
    if kind == "text":
        return [], None, _text_rows(data)
    workbook = _Workbook(data, kind)
    try:
        if not workbook.names:
            raise NotARoster()
        if sheet is None:
            sheet = workbook.default
        elif sheet not in workbook.names:
            raise UnknownSheet(sheet=sheet, sheets="、".join(workbook.names))
        cells, merged = workbook.rows(sheet)
        names = list(workbook.names)
    finally:
        workbook.close()
    return names, sheet, _sheet_rows(cells, merged, sheet)


# --- xlsx and xls ----------------------------------------------------------------------------------------------

_EXACT_FLOAT = 1e15  # Excel keeps 15 significant digits: whole floats below this are the integers typed


def _clean_cells(rows: list[list[object]]) -> None:
    """In place: empty and whitespace-only text becomes None, a whole float below 1e15 an int (the number a user
    typed; larger floats stay floats, so a 19-digit 学籍号 that Excel rounded is still recognised as rounded).
    A text longer than an Excel cell can hold is refused."""
    longest = limits.MAX_CELL_CHARS
    for number, row in enumerate(rows, 1):
        for i, value in enumerate(row):
            kind = type(value)
            if kind is str:
                if not value or value.isspace():
                    row[i] = None
                elif len(value) > longest:
                    raise CellTooLong(row=number, max=longest)
            elif kind is float and value.is_integer() and -_EXACT_FLOAT < value < _EXACT_FLOAT:
                row[i] = int(value)


def _sheet_rows(rows: list[list[object]], merged, sheet: str) -> list[list[object]]:
    _clean_cells(rows)
    # A merged range keeps its value in the top-left cell only. Fill it down the range's first column, so that a
    # 班级 cell merged over forty students belongs to each of them, while a title merged across the columns stays
    # one cell and a field merged over two columns is still read from its first one. A row that is empty apart
    # from such filled-in values stays empty (a blank spacer row inside a merged 班级 cell is not a student).
    filled: dict[int, list[int]] = {}
    if len(merged) > limits.MAX_MERGED_RANGES or \
            sum(max(0, min(bottom, len(rows) - 1) - top) for (top, _l), (bottom, _r) in merged) > limits.MAX_CELLS:
        raise SheetTooLarge(sheet=sheet, rows=len(rows), columns=max(map(len, rows), default=0))
    for (top, left), (bottom, _right) in merged:
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
        raise EmptySheet(sheet=sheet)
    return rows


def _trim(rows: list[list[object]]) -> list[list[object]]:
    """Trailing empty rows dropped, every row padded or cut to the width of the widest non-empty cell. Cells are
    already normalized: an empty cell is None. Rows are changed in place."""
    while rows and not any(v is not None for v in rows[-1]):
        rows.pop()
    width = 0
    for row in rows:
        end = len(row)
        while end > width and row[end - 1] is None:
            end -= 1
        width = max(width, end)
    for row in rows:
        if len(row) < width:
            row.extend([None] * (width - len(row)))
        elif len(row) > width:
            del row[width:]
    return rows


def _text_rows(data: bytes) -> list[list[object]]:
    rows = _trim(text_rows(data))
    if not rows:
        raise EmptyRoster()
    return rows
