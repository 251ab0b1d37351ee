"""Start the Qt application: language, database (with the storage-problem dialog and the offer to restore
the latest good backup), sign-in (or the first administrator), main window, the start-up and daily
backups; ``--smoke`` paints once and exits (no sign-in: it opens no door)."""
from __future__ import annotations

import gc
import logging
import os
import sys

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QSize, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QWidget

from enrol import i18n
from enrol.domain.errors import EnrolError, StorageError
from enrol.i18n import render_error
from enrol.resources import resource_path
from enrol.ui import early_sign_in
from enrol.ui.errors import install_excepthook, show_error
from enrol.ui.translations import LANGUAGE_NAMES, install_translators

if TYPE_CHECKING:  # the storage layer loads behind the sign-in dialog (enrol.ui.early_sign_in)
    from enrol.db.engine import Database

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
    latest good backup, then try again — or open another file the user chooses. The error itself when the
    user gives up."""
    from enrol.db.engine import Database
    from enrol.services.context import SYSTEM
    from enrol.services.storage import backups
    from enrol.services.storage.database import open_database
    from enrol.ui.dialogs.storage_dialog import OPEN_OTHER, RESTORE, RETRY, StorageProblemDialog

    while True:
        try:
            return open_database(db_url)
        except StorageError as error:
            log.warning("cannot open the database: %s", error)  # the address may hold a password
            target = Database(db_url)  # not opened: only to find its backups, or to restore onto
            try:
                latest = backups.latest_good_backup(target) if backups.restore_helps(error) else None
            except EnrolError:
                latest = None
            dialog = StorageProblemDialog(error, latest)
            dialog.exec()
            try:
                if dialog.choice == RESTORE and latest is not None:
                    backups.restore(target, actor=SYSTEM, source=latest.path)
                elif dialog.choice == OPEN_OTHER and dialog.other_file:
                    db_url = dialog.other_file
                elif dialog.choice != RETRY:
                    return error
            except EnrolError as failed:
                show_error(None, failed)
            finally:
                target.dispose()
        except EnrolError as error:
            QMessageBox.critical(None, "enrol", render_error(error))
            return error


def sign_in(db: Database, parent: QWidget | None = None) -> bool:
    """The first administrator on a database without users, else the sign-in dialog; False when cancelled.
    The signed-in user becomes the window's ``current_actor()``."""
    from enrol.services.people import users
    from enrol.ui.dialogs.sign_in_dialog import FirstAdministratorDialog, SignInDialog
    from enrol.ui.session import set_actor

    if not users.has_users(db):
        first = FirstAdministratorDialog(parent)
        while True:
            if not first.exec():
                return False
            values = first.values()
            try:
                created = users.create_first_administrator(db, login=values.login, full_name=values.full_name,
                                                           password=values.password)
            except EnrolError as error:
                show_error(parent, error)
                continue
            set_actor(users.actor_of(created))
            return True
    dialog = SignInDialog(parent, attempt=lambda login, password: users.sign_in(db, login=login, password=password))
    if not dialog.exec() or dialog.actor is None:
        return False
    set_actor(dialog.actor)
    return True


def offer_retention(db: Database, parent: QWidget | None = None) -> list[int]:
    """At an administrator's sign-in: children past the retention period (setting ``retention_years``) are
    anonymised once the administrator agrees — the law's "no longer than needed", without a cron job."""
    from enrol.services.people import child_data, permissions
    from enrol.ui.session import current_actor

    actor = current_actor()
    if not permissions.allowed(actor, "children.anonymise"):
        return []
    try:
        due = child_data.due_for_anonymising(db, actor=actor)
    except EnrolError as error:
        log.warning("retention check failed: %s", error)
        return []
    if not due:
        return []
    text = QCoreApplication.translate(
        "Retention", "%n child(ren) had no activity for longer than the retention period. Anonymise their "
        "data now? (Names, IIN, contacts and notes are removed; statistics stay.)", "", len(due))
    answer = QMessageBox.question(parent, "enrol", text)
    if answer != QMessageBox.StandardButton.Yes:
        return []
    try:
        return child_data.anonymise_expired(db, actor=actor)
    except EnrolError as error:
        show_error(parent, error)
        return []


