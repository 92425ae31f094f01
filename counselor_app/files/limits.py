"""How much of a file the import reads at most: the limits that keep a hostile or absurd file from aborting the
process, blocking it or eating the computer's memory (issue 10, finding 8).

Each limit is far above any real roster (a school of 30,000 students with 40 columns: about 1.2 million cells,
a 3 MB xlsx, a 5 MB csv) and low enough that reading a file that reaches them all stays within the memory budget:
the command line, which starts at about 120 MB, stays under 500 MB (bench/hostile_files.py measures it). The
readers look these up at each call (``limits.MAX_ROWS``), so tests can lower them.
"""
from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar
from typing import Iterator

MB = 1024 * 1024

MAX_FILE_BYTES = 50 * MB        # a file larger than this is not read at all
MAX_ROWS = 100_000              # rows of a sheet or a csv, header and title rows included
MAX_COLUMNS = 200               # columns of a sheet or a csv
MAX_CELLS = 1_500_000           # rows x columns of a sheet from A1: Python's lists of a sheet cost ~170 bytes a cell
# A screening platform's export of answer sheets is long and narrow: a university's 30,000 SCL-90 sheets are 30,000
# rows of 92 columns, 2.8 million cells of a few short values (1-5, 没有 …). The screening import reads within
# ``answer_sheets()``: up to this many cells, while the memory stays that of MAX_CELLS cells — a csv's cells share
# one string per different value, and more than MAX_CELLS different values are refused (TooManyValues); an xlsx's
# text stays under MAX_TEXT_BYTES and its numbers are small objects. A zip bomb is refused as before (MAX_RATIO,
# MAX_UNPACKED_BYTES), whatever the cell limit.
MAX_ANSWER_SHEET_CELLS = 4_000_000
MAX_CELL_CHARS = 32_767         # a cell: what Excel itself can hold

# xlsx: a zip of XML parts, checked before calamine reads it
MAX_ZIP_MEMBERS = 5_000         # parts of a workbook (Excel writes about ten, more with pictures)
MAX_UNPACKED_BYTES = 200 * MB   # all parts together, as they really unpack (not as the zip says they do)
MAX_RATIO = 200                 # unpacked : packed of a part above 1 MB (sheets pack 10-20 : 1; zip bombs ~1000 : 1)
MAX_TEXT_BYTES = 32 * MB        # text of a sheet as read: shared strings once per cell that shows them; and all
                                # shared strings together
MAX_MERGED_RANGES = 10_000      # merged ranges of a sheet (a roster merges a title and its class cells)


_raised: ContextVar[int | None] = ContextVar("cell_limit", default=None)


def max_cells() -> int:
    """The cells a sheet may have in the current reading: MAX_CELLS, or MAX_ANSWER_SHEET_CELLS within
    :func:`answer_sheets` (looked up at each call, so that tests can lower either)."""
    raised = _raised.get()
    return MAX_CELLS if raised is None else max(MAX_CELLS, MAX_ANSWER_SHEET_CELLS)


@contextmanager
def answer_sheets() -> Iterator[None]:
    """Read a screening platform's export: long files of short answers (see MAX_ANSWER_SHEET_CELLS)."""
    token = _raised.set(1)
    try:
        yield
    finally:
        _raised.reset(token)
