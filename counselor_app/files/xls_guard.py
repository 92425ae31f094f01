"""Looking inside an Excel 97-2003 workbook (.xls) before calamine reads it (issue 10, finding 8).

calamine parses every sheet of an xls when it opens the workbook, and trusts what it reads: a cell record at row
65535, column 16383 makes it allocate a grid of a billion cells and abort; a DIMENSIONS record makes it reserve
rows x columns cells; every LABELSST cell gets its own copy of a shared string (a 300 KB file became 3 GB); each
formula is turned into text, where a space token repeats a space up to 255 times (a few MB of formulas kept it busy
for minutes). So, on the bytes, first:

- the compound file (CFB): header counts within the file, sector chains inside the file and without loops, stream
  sizes within the file; the Workbook (or Book) stream is read as calamine reads it;
- the BIFF records, walked as calamine walks them (the globals from the start, each sheet from the position its
  BOUNDSHEET record gives): the cells' rows and columns, DIMENSIONS, merged ranges, the SST's strings, and an upper
  bound of the text calamine makes of labels, shared strings and formulas.

Every sheet counts, since calamine builds them all; the limits apply to the workbook as a whole, except that a
sheet that is too large is named in the message.
"""
from __future__ import annotations

import re
import struct
import sys
from array import array
from dataclasses import dataclass

from counselor_app.files import limits
from counselor_app.files.errors import DamagedWorkbook, SheetTooLarge, WorkbookTooLarge

_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_END, _FREE = 0xFFFFFFFE, 0xFFFFFFFF
_MINI_CUTOFF = 4096        # calamine takes a stream under 4096 bytes from the mini stream, whatever the header says
_CONTINUE, _EOF, _BOF = 0x003C, 0x000A, 0x0809
# the records that give calamine a cell, each starting with its row and column: FORMULA, NUMBER, LABEL, BOOLERR, RK,
# LABELSST, RSTRING (found by trying every record type on python-calamine 0.9.1; BLANK and MULBLANK, which Excel
# writes for formatted empty cells, calamine leaves out)
_CELLS = frozenset({0x0006, 0x0203, 0x0204, 0x0205, 0x027E, 0x00FD, 0x00D6})
_FORMULA_MAX = 64 * 1024   # text of one formula (Excel allows 8,192 characters)


@dataclass
class _Sheet:
    name: str
    rows: int = 0
    columns: int = 0
    cells: int = 0
    merged: int = 0


def check_xls(data: bytes) -> None:
    """Refuse an xls that would make calamine pass a limit (or that calamine would misread into one)."""
    stream = _workbook_stream(data)
    _check_biff(stream)


# --- the compound file -------------------------------------------------------------------------------------------

