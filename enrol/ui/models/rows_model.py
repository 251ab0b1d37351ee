"""A table model over a short list of plain rows (a roster, a waitlist): columns declared once, rows set whole.

Written the Vorta way: column constants, translatable headers, ``set_rows()`` inside a model reset,
``parent.isValid()`` guards. For lists that can reach 100,000 rows use ``ChildrenTableModel`` instead.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[R]):
    header: Callable[[], str]
    value: Callable[[R], Any]
    align_right: bool = False
    stretch: bool = False
    numbered: bool = False  # shows the row's place (1, 2, …) instead of a value


def number_column() -> Column[Any]:
    """The "№" column of a printed-style list: the row's place, counted from 1."""
    return Column(lambda: "№", lambda _row: None, align_right=True, numbered=True)


class RowsTableModel(QAbstractTableModel, Generic[R]):
    def __init__(self, columns: Sequence[Column[R]], parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[R] = []

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, number: int) -> R | None:
        return self._rows[number] if 0 <= number < len(self._rows) else None

    def rows(self) -> list[R]:
        return list(self._rows)

    def stretch_columns(self) -> list[int]:
        return [i for i, c in enumerate(self._columns) if c.stretch]

    def retranslate(self) -> None:
        if self._columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self._columns):
            return self._columns[section].header()
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        column = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column.numbered:
                return str(index.row() + 1)
            value = column.value(self._rows[index.row()])
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
