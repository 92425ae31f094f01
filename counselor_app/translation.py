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
    _installed.clear()
    lang = normalize_language(lang)
    QLocale.setDefault(QLocale("zh_CN") if lang == "zh_CN"
                       else QLocale("en_US"))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [(f"counselor_{lang}", str(TRANSLATIONS_DIR))]
    if lang != "en":
        candidates.append((f"qtbase_{lang}", qt_dir))
    for name, directory in candidates:
        t = QTranslator(app)
        if t.load(name, directory):
            app.installTranslator(t)
            _installed.append(t)
    return lang


def translate(context: str, text: str) -> str:
    """Qt's translate; lupdate collects calls written ``translate("Context", "literal")``."""
    return QCoreApplication.translate(context, text)


def translate_text(text: str) -> str:
    """Translate a :class:`~counselor_app.domain.errors.Text` marked with QT_TRANSLATE_NOOP in its context."""
    return QCoreApplication.translate(getattr(text, "context", "Errors"), text)


def error_text(err: UserError) -> str:
    """The error's message in the installed language, placeholders filled."""
    return fill(err.source, err.params, translate_text)
