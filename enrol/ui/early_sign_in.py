"""The everyday start: the sign-in dialog is on screen while the database opens on a second thread.

Opening the database means importing SQLAlchemy and the models, checking the schema and the start-up backup
— several times what Qt needs to paint a dialog. A desk that has signed in to this database before knows it
has users, so it can ask for the password first and open the database while the password is typed. Anything
unusual (a storage problem, a database without users, the first start on this desk) falls back to the
ordinary order in ``enrol.ui.app``: open, recover, then sign in.

``ENROL_EXIT_AT_FIRST_PAINT=1`` (set by the start-up benchmark) ends the process as soon as the first window
has painted, so a benchmark can time a cold start to the first thing a user sees.
"""
from __future__ import annotations

import os
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from enrol.domain.errors import EnrolError, StorageError

if TYPE_CHECKING:
    from enrol.db.engine import Database
    from enrol.services.context import Actor

FIRST_PAINT_ENV = "ENROL_EXIT_AT_FIRST_PAINT"
_KNOWN = "signed_in_databases"


def _key(db_url: str | None) -> str:
    return db_url or "(default)"


def known(db_url: str | None) -> bool:
    """True when someone signed in to this database on this desk before (so it has users)."""
    found = QSettings().value(_KNOWN, [])
    return _key(db_url) in (found if isinstance(found, list) else [found])


def remember(db_url: str | None) -> None:
    found = QSettings().value(_KNOWN, [])
    names = found if isinstance(found, list) else [found]
    if _key(db_url) not in names:
        QSettings().setValue(_KNOWN, [*names, _key(db_url)][-20:])


class Opening:
    """``open_database`` on a second thread; ``result()`` waits for it and raises what it raised.

    The thread starts once the dialog has painted (``start``): before that it would only compete with the
    dialog's own imports for the interpreter, and the user needs the dialog first anyway."""

    def __init__(self, db_url: str | None) -> None:
        self._db: Database | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._open, args=(db_url,), name="open-database", daemon=True)

    def start(self) -> None:
        if self._thread.ident is None:
            self._thread.start()

    def _open(self, db_url: str | None) -> None:
        try:
            from enrol.services.storage.database import open_database

            self._db = open_database(db_url)
        except BaseException as error:  # noqa: BLE001 - handed to the main thread, which reports it
            self._error = error

    def result(self) -> Database:
        self.start()
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._db is not None
        return self._db

    def settle(self) -> None:
        """Wait for the thread (a cancelled sign-in must not quit in the middle of a schema upgrade); any
        database it opened is closed. One that never started (the dialog was never painted) stays unstarted."""
        if self._thread.ident is None:
            return
        try:
            self.result().dispose()
        except BaseException:  # noqa: BLE001 - nobody is left to tell: the user cancelled
            pass


class Outcome:
    """What the early sign-in ended in: a database and the signed-in actor, or why it fell back."""

    def __init__(self) -> None:
        self.db: Database | None = None
        self.actor: Actor | None = None
        self.fall_back = False  # a storage problem or no users: take the ordinary order


def sign_in_while_opening(db_url: str | None) -> Outcome:
    """Show the sign-in dialog at once and open the database behind it; see the module's docstring."""
    from enrol.ui.dialogs.sign_in_dialog import SignInDialog

    outcome = Outcome()
    opening = Opening(db_url)
    dialog: SignInDialog | None = None

    def attempt(login: str, password: str) -> Actor:
        from enrol.services.people import users

        try:
            db = opening.result()
        except StorageError:
            outcome.fall_back = True
            raise _closing(dialog) from None
        if not users.has_users(db):
            outcome.db, outcome.fall_back = db, True
            raise _closing(dialog)
        outcome.db = db
        return users.sign_in(db, login=login, password=password)

    dialog = SignInDialog(None, attempt=attempt)
    starter = _AfterFirstPaint(dialog, opening.start)
    if dialog.exec() and dialog.actor is not None:
        outcome.actor = dialog.actor
    elif outcome.fall_back:
        if outcome.db is None:
            opening.settle()  # the ordinary order opens it again and shows the storage problem
    elif outcome.db is not None:
        outcome.db.dispose()  # cancelled after a wrong password
        outcome.db = None
    else:
        opening.settle()  # cancelled before the database was needed
    dialog.removeEventFilter(starter)
    dialog = None  # ``attempt`` holds the dialog: without this the pair waits for the cyclic collector
    return outcome


def _closing(dialog: QDialog | None) -> EnrolError:
    """Close the dialog from inside its own accept (the start then takes the ordinary order)."""
    if dialog is not None:
        QTimer.singleShot(0, dialog.reject)
    return EnrolError("")


class _AfterFirstPaint(QObject):
    """Calls ``then`` once, when the event loop is back after the widget's first paint."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._then: Callable[[], None] | None = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint and self._then is not None:
            QTimer.singleShot(0, self._then)
            self._then = None
        return False


class _FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint and watched.isWidgetType():
            QTimer.singleShot(0, lambda: os._exit(0))  # noqa: SLF001 - the benchmark's cold start ends here
        return False


_watcher: list[Any] = []


def exit_at_first_paint_if_asked(app: QApplication) -> None:
    if os.environ.get(FIRST_PAINT_ENV) == "1" and not _watcher:
        _watcher.append(_FirstPaint(app))
        app.installEventFilter(_watcher[0])
