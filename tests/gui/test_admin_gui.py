"""Clubs, groups and staff administration through the real dialogs: a group's seats raised above its room's
seats are refused with the room named and nothing changes; raising them within the room offers the seat to the
waitlist; a club is renamed; a teacher is added and given a group."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from enrol.services.context import SYSTEM
from enrol.services.enrolment import places as enrolment
from enrol.services.centre import clubs, groups, staff
from enrol.ui.main_window import MainWindow
from tests.gui.conftest import ADMIN, FIRST_YEAR, answer_next_modal, register, type_text


def _window(qtbot, db):  # type: ignore[no-untyped-def]
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    page = window.admin_page
    window._nav.setCurrentRow(window.row_of_page(page))  # noqa: SLF001 - the user's click on the navigation
    return window, page


def _ok(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def _seats(db, code: str) -> int:  # type: ignore[no-untyped-def]
    return next(g.seats for g in groups.list_groups(db) if g.code == code)


def test_group_seats_above_the_room_are_refused(qtbot, centre) -> None:
    waiting = register(centre, "Омарова", "Дана", dt.date(FIRST_YEAR - 10, 2, 2), phone="+77010000009")
    assert enrolment.enrol_child(centre, actor=ADMIN, child=waiting, group="FULL-1").status == "waitlisted"
    window, page = _window(qtbot, centre)
    page.select(1, lambda g: g.code == "FULL-1")
    texts: list[str] = []

    def too_many(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.seats.setValue(25)  # room 2.15 has 20 seats
        answer_next_modal(lambda box: (texts.append(box.text()), box.accept()))
        _ok(qtbot, dialog)

    answer_next_modal(too_many)
    qtbot.mouseClick(page.edit_buttons[1], Qt.MouseButton.LeftButton)
    assert texts == ["Group FULL-1 cannot have 25 seats: room 2.15 has only 20"]
    assert _seats(centre, "FULL-1") == 1

    def two_seats(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.seats.setValue(2)
        _ok(qtbot, dialog)

    answer_next_modal(two_seats)
    qtbot.mouseClick(page.edit_buttons[1], Qt.MouseButton.LeftButton)
    assert _seats(centre, "FULL-1") == 2
    detail = groups.group_detail(centre, actor=SYSTEM, group="FULL-1")
    assert [e.child_id for e in detail.offers + detail.roster if e.child_id == waiting]  # the freed seat went to Дана


def test_club_is_renamed_and_a_teacher_added_and_given_a_group(qtbot, centre) -> None:
    window, page = _window(qtbot, centre)
    page.select(0, lambda c: c.name == "Авиамодельдеу")

    def rename(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.name.clear()
        type_text(dialog.name, "Авиамодельдеу және ұшқышсыз аппараттар")
        dialog.age_min.setValue(8)
        _ok(qtbot, dialog)

    answer_next_modal(rename)
    qtbot.mouseClick(page.edit_buttons[0], Qt.MouseButton.LeftButton)
    club = clubs.list_clubs(centre)[0]
    assert (club.name, club.age_min) == ("Авиамодельдеу және ұшқышсыз аппараттар", 8)

    page.tabs.setCurrentIndex(2)

    def teacher(dialog) -> None:  # type: ignore[no-untyped-def]
        type_text(dialog.surname, "Сәрсенбаев")
        type_text(dialog.name, "Дәулет")
        dialog.position.setCurrentIndex(dialog.position.findData("teacher"))
        type_text(dialog.phone, "+77011112233")
        _ok(qtbot, dialog)

    answer_next_modal(teacher)
    qtbot.mouseClick(page.add_buttons[2], Qt.MouseButton.LeftButton)
    person = next(p for p in staff.list_staff(centre) if p.surname == "Сәрсенбаев")
    assert (person.full_name, person.position) == ("Сәрсенбаев Дәулет", "teacher")

    page.select(1, lambda g: g.code == "OPEN-1")

    def give_teacher(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.teacher.setCurrentIndex(dialog.teacher.findData(person.id))
        _ok(qtbot, dialog)

    answer_next_modal(give_teacher)
    qtbot.mouseClick(page.edit_buttons[1], Qt.MouseButton.LeftButton)
    assert next(g for g in groups.list_groups(centre) if g.code == "OPEN-1").teacher == "Сәрсенбаев Дәулет"


def test_admin_models_pass_the_model_tester(qtbot, qtmodeltester, centre) -> None:
    staff.add_staff(centre, actor=ADMIN, surname="Бекова", name="Айгүл", position="teacher")
    window, page = _window(qtbot, centre)
    page.refresh()
    for model in (page.clubs_model, page.groups_model, page.staff_model):
        assert model.rowCount() > 0
        qtmodeltester.check(model)
