"""The storage-problem dialog: what went wrong with the database, what to do, and — where it helps — a button
that restores the latest good backup (a damaged, garbled, emptied or deleted file; never for a lock, a full
disk or a server that is down, where the data is fine and restoring would only lose work).
"""
from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget

from enrol.services.storage.backups import LOCKED, UNREACHABLE, restore_helps
from enrol.domain.errors import StorageError
from enrol.i18n import format_date, render_error, translate
from enrol.services.storage.backups import KINDS, BackupInfo

RESTORE, RETRY, OPEN_OTHER, QUIT = "restore", "retry", "open-other", "quit"


class StorageProblemDialog(QMessageBox):
    """Returns the user's choice in ``choice``: ``restore`` (the backup in ``backup``), ``retry``, ``open-other``
    (the database file in ``other_file``, at start only: the advice is often "choose the right file") or ``quit``."""

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
        self.open_button: QPushButton | None = None
        self.other_file: str | None = None
        if not during_work:  # during work the window holds the database open: another file means a restart
            # A button without text is refused here ("Cannot add QPushButton without title"): texts come at once.
            self.open_button = self.addButton(self.tr("Open another file…"), QMessageBox.ButtonRole.ActionRole)
            self.open_button.setObjectName("openOther")
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
        if self.open_button is not None:
            self.open_button.setText(self.tr("Open another file…"))
        self.quit_button.setText(self.tr("Close") if self._during_work else self.tr("Quit"))

    def choose_file(self) -> QFileDialog:
        """The file dialog for *Open another file…* (Qt's own, so that it looks the same on every desk)."""
        chooser = QFileDialog(self, self.tr("Open another database file"))
        chooser.setObjectName("otherDatabaseFile")
        chooser.setFileMode(QFileDialog.FileMode.ExistingFile)
        chooser.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        chooser.setNameFilters([self.tr("enrol databases (*.sqlite *.sqlite3 *.db)"), self.tr("All files (*)")])
        return chooser

    def exec(self) -> int:
        while True:
            result = super().exec()
            clicked = self.clickedButton()
            if clicked is None or clicked is not self.open_button:
                break
            chooser = self.choose_file()
            if chooser.exec() and chooser.selectedFiles():
                self.other_file = chooser.selectedFiles()[0]
                self.choice = OPEN_OTHER
                return result
            # No file chosen: back to the advice and its other choices.
        if clicked is not None and clicked is self.restore_button:
            self.choice = RESTORE
        elif clicked is not None and clicked is self.retry_button:
            self.choice = RETRY
        else:
            self.choice = QUIT
        return result


__all__ = ["OPEN_OTHER", "QUIT", "RESTORE", "RETRY", "StorageProblemDialog"]
