"""Users (administrators): who may sign in, with which role; add a user, set a forgotten password (which
also lifts a lockout), deactivate or reactivate; and, for everyone, change one's own password."""
from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QLineEdit, QMessageBox, QPushButton, QVBoxLayout, QWidget

from enrol.db.engine import Database
from enrol.services.people import users
from enrol.services.centre import staff
from enrol.services.context import now
from enrol.services.people.users import UserInfo
from enrol.ui.dialogs.user_dialog import UserDialog, role_names
from enrol.ui.errors import run_safely
from enrol.ui.models.rows_model import Column, RowsTableModel
from enrol.ui.pages.base import Page
from enrol.ui.pages.now_page import table
from enrol.ui.session import change_own_password, current_actor
from enrol import i18n


class UsersPage(Page):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.setObjectName("usersPage")
        self.model: RowsTableModel[UserInfo] = RowsTableModel([
            Column(lambda: self.tr("Login"), lambda u: u.login),
            Column(lambda: self.tr("Full name"), lambda u: u.full_name, stretch=True),
            Column(lambda: self.tr("Role"), lambda u: role_names().get(u.role, u.role)),
            Column(lambda: self.tr("State"), self._state),
            Column(lambda: self.tr("Last sign-in"),
                   lambda u: i18n.format_date(u.last_sign_in_at)),
        ], self)
        self.table = table(self, self.model, "usersTable")
        self.add_button, self.password_button, self.active_button, self.own_button = (QPushButton(self)
                                                                                      for _ in range(4))
        self.add_button.setObjectName("addUser")
        self.password_button.setObjectName("setPassword")
        self.active_button.setObjectName("toggleActive")
        self.own_button.setObjectName("changeOwnPassword")
        buttons = QHBoxLayout()
        for button in (self.add_button, self.password_button, self.active_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.own_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.add_button.clicked.connect(self.add_user)
        self.password_button.clicked.connect(self.set_password)
        self.active_button.clicked.connect(self.toggle_active)
        self.own_button.clicked.connect(self.change_own_password)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.retranslateUi()

    def _state(self, user: UserInfo) -> str:
        if not user.active:
            return self.tr("deactivated")
        if user.locked_until is not None and user.locked_until > now():
            return self.tr("locked until %1").replace("%1", f"{user.locked_until:%H:%M}")
        return self.tr("active")

    def retranslateUi(self) -> None:
        self.add_button.setText(self.tr("New user…"))
        self.password_button.setText(self.tr("Set password…"))
        self.own_button.setText(self.tr("Change my password…"))
        self.model.retranslate()
        self._update_buttons()

    def refresh(self) -> None:
        chosen = self.current_user()
        self.model.set_rows(run_safely(self, lambda: users.list_users(self.db, actor=current_actor())) or [])
        if chosen is not None:
            self.select_user(chosen.login)
        self._update_buttons()

    def current_user(self) -> UserInfo | None:
        return self.model.row(self.table.currentIndex().row())

    def select_user(self, login: str) -> None:
        for row, user in enumerate(self.model.rows()):
            if user.login == login:
                self.table.selectRow(row)
                return

    def _update_buttons(self) -> None:
        user = self.current_user()
        self.password_button.setEnabled(user is not None)
        self.active_button.setEnabled(user is not None)
        self.active_button.setText(self.tr("Reactivate") if user is not None and not user.active
                                   else self.tr("Deactivate"))

    def add_user(self) -> UserInfo | None:
        people = run_safely(self, lambda: staff.list_staff(self.db)) or []
        dialog = UserDialog(self, staff=[p for p in people if p.active])
        if not dialog.exec():
            return None
        values = dialog.values()
        created = run_safely(self, lambda: users.add_user(
            self.db, actor=current_actor(), login=values.login, role=values.role, full_name=values.full_name,
            password=values.password, staff_id=values.staff_id))
        if created is not None:
            self.refresh()
            self.select_user(created.login)
            self.changed.emit()
        return created

    def set_password(self) -> None:
        user = self.current_user()
        if user is None:
            return
        password, ok = QInputDialog.getText(self, self.tr("Set password"),
                                            self.tr("New password for %1:").replace("%1", user.login),
                                            QLineEdit.EchoMode.Password)
        if ok and run_safely(self, lambda: users.set_password(self.db, actor=current_actor(), login=user.login,
                                                              password=password)) is not None:
            self.refresh()

    def toggle_active(self) -> None:
        user = self.current_user()
        if user is None:
            return
        if user.active:
            answer = QMessageBox.question(self, self.tr("Deactivate"),
                                          self.tr("%1 will no longer be able to sign in. Deactivate?")
                                          .replace("%1", user.full_name))
            if answer != QMessageBox.StandardButton.Yes:
                return
            done = run_safely(self, lambda: users.deactivate_user(self.db, actor=current_actor(), login=user.login))
        else:
            done = run_safely(self, lambda: users.update_user(self.db, actor=current_actor(), login=user.login,
                                                              active=True))
        if done is not None:
            self.refresh()

    def change_own_password(self) -> None:
        change_own_password(self, self.db)
