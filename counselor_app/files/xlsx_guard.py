"""Looking inside an xlsx before calamine reads it, so that a hostile workbook is refused instead of aborting the
process or eating the memory (issue 10, finding 8).

calamine trusts the file: it builds a sheet as a dense grid from its first to its last cell (one cell typed in
XFD1048576 asks for 512 GiB and aborts), copies a shared string into every cell that shows it, and unpacks parts
as far as their data goes. So, on the bytes, before calamine sees them:

- the zip: at most ``MAX_ZIP_MEMBERS`` parts, no name twice, deflate or stored only, every part unpacked here as far
  as its data really goes (not as far as the zip's directory says), no part beyond the size it declares, all of
  them together under ``MAX_UNPACKED_BYTES``, none packed tighter than ``MAX_RATIO`` to 1 (a zip bomb);
- every part is scanned as it is unpacked, a chunk at a time, for what calamine would make of it as a sheet: the
  last row and column of its cells (from each cell's ``r``; where a cell has none, by following calamine's own
  counting of rows and columns), the number of cells and merged ranges, and its text: the text between its tags
  plus, for each number in a ``<v>``, the length of the shared string of that index (a number that is no string
  index costs nothing; one that is counts, which may overcount and never undercounts);
- the shared strings: their total size, and the size of each one, in calamine's order.

The dimension a sheet declares (``<dimension ref=…>``) is not used: only the cells count. A part that is not a sheet
is scanned too (cheap, and nothing has to know which part calamine will take for a sheet); what its name maps to is
only used to name the sheet in a message.
"""
from __future__ import annotations

import html
import io
import re
import zipfile
import zlib
from array import array
from collections import Counter, deque
from dataclasses import dataclass

from counselor_app.files import limits
from counselor_app.files.errors import DamagedWorkbook, SheetTooLarge, WorkbookTooLarge

_IN_CHUNK = 64 * 1024            # compressed bytes handed to zlib at a time
_OUT_CHUNK = 4 * 1024 * 1024     # unpacked bytes scanned at a time
_CARRY_LIMIT = 16 * 1024 * 1024  # the unfinished tag or string carried to the next chunk (a tag is a few hundred)
_SHARED = "xl/sharedstrings.xml"

