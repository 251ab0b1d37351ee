"""Show what went wrong as a dialog in the user's language: expected errors plainly, bugs with the log path."""
from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QMessageBox, QWidget

from enrol.domain.errors import EnrolError, StorageError
from enrol.i18n import render_error

log = logging.getLogger(__name__)
T = TypeVar("T")


def show_error(parent: QWidget | None, error: EnrolError) -> None:
    title = parent.tr("Storage problem") if isinstance(error, StorageError) and parent else "enrol"
    box = QMessageBox(QMessageBox.Icon.Critical if isinstance(error, StorageError) else QMessageBox.Icon.Warning,
                      title, render_error(error), QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorBox")
    box.exec()


def run_safely(parent: QWidget | None, action: Callable[[], T]) -> T | None:
    """Run a service call; an EnrolError becomes a dialog and None (nothing was changed)."""
    try:
        return action()
    except EnrolError as error:
        log.info("refused: %s", error)
        show_error(parent, error)
        return None
