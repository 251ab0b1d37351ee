"""The audit trail (administrators): who did what to which record and when, newest first, filtered by
user, record and period; export of what the filter shows (itself audited)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox, QDateEdit, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from enrol import i18n
from enrol.db.engine import Database
from enrol.services.people import audit
from enrol.services.people.audit import ReadableEntry
from enrol.ui.dates import adopt
from enrol.ui.errors import run_safely
from enrol.ui.models.rows_model import Column, RowsTableModel
from enrol.ui.pages.base import Page
from enrol.ui.pages.now_page import table
from enrol.ui.session import current_actor

SHOWN = 1000


def _short(text: str | None) -> str:
    return "" if not text else text if len(text) <= 120 else text[:120] + "…"


class AuditPage(Page):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.setObjectName("auditPage")
        # People, actions and records as words (the same words as ``enrol audit list``); before/after as the
        # stored fields with their names in the language (the export keeps the stored JSON).
        self.model: RowsTableModel[ReadableEntry] = RowsTableModel([
            Column(lambda: self.tr("When"), lambda e: i18n.format_date(e.entry.at.date()) + f"{e.entry.at: %H:%M:%S}"),
            Column(lambda: self.tr("Who"), lambda e: i18n.render(e.who)),
            Column(lambda: self.tr("What"), lambda e: i18n.render(e.what)),
            Column(lambda: self.tr("Record"), lambda e: i18n.render(e.record)),
            Column(lambda: self.tr("Before"), lambda e: _short(i18n.record_text(e.entry.before))),
            Column(lambda: self.tr("After"), lambda e: _short(i18n.record_text(e.entry.after)), stretch=True),
        ], self)
        self.table = table(self, self.model, "auditTable")
        self.user, self.entity, self.entity_id = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        self.user.setObjectName("auditUser")
        self.entity.setObjectName("auditEntity")
        self.entity_id.setObjectName("auditEntityId")
        self.use_period = QCheckBox(self)
        self.use_period.setObjectName("auditUsePeriod")
        self.since, self.until = QDateEdit(self), QDateEdit(self)
        today = QDate.currentDate()
        self.since.setDate(today.addDays(-30))
        self.until.setDate(today)
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            adopt(edit)
        self.apply_button, self.export_button = QPushButton(self), QPushButton(self)
        self.apply_button.setObjectName("auditApply")
        self.export_button.setObjectName("auditExport")
        self._form = QFormLayout()
        self._labels = [QLabel(self) for _ in range(4)]
        self._form.addRow(self._labels[0], self.user)
        self._form.addRow(self._labels[1], self.entity)
        self._form.addRow(self._labels[2], self.entity_id)
        period = QHBoxLayout()
        for widget in (self.use_period, self.since, self.until):
            period.addWidget(widget)
        period.addStretch(1)
        self._form.addRow(self._labels[3], period)
        buttons = QHBoxLayout()
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(self._form)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.apply_button.clicked.connect(self.refresh)
        for edit in (self.user, self.entity, self.entity_id):
            edit.returnPressed.connect(self.refresh)
        self.export_button.clicked.connect(self._choose_export_file)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        for edit in (self.since, self.until):
            adopt(edit)
        for label, text in zip(self._labels, (self.tr("User:"), self.tr("Record kind:"), self.tr("Record number:"),
                                              self.tr("Period:"))):
            label.setText(text)
        self.user.setPlaceholderText(self.tr("e.g. aigerim or cli:root"))
        self.entity.setPlaceholderText(self.tr("e.g. child, group, user"))
        self.use_period.setText(self.tr("only from – to"))
        self.apply_button.setText(self.tr("Show"))
        self.export_button.setText(self.tr("Export…"))
        self.model.retranslate()

    def filters(self) -> dict[str, object]:
        since = until = None
        if self.use_period.isChecked():
            since = dt.datetime.combine(self.since.date().toPython(), dt.time())
            until = dt.datetime.combine(self.until.date().toPython() + dt.timedelta(days=1), dt.time())
        return {"user": self.user.text().strip() or None, "entity": self.entity.text().strip() or None,
                "entity_id": self.entity_id.text().strip() or None, "since": since, "until": until}

    def refresh(self) -> None:
        def load() -> list[ReadableEntry]:
            found = audit.list_events(self.db, actor=current_actor(), limit=SHOWN, **self.filters())  # type: ignore[arg-type]
            return audit.readable(self.db, found)

        self.model.set_rows(run_safely(self, load) or [])

    def export(self, path: Path) -> int | None:
        # force: the save dialog asked before replacing a file; the database and its backups stay refused
        return run_safely(self, lambda: audit.export_events(self.db, actor=current_actor(), path=path, force=True,
                                                            **self.filters()))  # type: ignore[arg-type]

    def _choose_export_file(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(self, self.tr("Export the audit trail"), "audit.csv",
                                                    "CSV (*.csv);;JSON (*.json)")
        if name:
            self.export(Path(name))
