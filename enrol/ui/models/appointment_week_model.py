"""A specialist's week: a row per half hour of the working day, a column per weekday. An appointment fills
the cells it covers; its first cell names the children. The appointment's id is in ``Qt.UserRole``."""
from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from enrol.services.bookings.specialists import AppointmentInfo

Index = QModelIndex | QPersistentModelIndex
SLOT = 30
FIRST_MINUTE, LAST_MINUTE = 8 * 60, 20 * 60
BOOKED = "#d7e3fc"


class AppointmentWeekModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._monday = dt.date.today() - dt.timedelta(days=dt.date.today().isoweekday() - 1)
        self._cells: dict[tuple[int, int], tuple[AppointmentInfo, bool]] = {}
        self._first, self._last = FIRST_MINUTE, LAST_MINUTE

    def set_week(self, monday: dt.date, appointments: list[AppointmentInfo]) -> None:
        """Show the week starting ``monday``; the day widens to include any appointment outside 8:00–20:00."""
        self.beginResetModel()
        self._monday = monday
        self._first, self._last = FIRST_MINUTE, LAST_MINUTE
        for a in appointments:
            start = a.starts_at.hour * 60 + a.starts_at.minute
            end = a.ends_at.hour * 60 + a.ends_at.minute or 24 * 60
            self._first = min(self._first, start - start % SLOT)
            self._last = max(self._last, end)
        self._cells = {}
        for a in appointments:
            column = (a.starts_at.date() - monday).days
            start = a.starts_at.hour * 60 + a.starts_at.minute
            end = a.ends_at.hour * 60 + a.ends_at.minute or 24 * 60
            first_row = (start - self._first) // SLOT
            for row in range(first_row, max(first_row + 1, (end - self._first + SLOT - 1) // SLOT)):
                self._cells.setdefault((row, column), (a, row == first_row))
        self.endResetModel()

    def monday(self) -> dt.date:
        return self._monday

    def appointment(self, row: int, column: int) -> AppointmentInfo | None:
        found = self._cells.get((row, column))
        return found[0] if found else None

    def cell_of(self, appointment_id: int) -> tuple[int, int] | None:
        return next((key for key, (a, first) in sorted(self._cells.items()) if a.id == appointment_id and first), None)

    def moment(self, row: int, column: int) -> dt.datetime:
        """The time a cell stands for (its start)."""
        return dt.datetime.combine(self._monday + dt.timedelta(days=column), dt.time()) + dt.timedelta(
            minutes=self._first + row * SLOT)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 6)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else (self._last - self._first + SLOT - 1) // SLOT

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < 7:
            day = self._monday + dt.timedelta(days=section)
            return (f"{QLocale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)} "
                    f"{day:%d.%m}")
        if orientation == Qt.Orientation.Vertical and 0 <= section < self.rowCount():
            minute = self._first + section * SLOT
            return f"{minute // 60:02d}:{minute % 60:02d}"
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount() or not 0 <= index.column() < 7:
            return None
        found = self._cells.get((index.row(), index.column()))
        if found is None:
            return None
        appointment, first = found
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{appointment.starts_at:%H:%M} {appointment.names}" if first else "⋮"
        if role == Qt.ItemDataRole.ToolTipRole:
            return (f"{appointment.starts_at:%H:%M}–{appointment.ends_at:%H:%M} · {appointment.room}\n"
                    f"{appointment.names}")
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(BOOKED))
        if role == Qt.ItemDataRole.UserRole:
            return appointment.id
        return None
