"""Backups: the list of this database's backups, "Back up now", restore (which first backs up what it
replaces), how many days of automatic backups to keep — and the scheduler of the start-up and daily backups.

The automatic backups run in a worker thread: on a 100,000-child database a verified copy takes about a
second, which the front desk should not spend looking at a frozen window.
"""
from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPushButton, QSpinBox,
    QTableView, QVBoxLayout, QWidget,
)

from enrol.db.engine import Database
from enrol.domain.errors import EnrolError, StorageError
from enrol.i18n import render_error, translate
from enrol.services.centre import settings
from enrol.services.storage import backups
from enrol.services.storage.backups import KINDS, BackupInfo
from enrol.ui.dialogs.storage_dialog import RESTORE, StorageProblemDialog
from enrol.ui.errors import run_safely
from enrol.ui.models.rows_model import Column, RowsTableModel
from enrol.ui.pages.base import Page
from enrol.ui.session import current_actor
from enrol import i18n

HOUR_MS = 60 * 60 * 1000


class BackupScheduler(QObject):
    """Runs the start-up backup and, every hour, the daily one when it is due; one at a time, off the GUI
    thread. ``finished`` carries the BackupInfo (or None when none was due), ``failed`` the StorageError."""

    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._busy = threading.Lock()
        self.timer = QTimer(self)
        self.timer.setInterval(HOUR_MS)
        self.timer.timeout.connect(self.run_if_due)

    def start(self) -> None:
        """The start-up backup now, then a check every hour."""
        self._run(lambda: backups.automatic_backup(self.db))
        self.timer.start()

    def run_if_due(self) -> None:
        self._run(lambda: backups.backup_if_due(self.db))

    def _run(self, job: Callable[[], BackupInfo | None]) -> bool:
        if not self._busy.acquire(blocking=False):
            return False

        def work() -> None:
            try:
                result = job()
            except EnrolError as error:
                self.failed.emit(error)
            except Exception as error:  # noqa: BLE001 - reported in the window, never lost in a thread
                self.failed.emit(StorageError(str(error), kind="backup"))
            else:
                self.finished.emit(result)
            finally:
                self._busy.release()

        threading.Thread(target=work, name="enrol-backup", daemon=True).start()
        return True


def _size(info: BackupInfo) -> str:
    return QLocale().formattedDataSize(info.size)


