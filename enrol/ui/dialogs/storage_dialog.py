"""The storage-problem dialog: what went wrong with the database, what to do, and — where it helps — a button
that restores the latest good backup (a damaged, garbled, emptied or deleted file; never for a lock, a full
disk or a server that is down, where the data is fine and restoring would only lose work).
"""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from enrol.services.storage.backups import LOCKED, UNREACHABLE, restore_helps
from enrol.domain.errors import StorageError
from enrol.i18n import format_date, render_error, translate
from enrol.services.storage.backups import KINDS, BackupInfo

RESTORE, RETRY, QUIT = "restore", "retry", "quit"


class StorageProblemDialog(QMessageBox):
    """Returns the user's choice in ``choice``: ``restore`` (the backup in ``backup``), ``retry`` or ``quit``."""

    def __init__(self, error: StorageError, backup: BackupInfo | None, parent: QWidget | None = None, *,
                 during_work: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("storageDialog")
        self.setIcon(QMessageBox.Icon.Critical)
        self.error = error
        self.backup = backup if restore_helps(error) else None
        self.choice = QUIT
        self.restore_button: QPushButton | None = None
        self.retry_button: QPushButton | None = None
        if self.backup is not None:
            self.restore_button = self.addButton("", QMessageBox.ButtonRole.AcceptRole)
            self.restore_button.setObjectName("restoreLatest")
        if error.kind in (LOCKED, UNREACHABLE):
            self.retry_button = self.addButton("", QMessageBox.ButtonRole.AcceptRole)
            self.retry_button.setObjectName("retry")
        self.quit_button = self.addButton("", QMessageBox.ButtonRole.RejectRole)
        self.quit_button.setObjectName("quit")
        self._during_work = during_work
        self.setDefaultButton(self.restore_button or self.retry_button or self.quit_button)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Storage problem"))
        self.setText(render_error(self.error))
        if self.backup is not None:
            taken = format_date(self.backup.taken_at)
            self.setInformativeText(
                self.tr("The latest good backup was made %1 (%2). Restoring it replaces the database with it; "
                        "the present file is kept beside it first, so nothing is deleted.")
                .replace("%1", taken).replace("%2", translate(KINDS.get(self.backup.kind, self.backup.kind))))
            assert self.restore_button is not None
            self.restore_button.setText(self.tr("Restore latest backup"))
        elif restore_helps(self.error):
            self.setInformativeText(self.tr("There is no backup to restore from. Ask IT to check the file."))
        if self.retry_button is not None:
            self.retry_button.setText(self.tr("Try again"))
        self.quit_button.setText(self.tr("Close") if self._during_work else self.tr("Quit"))

    def exec(self) -> int:
        result = super().exec()
        clicked = self.clickedButton()
        if clicked is not None and clicked is self.restore_button:
            self.choice = RESTORE
        elif clicked is not None and clicked is self.retry_button:
            self.choice = RETRY
        else:
            self.choice = QUIT
        return result


__all__ = ["QUIT", "RESTORE", "RETRY", "StorageProblemDialog"]
