"""Registering a child without friction: no error before anything is typed, a registered IIN said at once with
the way to that child, Tab leaving the notes, and a search that finds no one offering to register the name."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget

from enrol.domain.children import ChildFields
from enrol.services.people import children
from enrol.services.people.children import ChildSummary
from enrol.ui.dialogs.child_dialog import ChildDialog
from tests.gui.conftest import ADMIN, answer_next_modal, show_window, type_text

IIN = "150314601232"



def _registered(db) -> int:  # type: ignore[no-untyped-def]
    return children.register_child(
        db, actor=ADMIN, fields=ChildFields(surname="Нүсіпова", name="Әсем", birth_date=dt.date(2015, 3, 14),
                                            sex="f", iin=IIN),
        guardians=[children.GuardianInput(full_name="Нүсіпова Гүлнар", phone="+77071234567")]).child.id


def test_an_empty_form_shows_no_error_until_something_is_typed(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ChildDialog(find_duplicates=lambda fields: [])
    qtbot.addWidget(dialog)
    assert dialog.problem.text() == ""
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    type_text(dialog.surname, "Нүсіпова")
    assert dialog.problem.text() != ""


def test_tab_leaves_the_notes(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ChildDialog(find_duplicates=lambda fields: [])
    qtbot.addWidget(dialog)
    qtbot.keyClick(dialog.notes, Qt.Key.Key_Tab)
    assert "\t" not in dialog.notes.toPlainText()


def test_a_registered_iin_is_said_at_once_and_opens_that_child(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    holder = _registered(sqlite_db)
    window = show_window(qtbot, sqlite_db)
    page = window.children_page
    seen: dict[str, object] = {}

    def type_iin(dialog: QWidget) -> None:
        assert isinstance(dialog, ChildDialog)
        type_text(dialog.iin, IIN)
        seen["visible"] = dialog.iin_taken.isVisibleTo(dialog)
        seen["text"] = dialog.iin_taken.text()
        seen["ok"] = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        dialog.iin_taken.linkActivated.emit("open")

    answer_next_modal(type_iin)
    assert page.new_child() is None
    assert seen["visible"] and not seen["ok"]
    assert "Нүсіпова Әсем" in str(seen["text"]) and f"#{holder}" in str(seen["text"])
    assert page.selected_child_id() == holder


def test_the_duplicate_warning_says_same_iin(qtbot) -> None:  # type: ignore[no-untyped-def]
    twin = ChildSummary(id=7, iin=IIN, surname="Нүсіпова", name="Әсем", patronymic=None,
                        full_name="Нүсіпова Әсем", birth_date=dt.date(2015, 3, 14), sex="f", school=None, grade=None, shift=None)
    dialog = ChildDialog(find_duplicates=lambda fields: [twin])
    qtbot.addWidget(dialog)
    for line, text in ((dialog.surname, "Нүсіпова"), (dialog.name, "Әсем"), (dialog.iin, IIN),
                       (dialog.guardian1.name, "Нүсіпова Гүлнар"), (dialog.guardian1.phone, "+77071234567")):
        type_text(line, text)
    seen: list[str] = []

    def read(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.button(QMessageBox.StandardButton.No).click()

    answer_next_modal(read)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert seen and "same IIN" in seen[0]


def test_a_search_without_results_offers_to_register_the_typed_name(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    page = show_window(qtbot, sqlite_db).children_page
    type_text(page.search, "Жоқбаев Ерлан")
    qtbot.waitUntil(lambda: page.no_match_box.isVisibleTo(page))
    assert "Жоқбаев Ерлан" in page.no_match.text()
    seen: dict[str, str] = {}

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, ChildDialog)
        seen["surname"], seen["name"] = dialog.surname.text(), dialog.name.text()
        dialog.reject()

    answer_next_modal(look)
    qtbot.mouseClick(page.register_typed_button, Qt.MouseButton.LeftButton)
    assert seen == {"surname": "Жоқбаев", "name": "Ерлан"}
