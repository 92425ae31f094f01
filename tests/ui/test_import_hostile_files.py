"""The import dialog with the hostile files of the probe (issue 10, finding 8): the file is picked through the file
dialog, the check runs on the worker, and the dialog says in Chinese why the file is not read; nothing crashes,
nothing is imported, and the dialog stays usable for the next file."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from ui_helpers import log_in, wait_for

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "files"))
from hostile import endless_device, far_corner_xlsx, fifo, long_name_csv, zip_bomb_xlsx  # noqa: E402


def pick(qtbot, answered_dialogs, dialog, path: Path) -> None:
    """Choose ``path`` with the dialog's own button; the file dialog is answered with it."""
    answered_dialogs.set_next_answers(str(path))
    dialog.choose_button.click()
    wait_for(qtbot, lambda: not dialog._loading and (dialog.error.text() != "" or dialog.preview is not None))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="FIFOs and /dev/zero")
def test_the_import_dialog_says_why_a_hostile_file_is_not_read(qtbot, make_app, office_ready, tmp_path,
                                                                 answered_dialogs):
    app = make_app()
    main = log_in(qtbot, app)
    main.go_to("students")
    page = main.pages["students"]
    answered_dialogs.set_next_answers(str(fifo(tmp_path / "名单.csv")))
    page.import_button.click()                     # the page opens the dialog and its file picker at once
    dialog = page.importer
    wait_for(qtbot, lambda: not dialog._loading and dialog.error.text() != "")
    assert "这是文件夹、设备或管道，不是文件" in dialog.error.text()
    assert not dialog.import_button.isEnabled() and dialog.verdicts.rowCount() == 0

    expected = [(endless_device(tmp_path / "零.csv"), "这是文件夹、设备或管道"),
                (far_corner_xlsx(tmp_path / "角落.xlsx"), "工作表 名单 太大，不像是名册（1048576 行，16384 列）"),
                (zip_bomb_xlsx(tmp_path / "炸弹.xlsx", megabytes=250), "此工作簿打开后所占的空间会远超任何名册（超过 200 MB）"),
                (long_name_csv(tmp_path / "长名.csv"), "第 3 行有一个单元格超过 32767 个字符")]
    for path, message in expected:
        pick(qtbot, answered_dialogs, dialog, path)
        assert message in dialog.error.text(), dialog.error.text()
        assert path.name not in dialog.error.text()
        assert not dialog.import_button.isEnabled()
    assert not [s for s in answered_dialogs.shown if s.kind == "error"]   # no apology for an unexpected error

    good = tmp_path / "好.csv"
    good.write_text("学号,姓名,班级\n2026070101,周一,七年级(1)班\n2026070102," + "吴" * 41 + ",七年级(1)班\n",
                    encoding="utf-8")
    pick(qtbot, answered_dialogs, dialog, good)
    assert dialog.error.text() == "" and [v.line for v in dialog.preview.rejected] == [3]
    dialog.only_problems.setChecked(True)
    message = dialog.verdicts.data(dialog.verdicts.index(0, dialog.verdicts.columnCount() - 1))
    assert "姓名：太长（最多 40 个字符）" in message, message


def test_the_application_sweeps_an_old_export_spool_at_start(make_app, tmp_path, monkeypatch):
    import os
    import tempfile
    import time

    folder = tmp_path / "temp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    spool = folder / "openpyxl.k2j4_x9a"
    spool.write_bytes(b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
    old = time.time() - 2 * 86400
    os.utime(spool, (old, old))
    other = folder / "openpyxl.abcdefgh.xml"
    other.write_bytes(b"not ours")
    os.utime(other, (old, old))
    make_app()
    assert not spool.exists() and other.exists()
