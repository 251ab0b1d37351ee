"""Add, move or edit a weekly meeting. What would refuse it — clashes of the room, the teacher or the enrolled
children, seats, the building's capacity — is shown in words while the user chooses, and OK stays disabled
until there is none. The dialog returns the values; the page saves them (the service checks again)."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QTimeEdit, QVBoxLayout, QWidget,
)

from enrol.services.centre.timetable import SlotInfo


@dataclass(frozen=True)
class MeetingValues:
    meeting_id: int | None
    group: str
    weekday: int
    start: str
    end: str
    room: str


class MeetingDialog(QDialog):
    def __init__(self, parent: QWidget | None, *, groups: list[str], rooms: list[tuple[str, str]],
                 weekdays: list[str], check: Callable[[MeetingValues], list[str]],
                 meeting: SlotInfo | None = None, group: str | None = None, room: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingDialog")
        self._check = check
        self._meeting_id = meeting.id if meeting else None
        self.group = QComboBox(self)
        self.group.addItems(groups)
        self.weekday = QComboBox(self)
        for number, name in enumerate(weekdays, start=1):
            self.weekday.addItem(name, number)
        self.start, self.end = QTimeEdit(self), QTimeEdit(self)
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
        self.room = QComboBox(self)
        for code, label in rooms:
            self.room.addItem(label, code)
        self.problems = QLabel(self)
        self.problems.setObjectName("problems")
        self.problems.setWordWrap(True)
        self.problems.setMinimumWidth(420)
        self.form = QFormLayout()
        self._labels = [QLabel(self) for _ in range(5)]
        for label, widget in zip(self._labels, (self.group, self.weekday, self.start, self.end, self.room)):
            self.form.addRow(label, widget)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        if meeting is not None:
            self.group.setCurrentText(meeting.group)
            self.group.setEnabled(False)  # a meeting belongs to its group; another group gets its own meeting
            self.weekday.setCurrentIndex(meeting.weekday - 1)
            self.start.setTime(QTime.fromString(meeting.start, "HH:mm"))
            self.end.setTime(QTime.fromString(meeting.end, "HH:mm"))
            self.room.setCurrentIndex(max(0, self.room.findData(meeting.room)))
        else:
            if group:
                self.group.setCurrentText(group)
            if room:
                self.room.setCurrentIndex(max(0, self.room.findData(room)))
            self.start.setTime(QTime(15, 0))
            self.end.setTime(QTime(16, 30))
        self.retranslateUi()
        for signal in (self.group.currentIndexChanged, self.weekday.currentIndexChanged, self.start.timeChanged,
                       self.end.timeChanged, self.room.currentIndexChanged):
            signal.connect(lambda *_: self.validate())
        self.validate()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Move or edit a meeting") if self._meeting_id else self.tr("New meeting"))
        for label, text in zip(self._labels, (self.tr("Group:"), self.tr("Day:"), self.tr("Starts:"),
                                              self.tr("Ends:"), self.tr("Room:"))):
            label.setText(text)

    def values(self) -> MeetingValues:
        return MeetingValues(meeting_id=self._meeting_id, group=self.group.currentText(),
                             weekday=int(self.weekday.currentData()), start=self.start.time().toString("HH:mm"),
                             end=self.end.time().toString("HH:mm"), room=str(self.room.currentData()))

    def validate(self) -> bool:
        problems = self._check(self.values()) if self.group.currentText() and self.room.count() else [
            self.tr("Choose a group and a room.")]
        if problems:
            self.problems.setStyleSheet("color: #a61b1b;")
            self.problems.setText("\n".join(f"• {p}" for p in problems))
        else:
            self.problems.setStyleSheet("color: #1d6b2f;")
            self.problems.setText(self.tr("No clashes; seats and the building's capacity allow it."))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problems)
        return not problems
