"""Show what went wrong as a dialog in the user's language: expected errors plainly, bugs with the log path."""
from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from enrol.domain.errors import EnrolError, StorageError
from enrol.i18n import render_error

log = logging.getLogger(__name__)
T = TypeVar("T")
_collectors: list[list[str]] = []


@contextmanager
def collecting_errors() -> Iterator[list[str]]:
    """While active, every error the window would show is collected (its text, in the user's language) instead
    of waiting in a modal box: ``enrol gui --smoke --user`` and the tests see each refusal a page meets."""
    found: list[str] = []
    _collectors.append(found)
    try:
        yield found
    finally:
        _collectors.remove(found)


def show_error(parent: QWidget | None, error: EnrolError) -> None:
    if _collectors:
        _collectors[-1].append(render_error(error))
        return
    title = parent.tr("Storage problem") if isinstance(error, StorageError) and parent else "enrol"
    box = QMessageBox(QMessageBox.Icon.Critical if isinstance(error, StorageError) else QMessageBox.Icon.Warning,
                      title, render_error(error), QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorBox")
    box.exec()


def install_excepthook() -> None:
    """A bug must not kill the front desk silently: log the traceback, tell the user where the log is."""
    from enrol.paths import log_dir

    def hook(kind, value, trace) -> None:  # type: ignore[no-untyped-def]
        log.error("unexpected error", exc_info=(kind, value, trace))
        if isinstance(value, EnrolError):
            show_error(None, value)
            return
        box = QMessageBox(QMessageBox.Icon.Critical, "enrol",
                          QCoreApplication.translate("errors", "Something went wrong and the action was not "
                                                     "completed. Please send the log file %1 to IT.")
                          .replace("%1", str(log_dir() / "enrol.log")))
        box.exec()

    sys.excepthook = hook


def run_safely(parent: QWidget | None, action: Callable[[], T]) -> T | None:
    """Run a service call; an EnrolError becomes a dialog and None (nothing was changed)."""
    try:
        return action()
    except EnrolError as error:
        log.info("refused: %s", error)
        show_error(parent, error)
        return None
