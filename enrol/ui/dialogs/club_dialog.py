"""Add or edit a club (name, direction, ages, funding, default group size); returns the values."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QDialogButtonBox, QLineEdit, QSpinBox, QWidget

from enrol.domain.vocabulary import CLUB_FUNDING, DIRECTIONS
from enrol.services.centre.clubs import MAX_AGE, MIN_AGE, ClubInfo
from enrol.ui.dialogs.form import choices, labelled_form


@dataclass(frozen=True)
class ClubValues:
    name: str
    name_ru: str
    direction: str
    age_min: int
    age_max: int
    funding: str
    default_group_size: int
    active: bool


class ClubDialog(QDialog):
    def __init__(self, parent: QWidget | None, *, club: ClubInfo | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clubDialog")
        self._editing = club is not None
        self.name, self.name_ru = QLineEdit(self), QLineEdit(self)
        self.direction, self.funding = QComboBox(self), QComboBox(self)
        choices(self.direction, DIRECTIONS)
        choices(self.funding, CLUB_FUNDING)
        self.age_min, self.age_max, self.size = QSpinBox(self), QSpinBox(self), QSpinBox(self)
        for box in (self.age_min, self.age_max):
            box.setRange(MIN_AGE, MAX_AGE)
        self.age_min.setValue(7)
        self.age_max.setValue(17)
        self.size.setRange(1, 500)
        self.size.setValue(12)
        self.active = QCheckBox(self)
        self.active.setChecked(True)
        self._labels, self.buttons = labelled_form(self, (
            self.name, self.name_ru, self.direction, self.age_min, self.age_max, self.funding, self.size,
            self.active,
        ))
        self.name.textChanged.connect(lambda _t: self.validate())
        if club is not None:
            self.name.setText(club.name)
            self.name_ru.setText(club.name_ru or "")
            self.direction.setCurrentIndex(max(0, self.direction.findData(club.direction)))
            self.age_min.setValue(club.age_min)
            self.age_max.setValue(club.age_max)
            self.funding.setCurrentIndex(max(0, self.funding.findData(club.funding)))
            self.size.setValue(club.default_group_size)
            self.active.setChecked(club.active)
        self.retranslateUi()
        self.validate()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Edit club") if self._editing else self.tr("New club"))
        for label, text in zip(self._labels, (self.tr("Name:"), self.tr("Name in Russian:"), self.tr("Direction:"),
                                              self.tr("Youngest age:"), self.tr("Oldest age:"), self.tr("Funding:"),
                                              self.tr("Default group size:"), "")):
            label.setText(text)
        self.active.setText(self.tr("Open for enrolment"))

    def validate(self) -> bool:
        ok = bool(self.name.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        return ok

    def values(self) -> ClubValues:
        return ClubValues(name=self.name.text().strip(), name_ru=self.name_ru.text().strip(),
                          direction=str(self.direction.currentData()), age_min=self.age_min.value(),
                          age_max=self.age_max.value(), funding=str(self.funding.currentData()),
                          default_group_size=self.size.value(), active=self.active.isChecked())
