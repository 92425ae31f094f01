"""The file pickers of ui/dialogs.py, shown for real: they leave no folder path in Qt's own settings file
(QtProject.conf keeps the file dialog's history and last folder, outside the office's encrypted data, and a
folder may be named after a student)."""
from __future__ import annotations

import pytest

from counselor_app.ui import dialogs
from counselor_app.ui.qt import QApplication, QDialogButtonBox, QFileDialog, QLineEdit, QSettings, QTimer


@pytest.fixture
def qt_settings_folder(tmp_path):
    """Qt's user settings (QtProject.conf) in a folder of this test."""
    from PySide6.QtCore import QStandardPaths

    folder = tmp_path / "config"
    usual = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    yield folder
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, usual)


def _written(folder) -> str:
    return "".join(p.read_text("utf-8", errors="replace") for p in folder.rglob("*") if p.is_file())


def _pick_in(path, done, tries=None):
    """Once the file dialog is up: go to ``path``'s folder, type its name, click the dialog's Open / Save / Choose
    button."""
    tries = tries if tries is not None else [100]

    def pick():
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible()]
        if not found:
            tries[0] -= 1
            if tries[0] > 0:
                QTimer.singleShot(50, QApplication.instance(), pick)
            return
        dialog = found[0]
        if path.is_dir():   # choosing a folder: go into it, the name field empty
            dialog.setDirectory(str(path))
            dialog.findChild(QLineEdit, "fileNameEdit").clear()
        else:
            dialog.setDirectory(str(path.parent))
            dialog.findChild(QLineEdit, "fileNameEdit").setText(path.name)
        box = dialog.findChild(QDialogButtonBox, "buttonBox")
        accept = next(b for b in box.buttons() if box.buttonRole(b) == QDialogButtonBox.ButtonRole.AcceptRole)
        done.append(accept.text())
        accept.click()
    return pick


@pytest.mark.parametrize("picker", ["open", "save", "folder"])
def test_a_file_picker_leaves_no_folder_path_in_qts_settings(qtbot, tmp_path, qt_settings_folder, picker):
    student_folder = tmp_path / "zhangxiaoming-2026070101"
    student_folder.mkdir()
    chosen = student_folder / "roster.xlsx"
    chosen.write_bytes(b"x")
    dialogs.answer_automatically(False)
    done: list[str] = []
    target = {"open": chosen, "save": student_folder / "new-roster.xlsx", "folder": student_folder}[picker]
    QTimer.singleShot(50, QApplication.instance(), _pick_in(target, done))
    if picker == "open":
        result = dialogs.get_open_file_name(None, "Open", "xlsx (*.xlsx)")
    elif picker == "save":
        result = dialogs.get_save_file_name(None, "Save", "new-roster.xlsx", "xlsx (*.xlsx)")
    else:
        result = dialogs.get_existing_directory(None, "Folder", str(tmp_path))
    assert done and result and "zhangxiaoming" in result   # the real dialog was shown and answered
    written = _written(qt_settings_folder)
    assert "zhangxiaoming" not in written and str(tmp_path) not in written


def test_folders_remembered_before_are_forgotten_when_the_application_starts(make_app, tmp_path, qt_settings_folder):
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.setValue("FileDialog/history", [f"file://{tmp_path}/zhangxiaoming"])
    settings.setValue("FileDialog/lastVisited", f"file://{tmp_path}/zhangxiaoming")
    settings.setValue("FileDialog/viewMode", "Detail")
    settings.sync()
    assert "zhangxiaoming" in _written(qt_settings_folder)
    make_app()
    written = _written(qt_settings_folder)
    assert "zhangxiaoming" not in written and "viewMode" in written   # the rest of Qt's settings stay
