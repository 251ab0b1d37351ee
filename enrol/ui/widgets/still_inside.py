"""Children still inside at the end of the day, for the Notifications page: whom to call (the guardians'
phones), and for administrators *Close the day…*, which records each of them as out with the reason."""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QInputDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from enrol.db.engine import Database
from enrol.services.entrance import facts
from enrol.services.entrance.facts import StillInside
from enrol.services.people import permissions
from enrol.ui.errors import run_safely
from enrol.ui.models.rows_model import Column, RowsTableModel
from enrol.ui.widgets.tables import table
from enrol.ui.session import current_actor


class StillInsidePanel(QGroupBox):
    """Hidden while nobody is inside after hours."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stillInside")
        self.db = db
        self.model: RowsTableModel[StillInside] = RowsTableModel([
            Column(lambda: self.tr("Child"), lambda c: c.child, stretch=True),
            Column(lambda: self.tr("Inside since"), lambda c: f"{c.since:%H:%M}"),
            Column(lambda: self.tr("Phone"), lambda c: ", ".join(c.phones)),
        ], self)
        self.view = table(self, self.model, "stillInsideTable")
        self.view.setMaximumHeight(180)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("closeDay")
        self.close_button.clicked.connect(self.close_day)
        row = QHBoxLayout()
        row.addWidget(self.intro, 1)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.view)
        self.retranslateUi()
        self.setVisible(False)

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Still inside after the last class"))
        self.intro.setText(self.tr("These children were not scanned out: call the guardians."))
        self.close_button.setText(self.tr("Close the day…"))
        self.model.retranslate()

    def refresh(self, *, at: dt.datetime | None = None) -> None:
        actor = current_actor()
        found = run_safely(self, lambda: facts.still_inside(self.db, actor=actor, at=at)) or []
        self.model.set_rows(found)
        self.close_button.setVisible(permissions.allowed(actor, "entrance.override"))
        self.setVisible(bool(found))

    def close_day(self, reason: str | None = None) -> int | None:
        if reason is None:
            text, ok = QInputDialog.getText(self, self.tr("Close the day"),
                                            self.tr("Every child still inside is recorded as out. Reason:"))
            if not ok:
                return None
            reason = text
        closed = run_safely(self, lambda: facts.close_day(self.db, actor=current_actor(), reason=reason or ""))
        self.refresh()
        return closed
