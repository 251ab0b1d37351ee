"""Register or edit a child. The dialog returns what was typed; the page saves it through the services.

Validation is live: every change runs the same checks the service will run, the first problem is shown
under the form with the field's name, and OK stays disabled until the record is valid.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QDate, QEvent
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QMessageBox, QPlainTextEdit, QSpinBox, QVBoxLayout, QWidget,
)

from enrol import i18n
from enrol.domain.children import ChildFields
from enrol.domain.errors import EnrolError, ValidationError
from enrol.domain.iin import parse_iin
from enrol.domain.vocabulary import GUARDIAN_RELATIONS, PRIORITY_CATEGORIES
from enrol.services.people.children import ChildSummary, GuardianInput, check_fields, check_guardians
from enrol.ui.dates import adopt

NO_DATE = QDate(1900, 1, 1)


@dataclass
class ChildForm:
    fields: ChildFields
    guardians: list[GuardianInput]
    consent: bool = False
    photo_consent: bool = False  # the consent form's photo box, recorded with the consent
    allow_duplicate: bool = False
    notices: list[str] = field(default_factory=list)


class GuardianBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit(self)
        self.relation = QComboBox(self)
        for code in GUARDIAN_RELATIONS:
            self.relation.addItem("", code)
        self.phone = QLineEdit(self)
        self.phone.setPlaceholderText("+7 7XX XXX XX XX")
        self._form = QFormLayout(self)
        self._labels = [QLabel(self), QLabel(self), QLabel(self)]
        for label, widget in zip(self._labels, (self.name, self.relation, self.phone)):
            self._form.addRow(label, widget)

    def retranslateUi(self, title: str) -> None:
        self.setTitle(title)
        for label, text in zip(self._labels, (self.tr("Full name"), self.tr("Relation"), self.tr("Phone"))):
            label.setText(text)
        for row, (code, english) in enumerate(GUARDIAN_RELATIONS.items()):
            self.relation.setItemText(row, i18n.translate(english))

    def value(self) -> GuardianInput | None:
        if not self.name.text().strip() and not self.phone.text().strip():
            return None
        return GuardianInput(full_name=self.name.text(), phone=self.phone.text(),
                             relation=self.relation.currentData())

    def set_value(self, guardian: GuardianInput) -> None:
        self.name.setText(guardian.full_name)
        self.phone.setText(guardian.phone)
        self.relation.setCurrentIndex(max(0, self.relation.findData(guardian.relation)))


class ChildDialog(QDialog):
    def __init__(
        self, parent: QWidget | None = None, *, find_duplicates: Callable[[ChildFields], list[ChildSummary]],
        initial: ChildFields | None = None, guardians: list[GuardianInput] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("childDialog")
        self._find_duplicates = find_duplicates
        self._editing = initial is not None
        self.result_form: ChildForm | None = None

        self.surname = QLineEdit(self)
        self.name = QLineEdit(self)
        self.patronymic = QLineEdit(self)
        self.iin = QLineEdit(self)
        self.iin.setMaxLength(14)
        self.iin.setPlaceholderText("000000000000")
        self.birth_date = QDateEdit(self)
        self.birth_date.setCalendarPopup(True)
        adopt(self.birth_date)
        self.birth_date.setMinimumDate(NO_DATE)
        self.birth_date.setSpecialValueText(" ")
        self.birth_date.setDate(NO_DATE)
        self.sex = QComboBox(self)
        for code in ("", "f", "m"):
            self.sex.addItem("", code or None)
        self.school = QLineEdit(self)
        self.grade = QSpinBox(self)
        self.grade.setRange(-1, 12)
        self.grade.setSpecialValueText(" ")
        self.grade.setValue(-1)
        self.shift = QComboBox(self)
        for value in (None, 1, 2):
            self.shift.addItem("", value)
        self.district = QLineEdit(self)
        self.priority = QComboBox(self)
        self.priority.addItem("", None)
        for code in PRIORITY_CATEGORIES:
            self.priority.addItem("", code)
        self.notes = QPlainTextEdit(self)
        self.notes.setFixedHeight(60)
        self.guardian1 = GuardianBox(self)
        self.guardian2 = GuardianBox(self)
        self.consent = QCheckBox(self)
        self.consent.setVisible(not self._editing)
        self.consent.setObjectName("consent")
        self.photo_consent = QCheckBox(self)
        self.photo_consent.setObjectName("photoConsent")
        self.photo_consent.setVisible(not self._editing)
        self.photo_consent.setEnabled(False)
        self.consent.toggled.connect(self.photo_consent.setEnabled)
        self.problem = QLabel(self)
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)

        self._labels: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, widget in (("surname", self.surname), ("name", self.name), ("patronymic", self.patronymic),
                            ("iin", self.iin), ("birth_date", self.birth_date), ("sex", self.sex),
                            ("school", self.school), ("grade", self.grade), ("shift", self.shift),
                            ("district", self.district), ("priority", self.priority), ("notes", self.notes)):
            label = QLabel(self)
            label.setBuddy(widget)
            self._labels[key] = label
            form.addRow(label, widget)
        guardians_row = QHBoxLayout()
        guardians_row.addWidget(self.guardian1)
        guardians_row.addWidget(self.guardian2)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(guardians_row)
        layout.addWidget(self.consent)
        layout.addWidget(self.photo_consent)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

        if initial is not None:
            self._load(initial, guardians or [])
        for line in (self.surname, self.name, self.patronymic, self.school, self.district, self.guardian1.name,
                     self.guardian1.phone, self.guardian2.name, self.guardian2.phone):
            line.textChanged.connect(self.validate)
        self.iin.textChanged.connect(self._iin_changed)
        self.birth_date.dateChanged.connect(self.validate)
        for combo in (self.sex, self.shift, self.priority, self.guardian1.relation, self.guardian2.relation):
            combo.currentIndexChanged.connect(self.validate)
        self.grade.valueChanged.connect(self.validate)
        self.notes.textChanged.connect(self.validate)
        self.retranslateUi()
        self.validate()

    # --- texts -------------------------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Edit child") if self._editing else self.tr("Register a child"))
        texts = {
            "surname": self.tr("&Surname"), "name": self.tr("&Given name"), "patronymic": self.tr("&Patronymic"),
            "iin": self.tr("&IIN"), "birth_date": self.tr("&Birth date"), "sex": self.tr("Se&x"),
            "school": self.tr("Sc&hool"), "grade": self.tr("G&rade"), "shift": self.tr("School s&hift"),
            "district": self.tr("&District"), "priority": self.tr("Priority &category"), "notes": self.tr("&Notes"),
        }
        for key, text in texts.items():
            self._labels[key].setText(text)
        for row, text in enumerate(("", self.tr("girl"), self.tr("boy"))):
            self.sex.setItemText(row, text)
        for row, text in enumerate(("", self.tr("first shift (morning school)"), self.tr("second shift (afternoon school)"))):
            self.shift.setItemText(row, text)
        for row, (_code, (_rank, english)) in enumerate(PRIORITY_CATEGORIES.items(), start=1):
            self.priority.setItemText(row, i18n.translate(english))
        self.priority.setItemText(0, self.tr("none"))
        self.guardian1.retranslateUi(self.tr("Guardian (legal representative)"))
        self.guardian2.retranslateUi(self.tr("Second guardian (optional)"))
        self.consent.setText(self.tr("The guardian signed the consent to process the child's personal data today"))
        self.photo_consent.setText(self.tr("…and allowed photos and video of the child"))
        self.validate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    # --- values ------------------------------------------------------------------------------------------
    def _load(self, fields: ChildFields, guardians: list[GuardianInput]) -> None:
        self.surname.setText(fields.surname)
        self.name.setText(fields.name)
        self.patronymic.setText(fields.patronymic or "")
        self.iin.setText(fields.iin or "")
        if fields.birth_date:
            self.birth_date.setDate(QDate(fields.birth_date.year, fields.birth_date.month, fields.birth_date.day))
        self.sex.setCurrentIndex(max(0, self.sex.findData(fields.sex)))
        self.school.setText(fields.school or "")
        self.grade.setValue(-1 if fields.grade is None else fields.grade)
        self.shift.setCurrentIndex(max(0, self.shift.findData(fields.shift)))
        self.district.setText(fields.district or "")
        self.priority.setCurrentIndex(max(0, self.priority.findData(fields.priority)))
        self.notes.setPlainText(fields.notes or "")
        for box, guardian in zip((self.guardian1, self.guardian2), guardians):
            box.set_value(guardian)

    def fields(self) -> ChildFields:
        date = self.birth_date.date()
        return ChildFields(
            surname=self.surname.text(), name=self.name.text(), patronymic=self.patronymic.text() or None,
            birth_date=None if date == NO_DATE else dt.date(date.year(), date.month(), date.day()),
            iin=self.iin.text().strip() or None, sex=self.sex.currentData(),
            school=self.school.text() or None, grade=None if self.grade.value() < 0 else self.grade.value(),
            shift=self.shift.currentData(), district=self.district.text() or None,
            priority=self.priority.currentData(), notes=self.notes.toPlainText() or None,
        )

    def guardians(self) -> list[GuardianInput]:
        return [g for g in (self.guardian1.value(), self.guardian2.value()) if g is not None]

    def _iin_changed(self, text: str) -> None:
        """A complete, valid IIN fills the birth date and sex (the registrar can still correct them)."""
        digits = text.replace(" ", "")
        if len(digits) == 12:
            try:
                info = parse_iin(digits)
            except ValidationError:
                pass
            else:
                self.birth_date.setDate(QDate(info.birth_date.year, info.birth_date.month, info.birth_date.day))
                self.sex.setCurrentIndex(self.sex.findData(info.sex))
        self.validate()

    def validate(self) -> bool:
        """Run the service's own checks; show the first problem and enable OK only when there is none."""
        message = ""
        notices: list[str] = []
        try:
            notices = [i18n.tr(n.message, **n.params) for n in check_fields(self.fields())]
            if not self.guardians():
                message = self.tr("A guardian with a phone is required.")
            else:
                check_guardians(self.guardians())
        except EnrolError as error:
            message = i18n.render_error(error)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not message)
        self.problem.setText(message or "\n".join(notices))
        self.problem.setStyleSheet("color: #b00020;" if message else "color: #8a6d00;")
        return not message

    def _accept(self) -> None:
        if not self.validate():
            return
        fields = self.fields()
        form = ChildForm(fields=fields, guardians=self.guardians(), consent=self.consent.isChecked(),
                         photo_consent=self.consent.isChecked() and self.photo_consent.isChecked())
        if not self._editing:
            candidates = self._find_duplicates(fields)
            if candidates:
                listing = "\n".join(f"• {c.full_name}, {i18n.format_date(c.birth_date)} (#{c.id})" for c in candidates)
                answer = QMessageBox.question(
                    self, self.tr("Possible duplicate"),
                    self.tr("These children have the same birth date and a similar name:\n%1\n\n"
                            "Register a new child anyway?").replace("%1", listing),
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
                )
                if answer != QMessageBox.StandardButton.Yes:
                    return
                form.allow_duplicate = True
        self.result_form = form
        self.accept()
