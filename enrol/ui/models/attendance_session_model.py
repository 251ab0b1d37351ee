"""One session's register: a row per child, a column per mark. Tapping a mark's cell gives that mark, so a
teacher takes the register with one tap per child (the page does the tapping; this model only shows)."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from enrol.services.attendance.marks import SessionRow

Index = QModelIndex | QPersistentModelIndex
MARK_COLOURS = {"present": "#c8e6c9", "absent": "#ffcdd2", "excused": "#fff3c4", "late": "#d7e3fc"}
TICK = "✔"


class AttendanceSessionModel(QAbstractTableModel):
    COL_NUMBER, COL_CHILD, COL_PRESENT, COL_ABSENT, COL_EXCUSED, COL_LATE, COL_MARKED, COL_FLAG = range(8)
    MARK_COLUMNS = {COL_PRESENT: "present", COL_ABSENT: "absent", COL_EXCUSED: "excused", COL_LATE: "late"}

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[SessionRow] = []

    def headers(self) -> tuple[str, ...]:
        return ("№", self.tr("Child"), self.tr("Present"), self.tr("Absent"), self.tr("Excused"), self.tr("Late"),
                self.tr("Marked by"), self.tr("Note"))

    def set_rows(self, rows: list[SessionRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, number: int) -> SessionRow | None:
        return self._rows[number] if 0 <= number < len(self._rows) else None

    def rows(self) -> list[SessionRow]:
        return list(self._rows)

    def mark_of_column(self, column: int) -> str | None:
        return self.MARK_COLUMNS.get(column)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 8

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < 8:
            return self.headers()[section]
        return None

    def _note(self, row: SessionRow) -> str:
        parts = []
        if row.flagged:
            parts.append(self.tr("absences in a row: %1").replace("%1", str(row.streak)))
        if row.corrected:
            parts.append(self.tr("corrected"))
        return "; ".join(parts)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or not 0 <= index.column() < 8:
            return None
        row, column = self._rows[index.row()], index.column()
        mark = self.MARK_COLUMNS.get(column)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COL_NUMBER:
                return str(index.row() + 1)
            if column == self.COL_CHILD:
                return row.child
            if mark is not None:
                return TICK if row.mark == mark else ""
            if column == self.COL_MARKED:
                if row.marked_at is None:
                    return ""
                return f"{row.marked_by} · {row.marked_at:%H:%M}"
            return self._note(row)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_FLAG:
            return self._note(row) or None
        if role == Qt.ItemDataRole.BackgroundRole:
            if mark is not None and row.mark == mark:
                return QBrush(QColor(MARK_COLOURS[mark]))
            if column == self.COL_FLAG and row.flagged:
                return QBrush(QColor(MARK_COLOURS["absent"]))
        if role == Qt.ItemDataRole.TextAlignmentRole and (mark is not None or column == self.COL_NUMBER):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and mark is not None and row.mark == mark:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.UserRole:
            return row.child_id
        return None
