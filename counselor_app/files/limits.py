"""How much of a file the import reads at most: the limits that keep a hostile or absurd file from aborting the
process, blocking it or eating the computer's memory (issue 10, finding 8).

Each limit is far above any real roster (a school of 30,000 students with 40 columns: about 1.2 million cells,
a 3 MB xlsx, a 5 MB csv) and low enough that reading a file that reaches them all stays within the memory budget:
the command line, which starts at about 120 MB, stays under 500 MB (bench/hostile_files.py measures it). The
readers look these up at each call (``limits.MAX_ROWS``), so tests can lower them.
"""
from __future__ import annotations

MB = 1024 * 1024

MAX_FILE_BYTES = 50 * MB        # a file larger than this is not read at all
MAX_ROWS = 100_000              # rows of a sheet or a csv, header and title rows included
MAX_COLUMNS = 200               # columns of a sheet or a csv
MAX_CELLS = 1_500_000           # rows x columns of a sheet from A1: Python's lists of a sheet cost ~170 bytes a cell
MAX_CELL_CHARS = 32_767         # a cell: what Excel itself can hold

# xlsx: a zip of XML parts, checked before calamine reads it
MAX_ZIP_MEMBERS = 5_000         # parts of a workbook (Excel writes about ten, more with pictures)
MAX_UNPACKED_BYTES = 200 * MB   # all parts together, as they really unpack (not as the zip says they do)
MAX_RATIO = 200                 # unpacked : packed of a part above 1 MB (sheets pack 10-20 : 1; zip bombs ~1000 : 1)
MAX_TEXT_BYTES = 32 * MB        # text of a sheet as read: shared strings once per cell that shows them; and all
                                # shared strings together
MAX_MERGED_RANGES = 10_000      # merged ranges of a sheet (a roster merges a title and its class cells)
