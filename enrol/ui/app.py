"""Start the Qt application: language, database, main window; ``--smoke`` paints once and exits."""
from __future__ import annotations

import sys

from PySide6.QtCore import QLocale, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from enrol import i18n
from enrol.domain.errors import EnrolError
from enrol.i18n import render_error
from enrol.ui.translations import LANGUAGE_NAMES


def system_language() -> str:
    """The desk's own language when it is one of ours, else Kazakh."""
    name = QLocale.system().name()[:2]
    return name if name in i18n.LANGUAGES else "kk"


def choose_language(explicit: str | None, *, ask: bool) -> str:
    """--lang, else the language chosen earlier on this desk, else ask once (suggesting the system's)."""
    settings = QSettings()
    if explicit:
        return explicit
    stored = settings.value("language")
    if isinstance(stored, str) and stored in i18n.LANGUAGES:
        return stored
    suggested = system_language()
    language = suggested
    if ask:
        names = list(LANGUAGE_NAMES.values())
        picked, ok = QInputDialog.getItem(None, "enrol", "Тілді таңдаңыз · Выберите язык · Choose the language",
                                          names, list(LANGUAGE_NAMES).index(suggested), False)
        if ok:
            language = list(LANGUAGE_NAMES)[names.index(picked)]
    settings.setValue("language", language)
    return language


def run_gui(*, db_url: str | None, smoke: bool = False, language: str | None = None) -> int:
    from enrol.services.database import open_database
    from enrol.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("enrol")
    app.setOrganizationName("enrol")
    chosen = choose_language(language, ask=not smoke)
    try:
        db = open_database(db_url)
    except EnrolError as error:
        if smoke:
            raise
        i18n.set_language(chosen)
        QMessageBox.critical(None, "enrol", render_error(error))
        return error.exit_code
    window = MainWindow(db)
    window.set_language(chosen)
    window.show()
    if smoke:
        window.repaint()
        app.processEvents()
        QTimer.singleShot(0, app.quit)
    code = app.exec()
    db.dispose()
    return 0 if smoke else code
