"""Add or edit a room: the dialog returns the values (the page saves them through ``rooms``)."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QSpinBox, QVBoxLayout, QWidget,
)

from enrol import i18n
from enrol.domain.vocabulary import ROOM_KINDS
from enrol.services.centre.rooms import MAX_ROOM_SEATS, RoomInfo


@dataclass(frozen=True)
class RoomValues:
    code: str
    name: str
    floor: int
    kind: str
    seats: int
    active: bool


class RoomDialog(QDialog):
    def __init__(self, parent: QWidget | None, *, room: RoomInfo | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roomDialog")
        self.code = QLineEdit(self)
        self.name = QLineEdit(self)
        self.floor = QSpinBox(self)
        self.floor.setRange(1, 3)
        self.kind = QComboBox(self)
        for key, label in ROOM_KINDS.items():
            self.kind.addItem(i18n.translate(label), key)
        self.seats = QSpinBox(self)
        self.seats.setRange(0, MAX_ROOM_SEATS)
        self.active = QCheckBox(self)
        self.active.setChecked(True)
        self.form = QFormLayout()
        for widget in (self.code, self.name, self.floor, self.kind, self.seats, self.active):
            self.form.addRow("", widget)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.code.textChanged.connect(self.validate)
        self.name.textChanged.connect(self.validate)
        if room is not None:
            self.code.setText(room.code)
            self.code.setReadOnly(True)  # other records name the room by its code
            self.name.setText(room.name)
            self.floor.setValue(room.floor)
            self.floor.setEnabled(False)
            self.kind.setCurrentIndex(max(0, self.kind.findData(room.kind)))
            self.seats.setValue(room.seats)
            self.active.setChecked(room.active)
        self._editing = room is not None
        self.retranslateUi()
        self.validate()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Edit room") if self._editing else self.tr("New room"))
        for row, text in enumerate((self.tr("Code:"), self.tr("Name:"), self.tr("Floor:"), self.tr("Kind:"),
                                    self.tr("Seats:"), "")):
            label = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if label is not None and label.widget() is not None:
                label.widget().setText(text)  # type: ignore[attr-defined]
        self.active.setText(self.tr("In use"))

    def validate(self) -> bool:
        ok = bool(self.code.text().strip()) and bool(self.name.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        return ok

    def values(self) -> RoomValues:
        return RoomValues(code=self.code.text().strip(), name=self.name.text().strip(), floor=self.floor.value(),
                          kind=str(self.kind.currentData()), seats=self.seats.value(), active=self.active.isChecked())
