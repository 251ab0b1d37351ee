"""Notifications for the registrar: seats offered (with the guardian's phone and the deadline), children
enrolled from a waitlist, offers that expired. Marking one done says "called"; it stays in the record."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from enrol.db.engine import Database
from enrol.services.enrolment import notifications
from enrol.services.context import now
from enrol.services.enrolment.notifications import NotificationInfo
from enrol.ui.errors import run_safely
from enrol.ui.models.rows_model import Column, RowsTableModel
from enrol.ui.pages.base import Page
from enrol.ui.session import current_actor
from enrol import i18n

SOON = dt.timedelta(hours=24)


def kind_text(info: NotificationInfo) -> str:
    if info.kind == "offer":
        if info.expires_at is not None and info.expires_at - now() <= SOON:
            return QCoreApplication.translate("notifications", "seat offered — expires soon")
        return QCoreApplication.translate("notifications", "seat offered")
    return {
        "enrolled_from_waitlist": QCoreApplication.translate("notifications", "enrolled from the waitlist"),
        "expired": QCoreApplication.translate("notifications", "offer expired"),
        "offer_expired": QCoreApplication.translate("notifications", "offer expired"),
        "absence_alert": QCoreApplication.translate("notifications", "absent several times in a row"),
    }.get(info.kind, info.kind)


class NotificationsPage(Page):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.setObjectName("notificationsPage")
        self._open = 0
        def when(value: dt.datetime | None) -> str:
            return i18n.format_date(value)

        self.model: RowsTableModel[NotificationInfo] = RowsTableModel([
            Column(lambda: self.tr("When"), lambda n: when(n.created_at)),
            Column(lambda: self.tr("What"), kind_text),
            Column(lambda: self.tr("Child"), lambda n: n.child),
            Column(lambda: self.tr("Group"), lambda n: n.group),
            Column(lambda: self.tr("Guardian"), lambda n: n.guardian),
            Column(lambda: self.tr("Phone"), lambda n: n.phone),
            Column(lambda: self.tr("Answer by"), lambda n: when(n.expires_at)),
        ], self)
        self.table = QTableView(self)
        self.table.setObjectName("notificationsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.done_button = QPushButton(self)
        self.show_done = QCheckBox(self)
        row = QHBoxLayout()
        row.addWidget(self.done_button)
        row.addWidget(self.show_done)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        self.done_button.clicked.connect(self.mark_selected_done)
        self.show_done.toggled.connect(lambda _on: self.refresh())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.retranslateUi()


    def retranslateUi(self) -> None:
        self.intro.setText(self.tr("Call the guardian about each offered seat before it expires; mark the "
                                   "notification done when you have called."))
        self.done_button.setText(self.tr("Called — mark done"))
        self.show_done.setText(self.tr("Show done ones too"))
        self.model.retranslate()
        self._update_buttons()

    def refresh(self) -> None:
        found = run_safely(self, lambda: notifications.list_notifications(
            self.db, actor=current_actor(), include_done=self.show_done.isChecked()))
        rows = found or []
        self._open = sum(1 for n in rows if not n.done)
        self.model.set_rows(rows)
        self._update_buttons()

    def open_count(self) -> int:
        return self._open

    def _update_buttons(self) -> None:
        selected = self.model.row(self.table.currentIndex().row())
        self.done_button.setEnabled(selected is not None and not selected.done)

    def mark_selected_done(self) -> None:
        selected = self.model.row(self.table.currentIndex().row())
        if selected is None:
            return
        if run_safely(self, lambda: notifications.mark_done(self.db, actor=current_actor(),
                                                            notification_id=selected.id)) is not None:
            self.changed.emit()
