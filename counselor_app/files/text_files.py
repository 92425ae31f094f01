"""Reading a csv or txt roster into rows of text cells, within the limits of ``files/limits.py``.

The encoding comes from a byte-order mark, the zero bytes of UTF-16, or a trial decoding (UTF-8, else GB18030,
which also reads GBK and GB2312); the delimiter from the first lines. The file's bytes are decoded as they are
parsed, never into one string, and nothing grows without a check:

- before parsing, the delimiters and line ends are counted in the bytes: they bound the number of cells the csv
  module can make, which must stay under ``MAX_CELLS`` (a line of twenty million commas is refused before it is
  split into twenty million strings);
- lines are read at most ``MAX_COLUMNS x MAX_CELL_CHARS`` characters at a time (a longer line must hold too many
  columns or a cell longer than Excel's);
- while parsing, every row is checked against ``MAX_ROWS``, ``MAX_COLUMNS`` and ``MAX_CELL_CHARS``;
- a file of more than ``MAX_CELLS`` cells (an export of answer sheets, read within ``limits.answer_sheets()``) keeps
  one string per different value, and at most ``MAX_CELLS`` different values.
"""
from __future__ import annotations

import codecs
import csv
import io
from typing import Iterator

from counselor_app.files import limits
from counselor_app.files.errors import (
    CellTooLong, EmptyRoster, NotARoster, TooManyCells, TooManyColumns, TooManyRows, TooManyValues, UnknownEncoding,
)

DELIMITERS = (",", "\t", ";", "|")
_SNIFF_LINES = 50
_SNIFF_BYTES = 256 * 1024
_CHECKED_CHARS = 20_000     # the start of the text, where a binary file shows its control characters
_CHUNK = 1024 * 1024
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


