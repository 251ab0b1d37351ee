"""Sign-in at start, the first administrator on a new database, and changing one's own password.

The sign-in dialog stays open on a wrong password (the message shows under the fields, the password box is
cleared) and is accepted only once ``attempt`` returned the signed-in ``Actor``; the services count the
failures and lock the account (``services.users.sign_in``), so the dialog needs no rule of its own.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QWidget

from enrol.domain.errors import EnrolError
from enrol.domain.passwords import MIN_LENGTH
from enrol.i18n import render_error
from enrol.services.context import Actor
from enrol.ui.dialogs.form import labelled_form


def _password_box(parent: QWidget, name: str) -> QLineEdit:
    box = QLineEdit(parent)
    box.setObjectName(name)
    box.setEchoMode(QLineEdit.EchoMode.Password)
    return box


class SignInDialog(QDialog):
    def __init__(self, parent: QWidget | None, *, attempt: Callable[[str, str], Actor]) -> None:
        super().__init__(parent)
        self.setObjectName("signInDialog")
        self._attempt = attempt
        self.actor: Actor | None = None
        self.login = QLineEdit(self)
        self.login.setObjectName("login")
        self.password = _password_box(self, "password")
        self.message = QLabel(self)
        self.message.setObjectName("signInMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020")
        self._labels, self.buttons = labelled_form(self, (self.login, self.password))
        self.layout().insertWidget(1, self.message)
        self.heading = QLabel(self)  # the first thing a desk shows in the morning: say what it is
        self.heading.setStyleSheet("font-size: 13pt; font-weight: 600; padding-bottom: 6px")
        self.layout().insertWidget(0, self.heading)
        self.setMinimumWidth(380)
        self.login.textChanged.connect(lambda _t: self.validate())
        self.password.textChanged.connect(lambda _t: self.validate())
        self.retranslateUi()
        self.validate()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Sign in to enrol"))
        self.heading.setText(self.tr("enrol — the centre's front desk"))
        self._labels[0].setText(self.tr("Login:"))
        self._labels[1].setText(self.tr("Password:"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))

    def validate(self) -> bool:
        ok = bool(self.login.text().strip()) and bool(self.password.text())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        return ok

    def accept(self) -> None:
        if not self.validate():
            return
        try:
            self.actor = self._attempt(self.login.text().strip(), self.password.text())
        except EnrolError as error:
            self.message.setText(render_error(error))
            self.password.clear()
            self.password.setFocus()
            return
        super().accept()


@dataclass(frozen=True)
class NewAdministrator:
    login: str
    full_name: str
    password: str


class FirstAdministratorDialog(QDialog):
    """A new database has no users: whoever installs the program creates the administrator's account."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("firstAdministratorDialog")
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.login, self.full_name = QLineEdit(self), QLineEdit(self)
        self.login.setObjectName("login")
        self.full_name.setObjectName("fullName")
        self.password = _password_box(self, "password")
        self.repeat = _password_box(self, "repeat")
        self._labels, self.buttons = labelled_form(self, (self.login, self.full_name, self.password, self.repeat))
        self.layout().insertWidget(0, self.intro)
        # Why OK is disabled, in words: a greyed button alone leaves the installer guessing.
        self.why = QLabel(self)
        self.why.setObjectName("whyDisabled")
        self.why.setWordWrap(True)
        layout = self.layout()
        layout.insertWidget(layout.indexOf(self.buttons), self.why)
        for box in (self.login, self.full_name, self.password, self.repeat):
            box.textChanged.connect(lambda _t: self.validate())
        self.retranslateUi()
        self.validate()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("The first administrator"))
        self.intro.setText(self.tr("This database has no users yet. Create the administrator's account; the "
                                   "administrator then adds the registrars, teachers and specialists."))
        for label, text in zip(self._labels, (self.tr("Login:"), self.tr("Full name:"), self.tr("Password:"),
                                              self.tr("Repeat the password:"))):
            label.setText(text)
        self.password.setPlaceholderText(self.tr("at least %1 characters").replace("%1", str(MIN_LENGTH)))
        self.validate()

    def problem(self) -> str:
        """The first thing that keeps OK disabled, or "" when there is none."""
        typed = len(self.password.text())
        if not self.login.text().strip():
            return self.tr("Type a login.")
        if not self.full_name.text().strip():
            return self.tr("Type the administrator's full name.")
        if typed < MIN_LENGTH:
            return self.tr("The password is too short: %1 of at least %2 characters.").replace("%1", str(typed)) \
                .replace("%2", str(MIN_LENGTH))
        if self.password.text() != self.repeat.text():
            return self.tr("The two passwords differ.") if self.repeat.text() else self.tr("Repeat the password.")
        return ""

    def validate(self) -> bool:
        problem = self.problem()
        self.why.setText(problem)
        self.why.setVisible(bool(problem))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)
        return not problem

    def values(self) -> NewAdministrator:
        return NewAdministrator(login=self.login.text().strip(), full_name=self.full_name.text().strip(),
                                password=self.password.text())


class ChangePasswordDialog(QDialog):
    """The current password and the new one twice; the service checks the current one."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("changePasswordDialog")
        self.current = _password_box(self, "current")
        self.password = _password_box(self, "password")
        self.repeat = _password_box(self, "repeat")
        self._labels, self.buttons = labelled_form(self, (self.current, self.password, self.repeat))
        for box in (self.current, self.password, self.repeat):
            box.textChanged.connect(lambda _t: self.validate())
        self.retranslateUi()
        self.validate()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Change my password"))
        for label, text in zip(self._labels, (self.tr("Current password:"), self.tr("New password:"),
                                              self.tr("Repeat the password:"))):
            label.setText(text)

    def validate(self) -> bool:
        ok = bool(self.current.text()) and len(self.password.text()) >= MIN_LENGTH \
            and self.password.text() == self.repeat.text()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        return ok
