"""Load the GUI's Qt translations (``resources/translations/enrol_<lang>.qm``, built from the .ts sources)."""
from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from enrol.resources import resource_path

log = logging.getLogger(__name__)
LANGUAGE_NAMES = {"kk": "Қазақша", "ru": "Русский", "en": "English"}
_installed: list[QTranslator] = []


def install_translators(app: QCoreApplication, language: str) -> None:
    """Replace the installed translators; widgets retranslate on the LanguageChange event that follows."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    ours = QTranslator(app)
    # English is the source language; its .qm holds only the plural forms ("1 child", "1000 children").
    if ours.load(str(resource_path("translations", f"enrol_{language}.qm"))):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("no GUI translation for %s (run scripts/bootstrap to build the .qm files)", language)
    if language == "en":
        return
    qt_own = QTranslator(app)  # Qt's own dialogs (file dialogs, print dialogs) where Qt ships the language
    if qt_own.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