class BackupsPage(Page):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.setObjectName("backupsPage")
        self.scheduler = BackupScheduler(db, self)
        self.scheduler.finished.connect(self._automatic_done)
        self.scheduler.failed.connect(self._automatic_failed)
        self._warned = False
        self.model: RowsTableModel[BackupInfo] = RowsTableModel([
            Column(lambda: self.tr("Taken"), lambda b: i18n.format_date(b.taken_at)),
            Column(lambda: self.tr("Kind"), lambda b: translate(KINDS.get(b.kind, b.kind))),
            Column(lambda: self.tr("Size"), _size, align_right=True),
            Column(lambda: self.tr("File"), lambda b: b.path.name, stretch=True),
        ], self)
        self.table = QTableView(self)
        self.table.setObjectName("backupsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel(self)
        self.status.setObjectName("backupStatus")
        self.status.setWordWrap(True)
        self.backup_button = QPushButton(self)
        self.backup_button.setObjectName("backupNow")
        self.restore_button = QPushButton(self)
        self.restore_button.setObjectName("restoreBackup")
        self.folder_button = QPushButton(self)
        self.keep_label = QLabel(self)
        self.keep = QSpinBox(self)
        self.keep.setObjectName("backupKeep")
        self.keep.setRange(1, 365)
        self.keep_label.setBuddy(self.keep)
        buttons = QHBoxLayout()
        for widget in (self.backup_button, self.restore_button, self.folder_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.keep_label)
        buttons.addWidget(self.keep)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(lambda: self.restore_selected())
        self.folder_button.clicked.connect(self._open_folder)
        self.keep.editingFinished.connect(self._keep_changed)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        self.retranslateUi()


    def retranslateUi(self) -> None:
        self.intro.setText(self.tr(
            "enrol backs up the database at every start and once a day while it runs, and checks every copy. "
            "Restoring a backup first backs up the present state, so a restore can be undone.\nFolder: %1")
            .replace("%1", str(backups.backups_folder(self.db))))
        self.backup_button.setText(self.tr("Back up now"))
        self.restore_button.setText(self.tr("Restore…"))
        self.folder_button.setText(self.tr("Open folder"))
        self.keep_label.setText(self.tr("Days of automatic backups to keep:"))
        self.model.retranslate()

    # --- data --------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        found = run_safely(self, lambda: backups.list_backups(self.db))
        self.model.set_rows(found or [])
        keep = run_safely(self, lambda: settings.get_setting(self.db, key="backup_keep"))
        if keep is not None:
            self.keep.blockSignals(True)
            self.keep.setValue(int(keep.value))
            self.keep.blockSignals(False)
        self._update_buttons()

    def selected(self) -> BackupInfo | None:
        return self.model.row(self.table.currentIndex().row())

    def select_backup(self, path: Path) -> None:
        for number, info in enumerate(self.model.rows()):
            if info.path == path:
                self.table.selectRow(number)
                return

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    # --- actions -----------------------------------------------------------------------------------------
    def back_up_now(self) -> BackupInfo | None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            made = run_safely(self, lambda: backups.back_up(self.db, kind=backups.MANUAL))
        finally:
            QApplication.restoreOverrideCursor()
        if made is not None:
            self.refresh()
            self.select_backup(made.path)
            self._say(self.tr("Backup written and checked: %1").replace("%1", made.path.name))
        return made

    def restore_selected(self, *, confirm: bool = True) -> bool:
        chosen = self.selected()
        if chosen is None:
            return False
        taken = i18n.format_date(chosen.taken_at)
        if confirm and QMessageBox.question(
                self, self.tr("Restore a backup"),
                self.tr("Replace the database with the backup made %1? Everything entered since then will be "
                        "replaced; the present state is backed up first, so this can be undone.").replace("%1", taken),
        ) != QMessageBox.StandardButton.Yes:
            return False
        return self._restore(chosen)

    def _restore(self, chosen: BackupInfo) -> bool:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = run_safely(self, lambda: backups.restore(self.db, actor=current_actor(), source=chosen.path))
        finally:
            QApplication.restoreOverrideCursor()
        if result is None:
            return False
        self.changed.emit()
        self.refresh()
        self._say(self.tr("Restored from %1.").replace("%1", chosen.path.name))
        return True

    def _keep_changed(self) -> None:
        value = str(self.keep.value())
        run_safely(self, lambda: settings.set_setting(self.db, actor=current_actor(), key="backup_keep", value=value))

    def _open_folder(self) -> None:
        folder = backups.backups_folder(self.db)
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def _say(self, text: str) -> None:
        self.status.setText(text)
        window = self.window()
        if hasattr(window, "show_message"):
            window.show_message(text)

    # --- automatic backups -------------------------------------------------------------------------------
    def _automatic_done(self, made: BackupInfo | None) -> None:
        if made is None:
            return
        self.refresh()
        self._say(self.tr("Automatic backup written and checked: %1").replace("%1", made.path.name))

    def _automatic_failed(self, error: EnrolError) -> None:
        """A failed automatic backup is said once per session in a dialog (with the offer to restore when the
        database itself is damaged), then only in the status line, so an hourly retry does not nag."""
        self._say(self.tr("The automatic backup failed: %1").replace("%1", render_error(error)))
        if self._warned or not isinstance(error, StorageError):
            return
        self._warned = True
        latest = None
        if backups.restore_helps(error):
            latest = run_safely(self, lambda: backups.latest_good_backup(self.db))
        dialog = StorageProblemDialog(error, latest, self, during_work=True)
        dialog.exec()
        if dialog.choice == RESTORE and latest is not None:
            self._restore(latest)


__all__ = ["BackupScheduler", "BackupsPage"]