_P = rb"(?:[A-Za-z_][\w.-]*:)?"  # a namespace prefix: calamine compares local names
# a chunk with a namespace prefix on a cell, value or text, or with a comment or CDATA (<!), takes the general
# patterns; ":" is rare in a sheet, so this is quick to search
_ODD_PREFIX = re.compile(rb":[cvt][\s/>]")
_C_START = re.compile(b"<" + _P + rb"c[\s/>]")
_C_PLAIN = re.compile(rb"<c[\s/>]")
_C_COLUMN = re.compile(rb'<c r="([A-Z]{1,3})[1-9]')    # r first, as every writer puts it
_C_ROW = re.compile(rb'<c r="[A-Z]{1,3}([1-9][0-9]{0,6})"')
_V_NUMBER = re.compile(b"<" + _P + rb"v(?:\s[^>]*)?>\s*\+?0*([0-9]{1,10})\s*<")
_T_TEXT = re.compile(rb"<t(?:\s[^>]*)?>([^<]*)")
_V_TEXT = re.compile(rb"<v(?:\s[^>]*)?>([^<]*)")
_ANY_TAG = re.compile(rb"<[^>]*>")
_TAG = re.compile(b"<(/?)" + _P + rb"""(row|c)(?=[\s/>])((?:[^>"']|"[^"]*"|'[^']*')*)>""")
_R_ATTR = re.compile(rb"""(?:^|\s)r\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_REF = re.compile(rb"([A-Za-z]{1,3})([0-9]{1,7})")
_ROW_NUMBER = re.compile(rb"[0-9]{1,7}")
_SI_START = re.compile(b"<" + _P + rb"si(?=[\s/>])([^>]*)>")
_SI_END = re.compile(b"</" + _P + rb"si\s*>")
_SI_TEXT = re.compile(b"<" + _P + rb"(?:t|r)[\s>]")
_SI_PHONETIC = re.compile(b"<" + _P + rb"rPh[\s/>]")
_SI_PLAIN = re.compile(rb"<si>(.*?)</si>", re.S)
_SI_ODD = (b":si", b"<si ", b"<si/", b"<si\t", b"<si\n", b"<si\r")
_NOT_PLAIN = re.compile(rb"<!--|<!\[CDATA\[|<!DOCTYPE|<!ENTITY", re.I)


@dataclass
class Part:
    """What a part of the zip would give as a sheet."""
    rows: int = 0           # the last row and column of its cells, 1-based
    columns: int = 0
    cells: int = 0
    merged: int = 0
    text: int = 0           # bytes of its text: between tags, and of the shared strings its <v> numbers name


@dataclass
class Checked:
    """An xlsx that passed the checks of the zip: the parts as sheets, and how to name them."""
    parts: dict[str, Part]
    sheet_parts: dict[str, str]  # sheet name -> part, when the workbook says so plainly

    def check_sheet(self, name: str) -> None:
        """Refuse the sheet ``name`` if reading it would pass a limit. When its part is not known for sure, every
        part is held to the limits."""
        part = self.sheet_parts.get(name)
        candidates = [self.parts[part]] if part in self.parts else list(self.parts.values())
        for found in candidates:
            _check_part(found, name)


def check_xlsx(data: bytes) -> Checked:
    """The checks of an xlsx's zip and parts; raises the user's error for a workbook that passes a limit."""
    if data.count(b"PK\x01\x02") > limits.MAX_ZIP_MEMBERS:   # every entry of the zip's directory starts so
        raise WorkbookTooLarge(limit=limits.MAX_UNPACKED_BYTES // limits.MB)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, EOFError, ValueError, OSError, NotImplementedError):
        raise DamagedWorkbook() from None
    names = [info.filename.lower() for info in infos]
    if len(infos) > limits.MAX_ZIP_MEMBERS:
        raise WorkbookTooLarge(limit=limits.MAX_UNPACKED_BYTES // limits.MB)
    if len(set(names)) != len(names):
        raise DamagedWorkbook()   # two parts of one name: which one a reader takes is anybody's guess
    if sum(info.file_size for info in infos) > limits.MAX_UNPACKED_BYTES:
        raise WorkbookTooLarge(limit=limits.MAX_UNPACKED_BYTES // limits.MB)
    # the shared strings first: a sheet's text counts the strings its cells name
    shared = next((_shared_strings(data, info) for info in infos if info.filename.lower() == _SHARED), array("q"))
    parts: dict[str, Part] = {}
    for info in infos:
        if info.filename.lower() != _SHARED:
            scan = _PartScan(shared, info.file_size)
            for chunk in _unpack(data, info):
                scan.feed(chunk)
            parts[info.filename] = scan.finish()
    return Checked(parts, _sheet_parts(archive, set(parts)))


# --- unpacking ---------------------------------------------------------------------------------------------------

def _unpack(data: bytes, info: zipfile.ZipInfo):
    """The unpacked bytes of a part, a chunk at a time, as far as its compressed data goes; refused when it
    unpacks to more than it declares or packs tighter than a zip bomb would."""
    if info.flag_bits & 0x1 or info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise DamagedWorkbook()   # encrypted, or a method Excel does not write
    start = info.header_offset
    if data[start:start + 4] != b"PK\x03\x04":
        raise DamagedWorkbook()
    start += 30 + int.from_bytes(data[start + 26:start + 28], "little") + \
        int.from_bytes(data[start + 28:start + 30], "little")
    packed = memoryview(data)[start:start + info.compress_size]
    declared = info.file_size
    if declared > 1024 * 1024 and declared > limits.MAX_RATIO * max(1, len(packed)):
        raise WorkbookTooLarge(limit=limits.MAX_UNPACKED_BYTES // limits.MB)
    if info.compress_type == zipfile.ZIP_STORED:
        if len(packed) != declared:
            raise DamagedWorkbook()
        for pos in range(0, declared, _OUT_CHUNK):
            yield bytes(packed[pos:pos + _OUT_CHUNK])
        return
    inflate = zlib.decompressobj(-15)
    total = 0
    try:
        for pos in range(0, len(packed), _IN_CHUNK):
            pending = packed[pos:pos + _IN_CHUNK]
            while pending and not inflate.eof:
                out = inflate.decompress(pending, _OUT_CHUNK)
                pending = inflate.unconsumed_tail
                total += len(out)
                if total > declared:
                    raise DamagedWorkbook()   # the directory lies about the size: a bomb in disguise
                if out:
                    yield out
            if inflate.eof:
                break
    except zlib.error:
        raise DamagedWorkbook() from None
    if total != declared:
        raise DamagedWorkbook()


# --- a part, scanned as a sheet --------------------------------------------------------------------------------

class _PartScan:
    """The cells of a part, a chunk at a time.

    Fast path: every cell starts ``<c r="A1"`` (what Excel, WPS, LibreOffice, openpyxl and xlsxwriter write), so
    the positions are those references, found with patterns that start with a literal (quick to search) and
    ``bytes.count``. A chunk with namespace prefixes on cells or values, comments or CDATA is read with general
    patterns instead. When some cell has no plain ``r``, the whole part is followed tag by tag as calamine does: a
    ``<row>`` with ``r`` moves to that row, ``</row>`` to the next one and back to column A; a cell with an ``r``
    of letters and digits is there, one without (or with an ``r`` calamine would ignore) after the previous cell.
    A part that unpacks to less than half the text limit cannot hold more text than its size; only a larger one
    has its text measured."""

    def __init__(self, shared: array, size: int) -> None:
        self.part = Part(text=0 if size > limits.MAX_TEXT_BYTES // 2 else size)
        self.measure_text = size > limits.MAX_TEXT_BYTES // 2
        self.shared = shared
        self.values: Counter[bytes] = Counter()
        self.carry = b""
        self.columns: set[bytes] = set()
        self.row_numbers: set[bytes] = set()
        self.slow = False
        self.row_index = 0       # calamine's counters, 0-based (slow path only)
        self.col_index = 0

    def feed(self, chunk: bytes) -> None:
        text = self.carry + chunk if self.carry else chunk
        cut = text.rfind(b"<")   # an unfinished tag goes with the next chunk
        if cut < 0:
            cut = len(text)
        self.carry = text[cut:]
        if len(self.carry) > _CARRY_LIMIT:
            raise DamagedWorkbook()
        self._scan(text[:cut])

    def finish(self) -> Part:
        self._scan(self.carry)
        self._count_shared()
        self.carry = b""
        part = self.part
        if not self.slow:
            part.columns = max((_column_number(c) for c in self.columns), default=0)
            part.rows = max(map(int, self.row_numbers), default=0)
        return part

    def _count_shared(self) -> None:
        shared, count = self.shared, len(self.shared)
        for value, times in self.values.items():
            index = _index(value)
            if index is not None and index < count:
                self.part.text += shared[index] * times
        self.values.clear()

    def _scan(self, text: bytes) -> None:
        if not text:
            return
        part = self.part
        general = b"<!" in text or _ODD_PREFIX.search(text) is not None
        cells = len((_C_START if general else _C_PLAIN).findall(text))
        part.cells += cells
        part.merged += text.count(b"mergeCell")   # and mergeCells twice: an overcount of two
        values = _V_TEXT.findall(text) if cells and not general else ()
        if self.measure_text:
            part.text += len(text) - sum(map(len, _ANY_TAG.findall(text))) if general else \
                sum(map(len, _T_TEXT.findall(text))) + sum(map(len, values))
        if cells and self.shared:
            # each number that is a shared string's index counts as that string (a cell may show it); the values
            # are counted over many chunks and looked up once each
            self.values.update(_V_NUMBER.findall(text) if general else values)
            if len(self.values) > 100_000:
                self._count_shared()
        if not self.slow:
            columns = _C_COLUMN.findall(text)
            if len(columns) == cells:
                self.columns.update(columns)
                self.row_numbers.update(_C_ROW.findall(text))
                return
            self.slow = True
            self.row_index = self.col_index = 0
            part.rows = max(map(int, self.row_numbers), default=0)
            part.columns = max((_column_number(c) for c in self.columns), default=0)
        if part.cells <= limits.max_cells():   # beyond, the sheet is refused anyway: not worth the walk
            self._follow(text, cells)

    def _follow(self, text: bytes, cells: int) -> None:
        """The slow path: calamine's own walk over rows and cells (conservative where it would ignore a tag)."""
        part = self.part
        followed = 0
        for closing, name, attrs in _TAG.findall(text):
            if name == b"row":
                if closing:
                    self.row_index += 1
                    self.col_index = 0
                elif not attrs.endswith(b"/"):
                    number = _attr_r(attrs)
                    if number is not None:
                        if not _ROW_NUMBER.fullmatch(number) or int(number) == 0:
                            raise DamagedWorkbook()
                        self.row_index = int(number) - 1
                continue
            if closing:
                continue
            followed += 1
            ref = _attr_r(attrs)
            if ref is not None and b"&" in ref:
                ref = None   # calamine ignores an r it would have to unescape
            found = _REF.fullmatch(ref) if ref is not None else None
            if ref is not None and not found:
                raise DamagedWorkbook()   # calamine refuses it too
            if found:
                row, col = int(found.group(2)) - 1, _column_number(found.group(1).upper()) - 1
            else:
                row, col = self.row_index, self.col_index
            self.col_index = col + 1
            part.rows = max(part.rows, row + 1)
            part.columns = max(part.columns, col + 1)
        if followed != cells:
            raise DamagedWorkbook()   # a cell tag this walk could not read: calamine might place it anywhere


def _index(value: bytes) -> int | None:
    """The shared string a ``<v>`` may name: digits, perhaps with spaces and a plus sign around them."""
    value = value.strip().lstrip(b"+")
    return int(value) if value.isdigit() and len(value) <= 10 else None


def _attr_r(attrs: bytes) -> bytes | None:
    found = _R_ATTR.findall(attrs)
    if len(found) > 1:
        raise DamagedWorkbook()   # r twice: refused by the XML reader too
    return (found[0][0] or found[0][1]) if found else None


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


def _check_part(part: Part, sheet: str) -> None:
    if part.rows > limits.MAX_ROWS or part.columns > limits.MAX_COLUMNS or \
            part.rows * part.columns > limits.max_cells() or part.cells > limits.max_cells() or \
            part.merged > limits.MAX_MERGED_RANGES:
        raise SheetTooLarge(sheet=sheet, rows=part.rows, columns=part.columns)
    if part.text > limits.MAX_TEXT_BYTES:
        raise WorkbookTooLarge(limit=limits.MAX_TEXT_BYTES // limits.MB)


# --- shared strings ----------------------------------------------------------------------------------------------

def _shared_strings(data: bytes, info: zipfile.ZipInfo) -> array:
    """The size in bytes of each shared string as calamine numbers them (at least the bytes of its text).

    calamine leaves out an ``<si>`` without text (no ``<t>`` or ``<r>``, a self-closing one, one with only
    phonetic text), so from such an element on, calamine's string ``i`` may be one of the next ones: each size is
    then the largest of those it may stand for."""
    sizes = array("q")
    skippable = 0
    carry = b""
    total = 0
    for chunk in _unpack(data, info):
        text = carry + chunk if carry else chunk
        if _NOT_PLAIN.search(text):
            raise DamagedWorkbook()   # a comment or CDATA could hide or fake a string and shift the numbering
        pos = 0
        if not any(mark in text for mark in _SI_ODD):
            pos, skipped = _plain_strings(text, sizes)
            skippable += skipped
        while True:
            start = _SI_START.search(text, pos)
            if start is None:
                break
            if start.group(1).endswith(b"/"):
                end, size = start.end(), 0
                skippable += 1
            else:
                close = _SI_END.search(text, start.end())
                if close is None:
                    pos = start.start()
                    break
                end = close.end()
                if not _SI_TEXT.search(text, start.end(), close.start()) or \
                        _SI_PHONETIC.search(text, start.end(), close.start()):
                    skippable += 1
                # the text inside: its bytes less three for each tag in it (<t> is the shortest)
                size = close.start() - start.end() - 3 * text.count(b"<", start.end(), close.start())
            size = max(0, size)
            sizes.append(size)
            total += size
            pos = end
        carry = text[pos:]
        if len(carry) > _CARRY_LIMIT:
            raise DamagedWorkbook()
        if total > limits.MAX_TEXT_BYTES or len(sizes) > limits.MAX_CELLS:
            raise WorkbookTooLarge(limit=limits.MAX_TEXT_BYTES // limits.MB)
    return _window_max(sizes, skippable + 1) if skippable else sizes


def _plain_strings(text: bytes, sizes: array) -> tuple[int, int]:
    """The complete ``<si>…</si>`` elements of a chunk without attributes, prefixes or self-closing ones (what
    every writer makes), all at once: (where the rest begins, how many of them calamine may leave out)."""
    end = text.rfind(b"</si>")
    if end < 0:
        return 0, 0
    end += 5
    inners = _SI_PLAIN.findall(text, 0, end)
    if len(inners) != text.count(b"<si>", 0, end):
        return 0, 0   # something odd: the general loop reads the chunk
    sizes.extend(max(0, len(inner) - 3 * inner.count(b"<")) for inner in inners)
    skipped = sum(1 for inner in inners if not _SI_TEXT.search(inner) or b"rPh" in inner)
    return end, skipped


def _window_max(sizes: array, window: int) -> array:
    """Each size replaced by the largest of it and the ``window - 1`` after it (a sliding maximum, linear)."""
    out = array("q", sizes)
    best: deque[int] = deque()   # indexes of a decreasing run of sizes, the largest first
    for i in range(len(sizes) - 1, -1, -1):
        while best and sizes[best[-1]] <= sizes[i]:
            best.pop()
        best.append(i)
        if best[0] >= i + window:
            best.popleft()
        out[i] = sizes[best[0]]
    return out


# --- naming the parts --------------------------------------------------------------------------------------------

_SHEET_TAG = re.compile(b"<" + _P + rb"sheet\s([^>]*)>")
_NAME_ATTR = re.compile(rb"""(?:^|\s)name\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_ID_ATTR = re.compile(rb"""(?:^|\s)[\w.-]+:id\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_RELATIONSHIP = re.compile(b"<" + _P + rb"Relationship\s([^>]*)>")
_REL_ID = re.compile(rb"""(?:^|\s)Id\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_TARGET = re.compile(rb"""(?:^|\s)Target\s*=\s*(?:"([^"]*)"|'([^']*)')""")


def _sheet_parts(archive: zipfile.ZipFile, parts: set[str]) -> dict[str, str]:
    """Sheet name -> part, from workbook.xml and its relationships, where both say it plainly as calamine reads
    them; {} otherwise (then every part is held to the limits)."""
    try:
        workbook_xml = archive.read("xl/workbook.xml")
        rels = archive.read("xl/_rels/workbook.xml.rels")
    except (KeyError, zipfile.BadZipFile, OSError, zlib.error, EOFError, NotImplementedError):
        return {}
    targets = {}
    for attrs in _RELATIONSHIP.findall(rels):
        rel_id, target = _value(_REL_ID, attrs), _value(_TARGET, attrs)
        if rel_id is not None and target is not None:
            targets[rel_id] = target
    found: dict[str, str] = {}
    for attrs in _SHEET_TAG.findall(workbook_xml):
        name, rel_id = _value(_NAME_ATTR, attrs), _value(_ID_ATTR, attrs)
        target = targets.get(rel_id) if rel_id is not None else None
        if name is None or target is None or any(c in target for c in ("..", "\\", "./", "%", "&", ":")):
            continue
        path = target[1:] if target.startswith("/xl/") else target if target.startswith("xl/") else "xl/" + target
        name = html.unescape(name)
        if path in parts and name not in found:
            found[name] = path
    return found


def _value(pattern: re.Pattern, attrs: bytes) -> str | None:
    found = pattern.findall(attrs)
    if len(found) != 1:
        return None
    return (found[0][0] or found[0][1]).decode("utf-8", "replace")
