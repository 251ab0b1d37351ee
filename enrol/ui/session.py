"""Who is using the window: the user signed in at start (``enrol.ui.app``).

Before a sign-in (``enrol gui --smoke``, GUI tests that build a window directly) the window acts as the
desktop's user with administrator rights — the same rights the CLI has on the machine that holds the data
(README, *The command line*); a normal start always signs in first and replaces this actor.
"""
from __future__ import annotations

import getpass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from enrol.services.context import Actor

if TYPE_CHECKING:
    from enrol.db.engine import Database

_actor: Actor | None = None


def current_actor() -> Actor:
    global _actor
    if _actor is None:
        try:
            user = getpass.getuser()
        except (KeyError, OSError):
            user = "unknown"
        _actor = Actor(login=f"gui:{user}", role="administrator")
    return _actor


def set_actor(actor: Actor | None) -> None:
    """The signed-in user (None: back to the desktop's user, as before any sign-in)."""
    global _actor
    _actor = actor


def change_own_password(parent: QWidget, db: Database) -> bool:
    """The signed-in user changes their password (any role): the dialog, then the service, which checks the
    current password. True when changed."""
    from enrol.services.people import users
    from enrol.ui.dialogs.sign_in_dialog import ChangePasswordDialog
    from enrol.ui.errors import run_safely

    dialog = ChangePasswordDialog(parent)
    if not dialog.exec():
        return False
    actor = current_actor()
    done = run_safely(parent, lambda: users.change_password(db, actor=actor, old_password=dialog.current.text(),
                                                            new_password=dialog.password.text()) or True)
    if done:
        QMessageBox.information(parent, dialog.windowTitle(),
                                QCoreApplication.translate("ChangePasswordDialog", "The password was changed."))
    return bool(done)
