"""The roster workbook itself: formula-safe text cells, real date cells, the grade column's title. Its speed (linear
in the rows) is measured in bench/bench_export.py, not here: a CPU-time ratio flaked on a loaded machine."""
import io
import time
import zipfile
from datetime import datetime

from openpyxl import load_workbook

from counselor_app.domain.roster import match_header_cell
from counselor_app.reports.roster_xlsx import students_xlsx
from counselor_app.files.roster_files import read_rows

RISKY = ["=王五", "+86 王", "-李四", "@赵六", "=HYPERLINK(\"http://x\",\"点我\")", "=1+1"]


def _row(no, name, birth="2013-05-12"):
    return (no, name, "male", birth, "七年级", "七年级(1)班", "3号楼-215", 1, "enrolled",
            [("张父", "父亲", "13900000001")])


def _file(tmp_path, rows, **kw):
    path = tmp_path / "out.xlsx"
    path.write_bytes(students_xlsx(rows, **kw))
    return path


def test_formula_like_names_are_text_cells_with_quote_prefix_and_unchanged_values(tmp_path):
    path = _file(tmp_path, [_row(f"20260700{i:02d}", name) for i, name in enumerate(RISKY)])
    with zipfile.ZipFile(path) as z:
        sheet = z.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet and "<f " not in sheet  # no formula anywhere
    ws = load_workbook(path).active
    for r, name in enumerate(RISKY, 2):
        cell = ws.cell(r, 2)
        assert (cell.value, cell.data_type, cell.quotePrefix) == (name, "s", True)
        assert ws.cell(r, 1).quotePrefix is False and ws.cell(r, 1).number_format == "@"
    # what the import reads (python-calamine): exactly the names, no apostrophe added
    assert [r[1] for r in read_rows(path)[1:]] == RISKY


def test_birth_dates_are_date_cells(tmp_path):
    path = _file(tmp_path, [_row("1", "甲"), _row("2", "乙", None), _row("3", "丙", "2013-02")])
    ws = load_workbook(path).active
    assert ws["D2"].value == datetime(2013, 5, 12) and ws["D2"].number_format == "yyyy-mm-dd"
    assert ws["D3"].value is None
    assert ws["D4"].value == "2013-02"  # an odd value from the register is kept as it is, as text
    assert read_rows(path)[1][3].isoformat() == "2013-05-12"


def test_grade_column_title_depends_on_the_school(tmp_path):
    k12 = load_workbook(io.BytesIO(students_xlsx([]))).active["E1"].value
    university = load_workbook(io.BytesIO(students_xlsx([], university=True))).active["E1"].value
    assert (k12, university) == ("Grade / department", "Department")
    for header in (k12, university, "年级/院系", "院系"):  # the import knows the export's own titles
        assert match_header_cell(header, "students") == "grade"


def test_a_killed_export_leaves_nothing_in_the_temp_folder(tmp_path):
    import os
    import signal
    import subprocess
    import sys

    temp = tmp_path / "temp"
    temp.mkdir()
    code = ("from counselor_app.reports.roster_xlsx import students_xlsx\n"
            "rows = [('20260%05d' % i, '林小雨', 'female', '2013-05-12', '七年级', '七年级(1)班', '', 0, 'enrolled',"
            " [('林父', '父亲', '13900000001')]) for i in range(200000)]\n"
            "print('writing', flush=True)\n"
            "students_xlsx(rows)\n")
    env = dict(os.environ, TMPDIR=str(temp), TEMP=str(temp), TMP=str(temp))
    proc = subprocess.Popen([sys.executable, "-c", code], env=env, stdout=subprocess.PIPE)
    assert proc.stdout.readline().strip() == b"writing"
    time.sleep(1.0)  # well inside the writing of 200,000 rows
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert list(temp.rglob("*")) == []
