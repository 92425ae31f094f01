"""A tiny writer of Excel 97-2003 (.xls) files for the hostile-file tests: a compound file (CFB, version 3) around
a BIFF8 Workbook stream built record by record, so that a test can put any record anywhere, with any value."""
from __future__ import annotations

import struct

SECTOR = 512
ENDOFCHAIN, FREESECT, FATSECT = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD


def record(typ: int, data: bytes = b"") -> bytes:
    return struct.pack("<HH", typ, len(data)) + data


def bof(substream: int) -> bytes:
    return record(0x0809, struct.pack("<HHHHII", 0x0600, substream, 0x0DBB, 0x07CC, 0, 0x0006))


def unicode_string(text: str) -> bytes:
    """XLUnicodeRichExtendedString without runs: cch, flags (UTF-16), characters."""
    return struct.pack("<HB", len(text), 1) + text.encode("utf-16-le")


def sst(strings: list[str], count: int | None = None) -> bytes:
    """The SST record and its CONTINUE records, as Excel splits them: a string's header never, its characters at a
    record boundary with the flags byte repeated at the start of the CONTINUE."""
    records: list[bytearray] = [bytearray(struct.pack("<ii", len(strings), len(strings) if count is None else count))]
    for text in strings:
        head, chars = struct.pack("<HB", len(text), 1), text.encode("utf-16-le")
        if len(records[-1]) + len(head) + 2 > 8224:
            records.append(bytearray())
        records[-1] += head
        while chars:
            room = (8224 - len(records[-1])) // 2 * 2
            if room == 0:
                records.append(bytearray(b"\x01"))
                continue
            records[-1] += chars[:room]
            chars = chars[room:]
    return record(0x00FC, bytes(records[0])) + b"".join(record(0x003C, bytes(r)) for r in records[1:])


def boundsheet(name: str, position: int = 0) -> bytes:
    return record(0x0085, struct.pack("<IBB", position, 0, 0) + struct.pack("<BB", len(name), 1)
                  + name.encode("utf-16-le"))


def dimensions(first_row: int, last_row: int, first_col: int, last_col: int) -> bytes:
    return record(0x0200, struct.pack("<IIHHH", first_row, last_row, first_col, last_col, 0))


def label_sst(row: int, col: int, index: int) -> bytes:
    return record(0x00FD, struct.pack("<HHHI", row, col, 15, index))


def number(row: int, col: int, value: float) -> bytes:
    return record(0x0203, struct.pack("<HHHd", row, col, 15, value))


def merge_cells(ranges: list[tuple[int, int, int, int]]) -> bytes:
    return record(0x00E5, struct.pack("<H", len(ranges)) + b"".join(struct.pack("<HHHH", *r) for r in ranges))


def workbook_stream(strings: list[str], sheets: dict[str, list[bytes]]) -> bytes:
    """Globals (BOF, the sheets' BoundSheet8 records, SST, EOF), then each sheet's substream."""
    names = list(sheets)
    placeholder = b"".join(boundsheet(n) for n in names)
    globals_part = bof(0x0005) + record(0x0042, struct.pack("<H", 1200)) + placeholder + sst(strings) + record(0x000A)
    bodies = [bof(0x0010) + b"".join(sheets[n]) + record(0x000A) for n in names]
    positions, pos = [], len(globals_part)
    for body in bodies:
        positions.append(pos)
        pos += len(body)
    real = b"".join(boundsheet(n, p) for n, p in zip(names, positions))
    return globals_part.replace(placeholder, real) + b"".join(bodies)


def compound_file(stream: bytes, name: str = "Workbook") -> bytes:
    """A version 3 compound file holding one stream (padded to 4096 bytes so that it is not a mini stream)."""
    stream = stream + b"\x00" * max(0, 4096 - len(stream))
    size = len(stream)
    n_stream = -(-size // SECTOR)
    n_dir = 1
    total = n_stream + n_dir
    n_fat = 1
    while n_fat * (SECTOR // 4) < total + n_fat:
        n_fat += 1
    fat = [FREESECT] * (n_fat * SECTOR // 4)
    for i in range(n_stream):
        fat[i] = i + 1 if i + 1 < n_stream else ENDOFCHAIN
    fat[n_stream] = ENDOFCHAIN                      # the directory
    for i in range(n_fat):
        fat[n_stream + n_dir + i] = FATSECT
    difat = [n_stream + n_dir + i for i in range(n_fat)] + [FREESECT] * (109 - n_fat)
    header = struct.pack("<8s16sHHHHH6sIIIIIIIII", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"\x00" * 16, 0x3E, 3,
                         0xFFFE, 9, 6, b"\x00" * 6, 0, n_fat, n_stream, 0, 4096, ENDOFCHAIN, 0, ENDOFCHAIN, 0)
    header += struct.pack("<109I", *difat)

    def entry(entry_name: str, kind: int, start: int, length: int, child: int = FREESECT) -> bytes:
        raw = entry_name.encode("utf-16-le") + b"\x00\x00"
        return (raw.ljust(64, b"\x00") + struct.pack("<HBBIII", len(raw), kind, 1, FREESECT, FREESECT, child)
                + b"\x00" * 16 + b"\x00" * 4 + b"\x00" * 16 + struct.pack("<IQ", start, length))

    directory = entry("Root Entry", 5, ENDOFCHAIN, 0, child=1) + entry(name, 2, 0, size)
    directory = directory.ljust(SECTOR, b"\x00")
    body = stream.ljust(n_stream * SECTOR, b"\x00") + directory + struct.pack(f"<{len(fat)}I", *fat)
    return header + body


def xls(strings: list[str], sheets: dict[str, list[bytes]]) -> bytes:
    return compound_file(workbook_stream(strings, sheets))
