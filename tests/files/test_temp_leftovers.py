"""openpyxl's write-only spool files, which an export killed under an earlier version left in the system temp folder
with names and phones in them: openpyxl does leave them, and the app removes those that surely are such leftovers."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from counselor_app.files.temp_leftovers import AGE_S, sweep_openpyxl_leftovers

SPOOL = b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">'
DAY_AGO = time.time() - AGE_S - 60


def aged(path, data: bytes = SPOOL):
    path.write_bytes(data)
    os.utime(path, (DAY_AGO, DAY_AGO))
    return path


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_killed_openpyxl_export_leaves_its_spool_and_the_sweep_removes_it(tmp_path):
    code = ("import openpyxl, os, sys\n"
            "wb = openpyxl.Workbook(write_only=True)\nws = wb.create_sheet('名单')\n"
            "for i in range(200_000):\n    ws.append([str(2026070000 + i), '周一', '13900000001'])\n"
            "    if i == 50_000:\n        print('spooling', flush=True)\n")
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True,
                             env={**os.environ, "TMPDIR": str(tmp_path)})
    assert child.stdout.readline().strip() == "spooling"
    child.send_signal(signal.SIGKILL)
    child.wait()
    left = [p for p in tmp_path.iterdir() if p.name.startswith("openpyxl.")]
    assert left and b"13900000001" in left[0].read_bytes()   # what finding 7 found
    assert sweep_openpyxl_leftovers(tmp_path) == 0            # not a day old: perhaps a program still writing
    for path in left:
        os.utime(path, (DAY_AGO, DAY_AGO))
    assert sweep_openpyxl_leftovers(tmp_path) == len(left)
    assert not any(p.name.startswith("openpyxl.") for p in tmp_path.iterdir())


def test_only_what_surely_is_a_leftover_goes(tmp_path):
    spool = aged(tmp_path / "openpyxl.ab12_xyz")
    empty = aged(tmp_path / "openpyxl.00000000", b"")
    other = aged(tmp_path / "openpyxl.qwertyui", b"somebody else's data")
    suffixed = aged(tmp_path / "openpyxl.abcdefgh.xml")
    named = aged(tmp_path / "roster.xml")
    fresh = tmp_path / "openpyxl.fresh000"
    fresh.write_bytes(SPOOL)
    assert sweep_openpyxl_leftovers(tmp_path) == 2
    assert not spool.exists() and not empty.exists()
    assert other.exists() and suffixed.exists() and named.exists() and fresh.exists()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs and symlinks")
def test_links_and_pipes_are_left_alone_without_blocking(tmp_path):
    target = aged(tmp_path / "target")
    link = tmp_path / "openpyxl.link0000"
    link.symlink_to(target)
    os.utime(link, (DAY_AGO, DAY_AGO), follow_symlinks=False)
    pipe = tmp_path / "openpyxl.pipe0000"
    os.mkfifo(pipe)
    os.utime(pipe, (DAY_AGO, DAY_AGO))
    assert sweep_openpyxl_leftovers(tmp_path) == 0
    assert link.is_symlink() and target.exists() and pipe.exists()


def test_a_missing_folder_is_no_error(tmp_path):
    assert sweep_openpyxl_leftovers(tmp_path / "gone") == 0
