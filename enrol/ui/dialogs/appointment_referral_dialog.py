"""A teacher refers a child to a specialist: the child (typed ahead), the specialty, the teacher's group and
the reason. Returns the request; the page records it through the referrals service."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QSize
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget,
)

from enrol import i18n
from enrol.domain.vocabulary import SPECIALTIES
from enrol.services.people.children import ChildSummary
from enrol.ui.screen import fit_to_screen
from enrol.ui.widgets.child_picker import ChildPicker


@dataclass(frozen=True)
class ReferralRequest:
    child_id: int
    specialty: str
    group: str | None
    reason: str


class AppointmentReferralDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, search: Callable[[str], list[ChildSummary]],
                 groups: list[str], specialty: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("referralDialog")
        self.request: ReferralRequest | None = None
        self.picker = ChildPicker(search, self)
        self.specialty = QComboBox(self)
        for code in SPECIALTIES:
            self.specialty.addItem("", code)
        if specialty is not None:
            self.specialty.setCurrentIndex(max(0, self.specialty.findData(specialty)))
        self.group = QComboBox(self)
        self.group.addItem("", None)
        for code in groups:
            self.group.addItem(code, code)
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("referralReason")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self._labels = [QLabel(self) for _ in range(3)]
        form = QFormLayout()
        for label, widget in zip(self._labels, (self.specialty, self.group, self.reason)):
            label.setBuddy(widget)
            form.addRow(label, widget)
        self._child_label = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self._child_label)
        layout.addWidget(self.picker)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.picker.picked.connect(lambda _id: self._validate())
        self.reason.textChanged.connect(self._validate)
        fit_to_screen(self, QSize(520, 560), move=False)  # a small laptop gets a smaller dialog
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Refer a child to a specialist"))
        self._child_label.setText(self.tr("Child:"))
        self.picker.set_placeholder(self.tr("Type a surname, name or IIN…"))
        for label, text in zip(self._labels, (self.tr("&Specialist"), self.tr("Your &group"), self.tr("&Reason"))):
            label.setText(text)
        for row, english in enumerate(SPECIALTIES.values()):
            self.specialty.setItemText(row, i18n.translate(english))
        self.group.setItemText(0, self.tr("(none)"))
        self._validate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def _validate(self) -> None:
        ok = self.picker.child_id() is not None and bool(self.reason.toPlainText().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def _accept(self) -> None:
        child = self.picker.child_id()
        if child is None:
            return
        self.request = ReferralRequest(child_id=child, specialty=self.specialty.currentData(),
                                       group=self.group.currentData(), reason=self.reason.toPlainText().strip())
        self.accept()
