"""`counselor-app import` on the hostile files of the probe (issue 10, finding 8): each ends in a clear message in
the user's language and exit code 2, like any other file the import refuses, and the process stays under 500 MB
of memory (its peak resident size, measured by the kernel: a bound, not a timing)."""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from cli_helpers import PW, ROOT

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "files"))
from hostile import PROBE  # noqa: E402

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="FIFOs, /dev/zero and ru_maxrss in KB")

BUDGET_MB = 500
CHINESE = {"The sheet 名单 is too large": "工作表 名单 太大",
           "Once opened, this workbook": "此工作簿打开后",
           "Row 3 holds a cell of more than 32767 characters": "第 3 行有一个单元格超过 32767 个字符",
           "This is a folder, a device or a pipe": "这是文件夹、设备或管道"}


def import_measured(office: Path, path: Path, lang: str) -> tuple[int, str, str, float]:
    """``counselor-app import students PATH --dry-run`` in a child process: (exit code, stdout, stderr, peak MB)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    cmd = [sys.executable, "-m", "counselor_app", "import", "students", str(path), "--dry-run", "--data-dir",
           str(office), "--login", "head", "--password-stdin", "--lang", lang]
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        child = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=out, stderr=err, cwd=ROOT, env=env)
        child.stdin.write((PW + "\n").encode())
        child.stdin.close()
        _pid, status, usage = os.wait4(child.pid, 0)   # this child's own peak, not the largest of all children
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return child.returncode, out.read().decode(), err.read().decode(), usage.ru_maxrss / 1024


@pytest.mark.parametrize("kind", list(PROBE))
def test_each_hostile_file_is_refused_clearly_with_exit_2_within_the_memory_budget(office, tmp_path, kind):
    build, name, english = PROBE[kind]
    path = build(tmp_path / name)
    code, out, err, peak = import_measured(office[0], path, "en")
    assert code == 2, (out, err)
    assert english in err and "Unexpected" not in err and "Traceback" not in err, err
    assert str(tmp_path) not in err
    assert peak < BUDGET_MB, f"{kind}: {peak:.0f} MB"


def test_the_message_is_in_chinese_by_default(office, tmp_path):
    build, name, english = PROBE["far corner xlsx"]
    code, _out, err, _peak = import_measured(office[0], build(tmp_path / name), "zh_CN")
    assert code == 2 and CHINESE[english] in err, err
    code, _out, err, _peak = import_measured(office[0], PROBE["FIFO"][0](tmp_path / "管道.csv"), "zh_CN")
    assert code == 2 and CHINESE["This is a folder, a device or a pipe"] in err, err


def test_a_row_too_long_for_its_field_is_a_row_error_with_exit_2(office, tmp_path):
    path = tmp_path / "r.csv"
    path.write_text("学号,姓名,班级\n2026070101,周一,七年级(1)班\n2026070102," + "吴" * 41 + ",七年级(1)班\n",
                    encoding="utf-8")
    code, out, _err, _peak = import_measured(office[0], path, "en")
    assert code == 2 and "row 3: 姓名: too long (at most 40 characters)." in out, out
