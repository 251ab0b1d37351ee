"""Book children with a specialist: one child or a small group (typed ahead, added one by one), the day and
time, how long, and how many weeks in a row. Also the smaller dialog that picks a new time (reschedule).
Both return requests; the page asks the specialists service, which checks every date."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QDateTime, QEvent, QSize, Qt
from PySide6.QtWidgets import (
    QComboBox, QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QListWidget,
    QListWidgetItem, QPushButton, QSpinBox, QVBoxLayout, QWidget,
)

from enrol.services.people.children import ChildSummary
from enrol.services.bookings.specialists import SpecialistInfo
from enrol.ui.screen import fit_to_screen
from enrol.ui.widgets.child_picker import ChildPicker
from enrol.ui.dates import adopt

MAX_WEEKS = 52


@dataclass(frozen=True)
class AppointmentRequest:
    specialist_id: int
    children: tuple[int, ...]
    starts_at: dt.datetime
    minutes: int
    weeks: int
    referral_id: int | None = None


def _moment_edit(parent: QWidget, moment: dt.datetime) -> QDateTimeEdit:
    edit = QDateTimeEdit(QDateTime(moment), parent)
    edit.setCalendarPopup(True)
    adopt(edit, time=True)
    return edit


class AppointmentDialog(QDialog):
    def __init__(
        self, parent: QWidget | None = None, *, search: Callable[[str], list[ChildSummary]],
        specialists: list[SpecialistInfo], specialist_id: int | None, starts_at: dt.datetime,
        child: tuple[int, str] | None = None, referral_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("appointmentDialog")
        self.request: AppointmentRequest | None = None
        self._referral = referral_id
        self._seats = {s.id: s.cabinet_seats for s in specialists}
        self.specialist = QComboBox(self)
        for info in specialists:
            self.specialist.addItem(f"{info.name} · {info.cabinet or '—'}", info.id)
        if specialist_id is not None:
            self.specialist.setCurrentIndex(max(0, self.specialist.findData(specialist_id)))
        self.picker = ChildPicker(search, self)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addChild")
        self.remove_button = QPushButton(self)
        self.chosen = QListWidget(self)
        self.chosen.setObjectName("chosenChildren")
        self.chosen.setMaximumHeight(90)
        self.when = _moment_edit(self, starts_at)
        self.minutes = QSpinBox(self)
        self.minutes.setRange(10, 240)
        self.minutes.setSingleStep(5)
        self.minutes.setValue(45)
        self.weeks = QSpinBox(self)
        self.weeks.setObjectName("weeks")
        self.weeks.setRange(1, MAX_WEEKS)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self._labels = [QLabel(self) for _ in range(4)]
        form = QFormLayout()
        for label, widget in zip(self._labels, (self.specialist, self.when, self.minutes, self.weeks)):
            label.setBuddy(widget)
            form.addRow(label, widget)
        pick = QHBoxLayout()
        pick.addWidget(self.add_button)
        pick.addWidget(self.remove_button)
        pick.addStretch(1)
        self._child_label = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._child_label)
        layout.addWidget(self.picker)
        layout.addLayout(pick)
        layout.addWidget(self.chosen)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.add_button.clicked.connect(self.add_picked)
        self.remove_button.clicked.connect(self._remove)
        self.specialist.currentIndexChanged.connect(lambda _i: self._validate())
        if child is not None:
            self._add(*child)
        fit_to_screen(self, QSize(560, 620), move=False)  # a small laptop gets a smaller dialog
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Book an appointment"))
        for label, text in zip(self._labels, (self.tr("&Specialist"), self.tr("&When"), self.tr("&Minutes"),
                                              self.tr("Weekly, &times"))):
            label.setText(text)
        self._child_label.setText(self.tr("Children (one, or a small group):"))
        self.picker.set_placeholder(self.tr("Type a surname, name or IIN…"))
        self.add_button.setText(self.tr("&Add the child"))
        self.remove_button.setText(self.tr("Remove"))
        self._validate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def _ids(self) -> list[int]:
        return [int(self.chosen.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.chosen.count())]

    def _add(self, child_id: int, text: str) -> None:
        if child_id in self._ids():
            return
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, child_id)
        self.chosen.addItem(item)
        self._validate()

    def add_picked(self) -> None:
        child_id = self.picker.child_id()
        item = self.picker.results.currentItem()
        if child_id is not None and item is not None:
            self._add(child_id, item.text())

    def _remove(self) -> None:
        row = self.chosen.currentRow()
        if row >= 0:
            self.chosen.takeItem(row)
            self._validate()

    def _validate(self) -> None:
        seats = self._seats.get(self.specialist.currentData(), 0)
        count = len(self._ids())
        self.hint.setText(self.tr("The cabinet has %1 seats.").replace("%1", str(seats)))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(0 < count <= seats)

    def _accept(self) -> None:
        self.request = AppointmentRequest(
            specialist_id=self.specialist.currentData(), children=tuple(self._ids()),
            starts_at=self.when.dateTime().toPython().replace(second=0, microsecond=0), minutes=self.minutes.value(),
            weeks=self.weeks.value(), referral_id=self._referral)
        self.accept()


class AppointmentTimeDialog(QDialog):
    """The new time of an appointment being rescheduled."""

    def __init__(self, parent: QWidget | None = None, *, starts_at: dt.datetime, minutes: int) -> None:
        super().__init__(parent)
        self.setObjectName("appointmentTimeDialog")
        self.when = _moment_edit(self, starts_at)
        self.minutes = QSpinBox(self)
        self.minutes.setRange(10, 240)
        self.minutes.setValue(minutes)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._labels = [QLabel(self), QLabel(self)]
        form = QFormLayout(self)
        form.addRow(self._labels[0], self.when)
        form.addRow(self._labels[1], self.minutes)
        form.addRow(self.buttons)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Reschedule"))
        self._labels[0].setText(self.tr("&New time"))
        self._labels[1].setText(self.tr("&Minutes"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def value(self) -> tuple[dt.datetime, int]:
        return self.when.dateTime().toPython().replace(second=0, microsecond=0), self.minutes.value()