def smoke_as_user(db_url: str | None, *, login: str, language: str, screen: QSize | None) -> int:
    """``enrol gui --smoke --user LOGIN``: sign in through the real sign-in (the password from ENROL_PASSWORD),
    then check every page and main dialog the role sees (``enrol.ui.smoke``); 0 when nothing is wrong."""
    from enrol.services.people import users
    from enrol.services.storage.database import open_database
    from enrol.ui.screen import set_screen_size
    from enrol.ui.session import set_actor
    from enrol.ui.smoke import run_check

    app = QApplication.instance()
    i18n.set_language(language)
    install_translators(app, language)  # type: ignore[arg-type]
    password = os.environ.get("ENROL_PASSWORD")
    if password is None:
        advice = QCoreApplication.translate("SmokeCheck", "Set ENROL_PASSWORD to the password of %1")
        sys.stderr.write("enrol: " + advice.replace("%1", login) + "\n")
        return 2
    set_screen_size(screen)
    db = open_database(db_url)
    try:
        try:
            set_actor(users.sign_in(db, login=login, password=password))
        except EnrolError as error:
            sys.stdout.write(render_error(error) + "\n")
            return 1
        return run_check(db, language=language, screen=screen)
    finally:
        set_actor(None)
        set_screen_size(None)
        db.dispose()


def _open_and_sign_in(db_url: str | None) -> Database | EnrolError | None:
    """The database with someone signed in to it; None when the user cancelled. On a desk that signed in to
    this database before, the sign-in dialog comes first and the database opens behind it."""
    from enrol.ui.session import set_actor

    db = None
    if early_sign_in.known(db_url):
        outcome = early_sign_in.sign_in_while_opening(db_url)
        if outcome.actor is not None and outcome.db is not None:
            set_actor(outcome.actor)
            return outcome.db
        if not outcome.fall_back:
            return None
        db = outcome.db  # a database without users: the first administrator is asked for below
    if db is None:
        opened = open_with_recovery(db_url)
        if isinstance(opened, EnrolError):
            return opened
        db = opened
    if not sign_in(db):  # nobody works in the window without signing in (smoke opens no door)
        db.dispose()
        return None
    early_sign_in.remember(db_url)
    return db


START_GARBAGE_DELAY_MS = 10_000


def settle_after_start() -> None:
    """Most of what the start made lives as long as the window: frozen, the cyclic collector does not walk it
    again and again during the day (nor at exit). The collector is turned back on (``enrol.cli`` turned it off
    for a window started directly) and, once the desk has had the window for a few seconds, the start's own
    garbage (a closed dialog's cycles) is collected in one pass of a few tens of milliseconds, and the rest
    frozen again."""
    gc.freeze()
    gc.enable()
    QTimer.singleShot(START_GARBAGE_DELAY_MS, collect_start_garbage)


def collect_start_garbage() -> None:
    gc.unfreeze()
    gc.collect()
    gc.freeze()


def run_gui(*, db_url: str | None, smoke: bool = False, language: str | None = None, user: str | None = None,
            screen: QSize | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("enrol")
    app.setOrganizationName("enrol")
    app.setDesktopFileName("enrol")  # lets GNOME/Wayland match the window to enrol.desktop
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        icon.addFile(str(resource_path("icons", f"enrol-{size}.png")))
    app.setWindowIcon(icon)
    early_sign_in.exit_at_first_paint_if_asked(app)
    chosen = choose_language(language, ask=not smoke)
    if smoke and user is not None:
        return smoke_as_user(db_url, login=user, language=chosen, screen=screen)
    install_translators(app, chosen)  # before any window: built in its language, not translated again after
    if smoke:  # a storage problem is told in the command line's language (ENROL_LANG), as by any command
        from enrol.services.storage.database import open_database

        db = open_database(db_url)
    else:
        i18n.set_language(chosen)
        install_excepthook()
        opened = _open_and_sign_in(db_url)
        if opened is None or isinstance(opened, EnrolError):
            return 0 if opened is None else opened.exit_code
        db = opened
        offer_retention(db)
    from enrol.ui.main_window import MainWindow  # after the sign-in: its pages import the services

    window = MainWindow(db)
    window.set_language(chosen)
    window.show()
    if smoke:
        window.repaint()
        app.processEvents()
        QTimer.singleShot(0, app.quit)
    else:
        window.start_backups()  # the start-up backup (verified: also the start-up integrity check), then daily
    settle_after_start()
    code = app.exec()
    db.dispose()
    return 0 if smoke else code
