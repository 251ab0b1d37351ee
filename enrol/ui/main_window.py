"""The main window. Until the front-desk issue lands it shows the centre at a glance from the services."""
from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

from enrol.db.engine import Database
from enrol.services import database


class MainWindow(QMainWindow):
    def __init__(self, db: Database) -> None:
        super().__init__()
        self._db = db
        central = QWidget(self)
        layout = QVBoxLayout(central)
        self._title = QLabel(central)
        self._summary = QLabel(central)
        layout.addWidget(self._title)
        layout.addWidget(self._summary)
        layout.addStretch(1)
        self.setCentralWidget(central)
        self.resize(900, 600)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        report = database.check_database(self._db)
        self.setWindowTitle(self.tr("enrol — the centre's front desk"))
        self._title.setText(self.tr("<h2>enrol</h2>"))
        self._summary.setText(
            self.tr("Database: %1<br>Rooms: %2 · Groups: %3 · Children: %4 · Enrolments: %5")
            .replace("%1", report.location).replace("%2", str(report.rooms)).replace("%3", str(report.groups))
            .replace("%4", str(report.children)).replace("%5", str(report.enrolments))
        )
        self.statusBar().showMessage(self.tr("Ready"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
