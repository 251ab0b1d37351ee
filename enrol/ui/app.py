"""Start the Qt application: language, database (with the storage-problem dialog and the offer to restore
the latest good backup), main window, the start-up and daily backups; ``--smoke`` paints once and exits."""
from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QLocale, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from enrol import i18n
from enrol.db.engine import Database
from enrol.domain.errors import EnrolError, StorageError
from enrol.i18n import render_error
from enrol.resources import resource_path
from enrol.services import backups
from enrol.ui.dialogs.storage_dialog import RESTORE, RETRY, StorageProblemDialog
from enrol.ui.errors import install_excepthook, show_error
from enrol.ui.translations import LANGUAGE_NAMES, install_translators

log = logging.getLogger(__name__)


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


def open_with_recovery(db_url: str | None) -> Database | EnrolError:
    """Open the database; on a storage problem show what to do and, where it helps, offer to restore the
    latest good backup, then try again. The error itself when the user gives up."""
    from enrol.services.database import open_database

    while True:
        try:
            return open_database(db_url)
        except StorageError as error:
            log.warning("cannot open %s: %s", db_url, error)
            target = Database(db_url)  # not opened: only to find its backups, or to restore onto
            try:
                latest = backups.latest_good_backup(target) if backups.restore_helps(error) else None
            except EnrolError:
                latest = None
            dialog = StorageProblemDialog(error, latest)
            dialog.exec()
            try:
                if dialog.choice == RESTORE and latest is not None:
                    backups.restore(target, source=latest.path)
                elif dialog.choice != RETRY:
                    return error
            except EnrolError as failed:
                show_error(None, failed)
            finally:
                target.dispose()
        except EnrolError as error:
            QMessageBox.critical(None, "enrol", render_error(error))
            return error


def run_gui(*, db_url: str | None, smoke: bool = False, language: str | None = None) -> int:
    from enrol.services.database import open_database
    from enrol.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("enrol")
    app.setOrganizationName("enrol")
    app.setDesktopFileName("enrol")  # lets GNOME/Wayland match the window to enrol.desktop
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        icon.addFile(str(resource_path("icons", f"enrol-{size}.png")))
    app.setWindowIcon(icon)
    chosen = choose_language(language, ask=not smoke)
    if smoke:
        db = open_database(db_url)
    else:
        i18n.set_language(chosen)
        install_translators(app, chosen)
        opened = open_with_recovery(db_url)
        if isinstance(opened, EnrolError):
            return opened.exit_code
        db = opened
        install_excepthook()
    window = MainWindow(db)
    window.set_language(chosen)
    window.show()
    if smoke:
        window.repaint()
        app.processEvents()
        QTimer.singleShot(0, app.quit)
    else:
        window.start_backups()  # the start-up backup (verified: also the start-up integrity check), then daily
    code = app.exec()
    db.dispose()
    return 0 if smoke else code
