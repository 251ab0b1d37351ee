"""Rooms: the building's rooms by floor with kind and seats; add and edit them (seats may not drop below what a
group meeting there needs — the service names those groups); each room's week occupancy as a heat map."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from enrol import i18n
from enrol.db.engine import Database
from enrol.domain.vocabulary import ROOM_KINDS
from enrol.services.centre import rooms
from enrol.services.enrolment.occupancy import WeekProfile
from enrol.services.centre.rooms import RoomInfo
from enrol.ui.dialogs.room_dialog import RoomDialog, RoomValues
from enrol.ui.errors import run_safely
from enrol.ui.models.rows_model import Column, RowsTableModel
from enrol.ui.pages.base import Page
from enrol.ui.pages.now_page import table, weekday_names
from enrol.ui.session import current_actor
from enrol.ui.widgets.heat_map import HeatMap


class RoomsPage(Page):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.setObjectName("roomsPage")
        self.profile: WeekProfile | None = None
        self.model: RowsTableModel[RoomInfo] = RowsTableModel([
            Column(lambda: self.tr("Floor"), lambda r: r.floor, align_right=True),
            Column(lambda: self.tr("Code"), lambda r: r.code),
            Column(lambda: self.tr("Name"), lambda r: r.name, stretch=True),
            Column(lambda: self.tr("Kind"), lambda r: i18n.translate(ROOM_KINDS.get(r.kind, r.kind))),
            Column(lambda: self.tr("Seats"), lambda r: r.seats, align_right=True),
            Column(lambda: self.tr("In use"), lambda r: self.tr("yes") if r.active else self.tr("no")),
        ], self)
        self.table = table(self, self.model, "roomsTable")
        self.add_button = QPushButton(self)
        self.edit_button = QPushButton(self)
        self.edit_button.setObjectName("editRoom")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        self.week_title = QLabel(self)
        self.week_title.setWordWrap(True)
        self.heat = HeatMap(self)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.table, 1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.week_title)
        right_layout.addWidget(self.heat, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([460, 320])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.add_button.clicked.connect(self.add_room)
        self.edit_button.clicked.connect(self.edit_room)
        self.table.doubleClicked.connect(lambda _index: self.edit_room())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_week())
        self.retranslateUi()


    def retranslateUi(self) -> None:
        self.add_button.setText(self.tr("New room…"))
        self.edit_button.setText(self.tr("Edit room…"))
        self.model.retranslate()
        self._render_week()

    def refresh(self) -> None:
        current = self.current_room()
        self.model.set_rows(run_safely(self, lambda: rooms.list_rooms(self.db)) or [])
        self.select_room(current.code if current else None)

    def current_room(self) -> RoomInfo | None:
        return self.model.row(self.table.currentIndex().row())

    def select_room(self, code: str | None) -> None:
        rows = self.model.rows()
        row = next((i for i, r in enumerate(rows) if r.code == code), 0 if rows else -1)
        if row >= 0:
            self.table.selectRow(row)
        self._show_week()

    def _show_week(self) -> None:
        room = self.current_room()
        self.edit_button.setEnabled(room is not None)
        self.profile = run_safely(self, lambda: rooms.room_week(self.db, room=room.code)) if room else None
        self._render_week()

    def _render_week(self) -> None:
        room, profile = self.current_room(), self.profile
        self.heat.set_profile(profile, weekday_names())
        if room is None or profile is None:
            self.week_title.setText(self.tr("Choose a room to see its week."))
            return
        text = self.tr("<b>Room %1 · %2</b> — the typical week against its %3 seats.").replace("%1", room.code) \
            .replace("%2", room.name).replace("%3", str(room.seats))
        if profile.peak and profile.peak_weekday and profile.peak_minute is not None:
            text += " " + self.tr("Busiest: %1 children on %2 at %3.").replace("%1", str(profile.peak)) \
                .replace("%2", weekday_names()[profile.peak_weekday - 1]) \
                .replace("%3", f"{profile.peak_minute // 60}:{profile.peak_minute % 60:02d}")
        else:
            text += " " + self.tr("No group meets here.")
        self.week_title.setText(text)

    def add_room(self) -> RoomInfo | None:
        dialog = RoomDialog(self)
        if not dialog.exec():
            return None
        return self.save_new(dialog.values())

    def save_new(self, values: RoomValues) -> RoomInfo | None:
        info = run_safely(self, lambda: rooms.add_room(self.db, actor=current_actor(), code=values.code,
                                                       name=values.name, floor=values.floor, kind=values.kind,
                                                       seats=values.seats))
        if info is not None:
            self.changed.emit()
            self.refresh()
            self.select_room(info.code)
        return info

    def edit_room(self) -> RoomInfo | None:
        room = self.current_room()
        if room is None:
            return None
        dialog = RoomDialog(self, room=room)
        if not dialog.exec():
            return None
        return self.save_edit(room.code, dialog.values())

    def save_edit(self, code: str, values: RoomValues) -> RoomInfo | None:
        info = run_safely(self, lambda: rooms.update_room(self.db, actor=current_actor(), room=code, name=values.name,
                                                          kind=values.kind, seats=values.seats, active=values.active))
        if info is not None:
            self.changed.emit()
            self.refresh()
            self.select_room(info.code)
        return info