def text_encoding(data: bytes) -> tuple[str, int]:
    """(encoding, length of its byte-order mark) of a text file; the whole file is decoded once to check it."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            if not _decodes(data, len(bom), encoding):
                raise UnknownEncoding()
            return encoding, len(bom)
    head = data[:2000]
    if len(head) >= 4 and head.count(0) > len(head) // 4:
        even, odd = head[0::2].count(0), head[1::2].count(0)
        encoding = "utf-16-le" if odd > even else "utf-16-be"
        if not _decodes(data, 0, encoding):
            raise UnknownEncoding()
        return encoding, 0
    if sum(1 for b in head if b < 32 and b not in b"\t\r\n") > max(2, len(head) // 200):
        raise NotARoster()  # binary: text in UTF-8 or GB18030 has no control bytes
    for encoding in ("utf-8", "gb18030"):
        if _decodes(data, 0, encoding):
            return encoding, 0
    raise UnknownEncoding()


def _decodes(data: bytes, start: int, encoding: str) -> bool:
    """Whether ``data[start:]`` is text in ``encoding``, decoded a chunk at a time and thrown away; a binary file
    that happens to decode (many control characters at its start) is no roster."""
    decoder = codecs.getincrementaldecoder(encoding)()
    view = memoryview(data)
    checked = False
    try:
        for pos in range(start, max(len(data), start + 1), _CHUNK):
            text = decoder.decode(view[pos:pos + _CHUNK], final=pos + _CHUNK >= len(data))
            if not checked and (len(text) >= _CHECKED_CHARS or pos + _CHUNK >= len(data)):
                _check_controls(text[:_CHECKED_CHARS])
                checked = True
    except UnicodeDecodeError:
        return False
    return True


def _check_controls(text: str) -> None:
    """Text, not a binary file that happened to decode: control characters other than tab and line ends are rare."""
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\t\r\n" or c == "\ufffd")
    if controls > max(2, len(text) // 200):
        raise NotARoster()


def decode_text(data: bytes) -> str:
    """The text of a (small) csv file in its encoding (see :func:`text_encoding`)."""
    encoding, start = text_encoding(data)
    return data[start:].decode(encoding)


def detect_delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the most consistent number of columns (comma on a tie).

    Consistency is the share of the non-blank records that have the most common width (of two or more columns),
    then that width: a wrong delimiter can misread quotes and so split a file into more records, which a plain
    count of records would reward."""
    sample = "\n".join(text.splitlines()[:_SNIFF_LINES])
    best, best_score = ",", (0.0, 0)
    for delimiter in DELIMITERS:
        try:
            counts = [len(r) for r in csv.reader(io.StringIO(sample), delimiter=delimiter)
                      if any(c.strip() for c in r)]
        except csv.Error:   # a cell over the csv module's limit: the reading says so
            continue
        wide = [n for n in counts if n > 1]
        if not wide:
            continue
        mode = max(set(wide), key=lambda n: (wide.count(n), n))
        score = (wide.count(mode) / len(counts), mode)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def text_rows(data: bytes) -> list[list[object]]:
    """The rows of a text file, every cell a str or None (empty), not yet trimmed."""
    encoding, start = text_encoding(data)
    delimiter = detect_delimiter(data[start:start + _SNIFF_BYTES].decode(encoding, errors="ignore"))
    # every cell the csv module makes ends at a delimiter or a line end: their count bounds the cells
    cells = sum(data.count(mark.encode(encoding)) for mark in (delimiter, "\n", "\r")) + 1
    if cells > limits.max_cells():
        raise TooManyCells(max=limits.max_cells())
    source = io.BytesIO(data)
    source.seek(start)
    stream = io.TextIOWrapper(source, encoding=encoding, newline="")
    rows: list[list[object]] = []
    max_rows, max_columns, max_chars = limits.MAX_ROWS, limits.MAX_COLUMNS, limits.MAX_CELL_CHARS
    # More cells than MAX_CELLS (an export of answer sheets, limits.answer_sheets): the cells share one string per
    # different value, and the different values may not be more than MAX_CELLS: the memory of MAX_CELLS cells.
    shared: dict[str, str] | None = {} if cells > limits.MAX_CELLS else None
    most_values = limits.MAX_CELLS
    reader = csv.reader(_lines(stream, delimiter, rows), delimiter=delimiter)
    try:
        for row in reader:
            if len(rows) >= max_rows:
                raise TooManyRows(max=max_rows)
            if len(row) > max_columns:
                raise TooManyColumns(row=len(rows) + 1, max=max_columns)
            if row and max(map(len, row)) > max_chars:
                raise CellTooLong(row=len(rows) + 1, max=max_chars)
            cleaned: list[object] = [None if not cell or cell.isspace() else cell for cell in row]
            if shared is not None:
                cleaned = [cell if cell is None else shared.setdefault(cell, cell) for cell in cleaned]
                if len(shared) > most_values:
                    raise TooManyValues(max=most_values)
            rows.append(cleaned)
    except csv.Error as exc:   # the csv module's own limit is 131,072 characters a cell; NUL in Python < 3.13
        if "field limit" in str(exc):
            raise CellTooLong(row=len(rows) + 1, max=max_chars) from None
        raise NotARoster() from None
    if not rows:
        raise EmptyRoster()
    return rows


def _lines(stream: io.TextIOWrapper, delimiter: str, rows: list) -> Iterator[str]:
    """The physical lines of the text, none longer than a full row of the longest cells could be."""
    most = limits.MAX_COLUMNS * (limits.MAX_CELL_CHARS + 1)
    while True:
        line = stream.readline(most + 1)
        if not line:
            return
        if len(line) > most:
            if line.count(delimiter) >= limits.MAX_COLUMNS:
                raise TooManyColumns(row=len(rows) + 1, max=limits.MAX_COLUMNS)
            raise CellTooLong(row=len(rows) + 1, max=limits.MAX_CELL_CHARS)
        if "\x00" in line:      # once a line rather than once a cell: a NUL is in some cell of it
            raise NotARoster()
        yield line
