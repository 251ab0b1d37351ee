"""Events: concerts in the 300-seat hall, parents' meetings, exhibitions — booked with a headcount that must
fit the room and counts toward the building's capacity. A refusal names why: the seats, the room taken, or
the moment the building would be over its limit."""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPushButton, QTableView,
    QVBoxLayout, QWidget,
)

from enrol.db.engine import Database
from enrol.services.bookings import events
from enrol.services.centre import rooms
from enrol.services.context import now
from enrol.services.bookings.events import EventInfo
from enrol.ui.dialogs.event_dialog import EventDialog, EventRequest
from enrol.ui.errors import run_safely
from enrol.ui.models.rows_model import Column, RowsTableModel
from enrol.ui.pages.base import Page
from enrol.ui.session import current_actor
from enrol import i18n


class EventsPage(Page):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.setObjectName("eventsPage")

        def when(e: EventInfo) -> str:
            return f"{i18n.format_date(e.starts_at)}–{e.ends_at:%H:%M}"

        self.model: RowsTableModel[EventInfo] = RowsTableModel([
            Column(lambda: self.tr("When"), when),
            Column(lambda: self.tr("Title"), lambda e: e.title, stretch=True),
            Column(lambda: self.tr("Room"), lambda e: f"{e.room} · {e.room_name}"),
            Column(lambda: self.tr("Headcount"), lambda e: f"{e.headcount} / {e.seats}", align_right=True),
        ], self)
        self.table = QTableView(self)
        self.table.setObjectName("eventsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in self.model.stretch_columns():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("newEventButton")
        self.cancel_button = QPushButton(self)
        self.show_past = QCheckBox(self)
        row = QHBoxLayout()
        for widget in (self.new_button, self.cancel_button, self.show_past):
            row.addWidget(widget)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        self.new_button.clicked.connect(lambda: self.new_event())
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.show_past.toggled.connect(lambda _on: self.refresh())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.retranslateUi()


    def retranslateUi(self) -> None:
        self.intro.setText(self.tr("Events in the hall or another room. The headcount must fit the room's seats and "
                                   "counts toward the building's capacity while the event lasts."))
        self.new_button.setText(self.tr("New event…"))
        self.cancel_button.setText(self.tr("Cancel the event…"))
        self.show_past.setText(self.tr("Show past events"))
        self.model.retranslate()
        self._update_buttons()

    def refresh(self) -> None:
        first = None if self.show_past.isChecked() else now().date()
        self.model.set_rows(run_safely(self, lambda: events.list_events(self.db, first=first)) or [])
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.cancel_button.setEnabled(self.model.row(self.table.currentIndex().row()) is not None)

    def new_event(self, *, day: dt.date | None = None) -> EventInfo | None:
        found = run_safely(self, lambda: rooms.list_rooms(self.db)) or []
        dialog = EventDialog(self, rooms=[r for r in found if r.active], day=day or now().date())
        if not dialog.exec() or dialog.request is None:
            return None
        return self.submit(dialog.request)

    def submit(self, request: EventRequest) -> EventInfo | None:
        booked = run_safely(self, lambda: events.add_event(
            self.db, actor=current_actor(), title=request.title, room=request.room, starts_at=request.starts_at,
            ends_at=request.ends_at, headcount=request.headcount, notes=request.notes))
        if booked is not None:
            self.changed.emit()
            self.refresh()
            window = self.window()
            if hasattr(window, "show_message"):
                window.show_message(self.tr("Event «%1» booked in room %2.").replace("%1", booked.title)
                                    .replace("%2", booked.room))
        return booked

    def cancel_selected(self) -> None:
        chosen = self.model.row(self.table.currentIndex().row())
        if chosen is None:
            return
        question = self.tr("Cancel «%1»? Its room and seats become free.").replace("%1", chosen.title)
        answer = QMessageBox.question(self, self.tr("Cancel the event"), question)
        if answer == QMessageBox.StandardButton.Yes and run_safely(
                self, lambda: events.cancel_event(self.db, actor=current_actor(), event_id=chosen.id)) is not None:
            self.changed.emit()
            self.refresh()


__all__ = ["EventsPage"]
