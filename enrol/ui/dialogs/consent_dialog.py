"""Record a signed consent form: who signed (one of the guardians, or typed), relation, the day signed, an
end date when the form has one, and whether photos are allowed. Returns data; the page saves it."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QHBoxLayout, QWidget

from enrol.domain.vocabulary import GUARDIAN_RELATIONS
from enrol.services.people.children import GuardianInput
from enrol.ui.dialogs.form import choices, labelled_form
from enrol.ui.dates import adopt


@dataclass(frozen=True)
class ConsentValues:
    signed_by: str
    relation: str
    signed_on: dt.date
    valid_until: dt.date | None
    photo_consent: bool


class ConsentDialog(QDialog):
    def __init__(self, parent: QWidget | None, *, guardians: list[GuardianInput], today: dt.date) -> None:
        super().__init__(parent)
        self.setObjectName("consentDialog")
        self._guardians = guardians
        self.signer = QComboBox(self)
        self.signer.setObjectName("signer")
        self.signer.setEditable(True)
        for guardian in guardians:
            self.signer.addItem(guardian.full_name, guardian.relation)
        self.relation = QComboBox(self)
        choices(self.relation, GUARDIAN_RELATIONS)
        self.signed_on = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.signed_on.setCalendarPopup(True)
        adopt(self.signed_on)
        self.signed_on.setMaximumDate(QDate(today.year, today.month, today.day))
        self.limited = QCheckBox(self)
        self.limited.setObjectName("limited")
        self.valid_until = QDateEdit(QDate(today.year + 1, today.month, min(today.day, 28)), self)
        self.valid_until.setCalendarPopup(True)
        adopt(self.valid_until)
        self.valid_until.setEnabled(False)
        until = QWidget(self)
        row = QHBoxLayout(until)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.limited)
        row.addWidget(self.valid_until, 1)
        self.photo = QCheckBox(self)
        self.photo.setObjectName("photo")
        self._labels, self.buttons = labelled_form(self, (self.signer, self.relation, self.signed_on, until,
                                                          self.photo))
        self.limited.toggled.connect(self.valid_until.setEnabled)
        self.signer.currentIndexChanged.connect(self._signer_chosen)
        self.signer.editTextChanged.connect(lambda _t: self.validate())
        self._signer_chosen()
        self.retranslateUi()
        self.validate()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Consent to process personal data"))
        for label, text in zip(self._labels, (self.tr("Signed by:"), self.tr("Relation:"), self.tr("Signed on:"),
                                              self.tr("Valid until:"), "")):
            label.setText(text)
        self.limited.setText(self.tr("the form names an end date"))
        self.photo.setText(self.tr("Photos and video of the child are allowed"))

    def _signer_chosen(self) -> None:
        relation = self.signer.currentData()
        if relation is not None:
            self.relation.setCurrentIndex(max(0, self.relation.findData(relation)))

    def validate(self) -> bool:
        ok = bool(self.signer.currentText().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        return ok

    def values(self) -> ConsentValues:
        return ConsentValues(
            signed_by=self.signer.currentText().strip(), relation=str(self.relation.currentData()),
            signed_on=self.signed_on.date().toPython(),
            valid_until=self.valid_until.date().toPython() if self.limited.isChecked() else None,
            photo_consent=self.photo.isChecked())
