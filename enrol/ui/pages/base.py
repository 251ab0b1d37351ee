"""What every page of the main window offers: texts and a refresh (its title lives in main_window.PAGE_SPECS)."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QWidget

from enrol.db.engine import Database


class Page(QWidget):
    """A page of the navigation. ``changed`` tells the window that data changed, so other pages refresh."""

    changed = Signal()
    go_to = Signal(str)  # asks the window to show the page with this key (e.g. from a "set this up first" link)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db

    def refresh(self) -> None:
        """Reload what the page shows from the services."""

    def retranslateUi(self) -> None:
        """Set every text; runs at start and on every language change."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
