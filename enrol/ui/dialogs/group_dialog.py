"""Add or edit a group: code, club, teacher, seats, ages, language, funding; returns the values."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QDialogButtonBox, QLineEdit, QSpinBox, QWidget

from enrol.domain.vocabulary import CLUB_FUNDING, TEACHING_LANGUAGES
from enrol.services.centre.clubs import MAX_AGE, MIN_AGE, ClubInfo
from enrol.services.centre.groups import MAX_GROUP_SEATS, GroupInfo
from enrol.services.centre.staff import StaffInfo
from enrol.ui.dialogs.form import choices, labelled_form


@dataclass(frozen=True)
class GroupValues:
    code: str
    club_id: int
    teacher_id: int | None
    seats: int
    age_min: int
    age_max: int
    language: str
    funding: str
    active: bool


class GroupDialog(QDialog):
    def __init__(self, parent: QWidget | None, *, clubs: list[ClubInfo], teachers: list[StaffInfo],
                 group: GroupInfo | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("groupDialog")
        self._editing = group is not None
        self._clubs = {club.id: club for club in clubs}
        self.code = QLineEdit(self)
        self.club = QComboBox(self)
        for club in clubs:
            self.club.addItem(club.name, club.id)
        self.teacher = QComboBox(self)
        self.teacher.addItem("—", None)
        for person in teachers:
            self.teacher.addItem(person.full_name, person.id)
        self.seats, self.age_min, self.age_max = QSpinBox(self), QSpinBox(self), QSpinBox(self)
        self.seats.setRange(1, MAX_GROUP_SEATS)
        for box in (self.age_min, self.age_max):
            box.setRange(MIN_AGE, MAX_AGE)
        self.language, self.funding = QComboBox(self), QComboBox(self)
        choices(self.language, TEACHING_LANGUAGES)
        choices(self.funding, CLUB_FUNDING)
        self.active = QCheckBox(self)
        self.active.setChecked(True)
        self._labels, self.buttons = labelled_form(self, (
            self.code, self.club, self.teacher, self.seats, self.age_min, self.age_max, self.language,
            self.funding, self.active,
        ))
        self.code.textChanged.connect(lambda _t: self.validate())
        if group is not None:
            self.code.setText(group.code)
            self.code.setReadOnly(True)
            self.club.setCurrentIndex(max(0, self.club.findData(group.club_id)))
            self.club.setEnabled(False)
            self.teacher.setCurrentIndex(max(0, self.teacher.findData(group.teacher_id)))
            self.seats.setValue(group.seats)
            self.age_min.setValue(group.age_min)
            self.age_max.setValue(group.age_max)
            self.language.setCurrentIndex(max(0, self.language.findData(group.language)))
            self.funding.setCurrentIndex(max(0, self.funding.findData(group.funding)))
            self.active.setChecked(group.active)
        else:
            self.club.currentIndexChanged.connect(lambda _i: self._club_defaults())
            self._club_defaults()
        self.retranslateUi()
        self.validate()

    def _club_defaults(self) -> None:
        club = self._clubs.get(self.club.currentData())
        if club is not None:
            self.seats.setValue(club.default_group_size)
            self.age_min.setValue(club.age_min)
            self.age_max.setValue(club.age_max)
            self.funding.setCurrentIndex(max(0, self.funding.findData(club.funding)))

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Edit group") if self._editing else self.tr("New group"))
        for label, text in zip(self._labels, (self.tr("Code:"), self.tr("Club:"), self.tr("Teacher:"),
                                              self.tr("Seats:"), self.tr("Youngest age:"), self.tr("Oldest age:"),
                                              self.tr("Teaching language:"), self.tr("Funding:"), "")):
            label.setText(text)
        self.active.setText(self.tr("Active"))

    def validate(self) -> bool:
        ok = bool(self.code.text().strip()) and self.club.count() > 0
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        return ok

    def values(self) -> GroupValues:
        return GroupValues(code=self.code.text().strip(), club_id=int(self.club.currentData()),
                           teacher_id=self.teacher.currentData(), seats=self.seats.value(),
                           age_min=self.age_min.value(), age_max=self.age_max.value(),
                           language=str(self.language.currentData()), funding=str(self.funding.currentData()),
                           active=self.active.isChecked())
