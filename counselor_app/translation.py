"""Loading the app's and Qt's translations, and translating user errors.

Used by the command line and the GUI (both may import Qt; the lower layers may not).
Chinese (zh_CN) is the default language; English is the source language of the strings.
"""
from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from counselor_app.domain.errors import UserError, fill

LANGUAGES = ("zh_CN", "en")
DEFAULT_LANGUAGE = "zh_CN"
TRANSLATIONS_DIR = Path(__file__).resolve().parent / "translations"

# Translators are loaded from the .qm bytes held in memory, never from the file: QTranslator.load(filename) maps the
# file (mmap on Linux and macOS) and reads it lazily at every translation, so a .qm rewritten in place while the
# program runs (i18n/update.py or pyside6-lrelease, an update copied over the installation) crashed the next
# tr() with SIGBUS or SIGSEGV inside QTranslator::translate (README "Known problems"). QTranslator.load(data)
# does not copy the data either: each translator keeps its bytes in ``_qm_data`` for as long as it exists.
_installed: list[QTranslator] = []


def language_from_environment() -> str:
    """zh_CN unless the locale asks for English."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return "en" if value.lower().startswith("en") else DEFAULT_LANGUAGE
    return DEFAULT_LANGUAGE


def normalize_language(lang: str | None) -> str:
    if not lang:
        return language_from_environment()
    lang = lang.replace("-", "_")
    if lang.lower().startswith("zh"):
        return "zh_CN"
    if lang.lower().startswith("en"):
        return "en"
    return DEFAULT_LANGUAGE


def install(lang: str) -> str:
    """Install the translators for ``lang`` into the running QCoreApplication; returns the language used."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create the QCoreApplication before installing translations")
    for t in _installed:
        app.removeTranslator(t)
        t.deleteLater()  # the bytes go with the wrapper, after the C++ translator is gone
    _installed.clear()
    lang = normalize_language(lang)
    QLocale.setDefault(QLocale("zh_CN") if lang == "zh_CN"
                       else QLocale("en_US"))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [(f"counselor_{lang}", str(TRANSLATIONS_DIR))]
    if lang != "en":
        candidates.append((f"qtbase_{lang}", qt_dir))
    for name, directory in candidates:
        t = _load_in_memory(Path(directory) / f"{name}.qm", app)
        if t is not None:
            app.installTranslator(t)
            _installed.append(t)
    return lang


def _load_in_memory(path: Path, parent: QCoreApplication) -> QTranslator | None:
    """A translator for the .qm file at ``path``, working from a private copy of its bytes (see ``_installed``)."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    t = QTranslator(parent)  # the parent keeps the Python wrapper, and with it the bytes, alive
    if not t.load(data, str(path.parent)):  # the folder is where a .qm's dependencies are looked up
        t.deleteLater()
        return None
    t._qm_data = data
    return t


def translate(context: str, text: str) -> str:
    """Qt's translate; lupdate collects calls written ``translate("Context", "literal")``."""
    return QCoreApplication.translate(context, text)


def translate_text(text: str) -> str:
    """Translate a :class:`~counselor_app.domain.errors.Text` marked with QT_TRANSLATE_NOOP in its context."""
    return QCoreApplication.translate(getattr(text, "context", "Errors"), text)


def error_text(err: UserError) -> str:
    """The error's message in the installed language, placeholders filled."""
    return fill(err.source, err.params, translate_text)
