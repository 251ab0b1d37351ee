"""A new user: login, full name, role, the staff member they are (a teacher's groups and a specialist's
appointments are found through it) and a first password typed twice. Returns data; the page saves it."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLineEdit, QWidget

from enrol.domain.passwords import MIN_LENGTH
from enrol.services.people.permissions import ROLES, least_privileged_role
from enrol.services.centre.staff import StaffInfo
from enrol.ui.dialogs.form import labelled_form


@dataclass(frozen=True)
class UserValues:
    login: str
    full_name: str
    role: str
    staff_id: int | None
    password: str


class UserDialog(QDialog):
    def __init__(self, parent: QWidget | None, *, staff: list[StaffInfo]) -> None:
        super().__init__(parent)
        self.setObjectName("userDialog")
        self.login, self.full_name = QLineEdit(self), QLineEdit(self)
        self.login.setObjectName("login")
        self.full_name.setObjectName("fullName")
        self.role, self.staff = QComboBox(self), QComboBox(self)
        self.role.setObjectName("role")
        self.staff.setObjectName("staff")
        for role in ROLES:
            self.role.addItem("", role)
        self.role.setCurrentIndex(self.role.findData(least_privileged_role()))  # more rights only by choice
        self.staff.addItem("—", None)
        for person in staff:
            self.staff.addItem(person.full_name, person.id)
        self.password, self.repeat = QLineEdit(self), QLineEdit(self)
        self.password.setObjectName("password")
        self.repeat.setObjectName("repeat")
        for box in (self.password, self.repeat):
            box.setEchoMode(QLineEdit.EchoMode.Password)
        self._labels, self.buttons = labelled_form(self, (self.login, self.full_name, self.role, self.staff,
                                                          self.password, self.repeat))
        for box in (self.login, self.full_name, self.password, self.repeat):
            box.textChanged.connect(lambda _t: self.validate())
        self.staff.currentIndexChanged.connect(self._staff_chosen)
        self.retranslateUi()
        self.validate()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("New user"))
        for label, text in zip(self._labels, (self.tr("Login:"), self.tr("Full name:"), self.tr("Role:"),
                                              self.tr("Staff member:"), self.tr("Password:"),
                                              self.tr("Repeat the password:"))):
            label.setText(text)
        for row, text in enumerate(role_names().values()):
            self.role.setItemText(row, text)
        self.password.setPlaceholderText(self.tr("at least %1 characters").replace("%1", str(MIN_LENGTH)))

    def _staff_chosen(self) -> None:
        if self.staff.currentData() is not None and not self.full_name.text().strip():
            self.full_name.setText(self.staff.currentText())

    def validate(self) -> bool:
        ok = (bool(self.login.text().strip()) and bool(self.full_name.text().strip())
              and len(self.password.text()) >= MIN_LENGTH and self.password.text() == self.repeat.text())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        return ok

    def values(self) -> UserValues:
        return UserValues(login=self.login.text().strip(), full_name=self.full_name.text().strip(),
                          role=str(self.role.currentData()), staff_id=self.staff.currentData(),
                          password=self.password.text())


def role_names() -> dict[str, str]:
    """The roles as the users know them, in ``ROLES`` order."""
    return {"administrator": QCoreApplication.translate("Roles", "Administrator"),
            "registrar": QCoreApplication.translate("Roles", "Registrar"),
            "teacher": QCoreApplication.translate("Roles", "Teacher"),
            "specialist": QCoreApplication.translate("Roles", "Specialist")}