def _workbook_stream(data: bytes) -> bytes:
    if len(data) < 512 or data[:8] != _MAGIC:
        raise DamagedWorkbook()
    shift, mini_shift = struct.unpack_from("<HH", data, 30)
    if shift not in (9, 12) or mini_shift != 6:
        raise DamagedWorkbook()
    size = 1 << shift
    n_dir, n_fat, dir_start, _tx, _cutoff, minifat_start, n_minifat, difat_start, n_difat = \
        struct.unpack_from("<9I", data, 40)
    sectors = max(0, (len(data) - size) // size) + 1   # the header takes a whole sector of 4096 bytes in version 4
    if max(n_dir, n_fat, n_minifat, n_difat) > sectors:
        raise DamagedWorkbook()   # calamine reserves memory by these counts

    def sector(number: int) -> bytes:
        if number >= sectors:
            raise DamagedWorkbook()
        start = size + number * size
        return data[start:start + size]

    difat = list(struct.unpack_from("<109I", data, 76))
    seen: set[int] = set()
    number = difat_start
    while number not in (_END, _FREE):
        if number in seen or len(seen) > n_difat:
            raise DamagedWorkbook()
        seen.add(number)
        entries = struct.unpack(f"<{size // 4}I", sector(number))
        difat.extend(entries[:-1])
        number = entries[-1]
    fat_sectors = [number for number in difat if number != _FREE]
    if len(fat_sectors) > 2 * (sectors // (size // 4) + 1) + 8:
        raise DamagedWorkbook()   # far more FAT than the file needs: calamine would build all of it
    fat = array("I")
    for number in fat_sectors:
        fat.frombytes(sector(number))
    if sys.byteorder == "big":
        fat.byteswap()

    def chain(start: int, table: array, read, length: int) -> bytes:
        """A stream's sectors, followed to the end of the chain as calamine follows them (a loop or a sector
        outside the table is damage), cut at ``length`` when it is given."""
        parts, seen_here, number, have = [], set(), start, 0
        while number != _END:
            if number in seen_here or number >= len(table):
                raise DamagedWorkbook()
            seen_here.add(number)
            if not length or have < length:
                part = read(number)
                parts.append(part)
                have += len(part)
            number = table[number]
        joined = b"".join(parts)
        return joined[:length] if length else joined

    directory = chain(dir_start, fat, sector, n_dir * size)
    entries = []
    for pos in range(0, len(directory) - 127, 128):
        raw = directory[pos:pos + 128]
        name_length = min(64, struct.unpack_from("<H", raw, 64)[0])
        name = raw[:name_length].decode("utf-16-le", "ignore").rstrip("\x00")
        start = struct.unpack_from("<I", raw, 116)[0]
        length = struct.unpack_from("<I" if size == 512 else "<Q", raw, 120)[0]
        entries.append((name, start, length))
    if not entries:
        raise DamagedWorkbook()
    for _name, _start, length in entries:
        if length > len(data):
            raise DamagedWorkbook()   # calamine reserves a stream's length before reading it
    _root, root_start, root_length = entries[0]
    mini_stream = chain(root_start, fat, sector, root_length) if root_length else b""
    minifat = array("I", chain(minifat_start, fat, sector, n_minifat * size) if n_minifat else b"")
    if sys.byteorder == "big":
        minifat.byteswap()

    def mini_sector(number: int) -> bytes:
        start = number * 64
        if start + 64 > len(mini_stream):
            raise DamagedWorkbook()
        return mini_stream[start:start + 64]

    streams = [(start, length) for name, start, length in entries if name.lower() in ("workbook", "book")]
    if not streams:
        raise DamagedWorkbook()
    found = b""
    for start, length in streams:   # calamine takes Workbook, else Book: both are checked, the longer is read
        stream = chain(start, minifat, mini_sector, length) if length < _MINI_CUTOFF else \
            chain(start, fat, sector, length)
        if len(streams) > 1:
            _check_biff(stream)
        found = stream if len(stream) >= len(found) else found
    return found


# --- the records -------------------------------------------------------------------------------------------------

def _records(stream: bytes, pos: int):
    """(type, start of its data, end of its data, [CONTINUE data]) from ``pos`` until EOF or the end, grouped as
    calamine's RecordIter groups them."""
    end = len(stream)
    unpack = struct.unpack_from
    while pos + 4 <= end:
        typ, length = unpack("<HH", stream, pos)
        start, stop = pos + 4, pos + 4 + length
        if stop > end:
            raise DamagedWorkbook()
        pos = stop
        more = []
        while pos + 4 < end and unpack("<H", stream, pos)[0] == _CONTINUE:
            length = unpack("<H", stream, pos + 2)[0]
            if pos + 4 + length > end:
                raise DamagedWorkbook()
            more.append(stream[pos + 4:pos + 4 + length])
            pos += 4 + length
        yield typ, start, stop, more
        if typ == _EOF:
            return


def _check_biff(stream: bytes) -> None:
    positions: list[tuple[int, str]] = []
    strings: list[int] = []        # characters of each SST string
    longest_name = 0               # a formula may copy a sheet's or a defined name
    for typ, start, stop, more in _records(stream, 0):
        if typ == 0x0085 and stop - start >= 8:
            name = _sheet_name(stream[start:stop])
            positions.append((struct.unpack_from("<I", stream, start)[0], name))
            longest_name = max(longest_name, len(name.encode()))
        elif typ == 0x0018 and stop - start >= 4:
            longest_name = max(longest_name, 3 * stream[start + 3])
        elif typ == 0x00FC:
            strings = _sst(stream[start:stop], more)
    text = cells = area = 0
    for position, name in positions:
        if position < len(stream):   # else calamine refuses it
            sheet, sheet_text = _walk_sheet(stream, position, name, strings, longest_name)
            if sheet.rows > limits.MAX_ROWS or sheet.columns > limits.MAX_COLUMNS or sheet.merged > \
                    limits.MAX_MERGED_RANGES or sheet.cells > limits.max_cells() or sheet.rows * sheet.columns > \
                    limits.max_cells():
                raise SheetTooLarge(sheet=name, rows=sheet.rows, columns=sheet.columns)
            text += sheet_text
            cells += sheet.cells
            area += sheet.rows * sheet.columns
    if cells > limits.max_cells() or area > limits.max_cells() or text > limits.MAX_TEXT_BYTES:
        raise WorkbookTooLarge(limit=limits.MAX_TEXT_BYTES // limits.MB)


_HEAD = struct.Struct("<HH").unpack_from
_U32 = struct.Struct("<I").unpack_from
_U16 = struct.Struct("<H").unpack_from


def _walk_sheet(stream: bytes, pos: int, name: str, strings: list[int], longest_name: int) -> tuple[_Sheet, int]:
    """A sheet's records from its BOF to its EOF, as calamine reads them: where its cells are, how many, and an upper
    bound of their text. A CONTINUE record is skipped, as calamine's grouping makes it. (The hot loop of the
    check: 30,000 rows of 15 cells are 450,000 records.)"""
    sheet = _Sheet(name)
    text = rows = columns = count = 0
    end = len(stream)
    cells, label_sst, count_limit = _CELLS, 0x00FD, limits.max_cells()
    while pos + 4 <= end:
        typ = stream[pos] | stream[pos + 1] << 8
        length = stream[pos + 2] | stream[pos + 3] << 8
        start = pos + 4
        pos = start + length
        if pos > end:
            raise DamagedWorkbook()
        if typ in cells:
            if length < 4:
                continue
            row = stream[start] | stream[start + 1] << 8
            col = stream[start + 2] | stream[start + 3] << 8
            if row >= rows:
                rows = row + 1
            if col >= columns:
                columns = col + 1
            count += 1
            if typ == label_sst:
                if length >= 10:
                    index = _U32(stream, start + 6)[0]
                    if index < len(strings):
                        text += 3 * strings[index]
            elif typ == 0x0204 or typ == 0x00D6:
                text += 3 * length
            elif typ == 0x0006:
                text += _formula_text(stream[start:pos], longest_name)
            if count > count_limit:
                break
        elif typ == _EOF:
            break
        elif typ == 0x0207:   # a formula's text result, placed at the formula's cell
            text += 3 * length
        elif typ == 0x00BD and length >= 6:   # MULRK: row, first column, …, last column
            row, first = _HEAD(stream, start)
            last = _U16(stream, pos - 2)[0]
            rows, columns = max(rows, row + 1), max(columns, first + 1, last + 1)
            count += abs(last - first) + 1
        elif typ == 0x0200:
            _dimensions(stream[start:pos])
        elif typ == 0x00E5 and length >= 2:
            sheet.merged += _U16(stream, start)[0]
            if sheet.merged > limits.MAX_MERGED_RANGES:
                break
    sheet.rows, sheet.columns, sheet.cells = rows, columns, count
    return sheet, text


def _dimensions(data: bytes) -> None:
    """DIMENSIONS as calamine reads it: it reserves rows x columns cells at once, so values beyond what an xls can
    hold (65,536 rows, 256 columns) or that its subtraction would wrap around make it abort. (Within those, the
    reservation is never touched and costs no memory: the cells decide.)"""
    if len(data) == 10:
        first_row, last_row, first_col, last_col = struct.unpack_from("<HHHH", data)
    elif len(data) == 14:
        first_row, last_row, first_col, last_col = struct.unpack_from("<IIHH", data)
    else:
        return   # calamine refuses it
    if last_row >= 1 and last_col >= 1 and (last_row - 1 < first_row or last_col - 1 < first_col or
                                            last_row > 65536 or last_col > 256):
        raise DamagedWorkbook()


def _sheet_name(data: bytes) -> str:
    """BOUNDSHEET8's name (BIFF8: a flags byte, then Latin-1 or UTF-16; BIFF5: code page bytes, read as GBK)."""
    count = data[6]
    if len(data) >= 8 + count and data[7] in (0, 1) and len(data) in (8 + count, 8 + 2 * count):
        raw = data[8:8 + count * (2 if data[7] else 1)]
        return raw.decode("utf-16-le" if data[7] else "latin-1", "replace")
    return data[7:7 + count].decode("gbk", "replace")


def _sst(data: bytes, more: list[bytes]) -> list[int]:
    """The characters of each SST string, walked as calamine walks them (a string's characters may go on in the
    next CONTINUE record, which starts with the flags byte again)."""
    if len(data) < 8:
        return []
    count = struct.unpack_from("<i", data, 4)[0]
    if count < 0 or count > limits.MAX_CELLS:
        raise WorkbookTooLarge(limit=limits.MAX_TEXT_BYTES // limits.MB)
    parts = [data[8:], *more]
    part, pos = 0, 0
    lengths: list[int] = []

    def skip(n: int) -> None:
        nonlocal part, pos
        while n > 0:
            if pos >= len(parts[part]):
                part, pos = part + 1, 0
                if part >= len(parts):
                    raise DamagedWorkbook()
                continue
            step = min(n, len(parts[part]) - pos)
            pos += step
            n -= step

    for _ in range(count):
        if pos >= len(parts[part]):
            part, pos = part + 1, 0
            if part >= len(parts):
                break   # calamine stops with an error: nothing more is built
        current = parts[part]
        if pos + 3 > len(current):
            break
        chars, flags = struct.unpack_from("<HB", current, pos)
        pos += 3
        runs = extra = 0
        if flags & 0x8:
            if pos + 2 > len(current):
                break
            runs = struct.unpack_from("<H", current, pos)[0]
            pos += 2
        if flags & 0x4:
            if pos + 4 > len(current):
                break
            extra = struct.unpack_from("<i", current, pos)[0]
            pos += 4
            if extra < 0:
                break
        wide = flags & 0x1
        left = chars
        try:
            while left:
                if pos >= len(parts[part]):
                    part, pos = part + 1, 0
                    if part >= len(parts) or not parts[part]:
                        raise DamagedWorkbook()
                    wide = parts[part][0] & 0x1
                    pos = 1
                    continue
                available = (len(parts[part]) - pos) // (2 if wide else 1)
                if available == 0:
                    raise DamagedWorkbook()
                step = min(left, available)
                pos += step * (2 if wide else 1)
                left -= step
            skip(runs * 4 + extra)
        except DamagedWorkbook:
            lengths.append(chars)
            break
        lengths.append(chars)
    return lengths


def _formula_text(data: bytes, longest_name: int) -> int:
    """An upper bound of the bytes of text calamine makes of a FORMULA record: 8 for each byte of the expression (a
    function's name, a number, a reference), a sheet's or defined name where a token may copy one, and the spaces a
    space token repeats; refused when one formula alone would be longer than any Excel allows."""
    if len(data) < 22:
        return 0
    length = struct.unpack_from("<H", data, 20)[0]
    expression = data[22:22 + length]
    text = 128 + 8 * len(expression)
    text += (len(expression) - len(expression.translate(None, _COPIES_NAME))) * (longest_name + 16)
    text += sum(found[0] for found in _SPACES.findall(expression))
    if text > _FORMULA_MAX:
        raise WorkbookTooLarge(limit=limits.MAX_TEXT_BYTES // limits.MB)
    return text


# tokens that copy a sheet's or a defined name into the formula's text (PtgRef3d, PtgArea3d, their error forms,
# PtgName) in their three classes, and the space token (PtgAttrSpace: 0x19, 0x40 or 0x41, a kind, a count)
_COPIES_NAME = bytes([0x3A, 0x5A, 0x7A, 0x3B, 0x5B, 0x7B, 0x3C, 0x5C, 0x7C, 0x3D, 0x5D, 0x7D, 0x23, 0x43, 0x63])
_SPACES = re.compile(rb"\x19[\x40\x41].(.)", re.S)
