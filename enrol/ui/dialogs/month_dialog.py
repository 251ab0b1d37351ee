"""Choose a month (and whether the sheet is blank) for attendance sheets."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from enrol.ui.dates import adopt


class MonthDialog(QDialog):
    def __init__(self, parent: QWidget | None, *, today: dt.date, allow_blank: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("monthDialog")
        self.month = QDateEdit(self)
        adopt(self.month, month=True)
        self.month.setCalendarPopup(False)
        self.month.setDate(QDate(today.year, today.month, 1))
        self.blank = QCheckBox(self)
        self.blank.setVisible(allow_blank)
        self._label = QLabel(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self._label, self.month)
        form.addRow(self.blank)
        form.addRow(buttons)
        self.setWindowTitle(self.tr("Attendance sheets"))
        self._label.setText(self.tr("&Month"))
        self._label.setBuddy(self.month)
        self.blank.setText(self.tr("Blank sheet (boxes to fill in by hand)"))

    def chosen_month(self) -> dt.date:
        date = self.month.date()
        return dt.date(date.year(), date.month(), 1)
