"""Roles and data in the window (pytest-qt, real widgets, a real database): sign in as each role and see only that
role's pages; the lockout after repeated wrong passwords; the first administrator; the Users and Audit pages;
consent, export and anonymise from the child's page."""
from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QWidget

from enrol.db.engine import Database
from enrol.domain import passwords
from enrol.services.people import audit, consent, users
from enrol.services.centre import staff
from enrol.services.context import Actor, issue_actor, SYSTEM
from enrol.ui.app import sign_in
from enrol.ui.dialogs.sign_in_dialog import FirstAdministratorDialog, SignInDialog
from enrol.ui.main_window import MainWindow
from enrol.ui.session import current_actor, set_actor
from tests.gui.conftest import ADMIN, answer_next_modal, register, type_text

PASSWORD = "Алатау-2026 көктем"
PAGES = {
    "administrator": ["now", "entrance", "children", "groups", "admin", "timetable", "rooms", "notifications", "attendance",
                      "specialists", "events", "reports", "settings", "users", "audit", "backups"],
    "registrar": ["now", "entrance", "children", "groups", "notifications", "attendance", "specialists", "events", "reports"],
    "teacher": ["attendance"],
    "specialist": ["specialists"],
    "entrance": ["entrance"],  # the door's staff: nothing but the Entrance page
}


@pytest.fixture(autouse=True)
def signed_out() -> Iterator[None]:
    set_actor(None)
    yield
    set_actor(None)  # never leave a signed-in role behind for the next test


@pytest.fixture
def people(sqlite_db: Database) -> Database:
    teacher = staff.add_staff(sqlite_db, actor=ADMIN, surname="Байжанова", name="Гүлнар", position="teacher")
    for role in PAGES:
        users.add_user(sqlite_db, actor=ADMIN, login=f"{role}1", role=role, full_name=role.title(), password=PASSWORD,
                       staff_id=teacher.id if role == "teacher" else None)
    return sqlite_db


def _type_and_ok(login: str, password: str) -> None:
    def handler(widget: QWidget) -> None:
        assert isinstance(widget, SignInDialog)
        widget.login.clear()
        type_text(widget.login, login)
        type_text(widget.password, password)
        widget.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    answer_next_modal(handler)


@pytest.mark.parametrize("role", list(PAGES))
def test_each_role_signs_in_and_sees_only_its_pages(qtbot, people, role) -> None:  # type: ignore[no-untyped-def]
    _type_and_ok(f"{role}1", PASSWORD)
    assert sign_in(people)
    assert (current_actor().login, current_actor().role) == (f"{role}1", role)
    window = MainWindow(people)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert [spec.key for spec in window.specs] == PAGES[role]
    assert window._nav.count() == len(PAGES[role])
    printing_roles = ("administrator", "registrar")
    assert (window.print_all_action in window._file_menu.actions()) == (role in printing_roles)
    assert window.password_action in window._file_menu.actions()
    for key in ("users", "audit", "children"):
        if key not in PAGES[role]:
            with pytest.raises(KeyError):
                window.page(key)
    for key in PAGES[role]:
        window.show_page(key)  # every page the role sees opens without a refusal
    assert QApplication.activeModalWidget() is None


def test_lockout_after_repeated_wrong_passwords(qtbot, people) -> None:  # type: ignore[no-untyped-def]
    dialog = SignInDialog(None, attempt=lambda login, password: users.sign_in(people, login=login, password=password))
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.login, "registrar1")
    for attempt in range(passwords.MAX_FAILURES):
        type_text(dialog.password, "not the password")
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        assert dialog.isVisible() and dialog.actor is None
        assert dialog.password.text() == ""  # cleared for the next try
    assert "locked" in dialog.message.text()
    type_text(dialog.password, PASSWORD)  # the right password does not open a locked account
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.actor is None and "locked" in dialog.message.text()
    assert [u.locked_until is not None for u in users.list_users(people, actor=ADMIN) if u.login == "registrar1"] == [True]


