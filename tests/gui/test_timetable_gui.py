"""The Timetable and Rooms pages driven through the real window: a meeting moved onto a busy room is refused
with the clash named (in the dialog before saving, and by the service), a free move is saved; a room's seats
cannot drop below a group's; a new room is added through its dialog."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox

from enrol.domain.errors import RefusedError
from enrol.services.centre import rooms, timetable
from enrol.ui.dialogs.room_dialog import RoomDialog
from enrol.ui.main_window import MainWindow
from tests.gui.conftest import ADMIN, answer_next_modal, type_text


def _window(qtbot, db):  # type: ignore[no-untyped-def]
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _meetings(db) -> list[tuple[str, int, str, str, str]]:  # type: ignore[no-untyped-def]
    return sorted((m.group_code, m.weekday, m.start, m.end, m.room) for m in timetable.list_meetings(db))


def test_meeting_moved_onto_a_busy_room_is_refused_with_the_clash_named(qtbot, centre) -> None:
    window = _window(qtbot, centre)
    page = window.timetable_page
    window._nav.setCurrentRow(window.row_of_page(page))  # noqa: SLF001 - the user's click on the navigation
    page.choose("group", "OPEN-1")
    assert [s.group for s in page.grid.slots()] == ["OPEN-1"]
    slot = page.grid.slots()[0]
    box = page.grid.box_of(slot.id)
    assert box is not None
    qtbot.mouseClick(page.grid, Qt.MouseButton.LeftButton, pos=box.center().toPoint())
    assert page.grid.current() == slot and page.edit_button.isEnabled()
    before = _meetings(centre)
    seen: dict[str, object] = {}

    def move_onto_busy_room(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.weekday.setCurrentIndex(2)  # Wednesday, when FULL-1 meets in 2.15
        dialog.room.setCurrentIndex(dialog.room.findData("2.15"))
        seen["problems"] = dialog.problems.text()
        seen["ok"] = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        dialog.reject()

    answer_next_modal(move_onto_busy_room)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    assert "Room 2.15 is taken by group FULL-1 at 15:00–16:30" in str(seen["problems"])
    assert seen["ok"] is False
    assert _meetings(centre) == before
    # the service refuses the same move inside its transaction, naming the clash
    with pytest.raises(RefusedError, match="Room 2.15 is taken by group FULL-1"):
        timetable.move_meeting(centre, actor=ADMIN, meeting_id=slot.id, weekday=3, start="15:00", end="16:30",
                               room="2.15")
    assert _meetings(centre) == before

    def move_to_friday(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.weekday.setCurrentIndex(4)
        dialog.start.setTime(QTime(16, 0))
        dialog.end.setTime(QTime(17, 30))
        seen["problems"] = dialog.problems.text()
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    answer_next_modal(move_to_friday)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    assert "No clashes" in str(seen["problems"])
    assert ("OPEN-1", 5, "16:00", "17:30", "2.14") in _meetings(centre)
    assert len(_meetings(centre)) == len(before)


def test_new_meeting_dialog_names_seats_and_group_clash(qtbot, centre) -> None:
    window = _window(qtbot, centre)
    page = window.timetable_page
    page.refresh()
    rooms.add_room(centre, actor=ADMIN, code="1.13",
                   name="Дефектолог кабинеті", floor=1, kind="cabinet", seats=4)
    page.refresh()
    page.choose("room", "1.13")
    dialog = page.make_dialog(None)
    qtbot.addWidget(dialog)
    dialog.group.setCurrentText("OPEN-1")
    dialog.weekday.setCurrentIndex(1)
    assert "Group OPEN-1 has 10 seats but room 1.13 has only 4" in dialog.problems.text()
    assert "Group OPEN-1 already meets at 15:00–16:30 that day" in dialog.problems.text()
    dialog.weekday.setCurrentIndex(0)
    dialog.room.setCurrentIndex(dialog.room.findData("2.14"))
    assert dialog.validate()
    dialog.accept()
    assert page.save(dialog.values()) is not None
    assert ("OPEN-1", 1, "15:00", "16:30", "2.14") in _meetings(centre)


def test_room_seats_cannot_drop_below_a_group_and_a_room_is_added(qtbot, centre) -> None:
    window = _window(qtbot, centre)
    page = window.rooms_page
    window._nav.setCurrentRow(window.row_of_page(page))  # noqa: SLF001
    page.select_room("2.14")
    assert page.current_room() is not None and page.current_room().code == "2.14"
    assert "2.14" in page.week_title.text()
    texts: list[str] = []

    def lower_seats(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.seats.setValue(5)
        answer_next_modal(lambda box: (texts.append(box.text()), box.accept()))
        dialog.accept()

    answer_next_modal(lower_seats)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    assert texts and "OPEN-1" in texts[0]
    assert next(r for r in rooms.list_rooms(centre) if r.code == "2.14").seats == 20

    def new_room(dialog: RoomDialog) -> None:
        type_text(dialog.code, "3.01")
        type_text(dialog.name, "Бейнелеу өнері студиясы")
        dialog.floor.setValue(3)
        dialog.kind.setCurrentIndex(dialog.kind.findData("studio"))
        dialog.seats.setValue(24)
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    answer_next_modal(new_room)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    added = next(r for r in rooms.list_rooms(centre) if r.code == "3.01")
    assert (added.name, added.floor, added.kind, added.seats) == ("Бейнелеу өнері студиясы", 3, "studio", 24)
    assert page.current_room() == added


def test_rooms_model_passes_the_model_tester(qtbot, qtmodeltester, centre) -> None:
    window = _window(qtbot, centre)
    window.rooms_page.refresh()
    qtmodeltester.check(window.rooms_page.model)
