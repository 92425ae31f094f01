"""Hostile files of the import, built on demand (none is kept in the repository): what the adversarial probe of
issue 10 (finding 8) used, and their kin. Used by tests/files, tests/cli and bench/bench_hostile_files.py."""
from __future__ import annotations

import os
import zipfile
from pathlib import Path

from biff_writer import dimensions, label_sst, number, xls

CONTENT_TYPES = (b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                 b'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
                 b'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/'
                 b'workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+'
                 b'xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
                 b'officedocument.spreadsheetml.worksheet+xml"/></Types>')
ROOT_RELS = (b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
             b'2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
             b'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
WORKBOOK = ('<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
            '2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet '
            'name="名单" sheetId="1" r:id="rId1"/></sheets></workbook>').encode()
WORKBOOK_RELS = (b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                 b'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
                 b'officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship '
                 b'Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
                 b'Target="sharedStrings.xml"/></Relationships>')
SHEET_START = (b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
               b'spreadsheetml/2006/main"><dimension ref="A1:B2"/><sheetData>')
SHEET_END = b"</sheetData></worksheet>"
HEADER_ROW = '<row r="1"><c r="A1" t="inlineStr"><is><t>学号</t></is></c><c r="B1" t="inlineStr"><is><t>姓名</t></is></c></row>'
STUDENT_ROW = '<row r="2"><c r="A2"><v>2026070101</v></c><c r="B2" t="inlineStr"><is><t>周一</t></is></c></row>'


def cell(ref: str, text: str = "x", attrs: str = "") -> str:
    return f'<c r="{ref}" t="inlineStr"{attrs}><is><t>{text}</t></is></c>'


def workbook(path, rows: str | bytes = "", shared: bytes | None = None, extra=(), sheet: bytes | None = None):
    """An xlsx with one sheet 名单: the header and a student row, then ``rows`` (XML of more rows)."""
    body = sheet if sheet is not None else (
        SHEET_START + (HEADER_ROW + STUDENT_ROW).encode() + (rows if isinstance(rows, bytes) else rows.encode())
        + SHEET_END)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", ROOT_RELS)
        z.writestr("xl/workbook.xml", WORKBOOK)
        z.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        z.writestr("xl/worksheets/sheet1.xml", body)
        if shared is not None:
            z.writestr("xl/sharedStrings.xml", shared)
        for name, data in extra:
            z.writestr(name, data)
    return path


def far_corner_xlsx(path: Path) -> Path:
    """The probe's 1.7 KB workbook: one cell at XFD1048576 (calamine asked for 512 GiB and aborted)."""
    return workbook(path, f'<row r="1048576">{cell("XFD1048576")}</row>')


def zip_bomb_xlsx(path: Path, megabytes: int = 300) -> Path:
    """A sheet of ``megabytes`` MB of rows packed into a few hundred KB (the probe's 1.1 MB bomb cost 3 GB)."""
    row = b'<row><c t="inlineStr"><is><t>' + b"A" * 1000 + b"</t></is></c></row>"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        for name, data in (("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", ROOT_RELS),
                           ("xl/workbook.xml", WORKBOOK), ("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)):
            z.writestr(name, data)
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as f:
            f.write(SHEET_START)
            chunk = row * 1000
            for _ in range(megabytes):
                f.write(chunk)
            f.write(SHEET_END)
    return path


def shared_string_bomb_xlsx(path: Path) -> Path:
    """One 30,000-character shared string shown by 3,000 cells: 270 MB of text from a few KB."""
    shared = ('<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
              '2006/main" count="2" uniqueCount="2"><si><t>学号</t></si><si><t>' + "周" * 30_000 + "</t></si></sst>")
    rows = "".join(f'<row r="{r}"><c r="A{r}" t="s"><v>1</v></c></row>' for r in range(3, 3003))
    return workbook(path, rows, shared=shared.encode())


def long_name_csv(path: Path) -> Path:
    """A roster whose second student's name is 21 MB long (the probe stored a 20 MB name)."""
    path.write_bytes(("学号,姓名\n2026070101,周一\n2026070102," + "周" * 7_000_000 + "\n").encode())
    return path


def endless_device(path: Path) -> Path:
    """A link to /dev/zero, named like a roster (reading it grew the memory without bound)."""
    path.symlink_to("/dev/zero")
    return path


def fifo(path: Path) -> Path:
    """A FIFO named like a roster (reading it blocked forever)."""
    os.mkfifo(path)
    return path


ROSTER_STRINGS = ["学号", "姓名", "周一"]
XLS_ROSTER = [dimensions(0, 2, 0, 2), label_sst(0, 0, 0), label_sst(0, 1, 1), number(1, 0, 2026070101),
              label_sst(1, 1, 2)]


def far_corner_xls(path: Path) -> Path:
    """An xls of 6 KB with a cell at row 65,536, column 16,384 (calamine aborted)."""
    path.write_bytes(xls(ROSTER_STRINGS, {"名单": XLS_ROSTER + [number(65535, 16383, 1)]}))
    return path


def shared_string_bomb_xls(path: Path) -> Path:
    """20,000 cells of an xls showing one 30,000-character string (340 KB; calamine passed 3 GB and aborted)."""
    path.write_bytes(xls(ROSTER_STRINGS + ["周" * 30_000],
                         {"名单": XLS_ROSTER + [label_sst(r, 0, 3) for r in range(2, 20002)]}))
    return path


# name -> (builder, the file name it gets, the English start of its message)
PROBE = {
    "far corner xlsx": (far_corner_xlsx, "名单.xlsx", "The sheet 名单 is too large"),
    "zip bomb xlsx": (zip_bomb_xlsx, "名单.xlsx", "Once opened, this workbook"),
    "shared string bomb xlsx": (shared_string_bomb_xlsx, "名单.xlsx", "Once opened, this workbook"),
    "20 MB name csv": (long_name_csv, "名单.csv", "Row 3 holds a cell of more than 32767 characters"),
    "link to /dev/zero": (endless_device, "名单.csv", "This is a folder, a device or a pipe"),
    "FIFO": (fifo, "名单.csv", "This is a folder, a device or a pipe"),
    "far corner xls": (far_corner_xls, "名单.xls", "The sheet 名单 is too large"),
    "shared string bomb xls": (shared_string_bomb_xls, "名单.xls", "Once opened, this workbook"),
}
