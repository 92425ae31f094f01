"""The application's look: one calm style sheet and a font that renders Chinese well."""
from __future__ import annotations

from counselor_app.ui.qt import QApplication, QFont, QFontDatabase

PREFERRED_FAMILIES = ("Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC",
                      "WenQuanYi Micro Hei", "Source Han Sans SC", "SimHei")

STYLE = """
QMainWindow, QDialog, QWizard { background: #f6f7f9; }
QListWidget#navigation { background: #243447; color: #e8edf2; border: none; font-size: 14px; padding-top: 8px; }
QListWidget#navigation::item { padding: 10px 16px; }
QListWidget#navigation::item:selected { background: #3b82c4; color: white; }
QListWidget#navigation::item:disabled { color: #8da2b5; padding: 12px 12px 2px 12px; font-size: 12px; }
QLabel#pageTitle { font-size: 20px; font-weight: 600; color: #1f2d3d; padding: 4px 0 8px 0; }
QLabel#cardTitle { font-size: 13px; color: #5a6b7b; }
QLabel#cardValue { font-size: 18px; font-weight: 600; color: #1f2d3d; }
QFrame#card { background: white; border: 1px solid #dde3ea; border-radius: 8px; }
QLabel#error { color: #b3261e; }
QLabel#hint { color: #5a6b7b; }
QLabel#recoveryKey { font-family: monospace; font-size: 22px; font-weight: 600; letter-spacing: 2px;
                     background: white; border: 1px solid #c8d1db; border-radius: 6px; padding: 12px; }
QPushButton { padding: 5px 14px; }
QPushButton#primary { background: #2f6fae; color: white; border: 1px solid #285f95; border-radius: 4px; }
QPushButton#primary:disabled { background: #9db7d1; border-color: #9db7d1; }
QFrame#notice { background: #fff4ce; border: 1px solid #e8c95a; border-radius: 6px; }
QFrame#notice QLabel { color: #5c4500; }
QLabel#appName { font-size: 24px; font-weight: 600; color: #1f2d3d; }
"""


def apply_style(app: QApplication) -> None:
    families = set(QFontDatabase.families())
    for family in PREFERRED_FAMILIES:
        if family in families:
            font = QFont(family)
            font.setPointSize(10)
            app.setFont(font)
            break
    app.setStyleSheet(STYLE)