def test_first_start_creates_the_administrator(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    def handler(widget: QWidget) -> None:
        assert isinstance(widget, FirstAdministratorDialog)
        type_text(widget.login, "director")
        type_text(widget.full_name, "Директор Әсел")
        ok = widget.buttons.button(QDialogButtonBox.StandardButton.Ok)
        type_text(widget.password, PASSWORD)
        type_text(widget.repeat, PASSWORD[:-1])
        assert not ok.isEnabled()  # the two passwords differ
        type_text(widget.repeat, PASSWORD[-1])
        assert ok.isEnabled()
        ok.click()
    answer_next_modal(handler)
    assert sign_in(sqlite_db)
    assert (current_actor().login, current_actor().role) == ("director", "administrator")
    assert users.sign_in(sqlite_db, login="director", password=PASSWORD).role == "administrator"


def test_cancelled_sign_in_opens_nothing(qtbot, people) -> None:  # type: ignore[no-untyped-def]
    answer_next_modal(lambda widget: widget.reject())
    assert not sign_in(people)
    assert current_actor().login.startswith("gui:")


def test_users_and_audit_pages(qtbot, people, tmp_path) -> None:  # type: ignore[no-untyped-def]
    set_actor(users.sign_in(people, login="administrator1", password=PASSWORD))
    window = MainWindow(people)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("users")
    assert {u.login for u in page.model.rows()} == {f"{role}1" for role in PAGES}

    def fill(widget: QWidget) -> None:
        type_text(widget.login, "madina")  # type: ignore[attr-defined]
        type_text(widget.full_name, "Мадина Серікқызы")  # type: ignore[attr-defined]
        widget.role.setCurrentIndex(widget.role.findData("registrar"))  # type: ignore[attr-defined]
        type_text(widget.password, PASSWORD)  # type: ignore[attr-defined]
        type_text(widget.repeat, PASSWORD)  # type: ignore[attr-defined]
        widget.buttons.button(QDialogButtonBox.StandardButton.Ok).click()  # type: ignore[attr-defined]
    answer_next_modal(fill)
    created = page.add_user()
    assert created is not None and created.role == "registrar"
    page.select_user("madina")
    answer_next_modal(lambda box: box.button(QMessageBox.StandardButton.Yes).click())  # type: ignore[attr-defined]
    page.toggle_active()
    assert [u.active for u in users.list_users(people, actor=ADMIN) if u.login == "madina"] == [False]

    trail = window.show_page("audit")
    assert {"user.add", "user.deactivate", "user.sign_in"} <= {e.entry.action for e in trail.model.rows()}
    type_text(trail.user, "administrator1")
    trail.refresh()
    assert {e.entry.actor for e in trail.model.rows()} == {"administrator1"}
    # the page shows people by name and actions and records as words, not logins and codes
    shown = [[trail.model.index(row, column).data() for column in (1, 2, 3)] for row in range(trail.model.rowCount())]
    full_name = next(u.full_name for u in users.list_users(people, actor=ADMIN) if u.login == "administrator1")
    assert {who for who, _what, _record in shown} == {full_name}
    assert "added a user" in {what for _who, what, _record in shown}
    assert "Мадина Серікқызы" in " ".join(record for _who, _what, record in shown)
    assert not any("." in what or what.startswith("user ") for _who, what, _record in shown)
    assert trail.export(tmp_path / "audit.json") == trail.model.rowCount()
    assert json.loads((tmp_path / "audit.json").read_text(encoding="utf-8"))[0]["actor"] == "administrator1"


def test_consent_export_and_anonymise_from_the_childs_page(qtbot, people, tmp_path) -> None:  # type: ignore[no-untyped-def]
    kid = register(people, "Жақсыбекова", "Аружан", __import__("datetime").date(2014, 5, 1), phone="+77015550011")
    set_actor(users.sign_in(people, login="administrator1", password=PASSWORD))
    window = MainWindow(people)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("children")
    page.select_child(kid)
    # shown to this role: on the toolbar, or in its "⋯" menu when the row has no room for them
    for button in (page.consent_button, page.anonymise_button):
        assert button.isVisible() or button in page.actions_bar.overflowed()

    def sign(widget: QWidget) -> None:
        assert widget.signer.currentText() == "Жақсыбекова Ана"  # type: ignore[attr-defined]
        widget.photo.setChecked(True)  # type: ignore[attr-defined]
        widget.buttons.button(QDialogButtonBox.StandardButton.Ok).click()  # type: ignore[attr-defined]
    answer_next_modal(sign)
    assert page.record_consent() is not None
    register_ = consent.consent_register(people, actor=ADMIN, child=kid)
    assert register_.status == "valid" and register_.photo_allowed
    exported = page.export_data(tmp_path / "child.json")
    assert exported is not None
    assert json.loads(exported.read_text(encoding="utf-8"))["guardians"][0]["phone"] == "+77015550011"
    answer_next_modal(lambda box: box.button(QMessageBox.StandardButton.Yes).click())  # type: ignore[attr-defined]
    assert page.anonymise_child()
    assert page.model.row_of(kid) is None  # gone from the registry's list
    actions = [e.action for e in audit.list_events(people, actor=ADMIN, entity="child", entity_id=str(kid))]
    assert {"consent.add", "child.export", "child.anonymise"} <= set(actions)


def test_a_registrar_does_not_see_anonymise(qtbot, people) -> None:  # type: ignore[no-untyped-def]
    set_actor(issue_actor(login="registrar1", role="registrar"))
    window = MainWindow(people)
    qtbot.addWidget(window)
    page = window.show_page("children")
    assert not page.anonymise_button.isVisibleTo(page) and page.export_button.isVisibleTo(page)


def test_any_role_changes_its_own_password_from_the_menu(qtbot, people) -> None:  # type: ignore[no-untyped-def]
    set_actor(users.sign_in(people, login="teacher1", password=PASSWORD))
    window = MainWindow(people)
    qtbot.addWidget(window)
    assert window.password_action in window._file_menu.actions()

    def change(widget: QWidget) -> None:
        type_text(widget.current, PASSWORD)  # type: ignore[attr-defined]
        type_text(widget.password, "жаңа құпиясөз 7")  # type: ignore[attr-defined]
        type_text(widget.repeat, "жаңа құпиясөз 7")  # type: ignore[attr-defined]
        answer_next_modal(lambda box: box.button(QMessageBox.StandardButton.Ok).click())  # type: ignore[attr-defined]
        widget.buttons.button(QDialogButtonBox.StandardButton.Ok).click()  # type: ignore[attr-defined]
    answer_next_modal(change)
    window.password_action.trigger()
    assert users.sign_in(people, login="teacher1", password="жаңа құпиясөз 7").role == "teacher"


def test_the_administrator_is_offered_the_retention_clean_up(qtbot, people) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from sqlalchemy import update

    from enrol.db.models import Child
    from enrol.services.people import children as registry
    from enrol.ui.app import offer_retention

    kid = register(people, "Ескібаева", "Ләззат", dt.date(2010, 1, 1))
    with people.write() as session:  # last touched ten years ago
        session.execute(update(Child).values(updated_at=dt.datetime(2016, 1, 1)))
    set_actor(issue_actor(login="registrar1", role="registrar"))
    assert offer_retention(people) == []  # not the registrar's decision
    set_actor(users.sign_in(people, login="administrator1", password=PASSWORD))
    answer_next_modal(lambda box: box.button(QMessageBox.StandardButton.Yes).click())  # type: ignore[attr-defined]
    assert offer_retention(people) == [kid]
    assert registry.child_detail(people, actor=SYSTEM, child=kid).child.surname == "***"
