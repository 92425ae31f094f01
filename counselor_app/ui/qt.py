"""The one way into Qt: every UI module imports Qt names from here, so version quirks are handled once.

Names are resolved when first imported (PEP 562 ``__getattr__``): PySide6 initialises each class on first access,
and the login window needs a handful of the ~80 names the pages use; the rest are looked up when a page is built
(bench/bench_startup.py measures the login window against a bare PySide6 window).
"""
from __future__ import annotations

import importlib

import shiboken6

_NAMES_BY_MODULE = {
    "PySide6.QtCore": (
        "QAbstractTableModel", "QBuffer", "QByteArray", "QCoreApplication", "QDate", "QEvent", "QIODevice",
        "QLocale", "QMimeData", "QModelIndex", "QObject", "QPoint", "QRect", "QSettings", "QSize",
        "QSortFilterProxyModel", "QTime", "QTimer", "Qt", "Signal", "Slot",
    ),
    "PySide6.QtGui": (
        "QAction", "QColor", "QFont", "QFontDatabase", "QGuiApplication", "QIcon", "QImage", "QKeySequence",
        "QPainter", "QPalette", "QPixmap", "QShortcut", "QStandardItem", "QStandardItemModel",
    ),
    "PySide6.QtWidgets": (
        "QAbstractItemView", "QApplication", "QCheckBox", "QComboBox", "QDateEdit", "QDialog", "QDialogButtonBox",
        "QDoubleSpinBox", "QFileDialog", "QFormLayout", "QFrame", "QGridLayout", "QGroupBox", "QHBoxLayout",
        "QHeaderView", "QLabel", "QLayout", "QLineEdit", "QListWidget", "QListWidgetItem", "QMainWindow", "QMenu",
        "QMessageBox", "QPlainTextEdit", "QProgressBar", "QProgressDialog", "QPushButton", "QScrollArea",
        "QSizePolicy", "QSpacerItem", "QSpinBox", "QSplitter", "QStackedWidget", "QStatusBar", "QStyle",
        "QStyledItemDelegate", "QTabWidget", "QTableView", "QTableWidget", "QTableWidgetItem", "QTextBrowser",
        "QTimeEdit", "QToolBar", "QVBoxLayout", "QWidget", "QWizard", "QWizardPage",
    ),
}
_MODULE_OF = {name: module for module, names in _NAMES_BY_MODULE.items() for name in names}
__all__ = sorted(_MODULE_OF) + ["is_alive"]


def __getattr__(name: str):
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value   # once: later imports find it in the module dict
    return value


def is_alive(obj) -> bool:
    """False once the C++ object behind a Python wrapper has been deleted."""
    return obj is not None and shiboken6.isValid(obj)
