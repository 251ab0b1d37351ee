"""Book a room for an event: title, room, day, start and end, headcount. Returns the request; the page asks
the events service, which refuses what does not fit (seats, a taken room, the building's capacity)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QDate, QEvent, QTime
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QSpinBox,
    QTimeEdit, QVBoxLayout, QWidget,
)

from enrol.services.centre.rooms import RoomInfo
from enrol.ui.dates import adopt

MAX_HEADCOUNT = 100_000


@dataclass(frozen=True)
class EventRequest:
    title: str
    room: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    headcount: int
    notes: str | None


class EventDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, rooms: list[RoomInfo], day: dt.date,
                 room: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eventDialog")
        self.request: EventRequest | None = None
        self._rooms = {r.code: r for r in rooms}
        self.title = QLineEdit(self)
        self.title.setObjectName("eventTitle")
        self.room = QComboBox(self)
        self.room.setObjectName("eventRoom")
        for info in sorted(rooms, key=lambda r: (r.kind != "hall", -r.seats, r.code)):
            self.room.addItem(f"{info.code} — {info.name} ({info.seats})", info.code)
        if room is not None:
            self.room.setCurrentIndex(max(0, self.room.findData(room)))
        self.day = QDateEdit(QDate(day.year, day.month, day.day), self)
        self.day.setCalendarPopup(True)
        adopt(self.day)
        self.start = QTimeEdit(QTime(15, 0), self)
        self.end = QTimeEdit(QTime(17, 0), self)
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
        self.headcount = QSpinBox(self)
        self.headcount.setObjectName("eventHeadcount")
        self.headcount.setRange(1, MAX_HEADCOUNT)
        self.headcount.setValue(50)
        self.notes = QPlainTextEdit(self)
        self.notes.setMaximumHeight(80)
        self.seats_hint = QLabel(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self._labels = [QLabel(self) for _ in range(7)]
        form = QFormLayout()
        for label, widget in zip(self._labels, (self.title, self.room, self.day, self.start, self.end, self.headcount,
                                                self.notes)):
            label.setBuddy(widget)
            form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.seats_hint)
        layout.addWidget(self.buttons)
        self.title.textChanged.connect(lambda _t: self._validate())
        self.room.currentIndexChanged.connect(lambda _i: self._validate())
        self.headcount.valueChanged.connect(lambda _v: self._validate())
        self.start.timeChanged.connect(lambda _t: self._validate())
        self.end.timeChanged.connect(lambda _t: self._validate())
        self.resize(520, 420)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("New event"))
        for label, text in zip(self._labels, (self.tr("&Title"), self.tr("&Room"), self.tr("&Day"), self.tr("&Start"),
                                              self.tr("&End"), self.tr("&Headcount"), self.tr("N&otes"))):
            label.setText(text)
        self._validate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def _validate(self) -> None:
        """OK only with a title and an end after the start; the seats are a hint (the service decides)."""
        info = self._rooms.get(self.room.currentData())
        hint = ""
        if info is not None:
            hint = self.tr("Room %1 has %2 seats.").replace("%1", info.code).replace("%2", str(info.seats))
            if self.headcount.value() > info.seats:
                hint += " " + self.tr("The headcount is larger than that.")
        self.seats_hint.setText(hint)
        ok = bool(self.title.text().strip()) and self.end.time() > self.start.time() and info is not None
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def _accept(self) -> None:
        day = self.day.date().toPython()
        self.request = EventRequest(
            title=self.title.text().strip(), room=self.room.currentData(),
            starts_at=dt.datetime.combine(day, self.start.time().toPython()),
            ends_at=dt.datetime.combine(day, self.end.time().toPython()), headcount=self.headcount.value(),
            notes=self.notes.toPlainText().strip() or None)
        self.accept()
