"""The one way into Qt: every UI module imports Qt names from here, so version quirks are handled once."""
from __future__ import annotations

from PySide6.QtCore import (  # noqa: F401
    QAbstractTableModel, QByteArray, QBuffer, QCoreApplication, QDate, QEvent, QIODevice, QLocale, QModelIndex,
    QObject, QPoint, QRect, QSettings, QSize, QSortFilterProxyModel, Qt, QTimer, Signal, Slot,
)
from PySide6.QtGui import (  # noqa: F401
    QAction, QColor, QFont, QFontDatabase, QGuiApplication, QIcon, QImage, QKeySequence, QPainter, QPalette,
    QPixmap, QShortcut, QStandardItem, QStandardItemModel,
)
from PySide6.QtWidgets import (  # noqa: F401
    QAbstractItemView, QApplication, QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QDoubleSpinBox,
    QFileDialog, QFormLayout, QFrame, QGridLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QMainWindow, QMessageBox, QPlainTextEdit, QProgressBar, QProgressDialog,
    QPushButton, QSizePolicy, QSpinBox, QSplitter, QStackedWidget, QStatusBar, QStyle, QStyledItemDelegate, QTableView,
    QTabWidget, QTextBrowser,
    QToolBar, QVBoxLayout, QWidget, QWizard, QWizardPage,
)
import shiboken6  # noqa: E402


def is_alive(obj) -> bool:
    """False once the C++ object behind a Python wrapper has been deleted."""
    return obj is not None and shiboken6.isValid(obj)
