"""Search-as-you-type child picker: a search line over a short list of matches."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from enrol.services.people.children import ChildSummary
from enrol import i18n

SHOWN = 30


class ChildPicker(QWidget):
    picked = Signal(object)  # the chosen child's id, or None

    def __init__(self, search: Callable[[str], list[ChildSummary]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._search = search
        self.line = QLineEdit(self)
        self.line.setObjectName("pickerSearch")
        self.line.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.results.setObjectName("pickerResults")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line)
        layout.addWidget(self.results)
        self._timer = QTimer(self, singleShot=True, interval=120)
        self._timer.timeout.connect(self.run_search)
        self.line.textChanged.connect(lambda _t: self._timer.start())
        self.results.currentItemChanged.connect(lambda item, _prev: self.picked.emit(self.child_id()))

    def run_search(self) -> None:
        self._timer.stop()
        self.results.clear()
        text = self.line.text().strip()
        if not text:
            self.picked.emit(None)
            return
        for child in self._search(text)[:SHOWN]:
            item = QListWidgetItem(f"{child.full_name} · {i18n.format_date(child.birth_date)}"
                                   + (f" · {child.iin}" if child.iin else ""))
            item.setData(Qt.ItemDataRole.UserRole, child.id)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)
        else:
            self.picked.emit(None)

    def child_id(self) -> int | None:
        item = self.results.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def set_placeholder(self, text: str) -> None:
        self.line.setPlaceholderText(text)
