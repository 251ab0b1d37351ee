"""Add or edit a staff member: name, position, phone (a specialist's specialty and cabinet when added)."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QDialogButtonBox, QLineEdit, QWidget

from enrol.domain.vocabulary import SPECIALTIES, STAFF_POSITIONS
from enrol.services.centre.staff import StaffInfo
from enrol.ui.dialogs.form import choices, labelled_form


@dataclass(frozen=True)
class StaffValues:
    surname: str
    name: str
    patronymic: str
    position: str
    phone: str
    specialty: str | None
    cabinet: str | None
    active: bool


class StaffDialog(QDialog):
    def __init__(self, parent: QWidget | None, *, cabinets: list[str], person: StaffInfo | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staffDialog")
        self._editing = person is not None
        self.surname, self.name, self.patronymic, self.phone = (QLineEdit(self) for _ in range(4))
        self.position, self.specialty, self.cabinet = QComboBox(self), QComboBox(self), QComboBox(self)
        choices(self.position, STAFF_POSITIONS)
        choices(self.specialty, SPECIALTIES)
        self.cabinet.addItem("—", None)
        for code in cabinets:
            self.cabinet.addItem(code, code)
        self.active = QCheckBox(self)
        self.active.setChecked(True)
        self._labels, self.buttons = labelled_form(self, (
            self.surname, self.name, self.patronymic, self.position, self.specialty, self.cabinet, self.phone,
            self.active,
        ))
        for edit in (self.surname, self.name):
            edit.textChanged.connect(lambda _t: self.validate())
        self.position.currentIndexChanged.connect(lambda _i: self.validate())
        if person is not None:
            self.surname.setText(person.surname)
            self.name.setText(person.name)
            self.patronymic.setText(person.patronymic or "")
            self.position.setCurrentIndex(max(0, self.position.findData(person.position)))
            self.position.setEnabled(person.position != "specialist")
            self.phone.setText(person.phone or "")
            self.active.setChecked(person.active)
        self.retranslateUi()
        self.validate()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Edit staff member") if self._editing else self.tr("New staff member"))
        for label, text in zip(self._labels, (self.tr("Surname:"), self.tr("Name:"), self.tr("Patronymic:"),
                                              self.tr("Position:"), self.tr("Specialty:"), self.tr("Cabinet:"),
                                              self.tr("Phone:"), "")):
            label.setText(text)
        self.active.setText(self.tr("Works at the centre"))

    def validate(self) -> bool:
        specialist = self.position.currentData() == "specialist" and not self._editing
        self.specialty.setEnabled(specialist)
        self.cabinet.setEnabled(specialist)
        ok = bool(self.surname.text().strip()) and bool(self.name.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        return ok

    def values(self) -> StaffValues:
        specialist = self.position.currentData() == "specialist"
        return StaffValues(surname=self.surname.text().strip(), name=self.name.text().strip(),
                           patronymic=self.patronymic.text().strip(), position=str(self.position.currentData()),
                           phone=self.phone.text().strip(),
                           specialty=str(self.specialty.currentData()) if specialist else None,
                           cabinet=self.cabinet.currentData() if specialist else None, active=self.active.isChecked())
