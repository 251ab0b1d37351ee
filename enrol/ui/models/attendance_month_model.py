"""A group's month as the printed sheet lays it out: a row per child, a column per session date with the
journal's letter, greyed where the child was not in the group, then the attended count and the rate."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from enrol.domain.attendance_rules import format_rate
from enrol.services.attendance.month import MonthGrid, mark_letter

Index = QModelIndex | QPersistentModelIndex
OUTSIDE = "#d9d9d9"
ABSENT = "#ffcdd2"


class AttendanceMonthModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._grid: MonthGrid | None = None

    def set_grid(self, grid: MonthGrid | None) -> None:
        self.beginResetModel()
        self._grid = grid
        self.endResetModel()

    def grid(self) -> MonthGrid | None:
        return self._grid

    def retranslate(self) -> None:
        if self.columnCount():
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def _dates(self) -> int:
        return len(self._grid.dates) if self._grid else 0

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or self._grid is None else len(self._grid.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or self._grid is None else self._dates() + 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self._grid is None or role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section == 0:
            return self.tr("Child")
        if 1 <= section <= self._dates():
            day = self._grid.dates[section - 1]
            return f"{day.day}\n{QLocale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)}"
        return {self._dates() + 1: "Σ", self._dates() + 2: "%"}.get(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        grid = self._grid
        if grid is None or not index.isValid() or not 0 <= index.row() < len(grid.rows):
            return None
        row, column = grid.rows[index.row()], index.column()
        if not 0 <= column < self.columnCount():
            return None
        on_date = 1 <= column <= len(grid.dates)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return row.child
            if on_date:
                return mark_letter(row.marks[column - 1])
            return str(row.counts.attended) if column == len(grid.dates) + 1 else format_rate(row.counts.rate)
        if role == Qt.ItemDataRole.BackgroundRole and on_date:
            if not row.enrolled[column - 1]:
                return QBrush(QColor(OUTSIDE))
            if row.marks[column - 1] == "absent":
                return QBrush(QColor(ABSENT))
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
