"""Enrol a child in a group: pick the child as you type, the group, the funding and the start date.

Returns the request; the page calls the enrolment service and shows its outcome.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QDate, QEvent
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget,
)

from enrol import i18n
from enrol.domain.vocabulary import ENROLMENT_FUNDING
from enrol.services.people.children import ChildSummary
from enrol.services.centre.groups import GroupInfo
from enrol.ui.widgets.child_picker import ChildPicker
from enrol.ui.dates import adopt


@dataclass(frozen=True)
class EnrolRequest:
    child_id: int
    group: str
    funding: str | None
    voucher_number: str | None
    start_date: dt.date


class EnrolDialog(QDialog):
    def __init__(
        self, parent: QWidget | None = None, *, search: Callable[[str], list[ChildSummary]],
        groups: list[GroupInfo], group: str | None = None, child_id: int | None = None, today: dt.date,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("enrolDialog")
        self.request: EnrolRequest | None = None
        self._fixed_child = child_id
        self.picker = ChildPicker(search, self)
        self.picker.setVisible(child_id is None)
        self.group = QComboBox(self)
        self.group.setObjectName("groupCombo")
        for info in groups:
            self.group.addItem(f"{info.code} — {info.club} ({info.free}/{info.seats})", info.code)
        if group is not None:
            self.group.setCurrentIndex(max(0, self.group.findData(group)))
        self.funding = QComboBox(self)
        self.funding.addItem("", None)
        for code in ENROLMENT_FUNDING:
            self.funding.addItem("", code)
        self.voucher = QLineEdit(self)
        self.start = QDateEdit(self)
        self.start.setCalendarPopup(True)
        adopt(self.start)
        self.start.setDate(QDate(today.year, today.month, today.day))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self._labels = [QLabel(self) for _ in range(4)]
        form = QFormLayout()
        for label, widget in zip(self._labels, (self.group, self.funding, self.voucher, self.start)):
            label.setBuddy(widget)
            form.addRow(label, widget)
        self._child_label = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self._child_label)
        layout.addWidget(self.picker)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.picker.picked.connect(lambda _id: self._update_ok())
        self.resize(560, 520)
        self.retranslateUi()
        self._update_ok()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Enrol a child"))
        self._child_label.setText(self.tr("Child:") if self._fixed_child is None else "")
        self._child_label.setVisible(self._fixed_child is None)
        self.picker.set_placeholder(self.tr("Type a surname, name or IIN…"))
        for label, text in zip(self._labels, (self.tr("&Group"), self.tr("&Funding"), self.tr("&Voucher number"),
                                              self.tr("&Start date"))):
            label.setText(text)
        self.funding.setItemText(0, self.tr("as the group is funded"))
        for row, english in enumerate(ENROLMENT_FUNDING.values(), start=1):
            self.funding.setItemText(row, i18n.translate(english))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def _child(self) -> int | None:
        return self._fixed_child if self._fixed_child is not None else self.picker.child_id()

    def _update_ok(self) -> None:
        ok = self._child() is not None and self.group.currentData() is not None
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def _accept(self) -> None:
        child = self._child()
        if child is None or self.group.currentData() is None:
            return
        date = self.start.date()
        self.request = EnrolRequest(
            child_id=child, group=self.group.currentData(), funding=self.funding.currentData(),
            voucher_number=self.voucher.text().strip() or None,
            start_date=dt.date(date.year(), date.month(), date.day()),
        )
        self.accept()
