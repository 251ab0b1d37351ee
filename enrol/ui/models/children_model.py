"""The children table: ids of every match in display order, rows loaded a block at a time.

With 100,000 children a list of ids costs under a megabyte; the rows on screen are fetched in blocks of
``BLOCK`` (Anki's browser does the same). Sorting asks the service for a new id order, sorted in SQL.
"""
from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from enrol.services.people.children import ChildSummary
from enrol import i18n

BLOCK = 200
MAX_BLOCKS = 50

Index = QModelIndex | QPersistentModelIndex


class ChildrenTableModel(QAbstractTableModel):
    COL_NAME, COL_IIN, COL_BIRTH, COL_SCHOOL, COL_GRADE, COL_SHIFT = range(6)
    SORT_KEYS = {COL_NAME: "name", COL_IIN: "iin", COL_BIRTH: "birth_date", COL_SCHOOL: "school",
                 COL_GRADE: "grade", COL_SHIFT: None}

    def __init__(
        self, *, fetch_ids: Callable[[str, str, bool], list[int]],
        fetch_rows: Callable[[list[int]], list[ChildSummary]], parent: object = None,
    ) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._fetch_ids = fetch_ids
        self._fetch_rows = fetch_rows
        self._ids: list[int] = []
        self._blocks: OrderedDict[int, list[ChildSummary]] = OrderedDict()
        self._text = ""
        self._order = ("name", False)
        self._loaded = False  # the first reload() (the page's first refresh) fetches; sort() before it doesn't

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Child"), self.tr("IIN"), self.tr("Birth date"), self.tr("School"), self.tr("Grade"),
                self.tr("Shift"))

    # --- loading -----------------------------------------------------------------------------------------
    def search(self, text: str) -> None:
        self._text = text
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._loaded = True
        self._ids = self._fetch_ids(self._text, *self._order)
        self._blocks.clear()
        self.endResetModel()

    def child_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, child_id: int) -> int | None:
        try:
            return self._ids.index(child_id)
        except ValueError:
            return None

    def summary(self, row: int) -> ChildSummary | None:
        if not 0 <= row < len(self._ids):
            return None
        block_number = row // BLOCK
        block = self._blocks.get(block_number)
        if block is None:
            ids = self._ids[block_number * BLOCK:(block_number + 1) * BLOCK]
            block = self._fetch_rows(ids)
            if len(block) != len(ids):  # someone changed the data meanwhile: keep rows aligned with ids
                by_id = {c.id: c for c in block}
                block = [by_id.get(i) for i in ids]  # type: ignore[misc]
            self._blocks[block_number] = block
            while len(self._blocks) > MAX_BLOCKS:
                self._blocks.popitem(last=False)
        else:
            self._blocks.move_to_end(block_number)
        return block[row % BLOCK]

    # --- Qt model ----------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.SORT_KEYS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            headers = self.headers()
            return headers[section] if 0 <= section < len(headers) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                                               Qt.ItemDataRole.UserRole):
            return None
        child = self.summary(index.row())
        if child is None:
            return None
        if role == Qt.ItemDataRole.UserRole:
            return child.id
        column = index.column()
        if column == self.COL_NAME:
            return child.full_name
        if column == self.COL_IIN:
            return child.iin or ""
        if column == self.COL_BIRTH:
            return i18n.format_date(child.birth_date)
        if column == self.COL_SCHOOL:
            return child.school or ""
        if column == self.COL_GRADE:
            return "" if child.grade is None else str(child.grade)
        if column == self.COL_SHIFT:
            return "" if child.shift is None else str(child.shift)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.SORT_KEYS.get(column)
        if key is None:
            return
        wanted = (key, order == Qt.SortOrder.DescendingOrder)
        if wanted == self._order and self._loaded:
            return
        self._order = wanted
        if self._loaded:
            self.reload()
